# Lo que examina cada constatación de art14.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art14.rs), en el orden del razonamiento.

spec-art14-1-disposal = El Estado que decomisa dispone de los bienes de conformidad con su derecho.
spec-art14-2-return-priority = Si el Estado requirente lo solicita, el Estado requerido considera con carácter prioritario la devolución de los bienes para indemnizar a las víctimas o devolverlos a sus propietarios legítimos, en la medida en que lo permita su derecho.
spec-art14-3-sharing = El Estado requerido puede acordar aportar o repartir el valor de los bienes.

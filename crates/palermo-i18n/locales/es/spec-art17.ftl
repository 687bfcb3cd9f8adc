# Lo que examina cada constatación de art17.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art17.rs), en el orden del razonamiento.

spec-art17-agreements = Los Estados pueden considerar la posibilidad de celebrar acuerdos sobre el traslado de personas condenadas.
spec-art17-legal-basis = ¿Es la Convención base jurídica para el traslado de una persona condenada? Nunca: el art. 17 solo invita a celebrar acuerdos.

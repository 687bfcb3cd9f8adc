# Lo que examina cada constatación de firearms.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/firearms.rs), en el orden del razonamiento.

spec-firearms-art5-offence = ¿Constituye la conducta, descrita por sus elementos, un delito del art. 5(1) del Protocolo AF (fabricación ilícita, tráfico ilícito, falsificación o supresión de las marcas)?

# Lo que examina cada constatación de art23.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art23.rs), en el orden del razonamiento.

spec-art23-a-witness-interference = El uso de fuerza física, amenazas o intimidación, o la promesa, el ofrecimiento o la concesión de un beneficio indebido, para inducir a falso testimonio u obstaculizar la prestación de testimonio o la aportación de pruebas en un proceso relativo a delitos comprendidos en la Convención (obligatorio).
spec-art23-b-official-interference = El uso de fuerza física, amenazas o intimidación (no el soborno) para obstaculizar el cumplimiento de las funciones oficiales de un funcionario de la justicia o de los servicios encargados de hacer cumplir la ley en relación con delitos comprendidos en la Convención (obligatorio).
spec-art23-offence = ¿Constituye la conducta, descrita por sus elementos, un delito de obstrucción de la justicia del art. 23?

# Lo que examina cada constatación de art19.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art19.rs), en el orden del razonamiento.

spec-art19-consider-agreements = Primera oración: los dos Estados deben considerar la posibilidad de celebrar acuerdos o arreglos para establecer órganos mixtos de investigación (mera obligación de considerar, que los vincula una vez que la Convención está en vigor entre ellos).
spec-art19-agreement = Órganos mixtos de investigación: en virtud de un acuerdo entre los Estados o, a falta de él, acordados caso por caso (segunda oración, una facultad).
spec-art19-sovereignty = Pleno respeto de la soberanía del Estado en cuyo territorio se efectúa la investigación conjunta.
spec-art19-legal-basis = ¿Pueden los Estados acordar una investigación conjunta con arreglo a la Convención para este delito (una facultad, nunca una obligación)?

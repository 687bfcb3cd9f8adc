# Lo que examina cada constatación de art21.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art21.rs), en el orden del razonamiento.

spec-art15-5-consultation = Varios Estados investigan o enjuician la misma conducta: sus autoridades competentes se consultan, según proceda, a fin de coordinar sus medidas (lo que abre la vía al art. 21).
spec-art21-domestic-procedure = ¿Puede el Estado requirente remitir las actuaciones penales, y el Estado requerido asumirlas, con arreglo a su derecho? La Convención no establece procedimiento alguno.
spec-art21-legal-basis = ¿Deben los Estados considerar la posibilidad de remitirse actuaciones penales para este delito comprendido en la Convención (mera obligación de considerar)?

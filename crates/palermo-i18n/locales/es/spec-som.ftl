# Lo que examina cada constatación de som.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/som.rs), en el orden del razonamiento.

spec-som-art3-a-illegal-entry = Elemento del tráfico ilícito: facilitar la entrada ilegal de una persona que no sea nacional ni residente permanente.
spec-som-art3-a-benefit = Elemento del tráfico ilícito: con el fin de obtener un beneficio financiero u otro beneficio de orden material (la ayuda por razones humanitarias o familiares queda excluida, según las notas interpretativas).
spec-som-art5-migrants-not-liable = Los migrantes no estarán sujetos a enjuiciamiento penal con arreglo al Protocolo por el hecho de haber sido objeto del tráfico ilícito.
spec-som-art6-offence = ¿Constituye la conducta, descrita por sus elementos, tráfico ilícito de migrantes?

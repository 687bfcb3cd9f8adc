# Lo que examina cada constatación de art27.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art27.rs), en el orden del razonamiento.

spec-art27-1-cooperation = Estrecha cooperación en materia de cumplimiento de la ley contra los delitos comprendidos en la Convención, en consonancia con los ordenamientos jurídicos y administrativos de cada Estado.
spec-art27-2-basis = A falta de acuerdo, los Estados pueden considerar que la Convención constituye la base para la cooperación directa en materia de cumplimiento de la ley.
spec-art27-3-technology = Procurar colaborar para hacer frente a la delincuencia organizada transnacional cometida mediante el recurso a la tecnología moderna.
spec-art27-legal-basis = ¿Puede la Convención servir de base para la cooperación en materia de cumplimiento de la ley respecto de este delito?

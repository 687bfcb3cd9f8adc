# Artículos sin módulo propio que esta versión no codifica
# (NOT_ENCODED en crates/palermo-rules/src/catalogue.rs; docs/legal-method.md).

not-encoded-art10 = Responsabilidad de las personas jurídicas (penal, civil o administrativa) por participación en delitos graves en que esté involucrado un grupo delictivo organizado y por los delitos de los arts. 5, 6, 8 y 23: solo se alcanza mediante el art. 18(2) y su pregunta de derecho interno.
not-encoded-art28-31 = Recopilación, intercambio y análisis de información sobre la delincuencia organizada, capacitación y asistencia técnica, aplicación de la Convención mediante el desarrollo económico y la asistencia técnica, y prevención: medidas propias de cada Estado, sin decisión en un caso.
not-encoded-art32-33 = La Conferencia de las Partes y la Secretaría: instituciones de la Convención, sin decisión en un caso.

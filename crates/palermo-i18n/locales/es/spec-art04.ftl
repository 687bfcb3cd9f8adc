# Lo que examina cada constatación de art04.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art04.rs), en el orden del razonamiento.

spec-art4-2-sovereignty = Actuar en el territorio de otro Estado solo con su consentimiento y con arreglo a su derecho (vinculado a las investigaciones conjuntas y a las técnicas especiales de investigación).

# Los párrafos que este módulo no codifica (NOT_ENCODED).
not-encoded-art4-1 = Los Estados cumplen sus obligaciones con arreglo a la Convención en consonancia con los principios de igualdad soberana e integridad territorial de los Estados y de no intervención en sus asuntos internos: un principio que rige la aplicación de la Convención, sin decisión propia en un caso.

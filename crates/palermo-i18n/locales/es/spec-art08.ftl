# Lo que examina cada constatación de art08.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art08.rs), en el orden del razonamiento.

spec-art8-1-a-active-bribery = Prometer, ofrecer o conceder a un funcionario público un beneficio indebido con el fin de que dicho funcionario actúe o se abstenga de actuar en el cumplimiento de sus funciones oficiales (obligatorio).
spec-art8-1-b-passive-bribery = La solicitud o aceptación por un funcionario público de un beneficio indebido con el mismo fin (obligatorio).
spec-art8-2-foreign-bribery = La misma conducta cuando interviene un funcionario público extranjero o un funcionario internacional: los Estados solo deben considerar la posibilidad de tipificarla, por lo que decide el derecho del Estado que califica el delito (a diferencia de la Convención de las Naciones Unidas contra la Corrupción).
spec-art8-offence = ¿Constituye la conducta, descrita por sus elementos, un delito de corrupción del art. 8?

# Los párrafos que este módulo no codifica (NOT_ENCODED).
not-encoded-art8-3 = También debe tipificarse como delito la participación como cómplice en un delito del art. 8: no se califica a partir de los elementos en esta versión.

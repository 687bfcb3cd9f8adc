# Lo que examina cada constatación de art02.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art02.rs), en el orden del razonamiento.

spec-art2-b-serious-crime-iso3 = ¿Constituye la conducta un delito grave con arreglo al derecho de ese Estado, es decir, un delito punible con una privación de libertad máxima de al menos cuatro años (cuatro años exactos bastan) o con una pena más grave (cadena perpetua, pena de muerte)? La multa por sí sola no basta. La pena efectivamente impuesta no es pertinente.
spec-art2-c-structured-group = ¿El grupo no se formó fortuitamente para la comisión inmediata de un delito? No se exigen funciones formalmente definidas, continuidad en la condición de miembro ni una estructura desarrollada.
spec-art2-a-three-or-more-persons = Segundo elemento del grupo delictivo organizado: tres o más personas.
spec-art2-a-exists-for-period = Tercer elemento: el grupo existe durante cierto tiempo.
spec-art2-a-acts-in-concert = Cuarto elemento: sus miembros actúan concertadamente.
spec-art2-a-aims-at-serious-crime = Quinto elemento: tiene el propósito de cometer uno o más delitos graves o delitos tipificados con arreglo a la Convención (según afirma el caso).
spec-art2-a-material-benefit = Sexto elemento: actúa con miras a obtener, directa o indirectamente, un beneficio económico u otro beneficio de orden material (en sentido amplio; quedan excluidos los fines puramente políticos).
spec-art2-a-organized-criminal-group = Grupo delictivo organizado: concurren los seis elementos (grupo estructurado, tres o más personas, cierto tiempo, actuación concertada, propósito, beneficio).

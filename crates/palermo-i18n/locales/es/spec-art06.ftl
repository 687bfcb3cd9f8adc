# Lo que examina cada constatación de art06.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art06.rs), en el orden del razonamiento.

spec-art6-1-a-i-conversion = La conversión o la transferencia de bienes, a sabiendas de que son producto del delito, con el propósito de ocultar su origen o de ayudar a eludir las consecuencias jurídicas de sus actos (obligatorio, de conformidad con los principios fundamentales del derecho interno).
spec-art6-1-a-ii-concealment = La ocultación o el disimulo de la verdadera naturaleza, origen, ubicación, disposición, movimiento o propiedad de bienes, a sabiendas de que son producto del delito (obligatorio, de conformidad con los principios fundamentales del derecho interno).
spec-art6-1-b-i-acquisition = La adquisición, posesión o utilización de bienes, a sabiendas, en el momento de su recepción, de que son producto del delito: exigida solo con sujeción a los conceptos básicos del ordenamiento jurídico, por lo que decide el derecho del Estado que califica el delito.
spec-art6-1-b-ii-ancillary = La participación en la comisión del blanqueo, así como la asociación y la confabulación para cometerlo, la tentativa de cometerlo y la ayuda, la incitación, la facilitación y el asesoramiento en aras de su comisión: exigidas solo con sujeción a los conceptos básicos del ordenamiento jurídico.
spec-art6-2-b-predicate = ¿Es determinante el delito que generó el producto? Deben serlo todos los delitos graves y todos los delitos de los arts. 5, 8 o 23; para los demás decide el derecho del Estado (6(2)(a)).
spec-art6-2-c-foreign-predicate = Un delito determinante cometido fuera del Estado que califica el delito solo cuenta si constituye delito donde se cometió y lo constituiría en ese Estado (doble incriminación dentro del delito de blanqueo).
spec-art6-2-e-self-laundering = Quien blanquea cometió el delito determinante: un Estado cuyos principios fundamentales así lo requieran puede excluir al autor del delito determinante; decide su derecho.
spec-art6-offence = ¿Constituye la conducta, descrita por sus elementos, un delito de blanqueo del art. 6 con arreglo al derecho del Estado que califica el delito?

# Los párrafos que este módulo no codifica (NOT_ENCODED).
not-encoded-art6-2-d = Cada Estado proporciona al Secretario General copias de sus leyes destinadas a dar aplicación al art. 6 y de cualquier enmienda ulterior: una obligación de información, sin decisión en un caso.
not-encoded-art6-2-f = El conocimiento, la intención o la finalidad podrán inferirse de circunstancias fácticas objetivas: una regla de prueba para los tribunales; el caso indica directamente los elementos de la conducta.

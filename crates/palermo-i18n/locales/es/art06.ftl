# CDOT art. 6, penalización del blanqueo del producto del delito: los delitos del 6(1), las reglas sobre el delito determinante del 6(2)(b)-(c) y la excepción del 6(2)(e).

## Art. 6(1)(a)(i): conversión o transferencia.
art06-conversion-yes-conceal = Conversión o transferencia de bienes, a sabiendas de que son producto del delito, con el propósito de ocultar o disimular su origen ilícito: un delito que todo Estado debe tipificar, de conformidad con los principios fundamentales de su derecho interno (6(1)(a)(i))
art06-conversion-yes-help-evade = Conversión o transferencia de bienes, a sabiendas de que son producto del delito, con el propósito de ayudar a una persona involucrada en la comisión del delito determinante a eludir las consecuencias jurídicas de sus actos: un delito que todo Estado debe tipificar, de conformidad con los principios fundamentales de su derecho interno (6(1)(a)(i))
art06-conversion-not-known = La persona no sabía que los bienes eran producto del delito: fuera del art. 6(1)(a)(i)
art06-conversion-no-purpose = Conversión o transferencia sin el propósito de ocultar el origen de los bienes ni de ayudar a un autor a eludir las consecuencias de sus actos: fuera del art. 6(1)(a)(i)
art06-conversion-not-intentional = No se realizó intencionalmente: fuera del art. 6(1)(a)(i)
art06-conversion-undetermined = No está resuelto si la conversión o transferencia queda comprendida en el art. 6(1)(a)(i): no se indica un elemento

## Art. 6(1)(a)(ii): ocultación o disimulación.
art06-concealment-yes = Ocultación o disimulación de la verdadera naturaleza, origen, ubicación, disposición, movimiento o propiedad de bienes, a sabiendas de que son producto del delito: un delito que todo Estado debe tipificar, de conformidad con los principios fundamentales de su derecho interno (6(1)(a)(ii))
art06-concealment-not-known = La persona no sabía que los bienes eran producto del delito: fuera del art. 6(1)(a)(ii)
art06-concealment-not-intentional = No se realizó intencionalmente: fuera del art. 6(1)(a)(ii)
art06-concealment-undetermined = No está resuelto si la ocultación queda comprendida en el art. 6(1)(a)(ii): no se indica un elemento

## Art. 6(1)(b)(i): adquisición, posesión o utilización.
art06-acquisition-yes = Adquisición, posesión o utilización de bienes, a sabiendas, en el momento de su recepción, de que son producto del delito: un delito con arreglo al derecho del Estado que califica el delito (indicado en el caso; el art. 6(1)(b)(i) solo lo exige con sujeción a los conceptos básicos del ordenamiento jurídico)
art06-acquisition-not-known = La persona no sabía, en el momento de su recepción, que los bienes eran producto del delito: fuera del art. 6(1)(b)(i)
art06-acquisition-not-intentional = No se realizó intencionalmente: fuera del art. 6(1)(b)(i)
art06-acquisition-not-an-offence = El derecho del Estado que califica el delito no tipifica como delito la adquisición, posesión o utilización (indicado en el caso), como permite el art. 6(1)(b)
art06-acquisition-domestic-law = Adquisición, posesión o utilización de bienes de origen conocido: el art. 6(1)(b)(i) solo exige tipificar este delito con sujeción a los conceptos básicos de cada ordenamiento jurídico, por lo que determinar si lo es corresponde al derecho del Estado que califica el delito
art06-acquisition-undetermined = No está resuelto si la adquisición, posesión o utilización queda comprendida en el art. 6(1)(b)(i): no se indica un elemento

## Art. 6(1)(b)(ii): participación, asociación, confabulación, intento, ayuda, incitación, facilitación o asesoramiento.
art06-ancillary-yes = Participación en el blanqueo, asociación o confabulación para cometerlo, intento de cometerlo, o ayuda, incitación, facilitación o asesoramiento en aras de su comisión: un delito con arreglo al derecho del Estado que califica el delito (indicado en el caso)
art06-ancillary-not-intentional = No se realizó intencionalmente: fuera del art. 6(1)(b)(ii)
art06-ancillary-not-an-offence = El derecho del Estado que califica el delito no tipifica como delito esta forma de participación (indicado en el caso), como permite el art. 6(1)(b)
art06-ancillary-domestic-law = Participación en el blanqueo, confabulación para cometerlo, intento de cometerlo, o ayuda, incitación, facilitación o asesoramiento en aras de su comisión: el art. 6(1)(b)(ii) solo los exige con sujeción a los conceptos básicos de cada ordenamiento jurídico, por lo que corresponde al derecho del Estado que califica el delito
art06-ancillary-undetermined = No está resuelto si la conducta queda comprendida en el art. 6(1)(b)(ii): no se indica un elemento

## Art. 6(2)(a)-(b): el delito determinante.
art06-predicate-serious-crime = Los bienes proceden de un delito grave, que todo Estado debe incluir entre los delitos determinantes (6(2)(b))
art06-predicate-convention-offence = Los bienes proceden de un delito previsto en el art. 5, 8 o 23, que todo Estado debe incluir entre los delitos determinantes (6(2)(b))
art06-predicate-domestic-yes = El delito determinante lo es con arreglo al derecho del Estado que califica el delito (indicado en el caso)
art06-predicate-domestic-no = El delito del que proceden los bienes no es un delito determinante con arreglo al derecho del Estado que califica el delito (indicado en el caso); el art. 6(2)(a) solo pide la gama más amplia posible
art06-predicate-domestic-law = Los bienes proceden de un delito que no es un delito grave ni un delito previsto en el art. 5, 8 o 23: los Estados han de incluir la gama más amplia posible de delitos determinantes (6(2)(a)), por lo que determinar si este cuenta corresponde al derecho del Estado que califica el delito
art06-predicate-missing = No se indica qué tipo de delito produjo los bienes (un delito grave, un delito previsto en el art. 5, 8 o 23, u otro)

## Art. 6(2)(c): un delito determinante cometido en el extranjero (`place`: lugar de comisión; `states`: los Estados cuyo derecho se aplica).
art06-foreign-predicate-yes = El delito determinante se cometió en el Estado { $place }, donde constituye delito, y lo constituiría con arreglo al derecho { $states ->
    [one] del Estado
   *[other] de los Estados
} { $states } de haberse cometido allí: cuenta como delito determinante (6(2)(c))
art06-foreign-predicate-not-criminal-there = El delito determinante, cometido en el Estado { $place }, no constituye delito allí: un delito determinante cometido en el extranjero solo cuenta si es delito en el lugar de comisión (6(2)(c))
art06-foreign-predicate-not-criminal-here = El delito determinante, cometido en el Estado { $place }, no constituiría delito con arreglo al derecho { $states ->
    [one] del Estado
   *[other] de los Estados
} { $states }: un delito determinante cometido en el extranjero solo cuenta si también allí sería delito (6(2)(c))
art06-foreign-predicate-undetermined = El delito determinante se cometió en el Estado { $place }: no se indica si constituye delito allí y con arreglo al derecho { $states ->
    [one] del Estado
   *[other] de los Estados
} { $states } (6(2)(c))
art06-foreign-predicate-place-missing = No se indica dónde se cometió el delito determinante, y de ello depende el art. 6(2)(c): cometido fuera del Estado cuyo derecho se aplica ({ $states }), solo contaría si fuera delito en el lugar de comisión y con arreglo a ese derecho; los dos supuestos pueden diferir, por lo que la cuestión queda abierta hasta que se conozca el lugar

## Art. 6(2)(e): el autor del delito determinante.
art06-self-laundering-not-exempt = La persona también cometió el delito determinante; el derecho del Estado que califica el delito no excluye al autor del delito determinante (indicado en el caso)
art06-self-laundering-exempt = La persona también cometió el delito determinante, y el derecho del Estado que califica el delito excluye al autor del delito determinante, como exigen los principios fundamentales de su derecho interno (6(2)(e); indicado en el caso)
art06-self-laundering-domestic-law = La persona también cometió el delito determinante: un Estado cuyos principios fundamentales de derecho interno lo exijan puede excluir al autor del delito determinante (6(2)(e)), por lo que corresponde al derecho del Estado que califica el delito

## Art. 6: el delito.
art06-offence-no-conduct = No se indica ninguna de las conductas del art. 6(1): no hay delito de blanqueo
art06-offence-yes = Blanqueo del producto del delito, delito tipificado con arreglo al art. 6
art06-offence-no = No es un delito de blanqueo con arreglo al art. 6, según los hechos y las respuestas indicados
art06-offence-domestic-law = Si la conducta constituye un delito de blanqueo depende del derecho del Estado que califica el delito (véanse las constataciones en que se basa)
art06-offence-undetermined = No está resuelto si la conducta constituye un delito del art. 6: no se indica un elemento

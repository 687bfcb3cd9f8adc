# Art. 13 (cooperación internacional para fines de decomiso): las constataciones y la respuesta.

## 13(1): la jurisdicción del Estado requirente
art13-jurisdiction-territory = El delito se cometió en el territorio del Estado requirente, { $requesting }, que tiene jurisdicción sobre él (art. 15(1)(a))
art13-jurisdiction-stated-yes = El Estado requirente, { $requesting }, tiene jurisdicción sobre el delito (según consta en el caso)
art13-jurisdiction-stated-no = El Estado requirente, { $requesting }, no tiene jurisdicción sobre el delito (según consta en el caso)
art13-jurisdiction-place-missing = No se indica dónde se cometió el delito; si no fue en el territorio del Estado requirente, { $requesting }, su propio derecho determina si tiene jurisdicción
art13-jurisdiction-depends = El delito no se cometió en el territorio del Estado requirente, { $requesting }: corresponde a su derecho determinar si tiene jurisdicción (por ejemplo, respecto de sus nacionales en el extranjero, art. 15(2))

## 13(1)-(2): los bienes en el Estado requerido
art13-property-yes = El producto del delito, los bienes o los instrumentos se encuentran en el territorio del Estado requerido, { $requested }
art13-property-no = No hay bienes que decomisar en el territorio del Estado requerido, { $requested }: el art. 13 se refiere a bienes situados en el territorio del Estado requerido
art13-property-missing = No se indica si el producto del delito, los bienes o los instrumentos se encuentran en el territorio del Estado requerido, { $requested }

## 13(1)(a), 13(1)(b), 13(2): la medida solicitada
art13-measure-domestic-order = El Estado requerido, { $requested }, remite la solicitud a sus autoridades competentes para obtener una orden de decomiso y, en caso de que se conceda, darle cumplimiento, en la mayor medida en que lo permita su ordenamiento jurídico
art13-measure-give-effect-yes = El Estado requerido, { $requested }, presenta a sus autoridades competentes la orden de decomiso del Estado requirente a fin de darle cumplimiento, en la mayor medida en que lo permita su ordenamiento jurídico; su derecho lo permite (según consta en el caso)
art13-measure-give-effect-no = El derecho del Estado requerido, { $requested }, no permite dar cumplimiento a órdenes extranjeras (según consta en el caso): procede obteniendo una orden propia (art. 13(1)(a)); la obligación subsiste
art13-measure-give-effect-depends = El Estado requerido, { $requested }, presenta la orden a sus autoridades competentes a fin de darle cumplimiento, u obtiene una orden propia (13(1)(a)), según disponga su ordenamiento jurídico
art13-measure-freeze = El Estado requerido, { $requested }, adopta medidas encaminadas a la identificación, la localización y el embargo preventivo o la incautación de los bienes con miras a su eventual decomiso, conforme a su derecho interno (art. 13(4))
art13-measure-missing = No se indica lo que se solicita (una orden del Estado requerido, el cumplimiento de la orden del Estado requirente, o la identificación, la localización y el embargo preventivo); se indica la obligación menos estricta

## La respuesta: ¿es la Convención base jurídica de la cooperación para fines de decomiso?
art13-strength-mandatory = obligación imperativa
art13-strength-mandatory-qualified = obligación dentro de los límites del derecho interno
art13-basis-yes = Sí: el Estado requerido, { $requested }, debe dar curso a la solicitud ({ $strength }); no puede negarse amparándose en el secreto bancario, y el art. 18 se aplica al procedimiento (art. 13(3))
art13-basis-not-in-force = No: la Convención no está en vigor entre los dos Estados
art13-basis-not-covered = No: el delito no está comprendido en la presente Convención, y el Estado requerido, { $requested }, puede denegar la solicitud por ese motivo (art. 13(7)); no existe un supuesto más amplio como en la extradición o la asistencia judicial recíproca
art13-basis-no-property = No: no hay bienes que decomisar en el Estado requerido
art13-basis-no-jurisdiction = No: el Estado requirente no tiene jurisdicción sobre el delito
art13-basis-undetermined = Indeterminado: { $n ->
    [one] falta { $n } hecho
   *[other] faltan { $n } hechos
}

## 13(6): la Convención como base de tratado
art13-treaty-in-force = Un tratado vincula a los dos Estados: el art. 13(6) no es necesario
art13-treaty-declared = El Estado requerido, { $requested }, declaró en virtud del art. 13(6) que la Convención es la base de tratado de la cooperación para fines de decomiso, en los términos de su declaración (véase la fuente): dentro de esos términos, la falta de otro tratado no es obstáculo
art13-treaty-required = El Estado requerido, { $requested }, supedita la cooperación para fines de decomiso a la existencia de un tratado, y la Convención es ese tratado: es la base de tratado necesaria y suficiente (art. 13(6); según consta en el caso)
art13-treaty-not-required = El Estado requerido, { $requested }, no supedita la cooperación para fines de decomiso a la existencia de un tratado: el art. 13(6) no entra en juego
art13-treaty-either = Supedite o no el Estado requerido, { $requested }, la cooperación a la existencia de un tratado, la falta de tratado no es obstáculo: para un Estado que lo exija, la Convención es la base de tratado necesaria y suficiente (art. 13(6))

## 18(9), aplicado por el art. 13(3): la doble incriminación
art13-dual-criminality-absent = La conducta no constituye delito en el Estado requerido, { $requested }: este puede denegar la solicitud de decomiso invocando la ausencia de doble incriminación (art. 18(9), aplicado por el art. 13(3)), aunque puede igualmente prestar asistencia
art13-dual-criminality-present = La conducta constituye delito en el Estado requerido, { $requested }: la ausencia de doble incriminación no es motivo para denegar la solicitud (art. 18(9), aplicado por el art. 13(3))
art13-dual-criminality-missing = No se indica si la conducta constituye delito en el Estado requerido, { $requested } (en caso negativo, este puede denegar la solicitud: art. 18(9), aplicado por el art. 13(3))

## Lo que acompaña a la solicitud
art13-agreements = Los Estados considerarán la posibilidad de celebrar acuerdos para aumentar la eficacia de la cooperación para fines de decomiso
art13-contents-domestic-order = Además de lo previsto en el art. 18(15), la solicitud contiene una descripción de los bienes y una exposición de los hechos suficiente para que el Estado requerido pueda tramitar una orden con arreglo a su derecho interno (13(3)(a))
art13-contents-give-effect = Además de lo previsto en el art. 18(15), la solicitud contiene una copia admisible en derecho de la orden de decomiso, una exposición de los hechos e información sobre el alcance de la ejecución solicitada (13(3)(b))
art13-contents-freeze = Además de lo previsto en el art. 18(15), la solicitud contiene una exposición de los hechos y una descripción de las medidas solicitadas (13(3)(c))
art13-contents-missing = Además de lo previsto en el art. 18(15), la solicitud contiene lo que el art. 13(3)(a), (b) o (c) exige para la medida solicitada
art13-mla-rules-apply = El artículo 18 se aplica mutatis mutandis: autoridad central, idioma y forma, motivos de denegación y consultas (cuando rigen los párrafos 9 a 29), motivación de la denegación, gastos, limitación del uso
art13-applicable-law = Las medidas se deciden y ejecutan con arreglo al derecho interno y las normas de procedimiento del Estado requerido, { $requested }, o a cualquier tratado que lo vincule con el Estado requirente
art13-third-parties = No se menoscabarán los derechos de terceros de buena fe

## 13(1), 13(7): un delito comprendido
art13-covered-yes = Delito comprendido en la presente Convención: el art. 13 alcanza su producto y sus instrumentos
art13-covered-no = Delito no comprendido en la presente Convención: el Estado requerido, { $requested }, puede denegar la cooperación para fines de decomiso (art. 13(7)); el art. 13 no prevé un supuesto más amplio
art13-covered-unsettled = No está resuelto si el delito está comprendido en la presente Convención

# La evaluación en su conjunto (assess.rs): la pregunta planteada, los dos
# Estados, las respuestas por delito y los resultados globales.

## La pregunta planteada.
assess-question-extradition = ¿Puede la Convención servir de base jurídica para la extradición desde el Estado requerido ({ $requested }) hacia el Estado requirente ({ $requesting })?
assess-question-confiscation = ¿Puede la Convención servir de base jurídica para la cooperación a efectos de decomiso solicitada por el Estado requirente ({ $requesting }) al Estado requerido ({ $requested })?
assess-question-sentenced-persons = ¿Puede la Convención servir de base jurídica para el traslado de una persona condenada entre el Estado requirente ({ $requesting }) y el Estado requerido ({ $requested })?
assess-question-joint-investigation = ¿Puede la Convención servir de base para una investigación conjunta del Estado requirente ({ $requesting }) y el Estado requerido ({ $requested })?
assess-question-special-techniques = ¿Puede la Convención servir de base para recurrir a técnicas especiales de investigación con el Estado requerido ({ $requested }), a solicitud del Estado requirente ({ $requesting })?
assess-question-transfer-of-proceedings = ¿Puede la Convención servir de base para la remisión de actuaciones penales del Estado requirente ({ $requesting }) al Estado requerido ({ $requested })?
assess-question-law-enforcement = ¿Puede la Convención servir de base para la cooperación en materia de cumplimiento de la ley entre el Estado requirente ({ $requesting }) y el Estado requerido ({ $requested })?
assess-question-mla = ¿Puede la Convención servir de base jurídica para la asistencia judicial recíproca solicitada por el Estado requirente ({ $requesting }) al Estado requerido ({ $requested })?
assess-question-no-request = ¿Está el delito comprendido en la Convención (arts. 2 y 3)? No se indica ninguna solicitud, por lo que no se examina ninguna forma de cooperación
assess-question-requesting-not-given = no indicado
assess-question-requested-not-given = no indicado

## Los dos Estados.
assess-state = { $state }
assess-requesting-not-given = el Estado requirente (no indicado)
assess-requested-not-given = el Estado requerido (no indicado)
assess-the-requesting-state = el Estado requirente
assess-the-requested-state = el Estado requerido

## Una solicitud en la que falta uno de los Estados.
assess-between-not-given = No puede determinarse si la Convención está en vigor entre ambos Estados: { $paths ->
    [one] no se indica { $paths }
   *[other] no se indican { $paths }
}
assess-request-unnamed = Indeterminado: la solicitud no designa { $states }, por lo que no puede decidirse si la Convención la rige

## Por delito, en una solicitud que abarca varios.
assess-offence-yes = Delito { $offence }: sí, por la vía aplicable a la solicitud en su conjunto ({ $citation })
assess-offence-yes-by-cases = Delito { $offence }: sí, por la vía aplicable a la solicitud en su conjunto, que es válida cualquiera que sea la respuesta a la cuestión que el caso deja abierta (véase la respuesta)
assess-offence-not-in-force = Delito { $offence }: no, la Convención no está en vigor entre ambos Estados
assess-offence-not-reached = Delito { $offence }: no, el artículo no lo abarca ({ $id })
assess-offence-no-route = Delito { $offence }: no, no existe ninguna vía para esta solicitud
assess-offence-conflict = Delito { $offence }: conflicto, los hechos indicados se contradicen
assess-offence-open = Delito { $offence }: no determinado ({ $n ->
    [one] falta { $n } hecho
   *[other] faltan { $n } hechos
})

## La solicitud en su conjunto.
assess-aggregate-yes = Sí respecto { $offences ->
    [one] del delito
   *[other] de los delitos
} { $offences } de { $n }
assess-aggregate-no = No respecto de los { $n } delitos
assess-aggregate-open = No determinado respecto { $offences ->
    [one] del delito
   *[other] de los delitos
} { $offences }; ningún delito permite resolverlo

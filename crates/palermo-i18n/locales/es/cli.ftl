# Las palabras propias de la línea de comandos: títulos, encabezados,
# etiquetas, resultados y grados de obligación (crates/palermo-cli/src/render).

## Títulos según el tipo de cooperación.
title-extradition = Extradición solicitada al Estado requerido, { $requested }, por el Estado requirente, { $requesting }
title-mutual-legal-assistance = Asistencia judicial recíproca solicitada por el Estado requirente, { $requesting }, al Estado requerido, { $requested }
title-confiscation = Cooperación para fines de decomiso solicitada por el Estado requirente, { $requesting }, al Estado requerido, { $requested }
title-transfer-of-sentenced-persons = Traslado de personas condenadas entre el Estado requirente, { $requesting }, y el Estado requerido, { $requested }
title-transfer-of-proceedings = Remisión de actuaciones penales del Estado requirente, { $requesting }, al Estado requerido, { $requested }
title-joint-investigation = Investigación conjunta del Estado requirente, { $requesting }, y del Estado requerido, { $requested }
title-special-investigative-techniques = Técnicas especiales de investigación: el Estado requerido, { $requested }, a solicitud del Estado requirente, { $requesting }
title-law-enforcement-cooperation = Cooperación en materia de cumplimiento de la ley entre el Estado requirente, { $requesting }, y el Estado requerido, { $requested }
title-no-request = Sin solicitud: aplicación de la Convención al delito
title-as-of = { $title }, a { $date }
label-case = Caso: { $title }
label-question = Pregunta: { $question }

## Encabezados de sección (en mayúsculas en la salida de texto).
heading-answer = Respuesta
heading-issue = Cuestión planteada
heading-short-answer = Respuesta breve
heading-route = Pasos que seguir
heading-legal-basis = Base jurídica
heading-risks = Riesgos
heading-next-steps = Próximos pasos
heading-checklist = Lista de verificación para redactar la solicitud
heading-treaty-points = Puntos que deben comprobarse en el tratado
heading-caveats = Advertencias
heading-why = Fundamentos
heading-other-findings = Otras conclusiones aplicables
heading-still-to-establish = Pendiente de establecer (de lo más a lo menos determinante)
heading-own-law = Lo que decide el derecho interno del Estado { $state }
heading-interpretations = Interpretaciones utilizadas (véase docs/legal-method.md)
heading-appendix = Anexo: el razonamiento

## Etiquetas dentro de las líneas.
label-source = fuente: { $source }
label-missing = falta: { $facts }
label-interpretation = interpretación: { $anchor }
label-decisive = (determina la respuesta)
label-moot = (no resuelve nada pertinente en este caso)
label-answer-as = responder como { $field } = true/false
label-hidden = { $n ->
    [one] Otra conclusión (art. 35, jurisdicción de otros Estados) se muestra con --all.
   *[other] Otras { $n } conclusiones (art. 35, jurisdicción de otros Estados) se muestran con --all.
}
label-moot-count = { $n ->
    [one] Otro hecho desconocido no resolvería nada pertinente en este caso; --format json lo enumera.
   *[other] Otros { $n } hechos desconocidos no resolverían nada pertinente en este caso; --format json los enumera.
}
label-footer = Motor { $engine } · datos { $data } · para reproducir: { $command }
label-stated-in-case = indicado en el caso: { $path }
label-stated-domestic-law = indicado en el caso: derecho interno del Estado { $state } ({ $question } = { $answer })
label-data-source = datos: { $file }:{ $line } ({ $url }, actualizados a { $date })
# $period: a year or a month as the data gives it (2009, 2019-06).
label-data-source-period = datos: { $file }:{ $line } ({ $url }, actualizados a { $period })
label-data-source-undated = datos: { $file }:{ $line } ({ $url }, fecha de actualización no registrada)
label-data-summary = { $source }: { $summary }
label-favourable = favorable a la solicitud
label-adverse = desfavorable a la solicitud

## Grados de obligación.
strength-mandatory = obligatorio
strength-mandatory-qualified = obligatorio, dentro de los límites del derecho interno
strength-prohibited-ground = motivo de denegación no admitido
strength-shall-consider = mera obligación de considerar
strength-endeavour = obligación de procurar
strength-discretionary = facultativo
strength-no-obligation = denegación permitida

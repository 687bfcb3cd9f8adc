# Solicitudes redactadas (crates/palermo-draft): títulos, encabezamientos, texto
# fijo de cada sección, párrafos sobre la base jurídica, cláusulas y omisiones
# detectadas por la verificación de integridad. Los hechos que aporta el usuario
# se insertan tal como se escribieron. Véase docs/translations.md.

## Títulos, uno por tipo de solicitud.
draft-title-mla = Solicitud de asistencia judicial recíproca en materia penal
draft-title-extradition = Solicitud de extradición
draft-title-confiscation = Solicitud de cooperación internacional para fines de decomiso

## Campos del encabezamiento.
draft-field-from = Remitente
draft-field-to = Destinatario
draft-field-reference = Nuestra referencia
draft-field-date = Fecha
draft-field-requesting = Estado requirente
draft-field-requested = Estado requerido
draft-to-central-authority = { $authority }, autoridad central del Estado requerido, { $state } (art. 18, párr. 13)
draft-to-competent-authorities = Las autoridades competentes del Estado requerido, { $state }

## Encabezamientos de las secciones.
draft-h-basis = Base jurídica
draft-h-authority = Autoridad que formula la solicitud
draft-h-proceedings = Objeto e índole de las actuaciones
draft-h-facts = Resumen de los hechos
draft-h-offences = Delitos y penas
draft-h-persons = Personas interesadas
draft-h-person-sought = Persona reclamada
draft-h-assistance = Asistencia solicitada
draft-h-purpose = Finalidad de la solicitud
draft-h-property = Bienes objeto de la solicitud
draft-h-order = Orden de decomiso
draft-h-warrant = Orden de detención o sentencia
draft-h-additional = Información adicional
draft-h-urgency = Urgencia
draft-h-provisional-arrest = Detención provisional
draft-h-clauses = Confidencialidad y uso de la información
draft-h-attachments = Documentos adjuntos
draft-h-notes = Notas para el redactor (no forman parte de la solicitud: suprímanse antes del envío)

## Fórmulas de apertura y de cierre.
draft-opening-mla = El Estado requirente, { $requesting }, saluda atentamente al Estado requerido, { $requested }, y solicita su asistencia en el asunto penal que se describe a continuación.
draft-opening-extradition = El Estado requirente, { $requesting }, solicita al Estado requerido, { $requested }, la extradición de la persona que se describe a continuación por los delitos que se exponen en la presente solicitud.
draft-opening-confiscation = El Estado requirente, { $requesting }, solicita al Estado requerido, { $requested }, su cooperación para fines de decomiso en el asunto que se describe a continuación.
draft-closing = El Estado requirente, { $requesting }, agradece a las autoridades del Estado requerido, { $requested }, su asistencia y queda a su disposición para facilitarles cualquier información adicional que puedan necesitar para dar cumplimiento a la presente solicitud.
draft-signature = Por la autoridad requirente:

## Párrafos sobre la base jurídica: exactamente lo que estableció la evaluación.
draft-basis-mla-convention = La presente solicitud se basa en el artículo 18 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, en la que son partes tanto el Estado requirente, { $requesting }, como el Estado requerido, { $requested } ({ $cite }).
draft-basis-mla-treaty = La presente solicitud se basa en { $treaty }, que vincula al Estado requirente, { $requesting }, y al Estado requerido, { $requested }; conforme al párrafo 7 del artículo 18 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, las disposiciones de ese tratado se aplican en lugar de los párrafos 9 a 29 de dicho artículo, mientras que las demás disposiciones del artículo 18 siguen aplicándose ({ $cite }).
draft-basis-mla-treaty-agreed = La presente solicitud se basa en el artículo 18 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional: el Estado requirente, { $requesting }, y el Estado requerido, { $requested }, han convenido en aplicar los párrafos 9 a 29 de dicho artículo en lugar de lo dispuesto en { $treaty } (art. 18, párr. 7) ({ $cite }).
draft-basis-extradition-convention = La presente solicitud se basa en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional (párrafo 4 del artículo 16), que el Estado requerido, { $requested }, considera la base jurídica de la extradición, según lo notificó con arreglo al apartado a) del párrafo 5 del artículo 16 ({ $cite }).
draft-basis-extradition-convention-stated = La presente solicitud se basa en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional (párrafo 4 del artículo 16), que el Estado requerido, { $requested }, considera la base jurídica de la extradición ({ $cite }).
draft-basis-extradition-treaty = La presente solicitud se basa en { $treaty }. Conforme al párrafo 3 del artículo 16 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, cada uno de los delitos a los que se aplica dicho artículo se considera incluido entre los delitos que dan lugar a extradición en todo tratado de extradición vigente entre los Estados Parte ({ $cite }).
draft-basis-extradition-domestic = El Estado requerido, { $requested }, no supedita la extradición a la existencia de un tratado. Conforme al párrafo 6 del artículo 16 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, reconoce los delitos a los que se aplica dicho artículo como delitos que dan lugar a extradición entre él y el Estado requirente, { $requesting } ({ $cite }).
draft-basis-confiscation = La presente solicitud se basa en el artículo 13 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional ({ $cite }); conforme al párrafo 3 de dicho artículo, le son aplicables mutatis mutandis las disposiciones del artículo 18.
draft-basis-confiscation-treaty = La presente solicitud se basa en { $treaty } y en el artículo 13 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional ({ $cite }); conforme al párrafo 3 de dicho artículo, le son aplicables mutatis mutandis las disposiciones del artículo 18.
draft-basis-other = La presente solicitud se basa en { $treaty }.
draft-treaty-unnamed = el tratado vigente entre los dos Estados

## Lo que se pide en la solicitud de decomiso, según la medida (art. 13, párrs. 1 y 2).
draft-confiscation-domestic-order = Se solicita al Estado requerido, { $requested }, que remita la presente solicitud a sus autoridades competentes con el fin de obtener una orden de decomiso y, en caso de que se conceda, le dé cumplimiento (art. 13, párr. 1 a)).
draft-confiscation-give-effect = Se solicita al Estado requerido, { $requested }, que presente a sus autoridades competentes la orden de decomiso emitida por un tribunal del Estado requirente, { $requesting }, a fin de darle cumplimiento en la medida solicitada (art. 13, párr. 1 b)).
draft-confiscation-freeze = Se solicita al Estado requerido, { $requested }, que adopte medidas encaminadas a la identificación, la localización y el embargo preventivo o la incautación del producto del delito, los bienes, el equipo u otros instrumentos que se describen a continuación, con miras a su eventual decomiso (art. 13, párr. 2).

## Secciones: texto fijo en torno a los hechos que aporta el usuario.
draft-authority = La solicitud es formulada por:
draft-contact = Contacto para la presente solicitud:
draft-proceedings-conducted-by = Las actuaciones están a cargo de:
draft-offence-law = Con arreglo al derecho del Estado { $state }:
draft-offence-penalty = Pena máxima con arreglo al derecho del Estado { $state }: { $penalty }.
draft-offence-penalty-data = Pena máxima con arreglo al derecho del Estado { $state }: { $record }.
draft-offence-dual-criminality = La conducta es punible con arreglo al derecho interno de ambos Estados (art. 16, párr. 1).
draft-offence-summary = La conducta:
draft-person-name = Nombre
draft-person-aliases = Otros nombres
draft-person-born = Fecha y lugar de nacimiento
draft-person-nationality = Nacionalidad
draft-person-documents = Documentos de identidad
draft-person-location = Ubicación
draft-person-description = Señas personales
draft-person-role = Condición
draft-role-person_sought = persona reclamada
draft-role-suspect = sospechoso o acusado
draft-role-witness = testigo
draft-role-victim = víctima
draft-role-owner = propietario o tenedor de bienes o documentos
draft-role-other = otra persona interesada
draft-person-located-in = Se cree que la persona reclamada se encuentra en el Estado { $state }.
draft-measures = La asistencia solicitada está comprendida en el párrafo 3 del artículo 18 de la Convención: { $measures }.
draft-procedure = La autoridad requirente solicita que se siga el procedimiento siguiente, salvo que sea contrario al derecho del Estado requerido, { $requested } (art. 18, párr. 17):
draft-property-description = Descripción
draft-property-location = Ubicación
draft-property-value = Valor estimado
draft-order-issued-by = Emitida por
draft-order-date = Fecha
draft-order-reference = Referencia
draft-order-final = Firme
draft-order-extent = Alcance de la ejecución solicitada
draft-order-copy = Se adjunta una copia admisible en derecho de la orden (art. 13, párr. 3 b)).
draft-warrant-copy = Se adjunta una copia de la orden de detención o de la sentencia.
draft-yes = sí
draft-no = no
draft-urgent = La presente solicitud es urgente por las razones siguientes:
draft-provisional-arrest = En espera de la presentación de esta solicitud, el Estado requirente, { $requesting }, solicita al Estado requerido, { $requested }, que proceda a la detención de la persona reclamada o adopte otras medidas adecuadas para garantizar su comparecencia en el procedimiento de extradición (art. 16, párr. 9).
draft-clause-confidentiality = El Estado requirente, { $requesting }, solicita al Estado requerido, { $requested }, que mantenga la reserva acerca de la existencia y el contenido de la presente solicitud, salvo en la medida necesaria para darle cumplimiento, y que le informe sin demora si no puede cumplir esta exigencia (art. 18, párr. 20).
draft-clause-use-limitation = El Estado requirente, { $requesting }, no transmitirá ni utilizará la información o las pruebas proporcionadas en respuesta a la presente solicitud para investigaciones, procesos o actuaciones judiciales distintos de los indicados en ella sin el previo consentimiento del Estado requerido, { $requested } (art. 18, párr. 19).
draft-no-attachments = Ninguno.

## Notas para el redactor.
draft-note-assessment = Resultado de la evaluación: { $headline }
draft-note-assessed = Evaluación realizada el { $date } con el motor { $engine } y los datos de referencia { $data }.
draft-note-language = Idioma: { $language }. { $why }
draft-note-language-notified = El Estado { $state } acepta solicitudes en los idiomas siguientes: { $languages } (su notificación con arreglo al art. 18, párr. 14; fuente: { $source }, actualizada al { $as_of }).
draft-note-language-notified-all = El Estado { $state } pide que las solicitudes se presenten en cada uno de los idiomas siguientes: { $languages }; envíense traducciones a los demás (su notificación con arreglo al art. 18, párr. 14; fuente: { $source }, actualizada al { $as_of }).
draft-note-language-chosen = El idioma lo eligió el redactor; no consta en los datos ninguna notificación del Estado { $state } con arreglo al art. 18, párr. 14.
draft-note-language-not-accepted = El Estado { $state } no incluye este idioma en su notificación con arreglo al art. 18, párr. 14 ({ $languages }): la solicitud debe traducirse a un idioma aceptado.
draft-note-central-authority = Autoridad central del Estado { $state } que consta en los datos (fuente: { $source }, actualizada al { $as_of }): { $summary }
draft-note-notification = Notificación del Estado { $state } con arreglo al art. 16, párr. 5 a), que consta en los datos (fuente: { $source }, actualizada al { $as_of }): { $summary }
draft-note-penalty = Pena prevista por el derecho del Estado { $state } según los datos de referencia (fuente: { $source }, actualizada al { $as_of }): { $record }.
draft-note-gaps = { $n ->
    [one] Falta un elemento; está señalado en el texto:
   *[other] Faltan { $n } elementos; están señalados en el texto:
}
draft-note-complete = La verificación de integridad encontró todos los elementos que exige la Convención.
draft-note-unrecorded = sin registrar

## Omisiones: lo que falta y lo que debe aportarse. Se señalan en el proyecto
## donde corresponde el elemento y las enumera la verificación de integridad.
draft-gap = [FALTA: { $what }]
gap-authority = la autoridad que formula la solicitud: su denominación (en el caso: draft.requesting_authority)
gap-contact = la forma en que el Estado requerido puede comunicarse con la autoridad requirente: nombre, dirección, teléfono, correo electrónico (en el caso: draft.contact)
gap-addressee = la autoridad central del Estado requerido: no consta ninguna en los datos; indíquela (en el caso: draft.addressee)
gap-proceedings = el objeto y la índole de las investigaciones, los procesos o las actuaciones judiciales (en el caso: draft.proceedings)
gap-conducting-authority = el nombre y las funciones de la autoridad encargada de las investigaciones, los procesos o las actuaciones (en el caso: draft.conducting_authority)
gap-facts = un resumen de los hechos pertinentes (en el caso: draft.facts)
gap-assistance = una descripción de la asistencia solicitada (en el caso: draft.assistance)
gap-persons = cuando sea posible, la identidad, la ubicación y la nacionalidad de toda persona interesada (en el caso: [[draft.persons]])
gap-purpose = la finalidad para la que se solicitan las pruebas, la información o las medidas (en el caso: draft.purpose)
gap-person-sought = la identidad de la persona reclamada: nombre completo y datos de identificación (en el caso: [[draft.persons]] con role = "person_sought")
gap-person-location = el lugar en que se encuentra la persona reclamada (en el caso: request.person_located_in, o location en [[draft.persons]])
gap-offence-law = la disposición del derecho del Estado { $state } que tipifica la conducta como delito (en el caso: draft.offence_law.{ $code })
gap-penalty = la pena máxima prevista por el derecho del Estado { $state } (en el caso: offence.max_penalty.{ $code }, o un tipo de delito con datos sobre penas)
gap-warrant = la orden de detención o la sentencia en que se funda la solicitud: tribunal que la dictó, fecha y número (en el caso: [draft.warrant])
gap-urgency = las razones por las que la detención provisional es urgente (en el caso: draft.urgency)
gap-basis = una base jurídica: la evaluación no estableció que la Convención constituya tal base ({ $outcome }); indique el tratado u otra base invocada (en el caso: request.treaty_in_force y request.treaty_name, o [[other_bases]])
gap-confiscation-measure = lo que se solicita: una orden del Estado requerido, el cumplimiento de la orden del Estado requirente, o la identificación, la localización y el embargo preventivo (en el caso: request.confiscation_measure)
gap-property = una descripción de los bienes que se han de decomisar y del lugar en que se encuentran (en el caso: [[draft.property]])
gap-order = la orden de decomiso: tribunal que la dictó, fecha y número, con una copia admisible en derecho (en el caso: [draft.order])
gap-order-extent = el alcance de la ejecución de la orden que se solicita (en el caso: draft.order.extent)
gap-actions = una descripción de las medidas solicitadas (en el caso: draft.assistance)

## La verificación de integridad en la línea de comandos.
draft-check-heading = El proyecto está incompleto: { $n ->
    [one] falta un elemento
   *[other] faltan { $n } elementos
}.
draft-check-item = { $what } ({ $cite })
draft-check-advice = Complételos en la tabla [draft] del caso, o añada --allow-incomplete para redactar el proyecto con las omisiones señaladas.
draft-check-advisory = Recomendado (no obligatorio): { $what } ({ $cite })
draft-written = Proyecto guardado en { $path }.
draft-language-needed = No consta en los datos ninguna notificación del Estado { $state } con arreglo al art. 18, párr. 14, que indique uno de los seis idiomas oficiales de las Naciones Unidas: elija el idioma del proyecto con --lang.
draft-kind-unsupported = Palermo redacta solicitudes de asistencia judicial recíproca, de extradición y de cooperación para fines de decomiso; este caso se refiere a otra forma de cooperación: { $kind }.

## The addressee when the case names none.
draft-to-central-authority-of = La autoridad central del Estado { $state } designada con arreglo al párrafo 13 del artículo 18

## Language names, by ISO 639-1 code.
draft-lang-ar = árabe
draft-lang-en = inglés
draft-lang-es = español
draft-lang-fr = francés
draft-lang-ru = ruso
draft-lang-zh = chino
draft-lang-hi = hindi
draft-lang-lt = lituano
draft-lang-lv = letón
draft-lang-mk = macedonio
draft-lang-sl = esloveno
draft-lang-uk = ucraniano
draft-no-kind = El caso no indica qué se solicita: indique request.kind (mutual_legal_assistance, extradition o confiscation).
draft-states-missing = El caso no indica los dos Estados: indique request.requesting_state y request.requested_state.

# La respuesta con la que actúa una autoridad central: conclusión, pasos,
# riesgos, lista de verificación, puntos que deben comprobarse en el tratado y
# advertencias (crates/palermo-rules/src/answer.rs).
# $requesting, $requested: los dos Estados de la solicitud, siempre en aposición
# («el Estado requerido, Kenya (KEN),»); a falta de nombre, los dos términos siguientes.

state-requesting-unknown = no indicado
state-requested-unknown = no indicado
treaty-unnamed = el tratado
treaty-title = { $name }
# Un tratado que el caso nombra, donde figuraría «el tratado»: su título tal como lo
# escribe el caso, entre comillas (los dos mensajes solo difieren en inglés).
treaty-named = el tratado «{ $name }»
treaty-named-with-the = el tratado «{ $name }»

# Tipo de cooperación, empleado tras «para» (headline-no).
kind-extradition = la extradición
kind-mutual-legal-assistance = la asistencia judicial recíproca
kind-confiscation = la cooperación internacional para fines de decomiso
kind-transfer-of-sentenced-persons = el traslado de personas condenadas
kind-transfer-of-proceedings = la remisión de actuaciones penales
kind-joint-investigation = una investigación conjunta
kind-special-investigative-techniques = la utilización de técnicas especiales de investigación
kind-law-enforcement-cooperation = la cooperación en materia de cumplimiento de la ley

outcome-yes = sí
outcome-no = no
outcome-undetermined = indeterminado
outcome-depends = depende del derecho interno
outcome-conflict = contradicción en los hechos

## Conclusiones: la respuesta en una frase.
headline-undetermined = Cuestión aún no resuelta: { $n ->
    [one] un hecho determina la respuesta
   *[other] { $n } hechos determinan la respuesta
}. Establecer en primer lugar: { $first }
headline-undetermined-no-fact = Cuestión aún no resuelta: falta un hecho necesario para la respuesta.
headline-conflict = Los hechos indicados se contradicen: corrija el caso antes de basarse en cualquier respuesta.
headline-depends = La respuesta depende del derecho interno del Estado { $state }: { $question }
headline-depends-no-question = La respuesta depende del derecho interno.
headline-covered-yes = Sí: el delito está comprendido en la Convención.
headline-covered-no = No: el delito no está comprendido en la Convención («{ $reason }»).
headline-no = No: la Convención no puede servir de base jurídica para { $kind } entre el Estado requirente, { $requesting }, y el Estado requerido, { $requested }. { $n ->
    [one] Conclusión determinante
   *[other] Conclusiones determinantes
}: { $reasons }.
headline-no-itself = { $reason } ({ $citation }).
reason-with-citation = «{ $reason }» ({ $citation })
headline-yes = Sí: la Convención puede servir de base jurídica ({ $citation }).
headline-extradition-convention = Sí: el Estado requirente, { $requesting }, puede solicitar la extradición al Estado requerido, { $requested }, tomando la Convención como base jurídica ({ $citation }); el Estado requerido decide discrecionalmente.
headline-extradition-treaty = Sí: se aplica el tratado de extradición vigente entre el Estado requirente, { $requesting }, y el Estado requerido, { $requested }, y la Convención incluye en él el delito como delito que da lugar a extradición ({ $citation }).
headline-extradition-own-law = Sí: el Estado requerido, { $requested }, concede la extradición con arreglo a su derecho interno, que debe reconocer el delito como delito que da lugar a extradición ({ $citation }); la Convención misma no es la base jurídica.
headline-extradition-treaty-or-convention = Sí, haya o no un tratado de extradición entre el Estado requirente, { $requesting }, y el Estado requerido, { $requested } (el caso no lo indica): si lo hay, se aplica, y la Convención incluye en él el delito como delito que da lugar a extradición (CDOT art. 16(3)); si no lo hay, el Estado requirente puede solicitar la extradición tomando la Convención como base jurídica, y el Estado requerido decide discrecionalmente (CDOT art. 16(4)).
headline-extradition-treaty-or-own-law = Sí, haya o no un tratado de extradición entre el Estado requirente, { $requesting }, y el Estado requerido, { $requested } (el caso no lo indica): si lo hay, se aplica, y la Convención incluye en él el delito como delito que da lugar a extradición (CDOT art. 16(3)); si no lo hay, el Estado requerido concede la extradición con arreglo a su derecho interno, que debe reconocer el delito como delito que da lugar a extradición (CDOT art. 16(6)).
headline-extradition-treaty-or-either = Sí, haya o no un tratado de extradición entre el Estado requirente, { $requesting }, y el Estado requerido, { $requested } (el caso no lo indica): si lo hay, se aplica, y la Convención incluye en él el delito como delito que da lugar a extradición (CDOT art. 16(3)); si no lo hay, el Estado requerido, según supedite o no la extradición a la existencia de un tratado, toma discrecionalmente la Convención como base jurídica (CDOT art. 16(4)) o concede la extradición con arreglo a su derecho interno, que debe reconocer el delito como delito que da lugar a extradición (CDOT art. 16(6)).
headline-extradition-convention-or-own-law = Sí: si el Estado requerido, { $requested }, supedita la extradición a la existencia de un tratado, el Estado requirente, { $requesting }, puede solicitarle la extradición tomando la Convención como base jurídica, y el Estado requerido decide discrecionalmente (CDOT art. 16(4)); si no, concede la extradición con arreglo a su derecho interno, que debe reconocer el delito como delito que da lugar a extradición (CDOT art. 16(6)).
headline-extradition-barred = La entrega se denegará a la vista de los hechos indicados: { $bars }. En este caso la Convención no puede prevalecer sobre el derecho del Estado requerido, { $requested }.
headline-extradition-national-prosecute = No cabe esperar la entrega: la persona es nacional del Estado requerido, { $requested }, que no extradita a sus nacionales. A solicitud del Estado requirente, { $requesting }, el Estado requerido está obligado a someter el caso sin demora injustificada a sus autoridades competentes a efectos de enjuiciamiento (CDOT art. 16(10)).
headline-extradition-national-enforce = No cabe esperar la entrega: la persona es nacional del Estado requerido, { $requested }, que no extradita a sus nacionales. Dado que se trata de ejecutar una condena, el Estado requerido, previa solicitud del Estado requirente, { $requesting }, considerará la posibilidad de hacerla cumplir si su derecho interno lo permite (CDOT art. 16(12)).
headline-mla-convention = Sí: el Estado requerido, { $requested }, está obligado a prestar al Estado requirente, { $requesting }, la más amplia asistencia judicial recíproca, con arreglo al art. 18(9) a (29) de la Convención (CDOT art. 18(1)).
headline-mla-treaty = Sí: el Estado requerido, { $requested }, está obligado a prestar la más amplia asistencia judicial recíproca; el tratado de asistencia judicial recíproca entre ambos Estados rige la solicitud (CDOT art. 18(7)).
headline-mla-bank-secrecy = Sí: el Estado requerido, { $requested }, está obligado a prestar la asistencia y no puede denegarla invocando el secreto bancario (CDOT art. 18(8)).
headline-mla-fiscal = Sí: el Estado requerido, { $requested }, está obligado a prestar la asistencia y no puede denegarla únicamente porque se considere que el delito también entraña cuestiones tributarias (CDOT art. 18(22)).
headline-mla-refusal-ground = La Convención es una base jurídica, pero el caso indica un motivo por el que el derecho del Estado requerido, { $requested }, permitiría denegar la asistencia: el Estado requerido puede hacerlo (CDOT art. 18(21)), tras consultar al Estado requirente, { $requesting } (art. 18(26)), y fundamentando la denegación (art. 18(23)).
headline-confiscation-yes = Sí: el Estado requerido, { $requested }, debe dar curso a la solicitud de decomiso del Estado requirente, { $requesting } ({ $citation }), en la mayor medida en que lo permita su ordenamiento jurídico.
headline-joint-investigation-yes = Sí: el Estado requirente, { $requesting }, y el Estado requerido, { $requested }, pueden establecer un órgano mixto de investigación en virtud de la Convención, mediante acuerdo o caso por caso ({ $citation }).
headline-special-techniques-yes = Sí: el Estado requirente, { $requesting }, y el Estado requerido, { $requested }, pueden utilizar conjuntamente técnicas especiales de investigación, con arreglo a un acuerdo o caso por caso ({ $citation }).
headline-transfer-of-proceedings-yes = Sí: el Estado requirente, { $requesting }, y el Estado requerido, { $requested }, están obligados a considerar la posibilidad de remitirse las actuaciones ({ $citation }); la remisión misma se rige por su derecho interno.
headline-law-enforcement-yes = Sí: la Convención sustenta la cooperación directa en materia de cumplimiento de la ley entre el Estado requirente, { $requesting }, y el Estado requerido, { $requested } ({ $citation }).
headline-transfer-of-sentenced-yes = La Convención se limita a invitar a celebrar acuerdos sobre el traslado de personas condenadas ({ $citation }): el traslado requiere otra base.

## Pasos: lo que la Convención prevé a continuación.
route-establish = Establecer: { $question }
route-ask-domestic-law = Preguntar qué dispone el derecho interno del Estado { $state }: { $question }
route-other-basis = Buscar otra base jurídica entre el Estado requirente, { $requesting }, y el Estado requerido, { $requested }: un tratado bilateral o regional, la reciprocidad o el derecho interno del Estado requerido.
route-extradition-send = Enviar la solicitud de extradición al Estado requerido, { $requested }, invocando { $citation } como base jurídica.
route-extradition-send-treaty = Enviar la solicitud de extradición al Estado requerido, { $requested }, en virtud del tratado de extradición vigente entre el Estado requirente, { $requesting }, y el Estado requerido, en el que la Convención incluye el delito como delito que da lugar a extradición ({ $citation }).
route-extradition-send-by-cases = Determinar si un tratado de extradición vincula al Estado requirente, { $requesting }, y al Estado requerido, { $requested }. Si lo hay, enviar la solicitud en virtud de ese tratado, en el que el art. 16(3) incluye el delito; si no lo hay, enviarla al Estado requerido, { $requested }, invocando { $citation } como base jurídica.
route-extradition-send-by-cases-either = Determinar si un tratado de extradición vincula al Estado requirente, { $requesting }, y al Estado requerido, { $requested }. Si lo hay, enviar la solicitud en virtud de ese tratado, en el que el art. 16(3) incluye el delito; si no lo hay, enviarla al Estado requerido, { $requested }, invocando la Convención como base jurídica (art. 16(4)) si supedita la extradición a la existencia de un tratado o, de no ser así, su derecho interno, que debe reconocer el delito como delito que da lugar a extradición (art. 16(6)).
route-extradition-send-convention-or-own-law = Enviar la solicitud de extradición al Estado requerido, { $requested }, invocando la Convención como base jurídica (art. 16(4)) si supedita la extradición a la existencia de un tratado o, de no ser así, su derecho interno, que debe reconocer el delito como delito que da lugar a extradición (art. 16(6)).
route-extradition-provisional-arrest = Si la persona puede darse a la fuga, solicitar su detención provisional a la espera de la solicitud, por razones de urgencia (art. 16(9)).
route-extradition-consultation = Antes de denegar la extradición, el Estado requerido, { $requested }, debe consultar, cuando proceda, al Estado requirente, { $requesting }: estar preparado para aportar información adicional (art. 16(16)).
route-extradition-prosecute = Solicitar por escrito al Estado requerido, { $requested }, que someta el caso sin demora injustificada a sus autoridades competentes a efectos de enjuiciamiento (art. 16(10)).
route-extradition-send-evidence = Enviar las pruebas para ese enjuiciamiento por la vía de la asistencia judicial recíproca; ambos Estados cooperan en lo que respecta al procedimiento y a la prueba (arts. 16(10) y 18).
route-extradition-enforce-sentence = Solicitar al Estado requerido, { $requested }, que haga cumplir la condena impuesta en el Estado requirente, { $requesting }, o la parte de ella que quede por cumplir (art. 16(12)).
route-extradition-conditional-surrender = Preguntar si el Estado requerido, { $requested }, entregaría a su nacional a condición de que sea devuelto para cumplir la condena; las condiciones convenidas bastan para dar por cumplida la obligación de enjuiciar (art. 16(11)).
route-mla-central-authority = Dirigir la solicitud a la autoridad central del Estado requerido, { $requested } (art. 18(13)).
route-mla-language = Redactarla en un idioma aceptable para el Estado requerido, { $requested } (art. 18(14)).
route-mla-urgent = En situaciones de urgencia, y cuando ambos Estados convengan en ello, transmitirla, de ser posible, por conducto de la Organización Internacional de Policía Criminal (INTERPOL) (art. 18(13)), o presentarla oralmente y confirmarla sin demora por escrito (art. 18(14)).
route-mla-preservation = Si las pruebas pueden perderse, solicitar primero su conservación, de policía a policía si es necesario (art. 27(1)).
route-mla-confidentiality = Pedir que se mantenga la reserva de la solicitud (art. 18(20)) e indicar para qué se utilizarán las pruebas: no podrán utilizarse en otras actuaciones sin consentimiento (art. 18(19)).
route-confiscation-freeze-first = Si los bienes pueden trasladarse, solicitar primero su identificación, localización y embargo preventivo o incautación (art. 13(2)).
route-confiscation-send = Enviar la solicitud con el contenido que exigen el art. 18(15) y el art. 13(3); el Estado requerido, { $requested }, actúa con arreglo a sus propios procedimientos (art. 13(4)).
route-confiscation-return = Pedir al Estado requerido, { $requested }, que dé consideración prioritaria a la devolución del producto del delito o de los bienes decomisados al Estado requirente, { $requesting }, a fin de que este pueda indemnizar a las víctimas o devolverlos a sus propietarios legítimos; el Estado requerido lo hace en la medida en que lo permita su derecho interno (art. 14(2)).
route-joint-investigation-agree = Acordar con el Estado requerido, { $requested }, el órgano mixto de investigación (en virtud de un acuerdo entre ellos o, a falta de este, caso por caso), con pleno respeto de la soberanía del Estado en cuyo territorio actúe (art. 19).
route-special-techniques-agree = Acordar con el Estado requerido, { $requested }, caso por caso si no existe acuerdo, la forma de utilizar la técnica, incluidos los arreglos financieros (art. 20(2) y (3)).
route-transfer-of-proceedings = Consultar al Estado requerido, { $requested }, sobre qué Estado está en mejores condiciones para ejercer la acción penal, en interés de la debida administración de justicia (art. 21).
route-law-enforcement = Utilizar los conductos directos entre las autoridades competentes del Estado requirente, { $requesting }, y del Estado requerido, { $requested } (art. 27(1)).
route-transfer-of-sentenced = Buscar un acuerdo bilateral o multilateral sobre el traslado de personas condenadas (art. 17).
route-preferred-instrument = { $preferred } (lectura documentada, no una disposición de la Convención: docs/legal-method.md{ $anchor }).

## Riesgos: motivos de denegación y otros obstáculos.
risk-extradition-nationality = Nacionalidad: si la persona es nacional del Estado requerido, { $requested }, y su derecho no permite extraditar a sus nacionales, la entrega se denegará; el Estado requerido deberá entonces enjuiciarla (art. 16(10)).
risk-extradition-domestic-grounds = El derecho interno del Estado requerido, { $requested }, fija las condiciones de la extradición y los motivos de denegación: pena mínima, delito político, pena de muerte, non bis in idem, prescripción, exigencias probatorias (art. 16(7)).
risk-extradition-discrimination = La extradición puede denegarse si hay motivos justificados para presumir que la solicitud se ha presentado con el fin de perseguir o castigar a la persona por razón de su sexo, raza, religión, nacionalidad, origen étnico u opiniones políticas (art. 16(14)).
risk-mla-dual-criminality = A falta de doble incriminación, el Estado requerido, { $requested }, puede negarse a prestar la asistencia, a su discreción (art. 18(9)).
risk-mla-stated-ground = El caso indica un motivo por el que el derecho del Estado requerido, { $requested }, permitiría denegar la asistencia (art. 18(21)(c)-(d)).
risk-mla-refusal-grounds = La asistencia puede denegarse si la solicitud no se ajusta al art. 18 o si su cumplimiento puede menoscabar la soberanía, la seguridad, el orden público u otros intereses fundamentales del Estado requerido (art. 18(21)).
risk-mla-postponement = La asistencia puede diferirse si perturba investigaciones, procesos o actuaciones judiciales en curso (art. 18(25)).

## Lista de verificación para redactar la solicitud.
check-mla-authority = La identidad de la autoridad que hace la solicitud.
check-mla-subject = El objeto y la índole de las investigaciones, los procesos o las actuaciones judiciales a que se refiere la solicitud, y el nombre y las funciones de la autoridad encargada de ellos.
check-mla-facts = Un resumen de los hechos pertinentes (salvo en las solicitudes de notificación de documentos judiciales).
check-mla-assistance = Una descripción de la asistencia solicitada y de cualquier procedimiento particular que deba aplicarse.
check-mla-identity = De ser posible, la identidad, ubicación y nacionalidad de toda persona interesada.
check-mla-purpose = La finalidad para la que se solicitan las pruebas, la información o la actuación.
check-mla-additional = Toda información adicional que el Estado requerido necesite para dar cumplimiento a la solicitud.
check-mla-language = Un idioma aceptable para el Estado requerido.
check-extradition-facts = Los hechos constitutivos del delito, con indicación de tiempo y lugar.
check-extradition-offences = Los delitos imputados o por los que la persona fue condenada, y el texto de las disposiciones legales.
check-extradition-penalties = Las penas previstas en ambos Estados, y la prueba de que la conducta es punible en los dos.
check-extradition-person = La identidad, la descripción y el paradero de la persona reclamada.
check-extradition-basis = La base jurídica invocada, con el tratado o la notificación.
check-extradition-urgency = La urgencia, en su caso, y si se solicita la detención provisional.
check-confiscation-property = Una descripción de los bienes que han de decomisarse, su ubicación y, cuando proceda, su valor estimado.
check-confiscation-order = La orden de decomiso (o los hechos en que se basa la solicitud de una orden interna).
check-confiscation-facts = Una exposición de los hechos y de la medida en que se solicita la ejecución de la orden.
check-confiscation-mla = El contenido de una solicitud de asistencia judicial recíproca (art. 18(15)).

## Puntos que deben comprobarse en el tratado aplicable.
treaty-check-refusal-grounds = Los motivos de denegación previstos en { $treaty }.
treaty-check-fiscal = Si { $treaty } permite que el carácter tributario del delito impida la cooperación: la Convención no lo permite.
treaty-check-dual-criminality = Si { $treaty } exige la doble incriminación, en particular para las medidas coercitivas.
treaty-check-channels = Los conductos, idiomas y formas que prescribe { $treaty }.

## Advertencias.
caveat-stated-in-case = La respuesta se basa en { $n ->
    [one] un hecho indicado en el caso
   *[other] hechos indicados en el caso
}, no en los datos de referencia: { $facts }.
caveat-old-data = La respuesta se basa en datos de referencia actualizados al { $date } ({ $file }), más de un año antes del { $as_of }: compruebe si ha habido cambios posteriores.
caveat-interpretation = La respuesta se basa en { $n ->
    [one] una interpretación documentada
   *[other] interpretaciones documentadas
} (docs/legal-method.md): { $anchors }.

# Otra lectura documentada de qué derecho decide el «delito grave» que cambia la respuesta
# (docs/legal-method.md#serious-crime-law); $option: la opción de la línea de órdenes.
caveat-sensitivity-requesting = Según otra lectura documentada, en la que el derecho del Estado requirente, { $requesting }, determina si el delito es un delito grave (art. 2(b)), la respuesta sería: { $outcome } ({ $option }).
caveat-sensitivity-requested = Según otra lectura documentada, en la que el derecho del Estado requerido, { $requested }, determina si el delito es un delito grave (art. 2(b)), la respuesta sería: { $outcome } ({ $option }).
caveat-sensitivity-both = Según otra lectura documentada, en la que el delito debe ser un delito grave con arreglo al derecho de ambos Estados (art. 2(b)), la respuesta sería: { $outcome } ({ $option }).
caveat-sensitivity-either = Según otra lectura documentada, en la que basta que el delito sea un delito grave con arreglo al derecho de uno de los dos Estados (art. 2(b)), la respuesta sería: { $outcome } ({ $option }).
route-mla-treaty-channels = Transmitir la solicitud por los conductos y en la forma que prevé { $treaty }: los párrafos 9 a 29 del artículo 18 no la rigen, aunque el Estado requirente, { $requesting }, y el Estado requerido, { $requested }, pueden convenir en aplicar cualquiera de ellos que facilite la cooperación (art. 18(7)).
risk-mla-treaty-grounds = Los motivos para denegar o aplazar la asistencia son los que prevé { $treaty } (art. 18(7)); el secreto bancario sigue sin ser motivo de denegación (art. 18(8)).
treaty-check-fiscal-mla = Si { $treaty } permite que el carácter fiscal del delito impida la asistencia: la regla contraria de la Convención (art. 18(22)) solo obliga cuando se aplican los párrafos 9 a 29 del artículo 18.
caveat-fact = { $question } — { $answer }

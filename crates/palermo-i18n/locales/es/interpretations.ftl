# Las interpretaciones documentadas (docs/legal-method.md), cada una por el título de su entrada:
# interp-<ancla>. Se muestran en la lista de interpretaciones del memorando y en la advertencia
# de la respuesta; el ancla, un identificador, se muestra junto al título.

caveat-interpretation-item = «{ $title }» ({ $anchor })

interp-art13-6-deeming = El art. 13(6) es una regla de asimilación
interp-benefit = El beneficio económico u otro beneficio de orden material, entendido en sentido amplio (art. 2(a))
interp-cooperation-within-scope = Las investigaciones conjuntas se inscriben en el ámbito de aplicación de la Convención (art. 19)
interp-death-penalty = La pena de muerte como pena más grave (art. 2(b))
interp-dispute-opt-out-record = La falta de reserva registrada equivale a su inexistencia, para los Estados vinculados antes de la fecha de los datos (art. 35(3))
interp-dual-criminality = La doble incriminación se aprecia en función de la conducta (art. 16(1))
interp-enforcement-and-prosecution = Solicitud de cumplimiento de una condena: primero el art. 16(12), el art. 16(10) para las personas aún no juzgadas
interp-eu-mutual-recognition = Entre Estados miembros de la Unión Europea, la orden de detención europea y la orden europea de investigación
interp-fine-only = Una multa por sí sola no hace de un delito un delito grave (art. 2(b))
interp-involves-group = Cuándo un delito entraña la participación de un grupo delictivo organizado (art. 3(1))
interp-offence-law = Qué derecho decide si la conducta es un delito comprendido en la Convención (arts. 5, 6 y 8)
interp-other-instruments-data = Otros instrumentos de los datos de referencia: cuándo vinculan y qué abarcan
interp-party-without-deposit-date = Un Estado registrado como Parte sin fecha de depósito queda vinculado 30 días después de la fecha de los datos
interp-preferred-instrument = Qué instrumento utilizaría normalmente un profesional
interp-reciprocity-like-case = La reciprocidad frente a una declaración parcial (art. 16(5)(a))
interp-serious-crime-law = Qué derecho decide si el delito es un delito grave (art. 3(1)(b))
interp-smuggling-benefit = La ayuda prestada por razones humanitarias o a familiares no es tráfico ilícito (Protocolo TIM arts. 3(a) y 6)
interp-succession = La sucesión de Estados en la Convención
interp-temporal-application = La conducta anterior a la entrada en vigor
interp-territorial-jurisdiction = La jurisdicción del Estado requirente en materia de decomiso (art. 13(1))
interp-untoc-entry-into-force-later-of = Entrada en vigor: la más tardía de dos fechas, el depósito más 30 días o el 29 de septiembre de 2003

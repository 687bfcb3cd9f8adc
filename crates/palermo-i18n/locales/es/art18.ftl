# Art. 18 (asistencia judicial recíproca): su aplicación, la base jurídica y los párrafos 3 a 30.

## 18(1): los dos supuestos; 18(2): las personas jurídicas
art18-suspected-transnational = que el delito es de carácter transnacional
art18-suspected-ocg = que el delito entraña la participación de un grupo delictivo organizado
art18-suspicion-conflict = Conflicto: según el caso, el Estado requirente, { $requesting }, no tiene motivos para sospechar { $what } (`{ $fact } = false`), pero los hechos indicados lo establecen
art18-suspicion-stated-yes = El Estado requirente, { $requesting }, tiene motivos razonables para sospechar { $what } (según consta en el caso)
art18-suspicion-stated-no = El Estado requirente, { $requesting }, no tiene motivos razonables para sospechar { $what } (según consta en el caso)
art18-suspicion-established = Los hechos establecen { $what }; por ello, el Estado requirente, { $requesting }, tiene motivos razonables para sospecharlo
art18-suspicion-missing = No se indica si el Estado requirente, { $requesting }, tiene motivos razonables para sospechar { $what }
art18-first-limb-yes = Primer supuesto: un delito comprendido en la presente Convención (se debe prestar la más amplia asistencia judicial recíproca)
art18-first-limb-no = No se cumple el primer supuesto: el delito no está comprendido en la presente Convención
art18-first-limb-unsettled = Primer supuesto: no está resuelto si el delito está comprendido
art18-second-limb-yes = Segundo supuesto: un delito del art. 3(1)(a)/(b), y el Estado requirente, { $requesting }, tiene motivos razonables para sospechar que es de carácter transnacional y que entraña la participación de un grupo delictivo organizado
art18-second-limb-no = No se cumple el segundo supuesto: no hay delito del art. 3(1)(a)/(b), o no hay sospecha razonable de carácter transnacional o de participación de un grupo
art18-second-limb-conflict = Conflicto: la sospecha indicada contradice los hechos dados (segundo supuesto)
art18-second-limb-unsettled = Segundo supuesto: no resuelto
art18-legal-persons-yes = El proceso se refiere a la responsabilidad de una persona jurídica por un delito del art. 10 en el Estado requirente, { $requesting }: se presta asistencia en la mayor medida posible conforme a las leyes y tratados del Estado requerido, { $requested }
art18-legal-persons-not-concerned = El proceso no se refiere a la responsabilidad de una persona jurídica
art18-legal-persons-no-offence = No hay delito del art. 10 del que pueda considerarse responsable a una persona jurídica
art18-legal-persons-depends = La aplicación del art. 18(2) depende de si una persona jurídica puede ser considerada responsable de este delito con arreglo al derecho del Estado requirente, { $requesting }
art18-legal-persons-unsettled = No está resuelto si el proceso se refiere a la responsabilidad de una persona jurídica por un delito del art. 10
art18-ground-first-limb = el primer supuesto del art. 18(1) (delito comprendido)
art18-ground-second-limb = el segundo supuesto del art. 18(1) (sospecha razonable)
art18-ground-legal-persons = el art. 18(2) (personas jurídicas)
art18-applies-yes = El artículo 18 se aplica { $grounds ->
    [one] sobre la siguiente base
   *[other] sobre las siguientes bases
}: { $grounds }
art18-applies-not-in-force = El artículo 18 no se aplica: la Convención no está en vigor entre los dos Estados
art18-applies-no = El artículo 18 no se aplica: no se cumple ninguno de los supuestos del art. 18(1) ni el art. 18(2)
art18-applies-unsettled = No está resuelto si se aplica el artículo 18

## La respuesta: ¿es la Convención base jurídica de la solicitud?
art18-basis-yes-legal-persons = Sí: se aplica el artículo 18(2), en la mayor medida posible conforme a las leyes y tratados del Estado requerido, { $requested }
art18-basis-yes = Sí: el artículo 18(1) obliga al Estado requerido, { $requested }, a prestar asistencia; las normas que rigen el procedimiento se determinan con arreglo al art. 18(7)
art18-basis-not-in-force = No: la Convención no está en vigor entre los dos Estados
art18-basis-no = No: el artículo 18 no se aplica al delito o los delitos
art18-basis-undetermined = Indeterminado: { $n ->
    [one] falta { $n } hecho
   *[other] faltan { $n } hechos
}

## 18(3)-(8): fines, información espontánea, régimen del art. 18(7), secreto bancario
art18-regime-not-applicable = El artículo 18 no se aplica a esta solicitud, por lo que los párrafos 9 a 29 no la rigen
art18-agreements = Los Estados considerarán la posibilidad de celebrar acuerdos que sirvan a los fines de la asistencia judicial recíproca o la refuercen
art18-purposes-missing = No se indica la asistencia solicitada (fines del art. 18(3))
art18-purposes-empty = No figura ninguna asistencia en { $field }
art18-purposes-other = Asistencia solicitada: { $measures }; la asistencia de otro tipo solo está comprendida si no es contraria al derecho interno del Estado requerido, { $requested }
art18-purposes-yes = La asistencia solicitada está comprendida en el art. 18(3): { $measures }
art18-measure-taking-evidence = recibir testimonios o tomar declaración a personas (18(3)(a))
art18-measure-service-of-documents = presentar documentos judiciales (18(3)(b))
art18-measure-search-seizure-freezing = efectuar inspecciones, incautaciones y embargos preventivos (18(3)(c))
art18-measure-examining-objects-sites = examinar objetos y lugares (18(3)(d))
art18-measure-information-expert-evaluations = facilitar información, elementos de prueba y evaluaciones de peritos (18(3)(e))
art18-measure-documents-records = entregar documentos y expedientes (18(3)(f))
art18-measure-tracing-proceeds = identificar o localizar el producto del delito, los bienes, los instrumentos u otros elementos (18(3)(g))
art18-measure-voluntary-appearance = facilitar la comparecencia voluntaria de personas en el Estado requirente (18(3)(h))
art18-measure-other = otro tipo de asistencia (18(3)(i))
art18-spontaneous-information = Las autoridades pueden transmitir información sin que medie solicitud previa; quien la recibe debe respetar su carácter confidencial y las restricciones de uso, salvo la información exculpatoria, previa notificación (art. 18(5))
art18-their-treaty = su tratado de asistencia judicial recíproca
art18-regime-no-treaty = Ningún tratado de asistencia judicial recíproca vincula a los dos Estados: los párrafos 9 a 29 rigen la solicitud
art18-regime-agreed = Los Estados han convenido en aplicar los párrafos 9 a 29 en lugar de su tratado
art18-regime-treaty = Los dos Estados están vinculados por { $treaty } y no han convenido otra cosa: sus disposiciones sustituyen a los párrafos 9 a 29 (los párrafos 1 a 8 siguen aplicándose)
art18-regime-agreement-missing = Los dos Estados están vinculados por { $treaty }; no se indica si han convenido en aplicar en su lugar los párrafos 9 a 29
art18-regime-treaty-missing = No se indica si un tratado de asistencia judicial recíproca vincula a los dos Estados
art18-regime-if-applies = Si se aplica el artículo 18 (aún no resuelto): { $regime }
art18-bank-secrecy-treaty = El Estado requerido, { $requested }, no puede denegar la asistencia amparándose en el secreto bancario, aunque { $treaty } rija el procedimiento (el párrafo 8 no forma parte de los párrafos 9 a 29)
art18-bank-secrecy = El Estado requerido, { $requested }, no puede denegar la asistencia amparándose en el secreto bancario
art18-treaty-governs = Los motivos de denegación, la forma, los conductos, el idioma, los gastos y los demás aspectos se rigen por { $treaty }, no por los párrafos 9 a 29; la Convención sigue obligando a prestar asistencia (18(1)) e impide denegarla por razón del secreto bancario (18(8))

## 18(9)-(29): las normas aplicables en ausencia de tratado
art18-dual-criminality-absent-assists = La conducta no constituye delito en el Estado requerido, { $requested }: este puede denegar la asistencia invocando la ausencia de doble incriminación, pero la presta de todos modos (según consta en el caso)
art18-dual-criminality-absent-declines = La conducta no constituye delito en el Estado requerido, { $requested }: este puede denegar la asistencia invocando la ausencia de doble incriminación, y no la presta en tales casos (según consta en el caso)
art18-dual-criminality-absent = La conducta no constituye delito en el Estado requerido, { $requested }: este puede denegar la asistencia invocando la ausencia de doble incriminación, aunque puede prestarla igualmente, en la medida en que decida hacerlo
art18-dual-criminality-present = La conducta constituye delito en el Estado requerido, { $requested }: la ausencia de doble incriminación no es motivo para denegar la asistencia
art18-dual-criminality-missing = No se indica si la conducta constituye delito en el Estado requerido, { $requested } (en caso negativo, este puede denegar la asistencia, art. 18(9))
art18-detained-persons = Una persona detenida puede ser trasladada para prestar testimonio si da libremente su consentimiento informado y ambos Estados lo acuerdan; custodia, devolución, ninguna solicitud de extradición, cómputo del tiempo de detención (18(11)); ningún enjuiciamiento por actos anteriores sin su consentimiento (18(12))
art18-central-authority-yes = La solicitud debe enviarse a la autoridad central del Estado requerido, { $requested }: { $authority }
art18-central-authority-missing = La autoridad central del Estado requerido, { $requested }, no consta en los datos; la solicitud se dirige a la autoridad que este haya designado (por vía diplomática si así lo exige; en casos urgentes, por conducto de INTERPOL si los Estados así lo acuerdan)
art18-language-stated = Por escrito (o por cualquier medio capaz de dejar constancia escrita), en un idioma aceptable para el Estado requerido, { $requested }: { $languages }
art18-language-notified = Por escrito (o por cualquier medio capaz de dejar constancia escrita), en un idioma aceptable para el Estado requerido, { $requested }: { $notification }
art18-language-missing = Los idiomas aceptables para el Estado requerido, { $requested }, no constan en los datos; la solicitud debe presentarse por escrito, en un idioma aceptable
art18-contents = La solicitud debe indicar: la autoridad que la formula; el objeto y la índole de las investigaciones, los procesos o las actuaciones judiciales y la autoridad encargada de ellos; un resumen de los hechos (salvo para la presentación de documentos judiciales); la asistencia solicitada y cualquier procedimiento particular que se desee; cuando sea posible, la identidad, la ubicación y la nacionalidad de las personas interesadas; la finalidad. El Estado requerido puede pedir información adicional (18(16))
art18-applicable-law = Se cumple con arreglo al derecho interno del Estado requerido y, en la medida en que no lo contravenga, conforme a los procedimientos especificados en la solicitud
art18-videoconference = El Estado requerido puede permitir que un testigo o perito que se encuentre en su territorio sea oído por videoconferencia cuando no sea posible o conveniente que comparezca en el territorio del Estado requirente
art18-use-limitation = El Estado requirente no puede transmitir ni utilizar lo que reciba para otros procesos sin el consentimiento previo del Estado requerido, salvo el material exculpatorio, previa notificación
art18-confidentiality = El Estado requirente puede exigir que se mantenga la reserva de la solicitud; si el Estado requerido no puede cumplir esa exigencia, debe hacerlo saber sin demora
art18-refusal-base = El Estado requerido, { $requested }, puede denegar la asistencia si (a) la solicitud no se ajusta al art. 18, o (b) su cumplimiento podría menoscabar su soberanía, su seguridad, su orden público u otros intereses fundamentales (según su propia apreciación)
art18-refusal-which-c = su derecho interno prohibiría a sus autoridades actuar así respecto de un delito análogo en el ámbito de su propia jurisdicción (18(21)(c))
art18-refusal-which-d = acceder a la solicitud sería contrario a su ordenamiento jurídico en materia de asistencia judicial recíproca (18(21)(d))
art18-refusal-conflict-bank-secrecy = Conflicto: según el caso, el derecho del Estado requerido, { $requested }, impide atender la solicitud ({ $which }) por razón del secreto bancario, pero el art. 18(8) excluye la denegación por ese motivo, y el art. 18(21)(c)/(d) no puede fundarse en él
art18-refusal-conflict-fiscal = Conflicto: según el caso, el derecho del Estado requerido, { $requested }, impide atender la solicitud ({ $which }) porque el delito entraña cuestiones tributarias, pero el art. 18(22) excluye la denegación por ese único motivo, y el art. 18(21)(c)/(d) no puede fundarse en él
art18-refusal-yes = { art18-refusal-base }; y su derecho prevé un motivo distinto del secreto bancario o de las cuestiones tributarias (según consta en el caso): { $which }
art18-refusal-no = { art18-refusal-base }; los motivos del art. 18(21)(c) y (d) no se aplican con arreglo a su derecho (según consta en el caso)
art18-refusal-depends = { art18-refusal-base }; (c) y (d) dependen de su derecho, para motivos distintos del secreto bancario (18(8)) y del carácter tributario del delito (18(22)), que ningún impedimento de derecho interno puede invocar
art18-reasons-for-refusal = Toda denegación de asistencia debe fundamentarse
art18-timeliness = El Estado requerido cumple la solicitud lo antes posible, teniendo en cuenta los plazos sugeridos por el Estado requirente, y responde a las solicitudes razonables de información sobre el estado de su tramitación
art18-postponement = El Estado requerido puede diferir el cumplimiento si perturba investigaciones, procesos o actuaciones judiciales en curso en su territorio
art18-consult-before-refusal = Antes de denegar la asistencia con arreglo al art. 18(21) o de diferir su cumplimiento con arreglo al art. 18(25), el Estado requerido debe consultar al Estado requirente para considerar si puede prestarse la asistencia con sujeción a condiciones
art18-safe-conduct = Un testigo o perito que acceda a acudir al Estado requirente no puede ser enjuiciado ni detenido allí por actos anteriores; esta protección cesa tras 15 días consecutivos durante los cuales haya tenido la oportunidad de salir del territorio
art18-costs = El Estado requerido sufraga los gastos ordinarios, salvo que se haya convenido otra cosa; los gastos cuantiosos o de carácter extraordinario se determinan mediante consultas
art18-government-records = El Estado requerido debe proporcionar copias de los documentos oficiales de acceso público, y puede proporcionar los que no lo sean, total o parcialmente o con sujeción a condiciones

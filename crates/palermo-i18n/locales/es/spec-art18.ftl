# Lo que examina cada constatación de art18.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art18.rs), en el orden del razonamiento.

spec-art18-1-first-limb = Primer supuesto del art. 18: un delito comprendido en la Convención.
spec-art18-1-reasonable-suspicion-transnational = ¿Tiene el Estado requirente motivos razonables para sospechar que el delito es de carácter transnacional (incluso porque víctimas, testigos, el producto, los instrumentos o las pruebas se encuentran en el Estado requerido)?
spec-art18-1-reasonable-suspicion-ocg = ¿Tiene el Estado requirente motivos razonables para sospechar que entraña la participación de un grupo delictivo organizado?
spec-art18-1-second-limb = Segundo supuesto del art. 18: un delito del art. 3(1)(a) o (b) y motivos razonables del Estado requirente para sospechar su carácter transnacional y la participación de un grupo.
spec-art18-2-legal-persons = Actuaciones relativas a un delito del que una persona jurídica pueda ser considerada responsable en el Estado requirente, de conformidad con el art. 10.
spec-art18-1-applies = ¿Se aplica el art. 18: primer supuesto, segundo supuesto o art. 18(2)?
spec-art18-legal-basis = ¿Puede la Convención ser la base jurídica de esta solicitud de asistencia judicial recíproca: en vigor entre los Estados, y se aplica el art. 18?
spec-art18-3-purposes = ¿Figura la asistencia solicitada entre los fines del art. 18(3)(a)-(h), o (i) es otro tipo de asistencia no contraria al derecho del Estado requerido?
spec-art18-4-spontaneous-information = Puede transmitirse información sin solicitud previa; el Estado que la recibe respeta su carácter confidencial (18(5)).
spec-art18-7-paragraphs-9-29 = ¿Rigen la solicitud los párrafos 9 a 29 (no hay tratado de asistencia judicial recíproca, o los Estados convinieron en aplicarlos)?
spec-art18-7-treaty-governs = Un tratado de asistencia judicial recíproca rige el procedimiento en lugar de los párrafos 9 a 29.
spec-art18-8-bank-secrecy = La asistencia no puede denegarse invocando el secreto bancario, ni siquiera con arreglo a un tratado.
spec-art18-9-may-decline-without-dual-criminality = En el marco de los párrafos 9 a 29: ¿puede el Estado requerido denegar la asistencia por falta de doble incriminación (motivo facultativo)?
spec-art18-10-transfer-of-detained-persons = Traslado temporal de una persona detenida para prestar testimonio, con su consentimiento y el acuerdo de los Estados (18(10)-(12)).
spec-art18-13-central-authority = ¿Consta en los datos la autoridad central del Estado requerido?
spec-art18-14-language = ¿Constan en los datos los idiomas aceptables para el Estado requerido?
spec-art18-15-contents = Lo que debe contener la solicitud (18(15)(a)-(f)); puede pedirse información adicional (18(16)).
spec-art18-17-applicable-law = Cumplimiento con arreglo al derecho del Estado requerido y, en la medida de lo posible, conforme a los procedimientos especificados en la solicitud.
spec-art18-18-videoconference = Audiencia por videoconferencia (facultativo).
spec-art18-19-use-limitation = El Estado requirente no puede utilizar lo obtenido en otras actuaciones sin consentimiento (excepción para la información exculpatoria).
spec-art18-20-confidentiality = Confidencialidad de la solicitud.
spec-art18-21-refusal-grounds = Los cuatro motivos de denegación del «minitratado»; (c) y (d) son cuestiones del derecho del Estado requerido, para motivos distintos del secreto bancario (18(8)) y de las cuestiones tributarias (18(22)): un impedimento basado en estos constituye un conflicto.
spec-art18-22-fiscal-not-sole-ground = La denegación no puede fundarse únicamente en que el delito también entraña cuestiones tributarias.
spec-art18-23-reasons-for-refusal = Toda denegación debe fundamentarse.
spec-art18-24-timeliness = Cumplir la solicitud lo antes posible; responder a las solicitudes de información sobre su estado.
spec-art18-25-postponement = Aplazamiento de la asistencia por perturbar investigaciones, procesos o actuaciones en curso (facultativo).
spec-art18-26-consult-before-refusal = Consultar antes de denegar o aplazar la asistencia, sobre una asistencia sujeta a condiciones.
spec-art18-27-safe-conduct = Salvoconducto para testigos y peritos; cesa tras quince días consecutivos en que la persona haya tenido la oportunidad de salir del territorio.
spec-art18-28-costs = Los gastos ordinarios corren a cargo del Estado requerido; los extraordinarios se determinan mediante consultas.
spec-art18-29-government-records = Deben facilitarse los documentos oficiales accesibles al público; los que no lo son pueden facilitarse.
spec-art18-30-agreements = Considerar la posibilidad de celebrar acuerdos que sirvan a los fines del art. 18 o mejoren sus disposiciones (se presenta cuando la Convención no ofrece base alguna).

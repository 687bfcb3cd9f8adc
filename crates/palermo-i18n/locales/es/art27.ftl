# CDOT, art. 27 (cooperación en materia de cumplimiento de la ley): mensajes de las conclusiones.

art27-cooperation = El Estado requirente ({ $requesting }) y el Estado requerido ({ $requested }) colaboran estrechamente, en consonancia con sus respectivos ordenamientos jurídicos y administrativos: canales de comunicación seguros, indagaciones sobre personas y el producto del delito, intercambio de información y oficiales de enlace, pronta detección de los delitos
art27-basis-named = El acuerdo «{ $name }» rige la cooperación directa entre sus organismos encargados de hacer cumplir la ley
art27-basis-agreement = Un acuerdo entre ambos Estados rige la cooperación directa entre sus organismos encargados de hacer cumplir la ley
art27-basis-none = Ningún acuerdo sobre cooperación directa en materia de cumplimiento de la ley vincula a ambos Estados: estos pueden considerar la Convención como la base de esa cooperación
art27-basis-unknown = A falta de un acuerdo sobre cooperación directa en materia de cumplimiento de la ley, los Estados pueden considerar la Convención como la base de esa cooperación
art27-technology = Los Estados procurarán colaborar para hacer frente a la delincuencia organizada transnacional cometida mediante el recurso a la tecnología moderna
art27-legal-basis-yes = Sí: a falta de un acuerdo propio, los Estados pueden considerar la Convención como la base para la cooperación en materia de cumplimiento de la ley respecto de este delito comprendido en la Convención; la obligación de colaborar estrechamente (art. 27(1)) se aplica en todo caso
art27-legal-basis-not-in-force = No: la Convención no está en vigor entre ambos Estados
art27-legal-basis-not-covered = No: el art. 27 se refiere a los delitos comprendidos en la Convención, y este no lo está
art27-legal-basis-open = Indeterminado: no está establecido si la Convención se aplica a esta cooperación

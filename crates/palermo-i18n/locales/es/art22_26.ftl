# CDOT, arts. 22 (antecedentes penales), 24 (testigos), 25 (víctimas) y 26
# (personas que cooperan): mensajes de las conclusiones.

## La disposición en la que se basa una conclusión ($article abajo).
art22-26-art22 = el art. 22
art22-26-art24 = el art. 24
art22-26-art24-3 = el art. 24(3)
art22-26-art25 = el art. 25
art22-26-art26-5 = el art. 26(5)

## Por qué una conclusión es negativa o queda abierta.
art22-26-not-covered = No: { $article } se refiere a los delitos comprendidos en la Convención, y este no lo está
art22-26-scope-open = Indeterminado: no está establecido si la Convención se aplica al delito, como exige { $article }
art22-26-not-in-force = No: la Convención no está en vigor entre ambos Estados
art22-26-in-force-open = Indeterminado: { $article } se aplica entre Estados respecto de los cuales la Convención está en vigor, y no está establecido si lo está entre estos dos

## Art. 22.
art22-no-conviction = El caso no menciona ninguna declaración de culpabilidad previa en el extranjero: no hay nada que tener en cuenta con arreglo al art. 22
art22-law-bars = La Convención lo permite, pero el derecho del Estado requirente ({ $requesting }) no permite a sus tribunales tener en cuenta la declaración de culpabilidad dictada en el extranjero ({ $states }) (según consta en el caso)
art22-yes = Sí, como facultad: el Estado requirente ({ $requesting }) puede tener en cuenta en sus actuaciones la previa declaración de culpabilidad de la persona en el extranjero ({ $states }), en las condiciones y para los fines que establezca su derecho

## Art. 24.
art24-protection-yes = Sí: el Estado requirente ({ $requesting }) adoptará medidas apropiadas dentro de sus posibilidades para proteger contra eventuales actos de represalia o intimidación a los testigos que presten testimonio sobre el delito, así como, cuando proceda, a sus familiares y demás personas cercanas; se incluye a las víctimas que sean testigos (art. 24(4)), y las medidas no deben menoscabar los derechos del acusado (art. 24(2))
art24-relocation-not-needed = No se requiere la reubicación en el extranjero (según consta en el caso): el art. 24(3) no entra en juego
art24-relocation-yes = Sí, como obligación de considerar: el Estado requirente ({ $requesting }) y el Estado requerido ({ $requested }) considerarán la posibilidad de celebrar un acuerdo o arreglo para la reubicación del testigo; la Convención no confiere por sí misma facultad alguna de reubicación, por lo que esta se basa en dicho acuerdo y en su derecho

## Art. 26(5).
art26-person-elsewhere = La persona que coopera se encuentra en el Estado { $located }, que no es ninguno de los dos Estados: el art. 26(5) se refiere a una persona que se encuentra en un Estado Parte y presta cooperación a otro, por lo que un acuerdo tendría que celebrarse entre el Estado { $located } y el Estado que recibe la cooperación
art26-agreement-yes = Sí, como facultad: la persona se encuentra en el Estado { $located } y puede prestar cooperación sustancial a las autoridades del Estado { $helped }; ambos Estados pueden considerar la posibilidad de celebrar un acuerdo en virtud del cual el Estado { $helped } conceda el trato previsto en el art. 26(2) (mitigación de la pena) o 26(3) (inmunidad judicial)
art26-agreement-yes-declaration = Sí, como facultad: la persona se encuentra en el Estado { $located } y puede prestar cooperación sustancial a las autoridades del Estado { $helped }; ambos Estados pueden considerar la posibilidad de celebrar un acuerdo en virtud del cual el Estado { $helped } conceda el trato previsto en el art. 26(2) (mitigación de la pena) o 26(3) (inmunidad judicial). El Estado { $helped } formuló una declaración con arreglo al art. 26(3) (véase la fuente) que limita la inmunidad

## Art. 25.
art25-assistance-protection-yes = Sí: el Estado requirente ({ $requesting }) adoptará medidas apropiadas dentro de sus posibilidades para prestar asistencia y protección a las víctimas, en particular en casos de amenaza de represalia o intimidación
art25-compensation-restitution-yes = Sí: el Estado requirente ({ $requesting }) establecerá procedimientos adecuados que permitan a las víctimas obtener indemnización y restitución
art25-views-concerns-yes = Sí: con sujeción a su derecho interno, el Estado requirente ({ $requesting }) permitirá que se presenten y examinen las opiniones y preocupaciones de las víctimas en las etapas apropiadas de las actuaciones penales, sin que ello menoscabe los derechos de la defensa

# Lo que examina cada constatación de art16.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art16.rs), en el orden del razonamiento.

spec-art16-1-first-limb = Primer supuesto del art. 16: un delito comprendido en la Convención.
spec-art16-1-second-limb = Segundo supuesto del art. 16: un delito del art. 3(1)(a) o (b) que entraña la participación de un grupo delictivo organizado, encontrándose la persona reclamada en el territorio del Estado requerido (no se exige el carácter transnacional).
spec-art16-1-dual-criminality = ¿Es la conducta punible con arreglo al derecho de ambos Estados? Condición de ambos supuestos (referida a la conducta; interpretación).
spec-art16-1-applies = ¿Se aplica el art. 16: primer o segundo supuesto, con doble incriminación?
spec-art16-2-separate-serious-crimes = Para una solicitud que abarca varios delitos distintos: ¿puede el Estado requerido aplicar el art. 16 a delitos graves distintos a los que el artículo no se aplica (facultativo)?
spec-art16-3-deemed-included = ¿Hay un tratado de extradición vigente entre los Estados? En tal caso, los delitos a los que se aplica el art. 16 se considerarán incluidos en él como casos de extradición.
spec-art16-5-a-notification = ¿Notificó el Estado requerido que considera la Convención como la base jurídica de la extradición? Sí, no, o nada registrado (indeterminado, nunca sí).
spec-art16-4-convention-as-basis = Un Estado que supedita la extradición a la existencia de un tratado y no tiene tratado de extradición con el Estado requirente puede considerar la Convención como la base jurídica de la extradición (facultativo); no procede cuando un tratado vincula a los dos Estados (la vía es entonces el art. 16(3)).
spec-art16-6-recognised-as-extraditable = Un Estado que no supedita la extradición a la existencia de un tratado (según el caso o según su notificación) debe reconocer los delitos como casos de extradición entre los Estados, con sujeción a las condiciones de su derecho; no se limita a los Estados sin tratado.
spec-art16-legal-basis = ¿Puede la Convención ser la base jurídica de esta extradición: en vigor entre los Estados, se aplica el art. 16 y existe una vía (16(3), 16(4) o 16(6))?
spec-art16-5-b-seek-treaties = Un Estado que no considera la Convención como base jurídica procurará celebrar tratados de extradición.
spec-art16-7-domestic-conditions = La extradición está sujeta al derecho del Estado requerido y a sus tratados: pena mínima, motivos de denegación, prueba. Preguntas de derecho interno art16.7.*.
spec-art16-8-expedite = Procurar agilizar los procedimientos de extradición y simplificar los requisitos probatorios.
spec-art16-9-provisional-arrest = El Estado requerido puede, si las circunstancias lo justifican y tienen carácter urgente, proceder a la detención de la persona a solicitud del Estado requirente (facultativo).
spec-art16-10-prosecute-if-not-extradited = Si la extradición se deniega por el solo hecho de que la persona es nacional, el Estado requerido está obligado, previa solicitud del Estado requirente, a someter el caso a sus autoridades competentes a efectos de enjuiciamiento; se examina siempre que se aplique el art. 16, cualquiera que sea la base jurídica; para una solicitud de ejecución de una condena, la vía para una persona aún no juzgada.
spec-art16-11-conditional-surrender = La entrega de un nacional a condición de que sea devuelto para cumplir la condena basta para cumplir la obligación del art. 16(10), si el derecho lo permite y ambos Estados lo acuerdan.
spec-art16-12-enforce-foreign-sentence = Si la extradición solicitada para ejecutar una condena se deniega por causa de la nacionalidad, el Estado requerido debe considerar la posibilidad de hacer cumplir la condena, si su derecho lo permite.
spec-art16-13-fair-treatment = Trato justo en todas las etapas del procedimiento.
spec-art16-14-discrimination-refusal = No hay obligación de extraditar cuando la solicitud persigue enjuiciar o castigar a una persona por alguno de los motivos enumerados (denegación permitida).
spec-art16-15-fiscal-not-sole-ground = La denegación no puede fundarse únicamente en que se considere que el delito también entraña cuestiones tributarias.
spec-art16-16-consult-before-refusal = Consultar al Estado requirente, cuando proceda, antes de denegar la extradición.
spec-art16-17-seek-agreements = Procurar celebrar acuerdos para llevar a cabo la extradición o aumentar su eficacia (se presenta cuando la Convención no ofrece vía alguna).

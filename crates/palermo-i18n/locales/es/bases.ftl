# Bases jurídicas concurrentes (bases.rs): otros instrumentos que, según el caso, pueden obligar a los dos Estados, examinados junto con la Convención.

## Un instrumento indicado sin nombre propio.
bases-name-bilateral = el tratado bilateral
bases-name-regional = la convención regional
bases-name-uncac = la Convención de las Naciones Unidas contra la Corrupción
bases-name-drugs = la Convención de 1988
bases-name-budapest = el Convenio de Budapest
bases-name-reciprocity = la reciprocidad
bases-name-other = el otro instrumento
# Otra base jurídica que el caso nombra, según su tipo; $name: su título, tal como lo escribe el caso.
bases-named-bilateral = el tratado bilateral «{ $name }»
bases-named-regional = la convención regional «{ $name }»
bases-named-other = el instrumento «{ $name }»

## Lo que ofrece en general cada tipo de instrumento.
bases-offers-bilateral = cooperación en los términos y con los motivos de denegación propios del tratado
bases-offers-regional = cooperación entre sus partes en sus propios términos
bases-offers-uncac = extradición (CNUCC, art. 44) y asistencia judicial recíproca (CNUCC, art. 46) respecto de los delitos de corrupción que tipifica
bases-offers-drugs = extradición (Convención de 1988, art. 6) y asistencia judicial recíproca (su art. 7) respecto de los delitos de tráfico de drogas de su art. 3(1)
bases-offers-budapest = extradición (Convenio de Budapest, art. 24) y asistencia mutua (sus arts. 25 a 34), incluida la conservación rápida de datos, respecto de los delitos informáticos y las pruebas electrónicas
bases-offers-reciprocity = cooperación por cortesía internacional, cuando el derecho de ambos Estados la permite sin tratado
bases-offers-other = cooperación en sus propios términos

## El tipo de cooperación solicitado.
bases-kind-extradition = la extradición
bases-kind-mla = la asistencia judicial recíproca
bases-kind-confiscation = el decomiso
bases-kind-transfer-sentenced = el traslado de personas condenadas
bases-kind-transfer-proceedings = la remisión de actuaciones penales
bases-kind-joint-investigation = las investigaciones conjuntas
bases-kind-special-techniques = las técnicas especiales de investigación
bases-kind-law-enforcement = la cooperación en materia de cumplimiento de la ley

## Cada uno de los demás instrumentos.
bases-other-yes = La presente solicitud también puede basarse en { $name }: esa base obliga a ambos Estados y alcanza al delito; ofrece { $offers }
bases-other-not-in-force = Según el caso, { $name } no obliga a ambos Estados
bases-other-kind = Según el caso, { $name } no prevé { $kind }
bases-other-offence = Según el caso, { $name } no alcanza a este delito
bases-other-open = No está resuelto si { $name } sirve en este caso; esa base ofrecería { $offers }

## Lo que sigue aplicándose de la Convención cuando otro tratado rige la cooperación.
bases-on-top-extradition = Cuando otro tratado de extradición vincula a los Estados, los delitos a los que se aplica el art. 16 se consideran incluidos en él como delitos que dan lugar a extradición (art. 16(3)), y siguen aplicándose las normas de la Convención sobre cuestiones tributarias, discriminación y consultas
bases-on-top-mla = Las obligaciones derivadas de otro tratado no se ven afectadas (art. 18(6)); cuando ese tratado rige el procedimiento (18(7)), siguen aplicándose la obligación de prestar asistencia prevista en la Convención (18(1)) y la prohibición de denegarla invocando el secreto bancario (18(8))
bases-on-top-confiscation = El art. 18 se aplica mutatis mutandis a las solicitudes de decomiso (art. 13(3)): las obligaciones derivadas de otro tratado no se ven afectadas (18(6)), el Estado Parte requerido actúa con arreglo a su derecho interno o a un tratado que lo vincule (13(4)), y un Estado que supedite esas medidas a la existencia de un tratado considerará la Convención como base convencional suficiente (13(6))
bases-on-top-other = Las disposiciones de la Convención se aplican junto con el otro instrumento; cada solicitud puede basarse en cualquiera de ellos

## Si la Convención es la única base.
bases-only-yes = Entre las bases jurídicas indicadas en el caso, la Convención es la única que sirve para esta solicitud
bases-only-others = Otras bases jurídicas también sirven para esta solicitud: { $names }
bases-only-none = Ni la Convención ni las demás bases jurídicas indicadas sirven para esta solicitud
bases-only-open = Si la Convención es la única base jurídica depende de hechos no indicados sobre los demás instrumentos

## Instrumentos que los datos registran entre los dos Estados (bases_data.rs).
bases-name-ece = el Convenio Europeo de Extradición (1957)
bases-name-ecma = el Convenio Europeo de Asistencia Judicial en Materia Penal (1959)
bases-name-eu = el Derecho de la Unión Europea entre Estados miembros
bases-offers-ece = extradición entre sus partes respecto de los delitos castigados por ambas legislaciones con una pena privativa de libertad de al menos un año (CEEx, art. 2)
bases-offers-ecma = la asistencia judicial en materia penal más amplia posible entre sus partes (CEAJ, art. 1)
bases-offers-eu = la entrega y la obtención de pruebas mediante el reconocimiento mutuo de resoluciones judiciales
bases-data-yes = Según los datos, { $name } obliga a { $a } (desde el { $a_from }) y a { $b } (desde el { $b_from }) y alcanza a la presente solicitud; ofrece { $offers }
bases-data-maybe = Según los datos, { $name } obliga a ambos Estados; que alcance a la presente solicitud depende de { $condition }
bases-data-not-bound = Según los datos, { $name } no obliga a { $state } en esta fecha: { $reason }
bases-data-unknown = Los datos no permiten saber si { $name } obliga a { $state } en esta fecha: { $reason }
bases-data-eu-eaw = Ambos Estados son miembros de la Unión Europea ({ $a } desde el { $a_from }, { $b } desde el { $b_from }): entre ellos, la orden de detención europea (Decisión Marco 2002/584/JAI) sustituye a la extradición, por lo que un profesional emitiría una orden de detención europea y no una solicitud de extradición
bases-data-eu-eio = Ambos Estados son miembros de la Unión Europea ({ $a } desde el { $a_from }, { $b } desde el { $b_from }): entre ellos, la orden europea de investigación (Directiva 2014/41/UE) sustituye a la mayor parte de la asistencia judicial recíproca, por lo que un profesional emitiría una orden europea de investigación y no una solicitud de asistencia
bases-data-eu-before = Ambos Estados son miembros de la Unión Europea, pero en esta fecha { $tool } aún no se aplicaba entre ellos (a partir del { $date })
bases-data-eu-eio-not-bound = Ambos Estados son miembros de la Unión Europea, pero la orden europea de investigación no obliga a { $state } (Dinamarca e Irlanda no participan en la Directiva 2014/41/UE): se aplican los tratados de asistencia
bases-data-eu-not-member = Según los datos, { $state } no es miembro de la Unión Europea en esta fecha: { $reason }
bases-data-eu-unknown = Los datos no permiten saber si { $state } es miembro de la Unión Europea en esta fecha: { $reason }
bases-tool-eaw = la orden de detención europea
bases-tool-eio = la orden europea de investigación
bases-cond-uncac = si la conducta, o el delito del que proceden los bienes blanqueados, es un delito de corrupción tipificado con arreglo a la CNUCC
bases-cond-drugs = si los bienes blanqueados proceden de un delito de tráfico de drogas del art. 3(1)(a) de la Convención de 1988
bases-cond-electronic = si el delito está relacionado con sistemas o datos informáticos, o si la solicitud busca pruebas en formato electrónico (Convenio de Budapest, art. 25(1))
bases-cond-threshold = si el delito está castigado por ambas legislaciones con una pena privativa de libertad de al menos un año (CEEx, art. 2(1))
bases-reason-not-yet = entra en vigor para ese Estado el { $date }
bases-reason-not-listed = la lista de partes al { $list } no lo menciona
bases-reason-signatory = lo había firmado sin haber consentido en obligarse al { $list }
bases-reason-withdrew = se retiró; su último día de participación fue el { $date }
bases-reason-after-list = la lista consultada refleja la situación al { $list }, y un consentimiento posterior no figuraría en ella
bases-reason-partial = la lista consultada es parcial y no lo menciona
bases-reason-eif-unrecorded = consintió el { $date }, pero la fuente consultada no indica la fecha de entrada en vigor
bases-preferred = Un profesional utilizaría normalmente { $name } para la presente solicitud: { $why }
bases-why-eu = entre Estados miembros, el reconocimiento mutuo sustituye a la extradición y a la mayor parte de las solicitudes de asistencia
bases-why-regional = el convenio regional que obliga a ambos Estados rige este tipo de solicitudes entre ellos, y las disposiciones de la Convención se aplican a la par
bases-why-specific = es la convención concebida para este tipo de delito, en vigor entre ambos Estados

# Artículo 16 (extradición): las conclusiones del art. 16(1) a 16(17), desde la aplicabilidad del artículo hasta la base jurídica y lo que acompaña a una solicitud.
# $requesting y $requested: los dos Estados de la solicitud (nombre y código, o solo el código); $state: otro Estado. Véase docs/translations/h1.md.

## 16(1): doble incriminación.
art16-punishable = punible
art16-not-punishable = no punible
art16-punishable-unknown = de punibilidad no determinada

art16-dual-criminality = La conducta { $in_requesting ->
        [art16-punishable] es punible
        [art16-not-punishable] no es punible
       *[other] es de punibilidad no determinada
    } con arreglo al derecho interno del Estado requirente, { $requesting }, y { $in_requested ->
        [art16-punishable] es punible
        [art16-not-punishable] no es punible
       *[other] es de punibilidad no determinada
    } con arreglo al del Estado requerido, { $requested }{ $fails ->
        [true] : falta la doble incriminación, condición común a ambos supuestos
       *[false] {""}
    }

## 16(1): los dos supuestos y la aplicabilidad del artículo.
art16-first-limb-yes = Primer supuesto: un delito comprendido en la presente Convención
art16-first-limb-no = No se cumple el primer supuesto: el delito no está comprendido en la presente Convención
art16-first-limb-open = Primer supuesto: no está resuelto si el delito está comprendido en la presente Convención
art16-second-limb-yes = Segundo supuesto: un delito de los previstos en el art. 3(1)(a) o (b) que entraña la participación de un grupo delictivo organizado, y la persona reclamada se encuentra en el territorio del Estado requerido, { $requested } (no se exige el carácter transnacional)
art16-second-limb-elsewhere = No se cumple el segundo supuesto: la persona reclamada se encuentra en el territorio del Estado { $state }, no en el del Estado requerido, { $requested }
art16-second-limb-no = No se cumple el segundo supuesto: no hay ningún delito de los previstos en el art. 3(1)(a) o (b) que entrañe la participación de un grupo delictivo organizado
art16-second-limb-open = Segundo supuesto: no está resuelto (tipo de delito, participación de un grupo o lugar en que se encuentra la persona)
art16-applies-both-limbs = El artículo 16 se aplica (ambos supuestos) y se cumple la doble incriminación
art16-applies-first-limb = El artículo 16 se aplica (primer supuesto: delito comprendido en la Convención) y se cumple la doble incriminación
art16-applies-second-limb = El artículo 16 se aplica (segundo supuesto: persona que se encuentra en el Estado requerido) y se cumple la doble incriminación
art16-applies-not-in-force = El artículo 16 no se aplica: la Convención no está en vigor entre los dos Estados
art16-applies-no-dual-criminality = El artículo 16 no se aplica: la conducta no es punible en ambos Estados
art16-applies-no-limb = El artículo 16 no se aplica: no se cumple ninguno de los dos supuestos del art. 16(1)
art16-applies-open = No está resuelto si se aplica el artículo 16

## 16(2): delitos graves distintos que quedan fuera del artículo. $offence: número del delito en la solicitud.
art16-separate-serious-yes = El delito n.º { $offence } queda fuera del art. 16, pero es un delito grave distinto: el Estado requerido, { $requested }, puede aplicarle también el artículo
art16-separate-serious-no = El delito n.º { $offence } queda fuera del art. 16 y no es un delito grave: el art. 16(2) no lo alcanza
art16-separate-serious-open = El delito n.º { $offence } queda fuera del art. 16; no está resuelto si es un delito grave (a efectos del art. 16(2))

## 16(5)(a): la notificación del Estado requerido, leída para esta solicitud.
art16-notification-takes = El Estado requerido, { $requested }, considera la Convención como la base jurídica de la extradición
art16-notification-declines = El Estado requerido, { $requested }, no considera la Convención como la base jurídica de la extradición
art16-notification-declines-own-law = El Estado requerido, { $requested }, no considera la Convención como la base jurídica de la extradición; su notificación indica que concede la extradición con arreglo a su propio derecho, a sus tratados y sobre la base de la reciprocidad
art16-notification-reciprocal-met = El Estado requerido, { $requested }, considera la Convención como la base jurídica respecto de los Estados Parte que hagan lo mismo, y el Estado requirente, { $requesting }, lo hace
art16-notification-reciprocal-not-met = El Estado requerido, { $requested }, considera la Convención como la base jurídica solo a condición de reciprocidad, y el Estado requirente, { $requesting }, no la considera como tal
art16-notification-reciprocal-unknown = El Estado requerido, { $requested }, considera la Convención como la base jurídica solo respecto de los Estados Parte que hagan lo mismo; no consta si el Estado requirente, { $requesting }, lo hace
art16-notification-like-case-national = El Estado requerido, { $requested }, considera la Convención como la base jurídica solo a condición de reciprocidad; el Estado requirente, { $requesting }, la considera como tal salvo respecto de sus propios nacionales, de modo que en un caso análogo (un nacional del Estado requerido) no lo haría: la reciprocidad no se cumple respecto de esta persona, nacional del Estado requerido (interpretación)
art16-notification-like-case-other = El Estado requerido, { $requested }, considera la Convención como la base jurídica solo a condición de reciprocidad; el Estado requirente, { $requesting }, la considera como tal salvo respecto de sus propios nacionales, lo que no afecta al presente caso: la persona no es nacional del Estado requerido (interpretación)
art16-notification-like-case-unknown = El Estado requerido, { $requested }, considera la Convención como la base jurídica solo a condición de reciprocidad; el Estado requirente, { $requesting }, la considera como tal salvo respecto de sus propios nacionales, de modo que la reciprocidad depende de si la persona es nacional del Estado requerido, lo que no se indica
art16-notification-except-nationals-national = El Estado requerido, { $requested }, considera la Convención como la base jurídica, pero no para entregar a sus propios nacionales, y la persona es uno de ellos
art16-notification-except-nationals-other = El Estado requerido, { $requested }, considera la Convención como la base jurídica, salvo respecto de sus propios nacionales; la persona no es nacional suyo
art16-notification-except-nationals-unknown = El Estado requerido, { $requested }, considera la Convención como la base jurídica, salvo respecto de sus propios nacionales; no se indica la nacionalidad de la persona
art16-notification-treaty-unstated = El Estado requerido, { $requested }, notificó que supedita la extradición a la existencia de un tratado, sin indicar si considera la Convención como tal
art16-notification-content-unknown = El Estado requerido, { $requested }, hizo una notificación en virtud del art. 16(5)(a) cuyo contenido no figura en los datos
art16-notification-none = No consta ninguna notificación del Estado requerido, { $requested }, en virtud del art. 16(5)(a) (la lista incluida está incompleta); por tanto, se desconoce si considera la Convención como base jurídica
# $reading: uno de los mensajes anteriores; un tratado de extradición vincula a los dos Estados.
art16-notification-not-deciding = { $reading }; ello no decide la presente solicitud: un tratado de extradición vincula al Estado requirente, { $requesting }, y al Estado requerido, { $requested }, por lo que la vía es el art. 16(3), no el art. 16(4)

## 16(3): delitos que se consideran incluidos en un tratado de extradición. $name: nombre del tratado tal como lo da el caso.
art16-deemed-included-yes = Un tratado de extradición vincula a los dos Estados: los delitos a los que se aplica el art. 16 se consideran incluidos en él entre los delitos que dan lugar a extradición
art16-deemed-included-yes-named = El tratado de extradición «{ $name }» vincula a los dos Estados: los delitos a los que se aplica el art. 16 se consideran incluidos en él entre los delitos que dan lugar a extradición
art16-deemed-included-no = Ningún tratado de extradición vincula a los dos Estados; por tanto, el art. 16(3) no tiene tratado alguno que complementar
art16-deemed-included-open = No se indica si un tratado de extradición vincula a los dos Estados

## 16(4): la Convención como base jurídica. $treaty_unknown: no se indica si un tratado vincula a los Estados; $requires_unknown: no se indica si el Estado requerido supedita la extradición a la existencia de un tratado.
art16-convention-basis-not-engaged = No procede: un tratado de extradición vincula a los dos Estados, y el art. 16(4) solo abarca las solicitudes de un Estado con el que el Estado requerido no tenga tratado de extradición (la vía es el art. 16(3))
art16-convention-basis-not-engaged-named = No procede: el tratado de extradición «{ $name }» vincula a los dos Estados, y el art. 16(4) solo abarca las solicitudes de un Estado con el que el Estado requerido no tenga tratado de extradición (la vía es el art. 16(3))
art16-convention-basis-not-needed = El Estado requerido, { $requested }, no supedita la extradición a la existencia de un tratado ({ $inferred ->
        [true] según consta en su notificación en virtud del art. 16(5)(a)
       *[false] según consta en el caso
    }), por lo que el art. 16(4) no es necesario (se aplica el art. 16(6))
art16-convention-basis-not-needed-law = El Estado requerido, { $requested }, no supedita la extradición a la existencia de un tratado (según consta en los datos sobre el derecho de extradición), por lo que el art. 16(4) no es necesario (se aplica el art. 16(6))
art16-convention-basis-may-if-no-treaty = Si ningún tratado de extradición vincula a los dos Estados: { $requires_unknown ->
        [true] si el Estado requerido, { $requested }, supedita la extradición a la existencia de un tratado, puede
       *[false] el Estado requerido, { $requested }, puede
    } considerar la Convención como la base jurídica (a su discreción); el art. 16(4) solo es aplicable si ningún tratado de extradición vincula a los dos Estados, lo que no se indica
art16-convention-basis-may = { $requires_unknown ->
        [true] Si el Estado requerido, { $requested }, supedita la extradición a la existencia de un tratado, puede
       *[false] El Estado requerido, { $requested }, puede
    } considerar la Convención como la base jurídica (a su discreción)
art16-convention-basis-declines = { $treaty_unknown ->
        [true] Si ningún tratado de extradición vincula a los dos Estados: { $requires_unknown ->
            [true] si el Estado requerido, { $requested }, supedita la extradición a la existencia de un tratado, no
           *[false] el Estado requerido, { $requested }, no
        }
       *[false] { $requires_unknown ->
            [true] Si el Estado requerido, { $requested }, supedita la extradición a la existencia de un tratado, no
           *[false] El Estado requerido, { $requested }, no
        }
    } considera la Convención como la base jurídica: no hay vía en virtud del art. 16(4)
art16-convention-basis-open = { $treaty_unknown ->
        [true] Si ningún tratado de extradición vincula a los dos Estados: { $requires_unknown ->
            [true] si el Estado requerido, { $requested }, supedita la extradición a la existencia de un tratado, no está resuelto si considera
           *[false] no está resuelto si el Estado requerido, { $requested }, considera
        }
       *[false] { $requires_unknown ->
            [true] Si el Estado requerido, { $requested }, supedita la extradición a la existencia de un tratado, no está resuelto si considera
           *[false] No está resuelto si el Estado requerido, { $requested }, considera
        }
    } la Convención como la base jurídica

## 16(6): un Estado que no supedita la extradición a la existencia de un tratado. $inferred: deducido de su notificación en virtud del art. 16(5)(a), no indicado en el caso.
art16-recognised-own-law = El Estado requerido, { $requested }, no supedita la extradición a la existencia de un tratado (según consta en su notificación en virtud del art. 16(5)(a): concede la extradición con arreglo a su propio derecho, a sus tratados y sobre la base de la reciprocidad): debe reconocer los delitos a los que se aplica el art. 16 como casos de extradición entre los dos Estados, con sujeción a las condiciones de su derecho (art. 16(7)), como la reciprocidad
art16-recognised = El Estado requerido, { $requested }, no supedita la extradición a la existencia de un tratado ({ $inferred ->
        [true] según consta en su notificación en virtud del art. 16(5)(a)
       *[false] según consta en el caso
    }): debe reconocer los delitos a los que se aplica el art. 16 como casos de extradición entre los dos Estados, con sujeción a las condiciones de su derecho (art. 16(7))
art16-recognised-not-applicable = El Estado requerido, { $requested }, supedita la extradición a la existencia de un tratado ({ $inferred ->
        [true] según se deduce de su opción en virtud del art. 16(5)(a)
       *[false] según consta en el caso
    }), por lo que no se aplica el art. 16(6)
art16-recognised-open = No se indica si el Estado requerido, { $requested }, supedita la extradición a la existencia de un tratado
# Según los datos sobre el derecho de extradición (un registro del derecho del Estado, que se cita). $requesting: el Estado requirente, cuyo trato por un derecho mixto es decisivo.
art16-recognised-law = El Estado requerido, { $requested }, no supedita la extradición a la existencia de un tratado (según consta en los datos sobre el derecho de extradición): debe reconocer los delitos a los que se aplica el art. 16 como casos de extradición entre los dos Estados, con sujeción a las condiciones de su derecho (art. 16(7))
art16-recognised-not-applicable-law = El Estado requerido, { $requested }, supedita la extradición a la existencia de un tratado (según consta en los datos sobre el derecho de extradición), por lo que no se aplica el art. 16(6)
art16-recognised-open-mixed = No está resuelto si el Estado requerido, { $requested }, supedita la extradición a la existencia de un tratado: según los datos sobre el derecho de extradición, su derecho es mixto (exige un tratado o acuerdo respecto de algunos Estados y no de otros), por lo que depende de cómo trate su derecho al Estado requirente, { $requesting }
# $reading: uno de los mensajes anteriores sobre el art. 16(6), deducido de la notificación en virtud del art. 16(5)(a); los datos sobre el derecho de extradición indican lo contrario.
art16-law-record-overridden = { $reading }; los datos sobre el derecho de extradición indican lo contrario respecto del Estado requerido, { $requested }, pero se considera que prevalece su notificación en virtud del art. 16(5)(a) (interpretación)

## La respuesta: si la Convención proporciona una base jurídica para la extradición, y por qué vía.
art16-basis-yes-treaty = Sí: el delito se considera incluido en el tratado de extradición que vincula a los dos Estados (art. 16(3)); la extradición sigue sujeta al derecho interno y a los tratados del Estado requerido, { $requested } (art. 16(7))
art16-basis-yes-treaty-named = Sí: el delito se considera incluido en el tratado de extradición «{ $name }» (art. 16(3)); la extradición sigue sujeta al derecho interno y a los tratados del Estado requerido, { $requested } (art. 16(7))
art16-basis-yes-own-law = Sí: el Estado requerido, { $requested }, declaró que no considera la Convención como la base jurídica, pero concede la extradición sin tratado (con arreglo a su propio derecho y sobre la base de la reciprocidad), por lo que el art. 16(6) le obliga a tratar el delito como caso de extradición con arreglo a su propio derecho y en las condiciones de este; la extradición sigue sujeta a su derecho interno y a sus tratados (art. 16(7))
art16-basis-yes-no-treaty-needed = Sí: el Estado requerido, { $requested }, no supedita la extradición a la existencia de un tratado y debe reconocer el delito como caso de extradición (art. 16(6)); la extradición sigue sujeta a su derecho interno y a sus tratados (art. 16(7))
art16-basis-yes-convention = Sí: el Estado requerido, { $requested }, supedita la extradición a la existencia de un tratado y considera, a su discreción, la Convención como la base jurídica (arts. 16(4) y 16(5)(a)); la extradición sigue sujeta a su derecho interno y a sus tratados (art. 16(7))
art16-basis-yes-convention-or-no-treaty = Sí: el Estado requerido, { $requested }, considera la Convención como base jurídica: el art. 16(4) ofrece una vía, a su discreción, si supedita la extradición a la existencia de un tratado, y el art. 16(6), si no lo hace; se indica la más débil de las dos obligaciones; la extradición sigue sujeta a su derecho interno y a sus tratados (art. 16(7))
art16-basis-yes-treaty-or-convention = Sí: no se indica si un tratado de extradición vincula a los dos Estados, pero en ambos casos hay una vía: el art. 16(3) si existe un tratado, y el art. 16(4), a discreción del Estado requerido, si no existe; se indica la más débil de las dos obligaciones; la extradición sigue sujeta al derecho interno y a los tratados del Estado requerido, { $requested } (art. 16(7))
art16-basis-yes-treaty-or-no-treaty-needed = Sí: no se indica si un tratado de extradición vincula a los dos Estados, pero en ambos casos hay una vía: el art. 16(3) si existe un tratado, y el art. 16(6) si no existe; se indica la más débil de las dos obligaciones; la extradición sigue sujeta al derecho interno y a los tratados del Estado requerido, { $requested } (art. 16(7))
art16-basis-yes-treaty-or-either = Sí: no se indica si un tratado de extradición vincula a los dos Estados, pero en ambos casos hay una vía: el art. 16(3) si existe un tratado, y el art. 16(4) o el 16(6) si no existe; se indica la más débil de las dos obligaciones; la extradición sigue sujeta al derecho interno y a los tratados del Estado requerido, { $requested } (art. 16(7))
art16-basis-yes = Sí; la extradición sigue sujeta al derecho interno y a los tratados del Estado requerido, { $requested } (art. 16(7))
art16-basis-no-not-in-force = No: la Convención no está en vigor entre los dos Estados
art16-basis-no-not-applicable = No: el artículo 16 no se aplica al delito o los delitos
art16-basis-no-route = No: no existe tratado de extradición entre el Estado requirente, { $requesting }, y el Estado requerido, { $requested }; este no considera la Convención como la base jurídica y supedita la extradición a la existencia de un tratado
art16-basis-open = Indeterminado: { $n ->
        [one] falta { $n } hecho
       *[other] faltan { $n } hechos
    }

## 16(5)(b) y 16(17): no hay vía; la obligación de procurar celebrar tratados y acuerdos.
art16-seek-treaties = El Estado requerido, { $requested }, no considera la Convención como base jurídica; procurará, cuando proceda, celebrar tratados de extradición con otros Estados Parte
art16-seek-agreements = Los Estados procurarán celebrar acuerdos o arreglos bilaterales y multilaterales para llevar a cabo la extradición o aumentar su eficacia

## 16(7): el derecho propio del Estado requerido. Cada impedimento es un elemento de la lista $bars.
art16-bar-minimum-penalty = no se alcanza el umbral de pena mínima
art16-bar-political-offence = la excepción de delito político impide la extradición
art16-bar-death-penalty = la norma relativa a la pena de muerte impide la extradición
art16-bar-ne-bis-in-idem = el principio ne bis in idem impide la extradición
art16-bar-limitation = la prescripción impide la extradición
art16-bar-evidence = no se cumplen los requisitos probatorios
art16-domestic-bars = El derecho del Estado requerido, { $requested }, impide la extradición (según consta en el caso): { $bars }
art16-domestic-met = Se cumplen las condiciones del derecho del Estado requerido, { $requested }, según consta en el caso (pena mínima, motivos de denegación, prueba)
art16-domestic-open = La extradición está sujeta al derecho interno y a los tratados del Estado requerido, { $requested }: pena mínima, motivos de denegación (delito político, pena de muerte, ne bis in idem, prescripción), requisitos probatorios; la propia Convención no establece ninguno de estos motivos

## 16(8), 16(9), 16(13), 16(14), 16(16).
art16-expedite = Con sujeción a su derecho interno, los Estados procurarán agilizar los procedimientos de extradición y simplificar los requisitos probatorios
art16-provisional-arrest = En caso de urgencia, el Estado requerido, { $requested }, puede, previa solicitud del Estado requirente, { $requesting }, proceder a la detención de la persona o adoptar otras medidas para garantizar su comparecencia en el procedimiento, con sujeción a su derecho interno y a sus tratados
art16-fair-treatment = Se garantiza a la persona un trato justo en todas las etapas del procedimiento, incluido el goce de todos los derechos y garantías previstos por el derecho interno del Estado en cuyo territorio se encuentre
art16-discrimination-refusal = El Estado requerido, { $requested }, no está obligado a conceder la extradición si tiene motivos justificados para presumir que la solicitud se ha presentado con el fin de castigar a la persona en razón de su sexo, raza, religión, nacionalidad, origen étnico u opiniones políticas (lista cerrada; otros motivos solo con arreglo a su propio derecho)
art16-consult-before-refusal = Antes de denegar la extradición, el Estado requerido, { $requested }, consultará, cuando proceda, al Estado requirente, { $requesting }, para darle la oportunidad de presentar sus opiniones e información

## 16(10): un nacional del Estado requerido: enjuiciamiento en lugar de extradición.
art16-prosecute-nationality-open = No se indica si la persona es nacional del Estado requerido, { $requested }; de serlo, si ese Estado deniega la extradición por ese solo motivo, estará obligado, previa solicitud del Estado requirente, { $requesting }, a someter el caso a sus autoridades competentes a efectos de enjuiciamiento
art16-prosecute-not-national = La persona no es nacional del Estado requerido, { $requested }: no nace la obligación de enjuiciar en lugar de extraditar
art16-prosecute-extradites-nationals = La persona es nacional del Estado requerido, { $requested }, pero ese Estado extradita a sus nacionales (según consta en el caso): no nace la obligación
art16-prosecute-enforcement-allowed = La extradición se solicita para el cumplimiento de una condena, por lo que prevalece el art. 16(12); el derecho del Estado requerido, { $requested }, permite enjuiciar a la persona pese a la sentencia extranjera (según consta en el caso), por lo que, si ese Estado deniega la extradición únicamente por ser la persona uno de sus nacionales, estará obligado, previa solicitud del Estado requirente, { $requesting }, a someter el caso a efectos de enjuiciamiento
art16-prosecute-enforcement-barred = La extradición se solicita para el cumplimiento de una condena, por lo que prevalece el art. 16(12); el derecho del Estado requerido, { $requested }, impide enjuiciar de nuevo a la persona tras la sentencia extranjera (según consta en el caso), por lo que el art. 16(10), la vía para una persona aún no juzgada, no ofrece nada en este caso
art16-prosecute-enforcement-open = La extradición se solicita para el cumplimiento de una condena, por lo que prevalece el art. 16(12); el art. 16(10) (someter el caso a efectos de enjuiciamiento) es la vía para una persona aún no juzgada: si el Estado requerido, { $requested }, podría enjuiciarla tras la sentencia extranjera es una cuestión de ne bis in idem que corresponde a su derecho
art16-prosecute-duty = La persona es nacional del Estado requerido, { $requested }, que no extradita a sus nacionales (según consta en el caso): si deniega la extradición por ese solo motivo, estará obligado, previa solicitud del Estado requirente, { $requesting }, a someter el caso sin demora injustificada a sus autoridades competentes a efectos de enjuiciamiento (véase el art. 15(3))
art16-prosecute-duty-either-way = La persona es nacional del Estado requerido, { $requested }, que no extradita a sus nacionales, y podría ser enjuiciada allí incluso después de una sentencia extranjera (según consta en el caso): tanto si la extradición se solicita para su enjuiciamiento como para el cumplimiento de una condena, si ese Estado la deniega por ese solo motivo, estará obligado, previa solicitud del Estado requirente, { $requesting }, a someter el caso a efectos de enjuiciamiento (véase el art. 15(3))
art16-prosecute-duty-if-trial = La persona es nacional del Estado requerido, { $requested }, que no extradita a sus nacionales (según consta en el caso): si la extradición se solicita para su enjuiciamiento, ese Estado, en caso de denegación por ese solo motivo, estará obligado a someter el caso a efectos de enjuiciamiento previa solicitud del Estado requirente, { $requesting }; no se indica si se solicita para el cumplimiento de una condena (en cuyo caso prevalece el art. 16(12))
art16-prosecute-depends = La persona es nacional del Estado requerido, { $requested }; que su derecho permita o no extraditar a sus nacionales determina si, en caso de denegación por ese solo motivo, está obligado a enjuiciarla previa solicitud del Estado requirente, { $requesting } (véase el art. 15(3))

## 16(11): entrega condicional de un nacional.
art16-surrender-nationality-open = No se indica si la persona es nacional del Estado requerido, { $requested } (la entrega condicional de un nacional, art. 16(11), bastaría para cumplir la obligación del art. 16(10))
art16-surrender-not-national = La persona no es nacional del Estado requerido, { $requested }: la entrega condicional no procede
art16-surrender-not-needed = El Estado requerido, { $requested }, extradita a sus nacionales (según consta en el caso): la entrega condicional no es necesaria
art16-surrender-allowed = El derecho del Estado requerido, { $requested }, permite la entrega de un nacional a condición de que sea devuelto para cumplir la condena: si ambos Estados lo acuerdan, ello basta para cumplir la obligación del art. 16(10)
art16-surrender-barred = El derecho del Estado requerido, { $requested }, no permite la entrega condicional de sus nacionales (según consta en el caso)
art16-surrender-depends = Corresponde al derecho del Estado requerido, { $requested }, determinar si permite la entrega de un nacional a condición de que sea devuelto para cumplir la condena

## 16(12): cumplimiento de una condena extranjera en lugar de la entrega de un nacional.
art16-enforce-not-sought = La extradición se solicita a efectos de enjuiciamiento, no para el cumplimiento de una condena
art16-enforce-not-national = La persona no es nacional del Estado requerido, { $requested }: el art. 16(12) (cumplimiento de la condena en lugar de la entrega de un nacional) no procede
art16-enforce-extradites-nationals = El Estado requerido, { $requested }, extradita a sus nacionales (según consta en el caso): no hay denegación por ese motivo a la que pueda seguir el art. 16(12)
art16-enforce-open = No se indica si la extradición se solicita para el cumplimiento de una condena ya impuesta
art16-enforce-nationality-open = La extradición se solicita para el cumplimiento de una condena; no se indica si la persona es nacional del Estado requerido, { $requested } (requisito para que el art. 16(12) se aplique en caso de denegación por ese motivo)
art16-enforce-consider = La extradición se solicita para el cumplimiento de una condena: si el Estado requerido, { $requested }, se niega a entregar a su nacional, considerará, previa solicitud del Estado requirente, { $requesting }, la posibilidad de hacer cumplir la condena impuesta o el resto pendiente de ella (su derecho lo permite)
art16-enforce-barred = El derecho del Estado requerido, { $requested }, no permite hacer cumplir la condena extranjera (según consta en el caso)
art16-enforce-depends = La extradición se solicita para el cumplimiento de una condena: si el Estado requerido, { $requested }, se niega a entregar a su nacional, considerará la posibilidad de hacer cumplir la condena, si su derecho lo permite

## 16(15), también para el art. 18(22) por medio del art. 13(3) y del art. 18: cuestiones tributarias. $citation: la disposición aplicada.
art16-fiscal-yes = El delito entraña también cuestiones tributarias: el Estado requerido, { $requested }, no puede denegar la solicitud únicamente por ese motivo
art16-fiscal-no = El delito no entraña cuestiones tributarias: { $citation } no entra en juego
art16-fiscal-open = No se indica si el delito entraña también cuestiones tributarias (de ser así, ese no puede ser el único motivo de denegación)

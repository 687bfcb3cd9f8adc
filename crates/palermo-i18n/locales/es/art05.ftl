# CDOT art. 5, penalización de la participación en un grupo delictivo organizado: el acuerdo (5(1)(a)(i)), la participación activa (5(1)(a)(ii)), la organización (5(1)(b)).

## Art. 5(1)(a)(i): el modelo del acuerdo.
art05-agreement-yes = Acuerdo con otra persona de cometer un delito grave, con un propósito que guarda relación con la obtención de un beneficio económico u otro beneficio de orden material, realizado intencionalmente: el modelo del acuerdo del art. 5(1)(a)(i)
art05-agreement-not-serious = El delito objeto del acuerdo no es un delito grave: fuera del modelo del acuerdo del art. 5(1)(a)(i)
art05-agreement-not-intentional = No se realizó intencionalmente: fuera del art. 5(1)(a)(i)
art05-agreement-no-benefit = El acuerdo no perseguía un beneficio económico u otro beneficio de orden material: fuera del art. 5(1)(a)(i)
art05-agreement-undetermined = No está resuelto si el acuerdo queda comprendido en el art. 5(1)(a)(i): no se indica un elemento
# Cláusulas que se añaden a la explicación del acuerdo con art05-then.
art05-overt-act-done = se perpetró un acto para llevar adelante el acuerdo, como exige el derecho de algunos Estados
art05-overt-act-not-done = no se perpetró ningún acto para llevar adelante el acuerdo, lo que no aceptarán los Estados que lo exigen (5(3))
art05-notified-content-unknown = { $state } notificó con arreglo al art. 5(3) lo que su derecho añade a este delito; no consta el contenido de la notificación
# `summary`: la notificación tal como la resumen los datos.
art05-notified = { $state } notificó con arreglo al art. 5(3): { $summary }
# Dos cláusulas de una misma explicación.
art05-then = { $first }; { $then }

## Art. 5(1)(a)(ii): el modelo de la participación activa.
art05-participation-criminal-activities = Participación activa, a sabiendas de la finalidad o la intención del grupo, en actividades ilícitas de un grupo delictivo organizado: el modelo de la participación del art. 5(1)(a)(ii)(a)
art05-participation-other-activities = Participación activa en otras actividades del grupo, a sabiendas de su finalidad y de que la participación contribuirá a su logro: art. 5(1)(a)(ii)(b)
art05-participation-not-ocg = El grupo no es un grupo delictivo organizado (art. 2(a)), como exige el art. 5(1)(a)(ii)
art05-participation-aim-unknown = La persona no conocía la finalidad ni la intención del grupo: fuera del art. 5(1)(a)(ii)
art05-participation-contribution-unknown = Participar en otras actividades del grupo sin saber que ello contribuye a la finalidad delictiva queda fuera del art. 5(1)(a)(ii)(b)
art05-participation-not-intentional = No se realizó intencionalmente: fuera del art. 5(1)(a)(ii)
art05-participation-undetermined = No está resuelto si la participación queda comprendida en el art. 5(1)(a)(ii): no se indica un elemento

## Art. 5(1)(b): organización, dirección, ayuda, incitación, facilitación o asesoramiento.
art05-organizing-yes = La organización, dirección, ayuda, incitación, facilitación o asesoramiento en aras de la comisión de un delito grave que entrañe la participación de un grupo delictivo organizado: un delito que todo Estado Parte debe tipificar (5(1)(b))
art05-organizing-not-serious = El delito organizado no es un delito grave: fuera del art. 5(1)(b)
art05-organizing-no-ocg = No participa ningún grupo delictivo organizado: fuera del art. 5(1)(b)
art05-organizing-not-intentional = No se realizó intencionalmente: fuera del art. 5(1)(b)
art05-organizing-undetermined = No está resuelto si la conducta queda comprendida en el art. 5(1)(b): no se indica un elemento

## Art. 5: el delito.
art05-offence-no-conduct = No se indica ninguna de las conductas del art. 5(1): no hay delito de participación
art05-offence-organizing = Delito de participación en un grupo delictivo organizado con arreglo al art. 5(1)(b), que todo Estado Parte debe tipificar
art05-offence-both-models = La conducta queda comprendida en los dos modelos del art. 5(1)(a), por lo que constituye delito sea cual sea el modelo que haya elegido un Estado Parte
art05-offence-adopted-model = La conducta queda comprendida en el modelo del art. 5(1)(a) adoptado por el derecho del Estado que califica el delito (indicado en el caso)
art05-offence-no = No es un delito de participación en un grupo delictivo organizado con arreglo al art. 5
art05-offence-one-model = La conducta solo queda comprendida en uno de los modelos del art. 5(1)(a); cada Estado Parte elige uno de ellos o ambos, por lo que determinar si constituye delito en un Estado corresponde al derecho de ese Estado
art05-offence-undetermined = No está resuelto si la conducta constituye un delito del art. 5: no se indica un elemento

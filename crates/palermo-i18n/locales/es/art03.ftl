# CDOT art. 3, ámbito de aplicación: carácter transnacional (3(2)), delitos comprendidos (3(1)), delitos de los Protocolos en virtud de su art. 1(3).

## Art. 3(2)(a): cometido en más de un Estado.
art03-2a-no-place = No se indica ningún lugar de comisión
art03-2a-one-state = Cometido en un solo Estado ({ $state })
art03-2a-several-states = Cometido en más de un Estado ({ $states })
art03-2a-missing = No se indica dónde se cometió el delito

## Art. 3(2)(b): preparación, planificación, dirección o control en otro Estado.
art03-2b-missing = No se indica dónde se preparó, planificó, dirigió o controló el delito
art03-2b-yes = Una parte sustancial de su preparación, planificación, dirección o control se realizó en { $states ->
    [one] otro Estado
   *[other] otros Estados
} ({ $states })
art03-2b-no = Ninguna parte sustancial de la preparación, planificación, dirección o control se realizó en un Estado distinto de aquel en que se cometió el delito
art03-2b-committed-missing = Preparado en { $states ->
    [one] el Estado siguiente
   *[other] los Estados siguientes
}: { $states }; pero no se indica dónde se cometió

## Art. 3(2)(c): un grupo que realiza actividades delictivas en más de un Estado.
art03-2c-yes = Entraña la participación de un grupo delictivo organizado que realiza actividades delictivas en más de un Estado ({ $states })
art03-2c-not-active = No consta que el grupo realice actividades delictivas en más de un Estado
art03-2c-not-involved = El delito no entraña la participación del grupo
art03-2c-no-ocg = No participa ningún grupo delictivo organizado
art03-2c-undetermined = No está resuelto si el delito entraña la participación de un grupo delictivo organizado que realiza actividades delictivas en más de un Estado

## Art. 3(2)(d): efectos sustanciales en otro Estado.
art03-2d-missing = No se indica dónde tuvo efectos sustanciales el delito
art03-2d-yes = Tuvo efectos sustanciales en { $states ->
    [one] otro Estado
   *[other] otros Estados
} ({ $states })
art03-2d-no = No tuvo efectos sustanciales en un Estado distinto de aquel en que se cometió
art03-2d-committed-missing = Efectos sustanciales en { $states ->
    [one] el Estado siguiente
   *[other] los Estados siguientes
}: { $states }; pero no se indica dónde se cometió el delito

## Art. 3(2): carácter transnacional.
art03-transnational-by-cases = De carácter transnacional, por análisis de casos: no se indica dónde se cometió el delito, pero cada posibilidad cumple un supuesto. Cometido en más de un Estado: supuesto (a). Cometido en un solo Estado: al menos uno de los Estados siguientes, { $states }, donde se realizó una parte sustancial de su preparación, planificación, dirección o control (b) o donde tuvo efectos sustanciales (d), es otro Estado (los demás Estados no tienen que ser Partes)
art03-transnational-yes = De carácter transnacional: { $prongs ->
    [one] se cumple
   *[other] se cumplen
} { $prongs } (basta con uno; los demás Estados no tienen que ser Partes)
art03-transnational-no = No es de carácter transnacional: no se cumple ninguno de los cuatro supuestos del art. 3(2)
art03-transnational-undetermined = No está resuelto si el delito es de carácter transnacional: no se cumple ningún supuesto con los hechos indicados, y algunos no pueden evaluarse
# Los supuestos del art. 3(2), enumerados en art03-transnational-yes.
art03-prong-a = el supuesto (a)
art03-prong-b = el supuesto (b)
art03-prong-c = el supuesto (c)
art03-prong-d = el supuesto (d)

## Los delitos de la Convención y de los Protocolos, cada uno con su disposición (enumerados en `offences`).
art03-offence-untoc-art5 = participación en un grupo delictivo organizado (CDOT art. 5)
art03-offence-untoc-art6 = blanqueo del producto del delito (CDOT art. 6)
art03-offence-untoc-art8 = corrupción (CDOT art. 8)
art03-offence-untoc-art23 = obstrucción de la justicia (CDOT art. 23)
art03-offence-tip-art5 = trata de personas (Protocolo TP art. 5)
art03-offence-som-art6 = tráfico ilícito de migrantes (Protocolo TIM art. 6)
art03-offence-firearms-art5 = fabricación y tráfico ilícitos de armas de fuego (Protocolo AF art. 5)
# El art. 1(3) de los Protocolos, que hace de sus delitos delitos tipificados con arreglo a la Convención (`articles`: una lista de los tres siguientes).
art03-via = en virtud { $articles }
art03-article-1-3-tip = del art. 1(3) del Protocolo TP
art03-article-1-3-som = del art. 1(3) del Protocolo TIM
art03-article-1-3-firearms = del art. 1(3) del Protocolo AF

## Art. 1(3) de los Protocolos: un delito de un Protocolo.
art03-protocol-yes = Delito de un Protocolo: { $offences }; se considera delito tipificado con arreglo a la Convención entre las Partes en ese Protocolo ({ $via }), cualquiera que sea su pena máxima
art03-protocol-no = Delito de un Protocolo: { $offences }; se considera tipificado con arreglo a la Convención solo entre las Partes en ese Protocolo ({ $via }), y los dos Estados no son ambos Partes en él (o no se cumplen los elementos)
art03-protocol-undetermined = Delito de un Protocolo: { $offences } ({ $via }); no está resuelto si ambos Estados son Partes en ese Protocolo, ni si se cumplen los elementos

## Art. 3(1)(a): un delito tipificado con arreglo a la Convención.
art03-own-stated = Delito tipificado con arreglo a la Convención: { $offences }
art03-classified-yes = Calificado por sus elementos como delito tipificado con arreglo a la Convención: { $offences }
art03-classified-no = Según sus elementos, la conducta no constituye ninguno de los delitos de la Convención con los que se ha contrastado ({ $offences })
art03-classified-domestic-law = Si la conducta constituye un delito tipificado con arreglo a la Convención ({ $offences }) depende del derecho del Estado que califica el delito
art03-classified-undetermined = No está resuelto si la conducta constituye un delito tipificado con arreglo a la Convención ({ $offences }): no se indica un elemento
art03-own-not-given = No se indica si la conducta constituye un delito previsto en los arts. 5, 6, 8 o 23
art03-own-not-stated = No se indica que la conducta constituya un delito previsto en los arts. 5, 6, 8 o 23
art03-3-1-a-protocol-yes = Delito previsto en un Protocolo: { $offences }; { $offences ->
    [one] queda comprendido
   *[other] quedan comprendidos
} en el art. 3(1)(a) { $via }: un delito de un Protocolo se considera delito tipificado con arreglo a la Convención, y ambos Estados son Partes en ese Protocolo
art03-3-1-a-protocol-no = Delito previsto en un Protocolo: { $offences }; { $offences ->
    [one] solo quedaría comprendido
   *[other] solo quedarían comprendidos
} en el art. 3(1)(a) { $via } entre las Partes en ese Protocolo, y los dos Estados no lo son ambos (o no se cumplen los elementos)
art03-3-1-a-protocol-undetermined = Delito previsto en un Protocolo: { $offences }; { $offences ->
    [one] queda comprendido
   *[other] quedan comprendidos
} en el art. 3(1)(a) { $via } si ambos Estados son Partes en ese Protocolo y se cumplen los elementos, lo cual no está resuelto
# Dos constataciones en el orden que decide: primero el delito del Protocolo cuando por sí solo resuelve el art. 3(1)(a).
art03-protocol-then-own = { $protocol }. En cuanto a los delitos propios de la Convención: { $own }
art03-own-then-protocol = { $own }. { $protocol }
# Una calificación indicada en el caso que los elementos indicados no confirman (`base`: la explicación de la constatación).
art03-label-contradicted = { $base }; pero los elementos indicados no configuran { $offences ->
    [one] el delito siguiente
   *[other] los delitos siguientes
}: { $offences }; verifíquese la calificación

## Art. 3(1)(b): delito grave, según el derecho de qué Estado.
art03-whose-absent = del Estado cuyo derecho califica el delito (no se indica un Estado de la solicitud)
art03-whose-requesting = del Estado requirente ({ $requesting })
art03-whose-requested = del Estado requerido ({ $requested })
art03-whose-both = de ambos Estados, { $requesting } y { $requested }
art03-whose-either = de cualquiera de los dos Estados, { $requesting } o { $requested }
art03-serious-yes = Delito grave con arreglo al derecho { $whose }
art03-serious-no = No es un delito grave con arreglo al derecho { $whose }
art03-serious-undetermined = No está resuelto si es un delito grave con arreglo al derecho { $whose }

## Art. 3(1): el delito es de un tipo comprendido.
art03-kind-a = (a) un delito tipificado con arreglo a la Convención
art03-kind-a-via = (a) un delito tipificado con arreglo a la Convención { $via }
art03-kind-a-directly-and-via = (a) un delito tipificado con arreglo a la Convención, directamente y { $via }
art03-kind-b = (b) un delito grave
art03-qualifying-yes = El delito es de un tipo comprendido en el art. 3(1): { $kinds }
art03-qualifying-no-protocol = El delito no es de ningún tipo comprendido en el art. 3(1): no es un delito tipificado con arreglo a la Convención (su delito de Protocolo solo cuenta { $via } entre las Partes en ese Protocolo) ni un delito grave
art03-qualifying-no = El delito no es un delito tipificado con arreglo a la Convención o a un Protocolo, ni un delito grave
art03-qualifying-undetermined = No está resuelto si el delito es de un tipo comprendido en el art. 3(1)

## Art. 3(1): entraña la participación de un grupo delictivo organizado.
art03-involves-yes = El grupo delictivo organizado participó en este delito
art03-involves-no = El grupo no participó en este delito
art03-involves-not-ocg = El grupo que participó no es un grupo delictivo organizado
art03-involves-undetermined = No está resuelto si un grupo delictivo organizado participó en este delito

## Art. 3(1): un delito comprendido en la Convención.
art03-scope-yes = Delito comprendido en la presente Convención: de un tipo comprendido, de carácter transnacional y con participación de un grupo delictivo organizado
art03-scope-no = No es un delito comprendido en la presente Convención: { $reasons }
art03-scope-undetermined = No está resuelto si el delito está comprendido en la presente Convención
# Los motivos enumerados en art03-scope-no.
art03-scope-reason-kind = no es de un tipo comprendido
art03-scope-reason-transnational = no es de carácter transnacional
art03-scope-reason-ocg = no participa ningún grupo delictivo organizado

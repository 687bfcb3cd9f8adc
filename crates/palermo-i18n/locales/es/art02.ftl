# CDOT art. 2, definiciones: delito grave (2(b)), grupo estructurado (2(c)) y grupo delictivo organizado (2(a)).

## Una pena máxima legal en palabras (argumento `penalty` de los mensajes siguientes).
art02-penalty-months = { $months ->
    [one] { $months } mes
   *[other] { $months } meses
}
art02-penalty-years = { $years ->
    [one] { $years } año
   *[other] { $years } años
}
art02-penalty-years-months = { $years ->
    [one] { $years } año
   *[other] { $years } años
} y { $months ->
    [one] { $months } mes
   *[other] { $months } meses
}
art02-penalty-life = prisión perpetua
art02-penalty-death = pena de muerte
art02-penalty-fine-only = solo multa
art02-penalty-not-an-offence = ninguna pena (la conducta no constituye delito)
# Un delito de los datos sobre penas: su disposición y su denominación tal como figuran en los datos, y su pena máxima.
art02-penalty-record = { $provision } ({ $name }), { $penalty }

## Art. 2(b): delito grave, según la pena máxima indicada en el caso.
art02-serious-exactly-four-years = { $state }: pena máxima de { $penalty }, exactamente el umbral de cuatro años, que se alcanza
art02-serious-at-least-four-years = { $state }: pena máxima de { $penalty }, es decir, al menos cuatro años
art02-serious-under-four-years = { $state }: pena máxima de { $penalty }, es decir, menos de cuatro años
art02-serious-life = { $state }: la pena máxima es la prisión perpetua, es decir, más de cuatro años
art02-serious-death = { $state }: la pena máxima es la pena de muerte, una pena más grave que la privación de libertad de cuatro años
art02-serious-fine-only = { $state }: la conducta solo es punible con multa; no hay privación de libertad, y una multa no es una pena más grave
art02-serious-not-an-offence = { $state }: la conducta no constituye delito

## Art. 2(b): delito grave, según los datos sobre penas.
art02-serious-maximum-not-given = { $state }: no se indica la pena máxima prevista por la ley
art02-serious-no-data = { $state }: no se indica la pena máxima prevista por la ley, y los datos sobre penas no contienen ningún delito de ese Estado para { $types }
art02-serious-data-undated = { $state }: no se indica la pena máxima prevista por la ley; los datos sobre penas para { $types } reflejan el derecho vigente en { $data_date }, y no consta si era aplicable el { $date }
art02-serious-from-data = { $state }: pena máxima según los datos sobre penas: { $record }{ $n ->
    [0] {""}
    [one] , y { $n } otro delito correspondiente coincide
   *[other] , y otros { $n } delitos correspondientes coinciden
}; { $serious ->
    [true] igual o superior al
   *[false] inferior al
} umbral de cuatro años
art02-serious-data-both-sides = { $state }: los datos sobre penas para { $types } recogen delitos a ambos lados del umbral de cuatro años: { $records }; la cuestión depende del delito al que corresponda la conducta

## Art. 2(c): grupo estructurado.
art02-structured-yes = No formado fortuitamente para la comisión inmediata de un delito (no se requieren funciones formalmente definidas, continuidad en la condición de miembro ni una estructura desarrollada)
art02-structured-no = Formado fortuitamente para la comisión inmediata de un delito
art02-structured-missing = No se indica si el grupo se formó fortuitamente para la comisión inmediata de un delito

## Art. 2(a): los elementos del grupo delictivo organizado.
art02-members-enough = { $n ->
    [one] { $n } persona
   *[other] { $n } personas
} (se requieren al menos tres)
art02-members-too-few = { $n ->
    [one] { $n } persona
   *[other] { $n } personas
} (menos de las tres requeridas)
art02-members-missing = No se indica el número de personas que integran el grupo
art02-period-yes = El grupo existe durante cierto tiempo
art02-period-no = El grupo no existe durante cierto tiempo (es momentáneo)
art02-period-missing = No se indica si el grupo existe durante cierto tiempo
art02-concert-yes = Sus miembros actúan concertadamente
art02-concert-no = Sus miembros no actúan concertadamente
art02-concert-missing = No se indica si los miembros actúan concertadamente
art02-aims-both = Tiene el propósito de cometer delitos graves y delitos tipificados con arreglo a la Convención
art02-aims-serious-crime = Tiene el propósito de cometer uno o más delitos graves
art02-aims-convention-offences = Tiene el propósito de cometer delitos tipificados con arreglo a la Convención
art02-aims-neither = No tiene el propósito de cometer delitos graves ni delitos tipificados con arreglo a la Convención
art02-aims-missing = No se indica el propósito del grupo
art02-benefit-financial = Busca obtener un beneficio económico
art02-benefit-other-material = Busca obtener otro beneficio de orden material, interpretado en sentido amplio (por ejemplo, una gratificación en redes de intercambio)
art02-benefit-none = No busca obtener ningún beneficio económico u otro beneficio de orden material
art02-benefit-political = Su móvil es puramente político o ideológico, no un beneficio de orden material
art02-benefit-missing = No se indica si el grupo busca obtener un beneficio económico u otro beneficio de orden material

## Art. 2(a): el conjunto.
art02-ocg-yes = Grupo estructurado de { $n } personas, que existe durante cierto tiempo, actúa concertadamente y tiene el propósito de cometer delitos graves o delitos tipificados con arreglo a la Convención, con miras a obtener un beneficio de orden material: se cumplen los seis elementos
art02-ocg-no = No es un grupo delictivo organizado: { $elements ->
    [one] no se cumple
   *[other] no se cumplen
} { $elements }
art02-ocg-undetermined = Cuestión no resuelta: se desconocen algunos de los seis elementos
# Los elementos del art. 2(a), mencionados en art02-ocg-no.
art02-element-structured-group = el elemento del grupo estructurado (formación fortuita)
art02-element-three-persons = el elemento de las tres personas
art02-element-period = el elemento de la existencia durante cierto tiempo
art02-element-concert = el elemento de la actuación concertada
art02-element-aim = el elemento del propósito
art02-element-material-benefit = el elemento del beneficio de orden material

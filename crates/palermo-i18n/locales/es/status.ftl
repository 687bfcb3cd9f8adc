# Situación de los tratados (status.rs): entrada en vigor respecto de un Estado y entre los dos Estados (CDOT arts. 36 a 38 y 40; artículos de los Protocolos relativos a la entrada en vigor), y conductas anteriores a la entrada en vigor.

## Los instrumentos, tal como los nombran los mensajes.
status-instrument-untoc = la Convención
status-instrument-tip = el Protocolo contra la trata de personas
status-instrument-som = el Protocolo contra el tráfico ilícito de migrantes
status-instrument-firearms = el Protocolo sobre armas de fuego

## Dos proposiciones de una misma explicación.
status-then = { $first }; { $then }

## Forma de manifestación del consentimiento en obligarse, según consta.
status-how-deposited = depósito de su instrumento
status-how-ratified = ratificación
status-how-accepted = aceptación
status-how-approved = aprobación
status-how-acceded = adhesión
status-how-succeeded = sucesión

## Cómo se deriva del depósito la fecha de entrada en vigor respecto del Estado.
status-rule-general = entrada en vigor general el { $general }
status-rule-later = la más tardía de dos fechas: el trigésimo día siguiente al depósito y la entrada en vigor general, el { $general }
status-rule-day = trigésimo día siguiente al depósito

status-deposit = { $state }: { $how } el { $deposit } → en vigor desde el { $eif } ({ $rule }){ $succession ->
        [true] ; una sucesión puede surtir efecto antes, desde la independencia, según lo registre el depositario
       *[false] {""}
    }; { $in_force ->
        [true] en vigor a { $date }
       *[false] aún no en vigor a { $date }
    }
status-denounced = { $state }: denuncia de la Convención (notificación recibida el { $received }), con efecto el { $effective }: ya no está en vigor a { $date }{ $protocol ->
        [true] {" "}(la denuncia de la Convención entraña la pérdida de la condición de Parte en sus Protocolos, art. 40(3))
       *[false] {""}
    }
status-denunciation-pending = la denuncia de la Convención por ese Estado (notificación recibida el { $received }) solo surte efecto el { $effective }

## Una Parte registrada sin fecha de depósito.
status-party-by = { $state }: Parte según los datos a { $as_of } (véase la fuente), sin fecha de depósito: el instrumento se depositó a más tardar el { $by }, por lo que { $instrument } está en vigor respecto de ese Estado a más tardar desde el { $latest } ({ $at_general ->
        [true] fecha de su entrada en vigor general
       *[false] trigésimo día siguiente a un depósito efectuado en esa fecha
    })
status-now-no-state = a { $date }, el instrumento no estaba en vigor respecto de ningún Estado
status-now-denounced = pero ese Estado denunció la Convención (notificación recibida el { $received }), con efecto el { $effective }: ya no está en vigor a { $date }{ $protocol ->
        [true] {" "}(la denuncia de la Convención entraña la pérdida de la condición de Parte en sus Protocolos, art. 40(3))
       *[false] {""}
    }
status-now-in-force = en vigor a { $date }
status-now-depends = si ya estaba en vigor a { $date } depende de la fecha de depósito, que no consta: debe indicarse en el caso

## No es Parte, o se desconoce.
status-no-instrument = { $state }: no se ha depositado ningún instrumento; ese Estado no es Parte a { $date }
status-not-party-data = { $state }: según los datos a { $as_of }, ese Estado no era Parte; por tanto, no es Parte a { $date }
status-before-general = A { $date }, { $instrument } no estaba en vigor respecto de ningún Estado: su entrada en vigor general solo se produjo el { $general }
status-unknown = { $state }: { $why }; debe indicarse en el caso la fecha de depósito (o que no se ha depositado ningún instrumento)
status-why-no-record = los datos de referencia no contienen ningún registro al respecto
status-why-no-deposit-date = los datos de referencia registran a ese Estado como Parte, pero sin una fecha de depósito verificada (datos: { $file }, línea { $line })
status-why-later-deposit = según los datos a { $as_of }, ese Estado no era Parte, pero un depósito posterior no constaría en ellos
status-why-later-deposit-undated = según datos de una fecha no registrada, ese Estado no era Parte, pero un depósito posterior no constaría en ellos

## Una organización regional de integración económica (art. 2(j), 36(3)-(4)); un Protocolo sin la Convención (art. 37(2)).
status-reio-within = el asunto está comprendido en su competencia declarada (según el caso)
status-reio-outside = pero el asunto no está comprendido en su competencia declarada (según el caso)
status-reio-open = como organización regional de integración económica, solo está obligada dentro de los límites de su competencia declarada, cuestión que el caso no resuelve
status-protocol-needs-convention = pero un Protocolo solo obliga a las Partes en la Convención, y no se ha establecido que la Convención esté en vigor respecto de ese Estado

## Entre los dos Estados.
status-between-yes-since = En vigor respecto del Estado requirente, { $requesting }, y del Estado requerido, { $requested }, a { $date } (entre ellos desde el { $since })
status-between-yes = En vigor respecto del Estado requirente, { $requesting }, y del Estado requerido, { $requested }, a { $date }
status-between-no = No está en vigor a { $date } respecto { $states ->
    [one] del siguiente Estado
   *[other] de los siguientes Estados
}: { $states }; por lo que la Convención no puede regir la cooperación entre el Estado requirente, { $requesting }, y el Estado requerido, { $requested }
status-between-open = No está resuelto si la Convención está en vigor respecto del Estado requirente, { $requesting }, y del Estado requerido, { $requested }, a { $date }
status-protocol-pair-missing = No puede determinarse si { $instrument } está en vigor entre los dos Estados: no se indica uno de los Estados de la solicitud
status-protocol-both = A { $date }, el Estado requirente, { $requesting }, y el Estado requerido, { $requested }, están ambos obligados por { $instrument }
status-protocol-not-both = A { $date }, el Estado requirente, { $requesting }, y el Estado requerido, { $requested }, no están ambos obligados por { $instrument }: los delitos que este tipifica solo se consideran delitos tipificados con arreglo a la Convención entre sus Partes
status-protocol-open = No está resuelto si el Estado requirente, { $requesting }, y el Estado requerido, { $requested }, están ambos obligados por { $instrument } a { $date }

## Conducta anterior a la entrada en vigor entre los dos Estados.
status-temporal-after = La conducta ({ $conduct }) tuvo lugar después de la entrada en vigor de la Convención entre los dos Estados ({ $since })
status-temporal-reading = La Convención no contiene ninguna cláusula sobre su aplicación en el tiempo; según la interpretación predominante, sus disposiciones sobre cooperación son de carácter procesal y la irretroactividad de los tratados (Convención de Viena sobre el Derecho de los Tratados, art. 28) se refiere a actos anteriores a la entrada en vigor, mientras que el hecho pertinente en este caso es la solicitud, presentada después de ella: la Convención es aplicable
status-temporal-before-follows = La conducta ({ $conduct }) es anterior a la entrada en vigor entre los dos Estados ({ $since }). { status-temporal-reading }, y el Estado requerido, { $requested }, sigue esa interpretación (según el caso)
status-temporal-before-departs = La conducta ({ $conduct }) es anterior a la entrada en vigor entre los dos Estados ({ $since }). { status-temporal-reading } según esa interpretación, pero el derecho del Estado requerido, { $requested }, se aparta de ella (según el caso): ese Estado no coopera con arreglo a la Convención respecto de conductas anteriores
status-temporal-before-asked = La conducta ({ $conduct }) es anterior a la entrada en vigor entre los dos Estados ({ $since }). { status-temporal-reading }; al Estado requerido, { $requested }, solo se le pregunta si su derecho se aparta de esa interpretación
status-temporal-open = La conducta tuvo lugar el { $conduct }; no está resuelto si es anterior a la entrada en vigor entre los dos Estados

## Doble incriminación en el momento de la conducta.
status-role-extradition = la doble incriminación es una condición de la extradición (art. 16(1))
status-role-mla = el Estado Parte requerido puede denegar la asistencia judicial recíproca por falta de doble incriminación (art. 18(9))
status-role-confiscation = el Estado Parte requerido puede denegarla por falta de doble incriminación (art. 18(9), por remisión del art. 13(3))
status-when-committed-yes = La conducta era punible con arreglo al derecho del Estado requirente, { $requesting }, y al del Estado requerido, { $requested }, cuando se cometió ({ $conduct }): la cooperación no convierte nada en delito a posteriori; { $role }
status-when-committed-no = La conducta no era punible, cuando se cometió ({ $conduct }), con arreglo al derecho { $states ->
    [one] del siguiente Estado
   *[other] de los siguientes Estados
}: { $states }; { $role }, y si basta un delito tipificado posteriormente es cuestión que corresponde al derecho y los tratados del Estado requerido
status-when-committed-open = No se indica si la conducta era punible con arreglo al derecho del Estado requirente, { $requesting }, y al del Estado requerido, { $requested }, cuando se cometió ({ $conduct }); { $role }

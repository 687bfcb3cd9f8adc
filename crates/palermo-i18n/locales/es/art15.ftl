# Jurisdicción (art15.rs): Estados que deben establecer su jurisdicción, que pueden establecerla o que deben establecerla si no extraditan a su nacional (CDOT art. 15).

## Motivo de vinculación de un Estado con el delito (un criterio del art. 15).
art15-why-territory = el delito se cometió en su territorio (15(1)(a))
art15-why-flag = el delito se cometió a bordo de un buque que enarbolaba su pabellón o de una aeronave registrada conforme a sus leyes (15(1)(b))
art15-why-victim = una víctima es nacional suyo (15(2)(a), con sujeción al art. 4)
art15-why-stateless = el presunto delincuente es apátrida y tiene residencia habitual en su territorio (15(2)(b))
art15-why-offender = el presunto delincuente es nacional suyo (15(2)(b))
art15-why-participation = la participación en el extranjero tenía por objeto la comisión de un delito grave en su territorio (15(2)(c)(i))
art15-why-laundering = la participación en el blanqueo en el extranjero tenía por objeto un blanqueo en su territorio (15(2)(c)(ii))
art15-why-present = el presunto delincuente se encuentra en su territorio y ese Estado puede no extraditarlo (15(4))
art15-why-national-present = el presunto delincuente es nacional suyo y se encuentra en su territorio (15(3))

## Lo que el art. 15 exige del Estado.
art15-verb-must = debe establecer su jurisdicción
art15-verb-must-if = debe establecer su jurisdicción para el caso en que deniegue la extradición por el solo hecho de que la persona sea nacional suyo
art15-verb-may = puede establecer su jurisdicción

## 15(1): territorio, pabellón y registro.
art15-territory-none = El caso no indica ningún Estado en cuyo territorio se haya cometido el delito ni ningún Estado del pabellón o de registro: ningún Estado queda obligado por el art. 15(1)
art15-territory-yes = { $states ->
        [one] Estado obligado a establecer su jurisdicción: { $states }; el delito se cometió en su territorio, o a bordo de un buque o una aeronave de ese Estado
       *[other] Estados obligados a establecer su jurisdicción: { $states }; el delito se cometió en el territorio de cada uno de ellos, o a bordo de un buque o una aeronave de cada uno de ellos
    }
art15-territory-missing = No se indica dónde se cometió el delito, por lo que no se conocen los Estados obligados por el art. 15(1)(a)

## 15(2): nacionalidad de la víctima o del delincuente, actos dirigidos contra un Estado.
art15-nationality-missing = No se indica la nacionalidad del presunto delincuente (o, si es apátrida, su residencia habitual), por lo que no se conocen los Estados que pueden establecer su jurisdicción con arreglo al art. 15(2)(b)
art15-nationality-partial = { $states ->
        [one] Estado que puede establecer su jurisdicción: { $states }
       *[other] Estados que pueden establecer su jurisdicción: { $states }
    }; no se indica la nacionalidad del presunto delincuente (o, si es apátrida, su residencia habitual), por lo que la lista puede estar incompleta
art15-nationality-none = No se indica ningún Estado de nacionalidad de la víctima o del delincuente ni ningún Estado contra el que se dirigieran actos cometidos en el extranjero: el art. 15(2) no vincula a ningún Estado
art15-nationality-yes = { $states ->
        [one] Estado que puede establecer su jurisdicción por la nacionalidad de la víctima o del delincuente, o porque actos cometidos en el extranjero se dirigían contra su territorio: { $states }
       *[other] Estados que pueden establecer su jurisdicción por la nacionalidad de la víctima o del delincuente, o porque actos cometidos en el extranjero se dirigían contra su territorio: { $states }
    }

## 15(3) y 15(4): el Estado en cuyo territorio se encuentra el presunto delincuente.
art15-whereabouts-missing = No se indica dónde se encuentra el presunto delincuente
art15-present-may = El Estado { $state }, en cuyo territorio se encuentra el presunto delincuente, puede establecer su jurisdicción para el caso en que no lo extradite (por cualquier motivo)
art15-national-missing = No se indica si el presunto delincuente es nacional del Estado { $state }, en cuyo territorio se encuentra
art15-national-shall = El Estado { $state } debe establecer su jurisdicción para el caso en que no extradite al presunto delincuente por el solo hecho de que sea nacional suyo; en tal caso, a solicitud del Estado Parte requirente, debe someter el caso a sus autoridades competentes a efectos de enjuiciamiento (art. 16(10))
art15-national-no = El presunto delincuente no es nacional del Estado { $state }, en cuyo territorio se encuentra: el art. 15(3) no se aplica

## Un Estado y un criterio.
art15-ground-yes = El Estado { $state } { $verb }: { $why }
art15-ground-not-party = El Estado { $state } no es Parte en la Convención a { $date }, por lo que el art. 15 no lo obliga; motivo de vinculación: { $why }
art15-ground-not-covered = El art. 15 se refiere a los delitos comprendidos en la Convención, y este no lo está; motivo de vinculación: { $why }
art15-ground-open = Si el art. 15 lo obliga, el Estado { $state } { $verb }: { $why }; no está resuelto si lo obliga en este caso

## Un Estado, según la obligación más estricta que le corresponde.
art15-state-not-party = El Estado { $state } no es Parte en la Convención a { $date }, por lo que el art. 15 no lo obliga; motivos de vinculación: { $reasons }
art15-state-status-open = Motivos de vinculación del Estado { $state }: { $reasons }; el art. 15 solo lo obliga si es Parte en la Convención, lo que no está resuelto
art15-state-yes = En su calidad de Estado Parte, el Estado { $state } { $verb }: { $reasons }. Si lo ha hecho es cuestión de su derecho interno
art15-state-yes-also = En su calidad de Estado Parte, el Estado { $state } { $verb }: { $reasons }. Además, { $also_verb }: { $also_reasons }. Si lo ha hecho es cuestión de su derecho interno
art15-state-yes-also-two = En su calidad de Estado Parte, el Estado { $state } { $verb }: { $reasons }. Además, { $also_verb }: { $also_reasons }. Asimismo, { $then_verb }: { $then_reasons }. Si lo ha hecho es cuestión de su derecho interno
art15-state-not-covered = El art. 15 se refiere a los delitos comprendidos en la Convención, y este no lo está; motivos de vinculación del Estado { $state }: { $reasons }
art15-state-open = Motivos de vinculación del Estado { $state }: { $reasons }; si el art. 15 alcanza al delito depende del ámbito de aplicación de la Convención

## Resumen: cada Estado en cada una de las categorías que le corresponden.
art15-summary-yes = Obligación de establecer la jurisdicción (15(1)): { $must ->
        [0] ningún Estado indicado
       *[other] { $must }
    }. Obligación si no extradita a su nacional (15(3)): { $must_if ->
        [0] ningún Estado indicado
       *[other] { $must_if }
    }. Facultad (15(2), 15(4)): { $may ->
        [0] ningún Estado indicado
       *[other] { $may }
    }.{ $not_parties ->
        [0] {""}
       *[other] {" "}Estados vinculados pero no Partes, y por tanto no obligados: { $not_parties }.
    }{ $status_open ->
        [0] {""}
       *[other] {" "}Estados vinculados, obligados solo si son Partes, lo que no está resuelto: { $status_open }.
    } Cada Estado figura en cada una de las categorías que le corresponden; si ha establecido la jurisdicción es cuestión de su derecho interno
art15-summary-not-covered = No: el art. 15 se refiere a los delitos comprendidos en la Convención, y este no lo está
art15-summary-open = Indeterminado: no está resuelto si el delito está comprendido en la Convención

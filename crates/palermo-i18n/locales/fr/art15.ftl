# Compétence (art15.rs) : États tenus d'établir leur compétence, pouvant l'établir, ou tenus de l'établir s'ils n'extradent pas leur ressortissant (CTO art. 15).

## Motif de rattachement d'un État à l'infraction (un chef de compétence de l'art. 15).
art15-why-territory = l'infraction a été commise sur son territoire (15(1)(a))
art15-why-flag = l'infraction a été commise à bord d'un navire battant son pavillon ou d'un aéronef immatriculé conformément à son droit interne (15(1)(b))
art15-why-victim = une victime est l'un de ses ressortissants (15(2)(a), sous réserve de l'art. 4)
art15-why-stateless = l'auteur présumé de l'infraction est apatride et a sa résidence habituelle sur son territoire (15(2)(b))
art15-why-offender = l'auteur présumé de l'infraction est l'un de ses ressortissants (15(2)(b))
art15-why-participation = la participation commise à l'étranger visait la commission d'une infraction grave sur son territoire (15(2)(c)(i))
art15-why-laundering = la participation au blanchiment commise à l'étranger visait un blanchiment sur son territoire (15(2)(c)(ii))
art15-why-present = l'auteur présumé de l'infraction se trouve sur son territoire et cet État peut ne pas l'extrader (15(4))
art15-why-national-present = l'auteur présumé de l'infraction est l'un de ses ressortissants et se trouve sur son territoire (15(3))

## Ce que l'art. 15 attend de l'État.
art15-verb-must = doit établir sa compétence
art15-verb-must-if = doit établir sa compétence pour le cas où il refuse l'extradition au seul motif que la personne est son ressortissant
art15-verb-may = peut établir sa compétence

## 15(1) : territoire, pavillon et immatriculation.
art15-territory-none = Le dossier n'indique aucun État sur le territoire duquel l'infraction a été commise, ni aucun État du pavillon ou d'immatriculation : aucun État n'est lié par l'art. 15(1)
art15-territory-yes = { $states ->
        [one] État tenu d'établir sa compétence : { $states } ; l'infraction a été commise sur son territoire, ou à bord d'un navire ou d'un aéronef relevant de cet État
       *[other] États tenus d'établir leur compétence : { $states } ; l'infraction a été commise sur le territoire de chacun d'eux, ou à bord d'un navire ou d'un aéronef relevant de chacun d'eux
    }
art15-territory-missing = Le lieu de commission de l'infraction n'est pas indiqué ; les États liés par l'art. 15(1)(a) ne sont donc pas connus

## 15(2) : nationalité de la victime ou de l'auteur, actes visant un État.
art15-nationality-missing = La nationalité de l'auteur présumé de l'infraction (ou, s'il est apatride, sa résidence habituelle) n'est pas indiquée ; les États pouvant établir leur compétence en vertu de l'art. 15(2)(b) ne sont donc pas connus
art15-nationality-partial = { $states ->
        [one] État pouvant établir sa compétence : { $states }
       *[other] États pouvant établir leur compétence : { $states }
    } ; la nationalité de l'auteur présumé de l'infraction (ou, s'il est apatride, sa résidence habituelle) n'est pas indiquée, de sorte que la liste peut être incomplète
art15-nationality-none = Aucun État de nationalité de la victime ou de l'auteur, ni aucun État visé depuis l'étranger n'est indiqué : l'art. 15(2) ne rattache aucun État
art15-nationality-yes = { $states ->
        [one] État pouvant établir sa compétence en raison de la nationalité de la victime ou de l'auteur, ou parce que des actes commis à l'étranger visaient son territoire : { $states }
       *[other] États pouvant établir leur compétence en raison de la nationalité de la victime ou de l'auteur, ou parce que des actes commis à l'étranger visaient leur territoire : { $states }
    }

## 15(3) et 15(4) : l'État où se trouve l'auteur présumé.
art15-whereabouts-missing = Le lieu où se trouve l'auteur présumé de l'infraction n'est pas indiqué
art15-present-may = L'État { $state }, où se trouve l'auteur présumé de l'infraction, peut établir sa compétence pour le cas où il ne l'extrade pas (pour quelque motif que ce soit)
art15-national-missing = Il n'est pas indiqué si l'auteur présumé de l'infraction est ressortissant de l'État { $state }, où il se trouve
art15-national-shall = L'État { $state } doit établir sa compétence pour le cas où il n'extrade pas l'auteur présumé de l'infraction au seul motif que celui-ci est son ressortissant ; il est alors tenu, à la demande de l'État Partie requérant, de soumettre l'affaire à ses autorités compétentes aux fins de poursuites (art. 16(10))
art15-national-no = L'auteur présumé de l'infraction n'est pas ressortissant de l'État { $state }, où il se trouve : l'art. 15(3) ne s'applique pas

## Un État et un chef de compétence.
art15-ground-yes = L'État { $state } { $verb } : { $why }
art15-ground-not-party = L'État { $state } n'est pas Partie à la Convention au { $date } ; l'art. 15 ne le lie donc pas ; motif de rattachement : { $why }
art15-ground-not-covered = L'art. 15 concerne les infractions visées par la Convention, ce qui n'est pas le cas de celle-ci ; motif de rattachement : { $why }
art15-ground-open = Si l'art. 15 le lie, l'État { $state } { $verb } : { $why } ; la question de savoir s'il le lie en l'espèce n'est pas tranchée

## Un État, au titre de l'obligation la plus forte qui lui incombe.
art15-state-not-party = L'État { $state } n'est pas Partie à la Convention au { $date } ; l'art. 15 ne le lie donc pas ; motifs de rattachement : { $reasons }
art15-state-status-open = Motifs de rattachement de l'État { $state } : { $reasons } ; l'art. 15 ne le lie que s'il est Partie à la Convention, ce qui n'est pas établi
art15-state-yes = En tant qu'État Partie, l'État { $state } { $verb } : { $reasons }. La question de savoir s'il l'a fait relève de son droit
art15-state-yes-also = En tant qu'État Partie, l'État { $state } { $verb } : { $reasons }. En outre, il { $also_verb } : { $also_reasons }. La question de savoir s'il l'a fait relève de son droit
art15-state-yes-also-two = En tant qu'État Partie, l'État { $state } { $verb } : { $reasons }. En outre, il { $also_verb } : { $also_reasons }. De plus, il { $then_verb } : { $then_reasons }. La question de savoir s'il l'a fait relève de son droit
art15-state-not-covered = L'art. 15 concerne les infractions visées par la Convention, ce qui n'est pas le cas de celle-ci ; motifs de rattachement de l'État { $state } : { $reasons }
art15-state-open = Motifs de rattachement de l'État { $state } : { $reasons } ; la question de savoir si l'art. 15 s'applique à l'infraction dépend du champ d'application de la Convention

## Récapitulatif : chaque État sous chacune des obligations qui lui incombent.
art15-summary-yes = Obligation d'établir la compétence (15(1)) : { $must ->
        [0] aucun État indiqué
       *[other] { $must }
    }. Obligation en cas de non-extradition d'un ressortissant (15(3)) : { $must_if ->
        [0] aucun État indiqué
       *[other] { $must_if }
    }. Faculté (15(2), 15(4)) : { $may ->
        [0] aucun État indiqué
       *[other] { $may }
    }.{ $not_parties ->
        [0] {""}
       *[other] {" "}États rattachés mais non Parties, donc non liés : { $not_parties }.
    }{ $status_open ->
        [0] {""}
       *[other] {" "}États rattachés, liés seulement s'ils sont Parties, ce qui n'est pas établi : { $status_open }.
    } Chaque État figure sous chacune des obligations qui le concernent ; la question de savoir s'il a établi sa compétence relève de son droit
art15-summary-not-covered = Non : l'art. 15 concerne les infractions visées par la Convention, ce qui n'est pas le cas de celle-ci
art15-summary-open = Indéterminé : la question de savoir si l'infraction est visée par la Convention n'est pas tranchée

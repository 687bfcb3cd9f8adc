# CTO art. 6, incrimination du blanchiment du produit du crime : les infractions de 6(1), les règles sur l'infraction principale de 6(2)(b)-(c) et l'exception de 6(2)(e).

## Art. 6(1)(a)(i) : conversion ou transfert.
art06-conversion-yes-conceal = Conversion ou transfert de biens dont l'auteur sait qu'ils sont le produit du crime, dans le but de dissimuler ou de déguiser leur origine illicite : une infraction que tout État doit établir, conformément aux principes fondamentaux de son droit interne (6(1)(a)(i))
art06-conversion-yes-help-evade = Conversion ou transfert de biens dont l'auteur sait qu'ils sont le produit du crime, dans le but d'aider une personne impliquée dans la commission de l'infraction principale à échapper aux conséquences juridiques de ses actes : une infraction que tout État doit établir, conformément aux principes fondamentaux de son droit interne (6(1)(a)(i))
art06-conversion-not-known = La personne ne savait pas que les biens étaient le produit du crime : hors de l'art. 6(1)(a)(i)
art06-conversion-no-purpose = Conversion ou transfert sans le but de dissimuler l'origine des biens ni d'aider un auteur à échapper aux conséquences de ses actes : hors de l'art. 6(1)(a)(i)
art06-conversion-not-intentional = Acte non commis intentionnellement : hors de l'art. 6(1)(a)(i)
art06-conversion-undetermined = La question de savoir si la conversion ou le transfert relève de l'art. 6(1)(a)(i) n'est pas tranchée : un élément n'est pas indiqué

## Art. 6(1)(a)(ii) : dissimulation ou déguisement.
art06-concealment-yes = Dissimulation ou déguisement de la nature véritable, de l'origine, de l'emplacement, de la disposition, du mouvement ou de la propriété de biens dont l'auteur sait qu'ils sont le produit du crime : une infraction que tout État doit établir, conformément aux principes fondamentaux de son droit interne (6(1)(a)(ii))
art06-concealment-not-known = La personne ne savait pas que les biens étaient le produit du crime : hors de l'art. 6(1)(a)(ii)
art06-concealment-not-intentional = Acte non commis intentionnellement : hors de l'art. 6(1)(a)(ii)
art06-concealment-undetermined = La question de savoir si la dissimulation relève de l'art. 6(1)(a)(ii) n'est pas tranchée : un élément n'est pas indiqué

## Art. 6(1)(b)(i) : acquisition, détention ou utilisation.
art06-acquisition-yes = Acquisition, détention ou utilisation de biens dont l'auteur savait, au moment où il les a reçus, qu'ils étaient le produit du crime : une infraction selon le droit de l'État dont le droit qualifie l'infraction (indiqué dans l'affaire ; l'art. 6(1)(b)(i) ne l'exige que sous réserve des concepts fondamentaux du système juridique)
art06-acquisition-not-known = La personne ne savait pas, au moment où elle les a reçus, que les biens étaient le produit du crime : hors de l'art. 6(1)(b)(i)
art06-acquisition-not-intentional = Acte non commis intentionnellement : hors de l'art. 6(1)(b)(i)
art06-acquisition-not-an-offence = Le droit de l'État dont le droit qualifie l'infraction ne fait pas de l'acquisition, de la détention ou de l'utilisation une infraction (indiqué dans l'affaire), comme l'art. 6(1)(b) le permet
art06-acquisition-domestic-law = Acquisition, détention ou utilisation de biens dont l'origine est connue : l'art. 6(1)(b)(i) n'exige cette infraction que sous réserve des concepts fondamentaux de chaque système juridique ; la question de savoir s'il s'agit d'une infraction relève donc du droit de l'État dont le droit qualifie l'infraction
art06-acquisition-undetermined = La question de savoir si l'acquisition, la détention ou l'utilisation relève de l'art. 6(1)(b)(i) n'est pas tranchée : un élément n'est pas indiqué

## Art. 6(1)(b)(ii) : participation, association, entente, tentative ou complicité.
art06-ancillary-yes = Participation au blanchiment, association, entente, tentative ou complicité par fourniture d'une assistance, d'une aide ou de conseils : une infraction selon le droit de l'État dont le droit qualifie l'infraction (indiqué dans l'affaire)
art06-ancillary-not-intentional = Acte non commis intentionnellement : hors de l'art. 6(1)(b)(ii)
art06-ancillary-not-an-offence = Le droit de l'État dont le droit qualifie l'infraction ne fait pas de cette forme de participation une infraction (indiqué dans l'affaire), comme l'art. 6(1)(b) le permet
art06-ancillary-domestic-law = Participation au blanchiment, entente en vue de le commettre, tentative, ou complicité par fourniture d'une assistance, d'une aide ou de conseils : l'art. 6(1)(b)(ii) ne les exige que sous réserve des concepts fondamentaux de chaque système juridique ; la question relève donc du droit de l'État dont le droit qualifie l'infraction
art06-ancillary-undetermined = La question de savoir si le comportement relève de l'art. 6(1)(b)(ii) n'est pas tranchée : un élément n'est pas indiqué

## Art. 6(2)(a)-(b) : l'infraction principale.
art06-predicate-serious-crime = Les biens proviennent d'une infraction grave, que tout État doit inclure parmi les infractions principales (6(2)(b))
art06-predicate-convention-offence = Les biens proviennent d'une infraction visée à l'art. 5, 8 ou 23, que tout État doit inclure parmi les infractions principales (6(2)(b))
art06-predicate-domestic-yes = L'infraction principale en est une selon le droit de l'État dont le droit qualifie l'infraction (indiqué dans l'affaire)
art06-predicate-domestic-no = L'infraction dont proviennent les biens n'est pas une infraction principale selon le droit de l'État dont le droit qualifie l'infraction (indiqué dans l'affaire) ; l'art. 6(2)(a) demande seulement le plus large éventail d'infractions principales
art06-predicate-domestic-law = Les biens proviennent d'une infraction qui n'est ni une infraction grave ni une infraction visée à l'art. 5, 8 ou 23 : les États doivent inclure le plus large éventail d'infractions principales (6(2)(a)) ; la question de savoir si celle-ci compte relève donc du droit de l'État dont le droit qualifie l'infraction
art06-predicate-missing = Le type d'infraction dont proviennent les biens (infraction grave, infraction visée à l'art. 5, 8 ou 23, ou autre) n'est pas indiqué

## Art. 6(2)(c) : une infraction principale commise à l'étranger (`place` : le lieu de commission ; `states` : les États dont le droit s'applique).
art06-foreign-predicate-yes = L'infraction principale a été commise dans l'État { $place }, où elle constitue une infraction, et en constituerait une en vertu du droit { $states ->
    [one] de l'État
   *[other] des États
} { $states } si elle y avait été commise : elle compte comme infraction principale (6(2)(c))
art06-foreign-predicate-not-criminal-there = L'infraction principale, commise dans l'État { $place }, n'y constitue pas une infraction : une infraction principale commise à l'étranger ne compte que si elle est une infraction pénale là où elle a été commise (6(2)(c))
art06-foreign-predicate-not-criminal-here = L'infraction principale, commise dans l'État { $place }, ne constituerait pas une infraction en vertu du droit { $states ->
    [one] de l'État
   *[other] des États
} { $states } : une infraction principale commise à l'étranger ne compte que si elle y serait aussi une infraction pénale (6(2)(c))
art06-foreign-predicate-undetermined = L'infraction principale a été commise dans l'État { $place } : il n'est pas indiqué si elle constitue une infraction dans cet État et en vertu du droit { $states ->
    [one] de l'État
   *[other] des États
} { $states } (6(2)(c))
art06-foreign-predicate-place-missing = Le lieu où l'infraction principale a été commise n'est pas indiqué, et l'art. 6(2)(c) en dépend : commise hors de l'État dont le droit s'applique ({ $states }), elle ne compterait que si elle constituait une infraction là où elle a été commise et en vertu de ce droit ; les deux hypothèses peuvent différer, de sorte que la question reste ouverte tant que le lieu n'est pas connu

## Art. 6(2)(e) : l'auteur de l'infraction principale.
art06-self-laundering-not-exempt = La personne a aussi commis l'infraction principale ; le droit de l'État dont le droit qualifie l'infraction n'exclut pas l'auteur de l'infraction principale (indiqué dans l'affaire)
art06-self-laundering-exempt = La personne a aussi commis l'infraction principale, et le droit de l'État dont le droit qualifie l'infraction exclut l'auteur de l'infraction principale, comme l'exigent les principes fondamentaux de son droit interne (6(2)(e) ; indiqué dans l'affaire)
art06-self-laundering-domestic-law = La personne a aussi commis l'infraction principale : un État dont les principes fondamentaux du droit interne l'exigent peut exclure l'auteur de l'infraction principale (6(2)(e)) ; la question relève donc du droit de l'État dont le droit qualifie l'infraction

## Art. 6 : l'infraction.
art06-offence-no-conduct = Aucun des comportements de l'art. 6(1) n'est indiqué : pas d'infraction de blanchiment
art06-offence-yes = Blanchiment du produit du crime, infraction établie conformément à l'art. 6
art06-offence-no = Pas une infraction de blanchiment au sens de l'art. 6, au vu des faits et des réponses indiqués
art06-offence-domestic-law = La question de savoir si le comportement constitue une infraction de blanchiment relève du droit de l'État dont le droit qualifie l'infraction (voir les constats sur lesquels elle repose)
art06-offence-undetermined = La question de savoir si le comportement constitue une infraction visée à l'art. 6 n'est pas tranchée : un élément n'est pas indiqué

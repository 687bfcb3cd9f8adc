# CTO art. 3, champ d'application : nature transnationale (3(2)), infractions visées (3(1)), infractions des Protocoles par l'effet de leur art. 1(3).

## Art. 3(2)(a) : commise dans plus d'un État.
art03-2a-no-place = Aucun lieu de commission n'est indiqué
art03-2a-one-state = Commise dans un seul État ({ $state })
art03-2a-several-states = Commise dans plus d'un État ({ $states })
art03-2a-missing = Le lieu où l'infraction a été commise n'est pas indiqué

## Art. 3(2)(b) : préparation, planification, conduite ou contrôle dans un autre État.
art03-2b-missing = Le lieu où l'infraction a été préparée, planifiée, conduite ou contrôlée n'est pas indiqué
art03-2b-yes = Une partie substantielle de sa préparation, de sa planification, de sa conduite ou de son contrôle a eu lieu dans { $states ->
    [one] un autre État
   *[other] d'autres États
} ({ $states })
art03-2b-no = Aucune partie substantielle de la préparation, de la planification, de la conduite ou du contrôle n'a eu lieu dans un État autre que celui où l'infraction a été commise
art03-2b-committed-missing = Préparée dans { $states ->
    [one] l'État suivant
   *[other] les États suivants
} : { $states } ; mais le lieu où elle a été commise n'est pas indiqué

## Art. 3(2)(c) : un groupe qui se livre à des activités criminelles dans plus d'un État.
art03-2c-yes = Un groupe criminel organisé qui se livre à des activités criminelles dans plus d'un État ({ $states }) y est impliqué
art03-2c-not-active = Il n'est pas établi que le groupe se livre à des activités criminelles dans plus d'un État
art03-2c-not-involved = Le groupe n'est pas impliqué dans l'infraction
art03-2c-no-ocg = Aucun groupe criminel organisé n'est impliqué
art03-2c-undetermined = La question de savoir si un groupe criminel organisé qui se livre à des activités criminelles dans plus d'un État y est impliqué n'est pas tranchée

## Art. 3(2)(d) : effets substantiels dans un autre État.
art03-2d-missing = Le lieu où l'infraction a eu des effets substantiels n'est pas indiqué
art03-2d-yes = Elle a eu des effets substantiels dans { $states ->
    [one] un autre État
   *[other] d'autres États
} ({ $states })
art03-2d-no = Aucun effet substantiel dans un État autre que celui où l'infraction a été commise
art03-2d-committed-missing = Effets substantiels dans { $states ->
    [one] l'État suivant
   *[other] les États suivants
} : { $states } ; mais le lieu où l'infraction a été commise n'est pas indiqué

## Art. 3(2) : nature transnationale.
art03-transnational-by-cases = De nature transnationale, par disjonction des cas : le lieu où l'infraction a été commise n'est pas indiqué, mais chaque hypothèse remplit un critère. Commise dans plus d'un État : critère (a). Commise dans un seul État : au moins l'un des États suivants, { $states }, où a eu lieu une partie substantielle de sa préparation, de sa planification, de sa conduite ou de son contrôle (b) ou des effets substantiels (d), est un autre État (les autres États n'ont pas à être Parties)
art03-transnational-yes = De nature transnationale : { $prongs } { $prongs ->
    [one] est rempli
   *[other] sont remplis
} (un seul suffit ; les autres États n'ont pas à être Parties)
art03-transnational-no = Pas de nature transnationale : aucun des quatre critères de l'art. 3(2) n'est rempli
art03-transnational-undetermined = La nature transnationale de l'infraction n'est pas tranchée : aucun critère n'est rempli au vu des faits indiqués, et certains ne peuvent être évalués
# Les critères de l'art. 3(2), énumérés dans art03-transnational-yes.
art03-prong-a = le critère (a)
art03-prong-b = le critère (b)
art03-prong-c = le critère (c)
art03-prong-d = le critère (d)

## Les infractions de la Convention et des Protocoles, chacune avec sa disposition (énumérées dans `offences`).
art03-offence-untoc-art5 = participation à un groupe criminel organisé (CTO art. 5)
art03-offence-untoc-art6 = blanchiment du produit du crime (CTO art. 6)
art03-offence-untoc-art8 = corruption (CTO art. 8)
art03-offence-untoc-art23 = entrave à la justice (CTO art. 23)
art03-offence-tip-art5 = traite des personnes (Protocole TP art. 5)
art03-offence-som-art6 = trafic illicite de migrants (Protocole MIG art. 6)
art03-offence-firearms-art5 = fabrication et trafic illicites d'armes à feu (Protocole AF art. 5)
# L'art. 1(3) des Protocoles, qui fait de leurs infractions des infractions établies conformément à la Convention (`articles` : une liste des trois ci-dessous).
art03-via = en vertu de { $articles }
art03-article-1-3-tip = l'art. 1(3) du Protocole TP
art03-article-1-3-som = l'art. 1(3) du Protocole MIG
art03-article-1-3-firearms = l'art. 1(3) du Protocole AF

## Art. 1(3) des Protocoles : une infraction d'un Protocole.
art03-protocol-yes = Infraction d'un Protocole : { $offences } ; considérée comme une infraction établie conformément à la Convention entre les Parties à ce Protocole ({ $via }), quelle que soit sa peine maximale
art03-protocol-no = Infraction d'un Protocole : { $offences } ; considérée comme établie conformément à la Convention uniquement entre les Parties à ce Protocole ({ $via }), et les deux États n'y sont pas tous deux Parties (ou les éléments ne sont pas réunis)
art03-protocol-undetermined = Infraction d'un Protocole : { $offences } ({ $via }) ; la question de savoir si les deux États sont Parties à ce Protocole, ou si les éléments sont réunis, n'est pas tranchée

## Art. 3(1)(a) : une infraction établie conformément à la Convention.
art03-own-stated = Infraction établie conformément à la Convention : { $offences }
art03-classified-yes = Qualifiée d'après ses éléments d'infraction établie conformément à la Convention : { $offences }
art03-classified-no = D'après ses éléments, le comportement ne constitue aucune des infractions de la Convention au regard desquelles il a été examiné ({ $offences })
art03-classified-domestic-law = La question de savoir si le comportement constitue une infraction établie conformément à la Convention ({ $offences }) relève du droit de l'État dont le droit qualifie l'infraction
art03-classified-undetermined = La question de savoir si le comportement constitue une infraction établie conformément à la Convention ({ $offences }) n'est pas tranchée : un élément n'est pas indiqué
art03-own-not-given = Il n'est pas indiqué si le comportement constitue une infraction visée aux art. 5, 6, 8 ou 23
art03-own-not-stated = Il n'est pas indiqué que le comportement constitue une infraction visée aux art. 5, 6, 8 ou 23
art03-3-1-a-protocol-yes = Infraction prévue par un Protocole : { $offences } ; { $offences ->
    [one] elle relève
   *[other] elles relèvent
} de l'art. 3(1)(a) { $via } : une infraction d'un Protocole est considérée comme une infraction établie conformément à la Convention, et les deux États sont Parties à ce Protocole
art03-3-1-a-protocol-no = Infraction prévue par un Protocole : { $offences } ; { $offences ->
    [one] elle ne relèverait
   *[other] elles ne relèveraient
} de l'art. 3(1)(a) { $via } qu'entre les Parties à ce Protocole, ce que les deux États ne sont pas tous deux (ou les éléments ne sont pas réunis)
art03-3-1-a-protocol-undetermined = Infraction prévue par un Protocole : { $offences } ; { $offences ->
    [one] elle relève
   *[other] elles relèvent
} de l'art. 3(1)(a) { $via } si les deux États sont Parties à ce Protocole et si les éléments sont réunis, ce qui n'est pas tranché
# Deux constats dans l'ordre qui décide : l'infraction du Protocole d'abord lorsqu'elle suffit à trancher l'art. 3(1)(a).
art03-protocol-then-own = { $protocol }. Quant aux infractions propres à la Convention : { $own }
art03-own-then-protocol = { $own }. { $protocol }
# Une qualification indiquée dans l'affaire que les éléments indiqués ne confirment pas (`base` : l'explication du constat).
art03-label-contradicted = { $base } ; mais les éléments indiqués ne sont pas ceux { $offences ->
    [one] de l'infraction suivante
   *[other] des infractions suivantes
} : { $offences } ; vérifier la qualification

## Art. 3(1)(b) : infraction grave, selon le droit de quel État.
art03-whose-absent = de l'État dont le droit qualifie l'infraction (un État de la demande n'est pas indiqué)
art03-whose-requesting = de l'État requérant ({ $requesting })
art03-whose-requested = de l'État requis ({ $requested })
art03-whose-both = des deux États, { $requesting } et { $requested }
art03-whose-either = de l'un ou l'autre des États, { $requesting } ou { $requested }
art03-serious-yes = Infraction grave au regard du droit { $whose }
art03-serious-no = Pas une infraction grave au regard du droit { $whose }
art03-serious-undetermined = La question de savoir s'il s'agit d'une infraction grave au regard du droit { $whose } n'est pas tranchée

## Art. 3(1) : l'infraction est d'un type visé.
art03-kind-a = (a) une infraction établie conformément à la Convention
art03-kind-a-via = (a) une infraction établie conformément à la Convention { $via }
art03-kind-a-directly-and-via = (a) une infraction établie conformément à la Convention, directement et { $via }
art03-kind-b = (b) une infraction grave
art03-qualifying-yes = L'infraction est d'un type visé à l'art. 3(1) : { $kinds }
art03-qualifying-no-protocol = L'infraction n'est d'aucun type visé à l'art. 3(1) : ce n'est pas une infraction établie conformément à la Convention (son infraction de Protocole ne compte { $via } qu'entre les Parties à ce Protocole), ni une infraction grave
art03-qualifying-no = L'infraction n'est ni une infraction établie conformément à la Convention ou à un Protocole, ni une infraction grave
art03-qualifying-undetermined = La question de savoir si l'infraction est d'un type visé à l'art. 3(1) n'est pas tranchée

## Art. 3(1) : un groupe criminel organisé y est impliqué.
art03-involves-yes = Le groupe criminel organisé est impliqué dans cette infraction
art03-involves-no = Le groupe n'est pas impliqué dans cette infraction
art03-involves-not-ocg = Le groupe impliqué n'est pas un groupe criminel organisé
art03-involves-undetermined = La question de savoir si un groupe criminel organisé est impliqué dans cette infraction n'est pas tranchée

## Art. 3(1) : une infraction visée par la Convention.
art03-scope-yes = Infraction visée par la présente Convention : d'un type visé, de nature transnationale, et un groupe criminel organisé y est impliqué
art03-scope-no = Pas une infraction visée par la présente Convention : { $reasons }
art03-scope-undetermined = La question de savoir si l'infraction est visée par la présente Convention n'est pas tranchée
# Les motifs énumérés dans art03-scope-no.
art03-scope-reason-kind = elle n'est pas d'un type visé
art03-scope-reason-transnational = elle n'est pas de nature transnationale
art03-scope-reason-ocg = aucun groupe criminel organisé n'y est impliqué

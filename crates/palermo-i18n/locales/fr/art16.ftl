# Article 16 (extradition) : constatations de l'art. 16(1) à 16(17), de l'applicabilité de l'article à la base légale et à ce qui s'attache à une demande.
# $requesting et $requested : les deux États de la demande (nom et code, ou code seul) ; $state : un autre État. Voir docs/translations/h1.md.

## 16(1) : double incrimination.
art16-punishable = punissable
art16-not-punishable = non punissable
art16-punishable-unknown = d'une punissabilité non établie

art16-dual-criminality = Le comportement { $in_requesting ->
        [art16-punishable] est punissable
        [art16-not-punishable] n'est pas punissable
       *[other] est d'une punissabilité non établie
    } en vertu du droit interne de l'État requérant, { $requesting }, et { $in_requested ->
        [art16-punishable] est punissable
        [art16-not-punishable] n'est pas punissable
       *[other] est d'une punissabilité non établie
    } en vertu de celui de l'État requis, { $requested }{ $fails ->
        [true] {" "}: la double incrimination, condition commune aux deux branches, fait défaut
       *[false] {""}
    }

## 16(1) : les deux branches et l'applicabilité de l'article.
art16-first-limb-yes = Première branche : infraction visée par la présente Convention
art16-first-limb-no = La première branche fait défaut : l'infraction n'est pas visée par la présente Convention
art16-first-limb-open = Première branche : la question de savoir si l'infraction est visée par la présente Convention n'est pas tranchée
art16-second-limb-yes = Deuxième branche : infraction visée à l'art. 3(1)(a) ou (b) impliquant un groupe criminel organisé, et la personne faisant l'objet de la demande se trouve sur le territoire de l'État requis, { $requested } (le caractère transnational n'est pas requis)
art16-second-limb-elsewhere = La deuxième branche fait défaut : la personne faisant l'objet de la demande se trouve sur le territoire de l'État { $state }, et non sur celui de l'État requis, { $requested }
art16-second-limb-no = La deuxième branche fait défaut : aucune infraction visée à l'art. 3(1)(a) ou (b) impliquant un groupe criminel organisé
art16-second-limb-open = Deuxième branche : question non tranchée (nature de l'infraction, implication d'un groupe ou lieu où se trouve la personne)
art16-applies-both-limbs = L'article 16 s'applique (au titre des deux branches) ; la double incrimination est établie
art16-applies-first-limb = L'article 16 s'applique (première branche : infraction visée par la Convention) ; la double incrimination est établie
art16-applies-second-limb = L'article 16 s'applique (deuxième branche : personne se trouvant sur le territoire de l'État requis) ; la double incrimination est établie
art16-applies-not-in-force = L'article 16 ne s'applique pas : la Convention n'est pas en vigueur entre les deux États
art16-applies-no-dual-criminality = L'article 16 ne s'applique pas : le comportement n'est pas punissable dans les deux États
art16-applies-no-limb = L'article 16 ne s'applique pas : aucune des deux branches de l'art. 16(1) n'est remplie
art16-applies-open = La question de savoir si l'article 16 s'applique n'est pas tranchée

## 16(2) : infractions graves distinctes hors du champ de l'article. $offence : numéro de l'infraction dans la demande.
art16-separate-serious-yes = L'infraction n° { $offence } n'entre pas dans le champ de l'art. 16 mais constitue une infraction grave distincte : l'État requis, { $requested }, peut lui appliquer également l'article
art16-separate-serious-no = L'infraction n° { $offence } n'entre pas dans le champ de l'art. 16 et n'est pas une infraction grave : l'art. 16(2) ne s'y étend pas
art16-separate-serious-open = L'infraction n° { $offence } n'entre pas dans le champ de l'art. 16 ; la question de savoir s'il s'agit d'une infraction grave (aux fins de l'art. 16(2)) n'est pas tranchée

## 16(5)(a) : la notification de l'État requis, lue pour la présente demande.
art16-notification-takes = L'État requis, { $requested }, considère la Convention comme la base légale de l'extradition
art16-notification-declines = L'État requis, { $requested }, ne considère pas la Convention comme la base légale de l'extradition
art16-notification-declines-own-law = L'État requis, { $requested }, ne considère pas la Convention comme la base légale de l'extradition ; sa notification indique qu'il extrade en vertu de son droit interne, de ses traités et sur la base de la réciprocité
art16-notification-reciprocal-met = L'État requis, { $requested }, considère la Convention comme la base légale à l'égard des États Parties qui font de même, ce qui est le cas de l'État requérant, { $requesting }
art16-notification-reciprocal-not-met = L'État requis, { $requested }, ne considère la Convention comme la base légale qu'à charge de réciprocité, et l'État requérant, { $requesting }, ne la considère pas comme telle
art16-notification-reciprocal-unknown = L'État requis, { $requested }, ne considère la Convention comme la base légale qu'à l'égard des États Parties qui font de même ; il n'est pas établi que l'État requérant, { $requesting }, le fasse
art16-notification-like-case-national = L'État requis, { $requested }, ne considère la Convention comme la base légale qu'à charge de réciprocité ; l'État requérant, { $requesting }, la considère comme telle sauf pour ses propres ressortissants, de sorte que, dans un cas analogue (un ressortissant de l'État requis), il ne le ferait pas : la réciprocité fait défaut pour cette personne, ressortissante de l'État requis (interprétation)
art16-notification-like-case-other = L'État requis, { $requested }, ne considère la Convention comme la base légale qu'à charge de réciprocité ; l'État requérant, { $requesting }, la considère comme telle sauf pour ses propres ressortissants, ce qui est sans incidence en l'espèce : la personne n'est pas ressortissante de l'État requis (interprétation)
art16-notification-like-case-unknown = L'État requis, { $requested }, ne considère la Convention comme la base légale qu'à charge de réciprocité ; l'État requérant, { $requesting }, la considère comme telle sauf pour ses propres ressortissants, de sorte que la réciprocité dépend du point de savoir si la personne est ressortissante de l'État requis, ce qui n'est pas indiqué
art16-notification-except-nationals-national = L'État requis, { $requested }, considère la Convention comme la base légale, mais non pour la remise de ses propres ressortissants, et la personne est l'un d'eux
art16-notification-except-nationals-other = L'État requis, { $requested }, considère la Convention comme la base légale, sauf pour ses propres ressortissants ; la personne n'est pas l'un de ses ressortissants
art16-notification-except-nationals-unknown = L'État requis, { $requested }, considère la Convention comme la base légale, sauf pour ses propres ressortissants ; la nationalité de la personne n'est pas indiquée
art16-notification-treaty-unstated = L'État requis, { $requested }, a notifié qu'il subordonne l'extradition à l'existence d'un traité, sans préciser s'il considère la Convention comme tel
art16-notification-content-unknown = L'État requis, { $requested }, a fait au titre de l'art. 16(5)(a) une notification dont le contenu n'est pas repris dans les données
art16-notification-none = Aucune notification de l'État requis, { $requested }, au titre de l'art. 16(5)(a) n'est enregistrée (la liste fournie est incomplète) ; on ignore donc s'il considère la Convention comme une base légale
# $reading : l'un des messages ci-dessus ; un traité d'extradition lie les deux États.
art16-notification-not-deciding = { $reading } ; cela ne tranche pas la présente demande : un traité d'extradition lie l'État requérant, { $requesting }, et l'État requis, { $requested }, de sorte que la voie est celle de l'art. 16(3), et non de l'art. 16(4)

## 16(3) : infractions de plein droit incluses dans un traité d'extradition. $name : nom du traité tel que l'indique le dossier.
art16-deemed-included-yes = Un traité d'extradition lie les deux États : les infractions auxquelles s'applique l'art. 16 y sont de plein droit incluses en tant qu'infractions dont l'auteur peut être extradé
art16-deemed-included-yes-named = Le traité d'extradition « { $name } » lie les deux États : les infractions auxquelles s'applique l'art. 16 y sont de plein droit incluses en tant qu'infractions dont l'auteur peut être extradé
art16-deemed-included-no = Aucun traité d'extradition ne lie les deux États ; l'art. 16(3) n'a donc aucun traité à compléter
art16-deemed-included-open = Il n'est pas indiqué si un traité d'extradition lie les deux États

## 16(4) : la Convention comme base légale. $treaty_unknown : on ignore si un traité lie les États ; $requires_unknown : on ignore si l'État requis subordonne l'extradition à l'existence d'un traité.
art16-convention-basis-not-engaged = Sans objet : un traité d'extradition lie les deux États, et l'art. 16(4) ne vise que les demandes émanant d'un État avec lequel l'État requis n'a pas conclu de traité d'extradition (la voie est celle de l'art. 16(3))
art16-convention-basis-not-engaged-named = Sans objet : le traité d'extradition « { $name } » lie les deux États, et l'art. 16(4) ne vise que les demandes émanant d'un État avec lequel l'État requis n'a pas conclu de traité d'extradition (la voie est celle de l'art. 16(3))
art16-convention-basis-not-needed = L'État requis, { $requested }, ne subordonne pas l'extradition à l'existence d'un traité ({ $inferred ->
        [true] comme l'indique sa notification au titre de l'art. 16(5)(a)
       *[false] selon le dossier
    }) ; l'art. 16(4) n'est donc pas nécessaire (l'art. 16(6) s'applique)
art16-convention-basis-not-needed-law = L'État requis, { $requested }, ne subordonne pas l'extradition à l'existence d'un traité (comme l'indiquent les données sur le droit de l'extradition) ; l'art. 16(4) n'est donc pas nécessaire (l'art. 16(6) s'applique)
art16-convention-basis-may-if-no-treaty = Si aucun traité d'extradition ne lie les deux États : { $requires_unknown ->
        [true] si l'État requis, { $requested }, subordonne l'extradition à l'existence d'un traité, il
       *[false] l'État requis, { $requested },
    } peut considérer la Convention comme la base légale (à sa discrétion) ; l'art. 16(4) n'est applicable que si aucun traité d'extradition ne lie les deux États, ce qui n'est pas indiqué
art16-convention-basis-may = { $requires_unknown ->
        [true] Si l'État requis, { $requested }, subordonne l'extradition à l'existence d'un traité, il
       *[false] L'État requis, { $requested },
    } peut considérer la Convention comme la base légale (à sa discrétion)
art16-convention-basis-declines = { $treaty_unknown ->
        [true] Si aucun traité d'extradition ne lie les deux États : { $requires_unknown ->
            [true] si l'État requis, { $requested }, subordonne l'extradition à l'existence d'un traité, il
           *[false] l'État requis, { $requested },
        }
       *[false] { $requires_unknown ->
            [true] Si l'État requis, { $requested }, subordonne l'extradition à l'existence d'un traité, il
           *[false] L'État requis, { $requested },
        }
    } ne considère pas la Convention comme la base légale : aucune voie au titre de l'art. 16(4)
art16-convention-basis-open = { $treaty_unknown ->
        [true] Si aucun traité d'extradition ne lie les deux États : { $requires_unknown ->
            [true] si l'État requis, { $requested }, subordonne l'extradition à l'existence d'un traité, la question de savoir s'il
           *[false] la question de savoir si l'État requis, { $requested },
        }
       *[false] { $requires_unknown ->
            [true] Si l'État requis, { $requested }, subordonne l'extradition à l'existence d'un traité, la question de savoir s'il
           *[false] La question de savoir si l'État requis, { $requested },
        }
    } considère la Convention comme la base légale n'est pas tranchée

## 16(6) : un État qui ne subordonne pas l'extradition à l'existence d'un traité. $inferred : déduit de sa notification au titre de l'art. 16(5)(a), non indiqué dans le dossier.
art16-recognised-own-law = L'État requis, { $requested }, ne subordonne pas l'extradition à l'existence d'un traité (comme l'indique sa notification au titre de l'art. 16(5)(a) : il extrade en vertu de son droit interne, de ses traités et sur la base de la réciprocité) : il doit reconnaître les infractions auxquelles s'applique l'art. 16 comme des infractions dont l'auteur peut être extradé entre les deux États, aux conditions prévues par son droit (art. 16(7)), telles que la réciprocité
art16-recognised = L'État requis, { $requested }, ne subordonne pas l'extradition à l'existence d'un traité ({ $inferred ->
        [true] comme l'indique sa notification au titre de l'art. 16(5)(a)
       *[false] selon le dossier
    }) : il doit reconnaître les infractions auxquelles s'applique l'art. 16 comme des infractions dont l'auteur peut être extradé entre les deux États, aux conditions prévues par son droit (art. 16(7))
art16-recognised-not-applicable = L'État requis, { $requested }, subordonne l'extradition à l'existence d'un traité ({ $inferred ->
        [true] ce qui est déduit de son choix au titre de l'art. 16(5)(a)
       *[false] selon le dossier
    }) ; l'art. 16(6) ne s'applique donc pas
art16-recognised-open = Il n'est pas indiqué si l'État requis, { $requested }, subordonne l'extradition à l'existence d'un traité
# D'après les données sur le droit de l'extradition (un relevé du droit de l'État, cité). $requesting : l'État requérant, dont le traitement par un droit mixte est déterminant.
art16-recognised-law = L'État requis, { $requested }, ne subordonne pas l'extradition à l'existence d'un traité (comme l'indiquent les données sur le droit de l'extradition) : il doit reconnaître les infractions auxquelles s'applique l'art. 16 comme des infractions dont l'auteur peut être extradé entre les deux États, aux conditions prévues par son droit (art. 16(7))
art16-recognised-not-applicable-law = L'État requis, { $requested }, subordonne l'extradition à l'existence d'un traité (comme l'indiquent les données sur le droit de l'extradition) ; l'art. 16(6) ne s'applique donc pas
art16-recognised-open-mixed = La question de savoir si l'État requis, { $requested }, subordonne l'extradition à l'existence d'un traité n'est pas tranchée : selon les données sur le droit de l'extradition, son droit est mixte (un traité ou un accord est exigé pour certains États et non pour d'autres) ; cela dépend donc de la manière dont son droit traite l'État requérant, { $requesting }
# $reading : l'un des messages ci-dessus sur l'art. 16(6), déduit de la notification au titre de l'art. 16(5)(a) ; les données sur le droit de l'extradition indiquent le contraire.
art16-law-record-overridden = { $reading } ; les données sur le droit de l'extradition indiquent le contraire pour l'État requis, { $requested }, mais sa notification au titre de l'art. 16(5)(a) est réputée prévaloir (interprétation)

## La réponse : la Convention fournit-elle une base légale de l'extradition, et par quelle voie.
art16-basis-yes-treaty = Oui : l'infraction est de plein droit incluse dans le traité d'extradition qui lie les deux États (art. 16(3)) ; l'extradition reste subordonnée aux conditions prévues par le droit interne et les traités de l'État requis, { $requested } (art. 16(7))
art16-basis-yes-treaty-named = Oui : l'infraction est de plein droit incluse dans le traité d'extradition « { $name } » (art. 16(3)) ; l'extradition reste subordonnée aux conditions prévues par le droit interne et les traités de l'État requis, { $requested } (art. 16(7))
art16-basis-yes-own-law = Oui : l'État requis, { $requested }, a déclaré ne pas considérer la Convention comme la base légale, mais il extrade sans traité (en vertu de son droit interne et sur la base de la réciprocité) ; l'art. 16(6) l'oblige donc à traiter l'infraction comme une infraction dont l'auteur peut être extradé en vertu de son droit interne, aux conditions que ce droit prévoit ; l'extradition reste subordonnée aux conditions prévues par son droit interne et ses traités (art. 16(7))
art16-basis-yes-no-treaty-needed = Oui : l'État requis, { $requested }, ne subordonne pas l'extradition à l'existence d'un traité et doit reconnaître l'infraction comme une infraction dont l'auteur peut être extradé (art. 16(6)) ; l'extradition reste subordonnée aux conditions prévues par son droit interne et ses traités (art. 16(7))
art16-basis-yes-convention = Oui : l'État requis, { $requested }, subordonne l'extradition à l'existence d'un traité et considère, à sa discrétion, la Convention comme la base légale (art. 16(4) et 16(5)(a)) ; l'extradition reste subordonnée aux conditions prévues par son droit interne et ses traités (art. 16(7))
art16-basis-yes-convention-or-no-treaty = Oui : l'État requis, { $requested }, considère la Convention comme une base légale : l'art. 16(4) offre une voie, à sa discrétion, s'il subordonne l'extradition à l'existence d'un traité, l'art. 16(6) dans le cas contraire ; la plus faible des deux obligations est retenue ; l'extradition reste subordonnée aux conditions prévues par son droit interne et ses traités (art. 16(7))
art16-basis-yes-treaty-or-convention = Oui : il n'est pas indiqué si un traité d'extradition lie les deux États, mais une voie existe dans les deux cas : l'art. 16(3) s'il existe un traité, l'art. 16(4), à la discrétion de l'État requis, dans le cas contraire ; la plus faible des deux obligations est retenue ; l'extradition reste subordonnée aux conditions prévues par le droit interne et les traités de l'État requis, { $requested } (art. 16(7))
art16-basis-yes-treaty-or-no-treaty-needed = Oui : il n'est pas indiqué si un traité d'extradition lie les deux États, mais une voie existe dans les deux cas : l'art. 16(3) s'il existe un traité, l'art. 16(6) dans le cas contraire ; la plus faible des deux obligations est retenue ; l'extradition reste subordonnée aux conditions prévues par le droit interne et les traités de l'État requis, { $requested } (art. 16(7))
art16-basis-yes-treaty-or-either = Oui : il n'est pas indiqué si un traité d'extradition lie les deux États, mais une voie existe dans les deux cas : l'art. 16(3) s'il existe un traité, l'art. 16(4) ou 16(6) dans le cas contraire ; la plus faible des deux obligations est retenue ; l'extradition reste subordonnée aux conditions prévues par le droit interne et les traités de l'État requis, { $requested } (art. 16(7))
art16-basis-yes = Oui ; l'extradition reste subordonnée aux conditions prévues par le droit interne et les traités de l'État requis, { $requested } (art. 16(7))
art16-basis-no-not-in-force = Non : la Convention n'est pas en vigueur entre les deux États
art16-basis-no-not-applicable = Non : l'article 16 ne s'applique pas à l'infraction ou aux infractions
art16-basis-no-route = Non : il n'existe pas de traité d'extradition entre l'État requérant, { $requesting }, et l'État requis, { $requested } ; ce dernier ne considère pas la Convention comme la base légale et subordonne l'extradition à l'existence d'un traité
art16-basis-open = Indéterminé : { $n ->
        [one] { $n } fait manquant
       *[other] { $n } faits manquants
    }

## 16(5)(b) et 16(17) : aucune voie ; l'obligation de s'efforcer de conclure des traités et des accords.
art16-seek-treaties = L'État requis, { $requested }, ne considère pas la Convention comme une base légale ; il s'efforce, s'il y a lieu, de conclure des traités d'extradition avec d'autres États Parties
art16-seek-agreements = Les États s'efforcent de conclure des accords ou arrangements bilatéraux et multilatéraux pour permettre l'extradition ou en accroître l'efficacité

## 16(7) : le droit propre de l'État requis. Chaque obstacle est un élément de la liste $bars.
art16-bar-minimum-penalty = le seuil de peine minimale n'est pas atteint
art16-bar-political-offence = l'exception d'infraction politique fait obstacle à l'extradition
art16-bar-death-penalty = la règle relative à la peine de mort fait obstacle à l'extradition
art16-bar-ne-bis-in-idem = le principe ne bis in idem fait obstacle à l'extradition
art16-bar-limitation = la prescription fait obstacle à l'extradition
art16-bar-evidence = les exigences en matière de preuve ne sont pas satisfaites
art16-domestic-bars = Le droit de l'État requis, { $requested }, fait obstacle à l'extradition (selon le dossier) : { $bars }
art16-domestic-met = Les conditions prévues par le droit de l'État requis, { $requested }, sont remplies selon le dossier (peine minimale, motifs de refus, preuve)
art16-domestic-open = L'extradition est subordonnée aux conditions prévues par le droit interne et les traités de l'État requis, { $requested } : peine minimale, motifs de refus (infraction politique, peine de mort, ne bis in idem, prescription), exigences en matière de preuve ; la Convention elle-même ne prévoit aucun de ces motifs

## 16(8), 16(9), 16(13), 16(14), 16(16).
art16-expedite = Sous réserve de leur droit interne, les États s'efforcent d'accélérer les procédures d'extradition et de simplifier les exigences en matière de preuve
art16-provisional-arrest = En cas d'urgence, l'État requis, { $requested }, peut, à la demande de l'État requérant, { $requesting }, placer la personne en détention ou prendre d'autres mesures pour assurer sa présence lors de la procédure, sous réserve de son droit interne et de ses traités
art16-fair-treatment = La personne se voit garantir un traitement équitable à tous les stades de la procédure, y compris la jouissance de tous les droits et de toutes les garanties prévus par le droit interne de l'État sur le territoire duquel elle se trouve
art16-discrimination-refusal = L'État requis, { $requested }, n'est pas tenu d'extrader s'il a de sérieuses raisons de penser que la demande vise à punir la personne en raison de son sexe, de sa race, de sa religion, de sa nationalité, de son origine ethnique ou de ses opinions politiques (liste limitative ; d'autres motifs uniquement en vertu de son propre droit)
art16-consult-before-refusal = Avant de refuser l'extradition, l'État requis, { $requested }, consulte, s'il y a lieu, l'État requérant, { $requesting }, afin de lui donner la possibilité de présenter ses opinions et des informations

## 16(10) : un ressortissant de l'État requis : poursuites à défaut d'extradition.
art16-prosecute-nationality-open = Il n'est pas indiqué si la personne est ressortissante de l'État requis, { $requested } ; dans l'affirmative, si cet État refuse l'extradition à ce seul motif, il est tenu, à la demande de l'État requérant, { $requesting }, de soumettre l'affaire à ses autorités compétentes aux fins de poursuites
art16-prosecute-not-national = La personne n'est pas ressortissante de l'État requis, { $requested } : l'obligation de poursuivre à défaut d'extrader ne naît pas
art16-prosecute-extradites-nationals = La personne est ressortissante de l'État requis, { $requested }, mais cet État extrade ses ressortissants (selon le dossier) : l'obligation ne naît pas
art16-prosecute-enforcement-allowed = L'extradition est demandée aux fins d'exécution d'une peine ; l'art. 16(12) est donc déterminant ; le droit de l'État requis, { $requested }, permet de poursuivre la personne malgré le jugement étranger (selon le dossier) ; si cet État refuse l'extradition au seul motif que la personne est l'un de ses ressortissants, il est tenu, à la demande de l'État requérant, { $requesting }, de soumettre l'affaire aux fins de poursuites
art16-prosecute-enforcement-barred = L'extradition est demandée aux fins d'exécution d'une peine ; l'art. 16(12) est donc déterminant ; le droit de l'État requis, { $requested }, interdit de poursuivre à nouveau la personne après le jugement étranger (selon le dossier) ; l'art. 16(10), qui vise une personne non encore jugée, n'apporte donc rien en l'espèce
art16-prosecute-enforcement-open = L'extradition est demandée aux fins d'exécution d'une peine ; l'art. 16(12) est donc déterminant ; l'art. 16(10) (soumettre l'affaire aux fins de poursuites) vise une personne non encore jugée : la question de savoir si l'État requis, { $requested }, pourrait engager des poursuites après le jugement étranger relève du principe ne bis in idem tel que l'applique son droit
art16-prosecute-duty = La personne est ressortissante de l'État requis, { $requested }, qui n'extrade pas ses ressortissants (selon le dossier) : s'il refuse l'extradition à ce seul motif, il est tenu, à la demande de l'État requérant, { $requesting }, de soumettre l'affaire sans retard excessif à ses autorités compétentes aux fins de poursuites (voir art. 15(3))
art16-prosecute-duty-either-way = La personne est ressortissante de l'État requis, { $requested }, qui n'extrade pas ses ressortissants, et pourrait y être poursuivie même après un jugement étranger (selon le dossier) : que l'extradition soit demandée aux fins de jugement ou d'exécution d'une peine, si cet État la refuse à ce seul motif, il est tenu, à la demande de l'État requérant, { $requesting }, de soumettre l'affaire aux fins de poursuites (voir art. 15(3))
art16-prosecute-duty-if-trial = La personne est ressortissante de l'État requis, { $requested }, qui n'extrade pas ses ressortissants (selon le dossier) : si l'extradition est demandée aux fins de jugement, cet État, en cas de refus fondé sur ce seul motif, est tenu de soumettre l'affaire aux fins de poursuites à la demande de l'État requérant, { $requesting } ; il n'est pas indiqué si elle est demandée aux fins d'exécution d'une peine (auquel cas l'art. 16(12) est déterminant)
art16-prosecute-depends = La personne est ressortissante de l'État requis, { $requested } ; c'est le point de savoir si le droit de cet État permet d'extrader ses ressortissants qui détermine si, en cas de refus fondé sur ce seul motif, il est tenu de poursuivre à la demande de l'État requérant, { $requesting } (voir art. 15(3))

## 16(11) : remise conditionnelle d'un ressortissant.
art16-surrender-nationality-open = Il n'est pas indiqué si la personne est ressortissante de l'État requis, { $requested } (la remise conditionnelle d'un ressortissant, art. 16(11), suffirait à l'exécution de l'obligation prévue à l'art. 16(10))
art16-surrender-not-national = La personne n'est pas ressortissante de l'État requis, { $requested } : la remise conditionnelle est sans objet
art16-surrender-not-needed = L'État requis, { $requested }, extrade ses ressortissants (selon le dossier) : la remise conditionnelle n'est pas nécessaire
art16-surrender-allowed = Le droit de l'État requis, { $requested }, permet la remise d'un ressortissant à condition qu'il soit renvoyé pour purger sa peine : si les deux États s'accordent sur cette option, cette remise suffit à l'exécution de l'obligation prévue à l'art. 16(10)
art16-surrender-barred = Le droit de l'État requis, { $requested }, ne permet pas la remise conditionnelle de ses ressortissants (selon le dossier)
art16-surrender-depends = La question de savoir si le droit de l'État requis, { $requested }, permet la remise d'un ressortissant à condition qu'il soit renvoyé pour purger sa peine relève de ce droit

## 16(12) : exécution d'une peine prononcée à l'étranger au lieu de la remise d'un ressortissant.
art16-enforce-not-sought = L'extradition est demandée aux fins de poursuites, et non d'exécution d'une peine
art16-enforce-not-national = La personne n'est pas ressortissante de l'État requis, { $requested } : l'art. 16(12) (exécution de la peine au lieu de la remise d'un ressortissant) est sans objet
art16-enforce-extradites-nationals = L'État requis, { $requested }, extrade ses ressortissants (selon le dossier) : il n'y a pas de refus fondé sur ce motif auquel l'art. 16(12) pourrait faire suite
art16-enforce-open = Il n'est pas indiqué si l'extradition est demandée aux fins d'exécution d'une peine déjà prononcée
art16-enforce-nationality-open = L'extradition est demandée aux fins d'exécution d'une peine ; il n'est pas indiqué si la personne est ressortissante de l'État requis, { $requested } (condition pour que l'art. 16(12) s'applique en cas de refus fondé sur ce motif)
art16-enforce-consider = L'extradition est demandée aux fins d'exécution d'une peine : si l'État requis, { $requested }, refuse de remettre son ressortissant, il envisage, à la demande de l'État requérant, { $requesting }, de faire exécuter lui-même la peine prononcée ou le reliquat de cette peine (son droit le lui permet)
art16-enforce-barred = Le droit de l'État requis, { $requested }, ne permet pas de faire exécuter la peine prononcée à l'étranger (selon le dossier)
art16-enforce-depends = L'extradition est demandée aux fins d'exécution d'une peine : si l'État requis, { $requested }, refuse de remettre son ressortissant, il envisage de faire exécuter lui-même la peine, si son droit interne le lui permet

## 16(15), également pour l'art. 18(22) par l'art. 13(3) et l'art. 18 : questions fiscales. $citation : la disposition appliquée.
art16-fiscal-yes = L'infraction touche aussi à des questions fiscales : l'État requis, { $requested }, ne peut refuser la demande à ce seul motif
art16-fiscal-no = L'infraction ne touche pas à des questions fiscales : { $citation } n'entre pas en jeu
art16-fiscal-open = Il n'est pas indiqué si l'infraction touche aussi à des questions fiscales (dans l'affirmative, ce ne peut être le seul motif de refus)

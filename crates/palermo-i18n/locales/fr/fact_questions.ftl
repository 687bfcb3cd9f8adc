# Faits manquants sous forme de questions (fact_questions.rs). $offence : le
# numéro de l'infraction dans [[offences]], ou 0 pour l'infraction unique du
# dossier ; $state : un État (son nom et son code) ; $path : un chemin sans question.

fq-unknown = Quelle est la valeur de `{ $path }` ?
fq-max-penalty = Quelle est la peine maximale prévue pour { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} par le droit de l'État { $state } ?
fq-punishable-in = Le comportement constitutif de { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} est-il une infraction au regard du droit de l'État { $state } ?
fq-punishable-when-committed = Le comportement constitutif de { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} était-il une infraction au regard du droit de l'État { $state } au moment où il a été commis ?
fq-committed-in = Dans quels États les faits constitutifs de { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} ont-ils été commis ?
fq-prepared-in = Dans quels États une partie substantielle de la préparation, de la planification, de la conduite ou du contrôle de { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} a-t-elle eu lieu ?
fq-substantial-effects-in = Dans quels États les faits constitutifs de { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} ont-ils eu des effets substantiels ?
fq-involves-group = Le groupe a-t-il pris part à { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} ?
fq-convention-offences = S'agit-il, pour { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
}, d'une infraction établie conformément à la Convention ou à un Protocole (art. 5, 6, 8 et 23 ; Protocole TP, art. 5 ; Protocole MIG, art. 6 ; Protocole AF, art. 5), ou d'aucune de celles-ci ?
fq-el-predicate-punishable-in = L'infraction qui a généré le produit blanchi dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} est-elle une infraction au regard du droit de l'État { $state } ?
fq-el-intentional = Les faits constitutifs de { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} ont-ils été commis intentionnellement ?
fq-el-tip-acts = Quels actes les faits constitutifs de { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} comportent-ils : recrutement, transport, transfert, hébergement ou accueil de personnes ?
fq-el-tip-means = Quels moyens ont été employés dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} (force ou autres formes de contrainte, enlèvement, fraude ou tromperie, abus d'autorité ou d'une situation de vulnérabilité, paiements à une personne ayant autorité sur une autre), le cas échéant ?
fq-el-tip-purposes = À quelle fin d'exploitation les faits constitutifs de { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} ont-ils été commis ?
fq-el-victim-age = Quel âge avait la victime de { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} au moment des faits ?
fq-el-procured-illegal-entry = Les faits constitutifs de { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} ont-ils assuré l'entrée illégale d'une personne dans un État dont elle n'est ni ressortissante ni résidente permanente ?
fq-el-smuggling-motive = Pour quel motif les faits constitutifs de { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} ont-ils été commis : pour en tirer un avantage financier ou un autre avantage matériel, pour des raisons humanitaires, pour aider des proches, ou pour aucun de ces motifs ?
fq-el-firearms-conduct = Les faits constitutifs de { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} comportent-ils la fabrication ou le trafic illicites d'armes à feu, ou l'altération de leurs marquages ?
fq-el-participation-conduct = Comment la personne a-t-elle participé au groupe dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} : en s'entendant en vue de commettre une infraction grave, en prenant une part active à ses activités criminelles ou autres, ou en organisant, dirigeant, aidant ou conseillant ?
fq-el-object-crime-serious = L'infraction convenue ou organisée dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} est-elle une infraction grave (peine maximale d'au moins quatre ans) ?
fq-el-agreement-benefit = L'entente dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} visait-elle à obtenir un avantage financier ou un autre avantage matériel ?
fq-el-knew-group-aim = Dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
}, la personne avait-elle connaissance soit du but et de l'activité criminelle générale du groupe, soit de son intention de commettre les infractions en question ?
fq-el-knew-contribution = Dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
}, la personne savait-elle que sa participation aux autres activités du groupe contribuerait à la réalisation de son but criminel ?
fq-el-laundering-conduct = Quel acte les faits constitutifs de { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} ont-ils comporté à l'égard des biens : conversion ou transfert, dissimulation ou déguisement, acquisition, détention ou utilisation, ou participation à de tels actes ?
fq-el-knew-proceeds = Dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
}, la personne savait-elle que les biens étaient le produit du crime (pour l'acquisition, la détention ou l'utilisation : au moment de leur réception) ?
fq-el-laundering-purpose = Dans quel but les biens ont-ils été convertis ou transférés dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} : dissimuler leur origine illicite, aider un auteur à échapper aux conséquences juridiques de ses actes, ou aucun des deux ?
fq-el-predicate = Quelle infraction a généré le produit blanchi dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} : une infraction grave, une infraction visée aux art. 5, 8 ou 23, ou une autre ?
fq-el-predicate-committed-in = Dans quel État l'infraction qui a généré le produit blanchi dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} a-t-elle été commise ?
fq-el-self-laundering = La personne qui a blanchi le produit dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} a-t-elle aussi commis l'infraction qui l'a généré ?
fq-el-bribery = Dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
}, l'avantage a-t-il été promis, offert ou accordé (corruption active), ou sollicité ou accepté (corruption passive) ?
fq-el-official = Quel agent est en cause dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} : un agent public national, un agent public étranger ou un fonctionnaire international ?
fq-el-undue-advantage = Un avantage indu a-t-il été promis, offert, accordé, sollicité ou accepté dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} ?
fq-el-official-act = L'avantage dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} visait-il à ce que l'agent accomplisse ou s'abstienne d'accomplir un acte dans l'exercice de ses fonctions officielles ?
fq-el-obstruction-means = Quels moyens ont été employés dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} : force physique, menaces, intimidation ou avantage indu ?
fq-el-obstruction-aim = Quel était le but de { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} : obtenir un faux témoignage, empêcher un témoignage ou la présentation d'éléments de preuve, ou entraver l'exercice des fonctions officielles d'un agent ?
fq-el-proceeding-covered = La procédure, ou les fonctions de l'agent, entravées dans { $offence ->
    [0] l'infraction
   *[other] l'infraction { $offence }
} concernent-elles des infractions visées par la Convention ?
fq-group-members = Combien de personnes le groupe compte-t-il ?
fq-group-randomly-formed = Le groupe s'est-il constitué au hasard pour commettre immédiatement une infraction ?
fq-group-exists-for-period = Le groupe existe-t-il depuis un certain temps ?
fq-group-acts-in-concert = Les membres du groupe agissent-ils de concert ?
fq-group-aims = Quel est le but du groupe : commettre des infractions graves, des infractions établies conformément à la Convention, ou autre chose ?
fq-group-benefit = Le groupe cherche-t-il à obtenir un avantage financier ou un autre avantage matériel ?
fq-group-active-in = Dans quels États le groupe se livre-t-il à des activités criminelles ?
fq-suspicion-transnational = L'État requérant a-t-il des motifs raisonnables de soupçonner que l'infraction est de nature transnationale (y compris que les victimes, les témoins, le produit, les instruments ou les éléments de preuve se trouvent dans l'État requis) ?
fq-suspicion-organized-criminal-group = L'État requérant a-t-il des motifs raisonnables de soupçonner qu'un groupe criminel organisé est impliqué ?
fq-request-requesting-state = Quel État présente la demande (l'État requérant) ?
fq-request-requested-state = À quel État la demande est-elle adressée (l'État requis) ?
fq-request-kind = Quelle forme de coopération est demandée ?
fq-request-person-habitual-residence = L'auteur présumé de l'infraction n'ayant pas de nationalité, dans quel État a-t-il sa résidence habituelle (art. 15(2)(b)) ?
fq-request-confiscation-measure = Est-il demandé à l'État requis d'obtenir sa propre décision de confiscation, de donner effet à celle de l'État requérant, ou d'identifier, de localiser, de geler ou de saisir (art. 13(1)(a), 13(1)(b), 13(2)) ?
fq-request-property-in-requested-state = Les biens à confisquer se trouvent-ils sur le territoire de l'État requis (art. 13(1)) ?
fq-request-return-requested = L'État requérant demande-t-il la restitution des biens confisqués, pour indemniser les victimes ou les restituer à leurs propriétaires légitimes (art. 14(2)) ?
fq-request-investigative-technique = Quelle technique d'enquête spéciale est demandée : livraisons surveillées, surveillance électronique ou autres formes de surveillance, ou opérations d'infiltration (art. 20(1)) ?
fq-other-base-in-force-between = L'autre base légale n° { $n } indiquée dans le dossier lie-t-elle les deux États ?
fq-other-base-kinds = Quelles formes de coopération prévoit l'autre base légale n° { $n } indiquée dans le dossier ?
fq-other-base-covers-offence = L'autre base légale n° { $n } indiquée dans le dossier s'applique-t-elle à l'infraction ?
fq-request-treaty-in-force = Un autre traité relatif à ce type de coopération est-il en vigueur entre les deux États ?
fq-request-agreed-to-apply-art18-9-29 = Les deux États sont-ils convenus d'appliquer l'art. 18(9)-(29) à la place de leur traité ?
fq-request-measures = Quelle forme d'entraide est demandée (art. 18(3)) ?
fq-request-person-located-in = Où se trouve { $extradition ->
    [true] la personne dont l'extradition est demandée
   *[false] l'auteur présumé de l'infraction
} ?
fq-request-person-nationalities = Quelles sont les nationalités { $extradition ->
    [true] de la personne dont l'extradition est demandée
   *[false] de l'auteur présumé de l'infraction
} ?
fq-request-sentence-enforcement = L'extradition est-elle demandée aux fins d'exécution d'une peine déjà prononcée ?
fq-request-fiscal-aspects = L'infraction porte-t-elle aussi sur des questions fiscales ?
fq-request-concerns-legal-person = La procédure concerne-t-elle la responsabilité d'une personne morale (art. 18(2)) ?
fq-request-route-states = Quels États la livraison surveillée traverse-t-elle, du point de départ à la destination (art. 20(4)) ?
fq-request-route-consent = L'État { $state } consent-il à ce que la livraison surveillée traverse son territoire (art. 20(4)) ?
fq-states-untoc-consent = Quand l'État { $state } a-t-il déposé son instrument de ratification, d'acceptation, d'approbation ou d'adhésion à la Convention (ou n'en a-t-il déposé aucun) ?
fq-states-extradition-requires-treaty = L'État { $state } subordonne-t-il l'extradition à l'existence d'un traité ?
fq-states-convention-as-extradition-basis = L'État { $state } a-t-il notifié qu'il considère la Convention comme la base légale de l'extradition (art. 16(5)(a)) ?
fq-states-central-authority = Quelle autorité centrale l'État { $state } a-t-il désignée pour l'entraide judiciaire (art. 18(13)) ?
fq-states-languages = Quelles langues l'État { $state } accepte-t-il pour les demandes (art. 18(14)) ?
fq-states-within-competence = La question relève-t-elle de la compétence déclarée de la Partie { $state } ?
fq-states-protocol = Quand l'État { $state } a-t-il déposé son instrument relatif au { $protocol } (ou n'en a-t-il déposé aucun) ?
fq-protocol-tip = Protocole relatif à la traite des personnes
fq-protocol-som = Protocole contre le trafic illicite de migrants
fq-protocol-firearms = Protocole relatif aux armes à feu

# La réponse sur laquelle agit une autorité centrale : conclusion, marche à suivre,
# risques, liste de contrôle, points à vérifier dans le traité et mises en garde
# (crates/palermo-rules/src/answer.rs).
# $requesting, $requested : les deux États de la demande, toujours en apposition
# (« l'État requis, Kenya (KEN), ») ; à défaut de nom, les deux termes ci-dessous.

state-requesting-unknown = non indiqué
state-requested-unknown = non indiqué
treaty-unnamed = le traité
treaty-title = { $name }
# Un traité que nomme le dossier, là où figurerait « le traité » : son titre tel que
# le dossier l'écrit, entre guillemets (les deux messages ne diffèrent qu'en anglais).
treaty-named = le traité « { $name } »
treaty-named-with-the = le traité « { $name } »

# Nature de la coopération, employée après « pour » (headline-no).
kind-extradition = l'extradition
kind-mutual-legal-assistance = l'entraide judiciaire
kind-confiscation = la coopération internationale aux fins de confiscation
kind-transfer-of-sentenced-persons = le transfert des personnes condamnées
kind-transfer-of-proceedings = le transfert des procédures pénales
kind-joint-investigation = une enquête conjointe
kind-special-investigative-techniques = le recours à des techniques d'enquête spéciales
kind-law-enforcement-cooperation = la coopération entre les services de détection et de répression

outcome-yes = oui
outcome-no = non
outcome-undetermined = indéterminé
outcome-depends = dépend du droit interne
outcome-conflict = contradiction dans les faits

## Conclusions : la réponse en une phrase.
headline-undetermined = Question non encore tranchée : { $n ->
    [one] un fait détermine la réponse
   *[other] { $n } faits déterminent la réponse
}. Établir d'abord : { $first }
headline-undetermined-no-fact = Question non encore tranchée : il manque un fait nécessaire à la réponse.
headline-conflict = Les faits indiqués se contredisent : rectifier l'affaire avant de se fonder sur quelque réponse que ce soit.
headline-depends = La réponse dépend du droit interne de l'État { $state } : { $question }
headline-depends-no-question = La réponse dépend du droit interne.
headline-covered-yes = Oui : l'infraction est visée par la Convention.
headline-covered-no = Non : l'infraction n'est pas visée par la Convention (« { $reason } »).
headline-no = Non : la Convention ne peut servir de base légale pour { $kind } entre l'État requérant, { $requesting }, et l'État requis, { $requested }. { $n ->
    [one] Constatation déterminante
   *[other] Constatations déterminantes
} : { $reasons }.
headline-no-itself = { $reason } ({ $citation }).
reason-with-citation = « { $reason } » ({ $citation })
headline-yes = Oui : la Convention peut servir de base légale ({ $citation }).
headline-extradition-convention = Oui : l'État requérant, { $requesting }, peut demander l'extradition à l'État requis, { $requested }, en prenant la Convention comme base légale ({ $citation }) ; l'État requis se prononce de manière discrétionnaire.
headline-extradition-treaty = Oui : le traité d'extradition en vigueur entre l'État requérant, { $requesting }, et l'État requis, { $requested }, s'applique, et la Convention y inclut de plein droit l'infraction en tant qu'infraction dont l'auteur peut être extradé ({ $citation }).
headline-extradition-own-law = Oui : l'État requis, { $requested }, extrade en vertu de son droit interne, qui doit reconnaître l'infraction comme infraction dont l'auteur peut être extradé ({ $citation }) ; la Convention elle-même n'est pas la base légale.
headline-extradition-treaty-or-convention = Oui, qu'un traité d'extradition lie ou non l'État requérant, { $requesting }, et l'État requis, { $requested } (le cas ne le dit pas) : s'il en existe un, il s'applique, et la Convention y inclut de plein droit l'infraction en tant qu'infraction dont l'auteur peut être extradé (CTO art. 16(3)) ; s'il n'en existe aucun, l'État requérant peut demander l'extradition en prenant la Convention comme base légale, et l'État requis se prononce de manière discrétionnaire (CTO art. 16(4)).
headline-extradition-treaty-or-own-law = Oui, qu'un traité d'extradition lie ou non l'État requérant, { $requesting }, et l'État requis, { $requested } (le cas ne le dit pas) : s'il en existe un, il s'applique, et la Convention y inclut de plein droit l'infraction en tant qu'infraction dont l'auteur peut être extradé (CTO art. 16(3)) ; s'il n'en existe aucun, l'État requis extrade en vertu de son droit interne, qui doit reconnaître l'infraction comme infraction dont l'auteur peut être extradé (CTO art. 16(6)).
headline-extradition-treaty-or-either = Oui, qu'un traité d'extradition lie ou non l'État requérant, { $requesting }, et l'État requis, { $requested } (le cas ne le dit pas) : s'il en existe un, il s'applique, et la Convention y inclut de plein droit l'infraction en tant qu'infraction dont l'auteur peut être extradé (CTO art. 16(3)) ; s'il n'en existe aucun, l'État requis, selon qu'il subordonne ou non l'extradition à l'existence d'un traité, prend la Convention comme base légale de manière discrétionnaire (CTO art. 16(4)) ou extrade en vertu de son droit interne, qui doit reconnaître l'infraction comme infraction dont l'auteur peut être extradé (CTO art. 16(6)).
headline-extradition-convention-or-own-law = Oui : si l'État requis, { $requested }, subordonne l'extradition à l'existence d'un traité, l'État requérant, { $requesting }, peut lui demander l'extradition en prenant la Convention comme base légale, et il se prononce de manière discrétionnaire (CTO art. 16(4)) ; sinon, l'État requis extrade en vertu de son droit interne, qui doit reconnaître l'infraction comme infraction dont l'auteur peut être extradé (CTO art. 16(6)).
headline-extradition-barred = La remise sera refusée au vu des faits indiqués : { $bars }. La Convention ne peut pas, en l'espèce, prévaloir sur le droit de l'État requis, { $requested }.
headline-extradition-national-prosecute = Une remise n'est pas à attendre : la personne est ressortissante de l'État requis, { $requested }, qui n'extrade pas ses ressortissants. À la demande de l'État requérant, { $requesting }, l'État requis est tenu de soumettre l'affaire sans retard excessif à ses autorités compétentes aux fins de poursuites (CTO art. 16(10)).
headline-extradition-national-enforce = Une remise n'est pas à attendre : la personne est ressortissante de l'État requis, { $requested }, qui n'extrade pas ses ressortissants. Une peine devant être exécutée, l'État requis envisage, sur demande de l'État requérant, { $requesting }, et si son droit interne le lui permet, de faire exécuter cette peine (CTO art. 16(12)).
headline-mla-convention = Oui : l'État requis, { $requested }, est tenu d'accorder à l'État requérant, { $requesting }, l'entraide judiciaire la plus large possible, conformément à l'art. 18(9) à (29) de la Convention (CTO art. 18(1)).
headline-mla-treaty = Oui : l'État requis, { $requested }, est tenu d'accorder l'entraide judiciaire la plus large possible ; le traité d'entraide judiciaire liant les deux États régit la demande (CTO art. 18(7)).
headline-mla-bank-secrecy = Oui : l'État requis, { $requested }, est tenu d'accorder l'entraide et ne peut invoquer le secret bancaire pour la refuser (CTO art. 18(8)).
headline-mla-fiscal = Oui : l'État requis, { $requested }, est tenu d'accorder l'entraide et ne peut la refuser au seul motif que l'infraction est considérée comme touchant aussi à des questions fiscales (CTO art. 18(22)).
headline-mla-refusal-ground = La Convention constitue une base légale, mais l'affaire fait état d'un motif pour lequel le droit de l'État requis, { $requested }, permettrait un refus : l'État requis peut refuser (CTO art. 18(21)), après avoir consulté l'État requérant, { $requesting } (art. 18(26)), et en motivant son refus (art. 18(23)).
headline-confiscation-yes = Oui : l'État requis, { $requested }, doit donner suite à la demande de confiscation de l'État requérant, { $requesting } ({ $citation }), dans toute la mesure possible dans le cadre de son système juridique.
headline-joint-investigation-yes = Oui : l'État requérant, { $requesting }, et l'État requis, { $requested }, peuvent établir une instance d'enquête conjointe en vertu de la Convention, par voie d'accord ou au cas par cas ({ $citation }).
headline-special-techniques-yes = Oui : l'État requérant, { $requesting }, et l'État requis, { $requested }, peuvent recourir ensemble à des techniques d'enquête spéciales, en vertu d'un accord ou au cas par cas ({ $citation }).
headline-transfer-of-proceedings-yes = Oui : l'État requérant, { $requesting }, et l'État requis, { $requested }, sont tenus d'envisager le transfert des procédures ({ $citation }) ; le transfert lui-même obéit à leur droit interne.
headline-law-enforcement-yes = Oui : la Convention fonde une coopération directe entre les services de détection et de répression de l'État requérant, { $requesting }, et de l'État requis, { $requested } ({ $citation }).
headline-transfer-of-sentenced-yes = La Convention se borne à inviter à conclure des accords sur le transfert des personnes condamnées ({ $citation }) : le transfert exige une autre base.

## Marche à suivre : les étapes que prévoit la Convention.
route-establish = Établir : { $question }
route-ask-domestic-law = Demander ce que prévoit le droit interne de l'État { $state } : { $question }
route-other-basis = Rechercher une autre base légale entre l'État requérant, { $requesting }, et l'État requis, { $requested } : un traité bilatéral ou régional, la réciprocité ou le droit interne de l'État requis.
route-extradition-send = Adresser la demande d'extradition à l'État requis, { $requested }, en invoquant { $citation } comme base légale.
route-extradition-send-treaty = Adresser la demande d'extradition à l'État requis, { $requested }, en vertu du traité d'extradition en vigueur entre l'État requérant, { $requesting }, et l'État requis, auquel la Convention ajoute l'infraction en tant qu'infraction dont l'auteur peut être extradé ({ $citation }).
route-extradition-send-by-cases = Établir si un traité d'extradition lie l'État requérant, { $requesting }, et l'État requis, { $requested }. S'il en existe un, adresser la demande en vertu de ce traité, auquel l'article 16(3) ajoute l'infraction ; s'il n'en existe aucun, l'adresser à l'État requis, { $requested }, en invoquant { $citation } comme base légale.
route-extradition-send-by-cases-either = Établir si un traité d'extradition lie l'État requérant, { $requesting }, et l'État requis, { $requested }. S'il en existe un, adresser la demande en vertu de ce traité, auquel l'article 16(3) ajoute l'infraction ; s'il n'en existe aucun, l'adresser à l'État requis, { $requested }, en invoquant la Convention comme base légale (art. 16(4)) s'il subordonne l'extradition à l'existence d'un traité, ou sinon son droit interne, qui doit reconnaître l'infraction comme infraction dont l'auteur peut être extradé (art. 16(6)).
route-extradition-send-convention-or-own-law = Adresser la demande d'extradition à l'État requis, { $requested }, en invoquant la Convention comme base légale (art. 16(4)) s'il subordonne l'extradition à l'existence d'un traité, ou sinon son droit interne, qui doit reconnaître l'infraction comme infraction dont l'auteur peut être extradé (art. 16(6)).
route-extradition-provisional-arrest = Si la personne risque de fuir, demander son arrestation provisoire dans l'attente de la demande, en invoquant l'urgence (art. 16(9)).
route-extradition-consultation = Avant tout refus, l'État requis, { $requested }, consulte, le cas échéant, l'État requérant, { $requesting } : se tenir prêt à fournir des informations complémentaires (art. 16(16)).
route-extradition-prosecute = Demander par écrit à l'État requis, { $requested }, de soumettre l'affaire sans retard excessif à ses autorités compétentes aux fins de poursuites (art. 16(10)).
route-extradition-send-evidence = Transmettre les éléments de preuve nécessaires à ces poursuites par la voie de l'entraide judiciaire ; les deux États coopèrent en matière de procédure et de preuve (art. 16(10) et 18).
route-extradition-enforce-sentence = Demander à l'État requis, { $requested }, de faire exécuter la peine prononcée dans l'État requérant, { $requesting }, ou le reliquat de cette peine (art. 16(12)).
route-extradition-conditional-surrender = Demander si l'État requis, { $requested }, remettrait son ressortissant à la condition qu'il lui soit renvoyé pour purger sa peine ; les modalités convenues suffisent à l'acquitter de l'obligation de poursuivre (art. 16(11)).
route-mla-central-authority = Adresser la demande à l'autorité centrale de l'État requis, { $requested } (art. 18(13)).
route-mla-language = La rédiger dans une langue acceptable pour l'État requis, { $requested } (art. 18(14)).
route-mla-urgent = En cas d'urgence, et si les deux États en conviennent, la transmettre si possible par l'intermédiaire de l'Organisation internationale de police criminelle (INTERPOL) (art. 18(13)), ou la faire oralement et la confirmer sans délai par écrit (art. 18(14)).
route-mla-preservation = Si des éléments de preuve risquent de disparaître, en demander d'abord la conservation, au besoin directement entre services de police (art. 27(1)).
route-mla-confidentiality = Demander que la demande reste confidentielle (art. 18(20)) et préciser l'usage auquel les éléments de preuve sont destinés : ils ne peuvent servir à d'autres procédures sans consentement (art. 18(19)).
route-confiscation-freeze-first = Si les biens risquent d'être déplacés, demander d'abord qu'ils soient identifiés, localisés et gelés ou saisis (art. 13(2)).
route-confiscation-send = Transmettre la demande avec les éléments qu'exigent l'art. 18(15) et l'art. 13(3) ; l'État requis, { $requested }, y donne suite selon ses propres procédures (art. 13(4)).
route-confiscation-return = Demander à l'État requis, { $requested }, d'envisager à titre prioritaire de restituer le produit du crime ou les biens confisqués à l'État requérant, { $requesting }, afin que celui-ci puisse indemniser les victimes ou les restituer à leurs propriétaires légitimes ; l'État requis le fait dans la mesure où son droit interne le permet (art. 14(2)).
route-joint-investigation-agree = Convenir avec l'État requis, { $requested }, de l'instance d'enquête conjointe (en vertu d'un accord entre eux ou, à défaut, au cas par cas), dans le plein respect de la souveraineté de l'État sur le territoire duquel elle opère (art. 19).
route-special-techniques-agree = Convenir avec l'État requis, { $requested }, au cas par cas en l'absence d'accord, des modalités de recours à la technique, y compris des arrangements financiers (art. 20(2) et (3)).
route-transfer-of-proceedings = Consulter l'État requis, { $requested }, sur l'État le mieux placé pour exercer les poursuites, dans l'intérêt d'une bonne administration de la justice (art. 21).
route-law-enforcement = Recourir aux voies de communication directes entre les autorités compétentes de l'État requérant, { $requesting }, et de l'État requis, { $requested } (art. 27(1)).
route-transfer-of-sentenced = Rechercher un accord bilatéral ou multilatéral sur le transfert des personnes condamnées (art. 17).
route-preferred-instrument = { $preferred } (lecture documentée, et non disposition de la Convention : docs/legal-method.md{ $anchor }).

## Risques : motifs de refus et autres obstacles.
risk-extradition-nationality = Nationalité : si la personne est ressortissante de l'État requis, { $requested }, et que son droit n'autorise pas l'extradition de ses ressortissants, la remise sera refusée ; l'État requis est alors tenu de la poursuivre (art. 16(10)).
risk-extradition-domestic-grounds = Le droit interne de l'État requis, { $requested }, fixe les conditions de l'extradition et les motifs de refus : peine minimale, infraction politique, peine de mort, ne bis in idem, prescription, exigences en matière de preuve (art. 16(7)).
risk-extradition-discrimination = L'extradition peut être refusée s'il existe de sérieuses raisons de penser que la demande a été présentée aux fins de poursuivre ou de punir la personne en raison de son sexe, de sa race, de sa religion, de sa nationalité, de son origine ethnique ou de ses opinions politiques (art. 16(14)).
risk-mla-dual-criminality = En l'absence de double incrimination, l'État requis, { $requested }, peut refuser l'entraide, à sa discrétion (art. 18(9)).
risk-mla-stated-ground = L'affaire fait état d'un motif pour lequel le droit de l'État requis, { $requested }, permettrait un refus (art. 18(21)(c)-(d)).
risk-mla-refusal-grounds = L'entraide peut être refusée si la demande n'est pas conforme à l'art. 18 ou si son exécution risque de porter atteinte à la souveraineté, à la sécurité, à l'ordre public ou à d'autres intérêts essentiels de l'État requis (art. 18(21)).
risk-mla-postponement = L'entraide peut être différée au motif qu'elle entraverait une enquête, des poursuites ou une procédure judiciaire en cours (art. 18(25)).

## Liste de contrôle pour la rédaction.
check-mla-authority = La désignation de l'autorité dont émane la demande.
check-mla-subject = L'objet et la nature de l'enquête, des poursuites ou de la procédure judiciaire auxquelles se rapporte la demande, ainsi que le nom et les fonctions de l'autorité qui en est chargée.
check-mla-facts = Un résumé des faits pertinents (sauf pour la signification d'actes judiciaires).
check-mla-assistance = Une description de l'assistance requise et le détail de toute procédure particulière à appliquer.
check-mla-identity = Si possible, l'identité, l'adresse et la nationalité de toute personne visée.
check-mla-purpose = Le but dans lequel les éléments de preuve, les informations ou les mesures sont demandés.
check-mla-additional = Toute information complémentaire dont l'État requis a besoin pour exécuter la demande.
check-mla-language = Une langue acceptable pour l'État requis.
check-extradition-facts = Les faits constitutifs de l'infraction, avec leur date et leur lieu.
check-extradition-offences = Les infractions reprochées à la personne ou ayant donné lieu à sa condamnation, et le texte des dispositions légales applicables.
check-extradition-penalties = Les peines encourues dans les deux États, et la preuve que le comportement est punissable dans l'un et l'autre.
check-extradition-person = L'identité et le signalement de la personne recherchée, et le lieu où elle se trouve.
check-extradition-basis = La base légale invoquée, avec le traité ou la notification.
check-extradition-urgency = L'urgence éventuelle, et si l'arrestation provisoire est demandée.
check-confiscation-property = Une description des biens à confisquer, le lieu où ils se trouvent et, selon qu'il convient, leur valeur estimative.
check-confiscation-order = La décision de confiscation (ou l'exposé des faits sur la base desquels une décision interne est demandée).
check-confiscation-facts = Un exposé des faits et des informations indiquant dans quelles limites il est demandé d'exécuter la décision.
check-confiscation-mla = Les éléments d'une demande d'entraide judiciaire (art. 18(15)).

## Points à vérifier dans le traité applicable.
treaty-check-refusal-grounds = Les motifs de refus prévus par { $treaty }.
treaty-check-fiscal = Si { $treaty } permet que le caractère fiscal de l'infraction fasse obstacle à la coopération : la Convention ne le permet pas.
treaty-check-dual-criminality = Si { $treaty } exige la double incrimination, notamment pour les mesures coercitives.
treaty-check-channels = Les voies de transmission, les langues et la forme que prescrit { $treaty }.

## Mises en garde.
caveat-stated-in-case = La réponse repose sur { $n ->
    [one] un fait indiqué dans l'affaire
   *[other] des faits indiqués dans l'affaire
}, et non sur les données de référence : { $facts }.
caveat-old-data = La réponse repose sur des données de référence à jour au { $date } ({ $file }), soit plus d'un an avant le { $as_of } : vérifier s'il y a eu des changements depuis.
caveat-interpretation = La réponse repose sur { $n ->
    [one] une interprétation documentée
   *[other] des interprétations documentées
} (docs/legal-method.md) : { $anchors }.

# Une autre lecture documentée de la loi qui décide de l'« infraction grave », qui change la
# réponse (docs/legal-method.md#serious-crime-law) ; $option : l'option de la ligne de commande.
caveat-sensitivity-requesting = Selon une autre lecture documentée, où le droit de l'État requérant, { $requesting }, détermine si l'infraction est une infraction grave (art. 2(b)), la réponse serait : { $outcome } ({ $option }).
caveat-sensitivity-requested = Selon une autre lecture documentée, où le droit de l'État requis, { $requested }, détermine si l'infraction est une infraction grave (art. 2(b)), la réponse serait : { $outcome } ({ $option }).
caveat-sensitivity-both = Selon une autre lecture documentée, où l'infraction doit être une infraction grave au regard du droit des deux États (art. 2(b)), la réponse serait : { $outcome } ({ $option }).
caveat-sensitivity-either = Selon une autre lecture documentée, où il suffit que l'infraction soit une infraction grave au regard du droit de l'un des deux États (art. 2(b)), la réponse serait : { $outcome } ({ $option }).
route-mla-treaty-channels = Transmettre la demande par les voies et dans la forme que prévoit { $treaty } : les paragraphes 9 à 29 de l'article 18 ne la régissent pas, mais l'État requérant, { $requesting }, et l'État requis, { $requested }, peuvent convenir d'appliquer ceux qui facilitent la coopération (art. 18(7)).
risk-mla-treaty-grounds = Les motifs de refus ou d'ajournement de l'entraide sont ceux que prévoit { $treaty } (art. 18(7)) ; le secret bancaire ne peut toujours pas être invoqué (art. 18(8)).
treaty-check-fiscal-mla = Si { $treaty } permet que le caractère fiscal de l'infraction fasse obstacle à l'entraide : la règle contraire de la Convention (art. 18(22)) ne s'impose que lorsque les paragraphes 9 à 29 de l'article 18 s'appliquent.
caveat-fact = { $question } — { $answer }

# Ce que teste chaque constatation de art16.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art16.rs), dans l'ordre du raisonnement.

spec-art16-1-first-limb = Première branche de l'art. 16 : une infraction visée par la Convention.
spec-art16-1-second-limb = Deuxième branche de l'art. 16 : une infraction visée à l'art. 3(1)(a) ou (b) dans laquelle un groupe criminel organisé est impliqué, la personne réclamée se trouvant sur le territoire de l'État requis (la nature transnationale n'est pas exigée).
spec-art16-1-dual-criminality = Le comportement est-il punissable en vertu du droit des deux États ? Condition commune aux deux branches (entendue comme portant sur le comportement ; interprétation).
spec-art16-1-applies = L'art. 16 s'applique-t-il : première ou deuxième branche, avec double incrimination ?
spec-art16-2-separate-serious-crimes = Pour une demande portant sur plusieurs infractions distinctes : l'État requis peut-il appliquer l'art. 16 à des infractions graves distinctes auxquelles l'article ne s'applique pas (facultatif) ?
spec-art16-3-deemed-included = Un traité d'extradition est-il en vigueur entre les États ? Les infractions auxquelles s'applique l'art. 16 sont alors de plein droit incluses dans ce traité en tant qu'infractions dont l'auteur peut être extradé.
spec-art16-5-a-notification = L'État requis a-t-il notifié qu'il considère la Convention comme la base légale de l'extradition ? Oui, non, ou rien dans les données (indéterminé, jamais oui).
spec-art16-4-convention-as-basis = Un État qui subordonne l'extradition à l'existence d'un traité et qui n'a pas conclu de traité d'extradition avec l'État requérant peut considérer la Convention comme la base légale de l'extradition (facultatif) ; sans objet lorsqu'un traité lie les deux États (la voie est alors l'art. 16(3)).
spec-art16-6-recognised-as-extraditable = Un État qui ne subordonne pas l'extradition à l'existence d'un traité (selon l'affaire ou selon sa notification) doit reconnaître entre les États les infractions comme des infractions dont l'auteur peut être extradé, aux conditions prévues par son droit ; cela ne se limite pas aux États liés par aucun traité.
spec-art16-legal-basis = La Convention peut-elle servir de base légale à cette extradition : en vigueur entre les États, l'art. 16 s'applique et une voie existe (16(3), 16(4) ou 16(6)) ?
spec-art16-5-b-seek-treaties = Un État qui ne considère pas la Convention comme la base légale doit s'efforcer de conclure des traités d'extradition.
spec-art16-7-domestic-conditions = L'extradition est subordonnée aux conditions prévues par le droit de l'État requis et par ses traités : peine minimale, motifs de refus, preuve. Questions de droit interne art16.7.*.
spec-art16-8-expedite = S'efforcer d'accélérer les procédures d'extradition et de simplifier les exigences en matière de preuve.
spec-art16-9-provisional-arrest = L'État requis peut, si l'urgence le justifie, placer la personne en détention à la demande de l'État requérant (facultatif).
spec-art16-10-prosecute-if-not-extradited = Si l'extradition est refusée au seul motif que la personne est un ressortissant, l'État requis est tenu, à la demande de l'État requérant, de soumettre l'affaire à ses autorités compétentes aux fins de poursuites ; examiné chaque fois que l'art. 16 s'applique, quelle que soit la base légale ; pour une demande d'exécution d'une peine, la voie applicable à une personne non encore jugée.
spec-art16-11-conditional-surrender = La remise d'un ressortissant à la condition qu'il soit renvoyé pour purger sa peine suffit à l'exécution de l'obligation énoncée à l'art. 16(10), si le droit le permet et si les deux États en conviennent.
spec-art16-12-enforce-foreign-sentence = Si l'extradition demandée aux fins d'exécution d'une peine est refusée en raison de la nationalité, l'État requis doit envisager de faire exécuter la peine, si son droit le lui permet.
spec-art16-13-fair-treatment = Traitement équitable à tous les stades de la procédure.
spec-art16-14-discrimination-refusal = Aucune obligation d'extrader lorsque la demande vise à poursuivre ou à punir une personne en raison de l'un des motifs énumérés (refus permis).
spec-art16-15-fiscal-not-sole-ground = Le refus ne peut se fonder sur le seul motif que l'infraction touche aussi à des questions fiscales.
spec-art16-16-consult-before-refusal = Consulter l'État requérant, s'il y a lieu, avant de refuser l'extradition.
spec-art16-17-seek-agreements = Chercher à conclure des accords pour permettre l'extradition ou en accroître l'efficacité (présenté lorsque la Convention n'offre aucune voie).

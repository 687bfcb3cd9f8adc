# Ce que teste chaque constatation de art13.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art13.rs), dans l'ordre du raisonnement.

spec-art13-1-covered-offence = L'infraction est-elle visée par la Convention ? La coopération aux fins de confiscation ne s'étend qu'aux infractions visées ; à défaut, l'État requis peut refuser (13(7)). Pas de branche plus large comme aux art. 16(1) et 18(1).
spec-art13-1-requesting-jurisdiction = L'État requérant a-t-il compétence à l'égard de l'infraction visée ? Un comportement sur son territoire la lui confère (art. 15(1)(a), interprétation) ; à défaut, son droit décide.
spec-art13-property-in-requested-state = Le produit du crime, les biens ou les instruments se trouvent-ils sur le territoire de l'État requis ?
spec-art13-1-a-domestic-order = L'État requis sollicite de ses autorités une décision de confiscation en vertu de son propre droit et la fait exécuter (dans toute la mesure possible).
spec-art13-1-b-give-effect-to-order = L'État requis fait exécuter la décision de confiscation de l'État requérant (ou procède au titre de l'art. 13(1)(a), selon ce que prévoit son droit).
spec-art13-2-identify-trace-freeze = L'État requis identifie, localise et gèle ou saisit les biens en vue d'une confiscation ultérieure (obligatoire).
spec-art13-measure = Quelle mesure de l'art. 13 est demandée (à défaut d'indication, l'obligation la plus faible est présentée).
spec-art13-6-treaty-basis = Pour un État qui subordonne la coopération aux fins de confiscation à l'existence d'un traité, la Convention constitue la base conventionnelle nécessaire et suffisante (règle de présomption : obligatoire, dans les termes d'une éventuelle déclaration relative à l'art. 13(6)).
spec-art13-legal-basis = La Convention peut-elle servir de base légale à cette demande de confiscation : en vigueur entre les États, une infraction visée par la Convention, la compétence de l'État requérant, des biens situés dans l'État requis ?
spec-art13-3-contents = Ce qu'une demande de confiscation doit contenir en plus de ce qu'exige l'art. 18(15), selon la mesure (13(3)(a)-(c)).
spec-art13-3-mla-rules-apply = L'article 18 s'applique mutatis mutandis aux demandes de confiscation.
spec-art13-3-dual-criminality = Par l'effet de l'art. 13(3), art. 18(9) : l'État requis peut-il refuser la demande de confiscation au motif que le comportement ne constitue pas une infraction en vertu de son droit ?
spec-art13-3-fiscal-not-sole-ground = Par l'effet de l'art. 13(3) : le refus ne peut se fonder sur le seul motif que l'infraction touche aussi à des questions fiscales.
spec-art13-4-applicable-law = Les mesures sont prises et exécutées conformément au droit de l'État requis, ou à un traité qui le lie.
spec-art13-8-third-parties = Les droits des tiers de bonne foi sont protégés.
spec-art13-9-agreements = Envisager de conclure des accords pour renforcer l'efficacité de la coopération aux fins de confiscation (présenté lorsque la Convention n'offre aucune base).

# Les paragraphes que ce module ne code pas (NOT_ENCODED).
not-encoded-art13-5 = Chaque État remet au Secrétaire général une copie de ses lois et règlements qui donnent effet à l'art. 13 et de toute modification ultérieure : obligation de communication, sans décision dans une affaire.

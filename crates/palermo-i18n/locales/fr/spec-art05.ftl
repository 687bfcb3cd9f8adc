# Ce que teste chaque constatation de art05.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art05.rs), dans l'ordre du raisonnement.

spec-art5-1-a-i-agreement = Modèle de l'entente : le fait de s'entendre intentionnellement avec une autre personne en vue de commettre une infraction grave à une fin liée à l'obtention d'un avantage matériel. Les États peuvent exiger en outre un acte commis en vertu de l'entente ou l'implication d'un groupe criminel organisé (les notifications faites en application de l'art. 5(3) sont citées).
spec-art5-1-a-ii-active-participation = Modèle de la participation : le fait, en connaissance du but ou de l'intention du groupe, de participer activement à ses activités criminelles, ou à ses autres activités en sachant que cette participation contribuera à la réalisation du but criminel ; le groupe doit être un groupe criminel organisé.
spec-art5-1-b-organizing = Le fait d'organiser, de diriger, de faciliter, d'encourager ou de favoriser au moyen d'une aide ou de conseils la commission d'une infraction grave impliquant un groupe criminel organisé : obligatoire pour tout État.
spec-art5-offence = Le comportement, décrit par ses éléments, constitue-t-il une infraction visée à l'art. 5 ? Les deux modèles de l'art. 5(1)(a), ou l'art. 5(1)(b), lient tout État ; un seul modèle dépend du modèle retenu par l'État dont le droit qualifie l'infraction.

# Les paragraphes que ce module ne code pas (NOT_ENCODED).
not-encoded-art5-2 = La connaissance, l'intention, le but, la motivation ou l'entente peuvent être déduits de circonstances factuelles objectives : règle de preuve destinée aux juridictions ; l'affaire indique directement les éléments du comportement.

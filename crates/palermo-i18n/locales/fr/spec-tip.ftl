# Ce que teste chaque constatation de tip.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/tip.rs), dans l'ordre du raisonnement.

spec-tip-art3-a-act = Premier élément de la traite : le recrutement, le transport, le transfert, l'hébergement ou l'accueil de personnes.
spec-tip-art3-a-means = Deuxième élément : un moyen (force, contrainte, enlèvement, fraude, tromperie, abus d'autorité ou d'une situation de vulnérabilité, paiements) ; non requis lorsque la victime est un enfant de moins de dix-huit ans (3(c)-(d)).
spec-tip-art3-a-purpose = Troisième élément : la fin d'exploitation (la liste est un minimum).
spec-tip-art3-b-consent = Le consentement de la victime est indifférent dès lors qu'un moyen a été utilisé (ou que la victime est un enfant).
spec-tip-art5-offence = Le comportement, décrit par ses éléments, constitue-t-il la traite des personnes (acte, moyen ou victime enfant, fin, intention) ?

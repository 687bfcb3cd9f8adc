# Ce que teste chaque constatation de art04.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art04.rs), dans l'ordre du raisonnement.

spec-art4-2-sovereignty = Une action sur le territoire d'un autre État n'est possible qu'avec son consentement et dans le respect de son droit (rattaché aux enquêtes conjointes et aux techniques d'enquête spéciales).

# Les paragraphes que ce module ne code pas (NOT_ENCODED).
not-encoded-art4-1 = Les États exécutent leurs obligations au titre de la Convention d'une manière compatible avec les principes de l'égalité souveraine et de l'intégrité territoriale des États et avec celui de la non-intervention dans leurs affaires intérieures : principe qui régit l'application de la Convention, sans décision propre dans une affaire.

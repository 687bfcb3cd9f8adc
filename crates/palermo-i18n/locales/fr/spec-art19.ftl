# Ce que teste chaque constatation de art19.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art19.rs), dans l'ordre du raisonnement.

spec-art19-consider-agreements = Première phrase : les deux États doivent envisager de conclure des accords ou arrangements en vue de créer des instances d'enquête conjointes (simple obligation d'envisager, qui les lie dès que la Convention est en vigueur entre eux).
spec-art19-agreement = Instances d'enquête conjointes : en vertu d'un accord entre les États ou, en l'absence d'accord, convenues au cas par cas (deuxième phrase, une faculté).
spec-art19-sovereignty = Plein respect de la souveraineté de l'État sur le territoire duquel l'enquête conjointe se déroule.
spec-art19-legal-basis = Les États peuvent-ils convenir d'une enquête conjointe au titre de la Convention pour cette infraction (une faculté, jamais une obligation) ?

# Ce que teste chaque constatation de art27.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art27.rs), dans l'ordre du raisonnement.

spec-art27-1-cooperation = Étroite coopération entre services de détection et de répression contre les infractions visées par la Convention, conformément aux systèmes juridiques et administratifs de chaque État.
spec-art27-2-basis = En l'absence d'accord, les États peuvent considérer la Convention comme la base d'une coopération directe entre services de détection et de répression.
spec-art27-3-technology = S'efforcer de coopérer pour lutter contre la criminalité organisée commise au moyen de techniques modernes.
spec-art27-legal-basis = La Convention peut-elle servir de base à la coopération entre services de détection et de répression pour cette infraction ?

# Ce que teste chaque constatation de firearms.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/firearms.rs), dans l'ordre du raisonnement.

spec-firearms-art5-offence = Le comportement, décrit par ses éléments, constitue-t-il une infraction visée à l'art. 5(1) du Protocole AF (fabrication illicite, trafic illicite, falsification ou effacement des marques) ?

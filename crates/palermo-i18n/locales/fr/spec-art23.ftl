# Ce que teste chaque constatation de art23.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art23.rs), dans l'ordre du raisonnement.

spec-art23-a-witness-interference = Le recours à la force physique, à des menaces ou à l'intimidation, ou le fait de promettre, d'offrir ou d'accorder un avantage indu, pour obtenir un faux témoignage ou empêcher un témoignage ou la présentation d'éléments de preuve dans une procédure relative à des infractions visées par la Convention (obligatoire).
spec-art23-b-official-interference = Le recours à la force physique, à des menaces ou à l'intimidation (et non à la corruption) pour empêcher un agent de la justice ou un agent des services de détection et de répression d'exercer les devoirs de sa charge en rapport avec des infractions visées par la Convention (obligatoire).
spec-art23-offence = Le comportement, décrit par ses éléments, constitue-t-il une infraction d'entrave au bon fonctionnement de la justice visée à l'art. 23 ?

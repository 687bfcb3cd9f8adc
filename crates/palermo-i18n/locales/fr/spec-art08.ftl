# Ce que teste chaque constatation de art08.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art08.rs), dans l'ordre du raisonnement.

spec-art8-1-a-active-bribery = Le fait de promettre, d'offrir ou d'accorder à un agent public un avantage indu afin qu'il accomplisse ou s'abstienne d'accomplir un acte dans l'exercice de ses fonctions officielles (obligatoire).
spec-art8-1-b-passive-bribery = Le fait pour un agent public de solliciter ou d'accepter un avantage indu aux mêmes fins (obligatoire).
spec-art8-2-foreign-bribery = Le même comportement impliquant un agent public étranger ou un fonctionnaire international : les États doivent seulement envisager d'en faire une infraction, de sorte que le droit de l'État qui qualifie l'infraction décide (à la différence de la Convention des Nations Unies contre la corruption).
spec-art8-offence = Le comportement, décrit par ses éléments, constitue-t-il une infraction de corruption visée à l'art. 8 ?

# Les paragraphes que ce module ne code pas (NOT_ENCODED).
not-encoded-art8-3 = La participation en tant que complice à une infraction visée à l'art. 8 doit également être érigée en infraction pénale : non qualifié à partir des éléments dans cette version.

# Ce que teste chaque constatation de art02.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art02.rs), dans l'ordre du raisonnement.

spec-art2-b-serious-crime-iso3 = Le comportement constitue-t-il une infraction grave en vertu du droit de cet État, c'est-à-dire une infraction passible d'une peine privative de liberté dont le maximum ne doit pas être inférieur à quatre ans (quatre ans exactement suffisent) ou d'une peine plus lourde (réclusion à perpétuité, peine de mort) ? Une peine d'amende seule ne suffit pas. La peine effectivement prononcée est sans pertinence.
spec-art2-c-structured-group = Le groupe ne s'est-il pas constitué au hasard pour commettre immédiatement une infraction ? Des rôles formellement définis, la continuité de la composition et une structure élaborée ne sont pas exigés.
spec-art2-a-three-or-more-persons = Deuxième élément du groupe criminel organisé : trois personnes ou plus.
spec-art2-a-exists-for-period = Troisième élément : le groupe existe depuis un certain temps.
spec-art2-a-acts-in-concert = Quatrième élément : ses membres agissent de concert.
spec-art2-a-aims-at-serious-crime = Cinquième élément : il a pour but de commettre une ou plusieurs infractions graves ou infractions établies conformément à la Convention (selon ce qu'affirme l'affaire).
spec-art2-a-material-benefit = Sixième élément : il agit pour en tirer, directement ou indirectement, un avantage financier ou un autre avantage matériel (notion entendue largement ; les fins purement politiques en sont exclues).
spec-art2-a-organized-criminal-group = Groupe criminel organisé : les six éléments sont réunis (groupe structuré, trois personnes ou plus, existence depuis un certain temps, action concertée, but, avantage).

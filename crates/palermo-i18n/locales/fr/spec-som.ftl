# Ce que teste chaque constatation de som.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/som.rs), dans l'ordre du raisonnement.

spec-som-art3-a-illegal-entry = Élément du trafic illicite : assurer l'entrée illégale d'une personne qui n'est ni un ressortissant ni un résident permanent.
spec-som-art3-a-benefit = Élément du trafic illicite : afin d'en tirer un avantage financier ou un autre avantage matériel (l'aide apportée pour des raisons humanitaires ou familiales en est exclue, selon les notes interprétatives).
spec-som-art5-migrants-not-liable = Les migrants ne deviennent pas passibles de poursuites pénales en vertu du Protocole du fait qu'ils ont été l'objet du trafic illicite.
spec-som-art6-offence = Le comportement, décrit par ses éléments, constitue-t-il un trafic illicite de migrants ?

# Ce que teste chaque constatation de art14.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art14.rs), dans l'ordre du raisonnement.

spec-art14-1-disposal = L'État qui a confisqué les biens en dispose conformément à son droit.
spec-art14-2-return-priority = Si l'État requérant le demande, l'État requis envisage en priorité de restituer les biens afin de permettre l'indemnisation des victimes ou la restitution à leurs propriétaires légitimes, dans la mesure où son droit le permet.
spec-art14-3-sharing = L'État requis peut convenir de verser tout ou partie de la valeur des biens ou de la partager.

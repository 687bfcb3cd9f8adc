# Art. 14 (disposition du produit du crime ou des biens confisqués) : disposition, restitution, partage.

art14-disposal = L'État requis, { $requested }, dispose de ce qu'il confisque conformément à son droit interne et à ses procédures
art14-return-missing = Il n'est pas indiqué si l'État requérant, { $requesting }, demande la restitution des biens (pour indemniser les victimes ou les restituer à leurs propriétaires légitimes)
art14-return-not-asked = L'État requérant, { $requesting }, ne demande pas la restitution des biens : l'art. 14(2) n'entre pas en jeu
art14-return-permitted = L'État requérant, { $requesting }, demande la restitution des biens et le droit de l'État requis, { $requested }, le permet (selon le dossier) : l'État requis envisage à titre prioritaire de restituer les biens à l'État requérant afin que celui-ci puisse indemniser les victimes ou les restituer à leurs propriétaires légitimes
art14-return-not-permitted = Le droit de l'État requis, { $requested }, ne permet pas la restitution (selon le dossier)
art14-return-depends = L'État requérant, { $requesting }, demande la restitution des biens : l'État requis, { $requested }, l'envisage à titre prioritaire dans la mesure où son droit interne le permet
art14-sharing = L'État requis peut convenir de verser la valeur des biens au compte des Nations Unies visé à l'art. 30(2)(c) et à des organismes intergouvernementaux, ou de la partager avec d'autres États

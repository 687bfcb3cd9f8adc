# Ce que teste chaque constatation de art12.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art12.rs), dans l'ordre du raisonnement.

spec-art12-6-bank-secrecy = La production ou la saisie de documents bancaires, financiers ou commerciaux peut être ordonnée ; le secret bancaire ne peut être invoqué pour refuser d'agir.

# Les paragraphes que ce module ne code pas (NOT_ENCODED).
not-encoded-art12-1 = Chaque État permet, dans toute la mesure possible dans le cadre de son système juridique, la confiscation du produit des infractions visées par la Convention (ou de biens d'une valeur correspondante) et des instruments utilisés ou destinés à être utilisés pour les commettre : pouvoirs propres de l'État, sur lesquels repose la coopération prévue à l'art. 13 ; non examiné dans une affaire.
not-encoded-art12-2 = Chaque État permet l'identification, la localisation, le gel ou la saisie de ces éléments aux fins de confiscation éventuelle : pouvoirs propres de l'État, sur lesquels repose l'art. 13(2) ; non examiné dans une affaire.
not-encoded-art12-3 = Produit du crime transformé ou converti en d'autres biens : ces biens peuvent faire l'objet des mêmes mesures. Non examiné dans une affaire.
not-encoded-art12-4 = Produit du crime mêlé à des biens acquis légitimement : ces biens peuvent être confisqués à concurrence de la valeur estimée du produit qui y a été mêlé. Non examiné dans une affaire.
not-encoded-art12-5 = Les revenus ou autres avantages tirés du produit du crime, des biens en lesquels il a été transformé ou converti ou des biens auxquels il a été mêlé peuvent faire l'objet des mêmes mesures. Non examiné dans une affaire.
not-encoded-art12-7 = Les États peuvent envisager d'exiger que l'auteur d'une infraction établisse l'origine licite du produit présumé du crime ou d'autres biens pouvant faire l'objet d'une confiscation, dans la mesure où cela est conforme aux principes de leur droit interne : option laissée au droit de chaque État, non examinée dans une affaire.
not-encoded-art12-8 = L'article ne porte pas atteinte aux droits des tiers de bonne foi : pour la coopération aux fins de confiscation, l'art. 13(8) est examiné à sa place.
not-encoded-art12-9 = Les mesures visées à l'article sont définies et exécutées conformément au droit interne de chaque État : réserve générale, sans décision propre.

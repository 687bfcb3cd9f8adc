# Ce que teste chaque constatation de art35.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art35.rs), dans l'ordre du raisonnement.

spec-art35-2-compulsory-settlement = L'un des deux États peut-il, de son propre chef, soumettre à l'arbitrage, puis à la Cour internationale de Justice, un différend avec l'autre concernant la Convention ? Non si l'un d'eux a formulé la réserve prévue à l'art. 35(3) : cette réserve joue réciproquement. Un État lié avant la date du relevé des réserves figurant dans les données et absent de ce relevé n'en a formulé aucune ; pour un État devenu Partie plus tard, la réponse est indéterminée sauf indication de l'affaire.
spec-tip-art15-2-compulsory-settlement = Pour une affaire de traite entre Parties au Protocole TP : l'un des deux États peut-il, seul, soumettre un différend concernant le Protocole à l'arbitrage, puis à la Cour internationale de Justice ? Non si l'un d'eux a formulé la réserve prévue à l'art. 15(3) de ce Protocole (réciproque).
spec-som-art20-2-compulsory-settlement = De même pour le Protocole relatif au trafic illicite de migrants (art. 20(2)-(3) du Protocole MIG).
spec-firearms-art16-2-compulsory-settlement = De même pour le Protocole relatif aux armes à feu (art. 16(2)-(3) du Protocole AF).

# Les paragraphes que ce module ne code pas (NOT_ENCODED).
not-encoded-art35-1 = Les États s'efforcent de régler par voie de négociation les différends concernant l'interprétation ou l'application de la Convention : aucune constatation propre ; l'art. 35(2) est examiné.
not-encoded-art35-4 = Un État qui a formulé la réserve prévue à l'art. 35(3) peut la retirer à tout moment par notification adressée au Secrétaire général : un retrait postérieur à la date du relevé figurant dans les données n'est pas pris en compte, ce que précise la constatation relative à l'art. 35(2).

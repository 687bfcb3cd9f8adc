# Ce que teste chaque constatation de art06.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art06.rs), dans l'ordre du raisonnement.

spec-art6-1-a-i-conversion = La conversion ou le transfert de biens dont on sait qu'ils sont le produit du crime, dans le but de dissimuler leur origine ou d'aider l'auteur à échapper aux conséquences de ses actes (obligatoire, conformément aux principes fondamentaux du droit interne).
spec-art6-1-a-ii-concealment = La dissimulation ou le déguisement de la nature, de l'origine, de l'emplacement, de la disposition, du mouvement ou de la propriété de biens dont on sait qu'ils sont le produit du crime (obligatoire, conformément aux principes fondamentaux du droit interne).
spec-art6-1-b-i-acquisition = L'acquisition, la détention ou l'utilisation de biens dont celui qui les acquiert sait, au moment où il les reçoit, qu'ils sont le produit du crime : exigée seulement sous réserve des concepts fondamentaux du système juridique, de sorte que le droit de l'État qui qualifie l'infraction décide.
spec-art6-1-b-ii-ancillary = La participation à l'une des infractions de blanchiment, ou toute association, entente, tentative ou complicité par fourniture d'une assistance, d'une aide ou de conseils en vue de sa commission : exigée seulement sous réserve des concepts fondamentaux du système juridique.
spec-art6-2-b-predicate = L'infraction qui a généré le produit est-elle une infraction principale ? Toute infraction grave et toute infraction visée aux art. 5, 8 ou 23 doivent l'être ; pour les autres, le droit de l'État décide (6(2)(a)).
spec-art6-2-c-foreign-predicate = Une infraction principale commise hors de l'État qui qualifie l'infraction n'est prise en compte que si elle constitue une infraction là où elle a été commise et en constituerait une dans cet État (double incrimination au sein de l'infraction de blanchiment).
spec-art6-2-e-self-laundering = L'auteur du blanchiment a commis l'infraction principale : un État dont les principes fondamentaux l'exigent peut exclure l'auteur de l'infraction principale ; son droit décide.
spec-art6-offence = Le comportement, décrit par ses éléments, constitue-t-il une infraction de blanchiment visée à l'art. 6 en vertu du droit de l'État qui qualifie l'infraction ?

# Les paragraphes que ce module ne code pas (NOT_ENCODED).
not-encoded-art6-2-d = Chaque État remet au Secrétaire général une copie de ses lois qui donnent effet à l'art. 6 et de toute modification ultérieure : obligation de communication, sans décision dans une affaire.
not-encoded-art6-2-f = La connaissance, l'intention ou la motivation peuvent être déduites de circonstances factuelles objectives : règle de preuve destinée aux juridictions ; l'affaire indique directement les éléments du comportement.

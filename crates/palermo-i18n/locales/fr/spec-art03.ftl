# Ce que teste chaque constatation de art03.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art03.rs), dans l'ordre du raisonnement.

spec-art3-1-protocol-offence = S'agit-il d'une infraction établie conformément à un Protocole, entre des Parties à ce Protocole ? Ces infractions comptent quel que soit le maximum de la peine encourue (art. 1(3) du Protocole TP, MIG ou AF, avec l'art. 4 de ce Protocole) ; le résultat est pris en compte au titre de l'art. 3(1)(a).
spec-art3-1-a-convention-offence = Le comportement constitue-t-il une infraction établie conformément à la Convention, au sens des art. 5, 6, 8 ou 23 (indiquée dans l'affaire ou qualifiée à partir de ses éléments), ou une infraction établie conformément à un Protocole entre des Parties à ce Protocole, qui relève de l'art. 3(1)(a) par l'effet de l'art. 1(3) du Protocole ?
spec-art3-1-b-serious-crime = S'agit-il d'une infraction grave aux fins du champ d'application, en vertu du droit retenu par --serious-crime-law (par défaut, celui de l'État requérant ; interprétation) ?
spec-art3-1-qualifying-offence = L'infraction est-elle de celles que vise l'art. 3(1) : (a) une infraction établie conformément à la Convention, (b) une infraction grave, ou une infraction établie conformément à un Protocole entre ses Parties ?
spec-art3-2-a = Critère (a) : l'infraction est commise dans plus d'un État (tout État, pas seulement les Parties).
spec-art3-2-b = Critère (b) : l'infraction est commise dans un État, mais une partie substantielle de sa préparation, de sa planification, de sa conduite ou de son contrôle a lieu dans un autre État.
spec-art3-2-c = Critère (c) : l'infraction est commise dans un État, mais implique un groupe criminel organisé qui se livre à des activités criminelles dans plus d'un État (les activités du groupe, non celles de cette infraction).
spec-art3-2-d = Critère (d) : l'infraction est commise dans un État, mais a des effets substantiels dans un autre État.
spec-art3-2-transnational = De nature transnationale : l'un quelconque des quatre critères est rempli.
spec-art3-1-involves-ocg = Un groupe criminel organisé est-il impliqué dans l'infraction (le groupe y a pris part, selon ce qu'affirme l'affaire, et il s'agit d'un groupe criminel organisé) ?
spec-art3-1-within-scope = Infraction visée par la Convention : une infraction relevant de l'art. 3(1), de nature transnationale, dans laquelle un groupe criminel organisé est impliqué.

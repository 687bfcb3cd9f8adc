# Ce que teste chaque constatation de bases.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/bases.rs), dans l'ordre du raisonnement.

spec-bases-other-n = Un autre instrument mentionné dans l'affaire sert-il cette demande : liant les deux États (selon l'affaire), prévoyant ce type de coopération, couvrant l'infraction ? Rien n'est présumé au sujet des autres instruments. Citation de la clause de la Convention relative aux autres instruments pour ce type : 16(3) pour l'extradition, 18(6) pour l'entraide et la confiscation, l'article relatif aux accords pour les autres (17, 19, 20(2), 21, 27(2)).
spec-bases-on-top = Lorsqu'un autre traité sert la demande, ce qui de la Convention s'applique encore en sus (16(3) pour l'extradition ; 18(6)-(8) pour l'entraide ; 18(6) par l'effet des art. 13(3), 13(4) et 13(6) pour la confiscation).
spec-bases-convention-only = La Convention est-elle, parmi les bases qu'indique l'affaire, la seule qui serve cette demande ?

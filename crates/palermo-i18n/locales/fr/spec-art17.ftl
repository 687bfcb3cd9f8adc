# Ce que teste chaque constatation de art17.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art17.rs), dans l'ordre du raisonnement.

spec-art17-agreements = Les États peuvent envisager de conclure des accords sur le transfert des personnes condamnées.
spec-art17-legal-basis = La Convention peut-elle servir de base légale au transfert d'une personne condamnée ? Jamais : l'art. 17 se borne à inviter à conclure des accords.

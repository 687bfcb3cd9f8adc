# Ce que teste chaque constatation de art21.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art21.rs), dans l'ordre du raisonnement.

spec-art15-5-consultation = Plusieurs États mènent une enquête ou des poursuites concernant le même comportement : leurs autorités compétentes se consultent, selon qu'il convient, pour coordonner leurs actions (ce qui ouvre la voie à l'art. 21).
spec-art21-domestic-procedure = L'État requérant peut-il transférer la procédure, et l'État requis la reprendre, en vertu de leur droit ? La Convention ne prévoit aucune procédure.
spec-art21-legal-basis = Les États doivent-ils envisager de se transférer mutuellement la procédure relative à cette infraction visée par la Convention (simple obligation d'envisager) ?

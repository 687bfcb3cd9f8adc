# What each finding of art21.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art21.rs), in reasoning order.

spec-art15-5-consultation = Several States investigate or prosecute the same conduct: their authorities consult, as appropriate, to coordinate (a trigger for art. 21).
spec-art21-domestic-procedure = Can the requesting State transfer, and the requested State take over, proceedings under their laws? The Convention has no procedure.
spec-art21-legal-basis = Shall the States consider transferring the proceedings for this covered offence (a duty to consider)?

# What each finding of firearms.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/firearms.rs), in reasoning order.

spec-firearms-art5-offence = Is the conduct, given by its elements, an offence of FP art. 5(1) (illicit manufacturing, trafficking, marking tampering)?

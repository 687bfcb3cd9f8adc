# What each finding of bases.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/bases.rs), in reasoning order.

spec-bases-other-n = Does another instrument named in the case serve this request: binding both States (as stated), providing for this kind of cooperation, reaching the offence? Nothing about other instruments is assumed. Cited to the Convention's clause on other instruments for the kind: 16(3) for extradition, 18(6) for assistance and confiscation, the article on agreements for the others (17, 19, 20(2), 21, 27(2)).
spec-bases-on-top = Where another treaty serves, what of the Convention still applies on top (16(3) for extradition; 18(6)-(8) for assistance; 18(6) through 13(3), 13(4) and 13(6) for confiscation).
spec-bases-convention-only = Is the Convention the only basis, among those the case states, that serves this request?

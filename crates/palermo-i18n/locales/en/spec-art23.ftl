# What each finding of art23.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art23.rs), in reasoning order.

spec-art23-a-witness-interference = Force, threats, intimidation or an undue advantage used to induce false testimony or interfere with testimony or evidence in a proceeding on covered offences (mandatory).
spec-art23-b-official-interference = Force, threats or intimidation (not a bribe) used to interfere with a justice or law enforcement official's duties concerning covered offences (mandatory).
spec-art23-offence = Is the conduct, given by its elements, an art. 23 obstruction offence?

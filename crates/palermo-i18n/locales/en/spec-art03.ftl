# What each finding of art03.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art03.rs), in reasoning order.

spec-art3-1-protocol-offence = Is it a Protocol offence between parties to that Protocol? Such offences count whatever their maximum penalty (TIP, SOM or FP art. 1(3), with art. 4 of that Protocol); it feeds art. 3(1)(a).
spec-art3-1-a-convention-offence = Is the conduct an offence established under the Convention: arts. 5, 6, 8 or 23 (stated or classified from its elements), or a Protocol offence between parties to that Protocol, which meets 3(1)(a) via the Protocol's art. 1(3)?
spec-art3-1-b-serious-crime = Is it a serious crime for the scope test, under the law chosen by --serious-crime-law (default: the requesting State's; interpretation)?
spec-art3-1-qualifying-offence = Is the offence of a kind art. 3(1) covers: (a) a Convention offence, (b) a serious crime, or a Protocol offence between its parties?
spec-art3-2-a = Prong (a): committed in more than one State (any States, not only parties).
spec-art3-2-b = Prong (b): committed in one State, but a substantial part of its preparation, planning, direction or control took place in another.
spec-art3-2-c = Prong (c): committed in one State, but involving an organized criminal group that engages in criminal activities in more than one State (the group's activities, not this offence's).
spec-art3-2-d = Prong (d): committed in one State, but with substantial effects in another.
spec-art3-2-transnational = Transnational in nature: any one of the four prongs.
spec-art3-1-involves-ocg = Does the offence involve an organized criminal group (the group took part in it, as the case asserts, and it is an OCG)?
spec-art3-1-within-scope = An offence covered by the Convention: a qualifying offence that is transnational and involves an organized criminal group.

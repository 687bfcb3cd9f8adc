# What each finding of art02.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art02.rs), in reasoning order.

spec-art2-b-serious-crime-iso3 = Is the conduct a serious crime under that State's law: a statutory maximum of at least four years' deprivation of liberty (exactly four counts), or a more serious penalty (life, death)? A fine alone does not qualify. The sentence actually imposed is irrelevant.
spec-art2-c-structured-group = Was the group not formed at random for the immediate commission of one offence? Roles, continuity and hierarchy are not required.
spec-art2-a-three-or-more-persons = Element 2 of an organized criminal group: three or more persons.
spec-art2-a-exists-for-period = Element 3: the group exists for a period of time.
spec-art2-a-acts-in-concert = Element 4: its members act in concert.
spec-art2-a-aims-at-serious-crime = Element 5: it aims at one or more serious crimes or Convention offences (as the case asserts).
spec-art2-a-material-benefit = Element 6: it acts to obtain, directly or indirectly, a financial or other material benefit (read broadly; purely political aims fall outside).
spec-art2-a-organized-criminal-group = An organized criminal group: all six elements (structured group, 3+ persons, period, concert, aim, benefit).

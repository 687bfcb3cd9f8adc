# What each finding of art05.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art05.rs), in reasoning order.

spec-art5-1-a-i-agreement = Agreement model: agreeing with another person to commit a serious crime, for a purpose relating to a material benefit, intentionally. States may add an act in furtherance or the group's involvement (5(3) notifications are cited).
spec-art5-1-a-ii-active-participation = Participation model: knowing the group's aim or intention, taking an active part in its criminal activities, or in its other activities knowing this contributes to the criminal aim; the group must be an organized criminal group.
spec-art5-1-b-organizing = Organizing, directing, aiding, abetting, facilitating or counselling a serious crime involving an organized criminal group: mandatory for every State.
spec-art5-offence = Is the conduct, given by its elements, an art. 5 offence? Both 5(1)(a) models, or 5(1)(b), bind every State; one model only depends on the model the characterising State chose.

# The paragraphs this module does not encode (NOT_ENCODED).
not-encoded-art5-2 = Knowledge, intent, aim, purpose or agreement may be inferred from objective factual circumstances: a rule of evidence for the courts; the case states the elements of the conduct directly.

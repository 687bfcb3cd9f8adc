# What each finding of tip.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/tip.rs), in reasoning order.

spec-tip-art3-a-act = Element 1 of trafficking: recruiting, transporting, transferring, harbouring or receiving persons.
spec-tip-art3-a-means = Element 2: a means (force, coercion, abduction, fraud, deception, abuse of power or vulnerability, payments); not needed for a child under eighteen (3(c)-(d)).
spec-tip-art3-a-purpose = Element 3: the purpose of exploitation (the list is a floor).
spec-tip-art3-b-consent = The victim's consent is irrelevant once a means is used (or the victim is a child).
spec-tip-art5-offence = Is the conduct, given by its elements, trafficking in persons (act, means or child victim, purpose, intent)?

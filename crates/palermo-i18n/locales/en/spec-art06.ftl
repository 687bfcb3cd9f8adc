# What each finding of art06.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art06.rs), in reasoning order.

spec-art6-1-a-i-conversion = Converting or transferring known proceeds of crime to conceal their origin or to help an offender evade the consequences (mandatory within fundamental principles).
spec-art6-1-a-ii-concealment = Concealing or disguising the nature, source, location, disposition, movement or ownership of known proceeds of crime (mandatory within fundamental principles).
spec-art6-1-b-i-acquisition = Acquiring, possessing or using property known at receipt to be proceeds: required only as the basic concepts of a legal system allow, so the characterising State's law decides.
spec-art6-1-b-ii-ancillary = Participation in, association with, conspiracy, attempt, aiding, abetting, facilitating or counselling laundering: required only as basic concepts allow.
spec-art6-2-b-predicate = Is the offence that produced the proceeds a predicate? Every serious crime and every art. 5, 8 or 23 offence must be; others depend on the State's law (6(2)(a)).
spec-art6-2-c-foreign-predicate = A predicate committed outside the characterising State counts only if it is an offence where committed and would be one there (double criminality inside the laundering offence).
spec-art6-2-e-self-laundering = The launderer committed the predicate: a State whose fundamental principles require it may exempt the predicate offender; its law decides.
spec-art6-offence = Is the conduct, given by its elements, an art. 6 laundering offence under the characterising State's law?

# The paragraphs this module does not encode (NOT_ENCODED).
not-encoded-art6-2-d = Each State furnishes to the Secretary-General copies of its laws giving effect to art. 6, and of any later changes: a reporting duty, with no decision in a case.
not-encoded-art6-2-f = Knowledge, intent or purpose may be inferred from objective factual circumstances: a rule of evidence for the courts; the case states the elements of the conduct directly.

# What each finding of art08.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art08.rs), in reasoning order.

spec-art8-1-a-active-bribery = Promising, offering or giving a public official an undue advantage so that the official acts or refrains from acting in official duties (mandatory).
spec-art8-1-b-passive-bribery = A public official soliciting or accepting an undue advantage for the same purpose (mandatory).
spec-art8-2-foreign-bribery = The same conduct involving a foreign public official or international civil servant: States shall only consider making it an offence, so the characterising State's law decides (unlike UNCAC).
spec-art8-offence = Is the conduct, given by its elements, an art. 8 corruption offence?

# The paragraphs this module does not encode (NOT_ENCODED).
not-encoded-art8-3 = Participation as an accomplice in an art. 8 offence is also to be made a criminal offence: not classified from the elements in this version.

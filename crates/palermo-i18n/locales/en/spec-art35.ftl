# What each finding of art35.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art35.rs), in reasoning order.

spec-art35-2-compulsory-settlement = Can either State take a dispute with the other about the Convention to arbitration, then the ICJ, on its own? Not if either opted out under 35(3): the opt-out is reciprocal. A State bound before the date of the data's opt-out record and absent from it made none; a later joiner is undetermined unless the case says.
spec-tip-art15-2-compulsory-settlement = For a trafficking case between TIP parties: can either State take a dispute about the Protocol to arbitration, then the ICJ, alone? Not if either opted out under TIP art. 15(3) (reciprocal).
spec-som-art20-2-compulsory-settlement = The same for the Smuggling of Migrants Protocol (SOM art. 20(2)-(3)).
spec-firearms-art16-2-compulsory-settlement = The same for the Firearms Protocol (FP art. 16(2)-(3)).

# The paragraphs this module does not encode (NOT_ENCODED).
not-encoded-art35-1 = States endeavour to settle disputes about the interpretation or application of the Convention through negotiation: no finding of its own; art. 35(2) is reported.
not-encoded-art35-4 = A State that opted out under art. 35(3) may withdraw its opt-out at any time by notification to the Secretary-General: a withdrawal after the date of the data's record is not captured, which the art. 35(2) finding says.

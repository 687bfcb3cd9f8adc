# What each finding of art04.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art04.rs), in reasoning order.

spec-art4-2-sovereignty = Action on another State's territory only with its consent and within its law (attached to joint investigations and special investigative techniques).

# The paragraphs this module does not encode (NOT_ENCODED).
not-encoded-art4-1 = States carry out their obligations under the Convention consistently with the sovereign equality and territorial integrity of States and with non-intervention in their domestic affairs: a principle that governs how the Convention is applied, with no decision of its own in a case.

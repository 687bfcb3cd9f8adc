# What each finding of art19.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art19.rs), in reasoning order.

spec-art19-consider-agreements = First sentence: the two States shall consider concluding agreements or arrangements for joint investigative bodies (a duty to consider, binding them once the Convention is in force between them).
spec-art19-agreement = Joint investigative bodies: under an agreement between the States, or, without one, agreed case by case (second sentence, a permission).
spec-art19-sovereignty = Full respect for the sovereignty of the State where a joint investigation takes place.
spec-art19-legal-basis = May the States agree a joint investigation under the Convention for this offence (a permission, never a duty)?

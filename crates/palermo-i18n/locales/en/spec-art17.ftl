# What each finding of art17.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art17.rs), in reasoning order.

spec-art17-agreements = States may consider agreements on transferring sentenced persons.
spec-art17-legal-basis = Is the Convention a legal basis for transferring a sentenced person? Never: art. 17 only invites agreements.

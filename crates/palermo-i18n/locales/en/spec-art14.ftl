# What each finding of art14.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art14.rs), in reasoning order.

spec-art14-1-disposal = The confiscating State disposes of the property under its law.
spec-art14-2-return-priority = If the requesting State asks, priority consideration to returning the property for victims or legitimate owners, as far as the requested State's law permits.
spec-art14-3-sharing = The requested State may agree to contribute or share the value.

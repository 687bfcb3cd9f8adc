# What each finding of som.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/som.rs), in reasoning order.

spec-som-art3-a-illegal-entry = Smuggling element: procuring the illegal entry of a non-national, non-resident.
spec-som-art3-a-benefit = Smuggling element: to obtain a financial or other material benefit (humanitarian or family help falls outside, interpretative note).
spec-som-art5-migrants-not-liable = Smuggled migrants are not liable under the Protocol for having been its object.
spec-som-art6-offence = Is the conduct, given by its elements, smuggling of migrants?

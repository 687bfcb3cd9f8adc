# What each finding of art27.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art27.rs), in reasoning order.

spec-art27-1-cooperation = Close law enforcement cooperation against covered offences, consistent with each State's systems.
spec-art27-2-basis = Absent an agreement, the States may consider the Convention the basis for direct law enforcement cooperation.
spec-art27-3-technology = Endeavour to cooperate against organized crime committed through modern technology.
spec-art27-legal-basis = May the Convention serve as the basis for law enforcement cooperation on this offence?

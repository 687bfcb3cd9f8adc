# What each finding of art15.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art15.rs), in reasoning order.

spec-art15-1-territory = Which States shall establish jurisdiction: those on whose territory the offence was committed (15(1)(a)) and the flag or registry State of the vessel or aircraft on board which it was (15(1)(b)). Undetermined while the place of commission is not stated.
spec-art15-2-nationality = Which States may establish jurisdiction: a victim's State (15(2)(a), subject to art. 4), the offender's State or, for a stateless offender, the State of habitual residence (15(2)(b)), and the State at whose territory a participation offence (15(2)(c)(i)) or a participation in laundering (15(2)(c)(ii)) abroad was aimed.
spec-art15-3-national-not-extradited = Is the alleged offender a national of the State where he or she is? That State shall have jurisdiction for the case where it refuses extradition solely on nationality (the jurisdiction behind art. 16(10)).
spec-art15-4-present-not-extradited = The State where the alleged offender is may establish jurisdiction for the case where it does not extradite, for any reason.
spec-art15-1-a-iso3 = One ground, one State: the offence was committed on its territory, so it shall establish jurisdiction (mandatory), if the offence is covered and the State a party.
spec-art15-1-b-iso3 = One ground, one State: the offence was committed on board a vessel flying its flag or an aircraft registered under its law, so it shall establish jurisdiction (mandatory).
spec-art15-2-a-iso3 = One ground, one State: a victim is its national, so it may establish jurisdiction (discretionary, subject to art. 4).
spec-art15-2-b-iso3 = One ground, one State: the alleged offender is its national, or a stateless person habitually resident there, so it may establish jurisdiction (discretionary).
spec-art15-2-c-i-iso3 = One ground, one State: participation abroad (art. 5(1)) aimed at a serious crime on its territory, so it may establish jurisdiction (discretionary).
spec-art15-2-c-ii-iso3 = One ground, one State: participation in laundering abroad (art. 6(1)(b)(ii)) aimed at laundering on its territory, so it may establish jurisdiction (discretionary).
spec-art15-3-iso3 = One ground, one State: the alleged offender is its national and there, so it shall establish jurisdiction for the case where it refuses extradition solely on nationality (mandatory; the jurisdiction behind art. 16(10)).
spec-art15-4-iso3 = One ground, one State: the alleged offender is there, so it may establish jurisdiction for the case where it does not extradite, for any reason (discretionary).
spec-art15-jurisdiction-iso3 = One State linked to the offence by an art. 15 ground, with its strongest call (must, must if not extraditing its national, may; weaker calls in sentences of their own), provided the offence is covered by the Convention and, for a State other than the two, that it is a party (art. 15 binds States Parties). Whether the State has in fact established the jurisdiction is for its law.
spec-art15-jurisdiction = The three lists of art. 15 for a covered offence: States that must, must if not extraditing their national, and may establish jurisdiction; a State appears under every call it has, so 15(3) is always visible.

# The paragraphs this module does not encode (NOT_ENCODED).
not-encoded-art15-6 = Without prejudice to the norms of general international law, the Convention does not exclude any criminal jurisdiction a State establishes under its domestic law: no finding tests it; jurisdiction beyond the grounds of art. 15 is left to that law.

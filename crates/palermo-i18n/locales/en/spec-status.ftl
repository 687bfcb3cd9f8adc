# What each finding of status.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/status.rs), in reasoning order.

spec-status-in-force-iso3 = Is the Convention in force for the State on the as-of date? Entry into force is the later of deposit + 30 days and 29 Sep 2003 (art. 38); a denunciation takes effect one year after the Secretary-General receives it (art. 40). No deposit date on record gives undetermined, not no; a party on record as of a date without its deposit date is in force from that date + 30 days at the latest (interpretation).
spec-status-in-force-between = Is the Convention in force for both the requesting and the requested State on the as-of date? The gate for every form of cooperation.
spec-status-protocol-in-force-iso3 = Is the Protocol in force for the State (its own entry-into-force article: later of deposit + 30 days and the Protocol's date; only Convention parties can join, art. 37(2))?
spec-status-protocol-in-force-between = Are both States parties to the Protocol? Its offences count as Convention offences only between its parties.
spec-status-temporal-earlier-conduct = Does the Convention serve although the conduct predates its entry into force between the two States? The Convention has no temporal clause; on the prevailing reading (interpretation) its cooperation provisions are procedural and the relevant fact is the request, so yes, unless the requested State says its law departs from that reading.
spec-status-temporal-dual-criminality-when-committed = For conduct that predates entry into force (extradition, MLA, confiscation): was it punishable under the law of both States when committed? A fact of the case (offence.punishable_when_committed); it does not change the legal-basis answer.

# What each finding of bases.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/bases.rs), in reasoning order.

spec-bases-other-n = Does another instrument named in the case serve this request: binding both States (as stated), providing for this kind of cooperation, reaching the offence? Nothing about other instruments is assumed. Cited to the Convention's clause on other instruments for the kind: 16(3) for extradition, 18(6) for assistance and confiscation, the article on agreements for the others (17, 19, 20(2), 21, 27(2)).
spec-bases-on-top = Where another treaty serves, what of the Convention still applies on top (16(3) for extradition; 18(6)-(8) for assistance; 18(6) through 13(3), 13(4) and 13(6) for confiscation).
spec-bases-convention-only = Is the Convention the only basis, among those the case states, that serves this request?
spec-bases-data-uncac = Does the data record UNCAC as in force between both States on the date, and does it reach this request (extradition art. 44, assistance art. 46, confiscation arts. 54-55; corruption offences, and laundering of their proceeds)?
spec-bases-data-drug-convention-1988 = Does the data record the 1988 Drugs Convention as in force between both States on the date, and does it reach this request (extradition art. 6, assistance art. 7, confiscation art. 5; drug trafficking)?
spec-bases-data-budapest-convention = Does the data record the Budapest Convention as in force between both States on the date, and does it reach this request (assistance arts. 25-34 for computer-related offences and electronic evidence; extradition art. 24 for its own offences)?
spec-bases-data-european-convention-extradition-1957 = Does the data record the European Convention on Extradition (1957) as in force between both States on the date, and does the offence meet its threshold of one year under both laws?
spec-bases-data-european-convention-mla-1959 = Does the data record the European Convention on Mutual Assistance in Criminal Matters (1959) as in force between both States on the date?
spec-bases-data-eu-membership = Are both States members of the European Union on the date, so that the European Arrest Warrant (extradition) or the European Investigation Order (assistance) replaces the treaty route between them?
spec-bases-preferred = Which of the instruments in force between both States would a practitioner normally use for this request (a documented reading: EU mutual recognition first, then a regional convention binding both, then the convention made for the crime)?

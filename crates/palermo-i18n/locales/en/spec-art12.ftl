# What each finding of art12.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art12.rs), in reasoning order.

spec-art12-6-bank-secrecy = Bank, financial or commercial records can be ordered produced or seized; bank secrecy is no ground to decline.

# The paragraphs this module does not encode (NOT_ENCODED).
not-encoded-art12-1 = Each State enables, to the greatest extent possible within its legal system, the confiscation of the proceeds of covered offences (or property of corresponding value) and of the instrumentalities used or destined for use in them: a State's own powers, on which art. 13 cooperation relies; not tested in a case.
not-encoded-art12-2 = Each State enables the identification, tracing, freezing or seizure of those items for the purpose of eventual confiscation: a State's own powers, on which art. 13(2) relies; not tested in a case.
not-encoded-art12-3 = Proceeds transformed or converted into other property: that property is liable to the same measures. Not tested in a case.
not-encoded-art12-4 = Proceeds intermingled with property acquired from legitimate sources: that property is liable to confiscation up to the assessed value of the intermingled proceeds. Not tested in a case.
not-encoded-art12-5 = Income or other benefits derived from proceeds, or from property into which they were transformed or with which they were intermingled, are liable to the same measures. Not tested in a case.
not-encoded-art12-7 = States may consider requiring an offender to demonstrate the lawful origin of alleged proceeds or other property liable to confiscation, as far as the principles of their domestic law allow: an option for a State's own law, not tested in a case.
not-encoded-art12-8 = The article does not prejudice the rights of bona fide third parties: for confiscation cooperation, art. 13(8) is reported instead.
not-encoded-art12-9 = The measures of the article are defined and implemented in accordance with each State's domestic law: a general reservation, with no decision of its own.

# The documented interpretations (docs/legal-method.md), each by the title of its entry:
# interp-<anchor>. Shown in the memo's list of interpretations and in the answer's caveat.
# The entry's anchor is shown beside the title; it is an identifier.

caveat-interpretation-item = “{ $title }” ({ $anchor })

interp-art13-6-deeming = Art. 13(6) is a deeming rule
interp-benefit = Financial or other material benefit, read broadly (art. 2(a))
interp-cooperation-within-scope = Joint investigations operate within the Convention's scope (art. 19)
interp-death-penalty = The death penalty as a more serious penalty (art. 2(b))
interp-dispute-opt-out-record = No opt-out on record means none, for States bound before the record (art. 35(3))
interp-dual-criminality = Dual criminality is conduct-based (art. 16(1))
interp-enforcement-and-prosecution = A sentence-enforcement request: art. 16(12) leads, art. 16(10) for persons not yet tried
interp-eu-mutual-recognition = Between EU Member States, the European Arrest Warrant and the European Investigation Order
interp-fine-only = A fine alone does not make a serious crime (art. 2(b))
interp-involves-group = When an offence involves an organized criminal group (art. 3(1))
interp-offence-law = Whose law decides whether conduct is a Convention offence (arts. 5, 6, 8)
interp-other-instruments-data = Other instruments in the reference data: when they bind and what they reach
interp-party-without-deposit-date = A party on record without a deposit date is bound 30 days after the record's date
interp-preferred-instrument = Which instrument a practitioner would normally use
interp-reciprocity-like-case = Reciprocity against a partial election (art. 16(5)(a))
interp-serious-crime-law = Whose law decides whether the offence is a serious crime (art. 3(1)(b))
interp-smuggling-benefit = Help for humanitarian reasons or to family is not smuggling (SOM arts. 3(a), 6)
interp-succession = Succession of States to the Convention
interp-temporal-application = Conduct before entry into force
interp-territorial-jurisdiction = The requesting State's jurisdiction for confiscation (art. 13(1))
interp-untoc-entry-into-force-later-of = Entry into force: the later of deposit plus 30 days and 29 September 2003

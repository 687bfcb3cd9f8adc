# Competing legal bases (bases.rs): other instruments the case says may bind the two States, side by side with the Convention.

## An instrument named without a name of its own.
bases-name-bilateral = the bilateral treaty
bases-name-regional = the regional convention
bases-name-uncac = UNCAC
bases-name-drugs = the 1988 Convention
bases-name-budapest = the Budapest Convention
bases-name-reciprocity = reciprocity
bases-name-other = the other instrument
# Another legal basis the case names, by its kind; $name: its title ("the …").
bases-named-bilateral = { $name }
bases-named-regional = { $name }
bases-named-other = { $name }

## What each kind of instrument generally offers.
bases-offers-bilateral = cooperation on the treaty's own terms and refusal grounds
bases-offers-regional = cooperation among its parties on its own terms
bases-offers-uncac = extradition (UNCAC art. 44) and mutual legal assistance (UNCAC art. 46) for the corruption offences it establishes
bases-offers-drugs = extradition (1988 Convention art. 6) and mutual legal assistance (its art. 7) for the drug-trafficking offences of its art. 3(1)
bases-offers-budapest = extradition (Budapest Convention art. 24) and mutual assistance (its arts. 25-34), incl. expedited preservation of data, for computer-related offences and electronic evidence
bases-offers-reciprocity = cooperation as a matter of comity, where both States' laws allow it without a treaty
bases-offers-other = cooperation on its own terms

## The kind of cooperation requested.
bases-kind-extradition = extradition
bases-kind-mla = mutual legal assistance
bases-kind-confiscation = confiscation
bases-kind-transfer-sentenced = transfer of sentenced persons
bases-kind-transfer-proceedings = transfer of criminal proceedings
bases-kind-joint-investigation = joint investigations
bases-kind-special-techniques = special investigative techniques
bases-kind-law-enforcement = law enforcement cooperation

## Each other instrument.
bases-other-yes = This request can also rest on { $name }: it binds both States and reaches the offence; it offers { $offers }
bases-other-not-in-force = The case states that { $name } does not bind both States
bases-other-kind = According to the case, { $name } does not provide for { $kind }
bases-other-offence = The case states that { $name } does not reach this offence
bases-other-open = Whether { $name } serves here is not settled; it would offer { $offers }

## What of the Convention still applies where another treaty governs.
bases-on-top-extradition = Where another extradition treaty binds the States, the offences art. 16 applies to are deemed extraditable offences in it (art. 16(3)), and the Convention's rules on fiscal matters, discrimination and consultation still apply
bases-on-top-mla = Another treaty's obligations are unaffected (art. 18(6)); where it governs the procedure (18(7)), the Convention's duty to assist (18(1)) and its bar on refusing for bank secrecy (18(8)) still apply
bases-on-top-confiscation = Art. 18 applies to confiscation requests mutatis mutandis (art. 13(3)): another treaty's obligations are unaffected (18(6)), the requested State acts under its law or a treaty binding it (13(4)), and a treaty-requiring State shall consider the Convention a sufficient basis (13(6))
bases-on-top-other = The Convention's provisions apply alongside the other instrument; each request can rely on either

## Whether the Convention is the only basis.
bases-only-yes = Among the bases stated in the case, the Convention is the only one that serves this request
bases-only-others = Other bases serve this request too: { $names }
bases-only-none = Neither the Convention nor the other bases stated serve this request
bases-only-open = Whether the Convention is the only basis depends on facts not given about the other instruments

## Instruments the data records between the two States (bases_data.rs).
bases-name-ece = the European Convention on Extradition (1957)
bases-name-ecma = the European Convention on Mutual Assistance in Criminal Matters (1959)
bases-name-eu = EU law between Member States
bases-offers-ece = extradition between its parties for offences punishable under both laws by deprivation of liberty of at least one year (ECE art. 2)
bases-offers-ecma = the widest measure of mutual assistance in criminal matters between its parties (ECMA art. 1)
bases-offers-eu = surrender and evidence-gathering by mutual recognition of judicial decisions
bases-data-yes = According to the data, { $name } binds { $a } (since { $a_from }) and { $b } (since { $b_from }) and reaches this request; it offers { $offers }
bases-data-maybe = According to the data, { $name } binds both States; whether it reaches this request depends on { $condition }
bases-data-not-bound = According to the data, { $name } does not bind { $state } on this date: { $reason }
bases-data-unknown = Whether { $name } binds { $state } on this date is not known from the data: { $reason }
bases-data-eu-eaw = Both States are members of the European Union ({ $a } since { $a_from }, { $b } since { $b_from }): between them the European Arrest Warrant (Framework Decision 2002/584/JHA) replaces extradition, so a practitioner would issue a European Arrest Warrant rather than an extradition request
bases-data-eu-eio = Both States are members of the European Union ({ $a } since { $a_from }, { $b } since { $b_from }): between them the European Investigation Order (Directive 2014/41/EU) replaces most mutual legal assistance, so a practitioner would issue a European Investigation Order rather than a request for assistance
bases-data-eu-before = Both States are members of the European Union, but on this date { $tool } did not yet apply between them (from { $date })
bases-data-eu-eio-not-bound = Both States are members of the European Union, but the European Investigation Order does not bind { $state } (Denmark and Ireland do not take part in Directive 2014/41/EU): the mutual assistance treaties apply
bases-data-eu-not-member = According to the data, { $state } is not a member of the European Union on this date: { $reason }
bases-data-eu-unknown = Whether { $state } is a member of the European Union on this date is not known from the data: { $reason }
bases-tool-eaw = the European Arrest Warrant
bases-tool-eio = the European Investigation Order
bases-cond-uncac = whether the conduct, or the crime the laundered proceeds come from, is a corruption offence established under UNCAC
bases-cond-drugs = whether the laundered proceeds come from a drug-trafficking offence of the 1988 Convention's art. 3(1)(a)
bases-cond-electronic = whether the offence is related to computer systems or data, or the request seeks evidence in electronic form (Budapest Convention art. 25(1))
bases-cond-threshold = whether the offence is punishable under both laws by deprivation of liberty of at least one year (ECE art. 2(1))
bases-reason-not-yet = it enters into force for that State on { $date }
bases-reason-not-listed = the list of parties as of { $list } does not name it
bases-reason-signatory = it had signed but not consented to be bound as of { $list }
bases-reason-withdrew = it withdrew; its last day bound was { $date }
bases-reason-after-list = the list read reflects { $list }, and a later consent would not be in it
bases-reason-partial = the list read is partial and does not name it
bases-reason-eif-unrecorded = it consented on { $date }, but the source read does not give the date of entry into force
bases-preferred = A practitioner would normally use { $name } for this request: { $why }
bases-why-eu = between Member States, mutual recognition replaces extradition and most assistance requests
bases-why-regional = the regional convention binding both States governs such requests between them, and the Convention's provisions apply alongside it
bases-why-specific = it is the convention made for this kind of crime, in force between both States

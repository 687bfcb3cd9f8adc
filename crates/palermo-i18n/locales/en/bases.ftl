# Competing legal bases (bases.rs): other instruments the case says may bind the two States, side by side with the Convention.

## An instrument named without a name of its own.
bases-name-bilateral = the bilateral treaty
bases-name-regional = the regional convention
bases-name-uncac = UNCAC
bases-name-drugs = the 1988 Convention
bases-name-budapest = the Budapest Convention
bases-name-reciprocity = reciprocity
bases-name-other = the other instrument

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

# Article 16 (extradition): the findings of art. 16(1)-(17), from whether the article applies to the legal basis and what attaches to a request.
# $requesting and $requested are the two States of the request (a name with its code, or the code alone); $state another State.

## 16(1): dual criminality. The words for one State's law.
art16-punishable = punishable
art16-not-punishable = not punishable
art16-punishable-unknown = of unknown status

art16-dual-criminality = The conduct is { $in_requesting ->
        [art16-punishable] punishable
        [art16-not-punishable] not punishable
       *[other] of unknown status
    } in { $requesting } and { $in_requested ->
        [art16-punishable] punishable
        [art16-not-punishable] not punishable
       *[other] of unknown status
    } in { $requested }{ $fails ->
        [true] : dual criminality, a condition of both limbs, fails
       *[false] {""}
    }

## 16(1): the two limbs and whether the article applies.
art16-first-limb-yes = First limb: an offence covered by the Convention
art16-first-limb-no = First limb fails: not an offence covered by the Convention
art16-first-limb-open = First limb: whether the offence is covered by the Convention is not settled
art16-second-limb-yes = Second limb: an art. 3(1)(a)/(b) offence involving an organized criminal group, and the person sought is in { $requested } (transnationality not needed)
art16-second-limb-elsewhere = Second limb fails: the person sought is in { $state }, not in { $requested }
art16-second-limb-no = Second limb fails: no art. 3(1)(a)/(b) offence involving an organized criminal group
art16-second-limb-open = Second limb: not settled (offence kind, group involvement or where the person is)
art16-applies-both-limbs = Article 16 applies (both limbs), with dual criminality
art16-applies-first-limb = Article 16 applies (first limb: covered offence), with dual criminality
art16-applies-second-limb = Article 16 applies (second limb: person in the requested State), with dual criminality
art16-applies-not-in-force = Article 16 does not apply: the Convention is not in force between the two States
art16-applies-no-dual-criminality = Article 16 does not apply: the conduct is not punishable in both States
art16-applies-no-limb = Article 16 does not apply: neither limb of art. 16(1) holds
art16-applies-open = Whether article 16 applies is not settled

## 16(2): separate serious crimes outside the article. $offence is the offence's number in the request.
art16-separate-serious-yes = Offence { $offence } is outside art. 16 but a separate serious crime: { $requested } may apply the article to it too
art16-separate-serious-no = Offence { $offence } is outside art. 16 and not a serious crime: art. 16(2) does not reach it
art16-separate-serious-open = Offence { $offence } is outside art. 16; whether it is a serious crime (for art. 16(2)) is not settled

## 16(5)(a): the requested State's notification, read for this request.
art16-notification-takes = { $requested } takes the Convention as the legal basis for extradition
art16-notification-declines = { $requested } does not take the Convention as the legal basis for extradition
art16-notification-declines-own-law = { $requested } does not take the Convention as the legal basis for extradition; its notification records that it extradites under its own law, its treaties and on reciprocity
art16-notification-reciprocal-met = { $requested } takes the Convention as the legal basis with States Parties that do the same, and { $requesting } does
art16-notification-reciprocal-not-met = { $requested } takes the Convention as the legal basis only reciprocally, and { $requesting } does not take it
art16-notification-reciprocal-unknown = { $requested } takes the Convention as the legal basis only with States Parties that do the same; whether { $requesting } does is not on record
art16-notification-like-case-national = { $requested } takes the Convention as the legal basis only reciprocally; { $requesting } takes it except for its own nationals, so in the like case (a national of the requested State) it would not: reciprocity fails for this person, a national of { $requested } (interpretation)
art16-notification-like-case-other = { $requested } takes the Convention as the legal basis only reciprocally; { $requesting } takes it except for its own nationals, which does not matter here: the person is not a national of { $requested } (interpretation)
art16-notification-like-case-unknown = { $requested } takes the Convention as the legal basis only reciprocally; { $requesting } takes it except for its own nationals, so whether reciprocity holds turns on whether the person is a national of { $requested }, which is not given
art16-notification-except-nationals-national = { $requested } takes the Convention as the legal basis, but not for surrendering its own nationals, and the person is one
art16-notification-except-nationals-other = { $requested } takes the Convention as the legal basis except for its own nationals; the person is not its national
art16-notification-except-nationals-unknown = { $requested } takes the Convention as the legal basis except for its own nationals; the person's nationality is not given
art16-notification-treaty-unstated = { $requested } notified that it requires a treaty, without saying whether the Convention is one
art16-notification-content-unknown = { $requested } made an art. 16(5)(a) notification whose content is not captured in the data
art16-notification-none = No art. 16(5)(a) notification by { $requested } is on record (the bundled list is incomplete), so whether it takes the Convention as a basis is unknown
# $reading is one of the messages above; an extradition treaty binds the two States.
art16-notification-not-deciding = { $reading }; it does not decide this request: an extradition treaty binds { $requesting } and { $requested }, so the route is art. 16(3), not 16(4)

## 16(3): offences deemed included in an extradition treaty. $name is the treaty's name as the case gives it.
art16-deemed-included-yes = An extradition treaty binds the two States: the offences art. 16 applies to are deemed extraditable offences in it
art16-deemed-included-yes-named = { $name } binds the two States: the offences art. 16 applies to are deemed extraditable offences in it
art16-deemed-included-no = No extradition treaty binds the two States, so there is nothing for art. 16(3) to amend
art16-deemed-included-open = Whether an extradition treaty binds the two States is not given

## 16(4): the Convention as the legal basis. $treaty_unknown: whether a treaty binds the States is not given; $requires_unknown: whether the requested State makes extradition conditional on a treaty is not given.
art16-convention-basis-not-engaged = Not engaged: an extradition treaty binds the two States, and art. 16(4) covers only requests from a State with which the requested State has no extradition treaty (the route is art. 16(3))
art16-convention-basis-not-engaged-named = Not engaged: { $name } binds the two States, and art. 16(4) covers only requests from a State with which the requested State has no extradition treaty (the route is art. 16(3))
art16-convention-basis-not-needed = { $requested } does not make extradition conditional on a treaty { $inferred ->
        [true] (as its art. 16(5)(a) notification records)
       *[false] (stated in the case)
    }, so art. 16(4) is not needed (art. 16(6) applies)
art16-convention-basis-not-needed-law = { $requested } does not make extradition conditional on a treaty (as the extradition-law data records), so art. 16(4) is not needed (art. 16(6) applies)
art16-convention-basis-may-if-no-treaty = If no extradition treaty binds the two States: { $requires_unknown ->
        [true] if { $requested } makes extradition conditional on a treaty, { $requested }
       *[false] { $requested }
    } may take the Convention as the legal basis (at its discretion); art. 16(4) is engaged only if no extradition treaty binds the two States, which is not given
art16-convention-basis-may = { $requires_unknown ->
        [true] If { $requested } makes extradition conditional on a treaty, { $requested }
       *[false] { $requested }
    } may take the Convention as the legal basis (at its discretion)
art16-convention-basis-declines = { $treaty_unknown ->
        [true] If no extradition treaty binds the two States: { $requires_unknown ->
            [true] if { $requested } makes extradition conditional on a treaty, { $requested }
           *[false] { $requested }
        }
       *[false] { $requires_unknown ->
            [true] If { $requested } makes extradition conditional on a treaty, { $requested }
           *[false] { $requested }
        }
    } does not take the Convention as the legal basis: no route under art. 16(4)
art16-convention-basis-open = { $treaty_unknown ->
        [true] If no extradition treaty binds the two States: { $requires_unknown ->
            [true] if { $requested } makes extradition conditional on a treaty, whether { $requested }
           *[false] whether { $requested }
        }
       *[false] { $requires_unknown ->
            [true] If { $requested } makes extradition conditional on a treaty, whether { $requested }
           *[false] Whether { $requested }
        }
    } takes the Convention as the legal basis is not settled

## 16(6): a State that needs no treaty. $inferred: read from its art. 16(5)(a) notification, not stated in the case.
art16-recognised-own-law = { $requested } needs no treaty (as its art. 16(5)(a) notification records: it extradites under its own law, its treaties and on reciprocity): it must recognise the offences art. 16 applies to as extraditable between the two States, on the conditions of its law (art. 16(7)), such as reciprocity
art16-recognised = { $requested } needs no treaty ({ $inferred ->
        [true] as its art. 16(5)(a) notification records
       *[false] stated in the case
    }): it must recognise the offences art. 16 applies to as extraditable between the two States, on the conditions of its law (art. 16(7))
art16-recognised-not-applicable = { $requested } makes extradition conditional on a treaty ({ $inferred ->
        [true] inferred from its art. 16(5)(a) election
       *[false] stated in the case
    }), so art. 16(6) does not apply
art16-recognised-open = Whether { $requested } makes extradition conditional on a treaty is not given
# From the extradition-law data (a record of the State's law, cited). $requesting: the requesting State, whose treatment by a mixed law decides.
art16-recognised-law = { $requested } needs no treaty (as the extradition-law data records): it must recognise the offences art. 16 applies to as extraditable between the two States, on the conditions of its law (art. 16(7))
art16-recognised-not-applicable-law = { $requested } makes extradition conditional on a treaty (as the extradition-law data records), so art. 16(6) does not apply
art16-recognised-open-mixed = Whether { $requested } makes extradition conditional on a treaty is not settled: the extradition-law data records its law as mixed (a treaty or agreement is needed for some States and not for others), so it depends on how its law treats { $requesting }
# $reading is one of the 16(6) messages above, read from the art. 16(5)(a) notification; the extradition-law data says the opposite.
art16-law-record-overridden = { $reading }; the extradition-law data records the opposite for { $requested }, but its art. 16(5)(a) notification is taken to prevail (interpretation)

## The answer: whether the Convention supplies a legal basis for extradition, and by which route.
art16-basis-yes-treaty = Yes: the offence is deemed included in the extradition treaty that binds the two States (art. 16(3)); extradition remains subject to the law and treaties of { $requested } (art. 16(7))
art16-basis-yes-treaty-named = Yes: the offence is deemed included in { $name } (art. 16(3)); extradition remains subject to the law and treaties of { $requested } (art. 16(7))
art16-basis-yes-own-law = Yes: { $requested } declared that it does not take the Convention as the legal basis, but it extradites without a treaty (under its own law and on reciprocity), so art. 16(6) obliges it to treat the offence as extraditable under its own law, on that law's conditions; extradition remains subject to the law and treaties of { $requested } (art. 16(7))
art16-basis-yes-no-treaty-needed = Yes: { $requested } needs no treaty and must recognise the offence as extraditable (art. 16(6)); extradition remains subject to the law and treaties of { $requested } (art. 16(7))
art16-basis-yes-convention = Yes: { $requested } requires a treaty, and takes the Convention as the legal basis at its discretion (art. 16(4), 16(5)(a)); extradition remains subject to the law and treaties of { $requested } (art. 16(7))
art16-basis-yes-convention-or-no-treaty = Yes: { $requested } takes the Convention as a basis: art. 16(4) gives a route at its discretion if it requires a treaty, art. 16(6) if it does not; the weaker is reported; extradition remains subject to the law and treaties of { $requested } (art. 16(7))
art16-basis-yes-treaty-or-convention = Yes: whether an extradition treaty binds the two States is not given, but either way there is a route: art. 16(3) with a treaty, art. 16(4), at its discretion, without one; the weaker is reported; extradition remains subject to the law and treaties of { $requested } (art. 16(7))
art16-basis-yes-treaty-or-no-treaty-needed = Yes: whether an extradition treaty binds the two States is not given, but either way there is a route: art. 16(3) with a treaty, art. 16(6) without one; the weaker is reported; extradition remains subject to the law and treaties of { $requested } (art. 16(7))
art16-basis-yes-treaty-or-either = Yes: whether an extradition treaty binds the two States is not given, but either way there is a route: art. 16(3) with a treaty, art. 16(4) or 16(6) without one; the weaker is reported; extradition remains subject to the law and treaties of { $requested } (art. 16(7))
art16-basis-yes = Yes; extradition remains subject to the law and treaties of { $requested } (art. 16(7))
art16-basis-no-not-in-force = No: the Convention is not in force between the two States
art16-basis-no-not-applicable = No: article 16 does not apply to the offence(s)
art16-basis-no-route = No: there is no extradition treaty between { $requesting } and { $requested }, the requested State does not take the Convention as the legal basis, and it makes extradition conditional on a treaty
art16-basis-open = Undetermined: { $n ->
        [one] { $n } fact missing
       *[other] { $n } facts missing
    }

## 16(5)(b) and 16(17): no route; the duty to seek treaties and agreements.
art16-seek-treaties = { $requested } does not take the Convention as a basis; it is to seek, where appropriate, extradition treaties with other States Parties
art16-seek-agreements = The States are to seek bilateral or multilateral agreements to carry out or improve extradition

## 16(7): the requested State's own law. Each bar is one item of the list $bars.
art16-bar-minimum-penalty = the minimum-penalty threshold is not met
art16-bar-political-offence = the political-offence exception bars extradition
art16-bar-death-penalty = the death-penalty rule bars extradition
art16-bar-ne-bis-in-idem = ne bis in idem bars extradition
art16-bar-limitation = limitation bars extradition
art16-bar-evidence = the evidentiary requirements are not met
art16-domestic-bars = The law of { $requested } bars extradition (stated in the case): { $bars }
art16-domestic-met = The conditions of the law of { $requested } (minimum penalty, refusal grounds, evidence) are met, as stated in the case
art16-domestic-open = Extradition is subject to the law and treaties of { $requested }: minimum penalty, refusal grounds (political offence, death penalty, ne bis in idem, limitation), evidentiary standard; the Convention itself has none of these grounds

## 16(8), 16(9), 16(13), 16(14), 16(16).
art16-expedite = Subject to domestic law, the States are to speed up procedures and simplify evidentiary requirements
art16-provisional-arrest = If urgent, { $requested } may at the request of { $requesting } detain the person or take other measures to secure presence at the proceedings, subject to its law and treaties
art16-fair-treatment = The person is guaranteed fair treatment at all stages, with all rights and guarantees of the law of the State where he or she is
art16-discrimination-refusal = { $requested } need not extradite if it has substantial grounds to believe the request aims to punish the person for sex, race, religion, nationality, ethnic origin or political opinions (a closed list; other grounds only via its own law)
art16-consult-before-refusal = Before refusing, { $requested } is to consult { $requesting }, where appropriate, so it can present its views and information

## 16(10): a national of the requested State: prosecution instead of extradition.
art16-prosecute-nationality-open = Whether the person is a national of { $requested } is not given; if so and the requested State refuses on that ground alone, it must, at the request of { $requesting }, submit the case for prosecution
art16-prosecute-not-national = The person is not a national of { $requested }: the duty to prosecute instead of extraditing does not arise
art16-prosecute-extradites-nationals = The person is a national of { $requested }, but { $requested } extradites its nationals (stated in the case): the duty does not arise
art16-prosecute-enforcement-allowed = Extradition is sought to enforce a sentence, so art. 16(12) leads; the law of { $requested } allows prosecuting the person despite the foreign judgment (stated in the case), so if { $requested } refuses solely because the person is its national, at the request of { $requesting } it must submit the case for prosecution
art16-prosecute-enforcement-barred = Extradition is sought to enforce a sentence, so art. 16(12) leads; the law of { $requested } bars prosecuting the person again after the foreign judgment (stated in the case), so art. 16(10), the route for a person not yet tried, gives nothing here
art16-prosecute-enforcement-open = Extradition is sought to enforce a sentence, so art. 16(12) leads; art. 16(10) (submit the case for prosecution) is the route for a person not yet tried: whether { $requested } could prosecute after the foreign judgment is a ne bis in idem question for its law
art16-prosecute-duty = The person is a national of { $requested }, which does not extradite its nationals (stated in the case): if it refuses on that ground alone, it must, at the request of { $requesting }, submit the case without undue delay for prosecution (see art. 15(3))
art16-prosecute-duty-either-way = The person is a national of { $requested }, which does not extradite its nationals, and could be prosecuted there even after a foreign judgment (stated in the case): whether extradition is sought for trial or to enforce a sentence, if { $requested } refuses on that ground alone it must, at the request of { $requesting }, submit the case for prosecution (see art. 15(3))
art16-prosecute-duty-if-trial = The person is a national of { $requested }, which does not extradite its nationals (stated in the case): if extradition is sought for trial, { $requested } must, on a refusal for that reason alone, submit the case for prosecution at the request of { $requesting }; whether it is sought to enforce a sentence (then art. 16(12) leads) is not given
art16-prosecute-depends = The person is a national of { $requested }; whether the law of { $requested } allows extraditing nationals decides whether, on a refusal for that reason alone, it must prosecute at the request of { $requesting } (see art. 15(3))

## 16(11): conditional surrender of a national.
art16-surrender-nationality-open = Whether the person is a national of { $requested } is not given (conditional surrender of a national, art. 16(11), would discharge the 16(10) duty)
art16-surrender-not-national = The person is not a national of { $requested }: conditional surrender is not in point
art16-surrender-not-needed = { $requested } extradites its nationals (stated in the case): conditional surrender is not needed
art16-surrender-allowed = The law of { $requested } allows surrender of a national on condition of return to serve the sentence: if both States agree, that discharges the art. 16(10) duty
art16-surrender-barred = The law of { $requested } does not allow conditional surrender of nationals (stated in the case)
art16-surrender-depends = Whether the law of { $requested } allows surrender of a national on condition of return to serve the sentence is for its law

## 16(12): enforcing a foreign sentence instead of surrendering a national.
art16-enforce-not-sought = Extradition is sought for prosecution, not to enforce a sentence
art16-enforce-not-national = The person is not a national of { $requested }: art. 16(12) (enforcing the sentence instead of surrendering a national) is not in point
art16-enforce-extradites-nationals = { $requested } extradites its nationals (stated in the case): no refusal on that ground for art. 16(12) to follow
art16-enforce-open = Whether extradition is sought to enforce a sentence already imposed is not given
art16-enforce-nationality-open = Extradition is sought to enforce a sentence; whether the person is a national of { $requested } (so that 16(12) could apply on a refusal for that reason) is not given
art16-enforce-consider = Extradition is sought to enforce a sentence: if { $requested } refuses to surrender its national, it shall, on the application of { $requesting }, consider enforcing the sentence or what remains of it (its law permits)
art16-enforce-barred = The law of { $requested } does not permit enforcing the foreign sentence (stated in the case)
art16-enforce-depends = Extradition is sought to enforce a sentence: if { $requested } refuses to surrender its national, it shall consider enforcing the sentence, if its law permits

## 16(15), also for 18(22) through art. 13(3) and art. 18: fiscal matters. $citation is the provision applied.
art16-fiscal-yes = The offence also involves fiscal matters: { $requested } may not refuse on that ground alone
art16-fiscal-no = The offence involves no fiscal matters: { $citation } is not engaged
art16-fiscal-open = Whether the offence also involves fiscal matters is not given (if so, that cannot be the sole ground of refusal)

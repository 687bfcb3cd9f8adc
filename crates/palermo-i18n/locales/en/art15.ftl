# Jurisdiction (art15.rs): which States must, may, or must if they do not extradite their national, establish jurisdiction over the offence (UNTOC art. 15).

## Why a State is linked to the offence (a ground of art. 15).
art15-why-territory = the offence was committed on its territory (15(1)(a))
art15-why-flag = the offence was committed on board a vessel flying its flag or an aircraft registered under its law (15(1)(b))
art15-why-victim = a victim is its national (15(2)(a), subject to art. 4)
art15-why-stateless = the alleged offender is stateless and habitually resides there (15(2)(b))
art15-why-offender = the alleged offender is its national (15(2)(b))
art15-why-participation = the participation abroad was aimed at committing a serious crime on its territory (15(2)(c)(i))
art15-why-laundering = the participation in laundering abroad was aimed at laundering on its territory (15(2)(c)(ii))
art15-why-present = the alleged offender is there and it may not extradite (15(4))
art15-why-national-present = the alleged offender is its national and is there (15(3))

## What art. 15 asks of the State.
art15-verb-must = shall establish jurisdiction
art15-verb-must-if = shall establish jurisdiction for the case where it refuses extradition solely because the person is its national
art15-verb-may = may establish jurisdiction

## 15(1): territory, flag and registry.
art15-territory-none = The case names no State where the offence was committed and no flag or registry State: no State is bound by art. 15(1)
art15-territory-yes = { $states } shall establish jurisdiction: the offence was committed on the territory of each, or on board a vessel or aircraft of each
art15-territory-missing = Where the offence was committed is not stated, so the States bound by art. 15(1)(a) are not known

## 15(2): nationality of the victim or offender, conduct aimed at a State.
art15-nationality-missing = The alleged offender's nationality (or, if stateless, habitual residence) is not stated, so the States that may claim jurisdiction under art. 15(2)(b) are not known
art15-nationality-partial = { $states } may establish jurisdiction; the alleged offender's nationality (or, if stateless, habitual residence) is not stated, so the list may be incomplete
art15-nationality-none = No victim's or offender's State and no State targeted from abroad is named: art. 15(2) links no State
art15-nationality-yes = { $states } may establish jurisdiction on the nationality of the victim or offender, or because conduct abroad was aimed at its territory

## 15(3) and 15(4): the State where the alleged offender is.
art15-whereabouts-missing = The alleged offender's whereabouts are not stated
art15-present-may = { $state }, where the alleged offender is, may establish jurisdiction for the case where it does not extradite (for any reason)
art15-national-missing = Whether the alleged offender is a national of { $state }, where he or she is, is not stated
art15-national-shall = { $state } shall establish jurisdiction for the case where it does not extradite the alleged offender solely because he or she is its national; it must then, at the requesting State's request, submit the case for prosecution (art. 16(10))
art15-national-no = The alleged offender is not a national of { $state }, where he or she is: art. 15(3) does not apply

## One State and one ground.
art15-ground-yes = { $state } { $verb }: { $why }
art15-ground-not-party = { $state } is not a party to the Convention on { $date }, so art. 15 does not bind it; the ground: { $why }
art15-ground-not-covered = Art. 15 concerns offences covered by the Convention, and this one is not; the ground: { $why }
art15-ground-open = If art. 15 binds it, { $state } { $verb }: { $why }; whether it binds it here is not settled

## One State, at its strongest call.
art15-state-not-party = { $state } is not a party to the Convention on { $date }, so art. 15 does not bind it; it is linked because { $reasons }
art15-state-status-open = { $state } is linked because { $reasons }; art. 15 binds it only if it is a party to the Convention, which is not settled
art15-state-yes = { $state } { $verb } as a State Party: { $reasons }. Whether it has done so is for its law
art15-state-yes-also = { $state } { $verb } as a State Party: { $reasons }. It also { $also_verb }: { $also_reasons }. Whether it has done so is for its law
art15-state-yes-also-two = { $state } { $verb } as a State Party: { $reasons }. It also { $also_verb }: { $also_reasons }. It also { $then_verb }: { $then_reasons }. Whether it has done so is for its law
art15-state-not-covered = Art. 15 concerns offences covered by the Convention, and this one is not; { $state } is linked because { $reasons }
art15-state-open = { $state } is linked because { $reasons }; whether art. 15 reaches the offence waits on its scope

## The summary: every State under each call it has.
art15-summary-yes = Must establish jurisdiction (15(1)): { $must ->
        [0] none named
       *[other] { $must }
    }. Must if not extraditing its national (15(3)): { $must_if ->
        [0] none named
       *[other] { $must_if }
    }. May (15(2), 15(4)): { $may ->
        [0] none named
       *[other] { $may }
    }.{ $not_parties ->
        [0] {""}
       *[other] {" "}Linked but not parties, so not bound: { $not_parties }.
    }{ $status_open ->
        [0] {""}
       *[other] {" "}Linked, bound only if parties, which is not settled: { $status_open }.
    } A State is listed under each call it has; whether it has established the jurisdiction is for its law
art15-summary-not-covered = No: art. 15 concerns offences covered by the Convention, and this one is not
art15-summary-open = Undetermined: whether the offence is covered by the Convention is not settled

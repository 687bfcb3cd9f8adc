# Treaty status (status.rs): entry into force for a State and between the two States (UNTOC arts. 36-38, 40; the Protocols' entry-into-force articles), and conduct before entry into force.

## The instruments, as the messages name them.
status-instrument-untoc = the Convention
status-instrument-tip = the Trafficking in Persons Protocol
status-instrument-som = the Smuggling of Migrants Protocol
status-instrument-firearms = the Firearms Protocol

## Two clauses of one explanation.
status-then = { $first }; { $then }

## How a State consented to be bound, as recorded.
status-how-deposited = deposited its instrument
status-how-ratified = ratified
status-how-accepted = accepted
status-how-approved = approved
status-how-acceded = acceded
status-how-succeeded = succeeded

## How the date of entry into force for the State follows from its deposit.
status-rule-general = general entry into force { $general }
status-rule-later = the later of deposit + 30 days and the general entry into force { $general }
status-rule-day = 30th day after deposit

status-deposit = { $state } { $how } on { $deposit } → in force from { $eif } ({ $rule }){ $succession ->
        [true] ; a succession may take effect earlier, from independence, as the depositary records it
       *[false] {""}
    }; { $in_force ->
        [true] in force on { $date }
       *[false] not yet in force on { $date }
    }
status-denounced = { $state } denounced the Convention (received { $received }), effective { $effective }: not in force on { $date }{ $protocol ->
        [true] {" "}(denouncing the Convention denounces its Protocols, art. 40(3))
       *[false] {""}
    }
status-denunciation-pending = its denunciation (received { $received }) takes effect only on { $effective }

## A party on record without a deposit date.
status-party-by = { $state } is recorded as a party as of { $as_of } (see source), with no deposit date: it deposited by { $by } at the latest, so { $instrument } is in force for it from { $latest } at the latest ({ $at_general ->
        [true] its general entry into force
       *[false] the 30th day after a deposit on that day
    })
status-now-no-state = on { $date } it was in force for no State
status-now-denounced = but it denounced the Convention (received { $received }), effective { $effective }: not in force on { $date }{ $protocol ->
        [true] {" "}(denouncing the Convention denounces its Protocols, art. 40(3))
       *[false] {""}
    }
status-now-in-force = in force on { $date }
status-now-depends = whether it was already in force on { $date } depends on the deposit date, which is not recorded: give it in the case

## Not a party, or not known.
status-no-instrument = { $state } has deposited no instrument: not a party on { $date }
status-not-party-data = { $state } was not a party according to the data as of { $as_of }: not a party on { $date }
status-before-general = On { $date } { $instrument } was in force for no State: it entered into force generally only on { $general }
status-unknown = { $state }: { $why }; give the deposit date (or "none") in the case
status-why-no-record = the reference data has no record of it
status-why-no-deposit-date = the reference data records it as a party but without a verified deposit date (data: { $file }, line { $line })
status-why-later-deposit = the data records it as not a party as of { $as_of }, but a later deposit would not be recorded
status-why-later-deposit-undated = the data records it as not a party as of an unrecorded date, but a later deposit would not be recorded

## A regional economic integration organization (art. 2(j), 36(3)-(4)); a Protocol without the Convention (art. 37(2)).
status-reio-within = the matter is within its declared competence (stated in the case)
status-reio-outside = but the matter is outside its declared competence (stated in the case)
status-reio-open = as a regional economic integration organization it is bound only within its declared competence, which the case does not settle
status-protocol-needs-convention = but a Protocol binds only parties to the Convention, and the Convention's status for it is not established as in force

## Between the two States.
status-between-yes-since = In force for both { $requesting } and { $requested } on { $date } (between them since { $since })
status-between-yes = In force for both { $requesting } and { $requested } on { $date }
status-between-no = Not in force for { $states } on { $date }, so the Convention cannot govern cooperation between { $requesting } and { $requested }
status-between-open = Whether the Convention is in force for both { $requesting } and { $requested } on { $date } is not settled
status-protocol-pair-missing = Whether { $instrument } is in force between the two States cannot be said: a State of the request is not given
status-protocol-both = On { $date }, both { $requesting } and { $requested } are parties to { $instrument }
status-protocol-not-both = On { $date }, { $requesting } and { $requested } are not both parties to { $instrument }: its offences count as Convention offences only between its parties
status-protocol-open = Whether both { $requesting } and { $requested } are parties to { $instrument } on { $date } is not settled

## Conduct before entry into force between the two States.
status-temporal-after = The conduct ({ $conduct }) took place after the Convention entered into force between the two States ({ $since })
status-temporal-reading = The Convention has no temporal clause; on the prevailing reading its cooperation provisions are procedural and the non-retroactivity of treaties (VCLT art. 28) concerns acts before entry into force, while the fact that matters here is the request, made after it: the Convention serves
status-temporal-before-follows = The conduct ({ $conduct }) predates entry into force between the two States ({ $since }). { status-temporal-reading }, and { $requested } follows that reading (stated in the case)
status-temporal-before-departs = The conduct ({ $conduct }) predates entry into force between the two States ({ $since }). { status-temporal-reading } on that reading, but the law of { $requested } departs from it (stated in the case): it does not cooperate under the Convention on earlier conduct
status-temporal-before-asked = The conduct ({ $conduct }) predates entry into force between the two States ({ $since }). { status-temporal-reading }; { $requested } is asked only whether its law departs from that reading
status-temporal-open = The conduct took place on { $conduct }; whether that predates entry into force between the two States is not settled

## Dual criminality when the conduct was committed.
status-role-extradition = dual criminality is a condition of extradition (art. 16(1))
status-role-mla = the requested State may decline assistance for want of dual criminality (art. 18(9))
status-role-confiscation = the requested State may decline for want of dual criminality (art. 18(9), through art. 13(3))
status-when-committed-yes = The conduct was punishable under the law of both { $requesting } and { $requested } when it was committed ({ $conduct }): the cooperation makes nothing criminal after the fact; { $role }
status-when-committed-no = The conduct was not punishable under the law of { $states } when it was committed ({ $conduct }); { $role }, and whether an offence created later suffices is for the requested State's law and treaties
status-when-committed-open = Whether the conduct was punishable under the law of both { $requesting } and { $requested } when it was committed ({ $conduct }) is not given; { $role }

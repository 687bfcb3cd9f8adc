# The assessment as a whole (assess.rs): the question answered, the two
# States, the per-offence answers and the aggregates for several offences.

## The question answered. $requesting, $requested: the two States (their
## codes, or assess-*-not-given when the case does not give one).
assess-question-extradition = Can the Convention serve as the legal basis for extradition from the requested State ({ $requested }) to the requesting State ({ $requesting })?
assess-question-confiscation = Can the Convention serve as the legal basis for the confiscation cooperation the requesting State ({ $requesting }) asks of the requested State ({ $requested })?
assess-question-sentenced-persons = Can the Convention serve as the legal basis for transferring a sentenced person between the requesting State ({ $requesting }) and the requested State ({ $requested })?
assess-question-joint-investigation = Can the Convention serve as the basis for a joint investigation of the requesting State ({ $requesting }) and the requested State ({ $requested })?
assess-question-special-techniques = Can the Convention serve as the basis for using special investigative techniques with the requested State ({ $requested }) at the request of the requesting State ({ $requesting })?
assess-question-transfer-of-proceedings = Can the Convention serve as the basis for transferring criminal proceedings from the requesting State ({ $requesting }) to the requested State ({ $requested })?
assess-question-law-enforcement = Can the Convention serve as the basis for law enforcement cooperation between the requesting State ({ $requesting }) and the requested State ({ $requested })?
assess-question-mla = Can the Convention serve as the legal basis for the mutual legal assistance the requesting State ({ $requesting }) asks of the requested State ({ $requested })?
assess-question-no-request = Is the offence covered by the Convention (arts. 2 and 3)? No request is given, so no form of cooperation is assessed
# A State of the pair the case does not give, as $requesting or $requested above.
assess-question-requesting-not-given = not given
assess-question-requested-not-given = not given

## The two States.
assess-state = { $state }
assess-requesting-not-given = the requesting State (not given)
assess-requested-not-given = the requested State (not given)
assess-the-requesting-state = the requesting State
assess-the-requested-state = the requested State

## A request without one of its States. $paths: the fact paths not given;
## $states: assess-the-requesting-state and/or assess-the-requested-state.
assess-between-not-given = Whether the Convention is in force between the two States cannot be said: { $paths ->
    [one] { $paths } is not given
   *[other] { $paths } are not given
}
assess-request-unnamed = Undetermined: the request does not name { $states }, so whether the Convention governs it cannot be decided

## Per offence of a request that covers several. $offence: the offence's
## number; $citation: the provision of the route; $id: the finding that says
## the article does not reach the offence; $n: how many facts are missing.
assess-offence-yes = Offence { $offence }: yes, by the route of the request as a whole ({ $citation })
assess-offence-yes-by-cases = Offence { $offence }: yes, by the route of the request as a whole, which holds whichever way the point the case leaves open is settled (see the answer)
assess-offence-not-in-force = Offence { $offence }: no, the Convention is not in force between the two States
assess-offence-not-reached = Offence { $offence }: no, the article does not reach it ({ $id })
assess-offence-no-route = Offence { $offence }: no route for this request
assess-offence-conflict = Offence { $offence }: conflict, the facts given contradict each other
assess-offence-open = Offence { $offence }: not settled ({ $n ->
    [one] { $n } fact missing
   *[other] { $n } facts missing
})

## The request as a whole. $offences: the numbers of the offences that
## decide it or leave it open; $n: how many offences the request covers.
assess-aggregate-yes = Yes for { $offences ->
    [one] offence
   *[other] offences
} { $offences } of { $n }
assess-aggregate-no = No for all { $n } offences
assess-aggregate-open = Not settled for { $offences ->
    [one] offence
   *[other] offences
} { $offences }; no offence settles it

# UNTOC art. 3, scope of application: transnationality (3(2)), the offences covered (3(1)), Protocol offences via each Protocol's art. 1(3).

## Art. 3(2)(a): committed in more than one State.
art03-2a-no-place = No place of commission is given
art03-2a-one-state = Committed in one State only ({ $state })
art03-2a-several-states = Committed in more than one State ({ $states })
art03-2a-missing = Where the offence was committed is not given

## Art. 3(2)(b): preparation, planning, direction or control in another State.
art03-2b-missing = Where the offence was prepared, planned, directed or controlled is not given
art03-2b-yes = A substantial part of its preparation, planning, direction or control took place in { $states }, { $states ->
    [one] another State
   *[other] other States
}
art03-2b-no = No substantial preparation, planning, direction or control in a State other than where it was committed
art03-2b-committed-missing = Prepared in { $states }, but where it was committed is not given

## Art. 3(2)(c): a group active in more than one State.
art03-2c-yes = It involves an organized criminal group active in more than one State ({ $states })
art03-2c-not-active = The group is not recorded as active in more than one State
art03-2c-not-involved = The offence does not involve the group
art03-2c-no-ocg = No organized criminal group is involved
art03-2c-undetermined = Whether it involves an organized criminal group active in more than one State is not settled

## Art. 3(2)(d): substantial effects in another State.
art03-2d-missing = Where the offence had substantial effects is not given
art03-2d-yes = It had substantial effects in { $states }, { $states ->
    [one] another State
   *[other] other States
}
art03-2d-no = No substantial effects in a State other than where it was committed
art03-2d-committed-missing = Substantial effects in { $states }, but where it was committed is not given

## Art. 3(2): transnational.
art03-transnational-by-cases = Transnational, by cases: where the offence was committed is not given, but every possibility meets a prong. Committed in more than one State: prong (a). Committed in one State only: at least one of { $states }, where a substantial part of its preparation, planning, direction or control (b) or substantial effects (d) took place, is another State (the other States need not be parties)
art03-transnational-yes = Transnational: { $prongs } { $prongs ->
    [one] holds
   *[other] hold
} (one suffices; the other States need not be parties)
art03-transnational-no = Not transnational: none of the four prongs of art. 3(2) holds
art03-transnational-undetermined = Whether the offence is transnational is not settled: no prong holds on the facts given, and some cannot be evaluated
# The prongs of art. 3(2), listed in art03-transnational-yes.
art03-prong-a = prong (a)
art03-prong-b = prong (b)
art03-prong-c = prong (c)
art03-prong-d = prong (d)

## The Convention's and the Protocols' offences, each with its provision (listed in `offences`).
art03-offence-untoc-art5 = participation in an organized criminal group (UNTOC art. 5)
art03-offence-untoc-art6 = laundering of proceeds of crime (UNTOC art. 6)
art03-offence-untoc-art8 = corruption (UNTOC art. 8)
art03-offence-untoc-art23 = obstruction of justice (UNTOC art. 23)
art03-offence-tip-art5 = trafficking in persons (TIP art. 5)
art03-offence-som-art6 = smuggling of migrants (SOM art. 6)
art03-offence-firearms-art5 = illicit manufacturing of or trafficking in firearms (FP art. 5)
# The Protocols' art. 1(3), which makes their offences offences established under the Convention (`articles`: a list of the three below).
art03-via = via { $articles }
art03-article-1-3-tip = TIP art. 1(3)
art03-article-1-3-som = SOM art. 1(3)
art03-article-1-3-firearms = FP art. 1(3)

## Protocol art. 1(3): a Protocol offence.
art03-protocol-yes = Protocol offence: { $offences }; regarded as an offence established under the Convention between parties to that Protocol ({ $via }), whatever its maximum penalty
art03-protocol-no = Protocol offence: { $offences }; regarded as established under the Convention only between parties to that Protocol ({ $via }), and the two States are not both parties to it (or the elements do not meet it)
art03-protocol-undetermined = Protocol offence: { $offences } ({ $via }); whether both States are parties to that Protocol, or whether the elements meet it, is not settled

## Art. 3(1)(a): an offence established under the Convention.
art03-own-stated = An offence established under the Convention: { $offences }
art03-classified-yes = Classified from its elements as an offence established under the Convention: { $offences }
art03-classified-no = Given by its elements, the conduct is none of the Convention's offences it was checked against ({ $offences })
art03-classified-domestic-law = Whether the conduct is an offence established under the Convention ({ $offences }) turns on the characterising State's law
art03-classified-undetermined = Whether the conduct is an offence established under the Convention ({ $offences }) is not settled: an element is not given
art03-own-not-given = Whether the conduct is an offence under arts. 5, 6, 8 or 23 is not given
art03-own-not-stated = Not stated to be an offence under arts. 5, 6, 8 or 23
art03-3-1-a-protocol-yes = As a Protocol offence, { $offences } { $offences ->
    [one] meets
   *[other] meet
} art. 3(1)(a) { $via }: a Protocol offence is regarded as an offence established under the Convention, and both States are parties to that Protocol
art03-3-1-a-protocol-no = As a Protocol offence, { $offences } would meet art. 3(1)(a) { $via } only between parties to that Protocol, which the two States are not both (or the elements do not meet it)
art03-3-1-a-protocol-undetermined = As a Protocol offence, { $offences } { $offences ->
    [one] meets
   *[other] meet
} art. 3(1)(a) { $via } if both States are parties to that Protocol and the elements meet it, which is not settled
# Two findings in the order that decides: the Protocol offence first when it alone settles art. 3(1)(a).
art03-protocol-then-own = { $protocol }. Of the Convention's own offences: { $own }
art03-own-then-protocol = { $own }. { $protocol }
# A label stated in the case that the elements given do not bear out (`base`: the finding's explanation).
art03-label-contradicted = { $base }; but the elements given do not meet { $offences }: check the label

## Art. 3(1)(b): serious crime, under whose law.
art03-whose-absent = the State whose law characterises the offence (a State of the request is not given)
art03-whose-requesting = the requesting State ({ $requesting })
art03-whose-requested = the requested State ({ $requested })
art03-whose-both = both { $requesting } and { $requested }
art03-whose-either = either { $requesting } or { $requested }
art03-serious-yes = A serious crime under the law of { $whose }
art03-serious-no = Not a serious crime under the law of { $whose }
art03-serious-undetermined = Whether it is a serious crime under the law of { $whose } is not settled

## Art. 3(1): the offence is of a covered kind.
art03-kind-a = (a) an offence established under the Convention
art03-kind-a-via = (a) an offence established under the Convention { $via }
art03-kind-a-directly-and-via = (a) an offence established under the Convention, directly and { $via }
art03-kind-b = (b) a serious crime
art03-qualifying-yes = The offence is of a kind art. 3(1) covers: { $kinds }
art03-qualifying-no-protocol = The offence is of no kind art. 3(1) covers: not a Convention offence (its Protocol offence counts { $via } only between parties to that Protocol) and not a serious crime
art03-qualifying-no = The offence is neither a Convention or Protocol offence nor a serious crime
art03-qualifying-undetermined = Whether the offence is of a kind art. 3(1) covers is not settled

## Art. 3(1): an organized criminal group is involved.
art03-involves-yes = The organized criminal group took part in this offence
art03-involves-no = The group did not take part in this offence
art03-involves-not-ocg = The group involved is not an organized criminal group
art03-involves-undetermined = Whether an organized criminal group took part in this offence is not settled

## Art. 3(1): an offence covered by the Convention.
art03-scope-yes = An offence covered by the Convention: of a covered kind, transnational, and involving an organized criminal group
art03-scope-no = Not an offence covered by the Convention: { $reasons }
art03-scope-undetermined = Whether the offence is covered by the Convention is not settled
# The reasons listed in art03-scope-no.
art03-scope-reason-kind = not of a covered kind
art03-scope-reason-transnational = not transnational
art03-scope-reason-ocg = no organized criminal group involved

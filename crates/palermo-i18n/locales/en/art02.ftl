# UNTOC art. 2, use of terms: serious crime (2(b)), structured group (2(c)) and organized criminal group (2(a)).

## A statutory maximum in words (argument `penalty` of the messages below).
art02-penalty-months = { $months ->
    [one] { $months } month
   *[other] { $months } months
}
art02-penalty-years = { $years ->
    [one] { $years } year
   *[other] { $years } years
}
art02-penalty-years-months = { $years ->
    [one] { $years } year
   *[other] { $years } years
} { $months ->
    [one] { $months } month
   *[other] { $months } months
}
art02-penalty-life = life imprisonment
art02-penalty-death = the death penalty
art02-penalty-fine-only = a fine only
art02-penalty-not-an-offence = no penalty (not an offence)
# One offence of the penalty data: its provision and name as the data gives them, and its maximum.
art02-penalty-record = { $provision } ({ $name }), { $penalty }

## Art. 2(b): serious crime, from the maximum the case gives.
art02-serious-exactly-four-years = Maximum in { $state }: { $penalty }, exactly the four-year threshold, which counts
art02-serious-at-least-four-years = Maximum in { $state }: { $penalty }, at least four years
art02-serious-under-four-years = Maximum in { $state }: { $penalty }, under four years
art02-serious-life = Maximum in { $state }: life imprisonment, more than four years
art02-serious-death = Maximum in { $state }: the death penalty, a more serious penalty than four years' deprivation of liberty
art02-serious-fine-only = In { $state } the conduct carries a fine only: no deprivation of liberty, and a fine is not a more serious penalty
art02-serious-not-an-offence = The conduct is not an offence in { $state }

## Art. 2(b): serious crime, from the penalty data.
art02-serious-maximum-not-given = The statutory maximum penalty in { $state } is not given
art02-serious-no-data = The statutory maximum in { $state } is not given, and the penalty data has no offence of { $state } for { $types }
art02-serious-data-undated = The statutory maximum in { $state } is not given; the penalty data for { $types } reflects the law as of { $data_date }, and whether it applied on { $date } is not recorded
art02-serious-from-data = Maximum in { $state } from the penalty data: { $record }{ $n ->
    [0] {""}
    [one] , and { $n } other matching offence agrees
   *[other] , and { $n } other matching offences agree
}; { $serious ->
    [true] at or above
   *[false] below
} the four-year threshold
art02-serious-data-both-sides = The penalty data lists offences of { $state } for { $types } on both sides of the four-year threshold: { $records }; which one the conduct fits decides it

## Art. 2(c): structured group.
art02-structured-yes = Not formed at random for the immediate commission of one offence (roles, continuity and hierarchy are not required)
art02-structured-no = Formed at random for the immediate commission of one offence
art02-structured-missing = Whether the group was formed at random for the immediate commission of one offence is not given

## Art. 2(a): the elements of an organized criminal group.
art02-members-enough = { $n ->
    [one] { $n } person
   *[other] { $n } persons
} (at least three required)
art02-members-too-few = { $n ->
    [one] { $n } person
   *[other] { $n } persons
} (fewer than three required)
art02-members-missing = The number of persons in the group is not given
art02-period-yes = The group exists for a period of time
art02-period-no = The group does not exist for a period of time (momentary)
art02-period-missing = Whether the group exists for a period of time is not given
art02-concert-yes = Its members act in concert
art02-concert-no = Its members do not act in concert
art02-concert-missing = Whether the members act in concert is not given
art02-aims-both = It aims at serious crimes and Convention offences
art02-aims-serious-crime = It aims at one or more serious crimes
art02-aims-convention-offences = It aims at offences established under the Convention
art02-aims-neither = It aims at neither serious crime nor Convention offences
art02-aims-missing = What the group aims at is not given
art02-benefit-financial = It seeks a financial benefit
art02-benefit-other-material = It seeks another material benefit, read broadly (e.g. gratification in exchange rings)
art02-benefit-none = It seeks no financial or other material benefit
art02-benefit-political = Its motive is purely political or ideological, not material benefit
art02-benefit-missing = Whether the group seeks a financial or other material benefit is not given

## Art. 2(a): the whole.
art02-ocg-yes = A structured group of { $n } persons, existing for a period, acting in concert, aiming at serious crime or Convention offences, for material benefit: all six elements hold
art02-ocg-no = Not an organized criminal group: { $elements } { $elements ->
    [one] fails
   *[other] fail
}
art02-ocg-undetermined = Not settled: some of the six elements are unknown
# The elements of art. 2(a), named in art02-ocg-no.
art02-element-structured-group = the structured-group element (formed at random)
art02-element-three-persons = the three-persons element
art02-element-period = the period-of-time element
art02-element-concert = the acting-in-concert element
art02-element-aim = the aim element
art02-element-material-benefit = the material-benefit element

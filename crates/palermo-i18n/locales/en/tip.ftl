# Trafficking in Persons Protocol (TIP), arts. 3 and 5: the act, the means, the purpose, consent and the offence.

## TIP art. 3(a): the act.
tip-act-yes = An act of recruiting, transporting, transferring, harbouring or receiving a person
tip-act-no = None of the acts of TIP art. 3(a)
tip-act-missing = Which acts were done (recruitment, transport, transfer, harbouring, receipt) is not given

## TIP art. 3(a), (c): the means, or a child victim (`age`: the victim's age in years).
tip-means-child = The victim was a child ({ $age ->
    [one] { $age } year
   *[other] { $age } years
}): no means is needed (TIP art. 3(c)-(d))
tip-means-yes = A means of TIP art. 3(a) was used (force, coercion, abduction, fraud, deception, abuse of power or vulnerability, or payments)
tip-means-no = The victim was an adult and no means of TIP art. 3(a) was used
tip-means-none-age-missing = No means was used; whether the victim was under eighteen (so that none is needed) is not given
tip-means-missing = Whether a means was used, or the victim was a child, is not given

## TIP art. 3(a): the purpose.
tip-purpose-yes = For the purpose of exploitation (sexual exploitation, forced labour, slavery, servitude, removal of organs, or other)
tip-purpose-no = No purpose of exploitation
tip-purpose-missing = The purpose (exploitation) is not given

## TIP art. 3(b): consent.
tip-consent-irrelevant = The victim's consent to the exploitation is irrelevant: a means was used, or the victim was a child
tip-consent-given = The victim consented; that is irrelevant only where a means was used (TIP art. 3(b)) or the victim was a child

## TIP art. 5: the offence.
tip-offence-yes = Trafficking in persons: act, means (or a child victim) and purpose, done intentionally (TIP arts. 3, 5)
tip-offence-not-intentional = Not trafficking in persons: the conduct was not intentional
tip-offence-element-absent = Not trafficking in persons: an element of TIP art. 3(a) is absent
tip-offence-undetermined = Whether the conduct is trafficking in persons is not settled: an element is not given

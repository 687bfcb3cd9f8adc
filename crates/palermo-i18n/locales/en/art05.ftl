# UNTOC art. 5, criminalization of participation in an organized criminal group: the agreement model (5(1)(a)(i)), active participation (5(1)(a)(ii)), organizing (5(1)(b)).

## Art. 5(1)(a)(i): the agreement model.
art05-agreement-yes = An agreement with another person to commit a serious crime, for a purpose relating to a financial or other material benefit, made intentionally: the agreement model of art. 5(1)(a)(i)
art05-agreement-not-serious = The crime agreed on is not a serious crime: outside the agreement model of art. 5(1)(a)(i)
art05-agreement-not-intentional = Not done intentionally: outside art. 5(1)(a)(i)
art05-agreement-no-benefit = The agreement did not serve a financial or other material benefit: outside art. 5(1)(a)(i)
art05-agreement-undetermined = Whether the agreement meets art. 5(1)(a)(i) is not settled: an element is not given
# Clauses added to the agreement's explanation with art05-then.
art05-overt-act-done = an act in furtherance was done, as some States' law requires
art05-overt-act-not-done = no act in furtherance was done, which States requiring one (5(3)) will not accept
art05-notified-content-unknown = { $state } notified under art. 5(3) what its law adds to this offence; the content is not on record
# `summary`: the notification as the data summarises it.
art05-notified = { $state } notified under art. 5(3): { $summary }
# Two clauses of one explanation.
art05-then = { $first }; { $then }

## Art. 5(1)(a)(ii): the active-participation model.
art05-participation-criminal-activities = An active part, knowing the group's aim or intention, in the criminal activities of an organized criminal group: the participation model of art. 5(1)(a)(ii)(a)
art05-participation-other-activities = An active part in the group's other activities, knowing its aim and that the participation contributes to it: art. 5(1)(a)(ii)(b)
art05-participation-not-ocg = The group is not an organized criminal group (art. 2(a)), which art. 5(1)(a)(ii) requires
art05-participation-aim-unknown = The person did not know the group's aim or intention: outside art. 5(1)(a)(ii)
art05-participation-contribution-unknown = Taking part in the group's other activities without knowing it contributes to the criminal aim is outside art. 5(1)(a)(ii)(b)
art05-participation-not-intentional = Not done intentionally: outside art. 5(1)(a)(ii)
art05-participation-undetermined = Whether the participation meets art. 5(1)(a)(ii) is not settled: an element is not given

## Art. 5(1)(b): organizing, directing, aiding, abetting, facilitating or counselling.
art05-organizing-yes = Organizing, directing, aiding, abetting, facilitating or counselling a serious crime involving an organized criminal group: an offence every State Party must have (5(1)(b))
art05-organizing-not-serious = The crime organized is not a serious crime: outside art. 5(1)(b)
art05-organizing-no-ocg = No organized criminal group is involved: outside art. 5(1)(b)
art05-organizing-not-intentional = Not done intentionally: outside art. 5(1)(b)
art05-organizing-undetermined = Whether the conduct meets art. 5(1)(b) is not settled: an element is not given

## Art. 5: the offence.
art05-offence-no-conduct = None of the conduct of art. 5(1) is given: not a participation offence
art05-offence-organizing = An offence of participation in an organized criminal group under art. 5(1)(b), which every State Party must have
art05-offence-both-models = The conduct meets both models of art. 5(1)(a), so it is an offence whichever model a State Party chose
art05-offence-adopted-model = The conduct meets the model of art. 5(1)(a) that the characterising State's law adopted (stated in the case)
art05-offence-no = Not an offence of participation in an organized criminal group under art. 5
art05-offence-one-model = The conduct meets one model of art. 5(1)(a) only; each State Party chooses either or both, so whether it is an offence there is for its law
art05-offence-undetermined = Whether the conduct is an art. 5 offence is not settled: an element is not given

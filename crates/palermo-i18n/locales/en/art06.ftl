# UNTOC art. 6, criminalization of the laundering of proceeds of crime: the offences of 6(1), the predicate rules of 6(2)(b)-(c) and the exception of 6(2)(e).

## Art. 6(1)(a)(i): conversion or transfer.
art06-conversion-yes-conceal = Converting or transferring property known to be proceeds of crime, to conceal or disguise its illicit origin: an offence every State must have, within its fundamental principles (6(1)(a)(i))
art06-conversion-yes-help-evade = Converting or transferring property known to be proceeds of crime, to help a person involved in the predicate offence evade its consequences: an offence every State must have, within its fundamental principles (6(1)(a)(i))
art06-conversion-not-known = The person did not know the property was proceeds of crime: outside art. 6(1)(a)(i)
art06-conversion-no-purpose = Converted or transferred without the aim of concealing its origin or helping an offender evade the consequences: outside art. 6(1)(a)(i)
art06-conversion-not-intentional = Not done intentionally: outside art. 6(1)(a)(i)
art06-conversion-undetermined = Whether the conversion or transfer meets art. 6(1)(a)(i) is not settled: an element is not given

## Art. 6(1)(a)(ii): concealment or disguise.
art06-concealment-yes = Concealing or disguising the nature, source, location, disposition, movement or ownership of property known to be proceeds of crime: an offence every State must have, within its fundamental principles (6(1)(a)(ii))
art06-concealment-not-known = The person did not know the property was proceeds of crime: outside art. 6(1)(a)(ii)
art06-concealment-not-intentional = Not done intentionally: outside art. 6(1)(a)(ii)
art06-concealment-undetermined = Whether the concealment meets art. 6(1)(a)(ii) is not settled: an element is not given

## Art. 6(1)(b)(i): acquisition, possession or use.
art06-acquisition-yes = Acquiring, possessing or using property known at receipt to be proceeds of crime, an offence under the characterising State's law (stated in the case; 6(1)(b)(i) requires it only as the basic concepts of a legal system allow)
art06-acquisition-not-known = The person did not know at receipt that the property was proceeds of crime: outside art. 6(1)(b)(i)
art06-acquisition-not-intentional = Not done intentionally: outside art. 6(1)(b)(i)
art06-acquisition-not-an-offence = The characterising State's law does not make acquisition, possession or use an offence (stated in the case), as art. 6(1)(b) allows
art06-acquisition-domestic-law = Acquiring, possessing or using known proceeds: art. 6(1)(b)(i) requires the offence only as the basic concepts of each legal system allow, so whether it is one is for the characterising State's law
art06-acquisition-undetermined = Whether the acquisition, possession or use meets art. 6(1)(b)(i) is not settled: an element is not given

## Art. 6(1)(b)(ii): participation, association, conspiracy, attempt, aiding, abetting, facilitating or counselling.
art06-ancillary-yes = Participating in, associating with, conspiring, attempting, aiding, abetting, facilitating or counselling laundering: an offence under the characterising State's law (stated in the case)
art06-ancillary-not-intentional = Not done intentionally: outside art. 6(1)(b)(ii)
art06-ancillary-not-an-offence = The characterising State's law does not make this form of participation an offence (stated in the case), as art. 6(1)(b) allows
art06-ancillary-domestic-law = Participation in, conspiracy to commit, attempts at, or aiding, abetting, facilitating or counselling laundering: art. 6(1)(b)(ii) requires these only as the basic concepts of each legal system allow, so this is for the characterising State's law
art06-ancillary-undetermined = Whether the conduct meets art. 6(1)(b)(ii) is not settled: an element is not given

## Art. 6(2)(a)-(b): the predicate offence.
art06-predicate-serious-crime = The proceeds come from a serious crime, which every State must treat as a predicate offence (6(2)(b))
art06-predicate-convention-offence = The proceeds come from an offence under art. 5, 8 or 23, which every State must treat as a predicate offence (6(2)(b))
art06-predicate-domestic-yes = The predicate offence is one under the characterising State's law (stated in the case)
art06-predicate-domestic-no = The offence that produced the proceeds is not a predicate under the characterising State's law (stated in the case); art. 6(2)(a) asks only for the widest range
art06-predicate-domestic-law = The proceeds come from an offence that is neither a serious crime nor an art. 5, 8 or 23 offence: States are to include the widest range of predicates (6(2)(a)), so whether this one counts is for the characterising State's law
art06-predicate-missing = What kind of offence produced the proceeds (a serious crime, an art. 5, 8 or 23 offence, or another) is not given

## Art. 6(2)(c): a predicate committed abroad (`place`: where it was committed; `states`: the States whose law applies).
art06-foreign-predicate-yes = The predicate was committed in { $place }, where it is an offence, and would be one under the law of { $states } had it been committed there: it counts as a predicate (6(2)(c))
art06-foreign-predicate-not-criminal-there = The predicate, committed in { $place }, is not an offence there: a foreign predicate counts only if criminal where committed (6(2)(c))
art06-foreign-predicate-not-criminal-here = The predicate, committed in { $place }, would not be an offence under the law of { $states }: a foreign predicate counts only if it would be criminal there too (6(2)(c))
art06-foreign-predicate-undetermined = The predicate was committed in { $place }: whether it is an offence there and under the law of { $states } is not given (6(2)(c))
art06-foreign-predicate-place-missing = Where the predicate was committed is not given, and 6(2)(c) turns on it: committed outside the State whose law applies ({ $states }), it would count only if an offence where committed and under that law; the two cases can differ, so this stays open until the place is known

## Art. 6(2)(e): self-laundering.
art06-self-laundering-not-exempt = The person also committed the predicate offence; the characterising State's law does not exempt the predicate offender (stated in the case)
art06-self-laundering-exempt = The person also committed the predicate offence, and the characterising State's law exempts the predicate offender, as its fundamental principles require (6(2)(e); stated in the case)
art06-self-laundering-domestic-law = The person also committed the predicate offence: a State whose fundamental principles require it may exempt the predicate offender (6(2)(e)), so this is for the characterising State's law

## Art. 6: the offence.
art06-offence-no-conduct = None of the conduct of art. 6(1) is given: not a laundering offence
art06-offence-yes = Laundering of proceeds of crime, an offence established in accordance with art. 6
art06-offence-no = Not an offence of laundering under art. 6 on the facts and answers given
art06-offence-domestic-law = Whether the conduct is a laundering offence turns on the characterising State's law (see the findings it rests on)
art06-offence-undetermined = Whether the conduct is an art. 6 offence is not settled: an element is not given

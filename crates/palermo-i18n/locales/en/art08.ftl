# UNTOC art. 8, criminalization of corruption: domestic bribery (8(1)), bribery of a foreign public official or international civil servant (8(2)).

## Why conduct is not bribery (argument `reason`).
art08-reason-no-advantage = no undue advantage was promised, offered, given, solicited or accepted
art08-reason-no-official-act = the advantage was not meant to make the official act or refrain from acting in the exercise of official duties
art08-reason-not-intentional = it was not done intentionally

## Art. 8(2): a foreign public official or an international civil servant (argument `whom`).
art08-whom-foreign-official = a foreign public official
art08-whom-international-civil-servant = an international civil servant
art08-foreign-yes = Bribery involving { $whom }: art. 8(2) asks States only to consider making it an offence, and the characterising State has (stated in the case)
art08-not-bribery = Not bribery within art. 8: { $reason }
art08-foreign-not-an-offence = Bribery involving { $whom }: art. 8(2) asks States only to consider making it an offence, and the characterising State has not (stated in the case)
art08-foreign-domestic-law = Bribery involving { $whom }: unlike domestic bribery, art. 8(2) asks States only to consider making it an offence, so whether it is one is for the characterising State's law
art08-foreign-undetermined = Bribery involving { $whom }, but an element is not given (undue advantage, official act, intent); and art. 8(2) asks States only to consider making it an offence

## Art. 8(1): active (8(1)(a)) and passive (8(1)(b)) bribery.
art08-active-yes = Promising, offering or giving an undue advantage so that a public official acts or refrains from acting in the exercise of official duties: an offence every State Party must have (8(1))
art08-passive-yes = A public official soliciting or accepting an undue advantage in order to act or refrain from acting in the exercise of official duties: an offence every State Party must have (8(1))
art08-not-bribery-8-1 = Not bribery within art. 8(1): { $reason }
art08-official-missing = Whose official was bribed is not given: domestic bribery is a mandatory offence (8(1)), bribery of a foreign or international official only one to consider (8(2))
art08-domestic-undetermined = Whether the conduct is bribery within art. 8(1) is not settled: an element is not given

## Art. 8: the offence.
art08-offence-yes = Corruption, an offence established in accordance with art. 8
art08-offence-no = Not an offence of corruption under art. 8 on the facts and answers given
art08-offence-domestic-law = Whether the conduct is an art. 8 offence turns on the characterising State's law (art. 8(2))
art08-offence-undetermined = Whether the conduct is an art. 8 offence is not settled: an element is not given

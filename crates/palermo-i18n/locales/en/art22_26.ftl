# UNTOC arts. 22 (criminal records), 24 (witnesses), 25 (victims) and 26
# (cooperating offenders): the findings' messages.

## The provision a finding rests on (the $article of the messages below).
art22-26-art22 = art. 22
art22-26-art24 = art. 24
art22-26-art24-3 = art. 24(3)
art22-26-art25 = art. 25
art22-26-art26-5 = art. 26(5)

## Why a finding is no or open.
art22-26-not-covered = No: { $article } concerns offences covered by the Convention, and this one is not
art22-26-scope-open = Undetermined: whether the Convention reaches the offence, as { $article } requires, is not settled
art22-26-not-in-force = No: the Convention is not in force between the two States
art22-26-in-force-open = Undetermined: { $article } applies between States for which the Convention is in force, and whether it is in force between these two is not settled

## Art. 22. $states: the States where the person was convicted.
art22-no-conviction = The case states no previous conviction abroad: art. 22 has nothing to take into account
art22-law-bars = The Convention permits it, but the law of { $requesting } does not let its courts take the conviction in { $states } into account (stated in the case)
art22-yes = Yes, as a permission: { $requesting } may take into account the person's previous conviction in { $states } in its proceedings, on the terms and for the purposes its law sets

## Art. 24.
art24-protection-yes = Yes: { $requesting } shall take appropriate measures, within its means, to protect witnesses who testify about the offence, and as appropriate their relatives and persons close to them, from retaliation or intimidation; victims who are witnesses are included (24(4)), and the measures must not prejudice the defendant's rights (24(2))
art24-relocation-not-needed = No relocation abroad is needed (stated in the case): art. 24(3) is not engaged
art24-relocation-yes = Yes, as a duty to consider: { $requesting } and { $requested } shall consider entering into an agreement or arrangement to relocate the witness; the Convention itself gives no power to relocate, so the relocation rests on that agreement and their laws

## Art. 26(5). $located: the State where the cooperating person is; $helped: the State the person helps.
art26-person-elsewhere = The cooperating person is in { $located }, neither of the two States: art. 26(5) concerns a person in one State Party helping another, so an agreement would be between { $located } and the State helped
art26-agreement-yes = Yes, as a permission: the person is in { $located } and can substantially help the authorities of { $helped }; the two States may consider an agreement under which { $helped } grants the treatment of art. 26(2) (mitigated punishment) or 26(3) (immunity from prosecution)
art26-agreement-yes-declaration = Yes, as a permission: the person is in { $located } and can substantially help the authorities of { $helped }; the two States may consider an agreement under which { $helped } grants the treatment of art. 26(2) (mitigated punishment) or 26(3) (immunity from prosecution). { $helped } made a declaration under art. 26(3) (see source) limiting immunity

## Art. 25.
art25-assistance-protection-yes = Yes: { $requesting } shall take appropriate measures, within its means, to assist and protect the victims, in particular where they are threatened with retaliation or intimidation
art25-compensation-restitution-yes = Yes: { $requesting } shall have appropriate procedures giving the victims access to compensation and restitution
art25-views-concerns-yes = Yes: subject to its domestic law, { $requesting } shall enable the victims' views and concerns to be presented and considered at appropriate stages of the criminal proceedings, in a way that does not prejudice the rights of the defence

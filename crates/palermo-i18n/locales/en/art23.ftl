# UNTOC art. 23, criminalization of obstruction of justice: interference with witnesses and evidence (23(a)) and with justice or law enforcement officials (23(b)).

## Art. 23(a) and (b).
art23-witness-yes = Force, threats, intimidation or an undue advantage used to induce false testimony or to interfere with testimony or evidence in a proceeding on offences covered by the Convention: an offence every State Party must have (23(a))
art23-official-yes = Force, threats or intimidation used to interfere with a justice or law enforcement official's duties concerning offences covered by the Convention: an offence every State Party must have (23(b))
art23-official-bribe-only = An undue advantage offered to an official is not a means under art. 23(b), which needs force, threats or intimidation; bribing an official falls under art. 8
art23-no-means = None of the means art. 23 names (force, threats, intimidation, or for 23(a) an undue advantage) was used
art23-not-covered = The proceeding or duties do not concern offences covered by the Convention, which art. 23 requires
art23-not-intentional = Not done intentionally: outside art. 23
art23-witness-undetermined = Whether the conduct meets art. 23(a) is not settled: an element is not given
art23-official-undetermined = Whether the conduct meets art. 23(b) is not settled: an element is not given

## Art. 23: the offence.
art23-offence-yes = Obstruction of justice, an offence established in accordance with art. 23
art23-offence-no = Not an offence of obstruction of justice under art. 23
art23-offence-undetermined = Whether the conduct is an art. 23 offence is not settled: an element is not given

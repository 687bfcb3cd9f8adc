# UNTOC art. 27 (law enforcement cooperation): the findings' messages.

art27-cooperation = { $requesting } and { $requested } cooperate closely, consistent with their legal and administrative systems: secure channels, inquiries on persons and proceeds, exchange of information and liaison officers, early identification of offences
# $name: the agreement named in the case.
art27-basis-named = { $name } governs direct cooperation between their law enforcement agencies
art27-basis-agreement = An agreement between the two States governs direct cooperation between their law enforcement agencies
art27-basis-none = No agreement on direct law enforcement cooperation binds the two States: they may consider the Convention as its basis
art27-basis-unknown = Absent an agreement on direct law enforcement cooperation, the States may consider the Convention as its basis
art27-technology = The States endeavour to cooperate against transnational organized crime committed through modern technology
art27-legal-basis-yes = Yes: absent an agreement of their own, the States may consider the Convention the basis for law enforcement cooperation on this covered offence; the duty to cooperate closely (27(1)) applies in any case
art27-legal-basis-not-in-force = No: the Convention is not in force between the two States
art27-legal-basis-not-covered = No: art. 27 concerns offences covered by the Convention, and this one is not
art27-legal-basis-open = Undetermined: whether the Convention reaches this cooperation is not settled

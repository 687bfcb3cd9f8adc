# UNTOC art. 19 (joint investigations): the findings' messages.

# $requesting, $requested: the two States; $name: the agreement named in the case.
art19-consider-agreements-named = { $requesting } and { $requested } shall consider concluding agreements or arrangements under which their authorities may set up joint investigative bodies; the case says one binds them already ({ $name })
art19-consider-agreements-bound = { $requesting } and { $requested } shall consider concluding agreements or arrangements under which their authorities may set up joint investigative bodies; the case says one binds them already (an agreement on joint investigations)
art19-consider-agreements = { $requesting } and { $requested } shall consider concluding agreements or arrangements under which their authorities may set up joint investigative bodies (a duty to consider, not to conclude one)
art19-consider-agreements-no = No: the Convention is not in force between the two States, so art. 19 does not bind them toward each other
art19-consider-agreements-open = Undetermined: whether the Convention is in force between the two States is not settled
# $name: the agreement named in the case.
art19-agreement-named = { $name } binds the two States: a joint investigative body is set up under it
art19-agreement-bound = An agreement on joint investigations binds the two States: a joint investigative body is set up under it
art19-agreement-case-by-case = Without an agreement of their own, the States may agree case by case to investigate jointly
# $state: the State where the investigation takes place.
art19-sovereignty = The States involved must fully respect the sovereignty of the State where the investigation takes place ({ $state })
art19-legal-basis-yes = Yes, as a permission: the Convention lets the two States agree a joint investigation for this covered offence (no duty to form one)
art19-legal-basis-not-in-force = No: the Convention is not in force between the two States
art19-legal-basis-not-covered = No: the offence is not covered by the Convention
art19-legal-basis-open = Undetermined: whether the Convention reaches this investigation is not settled
art19-sovereignty-what = A joint investigation acts

# CTO, art. 21 (transfert des procédures pénales) et consultation prévue à
# l'art. 15(5) : messages des constatations.

art21-consultation = Les États { $states } mènent des enquêtes ou des poursuites concernant le même comportement : leurs autorités compétentes se consultent, selon qu'il convient, pour coordonner leurs actions ; le transfert des procédures à l'un d'eux (art. 21) en est la suite naturelle
art21-consultation-one-state = Un seul État mène une enquête sur ce comportement : aucune coordination au titre de l'art. 15(5) n'est requise
art21-cannot-transfer = L'État requérant ({ $state }) ne peut pas transférer les procédures en vertu de son droit (indiqué dans le dossier)
art21-cannot-take-over = L'État requis ({ $state }) ne peut pas reprendre les procédures en vertu de son droit (indiqué dans le dossier)
art21-procedure-yes = L'État requérant ({ $requesting }) peut transférer et l'État requis ({ $requested }) peut reprendre les procédures en vertu de leur droit (indiqué dans le dossier)
art21-procedure-open = La Convention ne prévoit aucune procédure : c'est leur droit (et tout traité applicable) qui détermine si l'État requérant ({ $requesting }) peut transférer et l'État requis ({ $requested }) reprendre les procédures
art21-legal-basis-yes = Oui, à titre d'obligation d'envisager : l'État requérant ({ $requesting }) et l'État requis ({ $requested }) envisagent la possibilité de se transférer les procédures relatives à cette infraction visée par la Convention lorsque ce transfert est jugé nécessaire dans l'intérêt d'une bonne administration de la justice ; le transfert lui-même doit avoir une base dans leur droit
art21-legal-basis-not-in-force = Non : la Convention n'est pas en vigueur entre les deux États
art21-legal-basis-not-covered = Non : l'art. 21 concerne les infractions visées par la Convention, ce qui n'est pas le cas de celle-ci
art21-legal-basis-open = Indéterminé : il n'est pas établi que la Convention s'applique à ces procédures

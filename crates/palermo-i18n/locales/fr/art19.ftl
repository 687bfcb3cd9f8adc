# CTO, art. 19 (enquêtes conjointes) : messages des constatations.

art19-consider-agreements-named = L'État requérant ({ $requesting }) et l'État requis ({ $requested }) envisagent de conclure des accords ou arrangements en vertu desquels leurs autorités compétentes peuvent établir des instances d'enquête conjointes ; selon le dossier, un tel accord les lie déjà (« { $name } »)
art19-consider-agreements-bound = L'État requérant ({ $requesting }) et l'État requis ({ $requested }) envisagent de conclure des accords ou arrangements en vertu desquels leurs autorités compétentes peuvent établir des instances d'enquête conjointes ; selon le dossier, un tel accord les lie déjà (un accord relatif aux enquêtes conjointes)
art19-consider-agreements = L'État requérant ({ $requesting }) et l'État requis ({ $requested }) envisagent de conclure des accords ou arrangements en vertu desquels leurs autorités compétentes peuvent établir des instances d'enquête conjointes (obligation d'envisager, non de conclure)
art19-consider-agreements-no = Non : la Convention n'est pas en vigueur entre les deux États ; l'art. 19 ne les lie donc pas l'un envers l'autre
art19-consider-agreements-open = Indéterminé : il n'est pas établi que la Convention soit en vigueur entre les deux États
art19-agreement-named = L'accord « { $name } » lie les deux États : une instance d'enquête conjointe est établie en vertu de cet instrument
art19-agreement-bound = Un accord relatif aux enquêtes conjointes lie les deux États : une instance d'enquête conjointe est établie en vertu de cet accord
art19-agreement-case-by-case = En l'absence d'accord propre, les États peuvent décider au cas par cas de mener une enquête conjointe
art19-sovereignty = Les États concernés veillent à ce que la souveraineté de l'État sur le territoire duquel l'enquête se déroule ({ $state }) soit pleinement respectée
art19-legal-basis-yes = Oui, à titre de faculté : la Convention permet aux deux États de convenir d'une enquête conjointe pour cette infraction visée par la Convention (sans obligation d'en mener une)
art19-legal-basis-not-in-force = Non : la Convention n'est pas en vigueur entre les deux États
art19-legal-basis-not-covered = Non : l'infraction n'est pas visée par la Convention
art19-legal-basis-open = Indéterminé : il n'est pas établi que la Convention s'applique à cette enquête
art19-sovereignty-what = Une enquête conjointe s'exerce

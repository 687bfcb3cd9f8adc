# CTO, art. 27 (coopération entre les services de détection et de répression) : messages des constatations.

art27-cooperation = L'État requérant ({ $requesting }) et l'État requis ({ $requested }) coopèrent étroitement, conformément à leurs systèmes juridiques et administratifs respectifs : voies de communication sûres, enquêtes sur les personnes et le produit du crime, échange d'informations et agents de liaison, identification précoce des infractions
art27-basis-named = L'accord « { $name } » régit la coopération directe entre leurs services de détection et de répression
art27-basis-agreement = Un accord entre les deux États régit la coopération directe entre leurs services de détection et de répression
art27-basis-none = Aucun accord de coopération directe entre services de détection et de répression ne lie les deux États : ils peuvent considérer la Convention comme la base de cette coopération
art27-basis-unknown = En l'absence d'accord de coopération directe entre services de détection et de répression, les États peuvent considérer la Convention comme la base de cette coopération
art27-technology = Les États s'efforcent de coopérer pour lutter contre la criminalité transnationale organisée commise au moyen de techniques modernes
art27-legal-basis-yes = Oui : en l'absence d'accord propre, les États peuvent considérer la Convention comme la base de la coopération entre services de détection et de répression pour cette infraction visée par la Convention ; l'obligation de coopérer étroitement (art. 27(1)) s'applique en tout état de cause
art27-legal-basis-not-in-force = Non : la Convention n'est pas en vigueur entre les deux États
art27-legal-basis-not-covered = Non : l'art. 27 concerne les infractions visées par la Convention, ce qui n'est pas le cas de celle-ci
art27-legal-basis-open = Indéterminé : il n'est pas établi que la Convention s'applique à cette coopération

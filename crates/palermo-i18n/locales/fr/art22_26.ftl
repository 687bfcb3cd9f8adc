# CTO, art. 22 (antécédents judiciaires), 24 (témoins), 25 (victimes) et 26
# (personnes qui coopèrent) : messages des constatations.

## La disposition sur laquelle repose une constatation ($article ci-dessous).
art22-26-art22 = l'art. 22
art22-26-art24 = l'art. 24
art22-26-art24-3 = l'art. 24(3)
art22-26-art25 = l'art. 25
art22-26-art26-5 = l'art. 26(5)

## Pourquoi une constatation est négative ou ouverte.
art22-26-not-covered = Non : { $article } concerne les infractions visées par la Convention, ce qui n'est pas le cas de celle-ci
art22-26-scope-open = Indéterminé : il n'est pas établi que la Convention s'applique à l'infraction, comme l'exige { $article }
art22-26-not-in-force = Non : la Convention n'est pas en vigueur entre les deux États
art22-26-in-force-open = Indéterminé : { $article } s'applique entre les États à l'égard desquels la Convention est en vigueur, et il n'est pas établi qu'elle le soit entre ces deux États

## Art. 22.
art22-no-conviction = Le dossier ne fait état d'aucune condamnation antérieure à l'étranger : il n'y a rien à prendre en considération au titre de l'art. 22
art22-law-bars = La Convention le permet, mais le droit de l'État requérant ({ $requesting }) ne permet pas à ses tribunaux de prendre en considération la condamnation prononcée à l'étranger ({ $states }) (indiqué dans le dossier)
art22-yes = Oui, à titre de faculté : l'État requérant ({ $requesting }) peut tenir compte, dans sa procédure, de la condamnation dont la personne a antérieurement fait l'objet à l'étranger ({ $states }), dans les conditions et aux fins prévues par son droit

## Art. 24.
art24-protection-yes = Oui : l'État requérant ({ $requesting }) prend, dans la limite de ses moyens, des mesures appropriées pour protéger contre des actes éventuels de représailles ou d'intimidation les témoins qui font une déposition concernant l'infraction et, le cas échéant, leurs parents et d'autres personnes qui leur sont proches ; les victimes qui sont témoins sont comprises (art. 24(4)), et les mesures ne doivent pas porter atteinte aux droits du défendeur (art. 24(2))
art24-relocation-not-needed = Il n'est pas nécessaire de fournir au témoin un nouveau domicile à l'étranger (indiqué dans le dossier) : l'art. 24(3) ne trouve pas à s'appliquer
art24-relocation-yes = Oui, à titre d'obligation d'envisager : l'État requérant ({ $requesting }) et l'État requis ({ $requested }) envisagent de conclure un accord ou arrangement en vue de fournir un nouveau domicile au témoin ; la Convention elle-même ne confère aucun pouvoir en la matière, de sorte que le changement de domicile repose sur cet accord et sur leur droit

## Art. 26(5).
art26-person-elsewhere = La personne qui coopère se trouve dans l'État { $located }, qui n'est aucun des deux États : l'art. 26(5) vise une personne se trouvant dans un État Partie et apportant sa coopération à un autre État Partie ; un accord serait donc à conclure entre l'État { $located } et l'État qui bénéficie de la coopération
art26-agreement-yes = Oui, à titre de faculté : la personne se trouve dans l'État { $located } et peut apporter une coopération substantielle aux autorités de l'État { $helped } ; les deux États peuvent envisager de conclure un accord en vertu duquel l'État { $helped } accorde le traitement prévu à l'art. 26(2) (allègement de peine) ou 26(3) (immunité de poursuites)
art26-agreement-yes-declaration = Oui, à titre de faculté : la personne se trouve dans l'État { $located } et peut apporter une coopération substantielle aux autorités de l'État { $helped } ; les deux États peuvent envisager de conclure un accord en vertu duquel l'État { $helped } accorde le traitement prévu à l'art. 26(2) (allègement de peine) ou 26(3) (immunité de poursuites). L'État { $helped } a fait une déclaration au titre de l'art. 26(3) (voir la source) limitant l'immunité

## Art. 25.
art25-assistance-protection-yes = Oui : l'État requérant ({ $requesting }) prend, dans la limite de ses moyens, des mesures appropriées pour prêter assistance et accorder protection aux victimes, en particulier dans les cas de menace de représailles ou d'intimidation
art25-compensation-restitution-yes = Oui : l'État requérant ({ $requesting }) établit des procédures appropriées pour permettre aux victimes d'obtenir réparation (indemnisation et restitution)
art25-views-concerns-yes = Oui : sous réserve de son droit interne, l'État requérant ({ $requesting }) fait en sorte que les avis et préoccupations des victimes soient présentés et pris en compte aux stades appropriés de la procédure pénale, d'une manière qui ne porte pas préjudice aux droits de la défense

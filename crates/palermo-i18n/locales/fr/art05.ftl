# CTO art. 5, incrimination de la participation à un groupe criminel organisé : l'entente (5(1)(a)(i)), la participation active (5(1)(a)(ii)), l'organisation (5(1)(b)).

## Art. 5(1)(a)(i) : le modèle de l'entente.
art05-agreement-yes = Le fait de s'entendre avec une autre personne en vue de commettre une infraction grave, à une fin liée à l'obtention d'un avantage financier ou d'un autre avantage matériel, commis intentionnellement : le modèle de l'entente de l'art. 5(1)(a)(i)
art05-agreement-not-serious = L'infraction objet de l'entente n'est pas une infraction grave : hors du modèle de l'entente de l'art. 5(1)(a)(i)
art05-agreement-not-intentional = Acte non commis intentionnellement : hors de l'art. 5(1)(a)(i)
art05-agreement-no-benefit = L'entente ne visait pas l'obtention d'un avantage financier ou d'un autre avantage matériel : hors de l'art. 5(1)(a)(i)
art05-agreement-undetermined = La question de savoir si l'entente relève de l'art. 5(1)(a)(i) n'est pas tranchée : un élément n'est pas indiqué
# Propositions ajoutées à l'explication de l'entente au moyen de art05-then.
art05-overt-act-done = un acte a été commis en vertu de cette entente, comme l'exige le droit de certains États
art05-overt-act-not-done = aucun acte n'a été commis en vertu de cette entente, ce que n'accepteront pas les États qui en exigent un (5(3))
art05-notified-content-unknown = { $state } a notifié au titre de l'art. 5(3) ce que son droit ajoute à cette infraction ; le contenu de la notification n'est pas connu
# `summary` : la notification telle que les données la résument.
art05-notified = { $state } a notifié au titre de l'art. 5(3) : { $summary }
# Deux propositions d'une même explication.
art05-then = { $first } ; { $then }

## Art. 5(1)(a)(ii) : le modèle de la participation active.
art05-participation-criminal-activities = Participation active, en connaissance du but ou de l'intention du groupe, aux activités criminelles d'un groupe criminel organisé : le modèle de la participation de l'art. 5(1)(a)(ii)(a)
art05-participation-other-activities = Participation active à d'autres activités du groupe, en connaissance de son but et en sachant que cette participation contribuera à sa réalisation : art. 5(1)(a)(ii)(b)
art05-participation-not-ocg = Le groupe n'est pas un groupe criminel organisé (art. 2(a)), ce qu'exige l'art. 5(1)(a)(ii)
art05-participation-aim-unknown = La personne n'avait connaissance ni du but ni de l'intention du groupe : hors de l'art. 5(1)(a)(ii)
art05-participation-contribution-unknown = La participation à d'autres activités du groupe sans savoir qu'elle contribue au but criminel ne relève pas de l'art. 5(1)(a)(ii)(b)
art05-participation-not-intentional = Acte non commis intentionnellement : hors de l'art. 5(1)(a)(ii)
art05-participation-undetermined = La question de savoir si la participation relève de l'art. 5(1)(a)(ii) n'est pas tranchée : un élément n'est pas indiqué

## Art. 5(1)(b) : organiser, diriger, faciliter, encourager ou favoriser au moyen d'une aide ou de conseils.
art05-organizing-yes = Le fait d'organiser, de diriger, de faciliter, d'encourager ou de favoriser au moyen d'une aide ou de conseils la commission d'une infraction grave impliquant un groupe criminel organisé : une infraction que tout État Partie doit établir (5(1)(b))
art05-organizing-not-serious = L'infraction organisée n'est pas une infraction grave : hors de l'art. 5(1)(b)
art05-organizing-no-ocg = Aucun groupe criminel organisé n'est impliqué : hors de l'art. 5(1)(b)
art05-organizing-not-intentional = Acte non commis intentionnellement : hors de l'art. 5(1)(b)
art05-organizing-undetermined = La question de savoir si le comportement relève de l'art. 5(1)(b) n'est pas tranchée : un élément n'est pas indiqué

## Art. 5 : l'infraction.
art05-offence-no-conduct = Aucun des comportements de l'art. 5(1) n'est indiqué : pas d'infraction de participation
art05-offence-organizing = Infraction de participation à un groupe criminel organisé au sens de l'art. 5(1)(b), que tout État Partie doit établir
art05-offence-both-models = Le comportement relève des deux modèles de l'art. 5(1)(a) : il constitue donc une infraction quel que soit le modèle retenu par un État Partie
art05-offence-adopted-model = Le comportement relève du modèle de l'art. 5(1)(a) retenu par le droit de l'État dont le droit qualifie l'infraction (indiqué dans l'affaire)
art05-offence-no = Pas une infraction de participation à un groupe criminel organisé au sens de l'art. 5
art05-offence-one-model = Le comportement ne relève que d'un seul modèle de l'art. 5(1)(a) ; chaque État Partie retient l'un ou l'autre, ou les deux : la question de savoir s'il constitue une infraction dans un État relève donc du droit de cet État
art05-offence-undetermined = La question de savoir si le comportement constitue une infraction visée à l'art. 5 n'est pas tranchée : un élément n'est pas indiqué

# CTO art. 23, incrimination de l'entrave à la justice : atteinte aux témoignages et aux éléments de preuve (23(a)) et aux agents de la justice ou des services de détection et de répression (23(b)).

## Art. 23(a) et (b).
art23-witness-yes = Recours à la force physique, à des menaces ou à l'intimidation, ou à un avantage indu, pour obtenir un faux témoignage ou empêcher un témoignage ou la présentation d'éléments de preuve dans une procédure en relation avec des infractions visées par la Convention : une infraction que tout État Partie doit établir (23(a))
art23-official-yes = Recours à la force physique, à des menaces ou à l'intimidation pour empêcher un agent de la justice ou des services de détection et de répression d'exercer les devoirs de sa charge en relation avec des infractions visées par la Convention : une infraction que tout État Partie doit établir (23(b))
art23-official-bribe-only = Un avantage indu offert à un agent n'est pas un moyen visé à l'art. 23(b), qui exige la force physique, des menaces ou l'intimidation ; la corruption d'un agent relève de l'art. 8
art23-no-means = Aucun des moyens énumérés à l'art. 23 (force physique, menaces, intimidation ou, pour l'art. 23(a), avantage indu) n'a été employé
art23-not-covered = La procédure ou les devoirs ne concernent pas des infractions visées par la Convention, ce qu'exige l'art. 23
art23-not-intentional = Acte non commis intentionnellement : hors de l'art. 23
art23-witness-undetermined = La question de savoir si le comportement relève de l'art. 23(a) n'est pas tranchée : un élément n'est pas indiqué
art23-official-undetermined = La question de savoir si le comportement relève de l'art. 23(b) n'est pas tranchée : un élément n'est pas indiqué

## Art. 23 : l'infraction.
art23-offence-yes = Entrave à la justice, infraction établie conformément à l'art. 23
art23-offence-no = Pas une infraction d'entrave à la justice au sens de l'art. 23
art23-offence-undetermined = La question de savoir si le comportement constitue une infraction visée à l'art. 23 n'est pas tranchée : un élément n'est pas indiqué

# CTO art. 8, incrimination de la corruption : corruption d'agents publics nationaux (8(1)), d'agents publics étrangers ou de fonctionnaires internationaux (8(2)).

## Pourquoi le comportement n'est pas de la corruption (argument `reason`).
art08-reason-no-advantage = aucun avantage indu n'a été promis, offert, accordé, sollicité ou accepté
art08-reason-no-official-act = l'avantage ne visait pas à ce que l'agent accomplisse ou s'abstienne d'accomplir un acte dans l'exercice de ses fonctions officielles
art08-reason-not-intentional = l'acte n'a pas été commis intentionnellement

## Art. 8(2) : un agent public étranger ou un fonctionnaire international (argument `whom`).
art08-whom-foreign-official = un agent public étranger
art08-whom-international-civil-servant = un fonctionnaire international
art08-foreign-yes = Corruption impliquant { $whom } : l'art. 8(2) demande seulement aux États d'envisager de conférer à ces actes le caractère d'infraction, et l'État dont le droit qualifie l'infraction l'a fait (indiqué dans l'affaire)
art08-not-bribery = Pas de corruption au sens de l'art. 8 : { $reason }
art08-foreign-not-an-offence = Corruption impliquant { $whom } : l'art. 8(2) demande seulement aux États d'envisager de conférer à ces actes le caractère d'infraction, et l'État dont le droit qualifie l'infraction ne l'a pas fait (indiqué dans l'affaire)
art08-foreign-domestic-law = Corruption impliquant { $whom } : à la différence de la corruption d'agents publics nationaux, l'art. 8(2) demande seulement aux États d'envisager de conférer à ces actes le caractère d'infraction ; la question de savoir s'il s'agit d'une infraction relève donc du droit de l'État dont le droit qualifie l'infraction
art08-foreign-undetermined = Corruption impliquant { $whom }, mais un élément n'est pas indiqué (avantage indu, acte officiel, intention) ; en outre, l'art. 8(2) demande seulement aux États d'envisager de conférer à ces actes le caractère d'infraction

## Art. 8(1) : corruption active (8(1)(a)) et passive (8(1)(b)).
art08-active-yes = Le fait de promettre, d'offrir ou d'accorder un avantage indu à un agent public afin qu'il accomplisse ou s'abstienne d'accomplir un acte dans l'exercice de ses fonctions officielles : une infraction que tout État Partie doit établir (8(1))
art08-passive-yes = Le fait pour un agent public de solliciter ou d'accepter un avantage indu afin d'accomplir ou de s'abstenir d'accomplir un acte dans l'exercice de ses fonctions officielles : une infraction que tout État Partie doit établir (8(1))
art08-not-bribery-8-1 = Pas de corruption au sens de l'art. 8(1) : { $reason }
art08-official-missing = Il n'est pas indiqué de quel État relève l'agent corrompu : la corruption d'agents publics nationaux est une infraction obligatoire (8(1)), celle d'agents publics étrangers ou de fonctionnaires internationaux seulement une infraction à envisager (8(2))
art08-domestic-undetermined = La question de savoir si le comportement constitue une corruption au sens de l'art. 8(1) n'est pas tranchée : un élément n'est pas indiqué

## Art. 8 : l'infraction.
art08-offence-yes = Corruption, infraction établie conformément à l'art. 8
art08-offence-no = Pas une infraction de corruption au sens de l'art. 8, au vu des faits et des réponses indiqués
art08-offence-domestic-law = La question de savoir si le comportement constitue une infraction visée à l'art. 8 relève du droit de l'État dont le droit qualifie l'infraction (art. 8(2))
art08-offence-undetermined = La question de savoir si le comportement constitue une infraction visée à l'art. 8 n'est pas tranchée : un élément n'est pas indiqué

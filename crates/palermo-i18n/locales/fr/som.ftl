# Protocole contre le trafic illicite de migrants (Protocole MIG), art. 3, 5 et 6 : l'entrée illégale, l'avantage, la situation des migrants et l'infraction.

## Protocole MIG art. 3(a) : l'entrée illégale.
som-entry-yes = Le comportement a assuré l'entrée illégale d'une personne dans un État dont elle n'est ni ressortissante ni résidente permanente
som-entry-no = Le comportement n'a assuré l'entrée illégale d'aucune personne non ressortissante
som-entry-missing = Il n'est pas indiqué si le comportement a assuré l'entrée illégale d'une personne non ressortissante

## Protocole MIG art. 3(a) : un avantage financier ou un autre avantage matériel.
som-benefit-yes = Afin d'en tirer un avantage financier ou un autre avantage matériel
som-benefit-humanitarian = Aide apportée pour des raisons humanitaires : sans le but d'en tirer un avantage matériel, le comportement échappe à l'infraction de trafic illicite
som-benefit-family = Aide apportée à des membres de la famille : sans le but d'en tirer un avantage matériel, le comportement échappe à l'infraction de trafic illicite
som-benefit-none = Aucun avantage financier ni aucun autre avantage matériel n'était recherché
som-benefit-missing = Il n'est pas indiqué si un avantage financier ou un autre avantage matériel était recherché

## Protocole MIG art. 5 : les migrants.
som-migrants-not-liable = Les migrants ne deviennent pas passibles de poursuites pénales en vertu du Protocole du fait qu'ils ont été l'objet du trafic

## Protocole MIG art. 6(1)(a) : l'infraction.
som-offence-yes = Trafic illicite de migrants : le fait d'assurer une entrée illégale afin d'en tirer un avantage matériel, intentionnellement (Protocole MIG art. 3(a) et 6(1)(a))
som-offence-no = Pas de trafic illicite de migrants au sens du Protocole
som-offence-undetermined = La question de savoir si le comportement constitue un trafic illicite de migrants n'est pas tranchée : un élément n'est pas indiqué

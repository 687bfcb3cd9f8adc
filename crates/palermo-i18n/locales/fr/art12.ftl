# Art. 12 (confiscation et saisie) : le pouvoir sur les documents bancaires dont dépend la coopération de l'art. 13.

art12-bank-secrecy = Les autorités de l'État requis, { $requested }, peuvent ordonner la production ou la saisie de documents bancaires, financiers ou commerciaux aux fins de la demande ; le secret bancaire ne peut être invoqué pour refuser d'agir

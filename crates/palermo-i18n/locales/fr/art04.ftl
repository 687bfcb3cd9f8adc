# CTO art. 4, protection de la souveraineté : action sur le territoire de l'État requis (4(2)).

# `what` : l'action, formulée par la règle appelante.
art04-sovereignty = { $what } : sur le territoire de l'État requis ({ $requested }), uniquement avec son consentement et dans le respect de son droit ; la Convention n'habilite aucun État à y exercer des fonctions exclusivement réservées aux autorités de cet État

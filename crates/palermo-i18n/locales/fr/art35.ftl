# Règlement des différends (art35.rs) : arbitrage obligatoire et Cour internationale de Justice entre les deux États (CTO art. 35 ; Protocole TP art. 15, Protocole MIG art. 20, Protocole AF art. 16).
art35-not-in-force = Non : { $instrument } n'est pas en vigueur entre les deux États ; { $article } ne les lie donc pas l'un envers l'autre
art35-opted-out = Non : { $states ->
        [one] { $states } a formulé
       *[other] { $states } ont formulé
    } une réserve à l'égard de { $para2 } ({ $para3 }) ; cette réserve joue dans les deux sens, de sorte qu'aucun des deux États ne peut soumettre unilatéralement à l'arbitrage ou à la Cour internationale de Justice un différend avec l'autre concernant { $instrument }. La négociation ({ $para1 }) reste possible, et tout renvoi requiert l'accord des deux États. Un retrait ultérieur de la réserve ({ $para4 }) modifierait cette situation
art35-unknown = Indéterminé : les données ne permettent pas de savoir si { $states } { $states ->
        [one] a formulé
       *[other] ont formulé
    } une réserve à l'égard de { $para2 } (consentement à être lié exprimé après la date des données, ou données non datées)
art35-yes = Oui : ni { $requesting } ni { $requested } n'a formulé la réserve prévue par { $para3 }. Tout différend concernant { $instrument } qui ne peut être réglé par voie de négociation dans un délai raisonnable est soumis à l'arbitrage à la demande de l'un d'eux et, faute d'accord sur l'organisation de l'arbitrage dans un délai de six mois, peut être renvoyé à la Cour internationale de Justice
art35-open = Indéterminé : la question de savoir si { $instrument } lie les deux États l'un envers l'autre n'est pas tranchée

# L'évaluation dans son ensemble (assess.rs) : la question posée, les deux
# États, les réponses par infraction et les résultats globaux.

## La question posée.
assess-question-extradition = La Convention peut-elle servir de base légale à l'extradition de l'État requis ({ $requested }) vers l'État requérant ({ $requesting }) ?
assess-question-confiscation = La Convention peut-elle servir de base légale à la coopération aux fins de confiscation demandée par l'État requérant ({ $requesting }) à l'État requis ({ $requested }) ?
assess-question-sentenced-persons = La Convention peut-elle servir de base légale au transfert d'une personne condamnée entre l'État requérant ({ $requesting }) et l'État requis ({ $requested }) ?
assess-question-joint-investigation = La Convention peut-elle servir de base à une enquête conjointe de l'État requérant ({ $requesting }) et de l'État requis ({ $requested }) ?
assess-question-special-techniques = La Convention peut-elle servir de base au recours à des techniques d'enquête spéciales avec l'État requis ({ $requested }), à la demande de l'État requérant ({ $requesting }) ?
assess-question-transfer-of-proceedings = La Convention peut-elle servir de base au transfert de procédures pénales de l'État requérant ({ $requesting }) à l'État requis ({ $requested }) ?
assess-question-law-enforcement = La Convention peut-elle servir de base à la coopération entre les services de détection et de répression de l'État requérant ({ $requesting }) et de l'État requis ({ $requested }) ?
assess-question-mla = La Convention peut-elle servir de base légale à l'entraide judiciaire demandée par l'État requérant ({ $requesting }) à l'État requis ({ $requested }) ?
assess-question-no-request = L'infraction est-elle visée par la Convention (art. 2 et 3) ? Aucune demande n'est indiquée ; aucune forme de coopération n'est donc examinée
assess-question-requesting-not-given = non indiqué
assess-question-requested-not-given = non indiqué

## Les deux États.
assess-state = { $state }
assess-requesting-not-given = l'État requérant (non indiqué)
assess-requested-not-given = l'État requis (non indiqué)
assess-the-requesting-state = l'État requérant
assess-the-requested-state = l'État requis

## Une demande dont l'un des États n'est pas indiqué.
assess-between-not-given = Il n'est pas possible de dire si la Convention est en vigueur entre les deux États : { $paths ->
    [one] { $paths } n'est pas indiqué
   *[other] { $paths } ne sont pas indiqués
}
assess-request-unnamed = Indéterminé : la demande ne désigne pas { $states } ; il ne peut donc être décidé si la Convention la régit

## Par infraction, pour une demande qui en vise plusieurs.
assess-offence-yes = Infraction { $offence } : oui, par la voie retenue pour la demande dans son ensemble ({ $citation })
assess-offence-yes-by-cases = Infraction { $offence } : oui, par la voie retenue pour la demande dans son ensemble, qui vaut quelle que soit la réponse au point que le cas laisse ouvert (voir la réponse)
assess-offence-not-in-force = Infraction { $offence } : non, la Convention n'est pas en vigueur entre les deux États
assess-offence-not-reached = Infraction { $offence } : non, l'article ne s'y applique pas ({ $id })
assess-offence-no-route = Infraction { $offence } : non, aucune voie n'est ouverte pour cette demande
assess-offence-conflict = Infraction { $offence } : conflit, les faits indiqués se contredisent
assess-offence-open = Infraction { $offence } : non établi ({ $n ->
    [one] { $n } fait manquant
   *[other] { $n } faits manquants
})

## La demande dans son ensemble.
assess-aggregate-yes = Oui pour { $offences ->
    [one] l'infraction
   *[other] les infractions
} { $offences } sur { $n }
assess-aggregate-no = Non pour les { $n } infractions
assess-aggregate-open = Non établi pour { $offences ->
    [one] l'infraction
   *[other] les infractions
} { $offences } ; aucune infraction ne permet de trancher

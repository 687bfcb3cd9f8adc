# CTO art. 2, terminologie : infraction grave (2(b)), groupe structuré (2(c)) et groupe criminel organisé (2(a)).

## Un maximum légal en toutes lettres (argument `penalty` des messages ci-dessous).
art02-penalty-months = { $months } mois
art02-penalty-years = { $years ->
    [one] { $years } an
   *[other] { $years } ans
}
art02-penalty-years-months = { $years ->
    [one] { $years } an
   *[other] { $years } ans
} et { $months } mois
art02-penalty-life = réclusion à perpétuité
art02-penalty-death = peine de mort
art02-penalty-fine-only = amende seulement
art02-penalty-not-an-offence = aucune peine (le comportement n'est pas une infraction)
# Une infraction des données sur les peines : sa disposition et son intitulé tels que les données les donnent, et son maximum.
art02-penalty-record = { $provision } ({ $name }), { $penalty }

## Art. 2(b) : infraction grave, d'après le maximum indiqué dans l'affaire.
art02-serious-exactly-four-years = { $state } : peine maximale de { $penalty }, soit exactement le seuil de quatre ans, qui est atteint
art02-serious-at-least-four-years = { $state } : peine maximale de { $penalty }, soit au moins quatre ans
art02-serious-under-four-years = { $state } : peine maximale de { $penalty }, soit moins de quatre ans
art02-serious-life = { $state } : la peine maximale est la réclusion à perpétuité, soit plus de quatre ans
art02-serious-death = { $state } : la peine maximale est la peine de mort, peine plus lourde qu'une privation de liberté de quatre ans
art02-serious-fine-only = { $state } : le comportement n'est passible que d'une amende ; il n'y a pas de privation de liberté, et une amende n'est pas une peine plus lourde
art02-serious-not-an-offence = { $state } : le comportement n'est pas une infraction

## Art. 2(b) : infraction grave, d'après les données sur les peines.
art02-serious-maximum-not-given = { $state } : la peine maximale prévue par la loi n'est pas indiquée
art02-serious-no-data = { $state } : la peine maximale prévue par la loi n'est pas indiquée, et les données sur les peines ne contiennent aucune infraction de cet État pour { $types }
art02-serious-data-undated = { $state } : la peine maximale prévue par la loi n'est pas indiquée ; les données sur les peines pour { $types } reflètent l'état du droit au { $data_date }, et il n'est pas établi que ce droit était applicable le { $date }
art02-serious-from-data = { $state } : peine maximale d'après les données sur les peines : { $record }{ $n ->
    [0] {""}
    [one] , et { $n } autre infraction correspondante concorde
   *[other] , et { $n } autres infractions correspondantes concordent
} ; { $serious ->
    [true] égale ou supérieure au
   *[false] inférieure au
} seuil de quatre ans
art02-serious-data-both-sides = { $state } : les données sur les peines pour { $types } recensent des infractions de part et d'autre du seuil de quatre ans : { $records } ; la question dépend de l'infraction à laquelle le comportement correspond

## Art. 2(c) : groupe structuré.
art02-structured-yes = Groupe qui ne s'est pas constitué au hasard pour commettre immédiatement une infraction (des rôles formellement définis, la continuité dans la composition et une structure élaborée ne sont pas nécessaires)
art02-structured-no = Groupe constitué au hasard pour commettre immédiatement une infraction
art02-structured-missing = Il n'est pas indiqué si le groupe s'est constitué au hasard pour commettre immédiatement une infraction

## Art. 2(a) : les éléments du groupe criminel organisé.
art02-members-enough = { $n ->
    [one] { $n } personne
   *[other] { $n } personnes
} (au moins trois sont requises)
art02-members-too-few = { $n ->
    [one] { $n } personne
   *[other] { $n } personnes
} (moins que les trois requises)
art02-members-missing = Le nombre de personnes composant le groupe n'est pas indiqué
art02-period-yes = Le groupe existe depuis un certain temps
art02-period-no = Le groupe n'existe pas depuis un certain temps (il est momentané)
art02-period-missing = Il n'est pas indiqué si le groupe existe depuis un certain temps
art02-concert-yes = Ses membres agissent de concert
art02-concert-no = Ses membres n'agissent pas de concert
art02-concert-missing = Il n'est pas indiqué si les membres agissent de concert
art02-aims-both = Il a pour but de commettre des infractions graves et des infractions établies conformément à la Convention
art02-aims-serious-crime = Il a pour but de commettre une ou plusieurs infractions graves
art02-aims-convention-offences = Il a pour but de commettre des infractions établies conformément à la Convention
art02-aims-neither = Il n'a pour but de commettre ni infraction grave ni infraction établie conformément à la Convention
art02-aims-missing = Le but du groupe n'est pas indiqué
art02-benefit-financial = Il cherche à tirer un avantage financier
art02-benefit-other-material = Il cherche à tirer un autre avantage matériel, entendu au sens large (par exemple une gratification dans les réseaux d'échange)
art02-benefit-none = Il ne cherche à tirer aucun avantage financier ni aucun autre avantage matériel
art02-benefit-political = Son mobile est purement politique ou idéologique, et non un avantage matériel
art02-benefit-missing = Il n'est pas indiqué si le groupe cherche à tirer un avantage financier ou un autre avantage matériel

## Art. 2(a) : l'ensemble.
art02-ocg-yes = Groupe structuré de { $n } personnes, existant depuis un certain temps, agissant de concert, ayant pour but de commettre des infractions graves ou des infractions établies conformément à la Convention, pour en tirer un avantage matériel : les six éléments sont réunis
art02-ocg-no = Pas un groupe criminel organisé : { $elements } { $elements ->
    [one] fait
   *[other] font
} défaut
art02-ocg-undetermined = Question non tranchée : certains des six éléments sont inconnus
# Les éléments de l'art. 2(a), nommés dans art02-ocg-no.
art02-element-structured-group = l'élément du groupe structuré (constitution au hasard)
art02-element-three-persons = l'élément des trois personnes
art02-element-period = l'élément de l'existence depuis un certain temps
art02-element-concert = l'élément de l'action de concert
art02-element-aim = l'élément du but
art02-element-material-benefit = l'élément de l'avantage matériel

# Statut des traités (status.rs) : entrée en vigueur à l'égard d'un État et entre les deux États (CTO art. 36 à 38 et 40 ; articles des Protocoles relatifs à l'entrée en vigueur), et faits antérieurs à l'entrée en vigueur.

## Les instruments, tels que les messages les nomment.
status-instrument-untoc = la Convention
status-instrument-tip = le Protocole relatif à la traite des personnes
status-instrument-som = le Protocole contre le trafic illicite de migrants
status-instrument-firearms = le Protocole relatif aux armes à feu

## Deux propositions d'une même explication.
status-then = { $first } ; { $then }

## Mode d'expression du consentement à être lié, tel qu'enregistré.
status-how-deposited = dépôt de son instrument
status-how-ratified = ratification
status-how-accepted = acceptation
status-how-approved = approbation
status-how-acceded = adhésion
status-how-succeeded = succession

## Comment la date d'entrée en vigueur à l'égard de l'État découle du dépôt.
status-rule-general = entrée en vigueur générale le { $general }
status-rule-later = la plus tardive de deux dates : le trentième jour suivant le dépôt et l'entrée en vigueur générale, le { $general }
status-rule-day = trentième jour suivant le dépôt

status-deposit = { $state } : { $how } le { $deposit } → en vigueur à compter du { $eif } ({ $rule }){ $succession ->
        [true] {" "}; une succession peut prendre effet plus tôt, à compter de l'indépendance, selon ce qu'enregistre le dépositaire
       *[false] {""}
    } ; { $in_force ->
        [true] en vigueur au { $date }
       *[false] pas encore en vigueur au { $date }
    }
status-denounced = { $state } : dénonciation de la Convention (notification reçue le { $received }), avec effet le { $effective } : plus en vigueur au { $date }{ $protocol ->
        [true] {" "}(la dénonciation de la Convention met fin à la qualité de Partie à ses Protocoles, art. 40(3))
       *[false] {""}
    }
status-denunciation-pending = la dénonciation de la Convention par cet État (notification reçue le { $received }) ne prend effet que le { $effective }

## Une Partie enregistrée sans date de dépôt.
status-party-by = { $state } : Partie selon les données au { $as_of } (voir la source), sans date de dépôt : l'instrument a été déposé au plus tard le { $by } ; { $instrument } est donc en vigueur à l'égard de cet État au plus tard à compter du { $latest } ({ $at_general ->
        [true] date de son entrée en vigueur générale
       *[false] trentième jour suivant un dépôt effectué à cette date
    })
status-now-no-state = au { $date }, l'instrument n'était en vigueur à l'égard d'aucun État
status-now-denounced = mais la Convention a été dénoncée par cet État (notification reçue le { $received }), avec effet le { $effective } : plus en vigueur au { $date }{ $protocol ->
        [true] {" "}(la dénonciation de la Convention met fin à la qualité de Partie à ses Protocoles, art. 40(3))
       *[false] {""}
    }
status-now-in-force = en vigueur au { $date }
status-now-depends = la question de savoir si l'instrument était déjà en vigueur au { $date } dépend de la date de dépôt, qui n'est pas enregistrée : elle est à indiquer dans le dossier

## Pas Partie, ou statut inconnu.
status-no-instrument = { $state } : aucun instrument n'a été déposé ; cet État n'est pas Partie au { $date }
status-not-party-data = { $state } : selon les données au { $as_of }, cet État n'était pas Partie ; il n'est donc pas Partie au { $date }
status-before-general = Au { $date }, { $instrument } n'était en vigueur à l'égard d'aucun État : son entrée en vigueur générale n'est intervenue que le { $general }
status-unknown = { $state } : { $why } ; la date de dépôt (ou l'absence de tout dépôt) est à indiquer dans le dossier
status-why-no-record = les données de référence ne contiennent aucune information à ce sujet
status-why-no-deposit-date = les données de référence indiquent que cet État est Partie, mais sans date de dépôt vérifiée (données : { $file }, ligne { $line })
status-why-later-deposit = selon les données au { $as_of }, cet État n'était pas Partie, mais un dépôt ultérieur n'y figurerait pas
status-why-later-deposit-undated = selon des données à une date non enregistrée, cet État n'était pas Partie, mais un dépôt ultérieur n'y figurerait pas

## Une organisation régionale d'intégration économique (art. 2(j), 36(3)-(4)) ; un Protocole sans la Convention (art. 37(2)).
status-reio-within = la question relève de sa compétence déclarée (selon le dossier)
status-reio-outside = mais la question ne relève pas de sa compétence déclarée (selon le dossier)
status-reio-open = en tant qu'organisation régionale d'intégration économique, elle n'est liée que dans les limites de sa compétence déclarée, que le dossier ne précise pas
status-protocol-needs-convention = mais un Protocole ne lie que les Parties à la Convention, et il n'est pas établi que la Convention soit en vigueur à l'égard de cet État

## Entre les deux États.
status-between-yes-since = En vigueur à l'égard de l'État requérant, { $requesting }, et de l'État requis, { $requested }, au { $date } (entre eux depuis le { $since })
status-between-yes = En vigueur à l'égard de l'État requérant, { $requesting }, et de l'État requis, { $requested }, au { $date }
status-between-no = Pas en vigueur au { $date } à l'égard { $states ->
    [one] de l'État suivant
   *[other] des États suivants
} : { $states } ; la Convention ne peut donc pas régir la coopération entre l'État requérant, { $requesting }, et l'État requis, { $requested }
status-between-open = La question de savoir si la Convention est en vigueur à l'égard de l'État requérant, { $requesting }, et de l'État requis, { $requested }, au { $date } n'est pas tranchée
status-protocol-pair-missing = Il n'est pas possible de dire si { $instrument } est en vigueur entre les deux États : l'un des États de la demande n'est pas indiqué
status-protocol-both = Au { $date }, l'État requérant, { $requesting }, et l'État requis, { $requested }, sont tous deux liés par { $instrument }
status-protocol-not-both = Au { $date }, l'État requérant, { $requesting }, et l'État requis, { $requested }, ne sont pas tous deux liés par { $instrument } : les infractions qu'il établit ne sont considérées comme des infractions établies conformément à la Convention qu'entre ses Parties
status-protocol-open = La question de savoir si l'État requérant, { $requesting }, et l'État requis, { $requested }, sont tous deux liés par { $instrument } au { $date } n'est pas tranchée

## Faits antérieurs à l'entrée en vigueur entre les deux États.
status-temporal-after = Les faits ({ $conduct }) sont postérieurs à l'entrée en vigueur de la Convention entre les deux États ({ $since })
status-temporal-reading = La Convention ne contient pas de clause relative à son application dans le temps ; selon l'interprétation qui prévaut, ses dispositions relatives à la coopération sont de nature procédurale et la non-rétroactivité des traités (Convention de Vienne sur le droit des traités, art. 28) vise les actes antérieurs à l'entrée en vigueur, alors que le fait déterminant en l'espèce est la demande, présentée après celle-ci : la Convention s'applique
status-temporal-before-follows = Les faits ({ $conduct }) sont antérieurs à l'entrée en vigueur entre les deux États ({ $since }). { status-temporal-reading }, et l'État requis, { $requested }, suit cette interprétation (selon le dossier)
status-temporal-before-departs = Les faits ({ $conduct }) sont antérieurs à l'entrée en vigueur entre les deux États ({ $since }). { status-temporal-reading } selon cette interprétation, mais le droit de l'État requis, { $requested }, s'en écarte (selon le dossier) : cet État ne coopère pas au titre de la Convention pour des faits antérieurs
status-temporal-before-asked = Les faits ({ $conduct }) sont antérieurs à l'entrée en vigueur entre les deux États ({ $since }). { status-temporal-reading } ; il est seulement demandé à l'État requis, { $requested }, si son droit s'écarte de cette interprétation
status-temporal-open = Les faits ont eu lieu le { $conduct } ; la question de savoir s'ils sont antérieurs à l'entrée en vigueur entre les deux États n'est pas tranchée

## Double incrimination au moment des faits.
status-role-extradition = la double incrimination est une condition de l'extradition (art. 16(1))
status-role-mla = l'État Partie requis peut refuser l'entraide judiciaire au motif de l'absence de double incrimination (art. 18(9))
status-role-confiscation = l'État Partie requis peut refuser au motif de l'absence de double incrimination (art. 18(9), par l'effet de l'art. 13(3))
status-when-committed-yes = Les faits étaient punissables par le droit de l'État requérant, { $requesting }, et par celui de l'État requis, { $requested }, au moment où ils ont été commis ({ $conduct }) : la coopération ne rend rien punissable a posteriori ; { $role }
status-when-committed-no = Les faits n'étaient pas punissables, au moment où ils ont été commis ({ $conduct }), par le droit { $states ->
    [one] de l'État suivant
   *[other] des États suivants
} : { $states } ; { $role }, et la question de savoir si une infraction créée ultérieurement suffit relève du droit et des traités de l'État requis
status-when-committed-open = Il n'est pas indiqué si les faits étaient punissables par le droit de l'État requérant, { $requesting }, et par celui de l'État requis, { $requested }, au moment où ils ont été commis ({ $conduct }) ; { $role }

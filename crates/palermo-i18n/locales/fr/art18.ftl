# Art. 18 (entraide judiciaire) : son application, la base juridique et les paragraphes 3 à 30.

## 18(1) : les deux volets ; 18(2) : les personnes morales
art18-suspected-transnational = que l'infraction est de nature transnationale
art18-suspected-ocg = qu'un groupe criminel organisé est impliqué dans l'infraction
art18-suspicion-conflict = Conflit : selon le dossier, l'État requérant, { $requesting }, n'a aucun motif de soupçonner { $what } (`{ $fact } = false`), mais les faits indiqués l'établissent
art18-suspicion-stated-yes = L'État requérant, { $requesting }, a des motifs raisonnables de soupçonner { $what } (selon le dossier)
art18-suspicion-stated-no = L'État requérant, { $requesting }, n'a pas de motifs raisonnables de soupçonner { $what } (selon le dossier)
art18-suspicion-established = Les faits établissent { $what } ; l'État requérant, { $requesting }, a donc des motifs raisonnables de le soupçonner
art18-suspicion-missing = Il n'est pas indiqué si l'État requérant, { $requesting }, a des motifs raisonnables de soupçonner { $what }
art18-first-limb-yes = Premier volet : infraction visée par la présente Convention (l'entraide judiciaire la plus large possible est due)
art18-first-limb-no = Le premier volet n'est pas rempli : l'infraction n'est pas visée par la présente Convention
art18-first-limb-unsettled = Premier volet : la question de savoir si l'infraction est visée n'est pas tranchée
art18-second-limb-yes = Second volet : infraction visée à l'art. 3(1)(a)/(b), et l'État requérant, { $requesting }, a des motifs raisonnables de soupçonner qu'elle est de nature transnationale et qu'un groupe criminel organisé y est impliqué
art18-second-limb-no = Le second volet n'est pas rempli : aucune infraction visée à l'art. 3(1)(a)/(b), ou aucun soupçon raisonnable quant à la nature transnationale de l'infraction ou à l'implication d'un groupe
art18-second-limb-conflict = Conflit : le soupçon indiqué contredit les faits donnés (second volet)
art18-second-limb-unsettled = Second volet : question non tranchée
art18-legal-persons-yes = La procédure concerne la responsabilité d'une personne morale pour une infraction visée à l'art. 10 dans l'État requérant, { $requesting } : l'entraide est accordée dans toute la mesure où les lois et traités de l'État requis, { $requested }, le permettent
art18-legal-persons-not-concerned = La procédure ne concerne pas la responsabilité d'une personne morale
art18-legal-persons-no-offence = Aucune infraction visée à l'art. 10 dont une personne morale puisse être tenue responsable
art18-legal-persons-depends = L'application de l'art. 18(2) dépend de la question de savoir si une personne morale peut être tenue responsable de cette infraction en vertu du droit de l'État requérant, { $requesting }
art18-legal-persons-unsettled = La question de savoir si la procédure concerne la responsabilité d'une personne morale pour une infraction visée à l'art. 10 n'est pas tranchée
art18-ground-first-limb = le premier volet de l'art. 18(1) (infraction visée)
art18-ground-second-limb = le second volet de l'art. 18(1) (motifs raisonnables de soupçonner)
art18-ground-legal-persons = l'art. 18(2) (personnes morales)
art18-applies-yes = L'article 18 s'applique { $grounds ->
    [one] sur le fondement suivant
   *[other] sur les fondements suivants
} : { $grounds }
art18-applies-not-in-force = L'article 18 ne s'applique pas : la Convention n'est pas en vigueur entre les deux États
art18-applies-no = L'article 18 ne s'applique pas : ni l'un ni l'autre volet de l'art. 18(1), ni l'art. 18(2), ne sont remplis
art18-applies-unsettled = La question de savoir si l'article 18 s'applique n'est pas tranchée

## La réponse : la Convention est-elle une base juridique de la demande ?
art18-basis-yes-legal-persons = Oui : l'article 18(2) s'applique, dans toute la mesure où les lois et traités de l'État requis, { $requested }, le permettent
art18-basis-yes = Oui : l'article 18(1) oblige l'État requis, { $requested }, à accorder l'entraide ; les règles qui régissent la procédure découlent de l'art. 18(7)
art18-basis-not-in-force = Non : la Convention n'est pas en vigueur entre les deux États
art18-basis-no = Non : l'article 18 ne s'applique pas à l'infraction ou aux infractions
art18-basis-undetermined = Indéterminé : { $n ->
    [one] { $n } fait manquant
   *[other] { $n } faits manquants
}

## 18(3)-(8) : fins, informations spontanées, régime de l'art. 18(7), secret bancaire
art18-regime-not-applicable = L'article 18 ne s'applique pas à cette demande ; les paragraphes 9 à 29 ne la régissent donc pas
art18-agreements = Les États envisagent de conclure des accords qui servent les objectifs de l'entraide judiciaire ou en renforcent l'efficacité
art18-purposes-missing = L'entraide demandée (fins visées à l'art. 18(3)) n'est pas indiquée
art18-purposes-empty = Aucune forme d'entraide n'est indiquée sous { $field }
art18-purposes-other = Entraide demandée : { $measures } ; l'assistance d'un autre type n'est couverte que si elle n'est pas contraire au droit interne de l'État requis, { $requested }
art18-purposes-yes = L'entraide demandée relève de l'art. 18(3) : { $measures }
art18-measure-taking-evidence = recueillir des témoignages ou des dépositions (18(3)(a))
art18-measure-service-of-documents = signifier des actes judiciaires (18(3)(b))
art18-measure-search-seizure-freezing = effectuer des perquisitions et des saisies, ainsi que des gels (18(3)(c))
art18-measure-examining-objects-sites = examiner des objets et visiter des lieux (18(3)(d))
art18-measure-information-expert-evaluations = fournir des informations, des pièces à conviction et des estimations d'experts (18(3)(e))
art18-measure-documents-records = fournir des documents et dossiers (18(3)(f))
art18-measure-tracing-proceeds = identifier ou localiser des produits du crime, des biens, des instruments ou d'autres choses (18(3)(g))
art18-measure-voluntary-appearance = faciliter la comparution volontaire de personnes dans l'État requérant (18(3)(h))
art18-measure-other = autre type d'assistance (18(3)(i))
art18-spontaneous-information = Les autorités peuvent communiquer des informations sans demande préalable ; l'autorité qui les reçoit doit respecter leur caractère confidentiel et les restrictions à leur utilisation, sauf pour les informations à décharge, après notification (art. 18(5))
art18-their-treaty = leur traité d'entraide judiciaire
art18-regime-no-treaty = Aucun traité d'entraide judiciaire ne lie les deux États : les paragraphes 9 à 29 régissent la demande
art18-regime-agreed = Les États sont convenus d'appliquer les paragraphes 9 à 29 à la place de leur traité
art18-regime-treaty = Les deux États sont liés par { $treaty } et ne sont pas convenus du contraire : ses dispositions remplacent les paragraphes 9 à 29 (les paragraphes 1 à 8 continuent de s'appliquer)
art18-regime-agreement-missing = Les deux États sont liés par { $treaty } ; il n'est pas indiqué s'ils sont convenus d'appliquer à sa place les paragraphes 9 à 29
art18-regime-treaty-missing = Il n'est pas indiqué si un traité d'entraide judiciaire lie les deux États
art18-regime-if-applies = Si l'article 18 s'applique (question non encore tranchée) : { $regime }
art18-bank-secrecy-treaty = L'État requis, { $requested }, ne peut invoquer le secret bancaire pour refuser l'entraide, même si { $treaty } régit la procédure (le paragraphe 8 ne fait pas partie des paragraphes 9 à 29)
art18-bank-secrecy = L'État requis, { $requested }, ne peut invoquer le secret bancaire pour refuser l'entraide
art18-treaty-governs = Les motifs de refus, la forme, les voies de transmission, la langue, les frais et les autres modalités sont régis par { $treaty }, et non par les paragraphes 9 à 29 ; la Convention continue d'obliger à accorder l'entraide (18(1)) et interdit le refus fondé sur le secret bancaire (18(8))

## 18(9)-(29) : les règles applicables en l'absence de traité
art18-dual-criminality-absent-assists = Le comportement ne constitue pas une infraction dans l'État requis, { $requested } : celui-ci peut refuser pour absence de double incrimination, mais il prête néanmoins son concours (selon le dossier)
art18-dual-criminality-absent-declines = Le comportement ne constitue pas une infraction dans l'État requis, { $requested } : celui-ci peut refuser pour absence de double incrimination, et il ne prête pas son concours dans de tels cas (selon le dossier)
art18-dual-criminality-absent = Le comportement ne constitue pas une infraction dans l'État requis, { $requested } : celui-ci peut refuser pour absence de double incrimination, mais il peut néanmoins prêter son concours, dans la mesure où il le décide
art18-dual-criminality-present = Le comportement constitue une infraction dans l'État requis, { $requested } : l'absence de double incrimination ne peut être invoquée pour refuser
art18-dual-criminality-missing = Il n'est pas indiqué si le comportement constitue une infraction dans l'État requis, { $requested } (dans la négative, celui-ci peut refuser, art. 18(9))
art18-detained-persons = Une personne détenue peut être transférée pour témoigner si elle y consent librement et en toute connaissance de cause et si les deux États en conviennent ; détention, remise, aucune demande d'extradition, imputation de la durée de détention (18(11)) ; aucune poursuite pour des actes antérieurs sans son consentement (18(12))
art18-central-authority-yes = Adresser la demande à l'autorité centrale de l'État requis, { $requested } : { $authority }
art18-central-authority-missing = L'autorité centrale de l'État requis, { $requested }, ne figure pas dans les données ; la demande est adressée à l'autorité qu'il a désignée (par la voie diplomatique s'il l'exige ; en cas d'urgence, par l'intermédiaire d'INTERPOL si les États en conviennent)
art18-language-stated = Par écrit (ou par tout moyen pouvant produire un document écrit), dans une langue acceptable pour l'État requis, { $requested } : { $languages }
art18-language-notified = Par écrit (ou par tout moyen pouvant produire un document écrit), dans une langue acceptable pour l'État requis, { $requested } : { $notification }
art18-language-missing = Les langues acceptables pour l'État requis, { $requested }, ne figurent pas dans les données ; la demande doit être présentée par écrit, dans une langue acceptable
art18-contents = La demande doit indiquer : l'autorité dont elle émane ; l'objet et la nature de l'enquête, des poursuites ou de la procédure judiciaire, ainsi que l'autorité qui en est chargée ; un résumé des faits (sauf pour la signification d'actes judiciaires) ; l'assistance requise et toute procédure particulière souhaitée ; si possible, l'identité, l'adresse et la nationalité des personnes visées ; les fins de la demande. L'État requis peut demander un complément d'information (18(16))
art18-applicable-law = Exécutée conformément au droit interne de l'État requis et, dans la mesure où cela ne contrevient pas à ce droit, selon les procédures spécifiées dans la demande
art18-videoconference = L'État requis peut autoriser l'audition par vidéoconférence d'un témoin ou d'un expert se trouvant sur son territoire lorsqu'il n'est pas possible ou souhaitable qu'il comparaisse en personne sur le territoire de l'État requérant
art18-use-limitation = L'État requérant ne peut communiquer ni utiliser ce qu'il reçoit pour d'autres procédures sans le consentement préalable de l'État requis, sauf les éléments à décharge, après notification
art18-confidentiality = L'État requérant peut exiger que la demande reste confidentielle ; si l'État requis ne peut satisfaire à cette exigence, il doit en informer sans délai l'État requérant
art18-refusal-base = L'État requis, { $requested }, peut refuser si (a) la demande n'est pas conforme à l'art. 18, ou (b) l'exécution porterait atteinte à sa souveraineté, à sa sécurité, à son ordre public ou à d'autres intérêts essentiels (selon sa propre appréciation)
art18-refusal-which-c = son droit interne interdirait à ses autorités de prendre les mesures demandées pour une infraction analogue relevant de sa compétence (18(21)(c))
art18-refusal-which-d = accéder à la demande serait contraire à son système juridique en matière d'entraide judiciaire (18(21)(d))
art18-refusal-conflict-bank-secrecy = Conflit : selon le dossier, le droit de l'État requis, { $requested }, fait obstacle à la demande ({ $which }) en raison du secret bancaire, mais l'art. 18(8) exclut tout refus fondé sur ce motif, et l'art. 18(21)(c)/(d) ne peut reposer sur celui-ci
art18-refusal-conflict-fiscal = Conflit : selon le dossier, le droit de l'État requis, { $requested }, fait obstacle à la demande ({ $which }) parce que l'infraction touche à des questions fiscales, mais l'art. 18(22) exclut tout refus fondé sur ce seul motif, et l'art. 18(21)(c)/(d) ne peut reposer sur celui-ci
art18-refusal-yes = { art18-refusal-base } ; et son droit prévoit un motif autre que le secret bancaire ou les questions fiscales (selon le dossier) : { $which }
art18-refusal-no = { art18-refusal-base } ; les motifs de l'art. 18(21)(c) et (d) ne s'appliquent pas en vertu de son droit (selon le dossier)
art18-refusal-depends = { art18-refusal-base } ; (c) et (d) dépendent de son droit, pour des motifs autres que le secret bancaire (18(8)) et la nature fiscale de l'infraction (18(22)), qu'aucun obstacle de droit interne ne peut invoquer
art18-reasons-for-refusal = Tout refus d'entraide doit être motivé
art18-timeliness = L'État requis exécute la demande aussi promptement que possible, en tenant compte des délais suggérés par l'État requérant, et répond aux demandes raisonnables d'information sur l'état d'avancement
art18-postponement = L'État requis peut différer l'exécution si elle entrave une enquête, des poursuites ou une procédure judiciaire en cours sur son territoire
art18-consult-before-refusal = Avant de refuser au titre de 18(21) ou de différer au titre de 18(25), l'État requis doit consulter l'État requérant pour examiner si l'entraide peut être accordée sous réserve de conditions
art18-safe-conduct = Un témoin ou un expert qui accepte de venir dans l'État requérant ne peut y être poursuivi ni détenu pour des actes antérieurs ; cette protection cesse après 15 jours consécutifs pendant lesquels il a eu la possibilité de quitter le territoire
art18-costs = L'État requis prend en charge les frais ordinaires, sauf s'il en est convenu autrement ; les frais importants ou extraordinaires sont réglés par consultation
art18-government-records = L'État requis doit fournir des copies des dossiers, documents ou renseignements administratifs accessibles au public, et peut fournir ceux qui ne le sont pas, en tout ou en partie ou aux conditions qu'il juge appropriées

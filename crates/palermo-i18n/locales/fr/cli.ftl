# Les mots propres à la ligne de commande : titres, intitulés, libellés,
# résultats et degrés d'obligation (crates/palermo-cli/src/render).

## Titres selon la nature de la coopération.
title-extradition = Extradition demandée à l'État requis, { $requested }, par l'État requérant, { $requesting }
title-mutual-legal-assistance = Entraide judiciaire demandée par l'État requérant, { $requesting }, à l'État requis, { $requested }
title-confiscation = Coopération aux fins de confiscation demandée par l'État requérant, { $requesting }, à l'État requis, { $requested }
title-transfer-of-sentenced-persons = Transfert des personnes condamnées entre l'État requérant, { $requesting }, et l'État requis, { $requested }
title-transfer-of-proceedings = Transfert des procédures pénales de l'État requérant, { $requesting }, à l'État requis, { $requested }
title-joint-investigation = Enquête conjointe de l'État requérant, { $requesting }, et de l'État requis, { $requested }
title-special-investigative-techniques = Techniques d'enquête spéciales : l'État requis, { $requested }, à la demande de l'État requérant, { $requesting }
title-law-enforcement-cooperation = Coopération entre les services de détection et de répression de l'État requérant, { $requesting }, et de l'État requis, { $requested }
title-no-request = Aucune demande : application de la Convention à l'infraction
title-as-of = { $title }, à la date du { $date }
label-case = Affaire : { $title }
label-question = Question : { $question }

## Intitulés des sections (en capitales dans la sortie texte).
heading-answer = Réponse
heading-issue = Question posée
heading-short-answer = Réponse en bref
heading-route = Marche à suivre
heading-legal-basis = Base légale
heading-risks = Risques
heading-next-steps = Prochaines étapes
heading-checklist = Liste de contrôle pour la rédaction de la demande
heading-treaty-points = Points à vérifier dans le traité
heading-caveats = Mises en garde
heading-why = Motifs
heading-other-findings = Autres constatations applicables
heading-still-to-establish = Reste à établir (du plus déterminant au moins déterminant)
heading-own-law = Ce que tranche le droit interne de l'État { $state }
heading-interpretations = Interprétations retenues (voir docs/legal-method.md)
heading-appendix = Annexe : le raisonnement

## Libellés à l'intérieur des lignes.
label-source = source : { $source }
label-missing = manque : { $facts }
label-interpretation = interprétation : { $anchor }
label-decisive = (détermine la réponse)
label-moot = (sans incidence en l'espèce)
label-answer-as = répondre sous la forme { $field } = true/false
label-hidden = { $n ->
    [one] Une autre constatation (art. 35, compétence d'autres États) s'affiche avec --all.
   *[other] { $n } autres constatations (art. 35, compétence d'autres États) s'affichent avec --all.
}
label-moot-count = { $n ->
    [one] Un autre fait inconnu serait sans incidence en l'espèce ; --format json l'indique.
   *[other] { $n } autres faits inconnus seraient sans incidence en l'espèce ; --format json les indique.
}
label-footer = Moteur { $engine } · données { $data } · pour reproduire : { $command }
label-stated-in-case = indiqué dans l'affaire : { $path }
label-stated-domestic-law = indiqué dans l'affaire : droit interne de l'État { $state } ({ $question } = { $answer })
label-data-source = données : { $file }:{ $line } ({ $url }, à jour au { $date })
# $period: a year or a month as the data gives it (2009, 2019-06).
label-data-source-period = données : { $file }:{ $line } ({ $url }, à jour en { $period })
label-data-source-undated = données : { $file }:{ $line } ({ $url }, date de mise à jour non enregistrée)
label-data-summary = { $source } : { $summary }
label-favourable = favorable à la demande
label-adverse = défavorable à la demande

## Degrés d'obligation.
strength-mandatory = obligatoire
strength-mandatory-qualified = obligatoire, dans les limites du droit interne
strength-prohibited-ground = motif de refus exclu
strength-shall-consider = simple obligation d'envisager
strength-endeavour = obligation de s'efforcer
strength-discretionary = facultatif
strength-no-obligation = refus permis

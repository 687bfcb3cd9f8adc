# Demandes rédigées (crates/palermo-draft) : titres, intitulés, texte fixe de
# chaque section, paragraphes relatifs à la base juridique, clauses et lacunes
# relevées par le contrôle d'exhaustivité. Les faits fournis par l'utilisateur
# sont insérés tels qu'ils ont été écrits. Voir docs/translations.md.

## Titres, un par nature de demande.
draft-title-mla = Demande d'entraide judiciaire en matière pénale
draft-title-extradition = Demande d'extradition
draft-title-confiscation = Demande de coopération internationale aux fins de confiscation

## Champs de l'en-tête.
draft-field-from = Expéditeur
draft-field-to = Destinataire
draft-field-reference = Notre référence
draft-field-date = Date
draft-field-requesting = État requérant
draft-field-requested = État requis
draft-to-central-authority = { $authority }, autorité centrale de l'État requis, { $state } (art. 18, par. 13)
draft-to-competent-authorities = Les autorités compétentes de l'État requis, { $state }

## Intitulés des sections.
draft-h-basis = Base juridique
draft-h-authority = Autorité dont émane la demande
draft-h-proceedings = Objet et nature de la procédure
draft-h-facts = Résumé des faits
draft-h-offences = Infractions et peines
draft-h-persons = Personnes visées
draft-h-person-sought = Personne dont l'extradition est demandée
draft-h-assistance = Assistance requise
draft-h-purpose = Fins de la demande
draft-h-property = Biens visés
draft-h-order = Décision de confiscation
draft-h-warrant = Mandat d'arrêt ou jugement
draft-h-additional = Informations complémentaires
draft-h-urgency = Urgence
draft-h-provisional-arrest = Arrestation provisoire
draft-h-clauses = Confidentialité et utilisation des informations
draft-h-attachments = Pièces jointes
draft-h-notes = Notes à l'intention du rédacteur (ne font pas partie de la demande : à supprimer avant l'envoi)

## Formules d'ouverture et de clôture.
draft-opening-mla = L'État requérant, { $requesting }, présente ses compliments à l'État requis, { $requested }, et sollicite son assistance dans l'affaire pénale décrite ci-après.
draft-opening-extradition = L'État requérant, { $requesting }, prie l'État requis, { $requested }, d'extrader la personne décrite ci-après pour les infractions exposées dans la présente demande.
draft-opening-confiscation = L'État requérant, { $requesting }, prie l'État requis, { $requested }, de coopérer aux fins de confiscation dans l'affaire décrite ci-après.
draft-closing = L'État requérant, { $requesting }, remercie les autorités de l'État requis, { $requested }, de leur assistance et se tient à leur disposition pour toute information complémentaire dont elles pourraient avoir besoin pour exécuter la présente demande.
draft-signature = Pour l'autorité requérante :

## Paragraphes relatifs à la base juridique : exactement ce que l'évaluation a établi.
draft-basis-mla-convention = La présente demande est fondée sur l'article 18 de la Convention des Nations Unies contre la criminalité transnationale organisée, à laquelle l'État requérant, { $requesting }, et l'État requis, { $requested }, sont tous deux parties ({ $cite }).
draft-basis-mla-treaty = La présente demande est fondée sur { $treaty }, qui lie l'État requérant, { $requesting }, et l'État requis, { $requested } ; en application du paragraphe 7 de l'article 18 de la Convention des Nations Unies contre la criminalité transnationale organisée, les dispositions de ce traité s'appliquent à la place des paragraphes 9 à 29 de cet article, tandis que les autres dispositions de l'article 18 demeurent applicables ({ $cite }).
draft-basis-mla-treaty-agreed = La présente demande est fondée sur l'article 18 de la Convention des Nations Unies contre la criminalité transnationale organisée : l'État requérant, { $requesting }, et l'État requis, { $requested }, sont convenus d'appliquer les paragraphes 9 à 29 de cet article à la place des règles prévues par { $treaty } (art. 18, par. 7) ({ $cite }).
draft-basis-extradition-convention = La présente demande est fondée sur la Convention des Nations Unies contre la criminalité transnationale organisée (paragraphe 4 de l'article 16), que l'État requis, { $requested }, considère comme la base légale de l'extradition, ainsi qu'il l'a notifié en application de l'alinéa a) du paragraphe 5 de l'article 16 ({ $cite }).
draft-basis-extradition-convention-stated = La présente demande est fondée sur la Convention des Nations Unies contre la criminalité transnationale organisée (paragraphe 4 de l'article 16), que l'État requis, { $requested }, considère comme la base légale de l'extradition ({ $cite }).
draft-basis-extradition-treaty = La présente demande est fondée sur { $treaty }. En application du paragraphe 3 de l'article 16 de la Convention des Nations Unies contre la criminalité transnationale organisée, chacune des infractions auxquelles s'applique cet article est de plein droit incluse, en tant qu'infraction dont l'auteur peut être extradé, dans tout traité d'extradition en vigueur entre des États Parties ({ $cite }).
draft-basis-extradition-domestic = L'État requis, { $requested }, ne subordonne pas l'extradition à l'existence d'un traité. En application du paragraphe 6 de l'article 16 de la Convention des Nations Unies contre la criminalité transnationale organisée, il reconnaît les infractions auxquelles s'applique cet article comme des infractions dont l'auteur peut être extradé entre lui-même et l'État requérant, { $requesting } ({ $cite }).
draft-basis-confiscation = La présente demande est fondée sur l'article 13 de la Convention des Nations Unies contre la criminalité transnationale organisée ({ $cite }) ; en application du paragraphe 3 de cet article, les dispositions de l'article 18 s'y appliquent mutatis mutandis.
draft-basis-confiscation-treaty = La présente demande est fondée sur { $treaty } et sur l'article 13 de la Convention des Nations Unies contre la criminalité transnationale organisée ({ $cite }) ; en application du paragraphe 3 de cet article, les dispositions de l'article 18 s'y appliquent mutatis mutandis.
draft-basis-other = La présente demande est fondée sur { $treaty }.
draft-treaty-unnamed = le traité en vigueur entre les deux États

## Ce que demande la demande de confiscation, selon la mesure (art. 13, par. 1 et 2).
draft-confiscation-domestic-order = L'État requis, { $requested }, est prié de transmettre la présente demande à ses autorités compétentes afin de faire prononcer une décision de confiscation et, si celle-ci intervient, de la faire exécuter (art. 13, par. 1 a)).
draft-confiscation-give-effect = L'État requis, { $requested }, est prié de transmettre à ses autorités compétentes la décision de confiscation rendue par un tribunal de l'État requérant, { $requesting }, afin qu'elle soit exécutée dans les limites de la demande (art. 13, par. 1 b)).
draft-confiscation-freeze = L'État requis, { $requested }, est prié de prendre des mesures pour identifier, localiser et geler ou saisir le produit du crime, les biens, les matériels ou les autres instruments décrits ci-après, en vue d'une éventuelle confiscation (art. 13, par. 2).

## Sections : texte fixe encadrant les faits fournis par l'utilisateur.
draft-authority = La demande émane de :
draft-contact = Point de contact pour la présente demande :
draft-proceedings-conducted-by = La procédure est conduite par :
draft-offence-law = En vertu du droit de l'État { $state } :
draft-offence-penalty = Peine maximale encourue en vertu du droit de l'État { $state } : { $penalty }.
draft-offence-penalty-data = Peine maximale encourue en vertu du droit de l'État { $state } : { $record }.
draft-offence-dual-criminality = Le comportement est punissable par le droit interne des deux États (art. 16, par. 1).
draft-offence-summary = Le comportement :
draft-person-name = Nom
draft-person-aliases = Autres noms
draft-person-born = Date et lieu de naissance
draft-person-nationality = Nationalité
draft-person-documents = Documents d'identité
draft-person-location = Localisation
draft-person-description = Signalement
draft-person-role = Qualité
draft-role-person_sought = personne dont l'extradition est demandée
draft-role-suspect = personne soupçonnée ou poursuivie
draft-role-witness = témoin
draft-role-victim = victime
draft-role-owner = propriétaire ou détenteur de biens ou de documents
draft-role-other = autre personne visée
draft-person-located-in = La personne dont l'extradition est demandée se trouverait sur le territoire de l'État { $state }.
draft-measures = L'assistance requise relève du paragraphe 3 de l'article 18 de la Convention : { $measures }.
draft-procedure = L'autorité requérante demande que la procédure suivante soit observée, sauf si elle est contraire au droit de l'État requis, { $requested } (art. 18, par. 17) :
draft-property-description = Description
draft-property-location = Localisation
draft-property-value = Valeur estimée
draft-order-issued-by = Émanant de
draft-order-date = Date
draft-order-reference = Référence
draft-order-final = Caractère définitif
draft-order-extent = Mesure dans laquelle l'exécution est demandée
draft-order-copy = Une copie légalement admissible de la décision est jointe (art. 13, par. 3 b)).
draft-warrant-copy = Une copie du mandat d'arrêt ou du jugement est jointe.
draft-yes = oui
draft-no = non
draft-urgent = La présente demande est urgente, pour les raisons suivantes :
draft-provisional-arrest = Dans l'attente de la transmission de la présente demande, l'État requérant, { $requesting }, prie l'État requis, { $requested }, de placer en détention la personne dont l'extradition est demandée ou de prendre toute autre mesure appropriée pour assurer sa présence lors de la procédure d'extradition (art. 16, par. 9).
draft-clause-confidentiality = L'État requérant, { $requesting }, prie l'État requis, { $requested }, de garder le secret sur l'existence et la teneur de la présente demande, sauf dans la mesure nécessaire pour l'exécuter, et de l'informer sans délai s'il ne peut satisfaire à cette exigence (art. 18, par. 20).
draft-clause-use-limitation = L'État requérant, { $requesting }, ne communiquera ni n'utilisera les informations ou les éléments de preuve fournis en réponse à la présente demande pour des enquêtes, poursuites ou procédures judiciaires autres que celles qui y sont indiquées sans le consentement préalable de l'État requis, { $requested } (art. 18, par. 19).
draft-no-attachments = Aucune.

## Notes à l'intention du rédacteur.
draft-note-assessment = Résultat de l'évaluation : { $headline }
draft-note-assessed = Évaluation effectuée le { $date } avec le moteur { $engine } et les données de référence { $data }.
draft-note-language = Langue : { $language }. { $why }
draft-note-language-notified = L'État { $state } accepte les demandes présentées dans les langues suivantes : { $languages } (sa notification au titre de l'art. 18, par. 14 ; source : { $source }, à jour au { $as_of }).
draft-note-language-notified-all = L'État { $state } demande que les demandes soient présentées dans chacune des langues suivantes : { $languages } ; joindre des traductions dans les autres langues (sa notification au titre de l'art. 18, par. 14 ; source : { $source }, à jour au { $as_of }).
draft-note-language-chosen = La langue a été choisie par le rédacteur ; aucune notification de l'État { $state } au titre de l'art. 18, par. 14, ne figure dans les données.
draft-note-language-not-accepted = L'État { $state } ne mentionne pas cette langue dans sa notification au titre de l'art. 18, par. 14 ({ $languages }) : la demande doit être traduite dans une langue acceptée.
draft-note-central-authority = Autorité centrale de l'État { $state } selon les données (source : { $source }, à jour au { $as_of }) : { $summary }
draft-note-notification = Notification de l'État { $state } au titre de l'art. 16, par. 5 a), selon les données (source : { $source }, à jour au { $as_of }) : { $summary }
draft-note-penalty = Peine prévue par le droit de l'État { $state } selon les données de référence (source : { $source }, à jour au { $as_of }) : { $record }.
draft-note-gaps = { $n ->
    [one] { $n } élément manque ; il est signalé dans le texte :
   *[other] { $n } éléments manquent ; ils sont signalés dans le texte :
}
draft-note-complete = Le contrôle d'exhaustivité a relevé tous les éléments exigés par la Convention.
draft-note-unrecorded = non enregistré

## Lacunes : ce qui manque et ce qu'il faut fournir. Signalées dans le projet à
## l'endroit où l'élément doit figurer, et énumérées par le contrôle d'exhaustivité.
draft-gap = [MANQUANT : { $what }]
gap-authority = l'autorité dont émane la demande : sa dénomination (dans le dossier : draft.requesting_authority)
gap-contact = les moyens par lesquels l'État requis peut joindre l'autorité requérante : nom, adresse, téléphone, courriel (dans le dossier : draft.contact)
gap-addressee = l'autorité centrale de l'État requis : aucune ne figure dans les données ; l'indiquer (dans le dossier : draft.addressee)
gap-proceedings = l'objet et la nature de l'enquête, des poursuites ou de la procédure judiciaire (dans le dossier : draft.proceedings)
gap-conducting-authority = le nom et les fonctions de l'autorité chargée de l'enquête, des poursuites ou de la procédure (dans le dossier : draft.conducting_authority)
gap-facts = un résumé des faits pertinents (dans le dossier : draft.facts)
gap-assistance = une description de l'assistance requise (dans le dossier : draft.assistance)
gap-persons = si possible, l'identité, l'adresse et la nationalité de toute personne visée (dans le dossier : [[draft.persons]])
gap-purpose = les fins pour lesquelles les éléments de preuve, les informations ou les mesures sont demandés (dans le dossier : draft.purpose)
gap-person-sought = l'identité de la personne dont l'extradition est demandée : nom complet et éléments d'identification (dans le dossier : [[draft.persons]] avec role = "person_sought")
gap-person-location = le lieu où se trouve la personne dont l'extradition est demandée (dans le dossier : request.person_located_in, ou location sous [[draft.persons]])
gap-offence-law = la disposition du droit de l'État { $state } qui érige le comportement en infraction (dans le dossier : draft.offence_law.{ $code })
gap-penalty = la peine maximale prévue par le droit de l'État { $state } (dans le dossier : offence.max_penalty.{ $code }, ou un type d'infraction assorti de données sur les peines)
gap-warrant = le mandat d'arrêt ou le jugement sur lequel repose la demande : juridiction qui l'a rendu, date et numéro (dans le dossier : [draft.warrant])
gap-urgency = les raisons pour lesquelles l'arrestation provisoire est urgente (dans le dossier : draft.urgency)
gap-basis = une base juridique : l'évaluation n'a pas établi que la Convention en constitue une ({ $outcome }) ; indiquer le traité ou l'autre base invoquée (dans le dossier : request.treaty_in_force et request.treaty_name, ou [[other_bases]])
gap-confiscation-measure = l'objet de la demande : une décision de l'État requis, l'exécution de la décision de l'État requérant, ou l'identification, la localisation et le gel (dans le dossier : request.confiscation_measure)
gap-property = une description des biens à confisquer et du lieu où ils se trouvent (dans le dossier : [[draft.property]])
gap-order = la décision de confiscation : juridiction qui l'a rendue, date et numéro, avec une copie légalement admissible (dans le dossier : [draft.order])
gap-order-extent = la mesure dans laquelle l'exécution de la décision est demandée (dans le dossier : draft.order.extent)
gap-actions = une description des mesures demandées (dans le dossier : draft.assistance)

## Le contrôle d'exhaustivité en ligne de commande.
draft-check-heading = Le projet est incomplet : { $n ->
    [one] il manque { $n } élément
   *[other] il manque { $n } éléments
}.
draft-check-item = { $what } ({ $cite })
draft-check-advice = Fournissez-les dans la table [draft] du dossier, ou ajoutez --allow-incomplete pour rédiger le projet en y signalant les lacunes.
draft-check-advisory = Recommandé (non obligatoire) : { $what } ({ $cite })
draft-written = Projet enregistré dans { $path }.
draft-language-needed = Aucune notification de l'État { $state } au titre de l'art. 18, par. 14, désignant l'une des six langues officielles de l'Organisation des Nations Unies ne figure dans les données : choisissez la langue du projet avec --lang.
draft-kind-unsupported = Palermo rédige des demandes d'entraide judiciaire, d'extradition et de coopération aux fins de confiscation ; ce dossier porte sur une autre forme de coopération : { $kind }.

## The addressee when the case names none.
draft-to-central-authority-of = L'autorité centrale de l'État { $state } désignée en application du paragraphe 13 de l'article 18

## Language names, by ISO 639-1 code.
draft-lang-ar = arabe
draft-lang-en = anglais
draft-lang-es = espagnol
draft-lang-fr = français
draft-lang-ru = russe
draft-lang-zh = chinois
draft-lang-hi = hindi
draft-lang-lt = lituanien
draft-lang-lv = letton
draft-lang-mk = macédonien
draft-lang-sl = slovène
draft-lang-uk = ukrainien
draft-no-kind = Le dossier n'indique pas ce qui est demandé : indiquez request.kind (mutual_legal_assistance, extradition ou confiscation).
draft-states-missing = Le dossier ne désigne pas les deux États : indiquez request.requesting_state et request.requested_state.

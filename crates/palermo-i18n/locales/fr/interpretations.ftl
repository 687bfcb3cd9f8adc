# Les interprétations documentées (docs/legal-method.md), chacune par le titre de son entrée :
# interp-<ancre>. Affichées dans la liste des interprétations de la note et dans la mise en garde
# de la réponse ; l'ancre, un identifiant, est affichée à côté du titre.

caveat-interpretation-item = « { $title } » ({ $anchor })

interp-art13-6-deeming = L'art. 13(6) est une règle d'assimilation
interp-benefit = L'avantage financier ou autre avantage matériel, entendu largement (art. 2(a))
interp-cooperation-within-scope = Les enquêtes conjointes s'inscrivent dans le champ d'application de la Convention (art. 19)
interp-death-penalty = La peine de mort comme peine plus lourde (art. 2(b))
interp-dispute-opt-out-record = L'absence de réserve consignée vaut absence de réserve, pour les États liés avant la date des données (art. 35(3))
interp-dual-criminality = La double incrimination s'apprécie au regard du comportement (art. 16(1))
interp-enforcement-and-prosecution = Demande d'exécution d'une peine : l'art. 16(12) d'abord, l'art. 16(10) pour les personnes non encore jugées
interp-eu-mutual-recognition = Entre États membres de l'Union européenne, le mandat d'arrêt européen et la décision d'enquête européenne
interp-fine-only = Une amende seule ne fait pas une infraction grave (art. 2(b))
interp-involves-group = Quand une infraction implique un groupe criminel organisé (art. 3(1))
interp-offence-law = Le droit de quel État décide si le comportement est une infraction visée par la Convention (art. 5, 6 et 8)
interp-other-instruments-data = Les autres instruments figurant dans les données de référence : quand ils lient les États et ce qu'ils couvrent
interp-party-without-deposit-date = Un État enregistré comme Partie sans date de dépôt est lié 30 jours après la date des données
interp-preferred-instrument = L'instrument qu'un praticien utiliserait normalement
interp-reciprocity-like-case = La réciprocité face à une déclaration partielle (art. 16(5)(a))
interp-serious-crime-law = Le droit de quel État décide si l'infraction est une infraction grave (art. 3(1)(b))
interp-smuggling-benefit = L'aide apportée pour des raisons humanitaires ou à des proches n'est pas un trafic illicite (Protocole MIG art. 3(a) et 6)
interp-succession = La succession d'États à la Convention
interp-temporal-application = Le comportement antérieur à l'entrée en vigueur
interp-territorial-jurisdiction = La compétence de l'État requérant en matière de confiscation (art. 13(1))
interp-untoc-entry-into-force-later-of = Entrée en vigueur : la plus tardive des deux dates, dépôt plus 30 jours ou 29 septembre 2003

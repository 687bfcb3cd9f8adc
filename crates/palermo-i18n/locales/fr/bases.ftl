# Bases légales concurrentes (bases.rs) : autres instruments dont le dossier indique qu'ils peuvent lier les deux États, examinés parallèlement à la Convention.

## Un instrument indiqué sans nom propre.
bases-name-bilateral = le traité bilatéral
bases-name-regional = la convention régionale
bases-name-uncac = la Convention des Nations Unies contre la corruption
bases-name-drugs = la Convention de 1988
bases-name-budapest = la Convention de Budapest
bases-name-reciprocity = la réciprocité
bases-name-other = l'autre instrument
# Une autre base légale que nomme le dossier, selon son type ; $name : son titre, tel que le dossier l'écrit.
bases-named-bilateral = le traité bilatéral « { $name } »
bases-named-regional = la convention régionale « { $name } »
bases-named-other = l'instrument « { $name } »

## Ce qu'offre en général chaque type d'instrument.
bases-offers-bilateral = une coopération selon les conditions et les motifs de refus propres au traité
bases-offers-regional = une coopération entre ses parties selon ses propres conditions
bases-offers-uncac = l'extradition (CNUCC, art. 44) et l'entraide judiciaire (CNUCC, art. 46) pour les infractions de corruption qu'elle établit
bases-offers-drugs = l'extradition (Convention de 1988, art. 6) et l'entraide judiciaire (son art. 7) pour les infractions de trafic de drogues visées à son art. 3(1)
bases-offers-budapest = l'extradition (Convention de Budapest, art. 24) et l'entraide (ses art. 25 à 34), y compris la conservation rapide de données, pour les infractions informatiques et la preuve électronique
bases-offers-reciprocity = une coopération au titre de la courtoisie internationale, lorsque le droit des deux États la permet sans traité
bases-offers-other = une coopération selon ses propres conditions

## Le type de coopération demandé.
bases-kind-extradition = l'extradition
bases-kind-mla = l'entraide judiciaire
bases-kind-confiscation = la confiscation
bases-kind-transfer-sentenced = le transfèrement des personnes condamnées
bases-kind-transfer-proceedings = le transfert des procédures pénales
bases-kind-joint-investigation = les enquêtes conjointes
bases-kind-special-techniques = les techniques d'enquête spéciales
bases-kind-law-enforcement = la coopération entre les services de détection et de répression

## Chaque autre instrument.
bases-other-yes = La présente demande peut aussi se fonder sur { $name } : cette base légale lie les deux États et s'applique à l'infraction ; elle offre { $offers }
bases-other-not-in-force = Selon le dossier, { $name } ne lie pas les deux États
bases-other-kind = Selon le dossier, { $name } ne prévoit pas { $kind }
bases-other-offence = Selon le dossier, { $name } ne s'applique pas à la présente infraction
bases-other-open = La question de savoir si { $name } peut servir en l'espèce n'est pas tranchée ; cette base légale offrirait { $offers }

## Ce qui s'applique encore de la Convention lorsqu'un autre traité régit la coopération.
bases-on-top-extradition = Lorsqu'un autre traité d'extradition lie les États, les infractions auxquelles s'applique l'art. 16 sont réputées incluses dans ce traité en tant qu'infractions dont l'auteur peut être extradé (art. 16(3)), et les règles de la Convention relatives aux questions fiscales, à la discrimination et à la consultation continuent de s'appliquer
bases-on-top-mla = Les obligations découlant d'un autre traité ne sont pas affectées (art. 18(6)) ; lorsque ce traité régit la procédure (18(7)), l'obligation d'entraide prévue par la Convention (18(1)) et l'interdiction de refuser l'entraide en invoquant le secret bancaire (18(8)) continuent de s'appliquer
bases-on-top-confiscation = L'art. 18 s'applique mutatis mutandis aux demandes de confiscation (art. 13(3)) : les obligations découlant d'un autre traité ne sont pas affectées (18(6)), l'État Partie requis agit conformément à son droit interne ou à un traité qui le lie (13(4)), et un État qui subordonne ces mesures à l'existence d'un traité considère la Convention comme une base conventionnelle suffisante (13(6))
bases-on-top-other = Les dispositions de la Convention s'appliquent parallèlement à l'autre instrument ; chaque demande peut se fonder sur l'un ou l'autre

## La Convention est-elle la seule base légale ?
bases-only-yes = Parmi les bases légales indiquées dans le dossier, la Convention est la seule qui permette de donner suite à la présente demande
bases-only-others = D'autres bases légales permettent aussi de donner suite à la présente demande : { $names }
bases-only-none = Ni la Convention ni les autres bases légales indiquées ne permettent de donner suite à la présente demande
bases-only-open = La question de savoir si la Convention est la seule base légale dépend de faits non indiqués concernant les autres instruments

## Instruments que les données enregistrent entre les deux États (bases_data.rs).
bases-name-ece = la Convention européenne d'extradition (1957)
bases-name-ecma = la Convention européenne d'entraide judiciaire en matière pénale (1959)
bases-name-eu = le droit de l'Union européenne entre États membres
bases-offers-ece = l'extradition entre ses parties pour les infractions punies par les deux lois d'une peine privative de liberté d'au moins un an (CEE, art. 2)
bases-offers-ecma = l'entraide judiciaire en matière pénale la plus large possible entre ses parties (CEEJ, art. 1)
bases-offers-eu = la remise et l'obtention de preuves par la reconnaissance mutuelle des décisions judiciaires
bases-data-yes = Selon les données, { $name } lie { $a } (depuis le { $a_from }) et { $b } (depuis le { $b_from }) et s'applique à la présente demande ; elle offre { $offers }
bases-data-maybe = Selon les données, { $name } lie les deux États ; son application à la présente demande dépend de la question de savoir { $condition }
bases-data-not-bound = Selon les données, { $name } ne lie pas { $state } à cette date : { $reason }
bases-data-unknown = Les données ne permettent pas de savoir si { $name } lie { $state } à cette date : { $reason }
bases-data-eu-eaw = Les deux États sont membres de l'Union européenne ({ $a } depuis le { $a_from }, { $b } depuis le { $b_from }) : entre eux, le mandat d'arrêt européen (décision-cadre 2002/584/JAI) remplace l'extradition ; un praticien émettrait donc un mandat d'arrêt européen plutôt qu'une demande d'extradition
bases-data-eu-eio = Les deux États sont membres de l'Union européenne ({ $a } depuis le { $a_from }, { $b } depuis le { $b_from }) : entre eux, la décision d'enquête européenne (directive 2014/41/UE) remplace l'essentiel de l'entraide judiciaire ; un praticien émettrait donc une décision d'enquête européenne plutôt qu'une demande d'entraide
bases-data-eu-before = Les deux États sont membres de l'Union européenne, mais à cette date { $tool } ne s'appliquait pas encore entre eux (à partir du { $date })
bases-data-eu-eio-not-bound = Les deux États sont membres de l'Union européenne, mais la décision d'enquête européenne ne lie pas { $state } (le Danemark et l'Irlande ne participent pas à la directive 2014/41/UE) : les traités d'entraide s'appliquent
bases-data-eu-not-member = Selon les données, { $state } n'est pas membre de l'Union européenne à cette date : { $reason }
bases-data-eu-unknown = Les données ne permettent pas de savoir si { $state } est membre de l'Union européenne à cette date : { $reason }
bases-tool-eaw = le mandat d'arrêt européen
bases-tool-eio = la décision d'enquête européenne
bases-cond-uncac = si le comportement, ou l'infraction dont proviennent les produits blanchis, est une infraction de corruption établie conformément à la CNUCC
bases-cond-drugs = si les produits blanchis proviennent d'une infraction de trafic de drogues visée à l'art. 3(1)(a) de la Convention de 1988
bases-cond-electronic = si l'infraction est liée à des systèmes ou à des données informatiques, ou si la demande vise des preuves sous forme électronique (Convention de Budapest, art. 25(1))
bases-cond-threshold = si l'infraction est punie par les deux lois d'une peine privative de liberté d'au moins un an (CEE, art. 2(1))
bases-reason-not-yet = elle entre en vigueur à l'égard de cet État le { $date }
bases-reason-not-listed = la liste des parties au { $list } ne le mentionne pas
bases-reason-signatory = il l'avait signée sans avoir consenti à être lié au { $list }
bases-reason-withdrew = il s'est retiré ; son dernier jour de participation était le { $date }
bases-reason-after-list = la liste consultée reflète la situation au { $list }, et un consentement ultérieur n'y figurerait pas
bases-reason-partial = la liste consultée est partielle et ne le mentionne pas
bases-reason-eif-unrecorded = il a consenti le { $date }, mais la source consultée ne donne pas la date d'entrée en vigueur
bases-preferred = Un praticien utiliserait normalement { $name } pour la présente demande : { $why }
bases-why-eu = entre États membres, la reconnaissance mutuelle remplace l'extradition et l'essentiel des demandes d'entraide
bases-why-regional = la convention régionale qui lie les deux États régit ce type de demandes entre eux, et les dispositions de la Convention s'appliquent parallèlement
bases-why-specific = c'est la convention conçue pour ce type d'infraction, en vigueur entre les deux États

# Ce que teste chaque constatation de art18.rs : les descriptions qu'affiche `palermo explain`
# (FindingSpec.description dans crates/palermo-rules/src/art18.rs), dans l'ordre du raisonnement.

spec-art18-1-first-limb = Première branche de l'art. 18 : une infraction visée par la Convention.
spec-art18-1-reasonable-suspicion-transnational = L'État requérant a-t-il des motifs raisonnables de soupçonner que l'infraction est de nature transnationale (y compris lorsque des victimes, des témoins, le produit, les instruments ou des éléments de preuve se trouvent dans l'État requis) ?
spec-art18-1-reasonable-suspicion-ocg = L'État requérant a-t-il des motifs raisonnables de soupçonner qu'un groupe criminel organisé y est impliqué ?
spec-art18-1-second-limb = Deuxième branche de l'art. 18 : une infraction visée à l'art. 3(1)(a) ou (b), et des motifs raisonnables, pour l'État requérant, de soupçonner sa nature transnationale et l'implication d'un groupe.
spec-art18-2-legal-persons = Procédure relative à une infraction dont une personne morale peut être tenue responsable dans l'État requérant, conformément à l'art. 10.
spec-art18-1-applies = L'art. 18 s'applique-t-il : première branche, deuxième branche ou art. 18(2) ?
spec-art18-legal-basis = La Convention peut-elle servir de base légale à cette demande d'entraide judiciaire : en vigueur entre les États, et l'art. 18 s'applique ?
spec-art18-3-purposes = L'entraide demandée relève-t-elle des fins énumérées à l'art. 18(3)(a)-(h), ou (i) d'une autre assistance non contraire au droit de l'État requis ?
spec-art18-4-spontaneous-information = Des informations peuvent être communiquées sans demande préalable ; l'État destinataire en respecte le caractère confidentiel (18(5)).
spec-art18-7-paragraphs-9-29 = Les paragraphes 9 à 29 régissent-ils la demande (aucun traité d'entraide judiciaire, ou les États sont convenus de les appliquer) ?
spec-art18-7-treaty-governs = Un traité d'entraide judiciaire régit la procédure à la place des paragraphes 9 à 29.
spec-art18-8-bank-secrecy = L'entraide ne peut être refusée au motif du secret bancaire, même en vertu d'un traité.
spec-art18-9-may-decline-without-dual-criminality = Dans le cadre des paragraphes 9 à 29 : l'État requis peut-il refuser pour absence de double incrimination (motif facultatif) ?
spec-art18-10-transfer-of-detained-persons = Transfèrement temporaire d'une personne détenue aux fins de témoignage, avec son consentement et l'accord des États (18(10)-(12)).
spec-art18-13-central-authority = L'autorité centrale de l'État requis figure-t-elle dans les données ?
spec-art18-14-language = Les langues acceptables pour l'État requis figurent-elles dans les données ?
spec-art18-15-contents = Ce que la demande doit contenir (18(15)(a)-(f)) ; des informations complémentaires peuvent être demandées (18(16)).
spec-art18-17-applicable-law = Exécution conformément au droit de l'État requis et, dans la mesure du possible, selon les procédures spécifiées dans la demande.
spec-art18-18-videoconference = Audition par vidéoconférence (facultatif).
spec-art18-19-use-limitation = L'État requérant ne peut utiliser les éléments obtenus pour d'autres procédures sans consentement (exception pour les éléments à décharge).
spec-art18-20-confidentiality = Confidentialité de la demande.
spec-art18-21-refusal-grounds = Les quatre motifs de refus du « mini-traité » ; (c) et (d) sont des questions relevant du droit de l'État requis, pour des motifs autres que le secret bancaire (18(8)) et les questions fiscales (18(22)) : un obstacle fondé sur ceux-ci constitue un conflit.
spec-art18-22-fiscal-not-sole-ground = Le refus ne peut se fonder sur le seul motif que l'infraction touche aussi à des questions fiscales.
spec-art18-23-reasons-for-refusal = Tout refus doit être motivé.
spec-art18-24-timeliness = Exécuter la demande aussi promptement que possible ; répondre aux demandes de renseignements sur l'état d'avancement.
spec-art18-25-postponement = Report de l'entraide au motif qu'elle entraverait une procédure en cours (facultatif).
spec-art18-26-consult-before-refusal = Consulter avant de refuser ou de différer l'entraide, sur une entraide assortie de conditions.
spec-art18-27-safe-conduct = Sauf-conduit des témoins et experts ; il cesse après quinze jours consécutifs pendant lesquels la personne a eu la possibilité de quitter le territoire.
spec-art18-28-costs = Les frais ordinaires sont à la charge de l'État requis ; les frais extraordinaires font l'objet de consultations.
spec-art18-29-government-records = Les dossiers administratifs accessibles au public doivent être fournis ; ceux qui ne le sont pas peuvent l'être.
spec-art18-30-agreements = Envisager de conclure des accords qui servent les objectifs de l'art. 18 ou en renforcent les dispositions (présenté lorsque la Convention n'offre aucune base).

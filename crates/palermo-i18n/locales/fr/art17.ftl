# CTO, art. 17 (transfert des personnes condamnées) : messages des constatations.

art17-agreements = Les États peuvent envisager de conclure des accords relatifs au transfert de personnes condamnées pour des infractions visées par la Convention, afin qu'elles purgent leur peine dans leur pays
art17-legal-basis-no = Non : l'art. 17 ne fait qu'inviter à conclure des accords ; la Convention n'est pas une base légale pour le transfert d'une personne condamnée ; { $basis } (à ne pas confondre avec l'art. 18(10), transfert temporaire aux fins de témoignage, ni avec l'art. 16(11)-(12))
art17-basis-named = la base est l'accord « { $name } »
art17-basis-agreement = la base est l'accord de transfert qui lie les deux États
art17-basis-none = aucun accord de transfert ne lie les deux États : seul leur droit interne (ou un accord futur) peut fournir une base
art17-basis-unknown = la base serait un accord de transfert entre les deux États, ou leur droit interne

# Protocole relatif à la traite des personnes (Protocole TP), art. 3 et 5 : l'acte, les moyens, le but, le consentement et l'infraction.

## Protocole TP art. 3(a) : l'acte.
tip-act-yes = Recrutement, transport, transfert, hébergement ou accueil d'une personne
tip-act-no = Aucun des actes énumérés à l'art. 3(a) du Protocole TP
tip-act-missing = Les actes accomplis (recrutement, transport, transfert, hébergement, accueil) ne sont pas indiqués

## Protocole TP art. 3(a), (c) : les moyens, ou une victime enfant (`age` : l'âge de la victime en années).
tip-means-child = La victime était un enfant ({ $age ->
    [one] { $age } an
   *[other] { $age } ans
}) : aucun moyen n'est requis (Protocole TP art. 3(c)-(d))
tip-means-yes = Un des moyens énumérés à l'art. 3(a) du Protocole TP a été employé (force, contrainte, enlèvement, fraude, tromperie, abus d'autorité ou d'une situation de vulnérabilité, ou paiements)
tip-means-no = La victime était adulte et aucun des moyens énumérés à l'art. 3(a) du Protocole TP n'a été employé
tip-means-none-age-missing = Aucun moyen n'a été employé ; il n'est pas indiqué si la victime avait moins de dix-huit ans (auquel cas aucun moyen n'est requis)
tip-means-missing = Il n'est pas indiqué si un moyen a été employé, ni si la victime était un enfant

## Protocole TP art. 3(a) : le but.
tip-purpose-yes = Aux fins d'exploitation (exploitation sexuelle, travail forcé, esclavage, servitude, prélèvement d'organes ou autre)
tip-purpose-no = Aucune fin d'exploitation
tip-purpose-missing = Le but (l'exploitation) n'est pas indiqué

## Protocole TP art. 3(b) : le consentement.
tip-consent-irrelevant = Le consentement de la victime à l'exploitation est indifférent : un moyen a été employé, ou la victime était un enfant
tip-consent-given = La victime a consenti ; ce consentement n'est indifférent que si un moyen a été employé (Protocole TP art. 3(b)) ou si la victime était un enfant

## Protocole TP art. 5 : l'infraction.
tip-offence-yes = Traite des personnes : acte, moyen (ou victime enfant) et but, commis intentionnellement (Protocole TP art. 3 et 5)
tip-offence-not-intentional = Pas de traite des personnes : le comportement n'était pas intentionnel
tip-offence-element-absent = Pas de traite des personnes : un élément de l'art. 3(a) du Protocole TP fait défaut
tip-offence-undetermined = La question de savoir si le comportement constitue une traite des personnes n'est pas tranchée : un élément n'est pas indiqué

# Protocole relatif aux armes à feu (Protocole AF), art. 3 et 5 : l'infraction de l'art. 5(1).

firearms-offence-yes = Fabrication ou trafic illicites d'armes à feu, de leurs pièces, éléments et munitions, ou altération de leurs marques, commis intentionnellement (Protocole AF art. 3 et 5)
firearms-offence-no = Pas une infraction visée à l'art. 5(1) du Protocole AF
firearms-offence-undetermined = La question de savoir si le comportement constitue une infraction visée à l'art. 5(1) du Protocole AF n'est pas tranchée : un élément n'est pas indiqué

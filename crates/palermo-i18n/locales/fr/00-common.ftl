# Mots communs : citations, oui/non. Voir docs/translations.md.
cite-untoc = CTO
cite-tip = Protocole TP
cite-som = Protocole MIG
cite-firearms = Protocole AF
cite-art = art.
cite-arts = art.
word-yes = oui
word-no = non

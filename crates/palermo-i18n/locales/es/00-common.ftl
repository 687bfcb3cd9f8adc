# Palabras comunes: citas, sí/no. Véase docs/translations.md.
cite-untoc = CDOT
cite-tip = Protocolo TP
cite-som = Protocolo TIM
cite-firearms = Protocolo AF
cite-art = art.
cite-arts = arts.
word-yes = sí
word-no = no

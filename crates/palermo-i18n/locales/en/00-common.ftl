# Words every part of Palermo uses: citations, yes/no, outcomes, strengths.
# Legal terms follow the authentic English text of the Convention.

## Citations: the instrument's short name and the word for "article".
cite-untoc = UNTOC
cite-tip = TIP
cite-som = SOM
cite-firearms = FP
cite-art = art.
cite-arts = arts.

word-yes = yes
word-no = no

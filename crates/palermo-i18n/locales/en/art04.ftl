# UNTOC art. 4, protection of sovereignty: action on the requested State's territory (4(2)).

# `what`: the action, worded by the calling rule as the subject of the sentence ("A joint investigation acts").
art04-sovereignty = { $what } on the territory of the requested State ({ $requested }) only with its consent and within its law: the Convention authorises no State to exercise there functions reserved to that State's authorities

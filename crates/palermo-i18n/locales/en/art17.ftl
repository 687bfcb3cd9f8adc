# UNTOC art. 17 (transfer of sentenced persons): the findings' messages.

art17-agreements = States may consider agreements on transferring persons sentenced for covered offences to serve their sentence at home
# $basis: one of the art17-basis-* messages.
art17-legal-basis-no = No: art. 17 only invites agreements; the Convention is not a legal basis for transferring a sentenced person; { $basis } (not to be confused with art. 18(10), temporary transfer to give evidence, or art. 16(11)-(12))
# $name: the treaty named in the case.
art17-basis-named = the basis is { $name }
art17-basis-agreement = the basis is the transfer agreement that binds the two States
art17-basis-none = no transfer agreement binds the two States: only their domestic law (or a future agreement) can provide one
art17-basis-unknown = a transfer agreement between the two States, or their domestic law, would be the basis

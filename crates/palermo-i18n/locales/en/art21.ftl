# UNTOC art. 21 (transfer of criminal proceedings) and the consultation of
# art. 15(5): the findings' messages.

# $states: the States investigating or prosecuting the same conduct.
art21-consultation = { $states } investigate or prosecute the same conduct: their authorities consult, as appropriate, to coordinate; transferring the proceedings to one of them (art. 21) is the natural next step
art21-consultation-one-state = Only one State investigates the conduct: no coordination under art. 15(5) is called for
art21-cannot-transfer = { $state } cannot transfer proceedings under its law (stated in the case)
art21-cannot-take-over = { $state } cannot take over proceedings under its law (stated in the case)
art21-procedure-yes = { $requesting } can transfer and { $requested } can take over proceedings under their laws (stated in the case)
art21-procedure-open = The Convention gives no procedure: whether { $requesting } can transfer and { $requested } can take over proceedings is for their laws (and any treaty)
art21-legal-basis-yes = Yes, as a duty to consider: { $requesting } and { $requested } shall consider transferring the proceedings for this covered offence where it serves the proper administration of justice; the transfer itself needs a basis in their laws
art21-legal-basis-not-in-force = No: the Convention is not in force between the two States
art21-legal-basis-not-covered = No: art. 21 concerns offences covered by the Convention, and this one is not
art21-legal-basis-open = Undetermined: whether the Convention reaches these proceedings is not settled

# Settlement of disputes (art35.rs): compulsory arbitration and the ICJ between the two States (UNTOC art. 35; TIP art. 15, SOM art. 20, FP art. 16).
art35-not-in-force = No: { $instrument } is not in force between the two States, so { $article } does not bind them to each other
art35-opted-out = No: { $states } opted out of { $para2 } ({ $para3 }); the opt-out works both ways, so neither State can take a dispute with the other about { $instrument } to arbitration or the ICJ alone. Negotiation ({ $para1 }) remains, and any referral needs both to agree. A later withdrawal ({ $para4 }) would change this
art35-unknown = Undetermined: whether { $states } opted out of { $para2 } is not on record (it joined after the record's date, or the record has no date)
art35-yes = Yes: neither { $requesting } nor { $requested } opted out ({ $para3 }). A dispute about { $instrument } not settled by negotiation within a reasonable time goes to arbitration at either's request, and to the ICJ if they cannot agree on the arbitration within six months
art35-open = Undetermined: whether { $instrument } binds the two States to each other is not settled

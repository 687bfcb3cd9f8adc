# `palermo explain` (crates/palermo-cli/src/cmd_explain.rs) : titres et libellés
# autour des descriptions des constatations (spec-*.ftl) et des questions.

explain-heading-findings = Constatations que produit le moteur (avec [[offences]], les identifiants propres à une infraction portent #n) :
explain-heading-questions = Questions de droit interne (réponse dans une affaire sous [domestic_law.<ISO3>]) :
explain-provision-heading = { $provision } :
explain-asked-of-requested = posée à l'État requis
explain-asked-of-requesting = posée à l'État requérant
explain-asked-of-offence-law = posée à l'État dont le droit qualifie l'infraction (voir --serious-crime-law)
explain-cited-asked-of = { $citation } ; { $asked_of }
explain-true-means = true signifie : { $meaning }
explain-not-encoded = non codé
explain-no-finding = Aucune constatation de cette version n'examine { $provision } ; `palermo explain` énumère celles qui existent.
explain-paragraphs-not-checked = (Les paragraphes de { $article } ne sont pas codés ; l'existence d'un paragraphe { $n } n'est donc pas vérifiée.)
explain-no-such-paragraph = { $provision } n'existe pas : { $article } compte { $count } paragraphes
explain-no-numbered-paragraphs = { $provision } n'existe pas : { $article } n'a pas de paragraphes numérotés (pas de paragraphe { $n })
explain-unknown = `{ $what }` n'est ni un identifiant de constatation, ni un préfixe d'identifiant, ni une question de droit interne, ni une disposition (essayer `art16.4.convention_as_basis`, `art16`, `16(5)(a)` ou `questions`)

# Art. 13 (coopération internationale aux fins de confiscation) : les constatations et la réponse.

## 13(1) : la compétence de l'État requérant
art13-jurisdiction-territory = L'infraction a été commise sur le territoire de l'État requérant, { $requesting }, qui a donc compétence à son égard (art. 15(1)(a))
art13-jurisdiction-stated-yes = L'État requérant, { $requesting }, a compétence à l'égard de l'infraction (selon le dossier)
art13-jurisdiction-stated-no = L'État requérant, { $requesting }, n'a pas compétence à l'égard de l'infraction (selon le dossier)
art13-jurisdiction-place-missing = Le lieu où l'infraction a été commise n'est pas indiqué ; si ce n'est pas le territoire de l'État requérant, { $requesting }, c'est son propre droit qui détermine s'il a compétence
art13-jurisdiction-depends = L'infraction n'a pas été commise sur le territoire de l'État requérant, { $requesting } : c'est son droit qui détermine s'il a compétence (par exemple à l'égard de ses ressortissants à l'étranger, art. 15(2))

## 13(1)-(2) : les biens situés dans l'État requis
art13-property-yes = Le produit du crime, les biens ou les instruments se trouvent sur le territoire de l'État requis, { $requested }
art13-property-no = Aucun bien à confisquer ne se trouve sur le territoire de l'État requis, { $requested } : l'art. 13 vise les biens situés sur le territoire de l'État requis
art13-property-missing = Il n'est pas indiqué si le produit du crime, les biens ou les instruments se trouvent sur le territoire de l'État requis, { $requested }

## 13(1)(a), 13(1)(b), 13(2) : la mesure demandée
art13-measure-domestic-order = L'État requis, { $requested }, transmet la demande à ses autorités compétentes en vue de faire prononcer une décision de confiscation et, si celle-ci intervient, de la faire exécuter, dans toute la mesure possible dans le cadre de son système juridique
art13-measure-give-effect-yes = L'État requis, { $requested }, transmet à ses autorités compétentes la décision de confiscation de l'État requérant en vue de la faire exécuter, dans toute la mesure possible dans le cadre de son système juridique ; son droit le permet (selon le dossier)
art13-measure-give-effect-no = Le droit de l'État requis, { $requested }, ne permet pas l'exécution des décisions étrangères (selon le dossier) : il procède en faisant prononcer sa propre décision (art. 13(1)(a)) ; l'obligation demeure
art13-measure-give-effect-depends = L'État requis, { $requested }, transmet la décision à ses autorités compétentes en vue de la faire exécuter, ou fait prononcer sa propre décision (13(1)(a)), selon ce que prévoit son système juridique
art13-measure-freeze = L'État requis, { $requested }, prend des mesures pour identifier, localiser et geler ou saisir les biens en vue d'une confiscation ultérieure, conformément à son droit interne (art. 13(4))
art13-measure-missing = L'objet de la demande (une décision de l'État requis, l'exécution de la décision de l'État requérant, ou l'identification, la localisation et le gel) n'est pas indiqué ; l'obligation la moins contraignante est retenue

## La réponse : la Convention est-elle une base juridique de la coopération aux fins de confiscation ?
art13-strength-mandatory = obligation impérative
art13-strength-mandatory-qualified = obligation dans les limites du droit interne
art13-basis-yes = Oui : l'État requis, { $requested }, doit donner suite à la demande ({ $strength }) ; le secret bancaire ne peut être invoqué pour refuser, et l'art. 18 s'applique à la procédure (art. 13(3))
art13-basis-not-in-force = Non : la Convention n'est pas en vigueur entre les deux États
art13-basis-not-covered = Non : l'infraction n'est pas visée par la présente Convention, et l'État requis, { $requested }, peut refuser pour ce motif (art. 13(7)) ; il n'existe pas de second volet plus large comme pour l'extradition ou l'entraide judiciaire
art13-basis-no-property = Non : aucun bien à confisquer ne se trouve dans l'État requis
art13-basis-no-jurisdiction = Non : l'État requérant n'a pas compétence à l'égard de l'infraction
art13-basis-undetermined = Indéterminé : { $n ->
    [one] { $n } fait manquant
   *[other] { $n } faits manquants
}

## 13(6) : la Convention comme base conventionnelle
art13-treaty-in-force = Un traité lie les deux États : l'art. 13(6) n'est pas nécessaire
art13-treaty-declared = L'État requis, { $requested }, a déclaré au titre de l'art. 13(6) que la Convention constitue la base conventionnelle de la coopération aux fins de confiscation, aux conditions énoncées dans sa déclaration (voir la source) : dans ces limites, l'absence d'un autre traité ne fait pas obstacle
art13-treaty-required = L'État requis, { $requested }, subordonne la coopération aux fins de confiscation à l'existence d'un traité, et la Convention est ce traité : elle constitue la base conventionnelle nécessaire et suffisante (art. 13(6) ; selon le dossier)
art13-treaty-not-required = L'État requis, { $requested }, ne subordonne pas la coopération aux fins de confiscation à l'existence d'un traité : l'art. 13(6) n'entre pas en jeu
art13-treaty-either = Que l'État requis, { $requested }, subordonne ou non la coopération à l'existence d'un traité, l'absence de traité ne fait pas obstacle : pour un État qui l'exige, la Convention constitue la base conventionnelle nécessaire et suffisante (art. 13(6))

## 18(9), appliqué par l'art. 13(3) : la double incrimination
art13-dual-criminality-absent = Le comportement ne constitue pas une infraction dans l'État requis, { $requested } : celui-ci peut refuser la demande de confiscation pour absence de double incrimination (art. 18(9), appliqué par l'art. 13(3)), mais il peut néanmoins prêter son concours
art13-dual-criminality-present = Le comportement constitue une infraction dans l'État requis, { $requested } : l'absence de double incrimination ne peut être invoquée pour refuser (art. 18(9), appliqué par l'art. 13(3))
art13-dual-criminality-missing = Il n'est pas indiqué si le comportement constitue une infraction dans l'État requis, { $requested } (dans la négative, celui-ci peut refuser : art. 18(9), appliqué par l'art. 13(3))

## Ce qui accompagne la demande
art13-agreements = Les États envisagent de conclure des accords pour renforcer l'efficacité de la coopération aux fins de confiscation
art13-contents-domestic-order = Outre les éléments visés à l'art. 18(15), la demande contient une description des biens à confisquer et un exposé des faits suffisant pour permettre à l'État requis de faire prononcer une décision en application de son droit interne (13(3)(a))
art13-contents-give-effect = Outre les éléments visés à l'art. 18(15), la demande contient une copie légalement admissible de la décision de confiscation, un exposé des faits et des informations sur la mesure dans laquelle il est demandé d'exécuter la décision (13(3)(b))
art13-contents-freeze = Outre les éléments visés à l'art. 18(15), la demande contient un exposé des faits et une description des mesures demandées (13(3)(c))
art13-contents-missing = Outre les éléments visés à l'art. 18(15), la demande contient ce que l'art. 13(3)(a), (b) ou (c) exige pour la mesure sollicitée
art13-mla-rules-apply = L'article 18 s'applique mutatis mutandis : autorité centrale, langue et forme, motifs de refus et consultation (lorsque les paragraphes 9 à 29 régissent la demande), motivation du refus, frais, restrictions à l'utilisation
art13-applicable-law = Les mesures sont décidées et exécutées conformément au droit interne et aux règles de procédure de l'État requis, { $requested }, ou à tout traité le liant à l'État requérant
art13-third-parties = Il n'est pas porté atteinte aux droits des tiers de bonne foi

## 13(1), 13(7) : une infraction visée
art13-covered-yes = Infraction visée par la présente Convention : l'art. 13 s'applique à son produit et à ses instruments
art13-covered-no = Infraction non visée par la présente Convention : l'État requis, { $requested }, peut refuser la coopération aux fins de confiscation (art. 13(7)) ; l'art. 13 n'a pas de second volet plus large
art13-covered-unsettled = La question de savoir si l'infraction est visée par la présente Convention n'est pas tranchée

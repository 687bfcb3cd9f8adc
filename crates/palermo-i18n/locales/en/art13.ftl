# Art. 13 (international cooperation for purposes of confiscation): the findings and the answer.

## 13(1): the requesting State's jurisdiction
art13-jurisdiction-territory = The offence was committed in { $requesting }, which has jurisdiction over it (art. 15(1)(a))
art13-jurisdiction-stated-yes = { $requesting } has jurisdiction over the offence (stated in the case)
art13-jurisdiction-stated-no = { $requesting } has no jurisdiction over the offence (stated in the case)
art13-jurisdiction-place-missing = Where the offence was committed is not given; if not in { $requesting }, its own law decides whether it has jurisdiction
art13-jurisdiction-depends = The offence was not committed in { $requesting }: whether it has jurisdiction (e.g. over its nationals abroad, art. 15(2)) is for its law

## 13(1)-(2): the property in the requested State
art13-property-yes = The proceeds, property or instrumentalities are situated in { $requested }
art13-property-no = Nothing to confiscate is situated in { $requested }: art. 13 concerns property in the requested State's territory
art13-property-missing = Whether the proceeds, property or instrumentalities are in { $requested } is not given

## 13(1)(a), 13(1)(b), 13(2): the measure asked
art13-measure-domestic-order = { $requested } submits the request to its authorities to obtain a confiscation order and, if granted, gives effect to it, to the greatest extent its legal system allows
art13-measure-give-effect-yes = { $requested } submits the requesting State's confiscation order to its authorities to give effect to it, to the greatest extent its legal system allows; its law allows this (stated in the case)
art13-measure-give-effect-no = The law of { $requested } does not give effect to foreign orders (stated in the case): it proceeds by seeking an order of its own (art. 13(1)(a)); the obligation stands
art13-measure-give-effect-depends = { $requested } submits the order to its authorities to give effect to it, or seeks its own order (13(1)(a)), as its legal system provides
art13-measure-freeze = { $requested } takes measures to identify, trace and freeze or seize the property for eventual confiscation, under its law (art. 13(4))
art13-measure-missing = What is asked (an order of the requested State, effect for the requesting State's order, or identifying, tracing and freezing) is not given; the weaker obligation is reported

## The answer: is the Convention a legal basis for confiscation cooperation?
art13-strength-mandatory = mandatory
art13-strength-mandatory-qualified = mandatory within the limits of domestic law
art13-basis-yes = Yes: { $requested } must act on the request ({ $strength }); bank secrecy is no ground to decline, and art. 18 applies to the procedure (art. 13(3))
art13-basis-not-in-force = No: the Convention is not in force between the two States
art13-basis-not-covered = No: the offence is not covered by the Convention, and { $requested } may refuse on that ground (art. 13(7)); there is no wider limb as for extradition or assistance
art13-basis-no-property = No: nothing to confiscate is in the requested State
art13-basis-no-jurisdiction = No: the requesting State has no jurisdiction over the offence
art13-basis-undetermined = Undetermined: { $n ->
    [one] { $n } fact missing
   *[other] { $n } facts missing
}

## 13(6): the Convention as the treaty basis
art13-treaty-in-force = A treaty binds the two States: art. 13(6) is not needed
art13-treaty-declared = { $requested } declared under art. 13(6) that the Convention is the treaty basis for confiscation cooperation, on the terms of its declaration (see source): within those terms, the lack of another treaty is no bar
art13-treaty-required = { $requested } requires a treaty for confiscation cooperation, and the Convention is that treaty: it is the necessary and sufficient treaty basis (art. 13(6); stated in the case)
art13-treaty-not-required = { $requested } needs no treaty for confiscation cooperation: art. 13(6) is not engaged
art13-treaty-either = Whether or not { $requested } requires a treaty, the lack of one is no bar: for a State that requires one, the Convention is the necessary and sufficient treaty basis (art. 13(6))

## 18(9), applied by 13(3): dual criminality
art13-dual-criminality-absent = The conduct is not an offence in { $requested }: it may decline the confiscation request for lack of dual criminality (art. 18(9), applied by art. 13(3)), though it may still assist
art13-dual-criminality-present = The conduct is an offence in { $requested }: lack of dual criminality is no ground to decline (art. 18(9), applied by art. 13(3))
art13-dual-criminality-missing = Whether the conduct is an offence in { $requested } is not given (if not, it may decline: art. 18(9), applied by art. 13(3))

## What attaches to the request
art13-agreements = The States are to consider agreements to enhance confiscation cooperation
art13-contents-domestic-order = Besides art. 18(15), the request describes the property and states facts enough for the requested State to seek an order under its law (13(3)(a))
art13-contents-give-effect = Besides art. 18(15), the request includes a legally admissible copy of the confiscation order, a statement of facts and how far execution is requested (13(3)(b))
art13-contents-freeze = Besides art. 18(15), the request states the facts and describes the actions requested (13(3)(c))
art13-contents-missing = Besides art. 18(15), the request carries what art. 13(3)(a), (b) or (c) requires for the measure sought
art13-mla-rules-apply = Article 18 applies mutatis mutandis: central authority, language and form, refusal grounds and consultation (where paragraphs 9-29 govern), reasons for refusal, costs, use limitation
art13-applicable-law = The measures are decided and carried out under the law and procedure of { $requested }, or a treaty binding it with the requesting State
art13-third-parties = The rights of bona fide third parties are not to be prejudiced

## 13(1), 13(7): a covered offence
art13-covered-yes = An offence covered by the Convention: art. 13 reaches its proceeds and instrumentalities
art13-covered-no = Not an offence covered by the Convention: { $requested } may refuse confiscation cooperation (art. 13(7)); art. 13 has no wider limb
art13-covered-unsettled = Whether the offence is covered by the Convention is not settled

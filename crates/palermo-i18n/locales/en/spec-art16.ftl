# What each finding of art16.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art16.rs), in reasoning order.

spec-art16-1-first-limb = Art. 16 first limb: an offence covered by the Convention.
spec-art16-1-second-limb = Art. 16 second limb: an art. 3(1)(a)/(b) offence involving an organized criminal group, with the person sought located in the requested State (no transnationality needed).
spec-art16-1-dual-criminality = Is the conduct punishable under the law of both States? A condition of both limbs (read as conduct-based; interpretation).
spec-art16-1-applies = Does art. 16 apply: first or second limb, with dual criminality?
spec-art16-2-separate-serious-crimes = For a request with several offences: may the requested State extend art. 16 to separate serious crimes the article does not reach (discretionary)?
spec-art16-3-deemed-included = Is an extradition treaty in force between the States? Then the offences art. 16 applies to are deemed extraditable offences in it.
spec-art16-5-a-notification = Did the requested State notify that it takes the Convention as the legal basis for extradition? Yes, no, or nothing on record (undetermined, never yes).
spec-art16-4-convention-as-basis = A treaty-requiring State with no extradition treaty with the requesting State may take the Convention as the legal basis (discretionary); not engaged when a treaty binds the two States (the route is then 16(3)).
spec-art16-6-recognised-as-extraditable = A State that needs no treaty (stated, or as its notification records) must recognise the offences as extraditable between the States, on the conditions of its law; not limited to States without a treaty.
spec-art16-legal-basis = Can the Convention be the legal basis for this extradition: in force between the States, art. 16 applies, and a route exists (16(3), 16(4) or 16(6))?
spec-art16-5-b-seek-treaties = A State that does not take the Convention as a basis is to seek extradition treaties.
spec-art16-7-domestic-conditions = Extradition is subject to the requested State's law and treaties: minimum penalty, refusal grounds, evidence. Domestic-law questions art16.7.*.
spec-art16-8-expedite = Endeavour to expedite procedures and simplify evidentiary requirements.
spec-art16-9-provisional-arrest = The requested State may, if urgent, take the person into custody on request (discretionary).
spec-art16-10-prosecute-if-not-extradited = If extradition is refused solely because the person is a national, the requested State must, at the requesting State's request, submit the case for prosecution; reported whenever art. 16 applies, whatever the legal basis; for a sentence-enforcement request, the route for a person not yet tried.
spec-art16-11-conditional-surrender = Surrender of a national on condition of return to serve the sentence discharges the 16(10) duty, if the law allows and both States agree.
spec-art16-12-enforce-foreign-sentence = If extradition to enforce a sentence is refused because of nationality, the requested State shall consider enforcing the sentence, if its law permits.
spec-art16-13-fair-treatment = Fair treatment at all stages of the proceedings.
spec-art16-14-discrimination-refusal = No obligation to extradite where the request aims at persecution on a listed ground (a permitted refusal).
spec-art16-15-fiscal-not-sole-ground = Refusal may not rest solely on the offence also involving fiscal matters.
spec-art16-16-consult-before-refusal = Consult the requesting State, where appropriate, before refusing.
spec-art16-17-seek-agreements = Seek agreements to carry out or enhance extradition (reported when the Convention gives no route).

# What each finding of art13.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art13.rs), in reasoning order.

spec-art13-1-covered-offence = Is the offence covered by the Convention? Confiscation cooperation reaches only covered offences; the requested State may refuse otherwise (13(7)). No wider limb as in arts. 16(1) and 18(1).
spec-art13-1-requesting-jurisdiction = Has the requesting State jurisdiction over the covered offence? Conduct on its territory gives it (art. 15(1)(a), interpretation); otherwise its law decides.
spec-art13-property-in-requested-state = Are the proceeds, property or instrumentalities situated in the requested State?
spec-art13-1-a-domestic-order = The requested State seeks a confiscation order under its own law and gives effect to it (to the greatest extent possible).
spec-art13-1-b-give-effect-to-order = The requested State gives effect to the requesting State's confiscation order (or proceeds under 13(1)(a), as its law provides).
spec-art13-2-identify-trace-freeze = The requested State identifies, traces and freezes or seizes the property for eventual confiscation (mandatory).
spec-art13-measure = Which art. 13 measure is asked (not given: the weaker obligation is reported).
spec-art13-6-treaty-basis = For a State requiring a treaty for confiscation cooperation, the Convention is the necessary and sufficient treaty basis (a deeming rule: mandatory, qualified by a 13(6) declaration's terms).
spec-art13-legal-basis = Can the Convention be the legal basis for this confiscation request: in force between the States, a covered offence, the requesting State's jurisdiction, property in the requested State?
spec-art13-3-contents = What a confiscation request must contain beyond art. 18(15), per measure (13(3)(a)-(c)).
spec-art13-3-mla-rules-apply = Article 18 applies mutatis mutandis to confiscation requests.
spec-art13-3-dual-criminality = Via art. 13(3), art. 18(9): may the requested State decline the confiscation request because the conduct is not an offence under its law?
spec-art13-3-fiscal-not-sole-ground = Via art. 13(3): refusal may not rest solely on fiscal matters.
spec-art13-4-applicable-law = Measures are decided and carried out under the requested State's law, or a treaty binding it.
spec-art13-8-third-parties = Rights of bona fide third parties are protected.
spec-art13-9-agreements = Consider agreements to enhance confiscation cooperation (reported when the Convention gives no basis).

# The paragraphs this module does not encode (NOT_ENCODED).
not-encoded-art13-5 = Each State furnishes to the Secretary-General copies of its laws and regulations giving effect to art. 13, and of any later changes: a reporting duty, with no decision in a case.

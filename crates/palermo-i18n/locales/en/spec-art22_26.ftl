# What each finding of art22_26.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art22_26.rs), in reasoning order.

spec-art22-previous-conviction = The case lists previous convictions abroad: the requesting State may take them into account in proceedings for a covered offence, on terms its law sets (a permission).
spec-art24-1-protection = A witness needs protection: the prosecuting State shall take appropriate measures within its means to protect witnesses (and victims who are witnesses, 24(4)) about a covered offence, without prejudice to the defendant's rights.
spec-art24-3-relocation-agreement = A witness needs relocating abroad: the two States shall consider an agreement or arrangement for the relocation (a duty to consider; no power to relocate comes from the Convention itself).
spec-art25-1-assistance-protection = The case names victims: the prosecuting State shall take appropriate measures within its means to assist and protect them, in particular against threats of retaliation or intimidation (mandatory, qualified by its means).
spec-art25-2-compensation-restitution = The prosecuting State shall have appropriate procedures giving the victims access to compensation and restitution (mandatory).
spec-art25-3-views-and-concerns = Subject to its domestic law, the prosecuting State shall enable the victims' views and concerns to be presented and considered at appropriate stages, without prejudice to the defence (mandatory, qualified by domestic law).
spec-art26-5-cooperation-agreement = A person who took part in the group is in one of the two States and can substantially help the other: the States may consider an agreement for the other to grant mitigation (26(2)) or immunity (26(3)); a 26(3) declaration on record is cited.

# The paragraphs this module does not encode (NOT_ENCODED).
not-encoded-art24-2 = The protection measures may include physical protection of witnesses (relocation, limits on disclosing their identity and whereabouts) and rules of evidence that let them testify safely (video links): for the prosecuting State's law; 24(1) and 24(3) are reported.
not-encoded-art26-1 = Each State takes appropriate measures to encourage persons who participate or participated in organized criminal groups to supply information and concrete help to the competent authorities: a State's own measures, not tested in a case.
not-encoded-art26-4 = Such persons are protected as art. 24 provides: no finding of its own; the art. 24 findings are reported when the case raises the protection of a witness.

# The answer a central authority acts on: headlines, route, risks, drafting
# checklist, treaty points and caveats (crates/palermo-rules/src/answer.rs).

state-requesting-unknown = the requesting State (not given)
state-requested-unknown = the requested State (not given)
treaty-unnamed = the treaty
# A treaty the case names, in a message that frames it itself ("the extradition
# treaty « … »" in French): English adds "the"; the other languages take the name alone.
treaty-title = the { $name }
# A treaty the case names, where "the treaty" would stand: treaty-named-with-the
# when the case's words already start with "the".
treaty-named = the { $name }
treaty-named-with-the = { $name }

kind-extradition = extradition
kind-mutual-legal-assistance = mutual legal assistance
kind-confiscation = confiscation cooperation
kind-transfer-of-sentenced-persons = the transfer of sentenced persons
kind-transfer-of-proceedings = the transfer of criminal proceedings
kind-joint-investigation = a joint investigation
kind-special-investigative-techniques = special investigative techniques
kind-law-enforcement-cooperation = law enforcement cooperation

outcome-yes = yes
outcome-no = no
outcome-undetermined = undetermined
outcome-depends = depends on domestic law
outcome-conflict = conflict in the facts

## Headlines: the answer in one sentence.
headline-undetermined = Not yet decided: { $n ->
    [one] one fact decides the answer
   *[other] { $n } facts decide the answer
}. First establish: { $first }
headline-undetermined-no-fact = Not yet decided: a fact the answer needs is missing.
headline-conflict = The facts given contradict each other: correct the case before relying on any answer.
headline-depends = It depends on the law of { $state }: { $question }
headline-depends-no-question = It depends on domestic law.
headline-covered-yes = Yes: the offence is covered by the Convention.
headline-covered-no = No: the offence is not covered by the Convention (“{ $reason }”).
headline-no = No: the Convention cannot be the legal basis for { $kind } between { $requesting } and { $requested }. { $n ->
    [one] The deciding finding
   *[other] The deciding findings
}: { $reasons }.
headline-no-itself = { $reason } ({ $citation }).
reason-with-citation = “{ $reason }” ({ $citation })
headline-yes = Yes: the Convention can be the legal basis ({ $citation }).
headline-extradition-convention = Yes: { $requesting } can ask { $requested } for extradition on the basis of the Convention ({ $citation }); { $requested } decides at its discretion.
headline-extradition-treaty = Yes: the extradition treaty in force between { $requesting } and { $requested } applies, and the Convention adds the offence to it ({ $citation }).
headline-extradition-own-law = Yes: { $requested } extradites under its own law, which must treat the offence as extraditable ({ $citation }); the Convention itself is not the legal basis.
headline-extradition-treaty-or-convention = Yes, whether or not an extradition treaty binds { $requesting } and { $requested } (the case does not say): if one does, it applies and the Convention adds the offence to it (UNTOC art. 16(3)); if none does, { $requesting } can ask { $requested } for extradition on the basis of the Convention, and { $requested } decides at its discretion (UNTOC art. 16(4)).
headline-extradition-treaty-or-own-law = Yes, whether or not an extradition treaty binds { $requesting } and { $requested } (the case does not say): if one does, it applies and the Convention adds the offence to it (UNTOC art. 16(3)); if none does, { $requested } extradites under its own law, which must treat the offence as extraditable (UNTOC art. 16(6)).
headline-extradition-treaty-or-either = Yes, whether or not an extradition treaty binds { $requesting } and { $requested } (the case does not say): if one does, it applies and the Convention adds the offence to it (UNTOC art. 16(3)); if none does, { $requested }, depending on whether it makes extradition conditional on the existence of a treaty, either takes the Convention as the legal basis, at its discretion (UNTOC art. 16(4)), or extradites under its own law, which must treat the offence as extraditable (UNTOC art. 16(6)).
headline-extradition-convention-or-own-law = Yes: if { $requested } makes extradition conditional on the existence of a treaty, { $requesting } can ask it for extradition on the basis of the Convention, and it decides at its discretion (UNTOC art. 16(4)); if not, { $requested } extradites under its own law, which must treat the offence as extraditable (UNTOC art. 16(6)).
headline-extradition-barred = Surrender will be refused on the facts stated: { $bars }. The Convention cannot override the law of { $requested } here.
headline-extradition-national-prosecute = Surrender is not to be expected: the person is a national of { $requested }, which does not extradite its nationals. At the request of { $requesting }, { $requested } must instead submit the case without undue delay to its authorities for prosecution (UNTOC art. 16(10)).
headline-extradition-national-enforce = Surrender is not to be expected: the person is a national of { $requested }, which does not extradite its nationals. As a sentence is to be enforced, { $requested } shall, on application of { $requesting }, consider enforcing it if its law permits (UNTOC art. 16(12)).
headline-mla-convention = Yes: { $requested } shall afford { $requesting } the widest measure of mutual legal assistance, under art. 18(9)-(29) of the Convention (UNTOC art. 18(1)).
headline-mla-treaty = Yes: { $requested } shall afford the widest measure of mutual legal assistance; the mutual legal assistance treaty between the two States governs the request (UNTOC art. 18(7)).
headline-mla-bank-secrecy = Yes: { $requested } shall afford the assistance, and may not decline it on the ground of bank secrecy (UNTOC art. 18(8)).
headline-mla-fiscal = Yes: { $requested } shall afford the assistance, and may not refuse it on the sole ground that the offence also involves fiscal matters (UNTOC art. 18(22)).
headline-mla-refusal-ground = The Convention is a legal basis, but the case states a ground on which the law of { $requested } would refuse: it may do so (UNTOC art. 18(21)), after consulting { $requesting } (art. 18(26)) and giving reasons (art. 18(23)).
headline-confiscation-yes = Yes: { $requested } must act on the confiscation request of { $requesting } ({ $citation }), to the greatest extent its legal system allows.
headline-joint-investigation-yes = Yes: { $requesting } and { $requested } may set up a joint investigative body under the Convention, by agreement or case by case ({ $citation }).
headline-special-techniques-yes = Yes: { $requesting } and { $requested } may use special investigative techniques together, under an agreement or case by case ({ $citation }).
headline-transfer-of-proceedings-yes = Yes: { $requesting } and { $requested } shall consider transferring the proceedings ({ $citation }); the transfer itself follows their laws.
headline-law-enforcement-yes = Yes: the Convention supports direct law enforcement cooperation between { $requesting } and { $requested } ({ $citation }).
headline-transfer-of-sentenced-yes = The Convention only invites agreements on transferring sentenced persons ({ $citation }): the transfer needs another basis.

## The route: the next steps the Convention gives.
route-establish = Establish: { $question }
route-ask-domestic-law = Ask what the law of { $state } provides: { $question }
route-other-basis = Look for another legal basis between { $requesting } and { $requested }: a bilateral or regional treaty, reciprocity, or the law of { $requested }.
route-extradition-send = Send the extradition request to { $requested }, citing { $citation } as the legal basis.
route-extradition-send-treaty = Send the extradition request to { $requested } under the extradition treaty in force between { $requesting } and { $requested }, to which the Convention adds the offence as an extraditable offence ({ $citation }).
route-extradition-send-by-cases = Establish whether an extradition treaty binds { $requesting } and { $requested }. If one does, send the request under that treaty, to which art. 16(3) adds the offence; if none does, send it to { $requested }, citing { $citation } as the legal basis.
route-extradition-send-by-cases-either = Establish whether an extradition treaty binds { $requesting } and { $requested }. If one does, send the request under that treaty, to which art. 16(3) adds the offence; if none does, send it to { $requested }, citing the Convention as the legal basis (art. 16(4)) if { $requested } makes extradition conditional on the existence of a treaty, or its own law, which must treat the offence as extraditable (art. 16(6)), if not.
route-extradition-send-convention-or-own-law = Send the extradition request to { $requested }, citing the Convention as the legal basis (art. 16(4)) if { $requested } makes extradition conditional on the existence of a treaty, or its own law, which must treat the offence as extraditable (art. 16(6)), if not.
route-extradition-provisional-arrest = If the person may flee, ask for provisional arrest pending the request, on grounds of urgency (art. 16(9)).
route-extradition-consultation = Before refusing, { $requested } must consult { $requesting } where appropriate: be ready to supply more information (art. 16(16)).
route-extradition-prosecute = Ask { $requested } in writing to submit the case without undue delay to its competent authorities for prosecution (art. 16(10)).
route-extradition-send-evidence = Send the evidence for that prosecution by mutual legal assistance; the two States cooperate on procedure and evidence (arts. 16(10) and 18).
route-extradition-enforce-sentence = Apply to { $requested } to enforce the sentence imposed by { $requesting }, or what remains of it (art. 16(12)).
route-extradition-conditional-surrender = Ask whether { $requested } would surrender its national on condition of return to serve the sentence; agreed terms discharge the duty to prosecute (art. 16(11)).
route-mla-central-authority = Address the request to the central authority of { $requested } (art. 18(13)).
route-mla-language = Write it in a language { $requested } accepts (art. 18(14)).
route-mla-urgent = In urgent cases, where both States agree, send it through INTERPOL if possible (art. 18(13)), or make it orally and confirm it in writing at once (art. 18(14)).
route-mla-preservation = Where evidence may be lost, ask first for it to be preserved, police to police if need be (art. 27(1)).
route-mla-confidentiality = Ask for confidentiality (art. 18(20)) and say what use the evidence is for: it may not be used for other proceedings without consent (art. 18(19)).
route-confiscation-freeze-first = If the property could be moved, ask first for it to be identified, traced and frozen or seized (art. 13(2)).
route-confiscation-send = Send the request with the contents art. 18(15) and art. 13(3) require; { $requested } acts through its own procedures (art. 13(4)).
route-confiscation-return = Ask { $requested } to give priority consideration to returning the confiscated proceeds or property to { $requesting }, so that it can compensate the victims or return them to their legitimate owners; { $requested } does so as far as its domestic law permits (art. 14(2)).
route-joint-investigation-agree = Agree the joint investigative body with { $requested } (under an agreement between them or, where none exists, case by case), with full respect for the sovereignty of the State where it operates (art. 19).
route-special-techniques-agree = Agree with { $requested }, case by case if no agreement exists, how the technique is used, including any financial arrangements (art. 20(2) and (3)).
route-transfer-of-proceedings = Consult { $requested } on which State is better placed to prosecute, in the interests of the proper administration of justice (art. 21).
route-law-enforcement = Use the direct channels between the competent authorities of { $requesting } and { $requested } (art. 27(1)).
route-transfer-of-sentenced = Look for a bilateral or multilateral agreement on transferring sentenced persons (art. 17).
route-preferred-instrument = { $preferred } (a documented reading, not a provision of the Convention: docs/legal-method.md{ $anchor }).

## Risks: refusal grounds and other obstacles.
risk-extradition-nationality = Nationality: if the person is a national of { $requested } and its law does not extradite nationals, surrender will be refused; { $requested } must then prosecute (art. 16(10)).
risk-extradition-domestic-grounds = The law of { $requested } sets the conditions and grounds for refusal: minimum penalty, political offence, death penalty, ne bis in idem, lapse of time, evidentiary standard (art. 16(7)).
risk-extradition-discrimination = Extradition may be refused where there are substantial grounds to believe the request aims at prosecuting or punishing the person on account of sex, race, religion, nationality, ethnic origin or political opinions (art. 16(14)).
risk-mla-dual-criminality = Without dual criminality, { $requested } may decline, at its discretion (art. 18(9)).
risk-mla-stated-ground = The case states a ground on which the law of { $requested } would refuse (art. 18(21)(c)-(d)).
risk-mla-refusal-grounds = Assistance may be refused if the request does not conform to art. 18, or would prejudice the sovereignty, security, ordre public or other essential interests of the requested State (art. 18(21)).
risk-mla-postponement = Assistance may be postponed where it would interfere with an ongoing investigation, prosecution or proceeding (art. 18(25)).

## Drafting checklist.
check-mla-authority = The identity of the authority making the request.
check-mla-subject = The subject matter and nature of the investigation, prosecution or proceeding, and the name and functions of the authority conducting it.
check-mla-facts = A summary of the relevant facts (except for service of judicial documents).
check-mla-assistance = The assistance sought and any particular procedure to be followed.
check-mla-identity = Where possible, the identity, location and nationality of any person concerned.
check-mla-purpose = The purpose for which the evidence, information or action is sought.
check-mla-additional = Any additional information the requested State needs to execute the request.
check-mla-language = A language the requested State accepts.
check-extradition-facts = The facts of the offence, with time and place.
check-extradition-offences = The offences charged or of which the person was convicted, and the texts of the law.
check-extradition-penalties = The penalties in both States, and proof that the conduct is punishable in both.
check-extradition-person = The identity, description and location of the person sought.
check-extradition-basis = The legal basis relied on, with the treaty or notification.
check-extradition-urgency = Any urgency, and whether provisional arrest is sought.
check-confiscation-property = A description of the property to be confiscated, its location and, where relevant, its estimated value.
check-confiscation-order = The confiscation order (or the facts on which a domestic order is sought).
check-confiscation-facts = A statement of the facts and of the extent to which execution of the order is requested.
check-confiscation-mla = The contents of a mutual legal assistance request (art. 18(15)).

## Points to check in a governing treaty.
treaty-check-refusal-grounds = The refusal grounds in { $treaty }.
treaty-check-fiscal = Whether { $treaty } lets the fiscal nature of the offence bar cooperation: the Convention does not.
treaty-check-dual-criminality = Whether { $treaty } requires dual criminality, in particular for coercive measures.
treaty-check-channels = The channels, languages and form prescribed by { $treaty }.

## Caveats.
caveat-stated-in-case = The answer rests on { $n ->
    [one] a fact stated in the case
   *[other] facts stated in the case
}, not on the reference data: { $facts }.
caveat-old-data = The answer rests on reference data as of { $date } ({ $file }), more than a year before { $as_of }: check for later changes.
caveat-interpretation = The answer rests on { $n ->
    [one] a documented interpretation
   *[other] documented interpretations
} (docs/legal-method.md): { $anchors }.

# A documented reading of whose law decides "serious crime" that changes the answer
# (docs/legal-method.md#serious-crime-law); $option: the command-line option that gives it.
caveat-sensitivity-requesting = Under another documented reading, in which the law of the requesting State, { $requesting }, decides whether the offence is a serious crime (art. 2(b)), the answer would be: { $outcome } ({ $option }).
caveat-sensitivity-requested = Under another documented reading, in which the law of the requested State, { $requested }, decides whether the offence is a serious crime (art. 2(b)), the answer would be: { $outcome } ({ $option }).
caveat-sensitivity-both = Under another documented reading, in which the offence must be a serious crime under the law of both States (art. 2(b)), the answer would be: { $outcome } ({ $option }).
caveat-sensitivity-either = Under another documented reading, in which it is enough that the offence is a serious crime under the law of either State (art. 2(b)), the answer would be: { $outcome } ({ $option }).
route-mla-treaty-channels = Send the request through the channels and in the form prescribed by { $treaty }: paragraphs 9 to 29 of art. 18 do not govern it, though { $requesting } and { $requested } may agree to apply any of them that helps (art. 18(7)).
risk-mla-treaty-grounds = The grounds for refusing or postponing assistance are those of { $treaty } (art. 18(7)); bank secrecy is still no ground (art. 18(8)).
treaty-check-fiscal-mla = Whether { $treaty } lets the fiscal nature of the offence bar assistance: the Convention's rule against it (art. 18(22)) binds only where paragraphs 9 to 29 of art. 18 apply.
caveat-fact = { $question } — { $answer }

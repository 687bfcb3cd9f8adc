# Drafted requests (crates/palermo-draft): titles, headings, the fixed
# wording of each section, the legal-basis paragraphs, the clauses, and the
# completeness check's gaps. The user's facts are inserted as written.

## Titles, one per kind.
draft-title-mla = Request for mutual legal assistance in a criminal matter
draft-title-extradition = Request for extradition
draft-title-confiscation = Request for international cooperation for purposes of confiscation

## Header fields.
draft-field-from = From
draft-field-to = To
draft-field-reference = Our reference
draft-field-date = Date
draft-field-requesting = Requesting State
draft-field-requested = Requested State
draft-to-central-authority = { $authority }, central authority of { $state } (article 18, paragraph 13)
draft-to-competent-authorities = The competent authorities of { $state }

## Section headings.
draft-h-basis = Legal basis
draft-h-authority = Authority making the request
draft-h-proceedings = Subject matter and nature of the proceedings
draft-h-facts = Summary of the facts
draft-h-offences = The offences and the penalties
draft-h-persons = Persons concerned
draft-h-person-sought = The person sought
draft-h-assistance = Assistance requested
draft-h-purpose = Purpose of the request
draft-h-property = Property concerned
draft-h-order = The confiscation order
draft-h-warrant = The warrant or judgment
draft-h-additional = Additional information
draft-h-urgency = Urgency
draft-h-provisional-arrest = Provisional arrest
draft-h-clauses = Confidentiality and use of the information
draft-h-attachments = Attachments
draft-h-notes = Notes for the drafter (not part of the request: remove before sending)

## Opening and closing.
draft-opening-mla = { $requesting } presents its compliments and requests the assistance of { $requested } in the criminal matter described below.
draft-opening-extradition = { $requesting } requests { $requested } to extradite the person described below, for the offences set out in this request.
draft-opening-confiscation = { $requesting } requests { $requested } to cooperate for purposes of confiscation in the matter described below.
draft-closing = { $requesting } thanks the authorities of { $requested } for their assistance and remains at their disposal for any further information they may need to execute this request.
draft-signature = For the requesting authority:

## Legal-basis paragraphs: exactly what the assessment found.
draft-basis-mla-convention = This request is made under article 18 of the United Nations Convention against Transnational Organized Crime, to which { $requesting } and { $requested } are both parties ({ $cite }).
draft-basis-mla-treaty = This request is made under { $treaty }, which binds { $requesting } and { $requested }; under article 18, paragraph 7, of the United Nations Convention against Transnational Organized Crime, paragraphs 9 to 29 of that article give way to the treaty, while the rest of article 18 applies ({ $cite }).
draft-basis-mla-treaty-agreed = This request is made under article 18 of the United Nations Convention against Transnational Organized Crime: { $requesting } and { $requested } have agreed to apply its paragraphs 9 to 29 in place of { $treaty } (art. 18, para. 7) ({ $cite }).
draft-basis-extradition-convention = This request is made under the United Nations Convention against Transnational Organized Crime, article 16, paragraph 4, which { $requested } takes as the legal basis for extradition by its notification under article 16, paragraph 5 (a) ({ $cite }).
draft-basis-extradition-convention-stated = This request is made under the United Nations Convention against Transnational Organized Crime, article 16, paragraph 4, which { $requested } takes as the legal basis for extradition ({ $cite }).
draft-basis-extradition-treaty = This request is made under { $treaty }. Under article 16, paragraph 3, of the United Nations Convention against Transnational Organized Crime, each offence to which that article applies is deemed to be included as an extraditable offence in any extradition treaty existing between States parties ({ $cite }).
draft-basis-extradition-domestic = { $requested } does not make extradition conditional on the existence of a treaty. Under article 16, paragraph 6, of the United Nations Convention against Transnational Organized Crime, it recognizes the offences to which that article applies as extraditable offences between itself and { $requesting } ({ $cite }).
draft-basis-confiscation = This request is made under article 13 of the United Nations Convention against Transnational Organized Crime ({ $cite }); under paragraph 3 of that article, the provisions of article 18 apply to it, mutatis mutandis.
draft-basis-confiscation-treaty = This request is made under { $treaty } and under article 13 of the United Nations Convention against Transnational Organized Crime ({ $cite }); under paragraph 3 of that article, the provisions of article 18 apply to it, mutatis mutandis.
draft-basis-other = This request is made under { $treaty }.
draft-treaty-unnamed = the treaty in force between the two States

## What the confiscation request asks, by measure (art. 13(1)-(2)).
draft-confiscation-domestic-order = { $requested } is requested to submit this request to its competent authorities for the purpose of obtaining an order of confiscation and, if such an order is granted, to give effect to it (art. 13, para. 1 (a)).
draft-confiscation-give-effect = { $requested } is requested to submit the order of confiscation issued by a court of { $requesting } to its competent authorities, with a view to giving effect to it to the extent requested (art. 13, para. 1 (b)).
draft-confiscation-freeze = { $requested } is requested to take measures to identify, trace and freeze or seize the proceeds of crime, property, equipment or other instrumentalities described below, for the purpose of eventual confiscation (art. 13, para. 2).

## Sections: fixed wording around the user's facts.
draft-authority = The request is made by:
draft-contact = Contact for this request:
draft-proceedings-conducted-by = The proceedings are conducted by:
draft-offence-law = Under the law of { $state }:
draft-offence-penalty = Maximum penalty under the law of { $state }: { $penalty }.
draft-offence-penalty-data = Maximum penalty under the law of { $state }: { $record }.
draft-offence-dual-criminality = The conduct is an offence under the law of both States (art. 16, para. 1).
draft-offence-summary = The conduct:
draft-person-name = Name
draft-person-aliases = Other names
draft-person-born = Date and place of birth
draft-person-nationality = Nationality
draft-person-documents = Identity documents
draft-person-location = Location
draft-person-description = Description
draft-person-role = Role
draft-role-person_sought = the person sought
draft-role-suspect = suspect or accused person
draft-role-witness = witness
draft-role-victim = victim
draft-role-owner = owner or holder of property or records
draft-role-other = other person concerned
draft-person-located-in = The person sought is believed to be in { $state }.
draft-measures = The assistance requested falls under article 18, paragraph 3, of the Convention: { $measures }.
draft-procedure = The requesting authority asks that the following procedure be followed, unless it is contrary to the law of { $requested } (art. 18, para. 17):
draft-property-description = Description
draft-property-location = Location
draft-property-value = Estimated value
draft-order-issued-by = Issued by
draft-order-date = Date
draft-order-reference = Reference
draft-order-final = Final
draft-order-extent = Extent of execution requested
draft-order-copy = A legally admissible copy of the order is attached (art. 13, para. 3 (b)).
draft-warrant-copy = A copy of the warrant or judgment is attached.
draft-yes = yes
draft-no = no
draft-urgent = This request is urgent, for the following reasons:
draft-provisional-arrest = Pending the presentation of this request, { $requesting } asks { $requested } to take the person sought into custody or to take other appropriate measures to ensure the person's presence at the extradition proceedings (art. 16, para. 9).
draft-clause-confidentiality = { $requesting } asks { $requested } to keep confidential the fact and substance of this request, except to the extent needed to execute it, and to inform it promptly if it cannot comply with this requirement (art. 18, para. 20).
draft-clause-use-limitation = { $requesting } will not transmit or use the information or evidence furnished in response to this request for investigations, prosecutions or judicial proceedings other than those stated in it without the prior consent of { $requested } (art. 18, para. 19).
draft-no-attachments = None.

## Notes for the drafter.
draft-note-assessment = The assessment: { $headline }
draft-note-assessed = Assessed on { $date } with engine { $engine } and reference data { $data }.
draft-note-language = Language: { $language }. { $why }
draft-note-language-notified = { $state } accepts requests in { $languages } (its notification under art. 18, para. 14; source: { $source }, as of { $as_of }).
draft-note-language-notified-all = { $state } asks for requests in each of { $languages }: send translations into the others (its notification under art. 18, para. 14; source: { $source }, as of { $as_of }).
draft-note-language-chosen = The language was chosen by the drafter; no notification under art. 18, para. 14, of { $state } is on record.
draft-note-language-not-accepted = { $state } does not list this language in its notification under art. 18, para. 14 ({ $languages }): the request needs a translation into an accepted language.
draft-note-central-authority = Central authority of { $state } on record (source: { $source }, as of { $as_of }): { $summary }
draft-note-notification = Notification of { $state } under art. 16, para. 5 (a), on record (source: { $source }, as of { $as_of }): { $summary }
draft-note-penalty = Penalty of { $state } from the reference data (source: { $source }, as of { $as_of }): { $record }.
draft-note-gaps = { $n ->
    [one] One element is missing; it is marked in the text:
   *[other] { $n } elements are missing; they are marked in the text:
}
draft-note-complete = The completeness check found every element the Convention asks for.
draft-note-unrecorded = not recorded

## Gaps: what is missing, and what to supply. Shown in the draft where the
## element belongs, and listed by the completeness check.
draft-gap = [MISSING: { $what }]
gap-authority = the authority making the request: its name (case: draft.requesting_authority)
gap-contact = how the requested State can reach the requesting authority: name, address, telephone, e-mail (case: draft.contact)
gap-addressee = the central authority of the requested State: none is on record; give it (case: draft.addressee)
gap-proceedings = the subject matter and nature of the investigation, prosecution or judicial proceeding (case: draft.proceedings)
gap-conducting-authority = the name and functions of the authority conducting the investigation, prosecution or proceeding (case: draft.conducting_authority)
gap-facts = a summary of the relevant facts (case: draft.facts)
gap-assistance = a description of the assistance sought (case: draft.assistance)
gap-persons = the identity, location and nationality of any person concerned, where possible (case: [[draft.persons]])
gap-purpose = the purpose for which the evidence, information or action is sought (case: draft.purpose)
gap-person-sought = the identity of the person sought: full name and identifying details (case: [[draft.persons]] with role = "person_sought")
gap-person-location = where the person sought is (case: request.person_located_in, or location under [[draft.persons]])
gap-offence-law = the provision of the law of { $state } that makes the conduct an offence (case: draft.offence_law.{ $code })
gap-penalty = the maximum penalty under the law of { $state } (case: offence.max_penalty.{ $code }, or a crime type with penalty data)
gap-warrant = the arrest warrant or judgment the request rests on: issuing court, date and number (case: [draft.warrant])
gap-urgency = why provisional arrest is urgent (case: draft.urgency)
gap-basis = a legal basis: the assessment did not establish the Convention as one ({ $outcome }); name the treaty or other basis relied on (case: request.treaty_in_force and request.treaty_name, or [[other_bases]])
gap-confiscation-measure = what is asked: an order of the requested State, effect for the requesting State's order, or identifying, tracing and freezing (case: request.confiscation_measure)
gap-property = a description of the property to be confiscated, and where it is (case: [[draft.property]])
gap-order = the confiscation order: issuing court, date and number, with a legally admissible copy (case: [draft.order])
gap-order-extent = the extent to which execution of the order is requested (case: draft.order.extent)
gap-actions = a description of the actions requested (case: draft.assistance)

## The completeness check on the command line.
draft-check-heading = The draft is incomplete: { $n ->
    [one] one element is missing
   *[other] { $n } elements are missing
}.
draft-check-item = { $what } ({ $cite })
draft-check-advice = Supply them in the case's [draft] table, or add --allow-incomplete to write the draft with the gaps marked.
draft-check-advisory = Recommended (not required): { $what } ({ $cite })
draft-written = Draft written to { $path }.
draft-language-needed = No notification under art. 18, para. 14, of { $state } is on record that names one of the six UN languages: choose the draft's language with --lang.
draft-kind-unsupported = Palermo drafts mutual legal assistance, extradition and confiscation requests; this case asks for { $kind }.

## The addressee when the case names none.
draft-to-central-authority-of = The central authority of { $state } designated under article 18, paragraph 13

## Language names, by ISO 639-1 code (the six UN languages and those the
## art. 18(14) notifications on record name).
draft-lang-ar = Arabic
draft-lang-en = English
draft-lang-es = Spanish
draft-lang-fr = French
draft-lang-ru = Russian
draft-lang-zh = Chinese
draft-lang-hi = Hindi
draft-lang-lt = Lithuanian
draft-lang-lv = Latvian
draft-lang-mk = Macedonian
draft-lang-sl = Slovenian
draft-lang-uk = Ukrainian
draft-no-kind = The case does not say what is requested: give request.kind (mutual_legal_assistance, extradition or confiscation).
draft-states-missing = The case does not name both States: give request.requesting_state and request.requested_state.

# What each finding of art18.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art18.rs), in reasoning order.

spec-art18-1-first-limb = Art. 18 first limb: an offence covered by the Convention.
spec-art18-1-reasonable-suspicion-transnational = Has the requesting State reasonable grounds to suspect the offence is transnational (incl. victims, witnesses, proceeds, instrumentalities or evidence in the requested State)?
spec-art18-1-reasonable-suspicion-ocg = Has the requesting State reasonable grounds to suspect an organized criminal group is involved?
spec-art18-1-second-limb = Art. 18 second limb: an art. 3(1)(a)/(b) offence plus the requesting State's reasonable suspicion of transnationality and group involvement.
spec-art18-2-legal-persons = Proceedings about an offence for which a legal person may be held liable under art. 10 in the requesting State.
spec-art18-1-applies = Does art. 18 apply: first limb, second limb, or art. 18(2)?
spec-art18-legal-basis = Can the Convention be the legal basis for this MLA request: in force between the States and art. 18 applies?
spec-art18-3-purposes = Is the assistance sought among the purposes of art. 18(3)(a)-(h), or (i) other assistance not contrary to the requested State's law?
spec-art18-4-spontaneous-information = Information may be sent without a request; the recipient respects confidentiality (18(5)).
spec-art18-7-paragraphs-9-29 = Do paragraphs 9-29 govern the request (no MLA treaty, or the States agreed to use them)?
spec-art18-7-treaty-governs = An MLA treaty governs the procedure instead of paragraphs 9-29.
spec-art18-8-bank-secrecy = Assistance may not be declined for bank secrecy, even under a treaty.
spec-art18-9-may-decline-without-dual-criminality = Within paragraphs 9-29: may the requested State decline for lack of dual criminality (optional ground)?
spec-art18-10-transfer-of-detained-persons = Temporary transfer of a detained person to give evidence, with consent and agreement (18(10)-(12)).
spec-art18-13-central-authority = Is the requested State's central authority on record?
spec-art18-14-language = Are the requested State's acceptable languages on record?
spec-art18-15-contents = What the request must contain (18(15)(a)-(f)); more may be asked (18(16)).
spec-art18-17-applicable-law = Execution under the requested State's law, following requested procedures where possible.
spec-art18-18-videoconference = Hearing by videoconference (discretionary).
spec-art18-19-use-limitation = The requesting State may not use the material for other proceedings without consent (exculpatory exception).
spec-art18-20-confidentiality = Confidentiality of the request.
spec-art18-21-refusal-grounds = The four refusal grounds of the mini-treaty; (c) and (d) are questions for the requested State's law, for grounds other than bank secrecy (18(8)) and fiscal matters (18(22)): a bar resting on those is a conflict.
spec-art18-22-fiscal-not-sole-ground = Refusal may not rest solely on fiscal matters.
spec-art18-23-reasons-for-refusal = Reasons must be given for a refusal.
spec-art18-24-timeliness = Execute as soon as possible; answer status inquiries.
spec-art18-25-postponement = Postponement for interference with ongoing proceedings (discretionary).
spec-art18-26-consult-before-refusal = Consult before refusing or postponing, on conditional assistance.
spec-art18-27-safe-conduct = Safe conduct for witnesses and experts; it ends after 15 consecutive days of opportunity to leave.
spec-art18-28-costs = Ordinary costs borne by the requested State; extraordinary costs by consultation.
spec-art18-29-government-records = Public government records must be provided; non-public ones may be.
spec-art18-30-agreements = Consider agreements that serve or enhance art. 18 (reported when the Convention gives no basis).

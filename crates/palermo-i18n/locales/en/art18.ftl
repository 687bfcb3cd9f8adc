# Art. 18 (mutual legal assistance): whether it applies, the legal basis, and paragraphs 3-30.

## 18(1): the two limbs; 18(2): legal persons
art18-suspected-transnational = the offence is transnational
art18-suspected-ocg = an organized criminal group is involved
art18-suspicion-conflict = Conflict: the case says { $requesting } has no grounds to suspect that { $what } (`{ $fact } = false`), but the facts given establish it
art18-suspicion-stated-yes = { $requesting } has reasonable grounds to suspect that { $what } (stated in the case)
art18-suspicion-stated-no = { $requesting } has no reasonable grounds to suspect that { $what } (stated in the case)
art18-suspicion-established = The facts establish that { $what }, so { $requesting } has reasonable grounds to suspect it
art18-suspicion-missing = Whether { $requesting } has reasonable grounds to suspect that { $what } is not given
art18-first-limb-yes = First limb: an offence covered by the Convention (the widest measure of assistance is due)
art18-first-limb-no = First limb fails: not an offence covered by the Convention
art18-first-limb-unsettled = First limb: whether the offence is covered is not settled
art18-second-limb-yes = Second limb: an art. 3(1)(a)/(b) offence, and { $requesting } has reasonable grounds to suspect it is transnational and involves an organized criminal group
art18-second-limb-no = Second limb fails: no art. 3(1)(a)/(b) offence, or no reasonable suspicion of transnationality or group involvement
art18-second-limb-conflict = Conflict: the stated suspicion contradicts the facts given (second limb)
art18-second-limb-unsettled = Second limb: not settled
art18-legal-persons-yes = The proceedings concern a legal person's liability for an art. 10 offence in { $requesting }: assistance to the fullest extent the laws and treaties of { $requested } allow
art18-legal-persons-not-concerned = The proceedings do not concern a legal person's liability
art18-legal-persons-no-offence = No art. 10 offence for which a legal person can be held liable
art18-legal-persons-depends = Whether a legal person can be held liable for this offence under the law of { $requesting } decides art. 18(2)
art18-legal-persons-unsettled = Whether the proceedings concern a legal person's liability for an art. 10 offence is not settled
art18-ground-first-limb = the first limb of art. 18(1) (a covered offence)
art18-ground-second-limb = the second limb of art. 18(1) (reasonable suspicion)
art18-ground-legal-persons = art. 18(2) (legal persons)
art18-applies-yes = Article 18 applies, on { $grounds ->
    [one] this ground
   *[other] these grounds
}: { $grounds }
art18-applies-not-in-force = Article 18 does not apply: the Convention is not in force between the two States
art18-applies-no = Article 18 does not apply: neither limb of art. 18(1) nor art. 18(2) holds
art18-applies-unsettled = Whether article 18 applies is not settled

## The answer: is the Convention a legal basis for the request?
art18-basis-yes-legal-persons = Yes: article 18(2) applies, to the fullest extent the laws and treaties of { $requested } allow
art18-basis-yes = Yes: article 18(1) obliges { $requested } to give assistance; which rules govern the procedure follows from art. 18(7)
art18-basis-not-in-force = No: the Convention is not in force between the two States
art18-basis-no = No: article 18 does not apply to the offence(s)
art18-basis-undetermined = Undetermined: { $n ->
    [one] { $n } fact missing
   *[other] { $n } facts missing
}

## 18(3)-(8): purposes, spontaneous information, the regime of 18(7), bank secrecy
art18-regime-not-applicable = Article 18 does not apply to this request, so paragraphs 9-29 do not govern it
art18-agreements = The States are to consider agreements that serve or enhance mutual legal assistance
art18-purposes-missing = The assistance sought (art. 18(3) purposes) is not given
art18-purposes-empty = No assistance is listed under { $field }
art18-purposes-other = Assistance sought: { $measures }; 'other' assistance is covered only if not contrary to the law of { $requested }
art18-purposes-yes = Assistance sought is within art. 18(3): { $measures }
art18-measure-taking-evidence = taking evidence or statements from persons (18(3)(a))
art18-measure-service-of-documents = effecting service of judicial documents (18(3)(b))
art18-measure-search-seizure-freezing = executing searches and seizures, and freezing (18(3)(c))
art18-measure-examining-objects-sites = examining objects and sites (18(3)(d))
art18-measure-information-expert-evaluations = providing information, evidentiary items and expert evaluations (18(3)(e))
art18-measure-documents-records = providing documents and records (18(3)(f))
art18-measure-tracing-proceeds = identifying or tracing proceeds of crime, property, instrumentalities or other things (18(3)(g))
art18-measure-voluntary-appearance = facilitating the voluntary appearance of persons in the requesting State (18(3)(h))
art18-measure-other = other assistance (18(3)(i))
art18-spontaneous-information = Authorities may send information without a request; the recipient must respect confidentiality and use limits, save for exculpatory information, after notice (art. 18(5))
art18-their-treaty = their mutual legal assistance treaty
art18-regime-no-treaty = No mutual legal assistance treaty binds the two States: paragraphs 9-29 govern the request
art18-regime-agreed = The States agreed to apply paragraphs 9-29 instead of their treaty
art18-regime-treaty = The two States are bound by { $treaty } and did not agree otherwise: its provisions replace paragraphs 9-29 (paragraphs 1-8 still apply)
art18-regime-agreement-missing = The two States are bound by { $treaty }; whether they agreed to apply paragraphs 9-29 instead is not given
art18-regime-treaty-missing = Whether a mutual legal assistance treaty binds the two States is not given
art18-regime-if-applies = If article 18 applies (not settled yet): { $regime }
art18-bank-secrecy-treaty = { $requested } may not decline on the ground of bank secrecy, even though { $treaty } governs the procedure (paragraph 8 lies outside 9-29)
art18-bank-secrecy = { $requested } may not decline on the ground of bank secrecy
art18-treaty-governs = Refusal grounds, form, channels, language, costs and the rest follow { $treaty }, not paragraphs 9-29; the Convention still obliges assistance (18(1)) and bars refusal for bank secrecy (18(8))

## 18(9)-(29): the rules that govern without a treaty
art18-dual-criminality-absent-assists = The conduct is not an offence in { $requested }: it may decline for lack of dual criminality, but it assists anyway (stated in the case)
art18-dual-criminality-absent-declines = The conduct is not an offence in { $requested }: it may decline for lack of dual criminality, but it does not assist in such cases (stated in the case)
art18-dual-criminality-absent = The conduct is not an offence in { $requested }: it may decline for lack of dual criminality, though it may still assist, to the extent it decides
art18-dual-criminality-present = The conduct is an offence in { $requested }: lack of dual criminality is no ground to decline
art18-dual-criminality-missing = Whether the conduct is an offence in { $requested } is not given (if not, it may decline, art. 18(9))
art18-detained-persons = A detained person may be transferred to give evidence if he or she freely consents and both States agree; custody, return, no extradition demand, time credited (18(11)); no prosecution for earlier acts without consent (18(12))
art18-central-authority-yes = Send the request to the central authority of { $requested }: { $authority }
art18-central-authority-missing = The central authority of { $requested } is not on record; the request goes to the authority it designated (diplomatic channels if it requires them; INTERPOL in urgent cases if agreed)
art18-language-stated = In writing (or a means producing a written record), in a language { $requested } accepts: { $languages }
art18-language-notified = In writing (or a means producing a written record), in a language { $requested } accepts: { $notification }
art18-language-missing = The languages { $requested } accepts are not on record; the request must be in writing, in an acceptable language
art18-contents = The request must state: the requesting authority; the subject and nature of the proceedings and the authority conducting them; a summary of the facts (not for service of documents); the assistance sought and any procedure wished; where possible, identity, location and nationality of persons concerned; the purpose. The requested State may ask for more (18(16))
art18-applicable-law = Executed under the requested State's law and, where not contrary to it, in the way the request specifies
art18-videoconference = The requested State may allow a witness or expert there to be heard by video where appearing in the requesting State is impossible or undesirable
art18-use-limitation = The requesting State may not use or pass on what it receives for other proceedings without the requested State's prior consent, except exculpatory material after notice
art18-confidentiality = The requesting State may require confidentiality of the request; if the requested State cannot comply it must say so promptly
art18-refusal-base = { $requested } may refuse if (a) the request does not conform to art. 18, or (b) execution would prejudice its sovereignty, security, public order or other essential interests (its own assessment)
art18-refusal-which-c = its authorities could not act so for a similar domestic offence (18(21)(c))
art18-refusal-which-d = granting it would be contrary to its legal system on assistance (18(21)(d))
art18-refusal-conflict-bank-secrecy = Conflict: the case says the law of { $requested } bars the request ({ $which }) on the ground of bank secrecy, but art. 18(8) rules out declining on that ground, and 18(21)(c)/(d) cannot rest on it
art18-refusal-conflict-fiscal = Conflict: the case says the law of { $requested } bars the request ({ $which }) because the offence involves fiscal matters, but art. 18(22) rules out refusing on that ground alone, and 18(21)(c)/(d) cannot rest on it
art18-refusal-yes = { art18-refusal-base }; and its law provides a ground other than bank secrecy or fiscal matters (stated in the case): { $which }
art18-refusal-no = { art18-refusal-base }; the grounds of 18(21)(c) and (d) do not apply under its law (stated in the case)
art18-refusal-depends = { art18-refusal-base }; (c) and (d) depend on its law, for grounds other than bank secrecy (18(8)) and the fiscal nature of the offence (18(22)), which no domestic bar can invoke
art18-reasons-for-refusal = Any refusal must give reasons
art18-timeliness = The requested State executes the request as soon as possible, taking account of the requesting State's deadlines, and answers reasonable status inquiries
art18-postponement = The requested State may postpone if execution would interfere with its own ongoing proceedings
art18-consult-before-refusal = Before refusing under 18(21) or postponing under 18(25), the requested State must consult the requesting State on assistance subject to conditions
art18-safe-conduct = A witness or expert who agrees to come to the requesting State may not be prosecuted or detained there for earlier acts; the protection ends after 15 consecutive days of opportunity to leave
art18-costs = The requested State bears ordinary costs unless agreed otherwise; substantial or extraordinary costs are settled by consultation
art18-government-records = The requested State must provide copies of public government records, and may provide non-public ones, wholly, partly or on conditions

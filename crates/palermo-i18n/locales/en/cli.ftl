# The command line's own words: titles, headings, labels, outcomes and
# strengths (crates/palermo-cli/src/render).

## Titles per kind of cooperation.
title-extradition = Extradition from { $requested } to { $requesting }
title-mutual-legal-assistance = Mutual legal assistance requested by { $requesting } from { $requested }
title-confiscation = Confiscation cooperation requested by { $requesting } from { $requested }
title-transfer-of-sentenced-persons = Transfer of sentenced persons between { $requesting } and { $requested }
title-transfer-of-proceedings = Transfer of criminal proceedings from { $requesting } to { $requested }
title-joint-investigation = Joint investigation of { $requesting } and { $requested }
title-special-investigative-techniques = Special investigative techniques: { $requested }, at the request of { $requesting }
title-law-enforcement-cooperation = Law enforcement cooperation between { $requesting } and { $requested }
title-no-request = No request: coverage by the Convention
title-as-of = { $title }, as of { $date }
label-case = Case: { $title }
label-question = Question: { $question }

## Section headings (text output in capitals, Markdown as written).
heading-answer = Answer
heading-issue = Issue
heading-short-answer = Short answer
heading-route = Route
heading-legal-basis = Legal basis
heading-risks = Risks
heading-next-steps = Next steps
heading-checklist = Checklist for drafting the request
heading-treaty-points = Points to check in the treaty
heading-caveats = Caveats
heading-why = Why
heading-other-findings = Also applies / other findings
heading-still-to-establish = Still to establish (most decisive first)
heading-own-law = What the law of { $state } decides
heading-interpretations = Interpretations used (see docs/legal-method.md)
heading-appendix = Appendix: the reasoning

## Labels inside lines.
label-source = source: { $source }
label-missing = missing: { $facts }
label-interpretation = interpretation: { $anchor }
label-decisive = (decides the answer)
label-moot = (settles nothing that matters here)
label-answer-as = answer as { $field } = true/false
label-hidden = { $n ->
    [one] One more finding (art. 35, jurisdiction of other States) is shown with --all.
   *[other] { $n } more findings (art. 35, jurisdiction of other States) are shown with --all.
}
label-moot-count = { $n ->
    [one] One other unknown fact would settle nothing that matters here; --format json lists it.
   *[other] { $n } other unknown facts would settle nothing that matters here; --format json lists them.
}
label-footer = Engine { $engine } · data { $data } · reproduce: { $command }
label-stated-in-case = stated in the case: { $path }
label-stated-domestic-law = stated in the case: law of { $state } ({ $question } = { $answer })
label-data-source = data: { $file }:{ $line } ({ $url }, as of { $date })
# $period: a year or a month as the data gives it (2009, 2019-06).
label-data-source-period = data: { $file }:{ $line } ({ $url }, as of { $period })
label-data-source-undated = data: { $file }:{ $line } ({ $url }, as of an unrecorded date)
label-data-summary = { $source }: { $summary }
label-favourable = favourable to the request
label-adverse = adverse to the request

## Strengths of obligation.
strength-mandatory = mandatory
strength-mandatory-qualified = mandatory within the limits of domestic law
strength-prohibited-ground = a ground on which refusal is not allowed
strength-shall-consider = a duty to consider only
strength-endeavour = best efforts
strength-discretionary = discretionary
strength-no-obligation = a permitted refusal

# `palermo explain` (crates/palermo-cli/src/cmd_explain.rs): headings and
# labels around the findings' descriptions (spec-*.ftl) and the questions.

explain-heading-findings = Findings the engine emits (per-offence ids carry #n with [[offences]]):
explain-heading-questions = Domestic-law questions (answer in a case under [domestic_law.<ISO3>]):
explain-provision-heading = { $provision }:
explain-asked-of-requested = asked of the requested State
explain-asked-of-requesting = asked of the requesting State
explain-asked-of-offence-law = asked of the State whose law characterises the offence (see --serious-crime-law)
explain-cited-asked-of = { $citation }; { $asked_of }
explain-true-means = true means: { $meaning }
explain-not-encoded = not encoded
explain-no-finding = No finding of this version tests { $provision }; `palermo explain` lists those that exist.
explain-paragraphs-not-checked = (The paragraphs of { $article } are not encoded, so whether it has a paragraph { $n } is not checked.)
explain-no-such-paragraph = there is no { $provision }: { $article } has { $count } paragraphs
explain-no-numbered-paragraphs = there is no { $provision }: { $article } has no numbered paragraphs (no paragraph { $n })
explain-unknown = `{ $what }` is neither a finding id, an id prefix, a domestic-law question nor a provision (try `art16.4.convention_as_basis`, `art16`, `16(5)(a)` or `questions`)

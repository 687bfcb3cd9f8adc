//! Drafting tests on fictional States (`XAA`, `XAB`), so they hold whatever
//! the bundled data says: each element of the completeness check present,
//! missing and at its boundary, the legal-basis paragraph for each route,
//! the language choice, and the writers.

use std::io::Read;

use palermo_case::{read_case, Syntax};
use palermo_i18n::Lang;
use palermo_refdata::RefData;
use palermo_rules::{assess, Options};

use crate::{write_docx, write_html, write_markdown, Block, DraftError, Drafted, Element, Span};

fn data() -> &'static RefData {
    static DATA: std::sync::OnceLock<RefData> = std::sync::OnceLock::new();
    DATA.get_or_init(RefData::embedded)
}

/// Two fictional parties; XAB accepts requests in French (stated in the
/// case, as its 18(14) notification would).
const STATES: &str = r#"
[states.XAA]
name = "Atlantis"
untoc_consent = 2005-01-01
protocols = { tip = 2005-01-01, som = 2005-01-01, firearms = 2005-01-01 }

[states.XAB]
name = "Borduria"
untoc_consent = 2006-01-01
protocols = { tip = 2006-01-01, som = 2006-01-01, firearms = 2006-01-01 }
languages = ["French", "Borduric"]
"#;

const OFFENCE: &str = r#"
[offence]
summary = "Laundering the proceeds of a fraud ring through shell companies"
convention_offences = ["untoc.art6"]
committed_in = ["XAA", "XAB"]
involves_group = true
punishable_in = { XAA = true, XAB = true }
max_penalty = { XAA = "10y", XAB = "8y" }

[group]
members = 4
randomly_formed = false
exists_for_period = true
acts_in_concert = true
aims = ["serious_crime"]
benefit = "financial"
active_in = ["XAA", "XAB"]

[suspicion]
transnational = true
organized_criminal_group = true
"#;

const MLA_DRAFT: &str = r#"
[draft]
requesting_authority = "Prosecutor General of Atlantis"
contact = "International Unit, 1 Harbour Street, Atlantis City"
proceedings = "Criminal investigation no. 12/2026 into money laundering"
conducting_authority = "The Prosecutor General, who directs the investigation"
facts = "Between 2024 and 2025 the group moved 3 million through shell companies.\n\nThe money left Atlantis for Borduria."
assistance = "Bank records of the accounts listed in annex A"
purpose = "To trace the money and prove its origin at trial"
"#;

fn case(request: &str, draft_table: &str) -> String {
    format!("as_of = 2026-06-01\n[request]\n{request}\n{OFFENCE}{STATES}{draft_table}")
}

const MLA: &str = r#"kind = "mutual_legal_assistance"
requesting_state = "XAA"
requested_state = "XAB"
treaty_in_force = false
measures = ["documents_records"]"#;

fn drafted(text: &str, lang: Option<Lang>) -> Result<Drafted, DraftError> {
    let file = read_case("t.toml", text, Syntax::Toml, data())
        .unwrap_or_else(|d| panic!("case does not read: {d:?}"));
    let a = assess(
        &file.case,
        data(),
        file.case.as_of.unwrap(),
        Options::default(),
    )
    .unwrap();
    crate::draft_file(&file, &a, data(), lang)
}

fn ok(text: &str, lang: Option<Lang>) -> Drafted {
    drafted(text, lang).unwrap_or_else(|e| panic!("no draft: {e:?}"))
}

fn gap_ids(d: &Drafted) -> Vec<String> {
    d.gaps.iter().map(|g| g.element.id()).collect()
}

fn cite(d: &Drafted, id: &str) -> String {
    let g = d
        .gaps
        .iter()
        .find(|g| g.element.id() == id)
        .unwrap_or_else(|| panic!("no gap {id} in {:?}", gap_ids(d)));
    palermo_i18n::Render::new(Lang::En).cite(g.citation)
}

#[test]
fn a_complete_mla_request_has_no_required_gap_and_cites_article_18() {
    let d = ok(&case(MLA, MLA_DRAFT), Some(Lang::En));
    assert!(d.is_complete(), "{:?}", gap_ids(&d));
    let text = d.document.plain_text();
    assert!(text.contains("This request is made under article 18 of the United Nations Convention"));
    assert!(text.contains("Prosecutor General of Atlantis"));
    // The user's two paragraphs stay two paragraphs.
    assert!(d.document.blocks.iter().any(|b| matches!(b, Block::Para(s) if s == &vec![Span::User("The money left Atlantis for Borduria.".into())])));
    // Persons are asked for only "where possible", and no central
    // authority of XAB is on record: two recommendations.
    assert_eq!(gap_ids(&d), ["addressee", "persons"]);
    assert!(d.gaps.iter().all(|g| !g.element.required()));
    // The case naming the central authority settles the addressee.
    let named = case(MLA, MLA_DRAFT).replace(
        "languages = [\"French\", \"Borduric\"]",
        "languages = [\"French\", \"Borduric\"]\ncentral_authority = \"Ministry of Justice of Borduria\"",
    );
    let d = ok(&named, Some(Lang::En));
    assert_eq!(gap_ids(&d), ["persons"]);
    assert!(d
        .document
        .plain_text()
        .contains("Ministry of Justice of Borduria, central authority of Borduria"));
}

#[test]
fn each_missing_mla_element_is_named_with_its_letter_of_article_18_15() {
    for (key, id, pinpoint) in [
        ("requesting_authority", "authority", "18(15)(a)"),
        ("proceedings", "proceedings", "18(15)(b)"),
        ("conducting_authority", "conducting_authority", "18(15)(b)"),
        ("facts", "facts", "18(15)(c)"),
        ("assistance", "assistance", "18(15)(d)"),
        ("purpose", "purpose", "18(15)(f)"),
    ] {
        let without: String = MLA_DRAFT
            .lines()
            .filter(|l| !l.starts_with(&format!("{key} =")))
            .collect::<Vec<_>>()
            .join("\n");
        let d = ok(&case(MLA, &without), Some(Lang::En));
        assert!(!d.is_complete(), "{key}");
        assert!(cite(&d, id).ends_with(pinpoint), "{key}: {}", cite(&d, id));
        // Marked where it belongs.
        assert!(d.document.blocks.iter().any(|b| match b {
            Block::Para(s) | Block::Item(s) => s.iter().any(|x| matches!(x, Span::Gap(_))),
            Block::Field { value, .. } => value.iter().any(|x| matches!(x, Span::Gap(_))),
            _ => false,
        }));
    }
}

#[test]
fn service_of_documents_needs_no_summary_of_facts() {
    // 18(15)(c) excepts requests for the service of judicial documents.
    let without: String = MLA_DRAFT
        .lines()
        .filter(|l| !l.starts_with("facts ="))
        .collect::<Vec<_>>()
        .join("\n");
    let service = MLA.replace("documents_records", "service_of_documents");
    let d = ok(&case(&service, &without), Some(Lang::En));
    assert!(!gap_ids(&d).contains(&"facts".to_string()));
    // With another measure beside it, the facts are needed again.
    let both = MLA.replace(
        "\"documents_records\"",
        "\"service_of_documents\", \"taking_evidence\"",
    );
    let d = ok(&case(&both, &without), Some(Lang::En));
    assert!(gap_ids(&d).contains(&"facts".to_string()));
}

#[test]
fn a_treaty_between_the_two_states_governs_under_article_18_7() {
    let treaty = MLA.replace(
        "treaty_in_force = false",
        "treaty_in_force = true\ntreaty_name = \"the Atlantis-Borduria Treaty on Mutual Assistance (1999)\"",
    );
    let d = ok(&case(&treaty, MLA_DRAFT), Some(Lang::En));
    let text = d.document.plain_text();
    assert!(
        text.contains("This request is made under the Atlantis-Borduria Treaty"),
        "{text}"
    );
    assert!(text.contains("paragraph 7"));
}

const EXTRADITION: &str = r#"kind = "extradition"
requesting_state = "XAA"
requested_state = "XAB"
treaty_in_force = false
person_located_in = "XAB"
person_nationalities = ["XAA"]
sentence_enforcement = false"#;

const EXTRADITION_DRAFT: &str = r#"
[draft]
requesting_authority = "Ministry of Justice of Atlantis"
contact = "Extradition Desk, Atlantis City"
facts = "The person organised the laundering of 3 million."
offence_law = { XAA = "Penal Code, s. 300", XAB = "Criminal Code, art. 45" }

[[draft.persons]]
role = "person_sought"
name = "A. N. Example"

[draft.warrant]
issued_by = "High Court of Atlantis"
date = 2026-01-15
reference = "W-1/2026"
"#;

#[test]
fn extradition_needs_the_person_the_law_of_both_states_and_the_warrant() {
    let text = case(
        EXTRADITION,
        "[draft]\nrequesting_authority = \"Ministry of Justice of Atlantis\"\n",
    )
    .replace(
        "languages = [\"French\", \"Borduric\"]",
        "languages = [\"French\"]\nextradition_requires_treaty = false",
    );
    let d = ok(&text, Some(Lang::En));
    let ids = gap_ids(&d);
    for id in [
        "person_sought",
        "facts",
        "offence_law.XAA",
        "offence_law.XAB",
        "warrant",
    ] {
        assert!(ids.contains(&id.to_string()), "{id} not in {ids:?}");
    }
    assert!(cite(&d, "person_sought").ends_with("16(1)"));
    assert!(cite(&d, "offence_law.XAB").ends_with("16(1)"));
    assert!(cite(&d, "warrant").ends_with("16(7)"));
    // The maxima are in the case: no penalty gap; the person is located.
    assert!(!ids.iter().any(|i| i.starts_with("penalty.")));
    assert!(!ids.contains(&"person_location".to_string()));
    // 16(6): a State that needs no treaty recognises the offences.
    assert!(
        d.document.plain_text().contains("paragraph 6"),
        "{}",
        d.document.plain_text()
    );
}

#[test]
fn a_complete_extradition_request_under_article_16_6_and_provisional_arrest() {
    let text = case(EXTRADITION, EXTRADITION_DRAFT).replace(
        "languages = [\"French\", \"Borduric\"]",
        "languages = [\"French\"]\nextradition_requires_treaty = false",
    );
    let d = ok(&text, Some(Lang::En));
    assert!(d.is_complete(), "{:?}", gap_ids(&d));
    // Provisional arrest asked without saying why: 16(9).
    let urgent = text.replace(
        "[[draft.persons]]",
        "provisional_arrest = true\n\n[[draft.persons]]",
    );
    let d = ok(&urgent, Some(Lang::En));
    assert_eq!(gap_ids(&d), ["urgency"]);
    assert!(cite(&d, "urgency").ends_with("16(9)"));
}

#[test]
fn without_a_basis_the_draft_cites_no_article_of_the_convention_as_one() {
    // XAB needs a treaty, says nothing of 16(5)(a), and there is no treaty:
    // the assessment cannot establish a basis, so the draft asks for one.
    let text = case(EXTRADITION, EXTRADITION_DRAFT).replace(
        "languages = [\"French\", \"Borduric\"]",
        "languages = [\"French\"]\nextradition_requires_treaty = true",
    );
    let d = ok(&text, Some(Lang::En));
    assert!(
        gap_ids(&d).contains(&"legal_basis".to_string()),
        "{:?}",
        gap_ids(&d)
    );
    assert!(!d.is_complete());
    assert!(!d
        .document
        .plain_text()
        .contains("This request is made under the United Nations"));
    // A treaty in force carries it, with 16(3) deeming the offences included.
    let treaty = text.replace(
        "treaty_in_force = false",
        "treaty_in_force = true\ntreaty_name = \"the Atlantis-Borduria Extradition Treaty\"",
    );
    let d = ok(&treaty, Some(Lang::En));
    assert!(
        !gap_ids(&d).contains(&"legal_basis".to_string()),
        "{:?}",
        gap_ids(&d)
    );
    assert!(d
        .document
        .plain_text()
        .contains("the Atlantis-Borduria Extradition Treaty"));
}

const CONFISCATION: &str = r#"kind = "confiscation"
requesting_state = "XAA"
requested_state = "XAB"
treaty_in_force = false
property_in_requested_state = true"#;

#[test]
fn confiscation_asks_what_article_13_3_requires_for_each_measure() {
    let base = MLA_DRAFT;
    let d = ok(&case(CONFISCATION, base), Some(Lang::En));
    assert!(cite(&d, "confiscation_measure").ends_with("13(3)"));

    let give = format!("{CONFISCATION}\nconfiscation_measure = \"give_effect_to_order\"");
    let d = ok(&case(&give, base), Some(Lang::En));
    assert!(cite(&d, "order").ends_with("13(3)(b)"));
    assert!(cite(&d, "order_extent").ends_with("13(3)(b)"));

    let with_order = format!(
        "{base}\n[draft.order]\nissued_by = \"High Court of Atlantis\"\ndate = 2026-02-01\nreference = \"CO-7\"\nfinal = true\nextent = \"The whole order: 2.5 million\"\n"
    );
    let d = ok(&case(&give, &with_order), Some(Lang::En));
    assert!(
        !gap_ids(&d).iter().any(|g| g.starts_with("order")),
        "{:?}",
        gap_ids(&d)
    );

    let own = format!("{CONFISCATION}\nconfiscation_measure = \"domestic_order\"");
    let d = ok(&case(&own, base), Some(Lang::En));
    assert!(cite(&d, "property").ends_with("13(3)(a)"));
    assert!(d
        .gaps
        .iter()
        .any(|g| g.element == Element::Property && g.element.required()));

    let freeze = format!("{CONFISCATION}\nconfiscation_measure = \"identify_trace_freeze\"");
    let no_assistance: String = base
        .lines()
        .filter(|l| !l.starts_with("assistance ="))
        .collect::<Vec<_>>()
        .join("\n");
    let d = ok(&case(&freeze, &no_assistance), Some(Lang::En));
    assert!(cite(&d, "actions").ends_with("13(3)(c)"));
    // For a freeze, the property is recommended, not required.
    assert!(d
        .gaps
        .iter()
        .any(|g| g.element == Element::PropertyRecommended));
}

#[test]
fn the_language_comes_from_the_requested_state_else_the_drafter() {
    // XAB accepts French (stated in the case): French without --lang.
    let d = ok(&case(MLA, MLA_DRAFT), None);
    assert_eq!(d.language.lang, Lang::Fr);
    assert!(!d.language.chosen);
    // The drafter may choose another; the notes say it needs a translation.
    let d = ok(&case(MLA, MLA_DRAFT), Some(Lang::Zh));
    assert_eq!(d.language.is_accepted(), Some(false));
    // No language on record and no choice: the drafter is asked.
    let silent = case(MLA, MLA_DRAFT).replace("languages = [\"French\", \"Borduric\"]\n", "");
    assert_eq!(
        drafted(&silent, None).unwrap_err(),
        DraftError::LanguageNeeded("XAB".parse().unwrap())
    );
    // Only a language outside the six on record: asked too.
    let other = case(MLA, MLA_DRAFT).replace("[\"French\", \"Borduric\"]", "[\"Borduric\"]");
    assert!(matches!(
        drafted(&other, None),
        Err(DraftError::LanguageNeeded(_))
    ));
}

#[test]
fn kinds_palermo_does_not_draft_are_refused() {
    let jit = MLA.replace("mutual_legal_assistance", "joint_investigation");
    assert!(matches!(
        drafted(&case(&jit, MLA_DRAFT), Some(Lang::En)),
        Err(DraftError::KindUnsupported(_))
    ));
}

#[test]
fn every_language_drafts_all_three_kinds_without_a_missing_message() {
    let cases = [
        case(MLA, MLA_DRAFT),
        case(EXTRADITION, EXTRADITION_DRAFT).replace(
            "languages = [\"French\", \"Borduric\"]",
            "languages = [\"French\"]\nextradition_requires_treaty = false",
        ),
        case(
            &format!("{CONFISCATION}\nconfiscation_measure = \"give_effect_to_order\""),
            MLA_DRAFT,
        ),
    ];
    for lang in Lang::ALL {
        for c in &cases {
            let d = ok(c, Some(lang));
            let text = d.document.plain_text();
            // The renderer writes an unknown id as the id itself.
            assert!(!text.contains("draft-"), "{lang:?}: {text}");
            assert!(!text.contains("gap-"), "{lang:?}: {text}");
        }
    }
}

#[test]
fn markdown_and_html_carry_every_word_and_mark_the_gaps() {
    let without: String = MLA_DRAFT
        .lines()
        .filter(|l| !l.starts_with("purpose ="))
        .collect::<Vec<_>>()
        .join("\n")
        .replace(
            "Prosecutor General of Atlantis",
            "Prosecutor <General> & Co",
        );
    let d = ok(&case(MLA, &without), Some(Lang::En));
    let md = write_markdown(&d.document);
    assert!(md.starts_with("# Request for mutual legal assistance"));
    assert!(md.contains("**\\[MISSING: the purpose"), "{md}");
    let html = write_html(&d.document);
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(html.contains("Prosecutor &lt;General&gt; &amp; Co"));
    assert!(html.contains("<mark class=\"gap\">[MISSING: the purpose"));
    // Arabic: right to left.
    let d = ok(&case(MLA, MLA_DRAFT), Some(Lang::Ar));
    assert!(write_html(&d.document).contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(write_markdown(&d.document).starts_with("<div dir=\"rtl\" lang=\"ar\">"));
}

fn docx_part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP archive");
    let mut part = zip
        .by_name(name)
        .unwrap_or_else(|_| panic!("no part {name}"));
    let mut s = String::new();
    part.read_to_string(&mut s).unwrap();
    s
}

#[test]
fn docx_has_the_parts_a_word_processor_needs_and_is_deterministic() {
    let d = ok(&case(MLA, MLA_DRAFT), Some(Lang::En));
    let a = write_docx(&d.document).unwrap();
    let b = write_docx(&d.document).unwrap();
    assert_eq!(a, b, "the same draft gives the same bytes");
    for part in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
        "docProps/core.xml",
    ] {
        let xml = docx_part(&a, part);
        roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{part}: {e}"));
    }
    let body = docx_part(&a, "word/document.xml");
    assert!(body.contains("Prosecutor General of Atlantis"));
    assert!(!body.contains("<w:bidi/>"));
    // Arabic paragraphs run right to left.
    let d = ok(&case(MLA, MLA_DRAFT), Some(Lang::Ar));
    let body = docx_part(&write_docx(&d.document).unwrap(), "word/document.xml");
    assert!(body.contains("<w:bidi/>") && body.contains("<w:rtl/>"));
}

#[test]
fn a_missing_penalty_is_a_gap_after_the_label_in_every_language() {
    let text = case(EXTRADITION, EXTRADITION_DRAFT)
        .replace(
            "languages = [\"French\", \"Borduric\"]",
            "languages = [\"French\"]\nextradition_requires_treaty = false",
        )
        .replace(
            "max_penalty = { XAA = \"10y\", XAB = \"8y\" }",
            "max_penalty = { XAA = \"10y\" }",
        );
    for lang in Lang::ALL {
        let d = ok(&text, Some(lang));
        assert!(cite(&d, "penalty.XAB").ends_with("16(7)"), "{lang:?}");
        let para = d
            .document
            .blocks
            .iter()
            .find_map(|b| match b {
                Block::Para(s) if s.iter().any(|x| matches!(x, Span::Gap(_))) && s.len() == 2 => {
                    Some(s[0].text().to_string())
                }
                _ => None,
            })
            .expect("the penalty line with its gap");
        // The label ends in its colon, not in a sentence's full stop.
        assert!(
            !para.trim_end().ends_with('.') && !para.trim_end().ends_with('\u{3002}'),
            "{lang:?}: {para}"
        );
    }
}

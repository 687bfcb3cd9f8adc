//! Round-trip and containment tests for provision pinpoints.

use super::*;

#[test]
fn prints_canonical_forms() {
    assert_eq!(Provision::untoc(16).para(1).to_string(), "UNTOC art. 16(1)");
    assert_eq!(
        Provision::untoc(5)
            .para(1)
            .letter('a')
            .roman(2)
            .letter('b')
            .to_string(),
        "UNTOC art. 5(1)(a)(ii)(b)"
    );
    assert_eq!(
        Provision::article(Instrument::Tip, 3)
            .letter('c')
            .to_string(),
        "TIP art. 3(c)"
    );
    assert_eq!(
        Provision::articles(Instrument::Untoc, 36, 38).to_string(),
        "UNTOC arts. 36-38"
    );
}

#[test]
fn round_trips() {
    for p in [
        Provision::untoc(16).para(5).letter('a'),
        Provision::untoc(18).para(21).letter('b'),
        Provision::untoc(5).para(1).letter('a').roman(2).letter('b'),
        Provision::untoc(2).letter('i'),
        Provision::untoc(3).para(2).letter('c'),
        Provision::article(Instrument::Som, 6)
            .para(1)
            .letter('b')
            .roman(1),
        Provision::article(Instrument::Firearms, 5)
            .para(2)
            .letter('a'),
        Provision::articles(Instrument::Untoc, 36, 38),
    ] {
        let text = p.to_string();
        assert_eq!(text.parse::<Provision>(), Ok(p), "{text}");
    }
}

#[test]
fn reads_tolerant_spellings() {
    let p = Provision::untoc(16).para(5).letter('a');
    for s in [
        "art 16(5)(a)",
        "16(5)(a)",
        "untoc art 16(5)(a)",
        "art16.5.a",
        "Article 16(5)(a)",
    ] {
        assert_eq!(s.parse::<Provision>(), Ok(p), "{s}");
    }
    // Art. 2(i) is subparagraph (i), a letter, not a roman numeral.
    assert_eq!(
        "art 2(i)".parse::<Provision>(),
        Ok(Provision::untoc(2).letter('i'))
    );
}

#[test]
fn rejects_nonsense() {
    for s in [
        "",
        "art",
        "art 42",
        "TIP art 21",
        "art 16(",
        "art 16(0)",
        "art 16(A)",
        "xyz 3",
        "art 16(1)(a)(i)(a)(b)",
    ] {
        assert!(s.parse::<Provision>().is_err(), "{s}");
    }
}

#[test]
fn containment() {
    let a = Provision::untoc(16).para(5).letter('a');
    assert!(a.is_within(&Provision::untoc(16).para(5)));
    assert!(a.is_within(&Provision::untoc(16)));
    assert!(!a.is_within(&Provision::untoc(16).para(4)));
    assert!(!Provision::untoc(16).is_within(&a));
    assert!(Provision::untoc(37).is_within(&Provision::articles(Instrument::Untoc, 36, 38)));
}

#[test]
fn slugs() {
    assert_eq!(
        Provision::untoc(16).para(5).letter('a').slug(),
        "untoc-16-5-a"
    );
}

#[test]
fn paragraphs_are_checked_where_the_division_is_encoded() {
    let p = |s: &str| s.parse::<Provision>().unwrap();
    assert!(p("16(17)").check_paragraph().is_ok());
    assert_eq!(
        p("16(99)").check_paragraph().unwrap_err().to_string(),
        "there is no UNTOC art. 16(99): UNTOC art. 16 has 17 paragraphs"
    );
    assert!(p("art16.18").check_paragraph().is_err());
    assert!(p("18(30)").check_paragraph().is_ok());
    assert!(p("18(31)(a)").check_paragraph().is_err());
    assert_eq!(
        p("17(1)").check_paragraph().unwrap_err().to_string(),
        "there is no UNTOC art. 17(1): UNTOC art. 17 has no numbered paragraphs (no paragraph 1)"
    );
    // Letters of an unnumbered article, whole articles and runs pass.
    assert!(p("2(b)").check_paragraph().is_ok());
    assert!(p("16").check_paragraph().is_ok());
    assert!(p("arts. 36-38").check_paragraph().is_ok());
    // Not encoded: not checked.
    assert_eq!(Instrument::Untoc.division(30), Division::NotEncoded);
    assert!(p("30(9)").check_paragraph().is_ok());
    assert!(p("TIP art. 3(9)").check_paragraph().is_ok());
}

#[test]
fn an_article_beyond_the_last_says_how_many_there_are() {
    let e = "99(1)".parse::<Provision>().unwrap_err();
    assert!(e.is_no_such_article());
    assert!(
        e.to_string().contains("the Convention has 41 articles"),
        "{e}"
    );
    let e = "TIP art. 21".parse::<Provision>().unwrap_err();
    assert!(e.to_string().contains("Protocol has 20 articles"), "{e}");
    assert!(!"nonsense"
        .parse::<Provision>()
        .unwrap_err()
        .is_no_such_article());
}

#[test]
fn protocol_pinpoints_always_print_their_instrument() {
    for (p, text) in [
        (
            Provision::article(Instrument::Tip, 15).para(3),
            "TIP art. 15(3)",
        ),
        (
            Provision::article(Instrument::Som, 1).para(3),
            "SOM art. 1(3)",
        ),
        (
            Provision::article(Instrument::Firearms, 5).para(1),
            "FP art. 5(1)",
        ),
        (
            Provision::articles(Instrument::Tip, 17, 19),
            "TIP arts. 17-19",
        ),
    ] {
        assert_eq!(p.to_string(), text);
        assert_eq!(text.parse::<Provision>().unwrap(), p);
    }
    // A bare pinpoint is read as the Convention's, never a Protocol's.
    assert_eq!(
        "15(3)".parse::<Provision>().unwrap().instrument(),
        Instrument::Untoc
    );
}

//! The catalogues parse, agree with English and render each kind of argument.

use super::*;

fn en() -> Render<'static> {
    Render::new(Lang::En)
}

#[test]
fn every_catalogue_parses() {
    for lang in Lang::ALL {
        if let Err(errors) = Catalogue::check(lang) {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("{lang}:\n{}", list.join("\n"));
        }
    }
}

#[test]
fn the_compiled_catalogues_are_the_sources_read_now() {
    // build.rs writes each catalogue as static data; reading its source with
    // the same code now must give the same entries, patterns and index.
    for lang in Lang::ALL {
        let parsed = Catalogue::check(lang).expect("parses");
        let compiled = Catalogue::get(lang);
        assert!(compiled.messages().len() > 100, "{lang}");
        assert!(compiled.same_entries(&parsed), "{lang}");
    }
}

#[test]
fn a_broken_file_is_refused_with_its_file_and_line() {
    // What the build does with each compiled-in catalogue: an unclosed
    // placeable or a stray line in a file is an error naming file and line.
    let src = "## file: locales/xx/a.ftl\nok = fine\n## file: locales/xx/b.ftl\nm = ok\n}oops\n";
    let errors = Catalogue::parse(Lang::Fr, src)
        .err()
        .expect("a stray line is refused");
    assert_eq!(errors[0].file, "locales/xx/b.ftl");
    assert_eq!(errors[0].line, 2, "{errors:?}");
    assert_eq!(
        errors[0].to_string().split(':').next(),
        Some("locales/xx/b.ftl")
    );
}

/// The variables a message uses, with those of the messages and terms it
/// references (they receive the same arguments).
fn effective_vars(all: &[MessageInfo], id: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut stack = vec![id.to_string()];
    let mut seen: Vec<String> = Vec::new();
    while let Some(id) = stack.pop() {
        if seen.contains(&id) {
            continue;
        }
        if let Some(m) = all.iter().find(|m| m.id == id) {
            out.extend(m.vars.iter().copied());
            stack.extend(m.refs.iter().map(|r| r.to_string()));
        }
        seen.push(id);
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[test]
fn every_message_is_in_every_catalogue_with_the_same_variables() {
    let english = Catalogue::get(Lang::En).messages();
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let other = Catalogue::get(lang).messages();
        for m in &english {
            match other.iter().find(|o| o.id == m.id) {
                None => problems.push(format!(
                    "{lang}: `{}` is missing ({}:{})",
                    m.id, m.file, m.line
                )),
                Some(o) => {
                    let (theirs, ours) =
                        (effective_vars(&other, o.id), effective_vars(&english, m.id));
                    if theirs != ours {
                        problems.push(format!(
                            "{lang}: `{}` uses {:?}, English uses {:?} ({}:{})",
                            m.id, theirs, ours, o.file, o.line
                        ));
                    }
                }
            }
        }
        for o in &other {
            if !english.iter().any(|m| m.id == o.id) {
                problems.push(format!(
                    "{lang}: `{}` is not in English ({}:{})",
                    o.id, o.file, o.line
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn parse_reports_file_and_line() {
    let src = "## file: locales/xx/a.ftl\nok = fine\n## file: locales/xx/b.ftl\n\nbad = { $x\n";
    let errors = match Catalogue::parse(Lang::En, src) {
        Err(e) => e,
        Ok(_) => panic!("an unclosed placeable parses"),
    };
    assert_eq!(errors[0].file, "locales/xx/b.ftl");
    assert_eq!(errors[0].line, 2, "{errors:?}");
}

#[test]
fn a_duplicate_message_is_an_error() {
    let src = "## file: a.ftl\nm = one\nm = two\n";
    let errors = Catalogue::parse(Lang::En, src)
        .err()
        .expect("duplicate is refused");
    assert!(errors[0].message.contains("defined twice"), "{errors:?}");
}

#[test]
fn select_on_plural_categories_per_language() {
    let src = "## file: t.ftl\nn = { $n ->\n    [0] none\n    [one] one fact\n    [few] few facts\n   *[other] { $n } facts\n}\n";
    let cat = Box::leak(Box::new(Catalogue::parse(Lang::Ru, src).expect("parses")));
    let r = Render { cat, names: &[] };
    let m = |n: i64| r.msg(&Msg::new("n").arg("n", n));
    assert_eq!(m(0), "none");
    assert_eq!(m(1), "one fact");
    assert_eq!(m(3), "few facts", "Russian: 3 is `few`");
    assert_eq!(
        m(5),
        "5 facts",
        "Russian: 5 is `many`, which falls to the default"
    );
    assert_eq!(m(21), "one fact", "Russian: 21 is `one`");
}

#[test]
fn states_dates_and_citations_in_each_language() {
    let ken: palermo_refdata::StateCode = "KEN".parse().unwrap();
    let d = jiff::civil::date(2024, 5, 1);
    assert_eq!(en().state(ken), "Kenya (KEN)");
    assert_eq!(Render::new(Lang::Zh).state(ken), "肯尼亚（KEN）");
    assert_eq!(en().date(d), "1 May 2024");
    assert_eq!(Render::new(Lang::Fr).date(d), "1er mai 2024");
    assert_eq!(Render::new(Lang::Es).date(d), "1 de mayo de 2024");
    assert_eq!(Render::new(Lang::Ru).date(d), "1 мая 2024 г.");
    assert_eq!(Render::new(Lang::Zh).date(d), "2024年5月1日");
    let p = palermo_cite::Provision::untoc(16).para(5).letter('a');
    assert_eq!(en().cite(p), "UNTOC art. 16(5)(a)");
    assert!(Render::new(Lang::Zh).cite(p).ends_with("第16条第5款(a)项"));
}

#[test]
fn a_fictional_state_takes_the_case_name_or_its_code() {
    let xaa: palermo_refdata::StateCode = "XAA".parse().unwrap();
    assert_eq!(en().state(xaa), "XAA");
    let names = [(xaa, std::sync::Arc::<str>::from("Atlantis"))];
    assert_eq!(en().with_names(&names).state(xaa), "Atlantis (XAA)");
}

#[test]
fn lists_join_as_each_language_does() {
    let items: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
    assert_eq!(en().list(&items), "a, b and c");
    assert_eq!(Render::new(Lang::Fr).list(&items), "a, b et c");
    assert_eq!(Render::new(Lang::Zh).list(&items), "a、b和c");
    assert_eq!(en().list(&items[..1]), "a");
}

#[test]
fn the_language_comes_from_the_flag_then_palermo_lang_then_the_locale() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(Lang::from_env(env(&[])), Ok(Lang::En));
    assert_eq!(
        Lang::from_env(env(&[("LANG", "fr_FR.UTF-8")])),
        Ok(Lang::Fr)
    );
    assert_eq!(
        Lang::from_env(env(&[("LANG", "de_DE.UTF-8")])),
        Ok(Lang::En)
    );
    assert_eq!(
        Lang::from_env(env(&[("LC_ALL", "C"), ("LANG", "fr_FR")])),
        Ok(Lang::En)
    );
    assert_eq!(
        Lang::from_env(env(&[("PALERMO_LANG", "zh-Hans"), ("LANG", "fr_FR")])),
        Ok(Lang::Zh)
    );
    assert_eq!(
        Lang::from_env(env(&[("PALERMO_LANG", "de")])),
        Err("de".to_string())
    );
}

#[test]
fn string_literals_unescape_unicode() {
    let src = "## file: t.ftl\nm = a{\"\\u00A0\"}b{\"\\\"\"}\n";
    let cat = Box::leak(Box::new(Catalogue::parse(Lang::Fr, src).expect("parses")));
    let r = Render { cat, names: &[] };
    assert_eq!(r.t("m"), "a\u{a0}b\"");
}

#[test]
fn arabic_cites_the_article_before_the_instrument() {
    let p = palermo_cite::Provision::untoc(16).para(15);
    let ar = Render::new(Lang::Ar).cite(p);
    assert!(ar.starts_with("المادة 16(15) من "), "{ar}");
}

#[test]
fn arabic_letters_follow_the_abjad_and_a_placeholder_name_is_replaced() {
    let p = palermo_cite::Provision::untoc(2).letter('i');
    assert!(Render::new(Lang::Ar).cite(p).starts_with("المادة 2(ط)"));
    let nld: palermo_refdata::StateCode = "NLD".parse().unwrap();
    assert_eq!(state_name(nld, Lang::Ar), Some("هولندا"));
    assert_eq!(state_name(nld, Lang::En), Some("Netherlands"));
    let items: Vec<String> = ["KEN", "ITA"].map(String::from).to_vec();
    assert_eq!(Render::new(Lang::Ar).list(&items), "KEN و ITA");
}

#[test]
fn numbers_and_dates_are_written_as_format_writes_them() {
    for n in [0, 7, 10, 99, 2024, -1, -305, i64::MAX, i64::MIN] {
        let mut s = String::new();
        format::push_int(&mut s, n);
        assert_eq!(s, n.to_string());
    }
    for (y, m, d) in [
        (2024, 5, 1),
        (1999, 12, 31),
        (7, 1, 9),
        (-44, 3, 15),
        (9999, 2, 28),
    ] {
        let date = jiff::civil::date(y, m, d);
        for lang in Lang::ALL {
            let month = if lang == Lang::Zh {
                ""
            } else {
                format::MONTHS[lang as usize][m as usize - 1]
            };
            let expected = match lang {
                Lang::En | Lang::Ar => format!("{d} {month} {y}"),
                Lang::Fr if d == 1 => format!("1er {month} {y}"),
                Lang::Fr => format!("{d} {month} {y}"),
                Lang::Es => format!("{d} de {month} de {y}"),
                Lang::Ru => format!("{d} {month} {y} г."),
                Lang::Zh => format!("{y}年{m}月{d}日"),
            };
            assert_eq!(Render::new(lang).date(date), expected);
        }
    }
}

#[test]
fn a_list_argument_is_joined_as_a_list() {
    let items = ["KEN", "ITA", "مصر"];
    for lang in Lang::ALL {
        for n in 0..=items.len() {
            let strings: Vec<String> = items[..n].iter().map(|s| s.to_string()).collect();
            let m = Msg::new("w").arg(
                "x",
                Arg::List(items[..n].iter().map(|s| Arg::text(*s)).collect()),
            );
            let src = "## file: t.ftl\nw = <{ $x }>\n";
            let cat = Box::leak(Box::new(Catalogue::parse(lang, src).expect("parses")));
            let r = Render { cat, names: &[] };
            assert_eq!(r.msg(&m), format!("<{}>", r.list(&strings)), "{lang} {n}");
        }
    }
    assert_eq!(
        Render::new(Lang::Ar).list(&["KEN".into(), "ITA".into(), "مصر".into()]),
        "KEN، ITA ومصر"
    );
    // "و" also joins the quotation mark that opens a quoted item.
    let quoted = Msg::new("headline-no").arg("n", 2).arg(
        "reasons",
        Arg::List(vec![Arg::text("«أ»"), Arg::text("«ب»")]),
    );
    let text = Render::new(Lang::Ar).msg(&quoted);
    assert!(text.contains("«أ» و«ب»"), "{text}");
}

#[test]
fn a_message_cites_in_words_when_it_holds_a_pinpoint_or_a_citation() {
    for lang in Lang::ALL {
        let c = Catalogue::get(lang);
        // Pinpoints in the text, in each language's citation words.
        assert!(c.cites_in_words("route-mla-central-authority"), "{lang}");
        assert!(c.cites_in_words("route-mla-urgent"), "{lang}");
        // A `$citation` argument.
        assert!(c.cites_in_words("route-extradition-send"), "{lang}");
        assert!(c.cites_in_words("headline-yes"), "{lang}");
        // No pinpoint: the step's citation is needed beside it.
        assert!(!c.cites_in_words("route-establish"), "{lang}");
        assert!(!c.cites_in_words("route-other-basis"), "{lang}");
        assert!(!c.cites_in_words("no-such-message"), "{lang}");
    }
}

#[test]
fn a_pinpoint_is_the_citation_word_on_its_own_before_a_number() {
    use crate::catalogue::pinpoints;
    assert!(pinpoints("preserved (art. 27(1)).", "art."));
    assert!(pinpoints("art. 18", "art."));
    assert!(pinpoints("（第18条第13款）", "第"));
    assert!(pinpoints("(المادة 18(13))", "المادة"));
    // The end of another word, or the word without a number after it.
    assert!(!pinpoints("take part. Then 18", "art."));
    assert!(!pinpoints("this article. It", "art."));
    assert!(!pinpoints("第一", "第"));
    assert!(!pinpoints("art. 18", ""));
}

#[test]
fn english_puts_the_before_the_names_unterm_gives_it_capitalised_at_a_sentence_start() {
    let nld: StateCode = "NLD".parse().expect("code");
    let ita: StateCode = "ITA".parse().expect("code");
    let r = en();
    // Inside a sentence.
    let m = Msg::new("route-mla-central-authority").arg("requested", nld);
    assert_eq!(
        r.msg(&m),
        "Address the request to the central authority of the Netherlands (NLD) (art. 18(13))."
    );
    // At the start of the message, and after another message's text.
    let m = Msg::new("art13-jurisdiction-stated-yes").arg("requesting", nld);
    let text = r.msg(&m);
    assert!(
        text.starts_with("The Netherlands (NLD) has jurisdiction"),
        "{text}"
    );
    let mut out = String::from("  ✔ ");
    r.write(&m, &mut out);
    assert!(out.starts_with("  ✔ The Netherlands (NLD)"), "{out}");
    // Nested and quoted, the start of what is quoted.
    let quoted = Msg::new("reason-with-citation")
        .arg("reason", m.clone())
        .arg("citation", palermo_cite::Provision::untoc(13));
    assert!(
        r.msg(&quoted).starts_with("“The Netherlands (NLD)"),
        "{}",
        r.msg(&quoted)
    );
    // A name without the article, and other languages, are as they were.
    let m = Msg::new("art13-jurisdiction-stated-yes").arg("requesting", ita);
    assert!(r.msg(&m).starts_with("Italy (ITA) has"), "{}", r.msg(&m));
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        let m = Msg::new("art13-jurisdiction-stated-yes").arg("requesting", nld);
        let text = Render::new(lang).msg(&m);
        assert!(!text.contains("the "), "{lang}: {text}");
    }
    // Where a State's label stands alone (a table, a draft), no article.
    assert_eq!(r.state(nld), "Netherlands (NLD)");
}

#[test]
fn english_capitalises_a_nested_message_that_starts_a_sentence() {
    let r = en();
    // "the treaty" starting the message, and inside it.
    let start = Msg::new("art16-deemed-included-yes-named").arg("name", Msg::new("treaty-unnamed"));
    assert!(
        r.msg(&start).starts_with("The treaty binds"),
        "{}",
        r.msg(&start)
    );
    let titled = Msg::new("art16-deemed-included-yes-named").arg(
        "name",
        Msg::new("treaty-title").arg(
            "name",
            Arg::text("European Convention on Extradition (1957)"),
        ),
    );
    assert!(
        r.msg(&titled)
            .starts_with("The European Convention on Extradition (1957) binds"),
        "{}",
        r.msg(&titled)
    );
    let inside = Msg::new("treaty-check-channels").arg("treaty", Msg::new("treaty-unnamed"));
    assert_eq!(
        r.msg(&inside),
        "The channels, languages and form prescribed by the treaty."
    );
    // Other languages are as their catalogues write them.
    let fr = Render::new(Lang::Fr).msg(&titled);
    assert!(
        fr.contains("«\u{a0}European Convention on Extradition (1957)\u{a0}»"),
        "{fr}"
    );
    assert!(!fr.contains("the "), "{fr}");
}

#[test]
fn a_named_treaty_stands_where_the_words_for_the_treaty_would() {
    let name = "European Convention on Extradition (1957)";
    let named = |id: &'static str, name: &str| Msg::new(id).arg("name", Arg::text(name));
    let channels = |treaty: Msg| Msg::new("treaty-check-channels").arg("treaty", treaty);
    let expected = [
        (
            Lang::En,
            "prescribed by the European Convention on Extradition (1957).",
        ),
        (
            Lang::Fr,
            "prescrit le traité «\u{a0}European Convention on Extradition (1957)\u{a0}».",
        ),
        (
            Lang::Es,
            "prescribe el tratado «European Convention on Extradition (1957)».",
        ),
        (
            Lang::Ru,
            "предписывает договор «European Convention on Extradition (1957)».",
        ),
        (
            Lang::Ar,
            "تنص عليها المعاهدة «European Convention on Extradition (1957)».",
        ),
        (
            Lang::Zh,
            "《European Convention on Extradition (1957)》规定的渠道",
        ),
    ];
    for (lang, words) in expected {
        let text = Render::new(lang).msg(&channels(named("treaty-named", name)));
        assert!(text.contains(words), "{lang}: {text}");
    }
    // A title the case starts with "the" gets no second article in English,
    // and a capital where it starts a sentence; the other languages frame it
    // as any other.
    let with_the = named(
        "treaty-named-with-the",
        "the Treaty on Mutual Assistance in Criminal Matters (1982)",
    );
    let grounds = Msg::new("treaty-check-fiscal").arg("treaty", with_the.clone());
    assert_eq!(
        en().msg(&Msg::new("art18-treaty-governs").arg("treaty", with_the.clone()))
            .matches("the the")
            .count(),
        0
    );
    assert!(en()
        .msg(&grounds)
        .starts_with("Whether the Treaty on Mutual"));
    let fr = Render::new(Lang::Fr).msg(&grounds);
    assert!(
        fr.starts_with("Si le traité «\u{a0}the Treaty on Mutual"),
        "{fr}"
    );
    // A message that frames the name itself takes it alone outside English.
    let framed = Msg::new("art27-basis-named").arg("name", named("treaty-title", name));
    assert!(
        en().msg(&framed).starts_with("The European Convention"),
        "{}",
        en().msg(&framed)
    );
    let fr = Render::new(Lang::Fr).msg(&framed);
    assert!(
        fr.starts_with("L'accord «\u{a0}European Convention on Extradition (1957)\u{a0}» régit"),
        "{fr}"
    );
}

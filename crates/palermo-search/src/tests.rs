//! The index on a small data set of fictional States (XAA, XAB), written
//! here, so that no test depends on the bundled rows.

use super::*;
use palermo_refdata::DataTexts;

const PARTICIPATION: &str = "participant,iso3166_alpha3,instrument,signature_date,consent_date,consent_type,source_url,source_as_of,is_party,notes
Aland,XAA,UNTOC,,2003-01-01,accession,http://example.org/p,2024,yes,
Bland,XAB,UNTOC,,2004-01-01,accession,http://example.org/p,2024,yes,
";
const DECLARATIONS: &str = "participant,iso3166_alpha3,instrument,article,kind,summary,source_url,effect,source_as_of
Aland,XAA,UNTOC,18(13),notification,Central authority: the Ministry of Lighthouses.,http://example.org/d,,2020
Bland,XAB,UNTOC,16(5),notification,Takes the Convention as the legal basis for extradition.,http://example.org/d,takes_convention,2021
";
const PENALTIES: &str = "iso3166_alpha3,state,crime_type,offence_label,provision,max_custodial,in_force_from,source_url,source_as_of,notes,in_force_until,flag
XAA,Aland,wildlife_trafficking,trading in narwhal tusks,Marine Act s. 7,6y,,http://example.org/pen,2023,,,
XAB,Bland,wildlife_trafficking,trading in narwhal tusks,Fauna Code art. 3,2y,,http://example.org/pen,2022,,,
XAB,Bland,migrant_smuggling,smuggling of migrants,Aliens Act s. 9,8y,,http://example.org/pen,2022,,,
";
const CRIMES: &str = "format = \"palermo.crimes/1\"

[[crime]]
id = \"wildlife_trafficking\"
name = \"Trafficking in protected wildlife\"
kind = \"emerging\"
description = \"Poaching and trading of protected species across borders.\"
convention_offences = [\"untoc.art5\"]
mandates = [{ symbol = \"GA resolution 0/1\", gist = \"urged States to treat wildlife trafficking as serious crime\" }]

[[crime]]
id = \"migrant_smuggling\"
name = \"Smuggling of migrants\"
kind = \"convention\"
description = \"Procuring illegal entry for a benefit.\"
";
const AUTHORITIES: &str = "participant,iso3166_alpha3,function,authority,languages,channels,contact,source_url,source_as_of,notes
Aland,XAA,mla,the Ministry of Lighthouses,en+fr,diplomatic channels,,http://example.org/a,2020,From the notification.
";

fn data() -> RefData {
    let (data, diags) = RefData::from_texts(
        DataTexts {
            participation: PARTICIPATION,
            declarations: DECLARATIONS,
            penalties: PENALTIES,
            crimes: CRIMES,
            authorities: AUTHORITIES,
            ..DataTexts::default()
        },
        "test",
    );
    assert!(
        diags
            .iter()
            .all(|d| d.severity != palermo_refdata::Severity::Error),
        "{diags:#?}"
    );
    data
}

fn index() -> SearchIndex {
    SearchIndex::build(&data()).unwrap()
}

fn query(text: &str) -> Query {
    Query {
        text: text.into(),
        limit: 10,
        ..Query::default()
    }
}

#[test]
fn a_word_of_a_penalty_row_finds_it_with_its_origin() {
    let r = index().search(&query("narwhal")).unwrap();
    assert_eq!(r.total, 2);
    assert!(r.hits.iter().all(|h| h.kind == Kind::Penalty));
    let h = r
        .hits
        .iter()
        .find(|h| h.state.as_deref() == Some("XAA"))
        .unwrap();
    assert!(h.title.contains("Aland (XAA)"), "{}", h.title);
    assert!(h.snippet.contains("narwhal"), "{}", h.snippet);
    let (a, b) = h.highlights[0];
    assert_eq!(&h.snippet[a..b], "narwhal");
    assert_eq!(h.crime_type.as_deref(), Some("wildlife_trafficking"));
    assert_eq!(h.articles, ["2"]);
    assert_eq!(
        h.origin,
        Origin::Data {
            file: "national_penalties.csv".into(),
            line: 2,
            source_url: Some("http://example.org/pen".into()),
            source_as_of: Some("2023".into()),
            note: None,
        }
    );
    assert_eq!(
        r.facets.kind,
        [FacetCount {
            value: "penalty".into(),
            count: 2
        }]
    );
    assert_eq!(r.facets.state.len(), 2);
}

#[test]
fn the_state_facet_filters_and_counts() {
    let ix = index();
    let all = ix.search(&query("narwhal OR lighthouses")).unwrap();
    assert_eq!(all.total, 4, "{:#?}", all.hits);
    let xaa = ix
        .search(&Query {
            state: Some("XAA".into()),
            ..query("narwhal OR lighthouses")
        })
        .unwrap();
    assert_eq!(xaa.total, 3);
    assert!(xaa.hits.iter().all(|h| h.state.as_deref() == Some("XAA")));
    assert_eq!(
        xaa.facets.state,
        [FacetCount {
            value: "XAA".into(),
            count: 3
        }]
    );
    // Penalty, notification and authority, one each.
    assert_eq!(xaa.facets.kind.len(), 3);
    // The authority's article is 18 (art. 18(13)), as the notification's.
    assert!(xaa.facets.article.contains(&FacetCount {
        value: "18".into(),
        count: 2
    }));
}

#[test]
fn the_other_filters_and_stems() {
    let ix = index();
    // `smuggle` finds `smuggling` (English stems).
    let r = ix
        .search(&Query {
            kind: Some(Kind::Penalty),
            ..query("smuggle")
        })
        .unwrap();
    assert_eq!(r.total, 1);
    assert_eq!(r.hits[0].state.as_deref(), Some("XAB"));
    let r = ix
        .search(&Query {
            crime_type: Some("wildlife_trafficking".into()),
            ..query("")
        })
        .unwrap();
    // Two penalty rows, the crime type and its mandate.
    assert_eq!(r.total, 4, "{:#?}", r.hits);
    let r = ix
        .search(&Query {
            article: Some("art. 18(13)".into()),
            ..query("ministry")
        })
        .unwrap();
    assert_eq!(r.total, 2);
    assert!(r
        .hits
        .iter()
        .any(|h| h.kind == Kind::Authority && h.title.contains("the Ministry of Lighthouses")));
    // The provisions come from the engine's catalogue, whatever the data.
    let r = ix
        .search(&Query {
            kind: Some(Kind::Provision),
            ..query("extradition")
        })
        .unwrap();
    assert!(r.total > 0);
    assert!(matches!(r.hits[0].origin, Origin::Provision { .. }));
    // Every highlight marks a word of its snippet, passages cut or not.
    let r = ix.search(&query("State OR request OR Convention")).unwrap();
    assert!(r.hits.iter().any(|h| h.snippet.ends_with('…')));
    for h in &r.hits {
        for &(a, b) in &h.highlights {
            let word = h.snippet.get(a..b).unwrap_or_else(|| panic!("{h:?}"));
            assert!(
                ["state", "request", "convention"]
                    .iter()
                    .any(|w| word.to_lowercase().starts_with(w)),
                "{word} in {h:?}"
            );
        }
    }
    // The limit cuts the list, not the counts.
    let r = ix
        .search(&Query {
            limit: 1,
            ..query("narwhal")
        })
        .unwrap();
    assert_eq!((r.hits.len(), r.total), (1, 2));
}

#[test]
fn no_hit_is_an_empty_list_not_an_error() {
    let r = index().search(&query("zyzzyva")).unwrap();
    assert_eq!(r.total, 0);
    assert!(r.hits.is_empty());
    assert_eq!(r.facets, Facets::default());
}

#[test]
fn a_malformed_query_is_a_clear_error_not_a_panic() {
    let ix = index();
    for (text, says) in [
        (
            "\"narwhal tusks",
            "unbalanced quotation mark at character 1",
        ),
        ("colour:red", "`colour:` names no field"),
        (
            "narwhal \"tusks\" \"of",
            "unbalanced quotation mark at character 17",
        ),
        ("(narwhal OR (tusks)", "unmatched `(` at character 1"),
        ("narwhal) tusks", "unmatched `)` at character 8"),
        (
            "((((((narwhal))))))",
            "nest deeper than 5 levels at character 6",
        ),
        ("", "the query is empty"),
        ("   ", "the query is empty"),
    ] {
        match ix.search(&query(text)) {
            Err(SearchError::Query(m)) => assert!(m.contains(says), "{text}: {m}"),
            other => panic!("{text}: {other:?}"),
        }
    }
    for (q, says) in [
        (
            Query {
                state: Some("XZZ".into()),
                ..query("narwhal")
            },
            "no record of `XZZ`",
        ),
        (
            Query {
                state: Some("narnia".into()),
                ..query("narwhal")
            },
            "is not a State code",
        ),
        (
            Query {
                article: Some("99".into()),
                ..query("narwhal")
            },
            "articles 1 to 41",
        ),
        (
            Query {
                article: Some("the first".into()),
                ..query("narwhal")
            },
            "is not an article",
        ),
        (
            Query {
                crime_type: Some("piracy".into()),
                ..query("narwhal")
            },
            "not a crime type",
        ),
    ] {
        match ix.search(&q) {
            Err(SearchError::Query(m)) => assert!(m.contains(says), "{q:?}: {m}"),
            other => panic!("{q:?}: {other:?}"),
        }
    }
    // Unpaired parentheses are refused at once: the parser would take a
    // time that doubles with each.
    let many = "(".repeat(100_000);
    assert!(
        matches!(ix.search(&query(&many)), Err(SearchError::Query(m)) if m.contains("longer than"))
    );
    let some = "(".repeat(40);
    assert!(matches!(ix.search(&query(&some)), Err(SearchError::Query(m)) if m.contains("deeper")));
    // Parentheses inside a phrase are words, and nesting within the limit reads.
    assert!(ix.search(&query("\"(narwhal\"")).is_ok());
    assert_eq!(ix.search(&query("(((narwhal)))")).unwrap().total, 2);
    // Odd input of every kind is answered, never a panic.
    for text in [
        "(", ")", "a AND", "-", "*", "+", "title:", "\"\"", "a:b:c", "[1 TO", "~2", "^",
    ] {
        let _ = ix.search(&query(text));
    }
}

#[test]
fn articles_are_read_in_every_spelling() {
    for (s, key) in [
        ("16", "16"),
        ("art. 18(13)", "18"),
        ("Art 5", "5"),
        ("article 3", "3"),
        ("SOM 8", "SOM 8"),
        ("som art. 8(6)", "SOM 8"),
        ("FP 13", "FP 13"),
        ("firearms 13(2)", "FP 13"),
        ("TIP 5", "TIP 5"),
        ("UNTOC 34", "34"),
    ] {
        assert_eq!(parse_article(s).as_deref(), Ok(key), "{s}");
    }
    for s in ["", "0", "42", "TIP 21", "16a", "XYZ 3", "art."] {
        assert!(parse_article(s).is_err(), "{s}");
    }
}

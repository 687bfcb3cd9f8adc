//! Tests of the SVG charts: each is parsed back as XML, and the parsed tree
//! is what the assertions look at.

use proptest::prelude::*;

use super::*;
use crate::stats::{anonymise, compute, tests::sample, Filter};

fn rows(v: &[(&str, u64, u64)]) -> Vec<(String, u64, u64)> {
    v.iter().map(|(k, t, c)| (k.to_string(), *t, *c)).collect()
}

fn parse(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not XML ({e}):\n{svg}"))
}

fn texts<'a>(doc: &'a roxmltree::Document<'_>) -> Vec<&'a str> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect()
}

fn child<'a, 'i>(n: roxmltree::Node<'a, 'i>, tag: &str) -> roxmltree::Node<'a, 'i> {
    n.children()
        .find(|c| c.has_tag_name(tag))
        .unwrap_or_else(|| panic!("no <{tag}>"))
}

#[test]
fn a_chart_is_an_accessible_image() {
    let svg = bars("By year", &rows(&[("2023", 4, 1), ("2024", 12, 5)]), false);
    let doc = parse(&svg);
    let root = doc.root_element();
    assert!(root.has_tag_name(("http://www.w3.org/2000/svg", "svg")));
    assert_eq!(root.attribute("role"), Some("img"));
    assert_eq!(
        root.attribute("aria-labelledby"),
        Some("chart-title chart-desc")
    );
    assert_eq!(child(root, "title").text(), Some("By year"));
    assert_eq!(
        child(root, "desc").text(),
        Some(
            "2023: 4 requests, 1 relying on the Convention. \
             2024: 12 requests, 5 relying on the Convention."
        )
    );
    let t = texts(&doc);
    assert!(t.contains(&"By year"));
    assert!(t.contains(&"2023") && t.contains(&"2024"));
    assert!(t.contains(&"12 (5)"));
    // Nothing that would fetch or run anything.
    for bad in [
        "<script",
        "href",
        "@import",
        "url(",
        "<image",
        "<foreignObject",
    ] {
        assert!(!svg.contains(bad), "{bad}");
    }
}

#[test]
fn bars_are_proportional_and_the_convention_part_sits_inside() {
    let svg = bars("t", &rows(&[("XAA", 10, 4), ("XAB", 5, 5)]), false);
    let doc = parse(&svg);
    let widths: Vec<(f64, &str)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("height") == Some("12"))
        .filter(|n| n.attribute("width") != Some("12"))
        .map(|n| {
            (
                n.attribute("width").unwrap().parse().unwrap(),
                n.attribute("fill").unwrap(),
            )
        })
        .collect();
    // Axis 0..10 in steps of 2.
    let [(t1, f1), (c1, f2), (t2, _), (c2, _)] = widths[..] else {
        panic!("{widths:?}")
    };
    assert_eq!((f1, f2), (TOTAL_FILL, CONVENTION_FILL));
    assert!((c1 / t1 - 0.4).abs() < 0.01, "{c1} / {t1}");
    assert!((t2 / t1 - 0.5).abs() < 0.01);
    assert_eq!(c2, t2);
}

#[test]
fn axis_ticks_are_round() {
    assert_eq!(axis(0), (1, 1));
    assert_eq!(axis(1), (1, 1));
    assert_eq!(axis(5), (1, 5));
    assert_eq!(axis(7), (2, 8));
    assert_eq!(axis(12), (5, 15));
    assert_eq!(axis(100), (20, 100));
    assert_eq!(axis(101), (50, 150));
    assert_eq!(axis(u64::MAX).0 % 10, 0);
    let svg = bars("t", &rows(&[("XAA", 12, 0)]), false);
    let doc = parse(&svg);
    let ticks: Vec<&str> = doc
        .descendants()
        .filter(|n| n.attribute("text-anchor") == Some("middle") && n.attribute("fill").is_some())
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(ticks, ["0", "5", "10", "15"]);
}

#[test]
fn keys_and_title_are_escaped() {
    let title = "Requests \"A\" & 'B' <2024>";
    let svg = bars(title, &rows(&[("<&>", 3, 1), ("a\u{1}b", 1, 0)]), false);
    assert!(svg.contains("&lt;&amp;&gt;"));
    assert!(!svg.contains("<&>"));
    let doc = parse(&svg);
    let t = texts(&doc);
    assert!(t.contains(&"<&>"), "{t:?}");
    // A control character XML cannot carry is dropped, not passed on.
    assert!(t.contains(&"ab"), "{t:?}");
    assert_eq!(child(doc.root_element(), "title").text(), Some(title));
    assert!(child(doc.root_element(), "desc")
        .text()
        .unwrap()
        .starts_with("<&>: 3 requests"));
}

#[test]
fn no_rows_says_so() {
    let svg = bars("By State", &[], false);
    let doc = parse(&svg);
    assert!(texts(&doc).contains(&"no requests"));
    assert_eq!(
        child(doc.root_element(), "desc").text(),
        Some("no requests.")
    );
    assert_eq!(doc.root_element().attribute("height"), Some("110"));
    assert!(!doc.descendants().any(|n| n.has_tag_name("line")));
    let fr = Labels {
        empty: "aucune demande",
        ..Labels::ENGLISH
    };
    let svg = bars_with("Par État", &[], false, &fr);
    assert!(texts(&parse(&svg)).contains(&"aucune demande"));
}

#[test]
fn two_hundred_rows_grow_downwards() {
    let many: Vec<(String, u64, u64)> = (0..200).map(|i| (format!("X{i:03}"), i, i / 2)).collect();
    let svg = bars("By State", &many, false);
    let doc = parse(&svg);
    let root = doc.root_element();
    let h: u32 = root.attribute("height").unwrap().parse().unwrap();
    assert_eq!(h, PLOT_TOP + 200 * ROW_H + 40);
    assert_eq!(root.attribute("width"), Some("720"));
    let t = texts(&doc);
    assert!(t.contains(&"X000") && t.contains(&"X199"));
    // Every key's label sits below the previous one.
    let ys: Vec<u32> = doc
        .descendants()
        .filter(|n| n.attribute("text-anchor") == Some("end"))
        .map(|n| n.attribute("y").unwrap().parse().unwrap())
        .collect();
    assert_eq!(ys.len(), 200);
    assert!(ys.windows(2).all(|w| w[1] == w[0] + ROW_H));
    assert!(*ys.last().unwrap() < h);
}

#[test]
fn long_keys_are_cut_on_screen_but_whole_for_screen_readers() {
    let key = "special_investigative_techniques_and_more";
    let svg = bars("t", &rows(&[(key, 1, 1)]), false);
    let doc = parse(&svg);
    assert!(texts(&doc).contains(&"special_investigative_technique…"));
    assert!(child(doc.root_element(), "desc")
        .text()
        .unwrap()
        .contains(key));
}

#[test]
fn right_to_left_words_carry_their_direction() {
    let ar = Labels {
        total: "الطلبات",
        convention: "بالاستناد إلى الاتفاقية",
        empty: "لا طلبات",
    };
    let title = "الطلبات حسب السنة";
    let svg = bars_with(title, &rows(&[("2024", 3, 2)]), true, &ar);
    let doc = parse(&svg);
    let rtl: Vec<&str> = doc
        .descendants()
        .filter(|n| n.attribute("direction") == Some("rtl"))
        .inspect(|n| assert_eq!(n.attribute("unicode-bidi"), Some("embed")))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(rtl, [title, ar.total, ar.convention]);
    // Keys stay left to right.
    let key = doc
        .descendants()
        .find(|n| n.text() == Some("2024"))
        .unwrap();
    assert_eq!(key.attribute("direction"), None);
    // Not set when the caller's words run left to right.
    let ltr = bars(title, &rows(&[("2024", 3, 2)]), false);
    assert!(!ltr.contains("direction="));
    let empty = bars_with(title, &[], true, &ar);
    assert!(empty.contains("direction=\"rtl\" unicode-bidi=\"embed\">لا طلبات"));
}

#[test]
fn the_same_figures_give_the_same_bytes() {
    let r = rows(&[("XAA", 3, 1), ("XAB", 9, 9)]);
    assert_eq!(bars("t", &r, false), bars("t", &r, false));
    let s = compute(&sample(), &Filter::default());
    assert_eq!(statistics_svg(&s), statistics_svg(&s.clone()));
}

#[test]
fn statistics_svg_holds_every_breakdown() {
    let s = compute(&sample(), &Filter::default());
    let svg = statistics_svg(&s);
    let doc = parse(&svg);
    let root = doc.root_element();
    assert_eq!(root.attribute("role"), Some("group"));
    assert_eq!(
        child(root, "title").text(),
        Some("Cooperation requests: 9, of which 6 relying on the Convention")
    );
    let charts: Vec<_> = root.children().filter(|n| n.has_tag_name("svg")).collect();
    assert_eq!(charts.len(), 6);
    let titles: Vec<&str> = charts
        .iter()
        .map(|c| child(*c, "title").text().unwrap())
        .collect();
    assert_eq!(titles[0], "Requests by year");
    // Ids are unique across the panels.
    let mut ids: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("id"))
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
    // Panels are stacked without overlapping, inside the document.
    let mut bottom = 0;
    for c in &charts {
        assert_eq!(c.attribute("role"), Some("img"));
        let y: u32 = c.attribute("y").unwrap().parse().unwrap();
        let h: u32 = c.attribute("height").unwrap().parse().unwrap();
        assert!(y >= bottom);
        bottom = y + h;
    }
    let total: u32 = root.attribute("height").unwrap().parse().unwrap();
    assert_eq!(bottom, total);
    let year = child(charts[0], "desc").text().unwrap();
    assert!(year.starts_with("2023: 1 requests, 1 relying on the Convention. 2024: 6 requests"));
}

#[test]
fn suppressed_counts_draw_no_bar() {
    let s = anonymise(&compute(&sample(), &Filter::default()), 3);
    let svg = statistics_svg(&s);
    let doc = parse(&svg);
    assert!(child(doc.root_element(), "title")
        .text()
        .unwrap()
        .ends_with("(counts from 1 to 2 suppressed)"));
    let year = doc
        .root_element()
        .children()
        .find(|n| n.has_tag_name("svg"))
        .unwrap();
    let t: Vec<&str> = year
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    assert!(t.contains(&"<3 (<3)") && t.contains(&"6 (4)") && t.contains(&"<3 (0)"));
    // One bar (with its Convention part) for 2024 only.
    let bars = year
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("height") == Some("12"))
        .filter(|n| n.attribute("width") != Some("12"))
        .count();
    assert_eq!(bars, 2);
}

proptest! {
    #[test]
    fn any_keys_and_title_give_well_formed_xml(
        title in any::<String>(),
        keys in prop::collection::vec((any::<String>(), 0u64..10_000, 0u64..10_000), 0..30),
        rtl in any::<bool>(),
    ) {
        let svg = bars(&title, &keys, rtl);
        let doc = roxmltree::Document::parse(&svg);
        prop_assert!(doc.is_ok(), "{:?}\n{}", doc.err(), svg);
    }
}

//! Bar charts of the statistics as SVG text: self-contained (no scripts,
//! no external fonts or images, only the generic `sans-serif` family),
//! readable by screen readers (`role="img"`, `<title>`, `<desc>` listing
//! every figure) and deterministic, so the same figures always give the same
//! bytes.
//!
//! Bars are horizontal, one line per key, so that a breakdown by State with
//! two hundred rows stays legible: the chart grows in height. Each bar shows
//! the requests under the key, with the part relying on the Convention drawn
//! darker from the same origin. The axis has at most five round intervals
//! (1, 2 or 5 times a power of ten). A suppressed count (see
//! [`crate::stats::anonymise`]) draws no bar and is written `<5`.
//!
//! Keys (State codes, years, kinds) are laid out left to right. The caller's
//! own words (title, legend, the empty-chart message) may be in any
//! language; when the caller says they are right to left, those text
//! elements carry `direction="rtl"` and `unicode-bidi="embed"` and the
//! legend is mirrored.

use std::fmt::Write as _;

use crate::stats::{Count, Row, Statistics};

/// The words a chart shows besides the title and keys.
#[derive(Clone, Copy, Debug)]
pub struct Labels<'a> {
    /// Legend of the full bar (`requests`).
    pub total: &'a str,
    /// Legend of the darker part (`relying on the Convention`).
    pub convention: &'a str,
    /// What a chart with no rows says.
    pub empty: &'a str,
}

impl Labels<'static> {
    /// The English words.
    pub const ENGLISH: Labels<'static> = Labels {
        total: "requests",
        convention: "relying on the Convention",
        empty: "no requests",
    };
}

impl Default for Labels<'static> {
    fn default() -> Self {
        Labels::ENGLISH
    }
}

const WIDTH: u32 = 720;
const MARGIN: u32 = 16;
const ROW_H: u32 = 18;
const BAR_H: u32 = 12;
/// Room right of the plot for the figures written after each bar.
const VALUE_W: u32 = 96;
/// Keys longer than this are cut on screen (the description has them whole).
const KEY_CHARS: usize = 32;
/// Approximate advance of one character at the chart's font size.
const CHAR_W: u32 = 7;
const PLOT_TOP: u32 = 88;
const TOTAL_FILL: &str = "#9ecae1";
const CONVENTION_FILL: &str = "#08519c";

/// A horizontal bar chart of `rows` (key, requests, of which relying on the
/// Convention), in English; see [`bars_with`].
pub fn bars(title: &str, rows: &[(String, u64, u64)], rtl: bool) -> String {
    bars_with(title, rows, rtl, &Labels::ENGLISH)
}

/// A horizontal bar chart of `rows` (key, requests, of which relying on the
/// Convention) with the caller's words. `rtl` says the title and labels are
/// written right to left. No rows gives a chart that says `labels.empty`.
pub fn bars_with(title: &str, rows: &[(String, u64, u64)], rtl: bool, labels: &Labels) -> String {
    let bars: Vec<Bar<'_>> = rows
        .iter()
        .map(|(key, total, conv)| Bar {
            key,
            total: Count::Exact(*total),
            convention: Count::Exact(*conv),
        })
        .collect();
    let mut out = String::new();
    chart(&mut out, "chart", title, &bars, rtl, labels, None);
    out
}

/// Every breakdown of `s` as one SVG document (by year, kind, direction,
/// outcome, counterpart and crime type), charts stacked one under the
/// other, in English.
pub fn statistics_svg(s: &Statistics) -> String {
    let labels = Labels::ENGLISH;
    let mut heading = format!(
        "Cooperation requests: {}, of which {} relying on the Convention",
        s.requests, s.convention_basis
    );
    if let Some(k) = s.min_cell {
        let _ = write!(
            heading,
            " (counts from 1 to {} suppressed)",
            k.saturating_sub(1)
        );
    }
    let panels: [(&str, &str, &[Row]); 6] = [
        ("year", "Requests by year", &s.by_year),
        ("kind", "Requests by kind of cooperation", &s.by_kind),
        ("direction", "Requests by direction", &s.by_direction),
        ("outcome", "Requests by outcome", &s.by_outcome),
        ("counterpart", "Requests by other State", &s.by_counterpart),
        (
            "crime-type",
            "Requests by crime type (a request may have several)",
            &s.by_crime_type,
        ),
    ];
    let mut body = String::new();
    let mut y: u32 = 40;
    for (id, title, rows) in panels {
        let bars: Vec<Bar<'_>> = rows
            .iter()
            .map(|r| Bar {
                key: &r.key,
                total: r.requests,
                convention: r.convention_basis,
            })
            .collect();
        y = y.saturating_add(chart(
            &mut body,
            &format!("chart-{id}"),
            title,
            &bars,
            false,
            &labels,
            Some(y),
        ));
    }
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{y}\" \
         viewBox=\"0 0 {WIDTH} {y}\" role=\"group\" aria-labelledby=\"statistics-title\" \
         font-family=\"sans-serif\">\
         <title id=\"statistics-title\">"
    );
    escape(&mut out, &heading);
    let _ = write!(
        out,
        "</title><rect width=\"{WIDTH}\" height=\"{y}\" fill=\"#ffffff\"/>\
         <text x=\"{MARGIN}\" y=\"26\" font-size=\"17\" font-weight=\"bold\">"
    );
    escape(&mut out, &heading);
    out.push_str("</text>");
    out.push_str(&body);
    out.push_str("</svg>\n");
    out
}

struct Bar<'a> {
    key: &'a str,
    total: Count,
    convention: Count,
}

/// Writes one chart into `out`: a root `<svg>` when `y` is none, else a
/// nested one placed at `y`. Returns its height.
fn chart(
    out: &mut String,
    id: &str,
    title: &str,
    bars: &[Bar<'_>],
    rtl: bool,
    labels: &Labels,
    y: Option<u32>,
) -> u32 {
    let dir = if rtl {
        " direction=\"rtl\" unicode-bidi=\"embed\""
    } else {
        ""
    };
    let rows = u32::try_from(bars.len()).unwrap_or(u32::MAX);
    let height = if bars.is_empty() {
        110
    } else {
        PLOT_TOP
            .saturating_add(ROW_H.saturating_mul(rows))
            .saturating_add(40)
    };

    out.push_str("<svg");
    match y {
        None => out.push_str(" xmlns=\"http://www.w3.org/2000/svg\""),
        Some(y) => {
            let _ = write!(out, " x=\"0\" y=\"{y}\"");
        }
    }
    let _ = write!(
        out,
        " width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" \
         aria-labelledby=\"{id}-title {id}-desc\" font-family=\"sans-serif\" font-size=\"12\">\
         <title id=\"{id}-title\">"
    );
    escape(out, title);
    let _ = write!(out, "</title><desc id=\"{id}-desc\">");
    describe(out, bars, labels);
    let _ = write!(
        out,
        "</desc><rect width=\"{WIDTH}\" height=\"{height}\" fill=\"#ffffff\"/>\
         <text x=\"{}\" y=\"28\" font-size=\"15\" font-weight=\"bold\" text-anchor=\"middle\"{dir}>",
        WIDTH / 2
    );
    escape(out, title);
    out.push_str("</text>");

    if bars.is_empty() {
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"72\" font-size=\"14\" fill=\"#555555\" text-anchor=\"middle\"{dir}>",
            WIDTH / 2
        );
        escape(out, labels.empty);
        out.push_str("</text></svg>");
        return height;
    }

    // Legend, one entry a line; mirrored when right to left.
    for (i, (fill, text)) in [
        (TOTAL_FILL, labels.total),
        (CONVENTION_FILL, labels.convention),
    ]
    .into_iter()
    .enumerate()
    {
        let ly = 46 + 18 * u32::try_from(i).unwrap_or(0);
        let (sx, tx) = if rtl {
            (WIDTH - MARGIN - 12, WIDTH - MARGIN - 18)
        } else {
            (MARGIN, MARGIN + 18)
        };
        let _ = write!(
            out,
            "<rect x=\"{sx}\" y=\"{ly}\" width=\"12\" height=\"12\" fill=\"{fill}\"/>\
             <text x=\"{tx}\" y=\"{}\" text-anchor=\"start\"{dir}>",
            ly + 10
        );
        escape(out, text);
        out.push_str("</text>");
    }

    let key_chars = bars
        .iter()
        .map(|b| b.key.chars().count().min(KEY_CHARS + 1))
        .max()
        .unwrap_or(0);
    let label_w = (u32::try_from(key_chars).unwrap_or(0) * CHAR_W + 8).clamp(40, 260);
    let x0 = MARGIN + label_w;
    let plot_w = WIDTH - x0 - MARGIN - VALUE_W;
    let plot_h = ROW_H.saturating_mul(rows);
    let max = bars
        .iter()
        .filter_map(|b| b.total.exact())
        .max()
        .unwrap_or(0);
    let (step, top) = axis(max);
    let scale = |v: u64| -> f64 {
        let v = v.min(top) as f64;
        f64::from(plot_w) * v / top as f64
    };

    // Grid and tick labels.
    let axis_y = PLOT_TOP.saturating_add(plot_h);
    let mut tick = 0u64;
    loop {
        let x = f64::from(x0) + scale(tick);
        let _ = write!(
            out,
            "<line x1=\"{x:.1}\" y1=\"{}\" x2=\"{x:.1}\" y2=\"{axis_y}\" stroke=\"#dddddd\"/>\
             <text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555555\">{tick}</text>",
            PLOT_TOP - 4,
            axis_y + 14
        );
        if tick >= top {
            break;
        }
        tick = tick.saturating_add(step);
    }
    let _ = write!(
        out,
        "<line x1=\"{x0}\" y1=\"{}\" x2=\"{x0}\" y2=\"{axis_y}\" stroke=\"#333333\"/>",
        PLOT_TOP - 4
    );

    for (i, b) in bars.iter().enumerate() {
        let row_y =
            PLOT_TOP.saturating_add(ROW_H.saturating_mul(u32::try_from(i).unwrap_or(u32::MAX)));
        let bar_y = row_y + (ROW_H - BAR_H) / 2;
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">",
            x0 - 6,
            bar_y + 10
        );
        escape(out, &shorten(b.key));
        out.push_str("</text>");
        let mut end = f64::from(x0);
        if let Count::Exact(total) = b.total {
            let w = scale(total);
            end += w;
            let _ = write!(
                out,
                "<rect x=\"{x0}\" y=\"{bar_y}\" width=\"{w:.1}\" height=\"{BAR_H}\" fill=\"{TOTAL_FILL}\"/>"
            );
            if let Count::Exact(conv) = b.convention {
                let _ = write!(
                    out,
                    "<rect x=\"{x0}\" y=\"{bar_y}\" width=\"{:.1}\" height=\"{BAR_H}\" fill=\"{CONVENTION_FILL}\"/>",
                    scale(conv.min(total))
                );
            }
        }
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"{}\">{} ({})</text>",
            end + 4.0,
            bar_y + 10,
            escaped(&b.total.to_string()),
            escaped(&b.convention.to_string())
        );
    }
    out.push_str("</svg>");
    height
}

/// The step and the end of an axis that covers `max` in at most five round
/// intervals.
fn axis(max: u64) -> (u64, u64) {
    let max = max.max(1);
    let mut magnitude = 1u64;
    loop {
        for m in [1, 2, 5] {
            let step = magnitude.saturating_mul(m);
            if step.saturating_mul(5) >= max {
                return (step, max.div_ceil(step).saturating_mul(step));
            }
        }
        magnitude = magnitude.saturating_mul(10);
    }
}

/// The screen-reader text: every key with its figures.
fn describe(out: &mut String, bars: &[Bar<'_>], labels: &Labels) {
    if bars.is_empty() {
        escape(out, labels.empty);
        out.push('.');
        return;
    }
    for (i, b) in bars.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let line = format!(
            "{}: {} {}, {} {}.",
            b.key, b.total, labels.total, b.convention, labels.convention
        );
        escape(out, &line);
    }
}

fn shorten(key: &str) -> String {
    if key.chars().count() > KEY_CHARS {
        let mut s: String = key.chars().take(KEY_CHARS - 1).collect();
        s.push('…');
        s
    } else {
        key.to_owned()
    }
}

fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape(&mut out, s);
    out
}

/// Appends `s` as XML character data or attribute text: the five special
/// characters as entities, and the characters XML 1.0 does not allow at all
/// (most control characters) left out.
pub fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests;

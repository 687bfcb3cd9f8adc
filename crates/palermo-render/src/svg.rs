//! SVG heat maps of coverage matrices: one panel per kind and crime type,
//! States grouped by M49 region along both axes, a legend, and the
//! scenario's assumptions. Plain SVG, no scripts, readable at a glance.

use std::io::Write;

use palermo_rules::batch::{Cell, SCENARIO_ASSUMPTIONS};
use palermo_rules::facts::RequestKind;
use palermo_rules::{Outcome, RefData, StateCode};

const CELL: usize = 3;
const LEFT: usize = 170;
const TOP: usize = 150;
const WIDTH: usize = 1000;

fn colour(o: Outcome) -> &'static str {
    match o {
        Outcome::Yes => "#2e7d32",
        Outcome::No => "#c62828",
        Outcome::Undetermined => "#f9a825",
        Outcome::DependsOnDomesticLaw => "#1565c0",
        Outcome::Conflict => "#6a1b9a",
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Words wrapped at `width` characters.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for w in text.split(' ') {
        let last = lines.last_mut().expect("invariant: one line");
        if !last.is_empty() && last.len() + 1 + w.len() > width {
            lines.push(w.to_string());
        } else {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(w);
        }
    }
    lines
}

/// Draws the panels. `rows[a]` holds the cells of requesting State `a` for every other State, in `states` order.
pub fn heat_map(
    out: &mut dyn Write,
    data: &RefData,
    as_of: jiff::civil::Date,
    states: &[StateCode],
    panels: &[(RequestKind, String, Vec<Vec<Cell>>)],
) -> std::io::Result<()> {
    let n = states.len();
    // Display order: by region, sub-region, code.
    let key = |s: &StateCode| {
        data.region(*s)
            .map_or(("~".to_string(), String::new()), |r| {
                (r.region.to_string(), r.subregion.to_string())
            })
    };
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&x, &y| (key(&states[x]), states[x]).cmp(&(key(&states[y]), states[y])));
    // Region bands in display order.
    let mut bands: Vec<(String, usize, usize)> = Vec::new();
    for (pos, &i) in order.iter().enumerate() {
        let region = data
            .region(states[i])
            .map_or("Other".to_string(), |r| r.region.to_string());
        match bands.last_mut() {
            Some((name, _, count)) if *name == region => *count += 1,
            _ => bands.push((region, pos, 1)),
        }
    }
    let grid = n * CELL;
    let notes: Vec<String> = SCENARIO_ASSUMPTIONS
        .iter()
        .flat_map(|a| wrap(&format!("• {a}"), 150))
        .collect();
    let panel_height = TOP + grid + 60;
    let footer = 40 + notes.len() * 13;
    let height = panels.len() * panel_height + footer;
    writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif">"#
    )?;
    writeln!(out, r#"<rect width="100%" height="100%" fill="white"/>"#)?;
    for (p, (kind, crime, rows)) in panels.iter().enumerate() {
        let y0 = p * panel_height;
        let name = data
            .crime(crime)
            .map_or(crime.as_str(), |c| c.name.as_str());
        writeln!(
            out,
            r#"<text x="20" y="{}" font-size="16" font-weight="bold">Can the Convention be the legal basis for {}? {} — as of {as_of}</text>"#,
            y0 + 24,
            match kind {
                RequestKind::Extradition => "extradition",
                RequestKind::Confiscation => "confiscation cooperation",
                RequestKind::MutualLegalAssistance => "mutual legal assistance",
                RequestKind::TransferOfSentencedPersons => "transferring a sentenced person",
                RequestKind::JointInvestigation => "a joint investigation",
                RequestKind::SpecialInvestigativeTechniques => "special investigative techniques",
                RequestKind::TransferOfProceedings => "transferring proceedings",
                RequestKind::LawEnforcementCooperation => "law enforcement cooperation",
            },
            escape(name)
        )?;
        let unplaced: Vec<String> = states
            .iter()
            .filter(|s| data.region(**s).is_none())
            .map(ToString::to_string)
            .collect();
        let note = if unplaced.is_empty() {
            String::new()
        } else {
            format!(
                " Last, without a region: {} (not in M49).",
                unplaced.join(", ")
            )
        };
        writeln!(
            out,
            r##"<text x="20" y="{}" font-size="11" fill="#444">Rows: requesting State; columns: requested State; grouped by UN M49 region.{note} Standard scenario (assumptions below).</text>"##,
            y0 + 42
        )?;
        let (gx, gy) = (LEFT, y0 + TOP);
        // Cells: runs of the same colour along a row are one rectangle.
        for (r, &a) in order.iter().enumerate() {
            let fill_at = |c: usize| {
                let b = order[c];
                if a == b {
                    "#e0e0e0"
                } else {
                    colour(rows[a][if b < a { b } else { b - 1 }].outcome)
                }
            };
            let mut c = 0;
            while c < n {
                let fill = fill_at(c);
                let mut end = c + 1;
                while end < n && fill_at(end) == fill {
                    end += 1;
                }
                writeln!(
                    out,
                    r#"<rect x="{}" y="{}" width="{}" height="{CELL}" fill="{fill}"/>"#,
                    gx + c * CELL,
                    gy + r * CELL,
                    (end - c) * CELL
                )?;
                c = end;
            }
        }
        // Region bands: separators and labels (labels only where the band is tall enough not to collide).
        for (name, start, count) in &bands {
            let pos = start * CELL;
            writeln!(
                out,
                r##"<line x1="{gx}" y1="{}" x2="{}" y2="{}" stroke="#ffffff" stroke-width="1"/>"##,
                gy + pos,
                gx + grid,
                gy + pos
            )?;
            writeln!(
                out,
                r##"<line x1="{}" y1="{gy}" x2="{}" y2="{}" stroke="#ffffff" stroke-width="1"/>"##,
                gx + pos,
                gx + pos,
                gy + grid
            )?;
            if count * CELL >= 14 {
                let mid = pos + count * CELL / 2;
                writeln!(
                    out,
                    r#"<text x="{}" y="{}" font-size="11" text-anchor="end" dominant-baseline="middle">{} ({count})</text>"#,
                    gx - 8,
                    gy + mid,
                    escape(name)
                )?;
                writeln!(
                    out,
                    r#"<text x="{}" y="{}" font-size="11" transform="rotate(-45 {} {})">{}</text>"#,
                    gx + mid,
                    gy - 8,
                    gx + mid,
                    gy - 8,
                    escape(name)
                )?;
            }
        }
        writeln!(
            out,
            r##"<rect x="{gx}" y="{gy}" width="{grid}" height="{grid}" fill="none" stroke="#333" stroke-width="0.5"/>"##
        )?;
        // Legend, with counts.
        let mut counts = [0usize; 3];
        for row in rows {
            for cell in row {
                match cell.outcome {
                    Outcome::Yes => counts[0] += 1,
                    Outcome::No => counts[1] += 1,
                    _ => counts[2] += 1,
                }
            }
        }
        let lx = gx + grid + 30;
        for (i, (label, o, count)) in [
            ("yes", Outcome::Yes, counts[0]),
            ("no", Outcome::No, counts[1]),
            ("undetermined", Outcome::Undetermined, counts[2]),
        ]
        .iter()
        .enumerate()
        {
            let ly = gy + i * 22;
            writeln!(
                out,
                r#"<rect x="{lx}" y="{ly}" width="14" height="14" fill="{}"/>"#,
                colour(*o)
            )?;
            writeln!(
                out,
                r#"<text x="{}" y="{}" font-size="12">{label}: {count} pairs</text>"#,
                lx + 20,
                ly + 11
            )?;
        }
        writeln!(
            out,
            r##"<rect x="{lx}" y="{}" width="14" height="14" fill="#e0e0e0"/>"##,
            gy + 66
        )?;
        writeln!(
            out,
            r#"<text x="{}" y="{}" font-size="12">same State</text>"#,
            lx + 20,
            gy + 77
        )?;
    }
    let fy = panels.len() * panel_height + 10;
    writeln!(
        out,
        r#"<text x="20" y="{fy}" font-size="12" font-weight="bold">Standard scenario — data {}, engine {}</text>"#,
        escape(data.snapshot_id()),
        palermo_rules::ENGINE_VERSION
    )?;
    for (i, line) in notes.iter().enumerate() {
        writeln!(
            out,
            r##"<text x="20" y="{}" font-size="10" fill="#333">{}</text>"##,
            fy + 18 + i * 13,
            escape(line)
        )?;
    }
    writeln!(out, "</svg>")
}

//! `palermo crimes [show ID]`: the crime catalogue.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{bail, Result};
use palermo_refdata::{CrimeType, RefData};
use serde_json::Value;

use crate::cli::{CrimesArgs, CrimesCommand, ListFormat};
use crate::input;

fn show(out: &mut dyn Write, c: &CrimeType, data: &RefData) -> std::io::Result<()> {
    writeln!(out, "{} — {} ({})", c.id, c.name, c.kind.as_str())?;
    writeln!(out, "\n{}", c.description)?;
    let section = |out: &mut dyn Write, title: &str, items: &[String]| -> std::io::Result<()> {
        if !items.is_empty() {
            writeln!(out, "\n{title}")?;
            for i in items {
                writeln!(out, "  - {i}")?;
            }
        }
        Ok(())
    };
    section(
        out,
        "Convention and Protocol offences it typically involves",
        &c.convention_offences,
    )?;
    // Where the engine has an element checker, say which fields give the
    // conduct without naming the offence.
    let by_elements: Vec<String> = c
        .convention_offences
        .iter()
        .filter_map(|o| element_fields(o).map(|f| format!("{o}: {f}")))
        .collect();
    section(
        out,
        "Can be given by its elements in [offence.elements] (docs/case-format.md)",
        &by_elements,
    )?;
    section(out, "Other instruments", &c.other_instruments)?;
    if !c.mandates.is_empty() {
        writeln!(out, "\nUN mandates")?;
        for m in &c.mandates {
            let date = m.date.map(|d| format!(" ({d})")).unwrap_or_default();
            writeln!(out, "  - {}{date}: {}", m.symbol, m.gist)?;
        }
    }
    section(out, "Scope caveats", &c.caveats)?;
    section(out, "UNODC tools", &c.unodc_tools)?;
    let mut rows: Vec<String> = data
        .all_penalties()
        .iter()
        .filter(|p| p.crime_type == c.id)
        .map(|p| {
            format!(
                "{} {}: {} ({})",
                p.state, p.provision, p.max, p.offence_label
            )
        })
        .collect();
    rows.dedup();
    if rows.is_empty() {
        writeln!(out, "\nNational penalties: none in the data")?;
    } else {
        writeln!(
            out,
            "\nNational penalties in the data ({} rows; `palermo data show <ISO3>` for sources)",
            rows.len()
        )?;
        for r in rows {
            writeln!(out, "  - {r}")?;
        }
    }
    if c.paper_paragraphs.is_empty() {
        writeln!(out, "\nNot discussed as such in the background paper.")?;
    } else {
        writeln!(
            out,
            "\nBackground paper (CTOC/COP/WG.3/2015/1), paras. {}",
            c.paper_paragraphs
        )?;
    }
    Ok(())
}

pub fn run(args: CrimesArgs) -> Result<ExitCode> {
    let data = input::load_data_strict(args.data.data.as_deref())?;
    let mut out = anstream::stdout().lock();
    match args.command {
        None => match args.format {
            ListFormat::Json => {
                let v: Vec<Value> = data
                    .crimes()
                    .iter()
                    .map(|c| palermo_render::crimes::to_json(c, &data))
                    .collect();
                writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
            }
            ListFormat::Text => {
                for c in data.crimes() {
                    writeln!(out, "{:<32} {:<11} {}", c.id, c.kind.as_str(), c.name)?;
                }
                writeln!(
                    out,
                    "\n{} crime types; `palermo crimes show ID` for one in full",
                    data.crimes().len()
                )?;
            }
        },
        Some(CrimesCommand::Show { id }) => {
            let Some(c) = data.crime(&id) else {
                let close: Vec<&str> = data
                    .crimes()
                    .iter()
                    .map(|c| c.id.as_str())
                    .filter(|c| c.contains(id.as_str()) || id.contains(*c))
                    .collect();
                bail!(
                    "no crime type `{id}` in the catalogue{}; `palermo crimes` lists them",
                    if close.is_empty() {
                        String::new()
                    } else {
                        format!(" (close: {})", close.join(", "))
                    }
                );
            };
            match args.format {
                ListFormat::Json => writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&palermo_render::crimes::to_json(c, &data))?
                )?,
                ListFormat::Text => show(&mut out, c, &data)?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The `[offence.elements]` fields the engine reads for a Convention or
/// Protocol offence id, if it classifies that offence from its elements.
fn element_fields(offence: &str) -> Option<&'static str> {
    Some(match offence {
        "untoc.art5" => "participation_conduct, object_crime_serious, agreement_benefit, overt_act, knew_group_aim, knew_contribution, intentional",
        "untoc.art6" => "laundering_conduct, knew_proceeds, laundering_purpose, predicate, predicate_committed_in, predicate_punishable_in, self_laundering, intentional",
        "untoc.art8" => "bribery, official, undue_advantage, official_act, intentional",
        "untoc.art23" => "obstruction_means, obstruction_aim, proceeding_covered, intentional",
        "tip.art5" => "tip_acts, tip_means, tip_purposes, victim_age, victim_consented, intentional",
        "som.art6" => "procured_illegal_entry, smuggling_motive, intentional",
        "firearms.art5" => "firearms_conduct, intentional",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::element_fields;

    /// The fields `crimes show` advertises are the ones the reader takes.
    #[test]
    fn advertised_element_fields_are_read() {
        let data = palermo_rules::RefData::embedded();
        for id in palermo_rules::facts::ConventionOffence::ALL {
            let fields = element_fields(id.as_str()).expect("every offence has a checker");
            for field in fields.split(", ") {
                let text = format!("[offence.elements]\n{field} = 0\n");
                let diags = match palermo_case::read_case(
                    "c.toml",
                    &text,
                    palermo_case::Syntax::Toml,
                    &data,
                ) {
                    Ok(f) => f.warnings,
                    Err(d) => d,
                };
                assert!(
                    diags.iter().all(|d| !d.message.contains("unknown key")),
                    "{field}: {diags:?}"
                );
            }
        }
    }
}

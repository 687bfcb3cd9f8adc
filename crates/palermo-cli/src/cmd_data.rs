//! `palermo data check|snapshot|show|stats|diff|import`: keeping the data honest.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Result};
use palermo_cite::Instrument;
use palermo_refdata::{
    Diagnostic, Field, OtherConsentType, OtherInstrumentId, RefData, Severity, Source, StateCode,
    TreatyRequirement, Validity,
};

use crate::cli::{DataArgs, DataCommand, ImportCommand};
use crate::input;

pub fn run(args: DataArgs) -> Result<ExitCode> {
    let mut out = anstream::stdout().lock();
    match args.command {
        DataCommand::Snapshot(opt) => {
            let data = input::load_data_strict(opt.data.as_deref())?;
            writeln!(out, "{}", data.snapshot_id())?;
            Ok(ExitCode::SUCCESS)
        }
        DataCommand::Check(opt) => {
            let (data, mut diags, sources) = input::load_data(opt.data.as_deref())?;
            diags.extend(future_sources(&data, opt.data.as_deref(), input::today()));
            diags.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
            for d in &diags {
                writeln!(out, "{}", sources.render(d))?;
            }
            let errors = diags
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            writeln!(
                out,
                "{}: {} participation records, {} declarations, {} M49 regions, {} legal systems, {} penalty records, {} crime types, {} other-instrument records, {} extradition-law records, {} competent authorities; {errors} error(s), {} warning(s); snapshot {}",
                data.origin(),
                data.participations().len(),
                data.all_declarations().len(),
                data.regions().len(),
                data.legal_systems().len(),
                data.all_penalties().len(),
                data.crimes().len(),
                data.all_other_instruments().len(),
                data.all_extradition_law().len(),
                data.all_authorities().len(),
                diags.len() - errors,
                data.snapshot_id()
            )?;
            Ok(if errors > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        DataCommand::Show { state, data } => {
            let data = input::load_data_strict(data.data.as_deref())?;
            let code: StateCode = state.parse().map_err(|e| anyhow::anyhow!("{e}"))?;
            if !data.knows(code) {
                bail!("the data has no record of `{code}`");
            }
            show(&mut out, &data, code)?;
            Ok(ExitCode::SUCCESS)
        }
        DataCommand::Stats(opt) => {
            let data = input::load_data_strict(opt.data.as_deref())?;
            stats(&mut out, &data)?;
            Ok(ExitCode::SUCCESS)
        }
        DataCommand::Diff { old, new } => {
            let a = input::load_data_strict(Some(&old))?;
            let b = input::load_data_strict(Some(&new))?;
            let n = diff(&mut out, &a, &b)?;
            writeln!(
                out,
                "{n} change(s) between {} and {}",
                old.display(),
                new.display()
            )?;
            Ok(ExitCode::SUCCESS)
        }
        DataCommand::Import {
            what: ImportCommand::Penalties { file, data },
        } => crate::cmd_import::penalties(&mut out, &file, &data, input::today()),
    }
}

/// Records whose source reflects a day after `today`: a typo, since no
/// source can describe a day that has not come.
fn future_sources(data: &RefData, dir: Option<&Path>, today: jiff::civil::Date) -> Vec<Diagnostic> {
    let sources = data
        .participations()
        .iter()
        .map(|p| &p.source)
        .chain(data.all_declarations().iter().map(|d| &d.source))
        .chain(data.regions().iter().map(|r| &r.source))
        .chain(data.legal_systems().iter().map(|l| &l.source))
        .chain(data.all_penalties().iter().map(|p| &p.source))
        .chain(data.all_other_instruments().iter().map(|o| &o.source))
        .chain(data.all_extradition_law().iter().map(|r| &r.source))
        .chain(data.all_authorities().iter().map(|a| &a.source));
    let future =
        |s: &&Source| crate::cmd_import::partial_start(&s.as_of).is_some_and(|d| d > today);
    sources
        .filter(future)
        .map(|s| Diagnostic {
            severity: Severity::Error,
            file: dir.map_or(s.file.to_string(), |d| d.join(s.file).display().to_string()),
            line: s.line as usize,
            column: None,
            field: Some(Field::Column("source_as_of".into())),
            message: format!(
                "`{}` is after today ({today}): a source cannot reflect a day that has not come",
                s.as_of
            ),
        })
        .collect()
}

fn as_of(s: &str) -> &str {
    if s.is_empty() {
        "unrecorded date"
    } else {
        s
    }
}

fn show(out: &mut dyn Write, data: &RefData, s: StateCode) -> Result<()> {
    writeln!(out, "{} ({s})", data.state_name(s).unwrap_or("?"))?;
    match data.region(s) {
        Some(r) => {
            let mut flags = Vec::new();
            for (on, name) in [(r.ldc, "LDC"), (r.lldc, "LLDC"), (r.sids, "SIDS")] {
                if on {
                    flags.push(name);
                }
            }
            let inter = if r.intermediate.is_empty() {
                String::new()
            } else {
                format!(" / {}", r.intermediate)
            };
            writeln!(
                out,
                "  region: {} / {}{inter}{} (M49 {}; source as of {})",
                r.region,
                r.subregion,
                if flags.is_empty() {
                    String::new()
                } else {
                    format!(" [{}]", flags.join(", "))
                },
                r.m49,
                as_of(&r.source.as_of)
            )?;
        }
        None => writeln!(out, "  region: MISSING (not in the M49 table)")?,
    }
    match data.legal_system(s) {
        Some(l) => {
            let comps = if l.components.is_empty() {
                String::new()
            } else {
                format!(" ({})", l.components.join("+"))
            };
            let warn = if l.sources_disagree {
                " — sources disagree, see notes"
            } else {
                ""
            };
            writeln!(
                out,
                "  legal system: {}{comps}{warn} (JuriGlobe, as of {})",
                l.family.as_str(),
                as_of(&l.source.as_of)
            )?;
        }
        None => writeln!(out, "  legal system: MISSING")?,
    }
    writeln!(out, "\nTreaty participation")?;
    for i in Instrument::ALL {
        match data.participation(s, i) {
            Some(p) => {
                let status = match (p.is_party, p.consent) {
                    (true, Some(d)) => format!(
                        "{} {d} → in force from {}",
                        p.consent_type.map_or("deposited", |t| t.as_str()),
                        palermo_rules::status::entry_into_force(i, d)
                    ),
                    (true, None) => "party, deposit date NOT VERIFIED".into(),
                    (false, _) => "not a party".into(),
                };
                writeln!(
                    out,
                    "  {:<5} {status}  [{}:{}, {}, as of {}]",
                    i.label(),
                    p.source.file,
                    p.source.line,
                    p.source.url,
                    as_of(&p.source.as_of)
                )?;
            }
            None => writeln!(out, "  {:<5} no record", i.label())?,
        }
    }
    writeln!(out, "\nDeclarations and notifications")?;
    let decl: Vec<_> = data
        .all_declarations()
        .iter()
        .filter(|d| d.state == s)
        .collect();
    if decl.is_empty() {
        writeln!(out, "  none on record")?;
    }
    for d in &decl {
        writeln!(
            out,
            "  {} {} ({:?}): {}  [as of {}]",
            d.instrument.label(),
            d.article,
            d.kind,
            d.summary,
            as_of(&d.source.as_of)
        )?;
    }
    for (article, what) in [
        ("16(5)", "extradition-basis notification (16(5)(a))"),
        ("18(13)", "central authority (18(13))"),
        ("18(14)", "languages (18(14))"),
    ] {
        if !decl
            .iter()
            .any(|d| d.instrument == Instrument::Untoc && d.article == article)
        {
            writeln!(
                out,
                "  MISSING: no {what} on record (the bundled lists are incomplete)"
            )?;
        }
    }
    other_instruments(out, data, s)?;
    writeln!(
        out,
        "\nExtradition law (does it make extradition conditional on a treaty? art. 16(4)-(6))"
    )?;
    match data.extradition_law(s) {
        Some(r) => {
            writeln!(
                out,
                "  requires a treaty: {} — {}  [{}:{}, {}, as of {}; used from {}]",
                r.requires_treaty.as_str(),
                r.summary,
                r.source.file,
                r.source.line,
                r.source.url,
                as_of(&r.source.as_of),
                r.counts_from().map_or("?".into(), |d| d.to_string())
            )?;
            if !r.notes.is_empty() {
                writeln!(out, "  notes: {}", r.notes)?;
            }
        }
        None => writeln!(
            out,
            "  MISSING: no record (not researched; a 16(5)(a) notification on record may still imply the answer)"
        )?,
    }
    writeln!(out, "\nNational penalties")?;
    let rows: Vec<_> = data
        .all_penalties()
        .iter()
        .filter(|p| p.state == s)
        .collect();
    if rows.is_empty() {
        writeln!(out, "  none in the data")?;
    }
    for p in &rows {
        let dates = match (p.in_force_from, p.in_force_until) {
            (None, None) => String::new(),
            (f, u) => format!(
                ", in force {}–{}",
                f.map_or("?".into(), |d| d.to_string()),
                u.map_or(String::new(), |d| d.to_string())
            ),
        };
        let flag = p
            .flag
            .map(|f| format!(" [{}]", f.describe()))
            .unwrap_or_default();
        writeln!(
            out,
            "  {:<30} {} — {}: {}{dates}{flag}  [line {}, as of {}]",
            p.crime_type,
            p.provision,
            p.offence_label,
            p.max,
            p.source.line,
            as_of(&p.source.as_of)
        )?;
    }
    let covered: Vec<&str> = rows.iter().map(|p| p.crime_type.as_ref()).collect();
    let uncovered: Vec<&str> = data
        .crimes()
        .iter()
        .map(|c| c.id.as_str())
        .filter(|c| !covered.contains(c))
        .collect();
    if !uncovered.is_empty() {
        writeln!(
            out,
            "  MISSING (not researched, which does not mean no offence): {}",
            uncovered.join(", ")
        )?;
    }
    Ok(())
}

/// The State's rows of `other_instruments.csv`, and what their absence means.
fn other_instruments(out: &mut dyn Write, data: &RefData, s: StateCode) -> Result<()> {
    writeln!(out, "\nOther instruments")?;
    for i in OtherInstrumentId::ALL {
        let rows: Vec<_> = data.other_instrument(s, i).collect();
        if rows.is_empty() {
            let said = match data.other_instrument_as_of(i) {
                Some(d) if i.list_complete() => format!("not a party as of {d} (complete list)"),
                Some(_) => "not on record (the list read is partial)".to_string(),
                None => "no data".to_string(),
            };
            writeln!(out, "  {:<38} {said}", i.as_str())?;
        }
        for o in rows {
            let what = match (o.consent, o.consent_type) {
                (Some(d), Some(t)) => format!("{} {d}", t.as_str()),
                _ => "signatory only".to_string(),
            };
            let eif = o
                .entry_into_force
                .map_or(String::new(), |d| format!(", in force {d}"));
            writeln!(
                out,
                "  {:<38} {what}{eif}  [line {}, as of {}]",
                i.as_str(),
                o.source.line,
                as_of(&o.source.as_of)
            )?;
        }
    }
    Ok(())
}

fn stats(out: &mut dyn Write, data: &RefData) -> Result<()> {
    writeln!(
        out,
        "Participation (parties / with a verified deposit date / signatories only / rows whose source reflects 2024 or later)"
    )?;
    let recent = |as_of: &str| as_of.get(..4).is_some_and(|y| y >= "2024");
    for i in Instrument::ALL {
        let rows: Vec<_> = data
            .participations()
            .iter()
            .filter(|p| p.instrument == i)
            .collect();
        let parties = rows.iter().filter(|p| p.is_party).count();
        let dated = rows
            .iter()
            .filter(|p| p.is_party && p.consent.is_some())
            .count();
        let current = rows.iter().filter(|p| recent(&p.source.as_of)).count();
        writeln!(
            out,
            "  {:<5} {parties} / {dated} / {} / {current}",
            i.label(),
            rows.len() - parties
        )?;
    }
    writeln!(
        out,
        "\nNotifications on record (UNTOC: rows / States / effect coded)"
    )?;
    for article in ["16(5)", "18(13)", "18(14)", "35(2)", "13(6)", "5(3)"] {
        let rows: Vec<_> = data
            .all_declarations()
            .iter()
            .filter(|d| d.instrument == Instrument::Untoc && d.article == article)
            .collect();
        let mut states: Vec<StateCode> = rows.iter().map(|d| d.state).collect();
        states.sort();
        states.dedup();
        // What the engine reads as a code: the 16(5) basis, the 18(14)
        // languages; the other articles need no code beyond the article.
        let coded = match article {
            "16(5)" => rows
                .iter()
                .filter(|d| d.extradition_basis.is_some() && !d.content_unknown)
                .count(),
            "18(14)" => rows
                .iter()
                .filter(|d| d.languages.is_some() && !d.content_unknown)
                .count(),
            _ => rows.iter().filter(|d| !d.content_unknown).count(),
        };
        writeln!(
            out,
            "  {article:<7} {:>3} / {:>3} / {coded:>3}",
            rows.len(),
            states.len()
        )?;
    }
    let law = data.all_extradition_law();
    let count = |v: TreatyRequirement| law.iter().filter(|r| r.requires_treaty == v).count();
    writeln!(
        out,
        "\nExtradition law coded: {} States (yes {} / no {} / partly {})",
        law.len(),
        count(TreatyRequirement::Yes),
        count(TreatyRequirement::No),
        count(TreatyRequirement::Partly)
    )?;
    let today = input::today();
    writeln!(
        out,
        "\nPenalty rows per crime type (rows / States / in force today / flagged)"
    )?;
    for c in data.crimes() {
        let rows: Vec<_> = data
            .all_penalties()
            .iter()
            .filter(|p| p.crime_type == c.id)
            .collect();
        let mut states: Vec<StateCode> = rows.iter().map(|p| p.state).collect();
        states.sort();
        states.dedup();
        let in_force = rows
            .iter()
            .filter(|p| p.validity(today) == Validity::InForce)
            .count();
        let flagged = rows.iter().filter(|p| p.flag.is_some()).count();
        writeln!(
            out,
            "  {:<30} {:>3} / {:>2} / {:>3} / {:>2}",
            c.id,
            rows.len(),
            states.len(),
            in_force,
            flagged
        )?;
    }
    let mut penalty_states: Vec<StateCode> = data.all_penalties().iter().map(|p| p.state).collect();
    penalty_states.sort();
    penalty_states.dedup();
    let started = data
        .all_penalties()
        .iter()
        .filter(|p| p.in_force_from.is_some())
        .count();
    writeln!(
        out,
        "  {:<30} {:>3} / {:>2} (rows with in_force_from: {started})",
        "all crime types",
        data.all_penalties().len(),
        penalty_states.len()
    )?;
    writeln!(out, "\nPenalty rows per M49 region (rows / States)")?;
    let mut by_region: BTreeMap<String, (usize, Vec<StateCode>)> = BTreeMap::new();
    for p in data.all_penalties() {
        let region = data
            .region(p.state)
            .map_or("(no region)".to_string(), |r| r.region.to_string());
        let e = by_region.entry(region).or_default();
        e.0 += 1;
        if !e.1.contains(&p.state) {
            e.1.push(p.state);
        }
    }
    for (region, (n, states)) in by_region {
        writeln!(out, "  {region:<12} {n:>3} / {:>2}", states.len())?;
    }
    writeln!(
        out,
        "\nOther instruments (parties / signatories only / list as of)"
    )?;
    for i in OtherInstrumentId::ALL {
        let rows: Vec<_> = data
            .all_other_instruments()
            .iter()
            .filter(|o| o.instrument == i && o.consent_type != Some(OtherConsentType::Withdrawal))
            .collect();
        let parties = rows.iter().filter(|o| o.consent.is_some()).count();
        writeln!(
            out,
            "  {:<38} {parties:>3} / {:>2} / {}{}",
            i.as_str(),
            rows.len() - parties,
            data.other_instrument_as_of(i).unwrap_or("no rows"),
            if i.list_complete() {
                ""
            } else {
                " (partial list)"
            }
        )?;
    }
    writeln!(out, "\nCompetent authorities (rows / States)")?;
    for f in palermo_refdata::AuthorityFunction::ALL {
        let rows: Vec<_> = data
            .all_authorities()
            .iter()
            .filter(|a| a.function == f)
            .collect();
        let mut states: Vec<StateCode> = rows.iter().map(|a| a.state).collect();
        states.sort();
        states.dedup();
        writeln!(
            out,
            "  {:<30} {:>3} / {:>2}",
            f.as_str(),
            rows.len(),
            states.len()
        )?;
    }
    writeln!(out, "\nLegal systems")?;
    let mut by_family: BTreeMap<&str, usize> = BTreeMap::new();
    for l in data.legal_systems() {
        *by_family.entry(l.family.as_str()).or_default() += 1;
    }
    for (f, n) in by_family {
        writeln!(out, "  {f:<14} {n}")?;
    }
    let disagree = data
        .legal_systems()
        .iter()
        .filter(|l| l.sources_disagree)
        .count();
    writeln!(
        out,
        "  ({disagree} rows where the cross-check source disagrees)"
    )?;
    Ok(())
}

/// Prints the differences; returns how many.
fn diff(out: &mut dyn Write, a: &RefData, b: &RefData) -> Result<usize> {
    let mut n = 0;
    let mut line = |out: &mut dyn Write, s: String| -> std::io::Result<()> {
        n += 1;
        writeln!(out, "{s}")
    };
    // Participation, keyed by State and instrument.
    let key = |p: &palermo_refdata::Participation| (p.state, p.instrument);
    let show_p = |p: &palermo_refdata::Participation| {
        format!(
            "party={} consent={} type={} as_of={}",
            p.is_party,
            p.consent.map_or("-".into(), |d| d.to_string()),
            p.consent_type.map_or("-", |t| t.as_str()),
            as_of(&p.source.as_of)
        )
    };
    for p in b.participations() {
        match a.participation(key(p).0, key(p).1) {
            None => line(
                out,
                format!(
                    "+ participation {} {}: {}",
                    p.state,
                    p.instrument.label(),
                    show_p(p)
                ),
            )?,
            Some(old) if show_p(old) != show_p(p) => line(
                out,
                format!(
                    "~ participation {} {}: {} → {}",
                    p.state,
                    p.instrument.label(),
                    show_p(old),
                    show_p(p)
                ),
            )?,
            _ => {}
        }
    }
    for p in a.participations() {
        if b.participation(p.state, p.instrument).is_none() {
            line(
                out,
                format!("- participation {} {}", p.state, p.instrument.label()),
            )?;
        }
    }
    // Declarations, keyed by their content.
    let dkey = |d: &palermo_refdata::Declaration| {
        format!(
            "{} {} {}: {}",
            d.state,
            d.instrument.label(),
            d.article,
            d.summary
        )
    };
    let da: Vec<String> = a.all_declarations().iter().map(dkey).collect();
    let db: Vec<String> = b.all_declarations().iter().map(dkey).collect();
    for d in db.iter().filter(|d| !da.contains(d)) {
        line(out, format!("+ declaration {d}"))?;
    }
    for d in da.iter().filter(|d| !db.contains(d)) {
        line(out, format!("- declaration {d}"))?;
    }
    // Penalties, keyed by offence.
    let pkey = |p: &palermo_refdata::PenaltyRecord| {
        format!(
            "{} {} {} ({})",
            p.state, p.crime_type, p.provision, p.offence_label
        )
    };
    let pval = |p: &palermo_refdata::PenaltyRecord| {
        format!(
            "{} from={} until={} as_of={}",
            p.max,
            p.in_force_from.map_or("-".into(), |d| d.to_string()),
            p.in_force_until.map_or("-".into(), |d| d.to_string()),
            as_of(&p.source.as_of)
        )
    };
    for p in b.all_penalties() {
        match a
            .all_penalties()
            .iter()
            .find(|q| pkey(q) == pkey(p) && q.in_force_from == p.in_force_from)
        {
            None => line(out, format!("+ penalty {}: {}", pkey(p), pval(p)))?,
            Some(q) if pval(q) != pval(p) => line(
                out,
                format!("~ penalty {}: {} → {}", pkey(p), pval(q), pval(p)),
            )?,
            _ => {}
        }
    }
    for p in a.all_penalties() {
        if !b
            .all_penalties()
            .iter()
            .any(|q| pkey(q) == pkey(p) && q.in_force_from == p.in_force_from)
        {
            line(out, format!("- penalty {}", pkey(p)))?;
        }
    }
    // States: regions and legal systems.
    for r in b.regions() {
        match a.region(r.state) {
            None => line(
                out,
                format!("+ region {}: {} / {}", r.state, r.region, r.subregion),
            )?,
            Some(o)
                if (&o.region, &o.subregion, &o.intermediate)
                    != (&r.region, &r.subregion, &r.intermediate) =>
            {
                line(
                    out,
                    format!(
                        "~ region {}: {} / {} → {} / {}",
                        r.state, o.region, o.subregion, r.region, r.subregion
                    ),
                )?
            }
            _ => {}
        }
    }
    for l in b.legal_systems() {
        match a.legal_system(l.state) {
            None => line(
                out,
                format!("+ legal system {}: {}", l.state, l.family.as_str()),
            )?,
            Some(o) if (o.family, &o.components) != (l.family, &l.components) => line(
                out,
                format!(
                    "~ legal system {}: {} → {}",
                    l.state,
                    o.family.as_str(),
                    l.family.as_str()
                ),
            )?,
            _ => {}
        }
    }
    // Extradition law, keyed by State.
    let law = |r: &palermo_refdata::ExtraditionLaw| {
        format!(
            "{} (as of {})",
            r.requires_treaty.as_str(),
            as_of(&r.source.as_of)
        )
    };
    for r in b.all_extradition_law() {
        match a.extradition_law(r.state) {
            None => line(out, format!("+ extradition law {}: {}", r.state, law(r)))?,
            Some(o) if (law(o), &o.summary) != (law(r), &r.summary) => line(
                out,
                format!("~ extradition law {}: {} → {}", r.state, law(o), law(r)),
            )?,
            _ => {}
        }
    }
    for r in a.all_extradition_law() {
        if b.extradition_law(r.state).is_none() {
            line(out, format!("- extradition law {}", r.state))?;
        }
    }
    // Crime catalogue.
    for c in b.crimes() {
        match a.crime(&c.id) {
            None => line(out, format!("+ crime type {}", c.id))?,
            Some(o)
                if (
                    o.name.as_str(),
                    o.description.as_str(),
                    o.mandates.len(),
                    o.convention_offences.len(),
                ) != (
                    c.name.as_str(),
                    c.description.as_str(),
                    c.mandates.len(),
                    c.convention_offences.len(),
                ) =>
            {
                line(out, format!("~ crime type {}", c.id))?
            }
            _ => {}
        }
    }
    for c in a.crimes() {
        if b.crime(&c.id).is_none() {
            line(out, format!("- crime type {}", c.id))?;
        }
    }
    Ok(n)
}

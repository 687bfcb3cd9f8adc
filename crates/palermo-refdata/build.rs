//! Reads the data compiled into the crate with the crate's own loader (the
//! modules below are the crate's `src/` files) and writes what it read as
//! static tables (`embedded_data.rs`), with the diagnostics and the snapshot
//! id (`embedded_snapshot.rs`, the same SHA-256 over file names and contents
//! as `RefData::from_texts`): a start builds the records from the tables
//! instead of parsing the files. Tests check that the two agree.

// The loader is shared with the crate; the build uses only part of it.
#![allow(dead_code, unused_imports)]

#[path = "src/crimes.rs"]
mod crimes;
#[path = "src/diagnostic.rs"]
mod diagnostic;
#[path = "src/load.rs"]
mod load;
#[path = "src/model.rs"]
mod model;
#[path = "src/penalties.rs"]
mod penalties;
#[path = "src/penalty.rs"]
mod penalty;
#[path = "src/state_code.rs"]
mod state_code;
#[path = "src/states.rs"]
mod states;

use std::fmt::Write as _;

pub use diagnostic::{Diagnostic, Field, Severity};
pub use load::{DataTexts, DATA_FILES};
pub use model::{RefData, Source};
pub use penalty::{Penalty, PenaltyError};
pub use state_code::StateCode;

use jiff::civil::Date;

fn main() {
    let dir = std::path::Path::new("../../data");
    let texts: Vec<String> = DATA_FILES
        .iter()
        .map(|name| {
            let path = dir.join(name);
            println!("cargo:rerun-if-changed={}", path.display());
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        })
        .collect();
    let texts = DataTexts {
        participation: &texts[0],
        declarations: &texts[1],
        regions: &texts[2],
        legal_systems: &texts[3],
        penalties: &texts[4],
        crimes: &texts[5],
    };
    let id = texts.snapshot_id();
    let (data, diagnostics) = RefData::read_texts(texts, id.clone(), "embedded");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = std::path::Path::new(&out);
    std::fs::write(
        out.join("embedded_snapshot.rs"),
        format!("/// The snapshot id of the embedded data, computed at build time.\npub const EMBEDDED_SNAPSHOT: &str = {id:?};\n"),
    )
    .expect("OUT_DIR is writable");
    std::fs::write(out.join("embedded_data.rs"), tables(&data, &diagnostics))
        .expect("OUT_DIR is writable");
}

/// The records and diagnostics as Rust statics (see `src/embedded.rs`).
fn tables(data: &RefData, diagnostics: &[Diagnostic]) -> String {
    let mut s = String::with_capacity(1 << 20);
    s.push_str("static PARTICIPATION: &[RawParticipation] = &[\n");
    for p in &data.participation {
        let _ = writeln!(
            s,
            "RawParticipation {{ state: {}, instrument: Instrument::{:?}, name: {:?}, signature: {}, consent: {}, consent_type: {}, is_party: {}, source: {}, notes: {:?} }},",
            code(p.state),
            p.instrument,
            p.name,
            date(p.signature),
            date(p.consent),
            option(p.consent_type.map(|c| format!("ConsentType::{c:?}"))),
            p.is_party,
            source(&p.source),
            p.notes,
        );
    }
    s.push_str("];\nstatic DECLARATIONS: &[RawDeclaration] = &[\n");
    for d in &data.declarations {
        let _ = writeln!(
            s,
            "RawDeclaration {{ state: {}, instrument: Instrument::{:?}, article: {:?}, kind: DeclarationKind::{:?}, summary: {:?}, extradition_basis: {}, content_unknown: {}, source: {} }},",
            code(d.state),
            d.instrument,
            d.article,
            d.kind,
            &*d.summary,
            option(d.extradition_basis.map(|e| format!("ExtraditionBasisNotice::{e:?}"))),
            d.content_unknown,
            source(&d.source),
        );
    }
    s.push_str("];\nstatic REGIONS: &[RawRegion] = &[\n");
    for r in &data.regions {
        let _ = writeln!(
            s,
            "RawRegion {{ state: {}, m49: {:?}, name: {:?}, region: {:?}, subregion: {:?}, intermediate: {:?}, ldc: {}, lldc: {}, sids: {}, source: {} }},",
            code(r.state),
            r.m49,
            r.name,
            r.region,
            r.subregion,
            r.intermediate,
            r.ldc,
            r.lldc,
            r.sids,
            source(&r.source),
        );
    }
    s.push_str("];\nstatic LEGAL_SYSTEMS: &[RawLegalSystem] = &[\n");
    for l in &data.legal_systems {
        let _ = writeln!(
            s,
            "RawLegalSystem {{ state: {}, name: {:?}, family: LegalFamily::{:?}, components: &{:?}, sources_disagree: {}, source: {}, notes: {:?} }},",
            code(l.state),
            l.name,
            l.family,
            l.components,
            l.sources_disagree,
            source(&l.source),
            l.notes,
        );
    }
    s.push_str("];\nstatic PENALTIES: &[RawPenalty] = &[\n");
    for p in &data.penalties {
        let _ = writeln!(
            s,
            "RawPenalty {{ state: {}, crime_type: {:?}, offence_label: {:?}, aggravated: {}, provision: {:?}, max: Penalty::{:?}, in_force_from: {}, in_force_until: {}, flag: {}, source: {}, notes: {:?} }},",
            code(p.state),
            p.crime_type,
            p.offence_label,
            p.aggravated,
            p.provision,
            p.max,
            date(p.in_force_from),
            date(p.in_force_until),
            option(p.flag.map(|f| format!("PenaltyFlag::{f:?}"))),
            source(&p.source),
            p.notes,
        );
    }
    s.push_str("];\nstatic CRIMES: &[RawCrime] = &[\n");
    for c in &data.crimes {
        let mandates: Vec<String> = c
            .mandates
            .iter()
            .map(|m| {
                format!(
                    "RawMandate {{ symbol: {:?}, date: {}, gist: {:?} }}",
                    m.symbol,
                    date(m.date),
                    m.gist
                )
            })
            .collect();
        let _ = writeln!(
            s,
            "RawCrime {{ id: {:?}, name: {:?}, kind: CrimeKind::{:?}, description: {:?}, convention_offences: &{:?}, other_instruments: &{:?}, mandates: &[{}], caveats: &{:?}, unodc_tools: &{:?}, paper_paragraphs: {:?}, line: {} }},",
            c.id,
            c.name,
            c.kind,
            c.description,
            c.convention_offences,
            c.other_instruments,
            mandates.join(", "),
            c.caveats,
            c.unodc_tools,
            c.paper_paragraphs,
            c.line,
        );
    }
    s.push_str("];\nstatic DIAGNOSTICS: &[RawDiagnostic] = &[\n");
    for d in diagnostics {
        let field = d.field.as_ref().map(|f| match f {
            Field::Path(p) => format!("(true, {p:?})"),
            Field::Column(c) => format!("(false, {c:?})"),
        });
        let _ = writeln!(
            s,
            "RawDiagnostic {{ severity: Severity::{:?}, file: {:?}, line: {}, column: {:?}, field: {}, message: {:?} }},",
            d.severity,
            d.file,
            d.line,
            d.column,
            option(field),
            d.message,
        );
    }
    s.push_str("];\n");
    s
}

fn code(c: StateCode) -> String {
    format!("code(b{:?})", c.as_str())
}

fn date(d: Option<Date>) -> String {
    option(d.map(|d| format!("date({}, {}, {})", d.year(), d.month(), d.day())))
}

fn option(v: Option<String>) -> String {
    match v {
        Some(v) => format!("Some({v})"),
        None => "None".into(),
    }
}

fn source(s: &Source) -> String {
    format!(
        "RawSource {{ url: {:?}, as_of: {:?}, file: {:?}, line: {} }}",
        &*s.url, &*s.as_of, s.file, s.line
    )
}

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
#[path = "src/other.rs"]
mod other;
#[path = "src/penalties.rs"]
mod penalties;
#[path = "src/penalty.rs"]
mod penalty;
#[path = "src/state_code.rs"]
mod state_code;
#[path = "src/states.rs"]
mod states;
#[path = "src/table.rs"]
mod table;

use std::fmt::Write as _;

pub use diagnostic::{Diagnostic, Field, Severity};
pub use load::authorities::{Authority, AuthorityFunction};
pub use load::{DataTexts, DATA_FILES};
pub use model::{RefData, Source};
pub use other::{OtherConsentType, OtherInstrumentId, OtherParticipation};
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
        other_instruments: &texts[6],
        extradition_law: &texts[7],
        authorities: &texts[8],
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

/// The strings of the tables, one after the other, each once.
#[derive(Default)]
struct Text {
    text: String,
    at: std::collections::HashMap<String, (usize, usize)>,
    /// The sources' URLs and dates, each once: places in `SHARED`.
    shared: Vec<(usize, usize)>,
    shared_at: std::collections::HashMap<String, usize>,
}

impl Text {
    /// `Str(start, end)` for a string of `TEXT`.
    fn s(&mut self, v: &str) -> String {
        let (a, b) = self.span(v);
        format!("Str({a}, {b})")
    }

    fn span(&mut self, v: &str) -> (usize, usize) {
        if let Some(&span) = self.at.get(v) {
            return span;
        }
        let span = (self.text.len(), self.text.len() + v.len());
        self.text.push_str(v);
        self.at.insert(v.to_string(), span);
        span
    }

    /// The place of a source's URL or date in `SHARED`.
    fn shared(&mut self, v: &str) -> usize {
        if let Some(&i) = self.shared_at.get(v) {
            return i;
        }
        let span = self.span(v);
        self.shared.push(span);
        self.shared_at.insert(v.to_string(), self.shared.len() - 1);
        self.shared.len() - 1
    }

    fn source(&mut self, s: &Source) -> String {
        format!(
            "RawSource {{ url: {}, as_of: {}, file: {}, line: {} }}",
            self.shared(&s.url),
            self.shared(&s.as_of),
            self.s(s.file),
            s.line
        )
    }
}

/// The records and diagnostics as Rust statics (see `src/embedded.rs`).
fn tables(data: &RefData, diagnostics: &[Diagnostic]) -> String {
    let mut t = Text::default();
    let mut s = String::with_capacity(1 << 20);
    s.push_str("static PARTICIPATION: &[RawParticipation] = &[\n");
    for p in data.participation.all() {
        let _ = writeln!(
            s,
            "RawParticipation {{ state: {}, instrument: Instrument::{:?}, name: {}, signature: {}, consent: {}, consent_type: {}, is_party: {}, source: {}, notes: {} }},",
            code(p.state),
            p.instrument,
            t.s(&p.name),
            date(p.signature),
            date(p.consent),
            option(p.consent_type.map(|c| format!("ConsentType::{c:?}"))),
            p.is_party,
            t.source(&p.source),
            t.s(&p.notes),
        );
    }
    s.push_str("];\nstatic DECLARATIONS: &[RawDeclaration] = &[\n");
    for d in data.declarations.all() {
        let _ = writeln!(
            s,
            "RawDeclaration {{ state: {}, instrument: Instrument::{:?}, article: {}, kind: DeclarationKind::{:?}, summary: {}, extradition_basis: {}, languages: {}, content_unknown: {}, source: {} }},",
            code(d.state),
            d.instrument,
            t.s(&d.article),
            d.kind,
            t.s(&d.summary),
            option(d.extradition_basis.map(|e| format!("ExtraditionBasisNotice::{e:?}"))),
            t.s(&d.languages.as_ref().map(|l| l.as_effect()).unwrap_or_default()),
            d.content_unknown,
            t.source(&d.source),
        );
    }
    s.push_str("];\nstatic REGIONS: &[RawRegion] = &[\n");
    for r in data.regions.all() {
        let _ = writeln!(
            s,
            "RawRegion {{ state: {}, m49: {}, name: {}, region: {}, subregion: {}, intermediate: {}, ldc: {}, lldc: {}, sids: {}, source: {} }},",
            code(r.state),
            t.s(&r.m49),
            t.s(&r.name),
            t.s(&r.region),
            t.s(&r.subregion),
            t.s(&r.intermediate),
            r.ldc,
            r.lldc,
            r.sids,
            t.source(&r.source),
        );
    }
    s.push_str("];\nstatic LEGAL_SYSTEMS: &[RawLegalSystem] = &[\n");
    for l in data.legal_systems.all() {
        let _ = writeln!(
            s,
            "RawLegalSystem {{ state: {}, name: {}, family: LegalFamily::{:?}, components: &{:?}, sources_disagree: {}, source: {}, notes: {} }},",
            code(l.state),
            t.s(&l.name),
            l.family,
            l.components,
            l.sources_disagree,
            t.source(&l.source),
            t.s(&l.notes),
        );
    }
    s.push_str("];\nstatic PENALTIES: &[RawPenalty] = &[\n");
    for p in data.penalties.all() {
        let _ = writeln!(
            s,
            "RawPenalty {{ state: {}, crime_type: {}, offence_label: {}, aggravated: {}, provision: {}, max: Penalty::{:?}, in_force_from: {}, in_force_until: {}, flag: {}, source: {}, notes: {} }},",
            code(p.state),
            t.s(&p.crime_type),
            t.s(&p.offence_label),
            p.aggravated,
            t.s(&p.provision),
            p.max,
            date(p.in_force_from),
            date(p.in_force_until),
            option(p.flag.map(|f| format!("PenaltyFlag::{f:?}"))),
            t.source(&p.source),
            t.s(&p.notes),
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
    s.push_str("];\nstatic OTHER: &[RawOther] = &[\n");
    for o in data.other.all() {
        let _ = writeln!(
            s,
            "RawOther {{ state: {}, instrument: crate::OtherInstrumentId::{:?}, name: {}, signature: {}, consent: {}, consent_type: {}, entry_into_force: {}, source: {}, notes: {} }},",
            code(o.state),
            o.instrument,
            t.s(&o.name),
            date(o.signature),
            date(o.consent),
            option(o.consent_type.map(|c| format!("crate::OtherConsentType::{c:?}"))),
            date(o.entry_into_force),
            t.source(&o.source),
            t.s(&o.notes),
        );
    }
    s.push_str("];\nstatic EXTRADITION_LAW: &[RawExtraditionLaw] = &[\n");
    for r in data.extradition_law.all() {
        let _ = writeln!(
            s,
            "RawExtraditionLaw {{ state: {}, name: {}, requires_treaty: TreatyRequirement::{:?}, summary: {}, source: {}, notes: {} }},",
            code(r.state),
            t.s(&r.name),
            r.requires_treaty,
            t.s(&r.summary),
            t.source(&r.source),
            t.s(&r.notes),
        );
    }
    s.push_str("];\nstatic AUTHORITIES: &[RawAuthority] = &[\n");
    for a in data.authorities.all() {
        let _ = writeln!(
            s,
            "RawAuthority {{ state: {}, participant: {}, function: crate::AuthorityFunction::{:?}, authority: {}, languages: {}, channels: {}, contact: {}, source: {}, notes: {} }},",
            code(a.state),
            t.s(&a.participant),
            a.function,
            t.s(&a.authority),
            t.s(&a.languages.join("+")),
            t.s(&a.channels),
            t.s(&a.contact),
            t.source(&a.source),
            t.s(&a.notes),
        );
    }
    s.push_str("];\nstatic DIAGNOSTICS: &[RawDiagnostic] = &[\n");
    for d in diagnostics {
        let field = d.field.as_ref().map(|f| match f {
            Field::Path(p) => format!("(true, {})", t.s(p)),
            Field::Column(c) => format!("(false, {})", t.s(c)),
        });
        let _ = writeln!(
            s,
            "RawDiagnostic {{ severity: Severity::{:?}, file: {}, line: {}, column: {:?}, field: {}, message: {} }},",
            d.severity,
            t.s(&d.file),
            d.line,
            d.column,
            option(field),
            t.s(&d.message),
        );
    }
    s.push_str("];\n");
    // Where each State's rows are, as the loader indexes parsed rows.
    for (name, index) in [
        ("PARTICIPATION", data.participation.index()),
        ("DECLARATIONS", data.declarations.index()),
        ("REGIONS", data.regions.index()),
        ("LEGAL_SYSTEMS", data.legal_systems.index()),
        ("PENALTIES", data.penalties.index()),
        ("OTHER", data.other.index()),
        ("EXTRADITION_LAW", data.extradition_law.index()),
        ("AUTHORITIES", data.authorities.index()),
    ] {
        let _ = write!(s, "static {name}_STATES: &[(StateCode, u32, u32)] = &[");
        for &(state, start, end) in index.states.iter() {
            let _ = write!(s, "({}, {start}, {end}), ", code(state));
        }
        let _ = writeln!(
            s,
            "];\nstatic {name}_POSITIONS: &[u32] = &{:?};",
            index.positions
        );
    }
    s.push_str("static NAMES: &[(StateCode, Str)] = &[");
    for (state, name) in &data.names {
        let _ = write!(s, "({}, {}), ", code(*state), t.s(name));
    }
    s.push_str("];\nstatic LATEST_AS_OF: &[(Instrument, Str, u16)] = &[");
    for ((instrument, article), as_of) in &data.latest_as_of {
        let _ = write!(
            s,
            "(Instrument::{instrument:?}, {}, {}), ",
            t.s(article),
            t.shared(as_of)
        );
    }
    s.push_str("];\nstatic OTHER_AS_OF: &[(crate::OtherInstrumentId, u16)] = &[");
    for (instrument, as_of) in &data.other_as_of {
        let _ = write!(
            s,
            "(crate::OtherInstrumentId::{instrument:?}, {}), ",
            t.shared(as_of)
        );
    }
    s.push_str("];\n");
    let _ = writeln!(s, "static TEXT: &str = {:?};", t.text);
    let _ = writeln!(s, "const SHARED_LEN: usize = {};", t.shared.len());
    s.push_str("static SHARED: &[Str] = &[");
    for (a, b) in &t.shared {
        let _ = write!(s, "Str({a}, {b}), ");
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

//! Joins each language's Fluent files (`locales/<lang>/*.ftl`, in name
//! order) into one catalogue in `OUT_DIR` (for `Catalogue::check`), reads it
//! with the crate's own reader (`src/ftl.rs`) and writes the pattern form as
//! static data (`catalogues.rs`); likewise the table of State names
//! (`src/names_table.rs`, written to `state_names.rs`). The binary carries
//! its messages ready to render: it reads no file and parses nothing at run
//! time. A catalogue with an error fails the build, naming file and line.

// The reader is shared with the crate; the build uses only part of it.
#![allow(dead_code)]

#[path = "src/ftl.rs"]
mod ftl;
#[path = "src/names_table.rs"]
mod names_table;

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use ftl::{Key, Piece};

/// In the order of `Lang::ALL`.
const LANGS: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut code = String::with_capacity(4 << 20);
    let mut errors = Vec::new();
    for lang in LANGS {
        let dir = Path::new("locales").join(lang);
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("readable directory entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let mut joined = String::new();
        for f in &files {
            println!("cargo:rerun-if-changed={}", f.display());
            let text = fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            // A marker line lets errors name the file a message came from.
            joined.push_str(&format!("## file: {}\n", f.display()));
            joined.push_str(&text);
            if !text.ends_with('\n') {
                joined.push('\n');
            }
        }
        fs::write(Path::new(&out).join(format!("{lang}.ftl")), &joined)
            .expect("OUT_DIR is writable");
        match ftl::parse(Box::leak(joined.into_boxed_str())) {
            Ok(parsed) => write_catalogue(&mut code, lang, &parsed),
            Err(errs) => errors.extend(errs),
        }
    }
    if !errors.is_empty() {
        let list: Vec<String> = errors
            .iter()
            .map(|e| format!("{}/{e}", env_dir()))
            .collect();
        panic!("the Fluent catalogues have errors:\n{}", list.join("\n"));
    }
    code.push_str("pub(super) static CATALOGUES: [Catalogue; 6] = [\n");
    for lang in LANGS {
        let up = lang.to_uppercase();
        let variant = format!("{}{}", &up[..1], &lang[1..]);
        let _ = writeln!(
            code,
            "    Catalogue::compiled(Lang::{variant}, {up}_TEXT, {up}_PIECES, {up}_VARIANTS, {up}_ENTRIES, {up}_INDEX),"
        );
    }
    code.push_str("];\n");
    fs::write(Path::new(&out).join("catalogues.rs"), code).expect("OUT_DIR is writable");

    let names = Path::new("data/state-names.csv");
    println!("cargo:rerun-if-changed={}", names.display());
    let text = fs::read_to_string(names).unwrap_or_else(|e| panic!("{}: {e}", names.display()));
    let table =
        names_table::read(&text, &LANGS).unwrap_or_else(|e| panic!("{}: {e}", names.display()));
    let mut code = String::from("static NAMES: &[(&str, [&str; 6])] = &[\n");
    for (state, names) in &table {
        let _ = writeln!(code, "    ({state:?}, {names:?}),");
    }
    code.push_str("];\n");
    // The codes as numbers, in the same order: searched without comparing
    // strings.
    code.push_str("static NAME_KEYS: &[u32] = &[\n");
    for (state, _) in &table {
        let key = state.bytes().fold(0u32, |k, b| k << 8 | u32::from(b));
        let _ = writeln!(code, "    {key},");
    }
    code.push_str("];\n");
    // The codes whose English name takes "the" in running text, as numbers.
    let the =
        names_table::english_article(&text).unwrap_or_else(|e| panic!("{}: {e}", names.display()));
    code.push_str("static EN_THE_KEYS: &[u32] = &[\n");
    for state in &the {
        let key = state.bytes().fold(0u32, |k, b| k << 8 | u32::from(b));
        let _ = writeln!(code, "    {key},");
    }
    code.push_str("];\n");
    fs::write(Path::new(&out).join("state_names.rs"), code).expect("OUT_DIR is writable");
}

/// The crate's folder, so that a catalogue error names a path to open.
fn env_dir() -> String {
    std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into())
}

fn write_catalogue(code: &mut String, lang: &str, parsed: &ftl::Parsed) {
    let up = lang.to_uppercase();
    let _ = writeln!(code, "const {up}_TEXT: &str = {:?};", parsed.text);
    let _ = writeln!(code, "const {up}_PIECES: &[Piece] = &[");
    for p in &parsed.pieces {
        let _ = match *p {
            Piece::Text(t) => writeln!(code, "Piece::Text({}),", span(t)),
            Piece::Var(v) => writeln!(code, "Piece::Var({}),", span(v)),
            Piece::Ref { id, at } => writeln!(code, "Piece::Ref {{ id: {}, at: {at} }},", span(id)),
            Piece::Select {
                var,
                variants,
                default,
            } => writeln!(
                code,
                "Piece::Select {{ var: {}, variants: {}, default: {default} }},",
                span(var),
                span(variants)
            ),
        };
    }
    code.push_str("];\n");
    let _ = writeln!(code, "const {up}_VARIANTS: &[Variant] = &[");
    for v in &parsed.variants {
        let key = match v.key {
            Key::Ident(s) => format!("Key::Ident({})", span(s)),
            Key::Num(n) => format!("Key::Num({n})"),
        };
        let _ = writeln!(
            code,
            "Variant {{ key: {key}, pattern: {} }},",
            span(v.pattern)
        );
    }
    code.push_str("];\n");
    let _ = writeln!(code, "const {up}_ENTRIES: &[Entry] = &[");
    for e in &parsed.entries {
        let _ = writeln!(
            code,
            "Entry {{ id: {}, pattern: {}, file: {}, line: {}, is_term: {} }},",
            span(e.id),
            span(e.pattern),
            span(e.file),
            e.line,
            e.is_term
        );
    }
    code.push_str("];\n");
    let _ = writeln!(code, "const {up}_INDEX: &[u32] = &{:?};", parsed.index);
}

fn span(s: ftl::Span) -> String {
    format!("Span {{ start: {}, len: {} }}", s.start, s.len)
}

//! All file reading: case files (or standard input) and data folders, and the
//! one clock read. Errors name the file.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use palermo_case::Syntax;
use palermo_refdata::{DataTexts, Diagnostic, RefData, Severity, DATA_FILES};

use crate::diagnostic::Sources;

/// Reads the reference data: the embedded snapshot, or the folder given.
/// Returns the data, its diagnostics and the files' texts (to show an
/// error with its line); a folder that cannot be read makes this fail.
pub fn load_data(dir: Option<&Path>) -> Result<(RefData, Vec<Diagnostic>, Sources)> {
    let Some(dir) = dir else {
        // Read at build time: the same data and diagnostics as parsing the
        // embedded texts (a test in palermo-refdata checks it).
        let (data, diags) = RefData::embedded_with_diagnostics();
        return Ok((data, diags, embedded_sources()));
    };
    let texts = read_data_texts(dir)?;
    let (data, diags) = parse_data_texts(dir, &texts);
    Ok((data, diags, data_sources(dir, texts)))
}

/// The embedded data files by the names their diagnostics give them.
fn embedded_sources() -> Sources {
    let mut sources = Sources::default();
    for (name, text) in DATA_FILES.into_iter().zip(DataTexts::embedded().in_order()) {
        sources.add(name, text);
    }
    sources
}

/// A data folder's texts (in [`DATA_FILES`] order) by the names their
/// diagnostics give them (see [`parse_data_texts`]).
pub fn data_sources(dir: &Path, texts: Vec<String>) -> Sources {
    let mut sources = Sources::default();
    for (name, text) in DATA_FILES.into_iter().zip(texts) {
        sources.add(dir.join(name).display().to_string(), text);
    }
    sources
}

/// Reads the texts of a data folder's files, in [`DATA_FILES`] order.
pub fn read_data_texts(dir: &Path) -> Result<Vec<String>> {
    let mut texts = Vec::new();
    for name in DATA_FILES {
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path).with_context(|| {
            format!(
                "failed to read `{}` (a data folder holds {})",
                path.display(),
                DATA_FILES.join(" and ")
            )
        })?;
        texts.push(text);
    }
    Ok(texts)
}

/// Parses a data folder's texts (in [`DATA_FILES`] order); diagnostics name
/// the files inside `dir`.
pub fn parse_data_texts(dir: &Path, texts: &[String]) -> (RefData, Vec<Diagnostic>) {
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
    let (data, mut diags) = RefData::from_texts(texts, &dir.display().to_string());
    for d in &mut diags {
        d.file = dir.join(&d.file).display().to_string();
    }
    (data, diags)
}

/// Reads a file of a data folder that not every folder has
/// (`CHANGELOG.md`): `None` when it does not exist.
pub fn read_optional(path: &Path) -> Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(Some(t)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("failed to read `{}`", path.display())),
    }
}

/// Loads the data and fails, listing every error, if the folder has any.
pub fn load_data_strict(dir: Option<&Path>) -> Result<RefData> {
    let (data, diags, sources) = load_data(dir)?;
    let errors: Vec<String> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| sources.render(d))
        .collect();
    if !errors.is_empty() {
        bail!("the reference data has errors:\n{}", errors.join("\n"));
    }
    Ok(data)
}

/// Reads a file as text.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes =
        std::fs::read(path).with_context(|| format!("failed to read `{}`", path.display()))?;
    utf8(bytes, &path.display().to_string())
}

fn utf8(bytes: Vec<u8>, name: &str) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "`{name}` is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// The name standard input goes by in messages.
pub const STDIN_NAME: &str = "<stdin>";

/// Whether a path argument means standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Reads a case: from the file, or from standard input for `-`. Returns the
/// name to use in messages (`<stdin>` for standard input), the text and its
/// syntax: by the file's extension (`.json` is JSON, anything else TOML); on
/// standard input, JSON if the text starts with `{` (a TOML document cannot),
/// else TOML.
pub fn read_case_text(path: &Path) -> Result<(String, String, Syntax)> {
    if is_stdin(path) {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .context("failed to read the case from standard input")?;
        let text = utf8(bytes, STDIN_NAME)?;
        let syntax = if text
            .trim_start_matches('\u{feff}')
            .trim_start()
            .starts_with('{')
        {
            Syntax::Json
        } else {
            Syntax::Toml
        };
        return Ok((STDIN_NAME.to_string(), text, syntax));
    }
    let name = path.display().to_string();
    let text = read_text(path)?;
    let syntax = Syntax::from_file_name(&name);
    Ok((name, text, syntax))
}

/// Today in UTC: the default `as_of`. The only clock read in Palermo.
pub fn today() -> jiff::civil::Date {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
}

/// The case files at `path`: the file itself, `-` (standard input), or every
/// `.toml` and `.json` file under a folder, in name order.
pub fn collect_cases(path: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    if is_stdin(path) {
        out.push(path.to_path_buf());
    } else if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(|| format!("failed to read folder `{}`", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                collect_cases(&p, out)?;
            } else if p.extension().is_some_and(|e| e == "toml" || e == "json") {
                out.push(p);
            }
        }
    } else if path.exists() {
        out.push(path.to_path_buf());
    } else {
        anyhow::bail!("`{}` does not exist", path.display());
    }
    Ok(())
}

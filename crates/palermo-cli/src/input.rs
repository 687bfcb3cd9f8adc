//! All file reading: case files and data folders. Errors name the file.

use std::path::Path;

use anyhow::{bail, Context, Result};
use palermo_refdata::{DataTexts, RefData, Severity, DATA_FILES};

/// Reads the reference data: the embedded snapshot, or the folder given.
/// Returns the data and its diagnostics; errors in a folder make this fail.
pub fn load_data(dir: Option<&Path>) -> Result<(RefData, Vec<palermo_refdata::Diagnostic>)> {
    let Some(dir) = dir else {
        return Ok(RefData::from_texts(DataTexts::embedded(), "embedded"));
    };
    let texts = read_data_texts(dir)?;
    Ok(parse_data_texts(dir, &texts))
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
pub fn parse_data_texts(
    dir: &Path,
    texts: &[String],
) -> (RefData, Vec<palermo_refdata::Diagnostic>) {
    let texts = DataTexts {
        participation: &texts[0],
        declarations: &texts[1],
        regions: &texts[2],
        legal_systems: &texts[3],
        penalties: &texts[4],
        crimes: &texts[5],
    };
    let (data, mut diags) = RefData::from_texts(texts, &dir.display().to_string());
    for d in &mut diags {
        d.file = dir.join(&d.file).display().to_string();
    }
    (data, diags)
}

/// Reads a file of a data folder that not every folder has
/// (`expected_counts.csv`, `CHANGELOG.md`): `None` when it does not exist.
pub fn read_optional(path: &Path) -> Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(Some(t)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("failed to read `{}`", path.display())),
    }
}

/// Loads the data and fails, listing every error, if the folder has any.
pub fn load_data_strict(dir: Option<&Path>) -> Result<RefData> {
    let (data, diags) = load_data(dir)?;
    let errors: Vec<String> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    if !errors.is_empty() {
        bail!("the reference data has errors:\n{}", errors.join("\n"));
    }
    Ok(data)
}

/// Reads a case file as text.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes =
        std::fs::read(path).with_context(|| format!("failed to read `{}`", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "`{}` is not UTF-8 text (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// Today in UTC: the default `as_of`. The only clock read in Palermo.
pub fn today() -> jiff::civil::Date {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
}

//! Finds the fonts the PDF writer (`palermo_draft::write_pdf`) needs on the
//! machine: one family for Latin, Cyrillic and Greek, one for Arabic, one
//! for Chinese (regular, and bold where the family has it), and a fallback
//! for other scripts where one is installed.
//!
//! Where it looks: the system's font directories, then the directories in
//! `PALERMO_FONT_DIR` (separated by `:`, or `;` on Windows), then those the
//! caller passes. Which families, in order of preference, per script: see
//! [`families`]. On Debian or Ubuntu, `apt-get install fonts-noto-core
//! fonts-noto-cjk` installs the first choice of each.

#![deny(missing_docs)]

use std::collections::HashMap;
use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fontdb::{Database, FaceInfo, Source, Stretch, Style};

pub use palermo_draft::{FontFace, FontSet, Script, Weight};

/// The environment variable naming extra font directories.
pub const FONT_DIR_VAR: &str = "PALERMO_FONT_DIR";

/// The families looked for, per script, in order of preference.
pub fn families(script: Script) -> &'static [&'static str] {
    match script {
        Script::Latin => &["Noto Sans", "DejaVu Sans", "Liberation Sans"],
        Script::Arabic => &["Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans"],
        Script::Chinese => &[
            "Noto Sans CJK SC",
            "Noto Serif CJK SC",
            "WenQuanYi Zen Hei",
            "WenQuanYi Micro Hei",
            "Droid Sans Fallback",
        ],
        Script::Other => &["Noto Sans Hebrew", "DejaVu Sans"],
    }
}

/// The scripts [`find_fonts`] requires: a draft in any of the six UN
/// languages, with user text in any of them, can be written.
pub const REQUIRED: [Script; 3] = [Script::Latin, Script::Arabic, Script::Chinese];

/// Why the fonts could not be found.
#[derive(Debug)]
#[non_exhaustive]
pub enum FontError {
    /// No family of the list was found for these scripts.
    Missing {
        /// The scripts without a font, each with the families looked for.
        scripts: Vec<(Script, &'static [&'static str])>,
        /// The directories searched besides the system's.
        dirs: Vec<PathBuf>,
    },
    /// A font file was found but could not be read.
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
}

impl fmt::Display for FontError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FontError::Missing { scripts, dirs } => {
                write!(f, "no font found for ")?;
                for (i, (script, families)) in scripts.iter().enumerate() {
                    if i > 0 {
                        write!(f, "; nor for ")?;
                    }
                    write!(f, "{} (looked for: {})", script.name(), families.join(", "))?;
                }
                write!(f, ", in the system's font directories")?;
                if !dirs.is_empty() {
                    let dirs: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
                    write!(f, " and in {}", dirs.join(", "))?;
                }
                write!(
                    f,
                    ". Install them (Debian, Ubuntu: apt-get install fonts-noto-core fonts-noto-cjk) \
                     or set {FONT_DIR_VAR} to the directory holding them (several: separated by ':')"
                )
            }
            FontError::Read { path, error } => {
                write!(f, "cannot read the font {}: {error}", path.display())
            }
        }
    }
}

impl std::error::Error for FontError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            FontError::Read { error, .. } => Some(error),
            FontError::Missing { .. } => None,
        }
    }
}

/// The fonts for every script of [`REQUIRED`] (and the fallback for other
/// scripts when installed), from the system's font directories,
/// `PALERMO_FONT_DIR` and `extra_dirs`.
pub fn find_fonts(extra_dirs: &[PathBuf]) -> Result<FontSet, FontError> {
    find_fonts_for(&REQUIRED, extra_dirs)
}

/// As [`find_fonts`], requiring only the fonts for `required` (say, Latin
/// alone for an English draft whose user text is all Latin); the others are
/// added when found.
pub fn find_fonts_for(required: &[Script], extra_dirs: &[PathBuf]) -> Result<FontSet, FontError> {
    let dirs = font_dirs(std::env::var_os(FONT_DIR_VAR), extra_dirs);
    let mut db = Database::new();
    db.load_system_fonts();
    for dir in &dirs {
        db.load_fonts_dir(dir);
    }
    select(&db, required, &dirs)
}

/// The directories of `env` (the value of `PALERMO_FONT_DIR`) and then
/// `extra`, empty entries left out.
pub fn font_dirs(env: Option<OsString>, extra: &[PathBuf]) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = env
        .map(|v| std::env::split_paths(&v).collect())
        .unwrap_or_default();
    dirs.extend(extra.iter().cloned());
    dirs.retain(|d| !d.as_os_str().is_empty());
    dirs
}

/// The font set from the faces of `db`: for each script, the first family
/// of [`families`] that has a regular face, with its bold face if any.
/// `dirs` only goes into the error.
fn select(db: &Database, required: &[Script], dirs: &[PathBuf]) -> Result<FontSet, FontError> {
    let mut found: Vec<Found> = Vec::new();
    let mut missing = Vec::new();
    for script in Script::ALL {
        let choice = families(script)
            .iter()
            .find_map(|family| best(db, family, Weight::Regular).map(|r| (family, r)));
        let Some((family, regular)) = choice else {
            if required.contains(&script) {
                missing.push((script, families(script)));
            }
            continue;
        };
        add(&mut found, family, regular, Weight::Regular, script);
        if let Some(bold) = best(db, family, Weight::Bold) {
            add(&mut found, family, bold, Weight::Bold, script);
        }
    }
    if !missing.is_empty() {
        return Err(FontError::Missing {
            scripts: missing,
            dirs: dirs.to_vec(),
        });
    }
    load(found)
}

/// A face chosen, not yet read.
struct Found {
    family: String,
    source: Source,
    index: u32,
    weight: Weight,
    scripts: Vec<Script>,
}

/// Adds `face` for `script`, or adds `script` to it when it is already
/// there (DejaVu Sans for Latin and Arabic is one face).
fn add(found: &mut Vec<Found>, family: &str, face: &FaceInfo, weight: Weight, script: Script) {
    let same = |f: &Found| {
        f.index == face.index && f.weight == weight && same_source(&f.source, &face.source)
    };
    if let Some(f) = found.iter_mut().find(|f| same(f)) {
        f.scripts.push(script);
        return;
    }
    found.push(Found {
        family: family.to_string(),
        source: face.source.clone(),
        index: face.index,
        weight,
        scripts: vec![script],
    });
}

fn same_source(a: &Source, b: &Source) -> bool {
    match (a, b) {
        (Source::File(a), Source::File(b)) => a == b,
        (Source::Binary(a), Source::Binary(b)) => Arc::ptr_eq(a, b),
        _ => false,
    }
}

/// The upright face of `family` nearest to `weight` (400 or 700, within
/// 100), normal width first.
fn best<'a>(db: &'a Database, family: &str, weight: Weight) -> Option<&'a FaceInfo> {
    let target: i32 = match weight {
        Weight::Regular => 400,
        Weight::Bold => 700,
    };
    db.faces()
        .filter(|f| {
            f.families
                .iter()
                .any(|(name, _)| name.eq_ignore_ascii_case(family))
        })
        .filter(|f| f.style == Style::Normal)
        .filter(|f| (i32::from(f.weight.0) - target).abs() <= 100)
        .min_by_key(|f| {
            (
                f.stretch != Stretch::Normal,
                (i32::from(f.weight.0) - target).abs(),
                source_key(&f.source),
                f.index,
            )
        })
}

/// Orders equal faces by file, so the choice does not depend on the order
/// the directories were read in.
fn source_key(source: &Source) -> Option<PathBuf> {
    match source {
        Source::File(p) => Some(p.clone()),
        _ => None,
    }
}

/// Reads the chosen files (each once).
fn load(found: Vec<Found>) -> Result<FontSet, FontError> {
    let mut files: HashMap<PathBuf, Arc<Vec<u8>>> = HashMap::new();
    let mut set = FontSet::new();
    for f in found {
        let (data, source) = match &f.source {
            Source::File(path) => (read(&mut files, path)?, path.display().to_string()),
            Source::Binary(bytes) => (Arc::new(bytes.as_ref().as_ref().to_vec()), String::new()),
        };
        set.push(FontFace::new(f.family, data, f.index, f.weight, &f.scripts).with_source(source));
    }
    Ok(set)
}

fn read(
    files: &mut HashMap<PathBuf, Arc<Vec<u8>>>,
    path: &Path,
) -> Result<Arc<Vec<u8>>, FontError> {
    if let Some(data) = files.get(path) {
        return Ok(data.clone());
    }
    let data = std::fs::read(path).map_err(|error| FontError::Read {
        path: path.to_path_buf(),
        error,
    })?;
    let data = Arc::new(data);
    files.insert(path.to_path_buf(), data.clone());
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_database_names_every_required_script_and_the_fix() {
        let dirs = vec![PathBuf::from("/opt/fonts")];
        let Err(err) = select(&Database::new(), &REQUIRED, &dirs) else {
            panic!("an empty database gave fonts");
        };
        let msg = err.to_string();
        for needle in [
            "Latin, Cyrillic and Greek (looked for: Noto Sans, DejaVu Sans, Liberation Sans)",
            "Arabic (looked for: Noto Naskh Arabic",
            "Chinese (looked for: Noto Sans CJK SC",
            "/opt/fonts",
            "apt-get install fonts-noto-core fonts-noto-cjk",
            "PALERMO_FONT_DIR",
        ] {
            assert!(msg.contains(needle), "{needle:?} not in {msg}");
        }
        assert!(
            !msg.contains("other scripts"),
            "the fallback is not required: {msg}"
        );
    }

    #[test]
    fn only_the_required_scripts_are_errors() {
        let Err(FontError::Missing { scripts, .. }) =
            select(&Database::new(), &[Script::Arabic], &[])
        else {
            panic!("expected a missing-font error");
        };
        assert_eq!(scripts.len(), 1);
        assert_eq!(scripts[0].0, Script::Arabic);
        let set = select(&Database::new(), &[], &[]);
        assert!(set.is_ok_and(|s| s.is_empty()));
    }

    #[test]
    fn font_dirs_come_from_the_variable_then_the_caller() {
        let env = std::env::join_paths(["/a", "", "/b"]).ok();
        let dirs = font_dirs(env, &[PathBuf::from("/c")]);
        assert_eq!(
            dirs,
            vec![
                PathBuf::from("/a"),
                PathBuf::from("/b"),
                PathBuf::from("/c")
            ]
        );
        assert!(font_dirs(None, &[]).is_empty());
    }

    #[test]
    fn faces_are_found_by_family_and_weight_in_a_directory() {
        // A font of the machine's, when it has one, loaded alone.
        let Some(path) = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]
            .iter()
            .map(PathBuf::from)
            .find(|p| p.exists())
        else {
            eprintln!("skipped: DejaVu Sans is not installed");
            return;
        };
        let mut db = Database::new();
        db.load_font_file(&path).ok();
        let set = select(&db, &[Script::Latin, Script::Arabic], &[]);
        let Ok(set) = set else {
            panic!("DejaVu Sans not chosen: {:?}", set.err());
        };
        // One face serves Latin, Arabic and the other scripts.
        assert_eq!(set.faces().len(), 1);
        assert_eq!(
            set.faces()[0].scripts,
            vec![Script::Latin, Script::Arabic, Script::Other]
        );
        assert_eq!(set.faces()[0].weight, Weight::Regular);
        assert!(
            set.describe().contains("DejaVuSans.ttf"),
            "{}",
            set.describe()
        );
    }
}

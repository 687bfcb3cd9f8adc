//! The machine's fonts for the unit tests, found by palermo-fonts (a
//! dev-dependency). palermo-fonts links this crate as a library, whose
//! types are not the test build's: the faces are copied over by name.

use super::fonts::{FontFace, FontSet, Script, Weight};

/// Set (as CI does) to make missing fonts a failure, not a skip.
const REQUIRE: &str = "PALERMO_REQUIRE_FONTS";

/// The machine's fonts, or `None` after a notice when there are none and
/// `PALERMO_REQUIRE_FONTS` is not set.
pub(crate) fn machine_fonts() -> Option<FontSet> {
    let found = match palermo_fonts::find_fonts(&[]) {
        Ok(found) => found,
        Err(e) if std::env::var_os(REQUIRE).is_some() => {
            panic!("{REQUIRE} is set and the fonts are missing: {e}")
        }
        Err(e) => {
            eprintln!("skipped (set {REQUIRE} to make this a failure): {e}");
            return None;
        }
    };
    let mut set = FontSet::new();
    for f in found.faces() {
        let weight = if f.weight.name() == Weight::Bold.name() {
            Weight::Bold
        } else {
            Weight::Regular
        };
        let scripts: Vec<Script> = f
            .scripts
            .iter()
            .filter_map(|s| Script::ALL.into_iter().find(|m| m.name() == s.name()))
            .collect();
        set.push(
            FontFace::new(f.family.clone(), f.data.clone(), f.index, weight, &scripts)
                .with_source(f.source.clone()),
        );
    }
    Some(set)
}

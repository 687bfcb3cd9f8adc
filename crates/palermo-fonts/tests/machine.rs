//! `find_fonts` on this machine: a regular face for each required script,
//! each face the one of its family in its file (the SC face of a CJK
//! collection), and `describe` naming the files. Skipped with a notice
//! when the fonts are missing, unless `PALERMO_REQUIRE_FONTS` is set (as
//! in CI).

use palermo_fonts::{find_fonts, Weight, REQUIRED};

#[test]
fn the_machine_has_a_face_for_each_required_script() {
    let set = match find_fonts(&[]) {
        Ok(set) => set,
        Err(e) if std::env::var_os("PALERMO_REQUIRE_FONTS").is_some() => {
            panic!("PALERMO_REQUIRE_FONTS is set and the fonts are missing: {e}")
        }
        Err(e) => {
            eprintln!("skipped (set PALERMO_REQUIRE_FONTS to make this a failure): {e}");
            return;
        }
    };
    println!("{}", set.describe());
    for script in REQUIRED {
        assert!(
            set.has(script, Weight::Regular),
            "no regular face for {}",
            script.name()
        );
    }
    for face in set.faces() {
        assert!(!face.source.is_empty(), "{} has no file", face.family);
        assert!(
            set.describe().contains(&face.source),
            "{} not described",
            face.source
        );
        assert!(!face.data.is_empty());
    }
    // In a collection (NotoSansCJK-Regular.ttc holds JP, KR, SC, TC, HK),
    // the face chosen is the one of the family asked for: read its names.
    for face in set.faces() {
        let mut db = fontdb::Database::new();
        db.load_font_data(face.data.to_vec());
        let names: Vec<String> = db
            .faces()
            .filter(|f| f.index == face.index)
            .flat_map(|f| f.families.iter().map(|(n, _)| n.clone()))
            .collect();
        assert!(
            names.contains(&face.family),
            "face {} of {} is {names:?}, not {}",
            face.index,
            face.source,
            face.family
        );
    }
}

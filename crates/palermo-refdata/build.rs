//! Computes the snapshot id of the data compiled into the crate (the same
//! SHA-256 over file names and contents as `RefData::from_texts`), so that
//! loading the embedded data does not hash it at every start. A test checks
//! that the two agree.

use sha2::{Digest, Sha256};

const DATA_FILES: [&str; 6] = [
    "untoc_participation.csv",
    "untoc_declarations.csv",
    "m49_regions.csv",
    "legal_systems.csv",
    "national_penalties.csv",
    "crime_catalogue.toml",
];

fn main() {
    let dir = std::path::Path::new("../../data");
    let mut hasher = Sha256::new();
    for name in DATA_FILES {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update((text.len() as u64).to_le_bytes());
        hasher.update(text.as_bytes());
    }
    let id: String = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(
        std::path::Path::new(&out).join("embedded_snapshot.rs"),
        format!("/// The snapshot id of the embedded data, computed at build time.\npub const EMBEDDED_SNAPSHOT: &str = \"sha256:{id}\";\n"),
    )
    .expect("OUT_DIR is writable");
}

//! Joins each language's Fluent files (`locales/<lang>/*.ftl`, in name
//! order) into one catalogue in `OUT_DIR`, which the crate compiles in: the
//! binary carries its messages and reads no file at run time.

use std::fs;
use std::path::Path;

const LANGS: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
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
        fs::write(Path::new(&out).join(format!("{lang}.ftl")), joined)
            .expect("OUT_DIR is writable");
    }
}

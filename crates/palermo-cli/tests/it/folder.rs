//! Data folders of fictional States for the tests: every data file with its
//! header only, to which a test appends the rows it needs, so that no test
//! depends on the bundled rows.

use std::path::{Path, PathBuf};

/// A fresh folder `palermo-<tag>-<pid>` in the temporary directory holding
/// every data file with its header and no rows; the crime catalogue is the
/// project's when `catalogue` is true (it is the project's list, not a
/// State's data), else empty.
pub fn headers_only(tag: &str, catalogue: bool) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("palermo-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    for f in palermo_refdata::DATA_FILES {
        let text = std::fs::read_to_string(bundled.join(f)).unwrap();
        let kept = if f.ends_with(".csv") {
            format!("{}\n", text.lines().next().unwrap())
        } else if catalogue {
            text
        } else {
            String::new()
        };
        std::fs::write(dir.join(f), kept).unwrap();
    }
    dir
}

/// Appends rows to a file of the folder.
pub fn append(dir: &Path, file: &str, rows: &str) {
    let p = dir.join(file);
    let mut text = std::fs::read_to_string(&p).unwrap();
    text.push_str(rows);
    std::fs::write(p, text).unwrap();
}

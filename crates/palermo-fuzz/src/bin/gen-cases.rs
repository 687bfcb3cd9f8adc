//! `gen-cases DIR [--count N] [--seed S]`: writes a seeded caseload of case
//! files (see `palermo_fuzz::caseload`) for `palermo assess DIR --stats`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let (mut count, mut seed) = (1000usize, 20_001_115u64);
    while let Some(a) = args.next() {
        let mut value = |name: &str| match args.next().map(|v| v.parse::<u64>()) {
            Some(Ok(v)) => Ok(v),
            _ => Err(format!("{name} takes a whole number")),
        };
        let res = match a.as_str() {
            "--count" => value("--count").map(|v| count = v as usize),
            "--seed" => value("--seed").map(|v| seed = v),
            _ if dir.is_none() && !a.starts_with('-') => {
                dir = Some(PathBuf::from(a));
                Ok(())
            }
            _ => Err(format!("unexpected argument `{a}`")),
        };
        if let Err(e) = res {
            eprintln!("gen-cases: {e}\nusage: gen-cases DIR [--count N] [--seed S]");
            return ExitCode::from(2);
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: gen-cases DIR [--count N] [--seed S]");
        return ExitCode::from(2);
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("gen-cases: {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    for i in 0..count {
        let p = dir.join(format!("case-{i:05}.toml"));
        if let Err(e) = std::fs::write(&p, palermo_fuzz::caseload::case(seed, i)) {
            eprintln!("gen-cases: {}: {e}", p.display());
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

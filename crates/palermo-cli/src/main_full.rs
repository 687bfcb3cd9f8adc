//! `palermo-full`: every command of `palermo`, the registry's server and
//! commands, search and drafting included. `palermo` hands it those; it can
//! also be run by itself (see `app` for the exit codes).

use std::process::ExitCode;

/// mimalloc, as in `palermo` (main.rs says why).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let invocation = match palermo_cli::app::start() {
        Ok(i) => i,
        Err(code) => return code,
    };
    palermo_cli::app::finish(match invocation.run_analysis() {
        Ok(res) => res,
        Err(full) => full.run(),
    })
}

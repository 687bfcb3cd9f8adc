//! The `palermo` command: runs the analysis (`assess`, `explain`, `test`,
//! `data`, `crimes`, `matrix`, `study`, `authorities`) and hands `draft`,
//! `search` and the registry's `serve`, `admin`, `registry`, `stats` and
//! `audit` to `palermo-full`, beside it (see `app` for both, and the exit
//! codes).

use std::process::ExitCode;

/// mimalloc instead of the system allocator: an assessment allocates small
/// short-lived values by the hundred, and glibc's malloc and free took about
/// a sixth of the server's time under load (perf, `scripts/load-test`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let invocation = match palermo_cli::app::start() {
        Ok(i) => i,
        Err(code) => return code,
    };
    match invocation.run_analysis() {
        Ok(res) => palermo_cli::app::finish(res),
        Err(full) => palermo_cli::app::hand_over(&full),
    }
}

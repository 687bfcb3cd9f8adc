//! The `palermo` command: `assess`, `explain`, `test`, `data`, `crimes`,
//! `matrix`, `study`, `authorities`, `search`, and the registry's `serve`, `admin`, `registry`,
//! `stats`, `audit`.
//!
//! Exit codes: 0 done (whatever the legal outcome); 1 `--fail-on` matched, a
//! `palermo test` expectation failed, or `data check` found errors; 2 the
//! input (case file, data folder, arguments, rows to import) could not be
//! read or was refused.

mod cli;
mod cli_registry;
mod cmd_assess;
mod cmd_authorities;
mod cmd_crimes;
mod cmd_data;
mod cmd_draft;
mod cmd_explain;
mod cmd_import;
mod cmd_matrix;
mod cmd_registry;
mod cmd_search;
mod cmd_study;
mod cmd_test;
mod diagnostic;
mod input;
mod output;

use palermo_cli::render;

/// mimalloc instead of the system allocator: an assessment allocates small
/// short-lived values by the hundred, and glibc's malloc and free took about
/// a sixth of the server's time under load (perf, `scripts/load-test`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    let lang = match args.lang {
        Some(l) => l,
        None => match palermo_i18n::Lang::from_env(|k| std::env::var(k).ok()) {
            Ok(l) => l,
            Err(v) => {
                let _ = writeln!(
                    std::io::stderr().lock(),
                    "palermo: PALERMO_LANG=`{v}` is not one of the six UN languages: ar, en, es, fr, ru, zh"
                );
                return ExitCode::from(2);
            }
        },
    };
    let res = match args.command {
        cli::Command::Assess(a) => cmd_assess::run(a, lang),
        cli::Command::Explain(a) => cmd_explain::run(a, lang),
        cli::Command::Test(a) => cmd_test::run(a),
        cli::Command::Data(a) => cmd_data::run(a),
        cli::Command::Crimes(a) => cmd_crimes::run(a),
        cli::Command::Matrix(a) => cmd_matrix::run(a),
        cli::Command::Study(cli::StudyArgs {
            study: cli::StudyCommand::SeriousCrime(a),
        }) => cmd_study::run(a),
        cli::Command::Draft(a) => cmd_draft::run(a, args.lang, lang),
        cli::Command::Serve(a) => cmd_registry::serve(a),
        cli::Command::Admin(a) => cmd_registry::admin(a),
        cli::Command::Registry(a) => cmd_registry::registry(a),
        cli::Command::Stats(a) => cmd_registry::stats(a),
        cli::Command::Audit(a) => cmd_registry::audit(a),
        cli::Command::Authorities(a) => cmd_authorities::run(a),
        cli::Command::Search(a) => cmd_search::run(a),
    };
    match res {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (`palermo assess … | head`) is not an error.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "palermo: {e:#}");
            ExitCode::from(2)
        }
    }
}

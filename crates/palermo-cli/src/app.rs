//! What both binaries do with a command line: parse it, work out the language,
//! run the command (or, in `palermo`, hand it to `palermo-full`) and report
//! its error.
//!
//! Exit codes: 0 done (whatever the legal outcome); 1 `--fail-on` matched, a
//! `palermo test` expectation failed, or `data check` found errors; 2 the
//! input (case file, data folder, arguments, rows to import) could not be
//! read or was refused, or `palermo-full` could not be started.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use clap::Parser;
use palermo_i18n::Lang;

use crate::{cli, cli_registry, cmd_draft, cmd_registry, cmd_search};

/// The file name of the binary that runs every command.
pub const FULL_BINARY: &str = "palermo-full";

/// A parsed command line and the language of its output.
pub struct Invocation {
    command: cli::Command,
    /// `--lang` as given.
    flag: Option<Lang>,
    /// `--lang`, else `PALERMO_LANG`, else the locale, else English.
    lang: Lang,
}

/// Parses the command line (clap prints help, version and argument errors and
/// exits) and works out the language; the exit code when the environment
/// names a language that is not one of the six.
pub fn start() -> Result<Invocation, ExitCode> {
    let args = cli::Cli::parse();
    let lang = match args.lang {
        Some(l) => l,
        None => match Lang::from_env(|k| std::env::var(k).ok()) {
            Ok(l) => l,
            Err(v) => {
                let _ = writeln!(
                    std::io::stderr().lock(),
                    "palermo: PALERMO_LANG=`{v}` is not one of the six UN languages: ar, en, es, fr, ru, zh"
                );
                return Err(ExitCode::from(2));
            }
        },
    };
    Ok(Invocation {
        command: args.command,
        flag: args.lang,
        lang,
    })
}

impl Invocation {
    /// Runs a command of the analysis; gives back the others, which only
    /// `palermo-full` holds the code for.
    pub fn run_analysis(self) -> Result<Result<ExitCode>, Box<FullCommand>> {
        let Invocation {
            command,
            flag,
            lang,
        } = self;
        let full = |kind| Err(Box::new(FullCommand { kind, flag, lang }));
        Ok(match command {
            cli::Command::Assess(a) => crate::cmd_assess::run(a.0, lang),
            cli::Command::Explain(a) => crate::cmd_explain::run(a.0, lang),
            cli::Command::Test(a) => crate::cmd_test::run(a.0),
            cli::Command::Data(a) => crate::cmd_data::run(a.0),
            cli::Command::Crimes(a) => crate::cmd_crimes::run(a.0),
            cli::Command::Matrix(a) => crate::cmd_matrix::run(a.0),
            cli::Command::Study(cli::Deferred(cli::StudyArgs {
                study: cli::StudyCommand::SeriousCrime(a),
            })) => crate::cmd_study::run(a),
            cli::Command::Authorities(a) => crate::cmd_authorities::run(a.0),
            cli::Command::Draft(a) => return full(Full::Draft(a.0)),
            cli::Command::Serve(a) => return full(Full::Serve(a.0)),
            cli::Command::Admin(a) => return full(Full::Admin(a.0)),
            cli::Command::Registry(a) => return full(Full::Registry(a.0)),
            cli::Command::Stats(a) => return full(Full::Stats(a.0)),
            cli::Command::Audit(a) => return full(Full::Audit(a.0)),
            cli::Command::Search(a) => return full(Full::Search(a.0)),
        })
    }
}

/// A command that only `palermo-full` runs.
pub struct FullCommand {
    kind: Full,
    flag: Option<Lang>,
    lang: Lang,
}

enum Full {
    Draft(cli::DraftArgs),
    Serve(cli_registry::ServeArgs),
    Admin(cli_registry::AdminArgs),
    Registry(cli_registry::RegistryArgs),
    Stats(cli_registry::StatsArgs),
    Audit(cli_registry::AuditArgs),
    Search(cli::SearchArgs),
}

impl FullCommand {
    /// The command's name on the command line.
    pub fn name(&self) -> &'static str {
        match self.kind {
            Full::Draft(_) => "draft",
            Full::Serve(_) => "serve",
            Full::Admin(_) => "admin",
            Full::Registry(_) => "registry",
            Full::Stats(_) => "stats",
            Full::Audit(_) => "audit",
            Full::Search(_) => "search",
        }
    }

    /// Runs it (only `palermo-full` calls this, so only it links the code).
    pub fn run(self) -> Result<ExitCode> {
        match self.kind {
            Full::Draft(a) => cmd_draft::run(a, self.flag, self.lang),
            Full::Serve(a) => cmd_registry::serve(a),
            Full::Admin(a) => cmd_registry::admin(a),
            Full::Registry(a) => cmd_registry::registry(a),
            Full::Stats(a) => cmd_registry::stats(a),
            Full::Audit(a) => cmd_registry::audit(a),
            Full::Search(a) => cmd_search::run(a),
        }
    }
}

/// Runs `palermo-full`, found beside the running binary, with this process's
/// arguments: on Unix it replaces this process (same process id, so signals,
/// standard streams and the exit code are its own); elsewhere this process
/// waits for it and exits with its code.
pub fn hand_over(command: &FullCommand) -> ExitCode {
    let name = command.name();
    let path = match std::env::current_exe() {
        Ok(exe) => exe.with_file_name(format!("{FULL_BINARY}{}", std::env::consts::EXE_SUFFIX)),
        Err(e) => {
            return report(&format!(
                "`palermo {name}` runs in {FULL_BINARY}, looked for beside this binary, whose path could not be read: {e}"
            ))
        }
    };
    let mut child = std::process::Command::new(&path);
    child.args(std::env::args_os().skip(1));
    #[cfg(unix)]
    let error = {
        use std::os::unix::process::CommandExt;
        child.exec()
    };
    #[cfg(not(unix))]
    let error = match child.status() {
        Ok(status) => {
            return ExitCode::from(status.code().map_or(2, |c| u8::try_from(c).unwrap_or(2)))
        }
        Err(e) => e,
    };
    if error.kind() == std::io::ErrorKind::NotFound {
        report(&format!(
            "`palermo {name}` runs in {FULL_BINARY}, which should be beside this binary and is not ({}): `cargo build --release -p palermo-cli` builds both binaries, `cargo install --path crates/palermo-cli` installs both",
            path.display()
        ))
    } else {
        report(&format!(
            "`palermo {name}` runs in {FULL_BINARY}, which could not be started ({}): {error}",
            path.display()
        ))
    }
}

fn report(message: &str) -> ExitCode {
    let _ = writeln!(std::io::stderr().lock(), "palermo: {message}");
    ExitCode::from(2)
}

/// The exit code of a command's result, its error (if any) written to
/// standard error. A closed pipe (`palermo assess … | head`) is not an error.
pub fn finish(res: Result<ExitCode>) -> ExitCode {
    match res {
        Ok(code) => code,
        Err(e) => {
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            report(&format!("{e:#}"))
        }
    }
}

//! `palermo data check|snapshot`.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use palermo_refdata::Severity;

use crate::cli::{DataArgs, DataCommand};
use crate::input;

pub fn run(args: DataArgs) -> Result<ExitCode> {
    let mut out = anstream::stdout().lock();
    match args.command {
        DataCommand::Snapshot(opt) => {
            let data = input::load_data_strict(opt.data.as_deref())?;
            writeln!(out, "{}", data.snapshot_id())?;
            Ok(ExitCode::SUCCESS)
        }
        DataCommand::Check(opt) => {
            let (data, diags) = input::load_data(opt.data.as_deref())?;
            for d in &diags {
                writeln!(out, "{d}")?;
            }
            let errors = diags
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            writeln!(
                out,
                "{}: {} participation records, {} declarations, {} M49 regions, {} legal systems, {} penalty records; {errors} error(s), {} warning(s); snapshot {}",
                data.origin(),
                data.participations().len(),
                data.all_declarations().len(),
                data.regions().len(),
                data.legal_systems().len(),
                data.all_penalties().len(),
                diags.len() - errors,
                data.snapshot_id()
            )?;
            Ok(if errors > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

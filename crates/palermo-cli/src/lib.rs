//! The `palermo` command as a library: its arguments, its commands and the
//! dispatch both binaries share (`app`). Rendering lives in `palermo-render`,
//! re-exported here as `render` so benchmarks keep one path.
//!
//! Two binaries are built from it. `palermo` runs the commands of the analysis
//! (assess, explain, test, data, crimes, matrix, study, authorities) and hands
//! the others (the registry's server and commands, search, drafting) to
//! `palermo-full`, the binary beside it, which runs every command: the
//! analysis does not pay at each start for the code of a web server, SQL
//! drivers, a search engine and a PDF writer (DESIGN.md says what that cost).

pub use palermo_render as render;

pub mod app;
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

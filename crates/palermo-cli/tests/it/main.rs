//! The CLI's tests, in one binary: end-to-end runs of `palermo` (`cli`,
//! `matrix`), snapshots of every example in every language and format
//! (`snapshots`), the translations (`i18n`) and tidy checks over the sources.

mod authorities;
mod cli;
mod draft;
mod folder;
mod i18n;
mod matrix;
mod registry;
mod snapshots;
mod tidy;

//! The parts of the `palermo` command that benchmarks and other front ends
//! use in process: rendering an assessment (text, Markdown memo, JSON, SVG).
//! The command itself is `main.rs`.

pub mod render;

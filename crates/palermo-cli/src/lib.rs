//! The parts of the `palermo` command that benchmarks and other front ends
//! use in process. Rendering lives in `palermo-render`, re-exported here as
//! `render` so benchmarks keep one path; the command itself is `main.rs`.

pub use palermo_render as render;

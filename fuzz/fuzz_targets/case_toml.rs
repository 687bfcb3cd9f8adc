//! Fuzz target `case_toml`: runs `palermo_fuzz::case_toml` (see crates/palermo-fuzz).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| palermo_fuzz::case_toml(data));

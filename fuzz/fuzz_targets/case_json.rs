//! Fuzz target `case_json`: runs `palermo_fuzz::case_json` (see crates/palermo-fuzz).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| palermo_fuzz::case_json(data));

//! Fuzz target `case_edits`: runs `palermo_fuzz::case_edits` (see crates/palermo-fuzz).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| palermo_fuzz::case_edits(data));

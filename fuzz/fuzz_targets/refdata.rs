//! Fuzz target `refdata`: runs `palermo_fuzz::refdata` (see crates/palermo-fuzz).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| palermo_fuzz::refdata(data));

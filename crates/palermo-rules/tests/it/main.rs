//! Legal test cases for the rules, one module per article, on fictional
//! States (`XAA` requesting, `XAB` requested) and a small fixture data set.
//! Each encoded paragraph has positive, negative, boundary and undetermined
//! cases; `pitfalls` holds one test per common misreading of the Convention.

mod kit;

mod art02;
mod art03;
mod art13;
mod art15;
mod art16;
mod art18;
mod art35;
mod bases;
mod bases_data;
mod batch;
mod batch_synthetic;
mod extradition_law;
mod modalities;
mod offences;
mod partial;
mod pitfalls;
mod properties;
mod protocols;
mod records_witnesses;
mod status;

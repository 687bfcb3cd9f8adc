//! Reader tests (filled below).

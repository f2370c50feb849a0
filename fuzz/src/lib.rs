//! What every fuzz input must satisfy. The file holding the checks is shared with the root's
//! `tests/regressions.rs`, which replays the kept inputs under plain `cargo test`.

#[path = "invariants.rs"]
pub mod invariants;

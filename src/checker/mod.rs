//! The checker: walks a body against what a model type declares (`Check`, `Record`), in one
//! pass over the bytes, and collects what is wrong. It knows JSON (`crate::json`), the versions
//! (`crate::api`) and the issues, never the model: the model's `#[model]` types implement its
//! traits, and `crate::validate` starts it at the root of a body.
//!
//! - `cx.rs` — the checking context: the cursor (`json::scan::Scanner`), the path (`path.rs`),
//!   the issue sink (`sink.rs`), redaction of the secret (`redact.rs`), duplicate keys (`keys.rs`).
//! - `lex.rs` — reading values at the cursor, and the issue where the scanner stops.
//! - `check.rs` — the `Check` trait and the checks of primitive types and formats.
//! - `record.rs` — objects with known fields and tagged unions; `enums.rs` string enums;
//!   `limits.rs` length limits.
//! - `signals.rs` — what the root says about the version, filled in while checking it.
//!
//! The words of every issue are in `crate::messages`; a check passes the facts.

pub(crate) mod check;
pub(crate) mod cx;
pub(crate) mod enums;
pub(crate) mod keys;
mod lex;
pub(crate) mod limits;
mod path;
pub(crate) mod record;
mod redact;
pub(crate) mod signals;
mod sink;

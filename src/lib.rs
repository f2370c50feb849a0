//! Decode and validate LiveChat webhook bodies.
//!
//! Layers: [`model`] holds the typed webhook (serde, and the TypeScript and JSON Schema derived
//! from it); [`validate`] checks a body in one pass over its bytes without building a tree, which
//! is what the WebAssembly boundary calls; [`decode`] adds the typed value for Rust callers. The
//! `wasm` module (feature `wasm`) is the only place that knows about JavaScript.

// The version table is read by walking its rows and actions one macro step at a time
// (`api/table.rs`): about 200 steps, over the default limit of 128.
#![recursion_limit = "256"]

#[macro_use]
pub mod api;
pub mod checker;
pub mod decode;
pub mod facts;
pub mod issue;
mod json;
mod messages;
pub mod model;
pub mod options;
pub mod validate;

#[cfg(feature = "schema")]
pub mod schema;
#[cfg(feature = "schema")]
mod schema_gates;
#[cfg(feature = "wasm")]
pub mod wasm;

pub use decode::{decode, decode_push, DecodeError, Decoded, DecodedPush};
pub use issue::{Issue, IssueCode, PathSegment, Severity};
pub use options::{ApiVersion, Options, UnknownActions, UnknownFields, VersionChoice};
pub use validate::{validate, Report};

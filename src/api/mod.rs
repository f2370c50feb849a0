//! The leaf that knows the API versions: the version table and what follows from it as data.
//! It depends on nothing else of the crate; every other layer reads it.
//!
//! - `table.rs` — the table itself (`api_table!`): each version's actions, payloads, envelopes
//!   and renames.
//! - `version.rs` — `ApiVersion` and the rows as data (`VERSIONS`).
//! - `envelope.rs` — what each envelope carries.
//! - `gate.rs` — version gates: in which versions a member exists, and is required.

#[macro_use]
mod table;
pub mod envelope;
pub mod gate;
mod version;

pub use envelope::{EnvelopeKind, Member, Presence};
pub use gate::Gate;
pub use version::{renames, ActionRow, ApiVersion, Status, VersionRow, VERSIONS};

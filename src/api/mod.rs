//! The leaf that knows the API versions: the version table and what follows from it as data.
//! It depends on nothing else of the crate; every other layer reads it.
//!
//! - `table.rs` — the table itself (`api_table!`): each version's actions, payloads, envelopes
//!   and renames.
//! - `version.rs` — `ApiVersion` and the rows as data (`VERSIONS`).
//! - `envelope.rs` — what each envelope carries.
//! - `gate.rs` — version gates: in which versions a member exists, and is required; the
//!   channel (webhook, agent push, customer push) a body came through.
//! - `app.rs` — the app webhooks' events (`app_table!`).
//! - `pushes.rs` — the sibling table of RTM pushes (`push_table!`): each version's push
//!   actions per API.

#[macro_use]
mod table;
#[macro_use]
pub mod pushes;
#[macro_use]
pub mod app;
pub mod envelope;
pub mod gate;
mod version;

pub use envelope::{EnvelopeKind, Member, Presence};
pub use gate::{Channel, Gate};
pub use version::{renames, ActionRow, ApiVersion, Status, VersionRow, VERSIONS};

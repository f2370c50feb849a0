//! The typed LiveChat webhooks of API 3.1 to 3.6, as serde types.
//!
//! These types are the one source of truth: the validator's checks are derived from them
//! (`#[model]`, the `livechat-webhooks-derive` crate; see HACKING.md, "Declaring a model type"),
//! the TypeScript definitions are generated from them
//! (tsify, feature `wasm`), and so is the JSON Schema (schemars, feature `schema`).
//! Where LiveChat's sources conflict, the types are unions of every variant real traffic may
//! carry (see `../shared/spec/livechat-webhooks-3.1.md` §4 and `livechat-webhooks-3.2-3.6.md` §8).
//! `versions.rs` lists each version's actions; a structure shared by several versions is one
//! type whose members carry version gates (`gate.rs`).

mod app;
mod chat;
mod common;
mod config;
mod envelope;
mod events;
mod payloads;
mod push_versions;
mod pushes;
mod users;
mod versions;

/// Version gates live with the version table; the model states them next to its fields.
pub use crate::api::gate;

pub use app::*;
pub use chat::*;
pub use common::*;
pub use config::*;
pub use envelope::*;
pub use events::*;
pub use payloads::*;
pub use push_versions::*;
pub use pushes::*;
pub use users::*;
pub use versions::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checker::record::needs_agree;

    /// `missing` reads each record's needed fields from masks computed at compile time; on
    /// records whose fields are required by version and by channel, the masks say what the
    /// fields' own rules say.
    #[test]
    fn needed_field_masks_agree_with_the_gates() {
        needs_agree::<MessageEvent>();
        needs_agree::<FileEvent>();
        needs_agree::<Agent>();
        needs_agree::<ChatTransferredPayload>();
        needs_agree::<ChatDeactivatedPayload>();
        needs_agree::<ChatV3_1>();
    }
}

//! The typed LiveChat webhooks of API 3.1 to 3.6, as serde types.
//!
//! These types are the one source of truth: the validator's checks are derived from them
//! (`checks!`, `string_enum!`, `tagged_union!`), the TypeScript definitions are generated from them
//! (tsify, feature `wasm`), and so is the JSON Schema (schemars, feature `schema`).
//! Where LiveChat's sources conflict, the types are unions of every variant real traffic may
//! carry (see `../shared/spec/livechat-webhooks-3.1.md` §4 and `livechat-webhooks-3.2-3.6.md` §8).
//! `versions.rs` lists each version's actions; a structure shared by several versions is one
//! type whose members carry version gates (`gate.rs`).

/// Declares a payload struct and its checks in one go. A field may carry a length limit
/// (`name: String [MaxChars<180>]`) and a version gate (`=> since(V3_6)`), as in `checks!`.
macro_rules! payload {
    ($(#[$meta:meta])* $name:ident { $($(#[$fmeta:meta])* $field:ident : $fty:ty $([$limit:ty])? $(=> $gate:expr)?),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub struct $name {
            $($(#[$fmeta])* pub $field: $fty,)*
            /// Members the model does not know, kept as sent (not in the TypeScript types).
            #[cfg_attr(not(feature = "wasm"), serde(flatten))]
            #[cfg_attr(feature = "wasm", serde(skip))]
            pub extra: $crate::model::JsonObject,
        }
        checks!($name { $($field $(@ $gate)? $(=> $limit)?),* });
    };
}

mod chat;
mod common;
mod config;
mod envelope;
mod events;
mod payloads;
mod users;
mod versions;

/// Version gates live with the version table; the model states them next to its fields.
pub use crate::api::gate;

pub use chat::*;
pub use common::*;
pub use config::*;
pub use envelope::*;
pub use events::*;
pub use payloads::*;
pub use users::*;
pub use versions::*;

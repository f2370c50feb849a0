//! The typed LiveChat API 3.1 webhook, as serde types.
//!
//! These types are the one source of truth: the validator's checks are derived from them
//! (`checks!`, `string_enum!`, `tagged_union!`), the TypeScript definitions are generated from them
//! (tsify, feature `wasm`), and so is the JSON Schema (schemars, feature `schema`).
//! Where LiveChat's sources conflict, the types are unions of every variant real traffic may
//! carry (see `../shared/spec/livechat-webhooks-3.1.md` §4).

mod chat;
mod common;
mod events;
mod payloads;
mod users;
mod webhook;

pub use chat::*;
pub use common::*;
pub use events::*;
pub use payloads::*;
pub use users::*;
pub use webhook::*;

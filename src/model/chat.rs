//! The chat and its thread, as `incoming_chat_thread` carries them.

use super::common::{Access, JsonObject, Properties};
use super::events::Event;
use super::users::User;
use serde::{Deserialize, Serialize};

/// A chat with the single thread the webhook is about.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Chat {
    pub id: String,
    /// In the seed and the Customer Chat API push; absent from Agent API webhooks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<i64>,
    pub users: Vec<User>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<Properties>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<Access>,
    pub thread: Thread,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Chat {
    id,
    order,
    users,
    properties,
    access,
    thread
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Thread {
    pub id: String,
    /// Unix seconds.
    pub timestamp: i64,
    pub active: bool,
    pub user_ids: Vec<String>,
    /// When true, `events` is left out. (A string from API 3.2 on.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restricted_access: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<Event>>,
    pub order: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<Properties>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<Access>,
    /// Only when the thread is tagged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Thread {
    id,
    timestamp,
    active,
    user_ids,
    restricted_access,
    events,
    order,
    properties,
    access,
    tags
});

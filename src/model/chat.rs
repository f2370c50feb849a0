//! The chat and its thread, as `incoming_chat` (API 3.2+) and `incoming_chat_thread` (3.1) carry
//! them. The thread changed shape in 3.2 (`created_at` instead of `timestamp` + `order`, and
//! `restricted_access` became a reason string), so each era has its own `Chat` and `Thread`.

use super::common::{Access, JsonObject, Properties, Timestamp};
use super::events::{Event, ThreadEvent};
use super::gate::since;
use super::users::{Geolocation, User};
use crate::options::ApiVersion::*;
use serde::{Deserialize, Serialize};

/// A chat with the single thread the webhook is about (API 3.2 and later).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Chat {
    pub id: String,
    pub users: Vec<User>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<Properties>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<Access>,
    pub thread: Thread,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Chat {
    id,
    users,
    properties,
    access,
    thread
});

/// A thread (API 3.2 and later).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Thread {
    pub id: String,
    pub active: bool,
    pub user_ids: Vec<String>,
    pub created_at: Timestamp,
    /// Left out when `restricted_access` says why the events cannot be shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<ThreadEvent>>,
    /// Why the thread's events are hidden (e.g. the plan's archive limit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restricted_access: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<Properties>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<Access>,
    /// Only when the thread is tagged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Only while the chat waits in the queue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queue: Option<Queue>,
    /// Seconds the thread spent queued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queues_duration: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_thread_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_thread_id: Option<String>,
    /// API 3.4 and later (documented for archive lists).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_accessible_thread_id: Option<String>,
    /// API 3.4 and later (documented for archive lists).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_accessible_thread_id: Option<String>,
    /// API 3.6 and later: where the customer came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_visit: Option<CustomerVisit>,
    /// API 3.6 and later: the AI summary of the thread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<ThreadSummary>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Thread {
    id,
    active,
    user_ids,
    created_at,
    events,
    restricted_access,
    properties,
    access,
    tags,
    queue,
    queues_duration,
    previous_thread_id,
    next_thread_id,
    previous_accessible_thread_id @ since(V3_4),
    next_accessible_thread_id @ since(V3_4),
    customer_visit @ since(V3_6),
    summary @ since(V3_6),
});

/// A queued chat's place in the queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Queue {
    pub position: i64,
    /// Approximate seconds.
    pub wait_time: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queued_at: Option<Timestamp>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Queue {
    position,
    wait_time,
    queued_at
});

/// The visit that started the thread (API 3.6).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CustomerVisit {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<Geolocation>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(CustomerVisit {
    ip,
    user_agent,
    geolocation
});

/// An AI summary of a thread (API 3.6).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ThreadSummary {
    /// `ok` or `error` in the system-activity reference; kept open.
    pub status: String,
    /// May hold newlines and bullets.
    pub text: String,
    pub updated_at: Timestamp,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(ThreadSummary {
    status,
    text,
    updated_at
});

/// A chat with the single thread the webhook is about (API 3.1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ChatV3_1 {
    pub id: String,
    /// In the seed and the Customer Chat API push; absent from Agent API webhooks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<i64>,
    pub users: Vec<User>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<Properties>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<Access>,
    pub thread: ThreadV3_1,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(ChatV3_1 {
    id,
    order,
    users,
    properties,
    access,
    thread
});

/// A thread (API 3.1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ThreadV3_1 {
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
checks!(ThreadV3_1 {
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

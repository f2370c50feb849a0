//! Users of a chat: customers and agents, discriminated by `type`.

use super::common::{JsonObject, Timestamp};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A chat user, told apart by `type`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
// Decoded once per request; boxing would only complicate matching.
#[allow(clippy::large_enum_variant)]
pub enum User {
    Customer(Customer),
    Agent(Agent),
}
tagged_union!(User, "type", "user", { "customer" => Customer(Customer), "agent" => Agent(Agent) });

/// A customer (the Agent Chat API view, the richest).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Customer {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// Only for customers inside a chat object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub present: Option<bool>,
    /// Unix seconds; the seen marker of the Oct-2019 traffic and the Go SDK for 3.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen_timestamp: Option<i64>,
    /// RFC 3339; the seen marker of the released 3.1 docs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_seen_up_to: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Custom fields; absent when the chat is archived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_visit: Option<Visit>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<Statistics>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_last_event_created_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_last_event_created_at: Option<Timestamp>,
    /// The customer's id in LiveChat 2 (doc samples only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub __priv_lc2_customer_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banned: Option<bool>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Customer {
    id,
    name,
    email,
    avatar,
    present,
    last_seen_timestamp,
    events_seen_up_to,
    created_at,
    fields,
    last_visit,
    statistics,
    agent_last_event_created_at,
    customer_last_event_created_at,
    __priv_lc2_customer_id,
    banned,
});

/// The customer's last visit to the website.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Visit {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referrer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<Geolocation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_pages: Option<Vec<VisitedPage>>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Visit {
    started_at,
    referrer,
    ip,
    user_agent,
    geolocation,
    last_pages
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Geolocation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// A decimal number as a string, where present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<String>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Geolocation {
    country,
    country_code,
    region,
    city,
    timezone,
    latitude,
    longitude
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct VisitedPage {
    pub opened_at: Timestamp,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(VisitedPage {
    opened_at,
    url,
    title
});

/// Counters about a customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Statistics {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chats_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threads_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visits_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_views_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub greetings_shown_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub greetings_accepted_count: Option<i64>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Statistics {
    chats_count,
    threads_count,
    visits_count,
    page_views_count,
    greetings_shown_count,
    greetings_accepted_count,
});

/// An agent or a bot.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Agent {
    /// The agent's e-mail address (bots: a 32-hex id).
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Not always a full URL (`cdn.livechatinc.com/avatars/1.png`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// In every sample; left optional as a present flag only makes sense inside a chat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub present: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen_timestamp: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_seen_up_to: Option<Timestamp>,
    /// Only while the agent is logged in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_status: Option<RoutingStatus>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Agent {
    id,
    name,
    email,
    avatar,
    present,
    last_seen_timestamp,
    events_seen_up_to,
    routing_status
});

string_enum! {
    /// An agent's routing status (underscores; `agent_status_changed` spells it with spaces).
    pub enum RoutingStatus {
        AcceptingChats = "accepting_chats",
        NotAcceptingChats = "not_accepting_chats",
        Offline = "offline",
    }
}

//! Users of a chat: customers and agents, discriminated by `type`.

use super::common::{JsonObject, Timestamp, Visibility};
use super::gate::{always, since, until};
use crate::options::ApiVersion::*;
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

/// A customer (the Agent Chat API view, the richest). One type for every version: fields that
/// exist only in some versions say so in `checks!` below.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Customer {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// API 3.3 and later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_verified: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// API 3.6 and later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Only for customers inside a chat object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub present: Option<bool>,
    /// API 3.1 only: unix seconds; the seen marker of the Oct-2019 traffic and the Go SDK.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen_timestamp: Option<i64>,
    /// RFC 3339; the seen marker of the released docs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_seen_up_to: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// API 3.1 only: custom fields; absent when the chat is archived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<BTreeMap<String, String>>,
    /// API 3.2 and later (replaces `fields`): single-entry objects, in the order they were set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_fields: Option<Vec<BTreeMap<String, String>>>,
    /// Up to API 3.5; `visit` from 3.6.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_visit: Option<Visit>,
    /// API 3.6 and later (was `last_visit`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit: Option<Visit>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<Statistics>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_last_event_created_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_last_event_created_at: Option<Timestamp>,
    /// API 3.3 and later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followed: Option<bool>,
    /// API 3.3 and later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online: Option<bool>,
    /// API 3.3 and later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_ids: Option<Vec<i64>>,
    /// API 3.3 and later; an open set (`browsing` in samples).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// API 3.6 and later: HelpDesk tickets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tickets: Option<Vec<Ticket>>,
    /// API 3.6 and later: shopping carts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carts: Option<Vec<Cart>>,
    /// API 3.6 and later: identities on other channels (Messenger, Twilio...), kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Record<string, unknown>"))]
    pub omnichannel: Option<JsonObject>,
    /// API 3.6 and later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// The customer's id in LiveChat 2 (doc samples only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub __priv_lc2_customer_id: Option<String>,
    /// API 3.1 only.
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
    email_verified @ since(V3_3),
    avatar,
    phone_number @ since(V3_6),
    present,
    last_seen_timestamp @ until(V3_1),
    events_seen_up_to,
    created_at,
    fields @ until(V3_1),
    session_fields @ since(V3_2),
    last_visit @ until(V3_5),
    visit @ since(V3_6),
    statistics,
    agent_last_event_created_at,
    customer_last_event_created_at,
    followed @ since(V3_3),
    online @ since(V3_3),
    group_ids @ since(V3_3),
    state @ since(V3_3),
    tickets @ since(V3_6),
    carts @ since(V3_6),
    omnichannel @ since(V3_6),
    address @ since(V3_6),
    __priv_lc2_customer_id,
    banned @ until(V3_1),
});

/// A HelpDesk ticket of the customer (API 3.6).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Ticket {
    pub ticket_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Ticket {
    ticket_id,
    created_at
});

/// A shopping cart of the customer (API 3.6). The docs do not say which members are always
/// there, so none is required.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Cart {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_uuid: Option<String>,
    /// `shopify`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_platform: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_signed_in: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtotal: Option<super::common::Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<super::common::Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtotal_usd: Option<super::common::Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_usd: Option<super::common::Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<CartItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_at: Option<Timestamp>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Cart {
    store_uuid,
    store_platform,
    customer_signed_in,
    subtotal,
    total,
    subtotal_usd,
    total_usd,
    currency,
    items,
    last_updated_at
});

/// A product in a cart. Ids exceed 32 bits (`9876543210`), still within JavaScript's exact range.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CartItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<super::common::Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant_id: Option<i64>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(CartItem {
    id,
    quantity,
    variant_id
});

/// The customer's postal address (API 3.6).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Address {
    address,
    city,
    country,
    state,
    postal_code
});

/// The customer's last visit to the website.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Visit {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    /// API 3.3 and later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<Timestamp>,
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
    ended_at @ since(V3_3),
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
    /// API 3.6 and later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tickets_count: Option<i64>,
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
    tickets_count @ since(V3_6),
});

/// An agent or a bot.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Agent {
    /// The agent's e-mail address (bots: a 32-hex id).
    pub id: String,
    /// Required in API 3.1; optional from 3.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
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
    /// Only while the agent is logged in (documented up to API 3.3; still seen later).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_status: Option<RoutingStatus>,
    /// API 3.4 and later: who sees the agent in the chat. Required from 3.5; 3.4 preview-era
    /// deliveries (LiveChat's Go SDK fixtures) leave it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<Visibility>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Agent {
    id,
    name @ always().required_until(V3_1),
    email,
    avatar,
    present,
    last_seen_timestamp @ until(V3_1),
    events_seen_up_to,
    routing_status,
    visibility @ since(V3_4).required_since(V3_5),
});

string_enum! {
    /// An agent's routing status (underscores; `agent_status_changed` spells it with spaces).
    pub enum RoutingStatus {
        AcceptingChats = "accepting_chats",
        NotAcceptingChats = "not_accepting_chats",
        Offline = "offline",
    }
}

//! Users of a chat: customers and agents, discriminated by `type`.

use super::common::{JsonObject, Timestamp, Visibility};
use livechat_webhooks_derive::model;
use std::collections::BTreeMap;

/// A chat user, told apart by `type`.
#[model]
#[serde(tag = "type", rename_all = "snake_case")]
// Decoded once per request; boxing would only complicate matching.
#[allow(clippy::large_enum_variant)]
pub enum User {
    Customer(Customer),
    Agent(Agent),
}

/// A customer (the Agent Chat API view, the richest). One type for every version: fields that
/// exist only in some versions say so.
#[model]
pub struct Customer {
    pub id: String,
    pub name: Option<String>,
    pub email: Option<String>,
    /// API 3.3 and later.
    #[check(since = "3.3")]
    pub email_verified: Option<bool>,
    pub avatar: Option<String>,
    /// API 3.6 and later.
    #[check(since = "3.6")]
    pub phone_number: Option<String>,
    /// Only for customers inside a chat object.
    pub present: Option<bool>,
    /// API 3.1 only: unix seconds; the seen marker of the Oct-2019 traffic and the Go SDK.
    #[check(until = "3.1")]
    pub last_seen_timestamp: Option<i64>,
    /// RFC 3339; the seen marker of the released docs.
    pub events_seen_up_to: Option<Timestamp>,
    pub created_at: Option<Timestamp>,
    /// API 3.1 only: custom fields; absent when the chat is archived.
    #[check(until = "3.1")]
    pub fields: Option<BTreeMap<String, String>>,
    /// API 3.2 and later (replaces `fields`): single-entry objects, in the order they were set.
    #[check(since = "3.2")]
    pub session_fields: Option<Vec<BTreeMap<String, String>>>,
    /// Up to API 3.5; `visit` from 3.6.
    #[check(until = "3.5")]
    pub last_visit: Option<Visit>,
    /// API 3.6 and later (was `last_visit`).
    #[check(since = "3.6")]
    pub visit: Option<Visit>,
    pub statistics: Option<Statistics>,
    pub agent_last_event_created_at: Option<Timestamp>,
    pub customer_last_event_created_at: Option<Timestamp>,
    /// API 3.3 and later.
    #[check(since = "3.3")]
    pub followed: Option<bool>,
    /// API 3.3 and later.
    #[check(since = "3.3")]
    pub online: Option<bool>,
    /// API 3.3 and later.
    #[check(since = "3.3")]
    pub group_ids: Option<Vec<i64>>,
    /// API 3.3 and later; an open set (`browsing` in samples).
    #[check(since = "3.3")]
    pub state: Option<String>,
    /// API 3.6 and later: HelpDesk tickets.
    #[check(since = "3.6")]
    pub tickets: Option<Vec<Ticket>>,
    /// API 3.6 and later: shopping carts.
    #[check(since = "3.6")]
    pub carts: Option<Vec<Cart>>,
    /// API 3.6 and later: identities on other channels (Messenger, Twilio...), kept as sent.
    #[cfg_attr(feature = "wasm", tsify(type = "Record<string, unknown>"))]
    #[check(since = "3.6")]
    pub omnichannel: Option<JsonObject>,
    /// API 3.6 and later.
    #[check(since = "3.6")]
    pub address: Option<Address>,
    /// The customer's id in LiveChat 2 (doc samples only).
    pub __priv_lc2_customer_id: Option<String>,
    /// API 3.1 only.
    #[check(until = "3.1")]
    pub banned: Option<bool>,
}

/// A HelpDesk ticket of the customer (API 3.6).
#[model]
pub struct Ticket {
    pub ticket_id: String,
    pub created_at: Option<Timestamp>,
}

/// A shopping cart of the customer (API 3.6). The docs do not say which members are always
/// there, so none is required.
#[model]
pub struct Cart {
    pub store_uuid: Option<String>,
    /// `shopify`, ...
    pub store_platform: Option<String>,
    pub customer_signed_in: Option<bool>,
    pub subtotal: Option<super::common::Decimal>,
    pub total: Option<super::common::Decimal>,
    pub subtotal_usd: Option<super::common::Decimal>,
    pub total_usd: Option<super::common::Decimal>,
    pub currency: Option<String>,
    pub items: Option<Vec<CartItem>>,
    pub last_updated_at: Option<Timestamp>,
}

/// A product in a cart. Ids exceed 32 bits (`9876543210`), still within JavaScript's exact range.
#[model]
pub struct CartItem {
    pub id: Option<i64>,
    pub quantity: Option<super::common::Decimal>,
    pub variant_id: Option<i64>,
}

/// The customer's postal address (API 3.6).
#[model]
pub struct Address {
    pub address: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub state: Option<String>,
    pub postal_code: Option<String>,
}

/// The customer's last visit to the website.
#[model]
pub struct Visit {
    pub started_at: Option<Timestamp>,
    /// API 3.3 and later.
    #[check(since = "3.3")]
    pub ended_at: Option<Timestamp>,
    pub referrer: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub geolocation: Option<Geolocation>,
    pub last_pages: Option<Vec<VisitedPage>>,
}

/// Where a customer is, as LiveChat located them.
#[model]
pub struct Geolocation {
    pub country: Option<String>,
    pub country_code: Option<String>,
    pub region: Option<String>,
    pub city: Option<String>,
    pub timezone: Option<String>,
    /// A decimal number as a string, where present.
    pub latitude: Option<String>,
    pub longitude: Option<String>,
}

/// A page the customer visited.
#[model]
pub struct VisitedPage {
    pub opened_at: Timestamp,
    pub url: String,
    pub title: Option<String>,
}

/// Counters about a customer.
#[model]
pub struct Statistics {
    pub chats_count: Option<i64>,
    pub threads_count: Option<i64>,
    pub visits_count: Option<i64>,
    pub page_views_count: Option<i64>,
    pub greetings_shown_count: Option<i64>,
    pub greetings_accepted_count: Option<i64>,
    /// API 3.6 and later.
    #[check(since = "3.6")]
    pub tickets_count: Option<i64>,
}

/// An agent or a bot.
#[model]
pub struct Agent {
    /// The agent's e-mail address (bots: a 32-hex id).
    pub id: String,
    /// Required in API 3.1; optional from 3.2.
    #[check(required_until = "3.1")]
    pub name: Option<String>,
    pub email: Option<String>,
    /// Not always a full URL (`cdn.livechatinc.com/avatars/1.png`).
    pub avatar: Option<String>,
    /// In every sample; left optional as a present flag only makes sense inside a chat.
    pub present: Option<bool>,
    #[check(until = "3.1")]
    pub last_seen_timestamp: Option<i64>,
    pub events_seen_up_to: Option<Timestamp>,
    /// Only while the agent is logged in (documented up to API 3.3; still seen later).
    pub routing_status: Option<RoutingStatus>,
    /// API 3.4 and later: who sees the agent in the chat. Required from 3.5; 3.4 preview-era
    /// deliveries (LiveChat's Go SDK fixtures) leave it out.
    #[check(since = "3.4", required_since = "3.5")]
    pub visibility: Option<Visibility>,
}

/// An agent's routing status (underscores; `agent_status_changed` spells it with spaces).
#[model]
#[serde(rename_all = "snake_case")]
pub enum RoutingStatus {
    AcceptingChats,
    NotAcceptingChats,
    Offline,
}

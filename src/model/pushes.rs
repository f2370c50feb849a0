//! The payloads of RTM pushes that no webhook carries (`livechat-rtm-pushes.md` §4), and the
//! push frame around every payload. A push whose payload is a webhook's uses the webhook's type
//! (`api/pushes.rs` says which); where the two differ (§3), the shared type says so with a gate
//! (`open_in`, `only_in`). Where the Agent and the Customer Chat API send different payloads under
//! one name, each has its own type (`Customer…` for the Customer Chat API's).

use super::common::{JsonObject, Properties, Recipients, Timestamp, TransferTarget, Visibility};
use super::events::Event;
use super::payloads::CustomerType;
use super::users::{Address, Cart, Customer, Geolocation};
use livechat_webhooks_derive::model;
use std::collections::BTreeMap;

/// `customer_visit_started` (Agent Chat API 3.2): a customer opened the website.
#[model]
pub struct CustomerVisitStartedPayload {
    pub customer_id: String,
    pub visit_id: i64,
    pub started_at: Timestamp,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub geolocation: Option<Geolocation>,
}

/// `customer_visit_ended` (Agent Chat API 3.2).
#[model]
pub struct CustomerVisitEndedPayload {
    pub customer_id: String,
    pub visit_id: i64,
    pub ended_at: Timestamp,
}

/// `customer_updated` in API 3.2: the customer, wrapped.
#[model]
pub struct CustomerUpdatedV3_2Payload {
    pub customer: CustomerUpdate,
}

/// What `customer_updated` says changed about a customer (API 3.3+: the payload itself): its
/// `id`, and only the updated members.
#[model]
pub struct CustomerUpdate {
    pub id: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub avatar: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<CustomerType>,
    pub present: Option<bool>,
    /// The API 3.2 push sample's.
    pub banned: Option<bool>,
    pub session_fields: Option<Vec<BTreeMap<String, String>>>,
    #[check(since = "3.6")]
    pub phone_number: Option<String>,
    /// Shapes differ between LiveChat's pages (`livechat-rtm-pushes.md` §6 P11): kept as sent.
    #[cfg_attr(feature = "wasm", tsify(type = "Record<string, unknown>"))]
    #[check(since = "3.6")]
    pub omnichannel: Option<JsonObject>,
    #[check(since = "3.6")]
    pub address: Option<Address>,
    /// The push sends one cart; the Customer structure lists `carts` (§6 P10): either is taken.
    #[check(since = "3.6")]
    pub cart: Option<Cart>,
    #[check(since = "3.6")]
    pub carts: Option<Vec<Cart>>,
}

/// `customer_page_updated` (Agent Chat API): a customer opened a page.
#[model]
pub struct CustomerPageUpdatedPayload {
    pub customer_id: String,
    pub visit_id: i64,
    pub opened_at: Timestamp,
    pub url: String,
    pub title: Option<String>,
}

/// `customer_banned` (Agent Chat API).
#[model]
pub struct CustomerBannedPayload {
    pub customer_id: String,
    pub ban: Ban,
}

/// How long a ban lasts.
#[model]
pub struct Ban {
    pub days: i64,
}

/// `incoming_customers` (Agent Chat API 3.3+): the customers an agent may see, after `login`.
#[model]
pub struct IncomingCustomersPayload {
    /// `my`, `chatting`, `invited`, `online`, `highest_available` (an open set).
    pub customer_monitoring_level: String,
    pub customers: Vec<Customer>,
}

/// `customer_transferred` (Agent Chat API 3.3+): the customer is no longer this agent's to see.
#[model]
pub struct CustomerTransferredPayload {
    /// The customer's id.
    pub id: String,
    pub transferred_to: TransferTarget,
    pub followed: Option<bool>,
}

/// `customer_left` (Agent Chat API 3.3+).
#[model]
pub struct CustomerLeftPayload {
    /// The customer's id.
    pub id: String,
    pub left_at: Timestamp,
}

/// `customer_statistics_updated` (Agent Chat API 3.6+).
#[model]
pub struct CustomerStatisticsUpdatedPayload {
    pub customer_id: String,
    pub statistics: CustomerStatistics,
}

/// A customer's counters (partial updates are possible).
#[model]
pub struct CustomerStatistics {
    pub chats_count: Option<i64>,
    pub threads_count: Option<i64>,
    pub visits_count: Option<i64>,
    pub page_views_count: Option<i64>,
    pub greetings_accepted_count: Option<i64>,
    pub greetings_converted_count: Option<i64>,
    pub tickets_count: Option<i64>,
    pub tickets_inbox_count: Option<i64>,
    pub tickets_archive_count: Option<i64>,
    pub tickets_spam_count: Option<i64>,
    pub tickets_trash_count: Option<i64>,
    pub orders_count: Option<i64>,
    pub last_visit_started_at: Option<Timestamp>,
}

/// `ticket_created` (Agent Chat API 3.6+).
#[model]
pub struct TicketCreatedPayload {
    pub customer_id: String,
    pub ticket_id: String,
    /// `inbox` in the sample (an open set).
    pub silo: Option<String>,
    pub created_at: Option<Timestamp>,
}

/// `ticket_deleted` (Agent Chat API 3.6+).
#[model]
pub struct TicketDeletedPayload {
    pub customer_id: String,
    pub ticket_id: String,
}

/// `agent_disconnected` and `customer_disconnected`: the server closes the connection. The
/// reasons are an open set (the samples use one the tables lack).
#[model]
pub struct DisconnectedPayload {
    pub reason: String,
    /// `{ "region": .. }` for a misdirected connection.
    #[cfg_attr(feature = "wasm", tsify(type = "Record<string, unknown>"))]
    pub data: Option<JsonObject>,
}

/// `incoming_typing_indicator` (Agent Chat API).
#[model]
pub struct TypingIndicatorPayload {
    pub chat_id: String,
    pub thread_id: String,
    pub typing_indicator: TypingIndicator,
}

/// Someone is typing (Agent Chat API): `recipients` up to 3.3, `visibility` from 3.4.
#[model]
pub struct TypingIndicator {
    pub author_id: String,
    #[check(until = "3.3")]
    pub recipients: Option<Recipients>,
    #[check(since = "3.4")]
    pub visibility: Option<Visibility>,
    /// Unix seconds.
    pub timestamp: i64,
    pub is_typing: bool,
}

/// `incoming_typing_indicator` (Customer Chat API).
#[model]
pub struct CustomerTypingIndicatorPayload {
    pub chat_id: String,
    pub thread_id: String,
    pub typing_indicator: CustomerTypingIndicator,
}

/// Someone is typing (Customer Chat API): `recipients` in every version (the agent API renamed
/// it in 3.4; §6 P7).
#[model]
pub struct CustomerTypingIndicator {
    pub author_id: String,
    pub recipients: Option<Recipients>,
    pub visibility: Option<Visibility>,
    /// Unix seconds.
    pub timestamp: i64,
    pub is_typing: bool,
}

/// `incoming_sneak_peek` (Agent Chat API): what a customer is typing.
#[model]
pub struct SneakPeekPayload {
    pub chat_id: String,
    pub thread_id: String,
    pub sneak_peek: SneakPeek,
}

/// A customer's text before it is sent.
#[model]
pub struct SneakPeek {
    pub author_id: String,
    #[check(until = "3.3")]
    pub recipients: Option<Recipients>,
    pub text: String,
    /// Unix seconds.
    pub timestamp: i64,
}

/// `incoming_multicast` (Agent Chat API).
#[model]
pub struct MulticastPayload {
    /// Present when sent with the Multicast method.
    pub author_id: Option<String>,
    /// Any JSON.
    #[cfg_attr(feature = "wasm", tsify(type = "unknown"))]
    pub content: serde_json::Value,
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

/// `incoming_multicast` (Customer Chat API): no `type`.
#[model]
pub struct CustomerMulticastPayload {
    pub author_id: Option<String>,
    /// Any JSON.
    #[cfg_attr(feature = "wasm", tsify(type = "unknown"))]
    pub content: serde_json::Value,
}

/// `chat_unfollowed`, `chat_deleted` (Agent Chat API).
#[model]
pub struct ChatIdPayload {
    pub chat_id: String,
}

/// `thread_deleted` (Agent Chat API 3.4+).
#[model]
pub struct ThreadDeletedPayload {
    pub chat_id: String,
    pub thread_id: String,
}

/// `threads_deleted` (Agent Chat API 3.4+): threads of a date range or of a tag.
#[model]
pub struct ThreadsDeletedPayload {
    pub date_from: Option<Timestamp>,
    pub date_to: Option<Timestamp>,
    pub tag: Option<String>,
}

/// One queued chat's place (`queue_positions_updated` lists them; the Customer Chat API's
/// `queue_position_updated` is one).
#[model]
pub struct QueuePosition {
    pub chat_id: String,
    pub thread_id: String,
    pub queue: QueueWait,
}

/// A place in the queue.
#[model]
pub struct QueueWait {
    pub position: i64,
    /// Approximate seconds.
    pub wait_time: i64,
}

/// `groups_status_updated` (Agent Chat API 3.5+): the groups whose status changed.
#[model]
pub struct GroupsStatusUpdatedPayload {
    pub groups: Vec<GroupStatus>,
}

/// A group's routing status (Agent Chat API).
#[model]
pub struct GroupStatus {
    pub id: i64,
    pub status: GroupRoutingStatus,
}

/// How a group takes chats (Agent Chat API).
#[model]
#[serde(rename_all = "snake_case")]
pub enum GroupRoutingStatus {
    AcceptingChats,
    NotAcceptingChats,
    Offline,
}

/// `groups_status_updated` (Customer Chat API 3.5+).
#[model]
pub struct CustomerGroupsStatusUpdatedPayload {
    pub groups: Vec<CustomerGroupStatus>,
}

/// A group's availability (Customer Chat API).
#[model]
pub struct CustomerGroupStatus {
    pub id: i64,
    pub status: GroupAvailability,
}

/// Whether a customer can reach a group.
#[model]
#[serde(rename_all = "snake_case")]
pub enum GroupAvailability {
    Online,
    OnlineForQueue,
    Offline,
}

/// `license_properties_updated` (Agent Chat API 3.6+): the properties that changed.
#[model]
pub struct LicensePropertiesUpdatedPayload {
    pub properties: Properties,
}

/// `group_properties_updated` (Agent Chat API 3.6+).
#[model]
pub struct GroupPropertiesUpdatedPayload {
    pub group_id: i64,
    pub properties: Properties,
}

/// `incoming_thinking_indicator` (API 3.6+): an AI agent is working on an answer.
#[model]
pub struct ThinkingIndicatorPayload {
    pub chat_id: String,
    pub thread_id: String,
    pub author_id: Option<String>,
    pub sent_at: Option<Timestamp>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub custom_id: Option<String>,
}

/// `incoming_error` (Agent Chat API 3.6+): an asynchronous operation failed. LiveChat shows no
/// error code or message.
#[model]
pub struct IncomingErrorPayload {
    /// The failed operation (`set_thread_summary` in the sample).
    pub action: String,
    pub chat_id: Option<String>,
    pub thread_id: Option<String>,
}

/// `canned_response_created` (Agent Chat API 3.7).
#[model]
pub struct CannedResponse {
    pub id: i64,
    pub created_at: Option<Timestamp>,
    pub updated_at: Option<Timestamp>,
    pub text: String,
    pub tags: Option<Vec<String>>,
    pub group_id: Option<i64>,
    pub is_private: Option<bool>,
    /// The last editor.
    pub author_id: Option<String>,
}

/// `canned_response_updated` (Agent Chat API 3.7): the id and what changed.
#[model]
pub struct CannedResponseUpdate {
    pub id: i64,
    pub updated_at: Option<Timestamp>,
    pub text: Option<String>,
    pub tags: Option<Vec<String>>,
    pub group_id: Option<i64>,
    pub is_private: Option<bool>,
    pub author_id: Option<String>,
}

/// `canned_response_deleted` (Agent Chat API 3.7).
#[model]
pub struct CannedResponseId {
    pub id: i64,
}

/// `customer_side_storage_updated` (Customer Chat API): to keep and send back at `login`.
#[model]
pub struct CustomerSideStorageUpdatedPayload {
    pub customer_side_storage: BTreeMap<String, String>,
}

/// `incoming_greeting` (Customer Chat API): a greeting shown to the customer.
#[model]
pub struct IncomingGreetingPayload {
    /// The configured greeting.
    pub id: i64,
    /// This display of it.
    pub unique_id: String,
    pub displayed_first_time: bool,
    pub addon: Option<String>,
    /// API 3.3 and later (`announcement`).
    #[check(since = "3.3")]
    pub subtype: Option<String>,
    /// API 3.5 and later.
    #[check(since = "3.5")]
    pub is_exit_intent: Option<bool>,
    /// A message or rich message event.
    pub event: Event,
    pub agent: GreetingAgent,
}

/// The agent a greeting comes from.
#[model]
pub struct GreetingAgent {
    pub id: String,
    pub name: Option<String>,
    pub avatar: Option<String>,
    pub job_title: Option<String>,
    pub is_bot: Option<bool>,
}

/// `greeting_accepted`, `greeting_canceled` (Customer Chat API).
#[model]
pub struct GreetingIdPayload {
    pub unique_id: String,
}

/// `incoming_event_preview` (Customer Chat API 3.6+): an event not stored yet.
#[model]
pub struct EventPreviewPayload {
    pub chat_id: String,
    pub thread_id: String,
    pub event: EventPreview,
}

/// An event as previewed or shown before a chat: no `id`, since it is not stored.
#[model]
pub struct EventPreview {
    pub created_at: Timestamp,
    /// `message` in the samples.
    #[serde(rename = "type")]
    pub kind: String,
    pub text: Option<String>,
    pub author_id: Option<String>,
    pub custom_id: Option<String>,
}

/// `incoming_welcome_message` (Customer Chat API 3.6+).
#[model]
pub struct WelcomeMessagePayload {
    pub id: String,
    pub event: EventPreview,
}

/// The `type` of a push frame (responses say `response`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PushType {
    Push,
}

/// An RTM push: the frame around a payload. `version` is in every frame from API 3.3 (the 3.2
/// frame has none, and five Customer Chat API pushes are documented without it); `request_id`
/// echoes the request that caused the push, on the requester's connection only.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PushFrame<P> {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub request_id: Option<String>,
    /// Always `"push"`.
    #[serde(rename = "type")]
    pub kind: PushType,
    pub payload: P,
    /// Members the model does not know, kept as sent.
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}

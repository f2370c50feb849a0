//! The `payload` of each chat action, API 3.1 and later. A payload whose shape did not change
//! between versions is one type, used by every version's table in `versions.rs`.

use super::chat::{Chat, ChatV3_1};
use super::common::{Access, DeletedProperties, Properties, Timestamp, TransferTarget, UserType};
use super::events::{Event, ThreadEvent};
use super::users::{Customer, User};
use livechat_webhooks_derive::model;
use std::collections::BTreeMap;

/// A new thread started (API 3.1): the whole chat, with that thread in `chat.thread`.
#[model]
pub struct IncomingChatThreadPayload {
    pub chat: ChatV3_1,
}

/// `incoming_chat` (API 3.2+): a chat started or was resumed; the new thread is in
/// `chat.thread`.
#[model]
pub struct IncomingChatPayload {
    pub chat: Chat,
    /// Who started the chat; in the push of the same name, not in webhook samples.
    pub requester_id: Option<String>,
    /// Where a transferred chat came from; in the push, not in webhook samples.
    pub transferred_from: Option<TransferTarget>,
}

/// `chat_deactivated` (API 3.2+) and `thread_closed` (3.1).
#[model]
pub struct ChatDeactivatedPayload {
    pub chat_id: String,
    pub thread_id: String,
    /// Absent when the router closed the thread.
    pub user_id: Option<String>,
}

/// `access_set` (the new access), `access_granted` and `access_revoked` (the groups that
/// gained or lost access).
#[model]
pub struct AccessPayload {
    /// `chat` in the docs; `customer` and `thread` also seen.
    pub resource: String,
    pub id: String,
    pub access: Access,
}

/// `chat_user_added` (API 3.1): a user joined a chat.
#[model]
pub struct ChatUserAddedPayload {
    pub chat_id: String,
    /// Empty when the user joined an inactive chat.
    pub thread_id: String,
    pub user: User,
    /// Says the same as `user.type`.
    #[check(same_as = "user.type")]
    pub user_type: UserType,
}

/// `chat_user_removed` (API 3.1): a user left a chat.
#[model]
pub struct ChatUserRemovedPayload {
    pub chat_id: String,
    /// Documented, but missing in captured traffic, and empty for inactive chats.
    pub thread_id: Option<String>,
    pub user_id: String,
    pub user_type: UserType,
}

/// `incoming_event` and `event_updated`.
#[model]
pub struct EventPayload {
    pub chat_id: String,
    pub thread_id: String,
    pub event: ThreadEvent,
}

/// `incoming_event` and `event_updated` of API 3.1, which has no deleted events.
#[model]
pub struct EventPayloadV3_1 {
    pub chat_id: String,
    pub thread_id: String,
    pub event: Event,
}

/// `incoming_rich_message_postback`: a user pressed a rich-message button.
#[model]
pub struct IncomingRichMessagePostbackPayload {
    pub user_id: String,
    pub chat_id: String,
    pub thread_id: String,
    pub event_id: String,
    pub postback: Postback,
}

/// The button clicked: its `postback_id`, whether it is now toggled on, and (API 3.6) what it
/// was.
#[model]
pub struct Postback {
    pub id: String,
    pub toggled: bool,
    /// API 3.6 and later: `url`, `postback`, ... (an open set).
    #[check(since = "3.6")]
    pub button_type: Option<String>,
    /// API 3.6 and later.
    #[check(since = "3.6")]
    pub button_value: Option<String>,
    /// API 3.6 and later: the product chosen with an e-commerce button.
    #[check(since = "3.6")]
    pub ecommerce: Option<super::events::EcommercePostback>,
}

/// `chat_properties_updated`: properties set on a chat.
#[model]
pub struct ChatPropertiesUpdatedPayload {
    pub chat_id: String,
    pub properties: Properties,
}
/// `chat_properties_deleted`: properties removed from a chat.
#[model]
pub struct ChatPropertiesDeletedPayload {
    pub chat_id: String,
    pub properties: DeletedProperties,
}
/// `thread_properties_updated`: properties set on a thread.
#[model]
pub struct ThreadPropertiesUpdatedPayload {
    pub chat_id: String,
    pub thread_id: String,
    pub properties: Properties,
}
/// `thread_properties_deleted`: properties removed from a thread.
#[model]
pub struct ThreadPropertiesDeletedPayload {
    pub chat_id: String,
    pub thread_id: String,
    pub properties: DeletedProperties,
}
/// `event_properties_updated`: properties set on an event.
#[model]
pub struct EventPropertiesUpdatedPayload {
    pub chat_id: String,
    pub thread_id: String,
    pub event_id: String,
    pub properties: Properties,
}
/// `event_properties_deleted`: properties removed from an event.
#[model]
pub struct EventPropertiesDeletedPayload {
    pub chat_id: String,
    pub thread_id: String,
    pub event_id: String,
    pub properties: DeletedProperties,
}

/// The seed's (API 3.0 preview) seen marker; released 3.1 sends `events_marked_as_seen`.
#[model]
pub struct LastSeenTimestampUpdatedPayload {
    pub user_id: String,
    pub chat_id: String,
    /// In the seed; absent from other samples.
    pub thread_id: Option<String>,
    /// Unix seconds.
    pub timestamp: i64,
}

/// `chat_thread_tagged` and `chat_thread_untagged`.
#[model]
pub struct ThreadTagPayload {
    pub chat_id: String,
    pub thread_id: String,
    pub tag: String,
}

/// `agent_status_changed` (API 3.1): an agent's routing status changed.
#[model]
pub struct AgentStatusChangedPayload {
    pub agent_id: String,
    pub status: AgentStatus,
}

/// Spelled with spaces here, unlike the agent's `routing_status`.
#[model]
#[serde(rename_all = "snake_case")]
pub enum AgentStatus {
    #[serde(rename = "accepting chats")]
    AcceptingChats,
    #[serde(rename = "not accepting chats")]
    NotAcceptingChats,
    Offline,
}

/// `agent_deleted` up to API 3.3: the agent's id.
#[model]
pub struct AgentDeletedPayload {
    pub agent_id: String,
}

/// `customer_created`: the customer itself (the webhook page), or wrapped as `{customer}` (the
/// push of the same name, and API 3.2); either may say `"type": "customer"`.
#[model]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerCreatedPayload {
    #[check(has = "customer")]
    Wrapped(WrappedCustomer),
    #[check(otherwise)]
    Customer(CreatedCustomer),
}

/// A customer wrapped as `{ "customer": ... }`, as some payloads carry it.
#[model]
pub struct WrappedCustomer {
    pub customer: CreatedCustomer,
}

/// The created customer, with or without its user `type`.
#[model]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum CreatedCustomer {
    #[check(has = "type")]
    Typed(TypedCustomer),
    #[check(otherwise)]
    Bare(Customer),
}

/// A customer that carries its user `type`.
#[model]
// Checked as a union of one variant, so that a wrong or non-string `type` is reported as for any
// tagged union.
pub struct TypedCustomer {
    #[serde(rename = "type")]
    #[check(tag)]
    pub kind: CustomerType,
    #[serde(flatten)]
    pub customer: Customer,
}

/// The `type` of a customer that states it.
#[model]
#[serde(rename_all = "snake_case")]
pub enum CustomerType {
    Customer,
}

/// `events_marked_as_seen`: a user saw the events up to a time.
#[model]
pub struct EventsMarkedAsSeenPayload {
    pub user_id: String,
    pub chat_id: String,
    pub seen_up_to: Timestamp,
}

/// Known only from LiveChat's Go SDK; documented nowhere.
#[model]
pub struct FollowUpRequestedPayload {
    pub chat_id: String,
    pub thread_id: String,
    pub customer_id: String,
}

/// `chat_access_granted`, `chat_access_revoked` (API 3.2–3.3) and `chat_access_updated`
/// (3.4+): the groups added, removed, or the resulting access.
#[model]
pub struct ChatAccessPayload {
    /// The chat's id.
    pub id: String,
    pub access: Access,
}

/// `chat_transferred` (API 3.3+).
#[model]
pub struct ChatTransferredPayload {
    pub chat_id: String,
    /// Present when the chat is active.
    pub thread_id: Option<String>,
    /// Who transferred it, for manual transfers.
    pub requester_id: Option<String>,
    /// Required from API 3.3, the first with this webhook; the API 3.2 push and every Customer
    /// Chat API push leave it out (`livechat-rtm-pushes.md` §3).
    #[check(required_since = "3.3", open_in = "customer")]
    pub reason: Option<TransferReason>,
    pub transferred_to: TransferTarget,
    /// Present when the chat waits in a queue after the transfer.
    pub queue: Option<TransferQueue>,
}

/// Why a chat was transferred.
#[model]
#[serde(rename_all = "snake_case")]
pub enum TransferReason {
    Manual,
    Inactive,
    Assigned,
    Unassigned,
    Other,
}

/// The queue a transferred chat waits in. Its timestamp is `queued_at`, except on the API 3.3–3.5
/// reference pages, which LiveChat changed to `queued_at_us` in 2023 while 3.6 was a preview;
/// pushes and SDKs kept `queued_at`, and no changelog renames it back for 3.6. Real traffic may
/// carry either, so 3.3 and later accept either (one of them must be there); from 3.6, which
/// documents `queued_at`, `queued_at_us` comes with a warning. API 3.2 (a push only) has
/// `queued_at`.
#[model]
#[check(one_of(
    queued_at,
    queued_at_us,
    hint = " (or `queued_at_us`, as the API 3.3–3.5 reference spells it)"
))]
pub struct TransferQueue {
    pub position: i64,
    /// Approximate seconds.
    pub wait_time: i64,
    pub queued_at: Option<Timestamp>,
    /// The API 3.3–3.5 reference pages' spelling; accepted with a warning from 3.6.
    #[check(since = "3.3", warn_since = "3.6")]
    pub queued_at_us: Option<Timestamp>,
}

/// `user_added_to_chat` (API 3.2+).
#[model]
pub struct UserAddedToChatPayload {
    pub chat_id: String,
    /// Present when the user joined an active chat.
    pub thread_id: Option<String>,
    /// May say `present: false` when the user wrote without joining.
    pub user: User,
    /// `manual` in samples; not a documented closed set.
    pub reason: String,
    /// Present when an agent did it.
    pub requester_id: Option<String>,
    /// In the payload tables, in no sample: when present it must agree with `user.type`.
    #[check(same_as = "user.type")]
    pub user_type: Option<UserType>,
}

/// `user_removed_from_chat` (API 3.2+).
#[model]
pub struct UserRemovedFromChatPayload {
    pub chat_id: String,
    /// Present when the user left an active chat.
    pub thread_id: Option<String>,
    pub user_id: String,
    pub reason: String,
    pub requester_id: Option<String>,
    pub user_type: Option<UserType>,
}

/// `event_deleted` (API 3.6+).
#[model]
pub struct EventDeletedPayload {
    pub chat_id: String,
    pub thread_id: String,
    pub event_id: String,
}

/// `routing_status_set` (API 3.2+).
#[model]
pub struct RoutingStatusSetPayload {
    /// An agent's e-mail, or a bot's id.
    pub agent_id: String,
    pub status: RoutingStatusValue,
}

/// The reference pages spell the status with spaces, the pushes and the Set Routing Status
/// method with underscores; deliveries may carry either.
#[model]
#[serde(rename_all = "snake_case")]
pub enum RoutingStatusValue {
    #[serde(rename = "accepting chats")]
    AcceptingChats,
    #[serde(rename = "not accepting chats")]
    NotAcceptingChats,
    Offline,
    #[serde(rename = "accepting_chats")]
    AcceptingChatsUnderscored,
    #[serde(rename = "not_accepting_chats")]
    NotAcceptingChatsUnderscored,
}

/// `customer_session_fields_updated` (API 3.3+): sent once per active chat of the customer.
#[model]
pub struct CustomerSessionFieldsUpdatedPayload {
    /// The customer's id.
    pub id: String,
    pub active_chat: ActiveChat,
    /// Single-entry objects, in the order the fields were set.
    pub session_fields: Vec<BTreeMap<String, String>>,
}

/// A chat an agent is in, as `agent_status_changed`/`routing_status_set` payloads list them.
#[model]
pub struct ActiveChat {
    pub chat_id: String,
    pub thread_id: String,
}

/// `thread_summary_set` (API 3.6+).
#[model]
pub struct ThreadSummarySetPayload {
    pub chat_id: String,
    pub thread_id: String,
    pub summary: super::chat::ThreadSummary,
}

/// The payload of configuration webhooks that name only what changed: `agent_approved`,
/// `agent_suspended`, `agent_unsuspended`, `agent_deleted` (API 3.4+), `bot_deleted`,
/// `auto_access_deleted`.
#[model]
pub struct IdPayload {
    pub id: String,
}

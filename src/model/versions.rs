//! Every API version's webhooks: which actions exist, and with which envelope and payload.
//!
//! This file is where versions differ at the top level; nested differences are version gates on
//! the shared structures (see `gate.rs`). In short:
//! - 3.2 renamed most 3.1 actions (`incoming_chat_thread` → `incoming_chat`, `thread_closed` →
//!   `chat_deactivated`, `chat_user_*` → `user_*_chat`, ...), dropped `access_set` and
//!   `agent_status_changed`, and added `license_id` to the envelope.
//! - 3.3: `customer_created` → `incoming_customer`; `chat_transferred`,
//!   `customer_session_fields_updated`.
//! - 3.4: `organization_id` instead of `license_id`; `chat_access_granted`/`_revoked` →
//!   `chat_access_updated`; configuration webhooks (agents, auto access, bots, groups);
//!   `agent_deleted` carries `id`, not `agent_id`.
//! - 3.5: tags; the three `auto_access_*` → `auto_accesses_updated`, whose payload is an array.
//! - 3.6: `event_deleted`, `thread_summary_set`; `incoming_customer` gone; configuration
//!   webhooks carry `requester`.

use super::config::*;
use super::envelope::*;
use super::payloads::*;
use crate::options::ApiVersion;
use crate::validate::check::Check;
use crate::validate::cx::{Cx, R};
use serde::{Deserialize, Serialize};

/// One action of one version, as the validator reads it.
pub struct ActionSpec {
    pub name: &'static str,
    pub check: fn(&mut Cx) -> R,
    pub envelope: EnvelopeKind,
}

/// Declares one version's union of webhooks (adjacent on `action`) and its action table.
macro_rules! webhooks {
    ($(#[$meta:meta])* $union:ident, $version:ident, {
        $($json:literal => $variant:ident($envelope:ident, $payload:ty)),* $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(tag = "action")]
        #[allow(clippy::large_enum_variant)]
        pub enum $union {
            $(#[serde(rename = $json)] $variant($envelope<$payload>),)*
        }

        impl $union {
            pub const VERSION: ApiVersion = ApiVersion::$version;
            /// The actions of this version, in the order of its reference page.
            pub const ACTIONS: &'static [ActionSpec] = &[$(ActionSpec {
                name: $json,
                check: <$payload as Check>::check,
                envelope: <$envelope<$payload> as EnvelopeRules>::KIND,
            }),*];

            pub fn action(&self) -> &'static str {
                match self {
                    $($union::$variant(_) => $json,)*
                }
            }
        }
    };
}

webhooks! {
    /// Every API 3.1 webhook, told apart by `action`.
    WebhookV3_1, V3_1, {
        "incoming_chat_thread" => IncomingChatThread(EnvelopeV3_1, IncomingChatThreadPayload),
        "thread_closed" => ThreadClosed(EnvelopeV3_1, ChatDeactivatedPayload),
        "access_granted" => AccessGranted(EnvelopeV3_1, AccessPayload),
        "access_revoked" => AccessRevoked(EnvelopeV3_1, AccessPayload),
        "access_set" => AccessSet(EnvelopeV3_1, AccessPayload),
        "chat_user_added" => ChatUserAdded(EnvelopeV3_1, ChatUserAddedPayload),
        "chat_user_removed" => ChatUserRemoved(EnvelopeV3_1, ChatUserRemovedPayload),
        "incoming_event" => IncomingEvent(EnvelopeV3_1, EventPayloadV3_1),
        "event_updated" => EventUpdated(EnvelopeV3_1, EventPayloadV3_1),
        "incoming_rich_message_postback" => IncomingRichMessagePostback(EnvelopeV3_1, IncomingRichMessagePostbackPayload),
        "chat_properties_updated" => ChatPropertiesUpdated(EnvelopeV3_1, ChatPropertiesUpdatedPayload),
        "chat_properties_deleted" => ChatPropertiesDeleted(EnvelopeV3_1, ChatPropertiesDeletedPayload),
        "chat_thread_properties_updated" => ChatThreadPropertiesUpdated(EnvelopeV3_1, ThreadPropertiesUpdatedPayload),
        "chat_thread_properties_deleted" => ChatThreadPropertiesDeleted(EnvelopeV3_1, ThreadPropertiesDeletedPayload),
        "event_properties_updated" => EventPropertiesUpdated(EnvelopeV3_1, EventPropertiesUpdatedPayload),
        "event_properties_deleted" => EventPropertiesDeleted(EnvelopeV3_1, EventPropertiesDeletedPayload),
        "chat_thread_tagged" => ChatThreadTagged(EnvelopeV3_1, ThreadTagPayload),
        "chat_thread_untagged" => ChatThreadUntagged(EnvelopeV3_1, ThreadTagPayload),
        "agent_status_changed" => AgentStatusChanged(EnvelopeV3_1, AgentStatusChangedPayload),
        "agent_deleted" => AgentDeleted(EnvelopeV3_1, AgentDeletedPayload),
        "customer_created" => CustomerCreated(EnvelopeV3_1, CustomerCreatedPayload),
        "events_marked_as_seen" => EventsMarkedAsSeen(EnvelopeV3_1, EventsMarkedAsSeenPayload),
        "last_seen_timestamp_updated" => LastSeenTimestampUpdated(EnvelopeV3_1, LastSeenTimestampUpdatedPayload),
        "follow_up_requested" => FollowUpRequested(EnvelopeV3_1, FollowUpRequestedPayload),
    }
}

webhooks! {
    /// Every API 3.2 webhook, told apart by `action`.
    WebhookV3_2, V3_2, {
        "incoming_chat" => IncomingChat(EnvelopeV3_2, IncomingChatPayload),
        "chat_deactivated" => ChatDeactivated(EnvelopeV3_2, ChatDeactivatedPayload),
        "chat_access_granted" => ChatAccessGranted(EnvelopeV3_2, ChatAccessPayload),
        "chat_access_revoked" => ChatAccessRevoked(EnvelopeV3_2, ChatAccessPayload),
        "user_added_to_chat" => UserAddedToChat(EnvelopeV3_2, UserAddedToChatPayload),
        "user_removed_from_chat" => UserRemovedFromChat(EnvelopeV3_2, UserRemovedFromChatPayload),
        "incoming_event" => IncomingEvent(EnvelopeV3_2, EventPayload),
        "event_updated" => EventUpdated(EnvelopeV3_2, EventPayload),
        "incoming_rich_message_postback" => IncomingRichMessagePostback(EnvelopeV3_2, IncomingRichMessagePostbackPayload),
        "chat_properties_updated" => ChatPropertiesUpdated(EnvelopeV3_2, ChatPropertiesUpdatedPayload),
        "chat_properties_deleted" => ChatPropertiesDeleted(EnvelopeV3_2, ChatPropertiesDeletedPayload),
        "thread_properties_updated" => ThreadPropertiesUpdated(EnvelopeV3_2, ThreadPropertiesUpdatedPayload),
        "thread_properties_deleted" => ThreadPropertiesDeleted(EnvelopeV3_2, ThreadPropertiesDeletedPayload),
        "event_properties_updated" => EventPropertiesUpdated(EnvelopeV3_2, EventPropertiesUpdatedPayload),
        "event_properties_deleted" => EventPropertiesDeleted(EnvelopeV3_2, EventPropertiesDeletedPayload),
        "thread_tagged" => ThreadTagged(EnvelopeV3_2, ThreadTagPayload),
        "thread_untagged" => ThreadUntagged(EnvelopeV3_2, ThreadTagPayload),
        "routing_status_set" => RoutingStatusSet(EnvelopeV3_2, RoutingStatusSetPayload),
        "agent_deleted" => AgentDeleted(EnvelopeV3_2, AgentDeletedPayload),
        "customer_created" => CustomerCreated(EnvelopeV3_2, CustomerCreatedPayload),
        "events_marked_as_seen" => EventsMarkedAsSeen(EnvelopeV3_2, EventsMarkedAsSeenPayload),
    }
}

webhooks! {
    /// Every API 3.3 webhook, told apart by `action`.
    WebhookV3_3, V3_3, {
        "incoming_chat" => IncomingChat(EnvelopeV3_2, IncomingChatPayload),
        "chat_deactivated" => ChatDeactivated(EnvelopeV3_2, ChatDeactivatedPayload),
        "chat_access_granted" => ChatAccessGranted(EnvelopeV3_2, ChatAccessPayload),
        "chat_access_revoked" => ChatAccessRevoked(EnvelopeV3_2, ChatAccessPayload),
        "chat_transferred" => ChatTransferred(EnvelopeV3_2, ChatTransferredPayload),
        "user_added_to_chat" => UserAddedToChat(EnvelopeV3_2, UserAddedToChatPayload),
        "user_removed_from_chat" => UserRemovedFromChat(EnvelopeV3_2, UserRemovedFromChatPayload),
        "incoming_event" => IncomingEvent(EnvelopeV3_2, EventPayload),
        "event_updated" => EventUpdated(EnvelopeV3_2, EventPayload),
        "incoming_rich_message_postback" => IncomingRichMessagePostback(EnvelopeV3_2, IncomingRichMessagePostbackPayload),
        "chat_properties_updated" => ChatPropertiesUpdated(EnvelopeV3_2, ChatPropertiesUpdatedPayload),
        "chat_properties_deleted" => ChatPropertiesDeleted(EnvelopeV3_2, ChatPropertiesDeletedPayload),
        "thread_properties_updated" => ThreadPropertiesUpdated(EnvelopeV3_2, ThreadPropertiesUpdatedPayload),
        "thread_properties_deleted" => ThreadPropertiesDeleted(EnvelopeV3_2, ThreadPropertiesDeletedPayload),
        "event_properties_updated" => EventPropertiesUpdated(EnvelopeV3_2, EventPropertiesUpdatedPayload),
        "event_properties_deleted" => EventPropertiesDeleted(EnvelopeV3_2, EventPropertiesDeletedPayload),
        "thread_tagged" => ThreadTagged(EnvelopeV3_2, ThreadTagPayload),
        "thread_untagged" => ThreadUntagged(EnvelopeV3_2, ThreadTagPayload),
        "routing_status_set" => RoutingStatusSet(EnvelopeV3_2, RoutingStatusSetPayload),
        "agent_deleted" => AgentDeleted(EnvelopeV3_2, AgentDeletedPayload),
        "incoming_customer" => IncomingCustomer(EnvelopeV3_2, CustomerCreatedPayload),
        "customer_session_fields_updated" => CustomerSessionFieldsUpdated(EnvelopeV3_2, CustomerSessionFieldsUpdatedPayload),
        "events_marked_as_seen" => EventsMarkedAsSeen(EnvelopeV3_2, EventsMarkedAsSeenPayload),
    }
}

webhooks! {
    /// Every API 3.4 webhook, told apart by `action`.
    WebhookV3_4, V3_4, {
        "incoming_chat" => IncomingChat(EnvelopeV3_4, IncomingChatPayload),
        "chat_deactivated" => ChatDeactivated(EnvelopeV3_4, ChatDeactivatedPayload),
        "chat_access_updated" => ChatAccessUpdated(EnvelopeV3_4, ChatAccessPayload),
        "chat_transferred" => ChatTransferred(EnvelopeV3_4, ChatTransferredPayload),
        "user_added_to_chat" => UserAddedToChat(EnvelopeV3_4, UserAddedToChatPayload),
        "user_removed_from_chat" => UserRemovedFromChat(EnvelopeV3_4, UserRemovedFromChatPayload),
        "incoming_event" => IncomingEvent(EnvelopeV3_4, EventPayload),
        "event_updated" => EventUpdated(EnvelopeV3_4, EventPayload),
        "incoming_rich_message_postback" => IncomingRichMessagePostback(EnvelopeV3_4, IncomingRichMessagePostbackPayload),
        "chat_properties_updated" => ChatPropertiesUpdated(EnvelopeV3_4, ChatPropertiesUpdatedPayload),
        "chat_properties_deleted" => ChatPropertiesDeleted(EnvelopeV3_4, ChatPropertiesDeletedPayload),
        "thread_properties_updated" => ThreadPropertiesUpdated(EnvelopeV3_4, ThreadPropertiesUpdatedPayload),
        "thread_properties_deleted" => ThreadPropertiesDeleted(EnvelopeV3_4, ThreadPropertiesDeletedPayload),
        "event_properties_updated" => EventPropertiesUpdated(EnvelopeV3_4, EventPropertiesUpdatedPayload),
        "event_properties_deleted" => EventPropertiesDeleted(EnvelopeV3_4, EventPropertiesDeletedPayload),
        "thread_tagged" => ThreadTagged(EnvelopeV3_4, ThreadTagPayload),
        "thread_untagged" => ThreadUntagged(EnvelopeV3_4, ThreadTagPayload),
        "routing_status_set" => RoutingStatusSet(EnvelopeV3_4, RoutingStatusSetPayload),
        "incoming_customer" => IncomingCustomer(EnvelopeV3_4, CustomerCreatedPayload),
        "customer_session_fields_updated" => CustomerSessionFieldsUpdated(EnvelopeV3_4, CustomerSessionFieldsUpdatedPayload),
        "agent_created" => AgentCreated(EnvelopeV3_4, AgentCreatedPayload),
        "agent_approved" => AgentApproved(EnvelopeV3_4, IdPayload),
        "agent_updated" => AgentUpdated(EnvelopeV3_4, AgentUpdatedPayload),
        "agent_suspended" => AgentSuspended(EnvelopeV3_4, IdPayload),
        "agent_unsuspended" => AgentUnsuspended(EnvelopeV3_4, IdPayload),
        "agent_deleted" => AgentDeleted(EnvelopeV3_4, IdPayload),
        "auto_access_added" => AutoAccessAdded(EnvelopeV3_4, AutoAccessAddedPayload),
        "auto_access_updated" => AutoAccessUpdated(EnvelopeV3_4, AutoAccessUpdatedPayload),
        "auto_access_deleted" => AutoAccessDeleted(EnvelopeV3_4, IdPayload),
        "bot_created" => BotCreated(EnvelopeV3_4, BotCreatedPayload),
        "bot_updated" => BotUpdated(EnvelopeV3_4, BotUpdatedPayload),
        "bot_deleted" => BotDeleted(EnvelopeV3_4, IdPayload),
        "group_created" => GroupCreated(EnvelopeV3_4, GroupCreatedPayload),
        "group_updated" => GroupUpdated(EnvelopeV3_4, GroupUpdatedPayload),
        "group_deleted" => GroupDeleted(EnvelopeV3_4, GroupDeletedPayload),
        "events_marked_as_seen" => EventsMarkedAsSeen(EnvelopeV3_4, EventsMarkedAsSeenPayload),
    }
}

webhooks! {
    /// Every API 3.5 webhook, told apart by `action`.
    WebhookV3_5, V3_5, {
        "incoming_chat" => IncomingChat(Envelope, IncomingChatPayload),
        "chat_deactivated" => ChatDeactivated(Envelope, ChatDeactivatedPayload),
        "chat_access_updated" => ChatAccessUpdated(Envelope, ChatAccessPayload),
        "chat_transferred" => ChatTransferred(Envelope, ChatTransferredPayload),
        "user_added_to_chat" => UserAddedToChat(Envelope, UserAddedToChatPayload),
        "user_removed_from_chat" => UserRemovedFromChat(Envelope, UserRemovedFromChatPayload),
        "incoming_event" => IncomingEvent(Envelope, EventPayload),
        "event_updated" => EventUpdated(Envelope, EventPayload),
        "incoming_rich_message_postback" => IncomingRichMessagePostback(Envelope, IncomingRichMessagePostbackPayload),
        "chat_properties_updated" => ChatPropertiesUpdated(Envelope, ChatPropertiesUpdatedPayload),
        "chat_properties_deleted" => ChatPropertiesDeleted(Envelope, ChatPropertiesDeletedPayload),
        "thread_properties_updated" => ThreadPropertiesUpdated(Envelope, ThreadPropertiesUpdatedPayload),
        "thread_properties_deleted" => ThreadPropertiesDeleted(Envelope, ThreadPropertiesDeletedPayload),
        "event_properties_updated" => EventPropertiesUpdated(Envelope, EventPropertiesUpdatedPayload),
        "event_properties_deleted" => EventPropertiesDeleted(Envelope, EventPropertiesDeletedPayload),
        "thread_tagged" => ThreadTagged(Envelope, ThreadTagPayload),
        "thread_untagged" => ThreadUntagged(Envelope, ThreadTagPayload),
        "routing_status_set" => RoutingStatusSet(Envelope, RoutingStatusSetPayload),
        "incoming_customer" => IncomingCustomer(Envelope, CustomerCreatedPayload),
        "customer_session_fields_updated" => CustomerSessionFieldsUpdated(Envelope, CustomerSessionFieldsUpdatedPayload),
        "agent_created" => AgentCreated(Envelope, AgentCreatedPayload),
        "agent_approved" => AgentApproved(Envelope, IdPayload),
        "agent_updated" => AgentUpdated(Envelope, AgentUpdatedPayload),
        "agent_suspended" => AgentSuspended(Envelope, IdPayload),
        "agent_unsuspended" => AgentUnsuspended(Envelope, IdPayload),
        "agent_deleted" => AgentDeleted(Envelope, IdPayload),
        "auto_accesses_updated" => AutoAccessesUpdated(Envelope, Vec<AutoAccessChange>),
        "bot_created" => BotCreated(Envelope, BotCreatedPayload),
        "bot_updated" => BotUpdated(Envelope, BotUpdatedPayload),
        "bot_deleted" => BotDeleted(Envelope, IdPayload),
        "group_created" => GroupCreated(Envelope, GroupCreatedPayload),
        "group_updated" => GroupUpdated(Envelope, GroupUpdatedPayload),
        "group_deleted" => GroupDeleted(Envelope, GroupDeletedPayload),
        "tag_created" => TagCreated(Envelope, TagCreatedPayload),
        "tag_deleted" => TagDeleted(Envelope, TagDeletedPayload),
        "tag_updated" => TagUpdated(Envelope, TagUpdatedPayload),
        "events_marked_as_seen" => EventsMarkedAsSeen(Envelope, EventsMarkedAsSeenPayload),
    }
}

webhooks! {
    /// Every API 3.6 webhook, told apart by `action`.
    WebhookV3_6, V3_6, {
        "incoming_chat" => IncomingChat(Envelope, IncomingChatPayload),
        "chat_deactivated" => ChatDeactivated(Envelope, ChatDeactivatedPayload),
        "chat_access_updated" => ChatAccessUpdated(Envelope, ChatAccessPayload),
        "chat_transferred" => ChatTransferred(Envelope, ChatTransferredPayload),
        "user_added_to_chat" => UserAddedToChat(Envelope, UserAddedToChatPayload),
        "user_removed_from_chat" => UserRemovedFromChat(Envelope, UserRemovedFromChatPayload),
        "incoming_event" => IncomingEvent(Envelope, EventPayload),
        "event_updated" => EventUpdated(Envelope, EventPayload),
        "event_deleted" => EventDeleted(Envelope, EventDeletedPayload),
        "incoming_rich_message_postback" => IncomingRichMessagePostback(Envelope, IncomingRichMessagePostbackPayload),
        "chat_properties_updated" => ChatPropertiesUpdated(Envelope, ChatPropertiesUpdatedPayload),
        "chat_properties_deleted" => ChatPropertiesDeleted(Envelope, ChatPropertiesDeletedPayload),
        "thread_properties_updated" => ThreadPropertiesUpdated(Envelope, ThreadPropertiesUpdatedPayload),
        "thread_properties_deleted" => ThreadPropertiesDeleted(Envelope, ThreadPropertiesDeletedPayload),
        "event_properties_updated" => EventPropertiesUpdated(Envelope, EventPropertiesUpdatedPayload),
        "event_properties_deleted" => EventPropertiesDeleted(Envelope, EventPropertiesDeletedPayload),
        "thread_tagged" => ThreadTagged(Envelope, ThreadTagPayload),
        "thread_untagged" => ThreadUntagged(Envelope, ThreadTagPayload),
        "routing_status_set" => RoutingStatusSet(Envelope, RoutingStatusSetPayload),
        "customer_session_fields_updated" => CustomerSessionFieldsUpdated(Envelope, CustomerSessionFieldsUpdatedPayload),
        "agent_created" => AgentCreated(ConfigEnvelope, AgentCreatedPayload),
        "agent_approved" => AgentApproved(ConfigEnvelope, IdPayload),
        "agent_updated" => AgentUpdated(ConfigEnvelope, AgentUpdatedPayload),
        "agent_suspended" => AgentSuspended(ConfigEnvelope, IdPayload),
        "agent_unsuspended" => AgentUnsuspended(ConfigEnvelope, IdPayload),
        "agent_deleted" => AgentDeleted(ConfigEnvelope, IdPayload),
        "auto_accesses_updated" => AutoAccessesUpdated(ConfigEnvelope, Vec<AutoAccessChange>),
        "bot_created" => BotCreated(ConfigEnvelope, BotCreatedPayload),
        "bot_updated" => BotUpdated(ConfigEnvelope, BotUpdatedPayload),
        "bot_deleted" => BotDeleted(ConfigEnvelope, IdPayload),
        "group_created" => GroupCreated(ConfigEnvelope, GroupCreatedPayload),
        "group_updated" => GroupUpdated(ConfigEnvelope, GroupUpdatedPayload),
        "group_deleted" => GroupDeleted(ConfigEnvelope, GroupDeletedPayload),
        "tag_created" => TagCreated(ConfigEnvelope, TagCreatedPayload),
        "tag_deleted" => TagDeleted(ConfigEnvelope, TagDeletedPayload),
        "tag_updated" => TagUpdated(ConfigEnvelope, TagUpdatedPayload),
        "events_marked_as_seen" => EventsMarkedAsSeen(Envelope, EventsMarkedAsSeenPayload),
        "thread_summary_set" => ThreadSummarySet(Envelope, ThreadSummarySetPayload),
    }
}

/// The latest version's union.
pub type Webhook = WebhookV3_6;

/// The actions of `version`.
pub fn actions_of(version: ApiVersion) -> &'static [ActionSpec] {
    match version {
        ApiVersion::V3_1 => WebhookV3_1::ACTIONS,
        ApiVersion::V3_2 => WebhookV3_2::ACTIONS,
        ApiVersion::V3_3 => WebhookV3_3::ACTIONS,
        ApiVersion::V3_4 => WebhookV3_4::ACTIONS,
        ApiVersion::V3_5 => WebhookV3_5::ACTIONS,
        ApiVersion::V3_6 => WebhookV3_6::ACTIONS,
    }
}

/// The spec of `action` in `version`, if that version has it.
pub fn action_spec(version: ApiVersion, action: &[u8]) -> Option<&'static ActionSpec> {
    actions_of(version)
        .iter()
        .find(|a| a.name.as_bytes() == action)
}

/// The names of `version`'s actions.
pub fn action_names(version: ApiVersion) -> Vec<&'static str> {
    actions_of(version).iter().map(|a| a.name).collect()
}

/// A decoded webhook: typed by its version when its action is known.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AnyWebhook {
    V3_1(WebhookV3_1),
    V3_2(WebhookV3_2),
    V3_3(WebhookV3_3),
    V3_4(WebhookV3_4),
    V3_5(WebhookV3_5),
    V3_6(WebhookV3_6),
    Unknown(UnknownWebhook),
}

impl AnyWebhook {
    /// Decode a body already validated for `version` (serde does the rest).
    pub fn from_slice(
        version: ApiVersion,
        known: bool,
        body: &[u8],
    ) -> Result<AnyWebhook, serde_json::Error> {
        if !known {
            return serde_json::from_slice(body).map(AnyWebhook::Unknown);
        }
        Ok(match version {
            ApiVersion::V3_1 => AnyWebhook::V3_1(serde_json::from_slice(body)?),
            ApiVersion::V3_2 => AnyWebhook::V3_2(serde_json::from_slice(body)?),
            ApiVersion::V3_3 => AnyWebhook::V3_3(serde_json::from_slice(body)?),
            ApiVersion::V3_4 => AnyWebhook::V3_4(serde_json::from_slice(body)?),
            ApiVersion::V3_5 => AnyWebhook::V3_5(serde_json::from_slice(body)?),
            ApiVersion::V3_6 => AnyWebhook::V3_6(serde_json::from_slice(body)?),
        })
    }

    /// The `action`, whatever the version.
    pub fn action(&self) -> &str {
        match self {
            AnyWebhook::V3_1(w) => w.action(),
            AnyWebhook::V3_2(w) => w.action(),
            AnyWebhook::V3_3(w) => w.action(),
            AnyWebhook::V3_4(w) => w.action(),
            AnyWebhook::V3_5(w) => w.action(),
            AnyWebhook::V3_6(w) => w.action(),
            AnyWebhook::Unknown(w) => &w.action,
        }
    }

    /// The version the webhook was decoded as (`None` for an unknown action).
    pub fn version(&self) -> Option<ApiVersion> {
        Some(match self {
            AnyWebhook::V3_1(_) => ApiVersion::V3_1,
            AnyWebhook::V3_2(_) => ApiVersion::V3_2,
            AnyWebhook::V3_3(_) => ApiVersion::V3_3,
            AnyWebhook::V3_4(_) => ApiVersion::V3_4,
            AnyWebhook::V3_5(_) => ApiVersion::V3_5,
            AnyWebhook::V3_6(_) => ApiVersion::V3_6,
            AnyWebhook::Unknown(_) => return None,
        })
    }
}

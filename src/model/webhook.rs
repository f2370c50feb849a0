//! The envelope of every webhook, and the union of all API 3.1 webhooks by `action`.

use super::common::{Access, JsonObject, Properties};
use super::payloads::*;
use crate::validate::check::Check;
use crate::validate::cx::{Cx, R};
use serde::{Deserialize, Serialize};

/// Extras requested at registration (`additional_data` of `register_webhook`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AdditionalData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat_properties: Option<Properties>,
    /// For `incoming_event` and `chat_user_added`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<Access>,
    /// For `chat_user_added`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(AdditionalData {
    chat_properties,
    access,
    thread_id
});

/// Declares one envelope struct per action, the `Webhook` union and the action table.
macro_rules! webhooks {
    ($($(#[$meta:meta])* $json:literal => $variant:ident($envelope:ident, $payload:ty)),* $(,)?) => {
        $(
            $(#[$meta])*
            #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
            #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
            #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
            pub struct $envelope {
                /// Id of the webhook registration (not of this delivery).
                pub webhook_id: String,
                /// The secret chosen at registration, echoed back: compare it with yours.
                pub secret_key: String,
                pub payload: $payload,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub additional_data: Option<AdditionalData>,
                /// Sent by some 3.1-era deliveries (documented from API 3.2 on).
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub license_id: Option<i64>,
                /// Members the model does not know, kept as sent (not in the TypeScript types).
                #[cfg_attr(not(feature = "wasm"), serde(flatten))]
                #[cfg_attr(feature = "wasm", serde(skip))]
                pub extra: JsonObject,
            }
        )*

        /// Every API 3.1 webhook, told apart by `action`.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(tag = "action")]
        pub enum Webhook {
            $(#[serde(rename = $json)] $variant($envelope),)*
        }

        /// The actions of API 3.1, in the order of the reference.
        pub const ACTIONS: &[&str] = &[$($json),*];

        /// The check of an action's payload.
        pub(crate) fn payload_check(action: &[u8]) -> Option<fn(&mut Cx) -> R> {
            $(
                if action == $json.as_bytes() {
                    return Some(<$payload as Check>::check);
                }
            )*
            None
        }

        impl Webhook {
            pub fn action(&self) -> &'static str {
                match self {
                    $(Webhook::$variant(_) => $json,)*
                }
            }
        }
    };
}

webhooks! {
    "incoming_chat_thread" => IncomingChatThread(IncomingChatThreadWebhook, IncomingChatThreadPayload),
    "thread_closed" => ThreadClosed(ThreadClosedWebhook, ThreadClosedPayload),
    "access_granted" => AccessGranted(AccessGrantedWebhook, AccessPayload),
    "access_revoked" => AccessRevoked(AccessRevokedWebhook, AccessPayload),
    "access_set" => AccessSet(AccessSetWebhook, AccessPayload),
    "chat_user_added" => ChatUserAdded(ChatUserAddedWebhook, ChatUserAddedPayload),
    "chat_user_removed" => ChatUserRemoved(ChatUserRemovedWebhook, ChatUserRemovedPayload),
    "incoming_event" => IncomingEvent(IncomingEventWebhook, EventPayload),
    "event_updated" => EventUpdated(EventUpdatedWebhook, EventPayload),
    "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackWebhook, IncomingRichMessagePostbackPayload),
    "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedWebhook, ChatPropertiesUpdatedPayload),
    "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedWebhook, ChatPropertiesDeletedPayload),
    "chat_thread_properties_updated" => ChatThreadPropertiesUpdated(ChatThreadPropertiesUpdatedWebhook, ChatThreadPropertiesUpdatedPayload),
    "chat_thread_properties_deleted" => ChatThreadPropertiesDeleted(ChatThreadPropertiesDeletedWebhook, ChatThreadPropertiesDeletedPayload),
    "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedWebhook, EventPropertiesUpdatedPayload),
    "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedWebhook, EventPropertiesDeletedPayload),
    "chat_thread_tagged" => ChatThreadTagged(ChatThreadTaggedWebhook, ThreadTagPayload),
    "chat_thread_untagged" => ChatThreadUntagged(ChatThreadUntaggedWebhook, ThreadTagPayload),
    "agent_status_changed" => AgentStatusChanged(AgentStatusChangedWebhook, AgentStatusChangedPayload),
    "agent_deleted" => AgentDeleted(AgentDeletedWebhook, AgentDeletedPayload),
    "customer_created" => CustomerCreated(CustomerCreatedWebhook, CustomerCreatedPayload),
    "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenWebhook, EventsMarkedAsSeenPayload),
    "last_seen_timestamp_updated" => LastSeenTimestampUpdated(LastSeenTimestampUpdatedWebhook, LastSeenTimestampUpdatedPayload),
    "follow_up_requested" => FollowUpRequested(FollowUpRequestedWebhook, FollowUpRequestedPayload),
}

/// A webhook whose `action` this version does not know, accepted with `unknownActions: "accept"`:
/// the envelope is checked, the payload is kept as sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UnknownWebhook {
    pub webhook_id: String,
    pub secret_key: String,
    pub action: String,
    #[cfg_attr(feature = "wasm", tsify(type = "Record<string, unknown>"))]
    pub payload: JsonObject,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Record<string, unknown>"))]
    pub additional_data: Option<JsonObject>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_id: Option<i64>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}

/// A decoded webhook: typed when its action is known.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AnyWebhook {
    Known(Webhook),
    Unknown(UnknownWebhook),
}

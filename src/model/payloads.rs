//! The `payload` of each chat action, API 3.1 and later. A payload whose shape did not change
//! between versions is one type, used by every version's table in `versions.rs`.

use super::chat::{Chat, ChatV3_1};
use super::common::{
    Access, DeletedProperties, JsonObject, Properties, Timestamp, TransferTarget, UserType,
};
use super::events::{Event, ThreadEvent};
use super::gate::{between, since};
use super::users::{Customer, User};
use crate::options::ApiVersion::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

payload!(
    /// A new thread started (API 3.1): the whole chat, with that thread in `chat.thread`.
    IncomingChatThreadPayload { chat: ChatV3_1 }
);

payload!(
    /// `incoming_chat` (API 3.2+): a chat started or was resumed; the new thread is in
    /// `chat.thread`.
    IncomingChatPayload {
        chat: Chat,
        /// Who started the chat; in the push of the same name, not in webhook samples.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        requester_id: Option<String>,
        /// Where a transferred chat came from; in the push, not in webhook samples.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        transferred_from: Option<TransferTarget>,
    }
);

payload!(
    /// `chat_deactivated` (API 3.2+) and `thread_closed` (3.1).
    ChatDeactivatedPayload {
        chat_id: String,
        thread_id: String,
        /// Absent when the router closed the thread.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        user_id: Option<String>,
    }
);

payload!(
    /// `access_set` (the new access), `access_granted` and `access_revoked` (the groups that
    /// gained or lost access).
    AccessPayload {
        /// `chat` in the docs; `customer` and `thread` also seen.
        resource: String,
        id: String,
        access: Access,
    }
);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ChatUserAddedPayload {
    pub chat_id: String,
    /// Empty when the user joined an inactive chat.
    pub thread_id: String,
    pub user: User,
    /// Says the same as `user.type`.
    pub user_type: UserType,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(ChatUserAddedPayload { chat_id, thread_id, user, user_type } then(user_type_agrees));

/// `user_type` and `user.type` must name the same kind of user; if they disagree, a receiver
/// branching on either would be misled.
fn user_type_agrees(cx: &mut crate::validate::cx::Cx, open: usize) {
    use crate::json::lookahead::{peek_key, Peek};
    let b = cx.b;
    let (Peek::Str(said, at), Peek::Other(user_at)) =
        (peek_key(b, open, b"user_type"), peek_key(b, open, b"user"))
    else {
        return;
    };
    let Peek::Str(is, _) = peek_key(b, user_at, b"type") else {
        return;
    };
    if said == is || !UserType::NAMES.iter().any(|n| n.as_bytes() == &*said) {
        return;
    }
    let (said, is) = (String::from_utf8_lossy(&said), String::from_utf8_lossy(&is));
    let msg = format!(
        "`user_type` is \"{said}\" but the user's `type` is \"{is}\" in {}: they must name the same kind of user",
        cx.here()
    );
    cx.report(
        crate::issue::IssueCode::InvalidValue,
        crate::issue::Severity::Error,
        Some(at),
        Some("user_type"),
        msg,
        Some(format!("\"{is}\", as user.type says")),
        Some(said.into_owned()),
    );
}

payload!(ChatUserRemovedPayload {
    chat_id: String,
    /// Documented, but missing in captured traffic, and empty for inactive chats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    thread_id: Option<String>,
    user_id: String,
    user_type: UserType,
});

payload!(
    /// `incoming_event` and `event_updated`.
    EventPayload { chat_id: String, thread_id: String, event: ThreadEvent }
);

payload!(
    /// `incoming_event` and `event_updated` of API 3.1, which has no deleted events.
    EventPayloadV3_1 { chat_id: String, thread_id: String, event: Event }
);

payload!(IncomingRichMessagePostbackPayload {
    user_id: String,
    chat_id: String,
    thread_id: String,
    event_id: String,
    postback: Postback,
});

/// The button clicked: its `postback_id`, whether it is now toggled on, and (API 3.6) what it
/// was.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Postback {
    pub id: String,
    pub toggled: bool,
    /// API 3.6 and later: `url`, `postback`, ... (an open set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub button_type: Option<String>,
    /// API 3.6 and later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub button_value: Option<String>,
    /// API 3.6 and later: the product chosen with an e-commerce button.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ecommerce: Option<super::events::EcommercePostback>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Postback {
    id,
    toggled,
    button_type @ since(V3_6),
    button_value @ since(V3_6),
    ecommerce @ since(V3_6),
});

payload!(ChatPropertiesUpdatedPayload {
    chat_id: String,
    properties: Properties
});
payload!(ChatPropertiesDeletedPayload {
    chat_id: String,
    properties: DeletedProperties
});
payload!(ThreadPropertiesUpdatedPayload {
    chat_id: String,
    thread_id: String,
    properties: Properties
});
payload!(ThreadPropertiesDeletedPayload {
    chat_id: String,
    thread_id: String,
    properties: DeletedProperties
});
payload!(EventPropertiesUpdatedPayload {
    chat_id: String,
    thread_id: String,
    event_id: String,
    properties: Properties
});
payload!(EventPropertiesDeletedPayload {
    chat_id: String,
    thread_id: String,
    event_id: String,
    properties: DeletedProperties
});

payload!(
    /// The seed's (API 3.0 preview) seen marker; released 3.1 sends `events_marked_as_seen`.
    LastSeenTimestampUpdatedPayload {
        user_id: String,
        chat_id: String,
        /// In the seed; absent from other samples.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        thread_id: Option<String>,
        /// Unix seconds.
        timestamp: i64,
    }
);

payload!(
    /// `chat_thread_tagged` and `chat_thread_untagged`.
    ThreadTagPayload { chat_id: String, thread_id: String, tag: String }
);

payload!(AgentStatusChangedPayload {
    agent_id: String,
    status: AgentStatus
});

string_enum! {
    /// Spelled with spaces here, unlike the agent's `routing_status`.
    pub enum AgentStatus {
        AcceptingChats = "accepting chats",
        NotAcceptingChats = "not accepting chats",
        Offline = "offline",
    }
}

payload!(AgentDeletedPayload { agent_id: String });

/// `customer_created`: the customer itself (the webhook page), or wrapped as `{customer}` (the
/// push of the same name, and API 3.2); either may say `"type": "customer"`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerCreatedPayload {
    Wrapped(WrappedCustomer),
    Customer(CreatedCustomer),
}

payload!(WrappedCustomer {
    customer: CreatedCustomer
});

/// The created customer, with or without its user `type`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum CreatedCustomer {
    Typed(TypedCustomer),
    Bare(Customer),
}

/// A customer that carries its user `type`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TypedCustomer {
    #[serde(rename = "type")]
    pub kind: CustomerType,
    #[serde(flatten)]
    pub customer: Customer,
}

string_enum! {
    pub enum CustomerType { Customer = "customer" }
}

impl crate::validate::check::Check for CustomerCreatedPayload {
    fn check(cx: &mut crate::validate::cx::Cx) -> crate::validate::cx::R {
        use crate::json::lookahead::{peek_key, Peek};
        if cx.peek()? == crate::validate::cx::Kind::Object
            && !matches!(peek_key(cx.b, cx.i, b"customer"), Peek::Missing)
        {
            return WrappedCustomer::check(cx);
        }
        CreatedCustomer::check(cx)
    }
}

impl crate::validate::check::Check for CreatedCustomer {
    fn check(cx: &mut crate::validate::cx::Cx) -> crate::validate::cx::R {
        use crate::json::lookahead::{peek_key, Peek};
        if cx.peek()? != crate::validate::cx::Kind::Object {
            return Customer::check(cx);
        }
        // Without `type` it is a bare customer; with one, a union of one variant, so that a wrong
        // or non-string `type` is reported as for any tagged union.
        if matches!(peek_key(cx.b, cx.i, b"type"), Peek::Missing) {
            return Customer::check(cx);
        }
        const TYPED: &[crate::validate::record::Variant] =
            &[crate::validate::record::Variant::of::<Customer>(
                "customer",
                super::gate::Gate::ALWAYS,
            )];
        crate::validate::record::check_union(cx, "type", "customer", "an object (Customer)", TYPED)
    }
}

payload!(EventsMarkedAsSeenPayload {
    user_id: String,
    chat_id: String,
    seen_up_to: Timestamp
});

payload!(
    /// Known only from LiveChat's Go SDK; documented nowhere.
    FollowUpRequestedPayload { chat_id: String, thread_id: String, customer_id: String }
);

payload!(
    /// `chat_access_granted`, `chat_access_revoked` (API 3.2–3.3) and `chat_access_updated`
    /// (3.4+): the groups added, removed, or the resulting access.
    ChatAccessPayload {
        /// The chat's id.
        id: String,
        access: Access,
    }
);

payload!(
    /// `chat_transferred` (API 3.3+).
    ChatTransferredPayload {
        chat_id: String,
        /// Present when the chat is active.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        thread_id: Option<String>,
        /// Who transferred it, for manual transfers.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        requester_id: Option<String>,
        reason: TransferReason,
        transferred_to: TransferTarget,
        /// Present when the chat waits in a queue after the transfer.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        queue: Option<TransferQueue>,
    }
);

string_enum! {
    pub enum TransferReason {
        Manual = "manual",
        Inactive = "inactive",
        Assigned = "assigned",
        Unassigned = "unassigned",
        Other = "other",
    }
}

/// The queue a transferred chat waits in. Its timestamp is `queued_at`, except on the API 3.3–3.5
/// reference pages, which LiveChat changed to `queued_at_us` in 2023; pushes and SDKs kept
/// `queued_at`, so 3.3–3.5 accept either (one of them must be there).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TransferQueue {
    pub position: i64,
    /// Approximate seconds.
    pub wait_time: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queued_at: Option<Timestamp>,
    /// APIs 3.3 to 3.5 (the reference pages' spelling).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queued_at_us: Option<Timestamp>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(TransferQueue {
    position,
    wait_time,
    queued_at @ super::gate::always().required_since(V3_6),
    queued_at_us @ between(V3_3, V3_5),
} one_of(queued_at, queued_at_us, " (or `queued_at_us`, as the API 3.3–3.5 reference spells it)"));

/// `user_added_to_chat` (API 3.2+).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UserAddedToChatPayload {
    pub chat_id: String,
    /// Present when the user joined an active chat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// May say `present: false` when the user wrote without joining.
    pub user: User,
    /// `manual` in samples; not a documented closed set.
    pub reason: String,
    /// Present when an agent did it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester_id: Option<String>,
    /// In the payload tables, in no sample: when present it must agree with `user.type`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_type: Option<UserType>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(UserAddedToChatPayload { chat_id, thread_id, user, reason, requester_id, user_type } then(user_type_agrees));

payload!(
    /// `user_removed_from_chat` (API 3.2+).
    UserRemovedFromChatPayload {
        chat_id: String,
        /// Present when the user left an active chat.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        thread_id: Option<String>,
        user_id: String,
        reason: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        requester_id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        user_type: Option<UserType>,
    }
);

payload!(
    /// `event_deleted` (API 3.6+).
    EventDeletedPayload { chat_id: String, thread_id: String, event_id: String }
);

payload!(
    /// `routing_status_set` (API 3.2+).
    RoutingStatusSetPayload {
        /// An agent's e-mail, or a bot's id.
        agent_id: String,
        status: RoutingStatusValue,
    }
);

string_enum! {
    /// The reference pages spell the status with spaces, the pushes and the Set Routing Status
    /// method with underscores; deliveries may carry either.
    pub enum RoutingStatusValue {
        AcceptingChats = "accepting chats",
        NotAcceptingChats = "not accepting chats",
        Offline = "offline",
        AcceptingChatsUnderscored = "accepting_chats",
        NotAcceptingChatsUnderscored = "not_accepting_chats",
    }
}

payload!(
    /// `customer_session_fields_updated` (API 3.3+): sent once per active chat of the customer.
    CustomerSessionFieldsUpdatedPayload {
        /// The customer's id.
        id: String,
        active_chat: ActiveChat,
        /// Single-entry objects, in the order the fields were set.
        session_fields: Vec<BTreeMap<String, String>>,
    }
);

payload!(ActiveChat {
    chat_id: String,
    thread_id: String
});

payload!(
    /// `thread_summary_set` (API 3.6+).
    ThreadSummarySetPayload {
        chat_id: String,
        thread_id: String,
        summary: super::chat::ThreadSummary,
    }
);

payload!(
    /// The payload of configuration webhooks that name only what changed: `agent_approved`,
    /// `agent_suspended`, `agent_unsuspended`, `agent_deleted` (API 3.4+), `bot_deleted`,
    /// `auto_access_deleted`.
    IdPayload { id: String }
);

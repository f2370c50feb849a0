//! The `payload` of each API 3.1 action.

use super::chat::Chat;
use super::common::{Access, DeletedProperties, JsonObject, Properties, Timestamp, UserType};
use super::events::Event;
use super::users::{Customer, User};
use serde::{Deserialize, Serialize};

/// Declares a payload struct and its checks in one go.
macro_rules! payload {
    ($(#[$meta:meta])* $name:ident { $($(#[$fmeta:meta])* $field:ident : $fty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub struct $name {
            $($(#[$fmeta])* pub $field: $fty,)*
            /// Members the model does not know, kept as sent (not in the TypeScript types).
            #[cfg_attr(not(feature = "wasm"), serde(flatten))]
            #[cfg_attr(feature = "wasm", serde(skip))]
            pub extra: JsonObject,
        }
        checks!($name { $($field),* });
    };
}

payload!(
    /// A new thread started: the whole chat, with that thread in `chat.thread`.
    IncomingChatThreadPayload { chat: Chat }
);

payload!(ThreadClosedPayload {
    chat_id: String,
    thread_id: String,
    /// Absent when the router closed the thread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    user_id: Option<String>,
});

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
    EventPayload { chat_id: String, thread_id: String, event: Event }
);

payload!(IncomingRichMessagePostbackPayload {
    user_id: String,
    chat_id: String,
    thread_id: String,
    event_id: String,
    postback: Postback,
});

payload!(
    /// The button clicked: its `postback_id`, and whether it is now toggled on.
    Postback { id: String, toggled: bool }
);

payload!(ChatPropertiesUpdatedPayload {
    chat_id: String,
    properties: Properties
});
payload!(ChatPropertiesDeletedPayload {
    chat_id: String,
    properties: DeletedProperties
});
payload!(ChatThreadPropertiesUpdatedPayload {
    chat_id: String,
    thread_id: String,
    properties: Properties
});
payload!(ChatThreadPropertiesDeletedPayload {
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
            &[crate::validate::record::Variant::of::<Customer>("customer")];
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

//! The table of LiveChat API versions: the one place that lists each version's webhooks.
//!
//! A row is a version: its Rust name, its name on the wire, its status (`Retired`, `Stable`,
//! `Latest` — the newest stable one, and the default — or `Preview`), the Rust name of its union
//! of webhooks, what the version changed (a sentence for docs, after the space that every doc
//! comment line starts with), the envelope its webhooks carry, and its actions in the order of its reference
//! page. An action names the variant of the version's union, its payload type, the envelope it
//! carries when that is not the version's (`in ConfigEnvelope`), and the names it replaced in
//! the version that renamed it (`was "incoming_chat_thread"`). A row can instead say `same;`: its
//! webhooks are those of the row above.
//!
//! Readers never copy the table: each passes a macro of its own to `api_table!`, which calls it
//! with every row spelled out. This module's own reader (`api/version.rs`) turns the rows into
//! data (`ApiVersion`, `VERSIONS`); the model's (`model/versions.rs`) turns them into the typed
//! unions. The payload and envelope names are only tokens here, so this module depends on
//! nothing else of the crate. What each version changed is summed up in HACKING.md.

/// Calls `$reader! { rows }` with every row of the table spelled out (see the module docs).
macro_rules! api_table {
    ($reader:ident) => {
        api_rows! { $reader [] ()
            V3_1 "3.1" Retired WebhookV3_1
                " The first version with webhooks of this shape, retired by LiveChat: `incoming_chat_thread`, `thread_closed`, `access_*`, `chat_user_*`, ..."
                EnvelopeV3_1 {
                "incoming_chat_thread" => IncomingChatThread(IncomingChatThreadPayload),
                "thread_closed" => ThreadClosed(ChatDeactivatedPayload),
                "access_granted" => AccessGranted(AccessPayload),
                "access_revoked" => AccessRevoked(AccessPayload),
                "access_set" => AccessSet(AccessPayload),
                "chat_user_added" => ChatUserAdded(ChatUserAddedPayload),
                "chat_user_removed" => ChatUserRemoved(ChatUserRemovedPayload),
                "incoming_event" => IncomingEvent(EventPayloadV3_1),
                "event_updated" => EventUpdated(EventPayloadV3_1),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "chat_thread_properties_updated" => ChatThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "chat_thread_properties_deleted" => ChatThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "chat_thread_tagged" => ChatThreadTagged(ThreadTagPayload),
                "chat_thread_untagged" => ChatThreadUntagged(ThreadTagPayload),
                "agent_status_changed" => AgentStatusChanged(AgentStatusChangedPayload),
                "agent_deleted" => AgentDeleted(AgentDeletedPayload),
                "customer_created" => CustomerCreated(CustomerCreatedPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
                "last_seen_timestamp_updated" => LastSeenTimestampUpdated(LastSeenTimestampUpdatedPayload),
                "follow_up_requested" => FollowUpRequested(FollowUpRequestedPayload),
            }
            V3_2 "3.2" Stable WebhookV3_2
                " 3.2 renamed most actions (`incoming_chat`, `chat_deactivated`, `user_added_to_chat`, ...), dropped `access_set` and `agent_status_changed`, and put `license_id` in the envelope; threads carry `created_at`, customers `session_fields`."
                EnvelopeV3_2 {
                "incoming_chat" => IncomingChat(IncomingChatPayload) was "incoming_chat_thread",
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload) was "thread_closed",
                "chat_access_granted" => ChatAccessGranted(ChatAccessPayload) was "access_granted",
                "chat_access_revoked" => ChatAccessRevoked(ChatAccessPayload) was "access_revoked",
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload) was "chat_user_added",
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload) was "chat_user_removed",
                "incoming_event" => IncomingEvent(EventPayload),
                "event_updated" => EventUpdated(EventPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload) was "chat_thread_properties_updated",
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload) was "chat_thread_properties_deleted",
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "thread_tagged" => ThreadTagged(ThreadTagPayload) was "chat_thread_tagged",
                "thread_untagged" => ThreadUntagged(ThreadTagPayload) was "chat_thread_untagged",
                "routing_status_set" => RoutingStatusSet(RoutingStatusSetPayload) was "agent_status_changed",
                "agent_deleted" => AgentDeleted(AgentDeletedPayload),
                "customer_created" => CustomerCreated(CustomerCreatedPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
            }
            V3_3 "3.3" Stable WebhookV3_3
                " 3.3 added `incoming_customer` (was `customer_created`), `chat_transferred` and `customer_session_fields_updated`; `form` events; `chat_presence_user_ids`."
                EnvelopeV3_2 {
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_access_granted" => ChatAccessGranted(ChatAccessPayload),
                "chat_access_revoked" => ChatAccessRevoked(ChatAccessPayload),
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "event_updated" => EventUpdated(EventPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "thread_tagged" => ThreadTagged(ThreadTagPayload),
                "thread_untagged" => ThreadUntagged(ThreadTagPayload),
                "routing_status_set" => RoutingStatusSet(RoutingStatusSetPayload),
                "agent_deleted" => AgentDeleted(AgentDeletedPayload),
                "incoming_customer" => IncomingCustomer(CustomerCreatedPayload) was "customer_created",
                "customer_session_fields_updated" => CustomerSessionFieldsUpdated(CustomerSessionFieldsUpdatedPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
            }
            V3_4 "3.4" Stable WebhookV3_4
                " 3.4 put `organization_id` in the envelope (its preview still sent `license_id`), merged the chat access actions into `chat_access_updated`, and added configuration webhooks (agents, auto access, bots, groups); events carry `visibility` (was `recipients`)."
                EnvelopeV3_4 {
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_access_updated" => ChatAccessUpdated(ChatAccessPayload) was "chat_access_granted" | "chat_access_revoked" | "access_set",
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "event_updated" => EventUpdated(EventPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "thread_tagged" => ThreadTagged(ThreadTagPayload),
                "thread_untagged" => ThreadUntagged(ThreadTagPayload),
                "routing_status_set" => RoutingStatusSet(RoutingStatusSetPayload),
                "incoming_customer" => IncomingCustomer(CustomerCreatedPayload),
                "customer_session_fields_updated" => CustomerSessionFieldsUpdated(CustomerSessionFieldsUpdatedPayload),
                "agent_created" => AgentCreated(AgentCreatedPayload),
                "agent_approved" => AgentApproved(IdPayload),
                "agent_updated" => AgentUpdated(AgentUpdatedPayload),
                "agent_suspended" => AgentSuspended(IdPayload),
                "agent_unsuspended" => AgentUnsuspended(IdPayload),
                "agent_deleted" => AgentDeleted(IdPayload),
                "auto_access_added" => AutoAccessAdded(AutoAccessAddedPayload),
                "auto_access_updated" => AutoAccessUpdated(AutoAccessUpdatedPayload),
                "auto_access_deleted" => AutoAccessDeleted(IdPayload),
                "bot_created" => BotCreated(BotCreatedPayload),
                "bot_updated" => BotUpdated(BotUpdatedPayload),
                "bot_deleted" => BotDeleted(IdPayload),
                "group_created" => GroupCreated(GroupCreatedPayload),
                "group_updated" => GroupUpdated(GroupUpdatedPayload),
                "group_deleted" => GroupDeleted(GroupDeletedPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
            }
            V3_5 "3.5" Stable WebhookV3_5
                " 3.5 added tags, replaced the three `auto_access_*` actions by `auto_accesses_updated` (an array payload), and gave agents the new `work_scheduler`."
                Envelope {
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_access_updated" => ChatAccessUpdated(ChatAccessPayload),
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "event_updated" => EventUpdated(EventPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "thread_tagged" => ThreadTagged(ThreadTagPayload),
                "thread_untagged" => ThreadUntagged(ThreadTagPayload),
                "routing_status_set" => RoutingStatusSet(RoutingStatusSetPayload),
                "incoming_customer" => IncomingCustomer(CustomerCreatedPayload),
                "customer_session_fields_updated" => CustomerSessionFieldsUpdated(CustomerSessionFieldsUpdatedPayload),
                "agent_created" => AgentCreated(AgentCreatedPayload),
                "agent_approved" => AgentApproved(IdPayload),
                "agent_updated" => AgentUpdated(AgentUpdatedPayload),
                "agent_suspended" => AgentSuspended(IdPayload),
                "agent_unsuspended" => AgentUnsuspended(IdPayload),
                "agent_deleted" => AgentDeleted(IdPayload),
                "auto_accesses_updated" => AutoAccessesUpdated(Vec<AutoAccessChange>) was "auto_access_added" | "auto_access_updated" | "auto_access_deleted",
                "bot_created" => BotCreated(BotCreatedPayload),
                "bot_updated" => BotUpdated(BotUpdatedPayload),
                "bot_deleted" => BotDeleted(IdPayload),
                "group_created" => GroupCreated(GroupCreatedPayload),
                "group_updated" => GroupUpdated(GroupUpdatedPayload),
                "group_deleted" => GroupDeleted(GroupDeletedPayload),
                "tag_created" => TagCreated(TagCreatedPayload),
                "tag_deleted" => TagDeleted(TagDeletedPayload),
                "tag_updated" => TagUpdated(TagUpdatedPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
            }
            V3_6 "3.6" Latest WebhookV3_6
                " 3.6 added `event_deleted` and `thread_summary_set`, `system` events and deleted events, customers' `visit` (was `last_visit`), carts and tickets, and `requester` on configuration webhooks; `incoming_customer` is gone."
                Envelope {
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_access_updated" => ChatAccessUpdated(ChatAccessPayload),
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "event_updated" => EventUpdated(EventPayload),
                "event_deleted" => EventDeleted(EventDeletedPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "thread_tagged" => ThreadTagged(ThreadTagPayload),
                "thread_untagged" => ThreadUntagged(ThreadTagPayload),
                "routing_status_set" => RoutingStatusSet(RoutingStatusSetPayload),
                "customer_session_fields_updated" => CustomerSessionFieldsUpdated(CustomerSessionFieldsUpdatedPayload),
                "agent_created" => AgentCreated(AgentCreatedPayload) in ConfigEnvelope,
                "agent_approved" => AgentApproved(IdPayload) in ConfigEnvelope,
                "agent_updated" => AgentUpdated(AgentUpdatedPayload) in ConfigEnvelope,
                "agent_suspended" => AgentSuspended(IdPayload) in ConfigEnvelope,
                "agent_unsuspended" => AgentUnsuspended(IdPayload) in ConfigEnvelope,
                "agent_deleted" => AgentDeleted(IdPayload) in ConfigEnvelope,
                "auto_accesses_updated" => AutoAccessesUpdated(Vec<AutoAccessChange>) in ConfigEnvelope,
                "bot_created" => BotCreated(BotCreatedPayload) in ConfigEnvelope,
                "bot_updated" => BotUpdated(BotUpdatedPayload) in ConfigEnvelope,
                "bot_deleted" => BotDeleted(IdPayload) in ConfigEnvelope,
                "group_created" => GroupCreated(GroupCreatedPayload) in ConfigEnvelope,
                "group_updated" => GroupUpdated(GroupUpdatedPayload) in ConfigEnvelope,
                "group_deleted" => GroupDeleted(GroupDeletedPayload) in ConfigEnvelope,
                "tag_created" => TagCreated(TagCreatedPayload) in ConfigEnvelope,
                "tag_deleted" => TagDeleted(TagDeletedPayload) in ConfigEnvelope,
                "tag_updated" => TagUpdated(TagUpdatedPayload) in ConfigEnvelope,
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
                "thread_summary_set" => ThreadSummarySet(ThreadSummarySetPayload),
            }
            V3_7 "3.7" Preview WebhookV3_7
                " 3.7 is a developer preview whose webhooks are those of 3.6."
                same;
        }
    };
}

/// Spells out the rows for the reader: a `same;` row takes the actions of the row above, and
/// every action gets its envelope (`in X`), so that each row reaches the reader as
/// `Name "x.y" Status Union "doc" (Envelope { "action" => Variant(Payload) in Envelope was ..., })`.
/// The types must be spelled out before a derive sees them: derives do not expand macros.
macro_rules! api_rows {
    ($reader:ident [$($done:tt)*] $above:tt) => {
        $reader! { $($done)* }
    };
    ($reader:ident [$($done:tt)*] $above:tt $v:ident $name:literal $status:ident $union:ident $doc:literal same; $($rest:tt)*) => {
        api_rows! { $reader [$($done)* $v $name $status $union $doc $above] $above $($rest)* }
    };
    ($reader:ident [$($done:tt)*] $above:tt $v:ident $name:literal $status:ident $union:ident $doc:literal $envelope:ident { $($actions:tt)* } $($rest:tt)*) => {
        api_actions! { $envelope ($reader [$($done)*] $v $name $status $union $doc [$($rest)*]) [] $($actions)* }
    };
}

/// Gives each action of one row its envelope, then goes back to `api_rows!`.
macro_rules! api_actions {
    ($envelope:ident ($reader:ident [$($done:tt)*] $v:ident $name:literal $status:ident $union:ident $doc:literal [$($rest:tt)*]) [$($out:tt)*]) => {
        api_rows! { $reader [$($done)* $v $name $status $union $doc ($envelope { $($out)* })] ($envelope { $($out)* }) $($rest)* }
    };
    ($envelope:ident $k:tt [$($out:tt)*] $action:literal => $variant:ident $payload:tt in $own:ident $(was $($old:literal)|+)?, $($tail:tt)*) => {
        api_actions! { $envelope $k [$($out)* $action => $variant $payload in $own $(was $($old)|+)?,] $($tail)* }
    };
    ($envelope:ident $k:tt [$($out:tt)*] $action:literal => $variant:ident $payload:tt $(was $($old:literal)|+)?, $($tail:tt)*) => {
        api_actions! { $envelope $k [$($out)* $action => $variant $payload in $envelope $(was $($old)|+)?,] $($tail)* }
    };
}

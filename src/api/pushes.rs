//! The table of RTM pushes: each API version's push actions per API (Agent and Customer Chat
//! API), a sibling of the version table (`table.rs`), read the same way: readers pass a macro of
//! theirs to `push_table!`, which calls it with every row. A row is a version of `table.rs`
//! (`V3_2` …; 3.1 has no pushes of this shape), the Rust names of its two unions, and each API's
//! actions, alphabetical, with the variant and the payload type. A payload type a webhook uses
//! too is the webhook's (`livechat-rtm-pushes.md` §3 lists where they differ; the shared types
//! say so with gates); push-only payloads are in `model/pushes.rs`.
//!
//! `pushes.rs`'s own reader turns the rows into data (`PUSHES`); the model's
//! (`model/push_versions.rs`) into the typed unions and their checks.

/// Calls `$reader! { rows }` with every row of the push table.
macro_rules! push_table {
    ($reader:ident) => {
        $reader! {
            V3_2 AgentPushV3_2 CustomerPushV3_2
            agent {
                "agent_disconnected" => AgentDisconnected(DisconnectedPayload),
                "chat_access_granted" => ChatAccessGranted(ChatAccessPayload),
                "chat_access_revoked" => ChatAccessRevoked(ChatAccessPayload),
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "chat_unfollowed" => ChatUnfollowed(ChatIdPayload),
                "customer_banned" => CustomerBanned(CustomerBannedPayload),
                "customer_created" => CustomerCreated(CustomerCreatedPayload),
                "customer_page_updated" => CustomerPageUpdated(CustomerPageUpdatedPayload),
                "customer_updated" => CustomerUpdated(CustomerUpdatedV3_2Payload),
                "customer_visit_ended" => CustomerVisitEnded(CustomerVisitEndedPayload),
                "customer_visit_started" => CustomerVisitStarted(CustomerVisitStartedPayload),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_updated" => EventUpdated(EventPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "incoming_multicast" => IncomingMulticast(MulticastPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "incoming_sneak_peek" => IncomingSneakPeek(SneakPeekPayload),
                "incoming_typing_indicator" => IncomingTypingIndicator(TypingIndicatorPayload),
                "queue_positions_updated" => QueuePositionsUpdated(Vec<QueuePosition>),
                "routing_status_set" => RoutingStatusSet(RoutingStatusSetPayload),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "thread_tagged" => ThreadTagged(ThreadTagPayload),
                "thread_untagged" => ThreadUntagged(ThreadTagPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
            }
            customer {
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "customer_disconnected" => CustomerDisconnected(DisconnectedPayload),
                "customer_side_storage_updated" => CustomerSideStorageUpdated(CustomerSideStorageUpdatedPayload),
                "customer_updated" => CustomerUpdated(CustomerUpdatedV3_2Payload),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_updated" => EventUpdated(EventPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
                "greeting_accepted" => GreetingAccepted(GreetingIdPayload),
                "greeting_canceled" => GreetingCanceled(GreetingIdPayload),
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "incoming_greeting" => IncomingGreeting(IncomingGreetingPayload),
                "incoming_multicast" => IncomingMulticast(CustomerMulticastPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "incoming_typing_indicator" => IncomingTypingIndicator(CustomerTypingIndicatorPayload),
                "queue_position_updated" => QueuePositionUpdated(QueuePosition),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
            }
            V3_3 AgentPushV3_3 CustomerPushV3_3
            agent {
                "agent_disconnected" => AgentDisconnected(DisconnectedPayload),
                "chat_access_granted" => ChatAccessGranted(ChatAccessPayload),
                "chat_access_revoked" => ChatAccessRevoked(ChatAccessPayload),
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "chat_unfollowed" => ChatUnfollowed(ChatIdPayload),
                "customer_banned" => CustomerBanned(CustomerBannedPayload),
                "customer_left" => CustomerLeft(CustomerLeftPayload),
                "customer_page_updated" => CustomerPageUpdated(CustomerPageUpdatedPayload),
                "customer_transferred" => CustomerTransferred(CustomerTransferredPayload),
                "customer_unfollowed" => CustomerUnfollowed(IdPayload),
                "customer_updated" => CustomerUpdated(CustomerUpdate),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_updated" => EventUpdated(EventPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "incoming_customer" => IncomingCustomer(CreatedCustomer),
                "incoming_customers" => IncomingCustomers(IncomingCustomersPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "incoming_multicast" => IncomingMulticast(MulticastPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "incoming_sneak_peek" => IncomingSneakPeek(SneakPeekPayload),
                "incoming_typing_indicator" => IncomingTypingIndicator(TypingIndicatorPayload),
                "queue_positions_updated" => QueuePositionsUpdated(Vec<QueuePosition>),
                "routing_status_set" => RoutingStatusSet(RoutingStatusSetPayload),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "thread_tagged" => ThreadTagged(ThreadTagPayload),
                "thread_untagged" => ThreadUntagged(ThreadTagPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
            }
            customer {
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "customer_disconnected" => CustomerDisconnected(DisconnectedPayload),
                "customer_side_storage_updated" => CustomerSideStorageUpdated(CustomerSideStorageUpdatedPayload),
                "customer_updated" => CustomerUpdated(CustomerUpdate),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_updated" => EventUpdated(EventPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
                "greeting_accepted" => GreetingAccepted(GreetingIdPayload),
                "greeting_canceled" => GreetingCanceled(GreetingIdPayload),
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "incoming_greeting" => IncomingGreeting(IncomingGreetingPayload),
                "incoming_multicast" => IncomingMulticast(CustomerMulticastPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "incoming_typing_indicator" => IncomingTypingIndicator(CustomerTypingIndicatorPayload),
                "queue_position_updated" => QueuePositionUpdated(QueuePosition),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
            }
            V3_4 AgentPushV3_4 CustomerPushV3_4
            agent {
                "agent_approved" => AgentApproved(IdPayload),
                "agent_created" => AgentCreated(AgentCreatedPayload),
                "agent_deleted" => AgentDeleted(IdPayload),
                "agent_disconnected" => AgentDisconnected(DisconnectedPayload),
                "agent_suspended" => AgentSuspended(IdPayload),
                "agent_unsuspended" => AgentUnsuspended(IdPayload),
                "agent_updated" => AgentUpdated(AgentUpdatedPayload),
                "auto_access_added" => AutoAccessAdded(AutoAccessAddedPayload),
                "auto_access_deleted" => AutoAccessDeleted(IdPayload),
                "auto_access_updated" => AutoAccessUpdated(AutoAccessUpdatedPayload),
                "bot_created" => BotCreated(BotCreatedPayload),
                "bot_deleted" => BotDeleted(IdPayload),
                "bot_updated" => BotUpdated(BotUpdatedPayload),
                "chat_access_updated" => ChatAccessUpdated(ChatAccessPayload),
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_deleted" => ChatDeleted(ChatIdPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "chat_unfollowed" => ChatUnfollowed(ChatIdPayload),
                "customer_banned" => CustomerBanned(CustomerBannedPayload),
                "customer_left" => CustomerLeft(CustomerLeftPayload),
                "customer_page_updated" => CustomerPageUpdated(CustomerPageUpdatedPayload),
                "customer_transferred" => CustomerTransferred(CustomerTransferredPayload),
                "customer_updated" => CustomerUpdated(CustomerUpdate),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_updated" => EventUpdated(EventPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
                "group_created" => GroupCreated(GroupCreatedPayload),
                "group_deleted" => GroupDeleted(GroupDeletedPayload),
                "group_updated" => GroupUpdated(GroupUpdatedPayload),
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "incoming_customer" => IncomingCustomer(CreatedCustomer),
                "incoming_customers" => IncomingCustomers(IncomingCustomersPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "incoming_multicast" => IncomingMulticast(MulticastPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "incoming_sneak_peek" => IncomingSneakPeek(SneakPeekPayload),
                "incoming_typing_indicator" => IncomingTypingIndicator(TypingIndicatorPayload),
                "queue_positions_updated" => QueuePositionsUpdated(Vec<QueuePosition>),
                "routing_status_set" => RoutingStatusSet(RoutingStatusSetPayload),
                "thread_deleted" => ThreadDeleted(ThreadDeletedPayload),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "thread_tagged" => ThreadTagged(ThreadTagPayload),
                "thread_untagged" => ThreadUntagged(ThreadTagPayload),
                "threads_deleted" => ThreadsDeleted(ThreadsDeletedPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
            }
            customer {
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "customer_disconnected" => CustomerDisconnected(DisconnectedPayload),
                "customer_side_storage_updated" => CustomerSideStorageUpdated(CustomerSideStorageUpdatedPayload),
                "customer_updated" => CustomerUpdated(CustomerUpdate),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_updated" => EventUpdated(EventPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
                "greeting_accepted" => GreetingAccepted(GreetingIdPayload),
                "greeting_canceled" => GreetingCanceled(GreetingIdPayload),
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "incoming_greeting" => IncomingGreeting(IncomingGreetingPayload),
                "incoming_multicast" => IncomingMulticast(CustomerMulticastPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "incoming_typing_indicator" => IncomingTypingIndicator(CustomerTypingIndicatorPayload),
                "queue_position_updated" => QueuePositionUpdated(QueuePosition),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
            }
            V3_5 AgentPushV3_5 CustomerPushV3_5
            agent {
                "agent_approved" => AgentApproved(IdPayload),
                "agent_created" => AgentCreated(AgentCreatedPayload),
                "agent_deleted" => AgentDeleted(IdPayload),
                "agent_disconnected" => AgentDisconnected(DisconnectedPayload),
                "agent_suspended" => AgentSuspended(IdPayload),
                "agent_unsuspended" => AgentUnsuspended(IdPayload),
                "agent_updated" => AgentUpdated(AgentUpdatedPayload),
                "auto_accesses_updated" => AutoAccessesUpdated(Vec<AutoAccessChange>),
                "bot_created" => BotCreated(BotCreatedPayload),
                "bot_deleted" => BotDeleted(IdPayload),
                "bot_updated" => BotUpdated(BotUpdatedPayload),
                "chat_access_updated" => ChatAccessUpdated(ChatAccessPayload),
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_deleted" => ChatDeleted(ChatIdPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "chat_unfollowed" => ChatUnfollowed(ChatIdPayload),
                "customer_banned" => CustomerBanned(CustomerBannedPayload),
                "customer_left" => CustomerLeft(CustomerLeftPayload),
                "customer_page_updated" => CustomerPageUpdated(CustomerPageUpdatedPayload),
                "customer_transferred" => CustomerTransferred(CustomerTransferredPayload),
                "customer_updated" => CustomerUpdated(CustomerUpdate),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_updated" => EventUpdated(EventPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
                "group_created" => GroupCreated(GroupCreatedPayload),
                "group_deleted" => GroupDeleted(GroupDeletedPayload),
                "group_updated" => GroupUpdated(GroupUpdatedPayload),
                "groups_status_updated" => GroupsStatusUpdated(GroupsStatusUpdatedPayload),
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "incoming_customer" => IncomingCustomer(CreatedCustomer),
                "incoming_customers" => IncomingCustomers(IncomingCustomersPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "incoming_multicast" => IncomingMulticast(MulticastPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "incoming_sneak_peek" => IncomingSneakPeek(SneakPeekPayload),
                "incoming_typing_indicator" => IncomingTypingIndicator(TypingIndicatorPayload),
                "queue_positions_updated" => QueuePositionsUpdated(Vec<QueuePosition>),
                "routing_status_set" => RoutingStatusSet(RoutingStatusSetPayload),
                "tag_created" => TagCreated(TagCreatedPayload),
                "tag_deleted" => TagDeleted(TagDeletedPayload),
                "tag_updated" => TagUpdated(TagUpdatedPayload),
                "thread_deleted" => ThreadDeleted(ThreadDeletedPayload),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "thread_tagged" => ThreadTagged(ThreadTagPayload),
                "thread_untagged" => ThreadUntagged(ThreadTagPayload),
                "threads_deleted" => ThreadsDeleted(ThreadsDeletedPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
            }
            customer {
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "customer_disconnected" => CustomerDisconnected(DisconnectedPayload),
                "customer_side_storage_updated" => CustomerSideStorageUpdated(CustomerSideStorageUpdatedPayload),
                "customer_updated" => CustomerUpdated(CustomerUpdate),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_updated" => EventUpdated(EventPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
                "greeting_accepted" => GreetingAccepted(GreetingIdPayload),
                "greeting_canceled" => GreetingCanceled(GreetingIdPayload),
                "groups_status_updated" => GroupsStatusUpdated(CustomerGroupsStatusUpdatedPayload),
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "incoming_greeting" => IncomingGreeting(IncomingGreetingPayload),
                "incoming_multicast" => IncomingMulticast(CustomerMulticastPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "incoming_typing_indicator" => IncomingTypingIndicator(CustomerTypingIndicatorPayload),
                "queue_position_updated" => QueuePositionUpdated(QueuePosition),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
            }
            V3_6 AgentPushV3_6 CustomerPushV3_6
            agent {
                "agent_approved" => AgentApproved(IdPayload),
                "agent_created" => AgentCreated(AgentCreatedPayload),
                "agent_deleted" => AgentDeleted(IdPayload),
                "agent_disconnected" => AgentDisconnected(DisconnectedPayload),
                "agent_suspended" => AgentSuspended(IdPayload),
                "agent_unsuspended" => AgentUnsuspended(IdPayload),
                "agent_updated" => AgentUpdated(AgentUpdatedPayload),
                "auto_accesses_updated" => AutoAccessesUpdated(Vec<AutoAccessChange>),
                "bot_created" => BotCreated(BotCreatedPayload),
                "bot_deleted" => BotDeleted(IdPayload),
                "bot_updated" => BotUpdated(BotUpdatedPayload),
                "chat_access_updated" => ChatAccessUpdated(ChatAccessPayload),
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_deleted" => ChatDeleted(ChatIdPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "chat_unfollowed" => ChatUnfollowed(ChatIdPayload),
                "customer_banned" => CustomerBanned(CustomerBannedPayload),
                "customer_left" => CustomerLeft(CustomerLeftPayload),
                "customer_page_updated" => CustomerPageUpdated(CustomerPageUpdatedPayload),
                "customer_statistics_updated" => CustomerStatisticsUpdated(CustomerStatisticsUpdatedPayload),
                "customer_transferred" => CustomerTransferred(CustomerTransferredPayload),
                "customer_updated" => CustomerUpdated(CustomerUpdate),
                "event_deleted" => EventDeleted(EventDeletedPayload),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_updated" => EventUpdated(EventPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
                "group_created" => GroupCreated(GroupCreatedPayload),
                "group_deleted" => GroupDeleted(GroupDeletedPayload),
                "group_properties_updated" => GroupPropertiesUpdated(GroupPropertiesUpdatedPayload),
                "group_updated" => GroupUpdated(GroupUpdatedPayload),
                "groups_status_updated" => GroupsStatusUpdated(GroupsStatusUpdatedPayload),
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "incoming_customer" => IncomingCustomer(CreatedCustomer),
                "incoming_customers" => IncomingCustomers(IncomingCustomersPayload),
                "incoming_error" => IncomingError(IncomingErrorPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "incoming_multicast" => IncomingMulticast(MulticastPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "incoming_sneak_peek" => IncomingSneakPeek(SneakPeekPayload),
                "incoming_thinking_indicator" => IncomingThinkingIndicator(ThinkingIndicatorPayload),
                "incoming_typing_indicator" => IncomingTypingIndicator(TypingIndicatorPayload),
                "license_properties_updated" => LicensePropertiesUpdated(LicensePropertiesUpdatedPayload),
                "queue_positions_updated" => QueuePositionsUpdated(Vec<QueuePosition>),
                "routing_status_set" => RoutingStatusSet(RoutingStatusSetPayload),
                "subscribed_customers_totals_updated" => SubscribedCustomersTotalsUpdated(BTreeMap<String, i64>),
                "tag_created" => TagCreated(TagCreatedPayload),
                "tag_deleted" => TagDeleted(TagDeletedPayload),
                "tag_updated" => TagUpdated(TagUpdatedPayload),
                "thread_deleted" => ThreadDeleted(ThreadDeletedPayload),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "thread_summary_set" => ThreadSummarySet(ThreadSummarySetPayload),
                "thread_tagged" => ThreadTagged(ThreadTagPayload),
                "thread_untagged" => ThreadUntagged(ThreadTagPayload),
                "threads_deleted" => ThreadsDeleted(ThreadsDeletedPayload),
                "ticket_created" => TicketCreated(TicketCreatedPayload),
                "ticket_deleted" => TicketDeleted(TicketDeletedPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
            }
            customer {
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "customer_disconnected" => CustomerDisconnected(DisconnectedPayload),
                "customer_side_storage_updated" => CustomerSideStorageUpdated(CustomerSideStorageUpdatedPayload),
                "customer_updated" => CustomerUpdated(CustomerUpdate),
                "event_deleted" => EventDeleted(EventDeletedPayload),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_updated" => EventUpdated(EventPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
                "greeting_accepted" => GreetingAccepted(GreetingIdPayload),
                "greeting_canceled" => GreetingCanceled(GreetingIdPayload),
                "groups_status_updated" => GroupsStatusUpdated(CustomerGroupsStatusUpdatedPayload),
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "incoming_event_preview" => IncomingEventPreview(EventPreviewPayload),
                "incoming_greeting" => IncomingGreeting(IncomingGreetingPayload),
                "incoming_multicast" => IncomingMulticast(CustomerMulticastPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "incoming_thinking_indicator" => IncomingThinkingIndicator(ThinkingIndicatorPayload),
                "incoming_typing_indicator" => IncomingTypingIndicator(CustomerTypingIndicatorPayload),
                "incoming_welcome_message" => IncomingWelcomeMessage(WelcomeMessagePayload),
                "queue_position_updated" => QueuePositionUpdated(QueuePosition),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
            }
            V3_7 AgentPushV3_7 CustomerPushV3_7
            agent {
                "agent_approved" => AgentApproved(IdPayload),
                "agent_created" => AgentCreated(AgentCreatedPayload),
                "agent_deleted" => AgentDeleted(IdPayload),
                "agent_disconnected" => AgentDisconnected(DisconnectedPayload),
                "agent_suspended" => AgentSuspended(IdPayload),
                "agent_unsuspended" => AgentUnsuspended(IdPayload),
                "agent_updated" => AgentUpdated(AgentUpdatedPayload),
                "auto_accesses_updated" => AutoAccessesUpdated(Vec<AutoAccessChange>),
                "bot_created" => BotCreated(BotCreatedPayload),
                "bot_deleted" => BotDeleted(IdPayload),
                "bot_updated" => BotUpdated(BotUpdatedPayload),
                "chat_access_updated" => ChatAccessUpdated(ChatAccessPayload),
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_deleted" => ChatDeleted(ChatIdPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "chat_unfollowed" => ChatUnfollowed(ChatIdPayload),
                "customer_banned" => CustomerBanned(CustomerBannedPayload),
                "customer_left" => CustomerLeft(CustomerLeftPayload),
                "customer_page_updated" => CustomerPageUpdated(CustomerPageUpdatedPayload),
                "customer_statistics_updated" => CustomerStatisticsUpdated(CustomerStatisticsUpdatedPayload),
                "customer_transferred" => CustomerTransferred(CustomerTransferredPayload),
                "customer_updated" => CustomerUpdated(CustomerUpdate),
                "event_deleted" => EventDeleted(EventDeletedPayload),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_updated" => EventUpdated(EventPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
                "group_created" => GroupCreated(GroupCreatedPayload),
                "group_deleted" => GroupDeleted(GroupDeletedPayload),
                "group_properties_updated" => GroupPropertiesUpdated(GroupPropertiesUpdatedPayload),
                "group_updated" => GroupUpdated(GroupUpdatedPayload),
                "groups_status_updated" => GroupsStatusUpdated(GroupsStatusUpdatedPayload),
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "incoming_customer" => IncomingCustomer(CreatedCustomer),
                "incoming_customers" => IncomingCustomers(IncomingCustomersPayload),
                "incoming_error" => IncomingError(IncomingErrorPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "incoming_multicast" => IncomingMulticast(MulticastPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "incoming_sneak_peek" => IncomingSneakPeek(SneakPeekPayload),
                "incoming_thinking_indicator" => IncomingThinkingIndicator(ThinkingIndicatorPayload),
                "incoming_typing_indicator" => IncomingTypingIndicator(TypingIndicatorPayload),
                "license_properties_updated" => LicensePropertiesUpdated(LicensePropertiesUpdatedPayload),
                "queue_positions_updated" => QueuePositionsUpdated(Vec<QueuePosition>),
                "routing_status_set" => RoutingStatusSet(RoutingStatusSetPayload),
                "subscribed_customers_totals_updated" => SubscribedCustomersTotalsUpdated(BTreeMap<String, i64>),
                "tag_created" => TagCreated(TagCreatedPayload),
                "tag_deleted" => TagDeleted(TagDeletedPayload),
                "tag_updated" => TagUpdated(TagUpdatedPayload),
                "thread_deleted" => ThreadDeleted(ThreadDeletedPayload),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "thread_summary_set" => ThreadSummarySet(ThreadSummarySetPayload),
                "thread_tagged" => ThreadTagged(ThreadTagPayload),
                "thread_untagged" => ThreadUntagged(ThreadTagPayload),
                "threads_deleted" => ThreadsDeleted(ThreadsDeletedPayload),
                "ticket_created" => TicketCreated(TicketCreatedPayload),
                "ticket_deleted" => TicketDeleted(TicketDeletedPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
                "canned_response_created" => CannedResponseCreated(CannedResponse),
                "canned_response_updated" => CannedResponseUpdated(CannedResponseUpdate),
                "canned_response_deleted" => CannedResponseDeleted(CannedResponseId),
            }
            customer {
                "chat_deactivated" => ChatDeactivated(ChatDeactivatedPayload),
                "chat_properties_deleted" => ChatPropertiesDeleted(ChatPropertiesDeletedPayload),
                "chat_properties_updated" => ChatPropertiesUpdated(ChatPropertiesUpdatedPayload),
                "chat_transferred" => ChatTransferred(ChatTransferredPayload),
                "customer_disconnected" => CustomerDisconnected(DisconnectedPayload),
                "customer_side_storage_updated" => CustomerSideStorageUpdated(CustomerSideStorageUpdatedPayload),
                "customer_updated" => CustomerUpdated(CustomerUpdate),
                "event_deleted" => EventDeleted(EventDeletedPayload),
                "event_properties_deleted" => EventPropertiesDeleted(EventPropertiesDeletedPayload),
                "event_properties_updated" => EventPropertiesUpdated(EventPropertiesUpdatedPayload),
                "event_updated" => EventUpdated(EventPayload),
                "events_marked_as_seen" => EventsMarkedAsSeen(EventsMarkedAsSeenPayload),
                "greeting_accepted" => GreetingAccepted(GreetingIdPayload),
                "greeting_canceled" => GreetingCanceled(GreetingIdPayload),
                "groups_status_updated" => GroupsStatusUpdated(CustomerGroupsStatusUpdatedPayload),
                "incoming_chat" => IncomingChat(IncomingChatPayload),
                "incoming_event" => IncomingEvent(EventPayload),
                "incoming_event_preview" => IncomingEventPreview(EventPreviewPayload),
                "incoming_greeting" => IncomingGreeting(IncomingGreetingPayload),
                "incoming_multicast" => IncomingMulticast(CustomerMulticastPayload),
                "incoming_rich_message_postback" => IncomingRichMessagePostback(IncomingRichMessagePostbackPayload),
                "incoming_thinking_indicator" => IncomingThinkingIndicator(ThinkingIndicatorPayload),
                "incoming_typing_indicator" => IncomingTypingIndicator(CustomerTypingIndicatorPayload),
                "incoming_welcome_message" => IncomingWelcomeMessage(WelcomeMessagePayload),
                "queue_position_updated" => QueuePositionUpdated(QueuePosition),
                "thread_properties_deleted" => ThreadPropertiesDeleted(ThreadPropertiesDeletedPayload),
                "thread_properties_updated" => ThreadPropertiesUpdated(ThreadPropertiesUpdatedPayload),
                "user_added_to_chat" => UserAddedToChat(UserAddedToChatPayload),
                "user_removed_from_chat" => UserRemovedFromChat(UserRemovedFromChatPayload),
            }
        }
    };
}

use super::gate::Channel;
use super::version::ApiVersion;

/// One push action of one version and API. (Its payload type is the model's business: a
/// string of it here would cost the wasm a pointer per push and version.)
#[derive(Clone, Copy, Debug)]
pub struct PushRow {
    pub name: &'static str,
}

/// One version's pushes, per API.
#[derive(Clone, Copy, Debug)]
pub struct PushVersion {
    pub version: ApiVersion,
    pub agent: &'static [PushRow],
    pub customer: &'static [PushRow],
}

macro_rules! push_data {
    ($(
        $v:ident $agent_union:ident $customer_union:ident
        agent { $($a:literal => $av:ident($ap:ty)),* $(,)? }
        customer { $($c:literal => $cv:ident($cp:ty)),* $(,)? }
    )*) => {
        /// Every version that has pushes, oldest first.
        pub const PUSHES: &[PushVersion] = &[$(PushVersion {
            version: ApiVersion::$v,
            agent: &[$(PushRow { name: $a }),*],
            customer: &[$(PushRow { name: $c }),*],
        }),*];
    };
}

push_table!(push_data);

/// Customer Chat API pushes that LiveChat documents as whole frames without `version`, even on
/// the 3.3+ pages whose general push format has it (`livechat-rtm-pushes.md` §1.1, §6 P2): their
/// frames are taken without it silently; any other 3.3+ frame without it gets a warning.
pub const UNVERSIONED_CUSTOMER_PUSHES: &[&str] = &[
    "incoming_greeting",
    "greeting_accepted",
    "greeting_canceled",
    "queue_position_updated",
    "incoming_welcome_message",
];

/// The pushes of `version` in the API read by `channel` (none for webhooks, or 3.1).
pub fn push_rows(version: ApiVersion, channel: Channel) -> &'static [PushRow] {
    let Some(row) = PUSHES.iter().find(|r| r.version == version) else {
        return &[];
    };
    match channel {
        Channel::AgentPush => row.agent,
        Channel::CustomerPush => row.customer,
        Channel::Webhook | Channel::AppWebhook => &[],
    }
}

/// Where `action` stands among `version`'s pushes of `channel`.
pub fn push_index(version: ApiVersion, channel: Channel, action: &[u8]) -> Option<usize> {
    push_rows(version, channel)
        .iter()
        .position(|r| r.name.as_bytes() == action)
}

/// The versions that have pushes.
pub fn push_versions() -> impl DoubleEndedIterator<Item = ApiVersion> {
    PUSHES.iter().map(|r| r.version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_match_the_reference_pages() {
        // livechat-rtm-pushes.md §5.1: distinct push actions on each page.
        let agent: Vec<usize> = PUSHES.iter().map(|r| r.agent.len()).collect();
        let customer: Vec<usize> = PUSHES.iter().map(|r| r.customer.len()).collect();
        assert_eq!(agent, [32, 34, 50, 52, 62, 65]);
        assert_eq!(customer, [24, 24, 24, 25, 29, 29]);
    }

    #[test]
    fn every_push_version_is_a_row_of_the_version_table() {
        let last = PUSHES.last().unwrap().version;
        assert_eq!(last, ApiVersion::NEWEST);
        for r in PUSHES {
            let mut names: Vec<_> = r
                .agent
                .iter()
                .chain(r.customer.iter())
                .map(|p| p.name)
                .collect();
            let n = names.len();
            names.sort_unstable();
            names.dedup();
            assert!(names.len() <= n);
        }
    }
}

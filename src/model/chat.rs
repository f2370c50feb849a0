//! The chat and its thread, as `incoming_chat` (API 3.2+) and `incoming_chat_thread` (3.1) carry
//! them. The thread changed shape in 3.2 (`created_at` instead of `timestamp` + `order`, and
//! `restricted_access` became a reason string), so each era has its own `Chat` and `Thread`.

use super::common::{Access, Properties, Timestamp};
use super::events::{Event, ThreadEvent};
use super::users::{Geolocation, User};
use livechat_webhooks_derive::model;

/// A chat with the single thread the webhook is about (API 3.2 and later).
#[model]
pub struct Chat {
    pub id: String,
    pub users: Vec<User>,
    pub properties: Option<Properties>,
    pub access: Option<Access>,
    pub thread: Thread,
    /// Where a transferred chat came from: here in the Customer Chat API's `incoming_chat` push
    /// (the Agent Chat API's push has it beside `chat`; `livechat-rtm-pushes.md` §6 P3).
    #[check(only_in = "customer")]
    pub transferred_from: Option<super::common::TransferTarget>,
}

/// A thread (API 3.2 and later).
#[model]
pub struct Thread {
    pub id: String,
    pub active: bool,
    pub user_ids: Vec<String>,
    pub created_at: Timestamp,
    /// Left out when `restricted_access` says why the events cannot be shown.
    pub events: Option<Vec<ThreadEvent>>,
    /// Why the thread's events are hidden (e.g. the plan's archive limit).
    pub restricted_access: Option<String>,
    pub properties: Option<Properties>,
    pub access: Option<Access>,
    /// Only when the thread is tagged.
    pub tags: Option<Vec<String>>,
    /// Only while the chat waits in the queue.
    pub queue: Option<Queue>,
    /// Seconds the thread spent queued.
    pub queues_duration: Option<i64>,
    pub previous_thread_id: Option<String>,
    pub next_thread_id: Option<String>,
    /// API 3.4 and later (documented for archive lists).
    #[check(since = "3.4")]
    pub previous_accessible_thread_id: Option<String>,
    /// API 3.4 and later (documented for archive lists).
    #[check(since = "3.4")]
    pub next_accessible_thread_id: Option<String>,
    /// API 3.6 and later: where the customer came from.
    #[check(since = "3.6")]
    pub customer_visit: Option<CustomerVisit>,
    /// API 3.6 and later: the AI summary of the thread.
    #[check(since = "3.6")]
    pub summary: Option<ThreadSummary>,
}

/// A queued chat's place in the queue.
#[model]
pub struct Queue {
    pub position: i64,
    /// Approximate seconds.
    pub wait_time: i64,
    pub queued_at: Option<Timestamp>,
}

/// The visit that started the thread (API 3.6).
#[model]
pub struct CustomerVisit {
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub geolocation: Option<Geolocation>,
}

/// An AI summary of a thread (API 3.6).
#[model]
pub struct ThreadSummary {
    /// `ok` or `error` in the system-activity reference; kept open.
    pub status: String,
    /// May hold newlines and bullets.
    pub text: String,
    pub updated_at: Timestamp,
}

/// A chat with the single thread the webhook is about (API 3.1).
#[model]
pub struct ChatV3_1 {
    pub id: String,
    /// In the seed and the Customer Chat API push; absent from Agent API webhooks.
    pub order: Option<i64>,
    pub users: Vec<User>,
    pub properties: Option<Properties>,
    pub access: Option<Access>,
    pub thread: ThreadV3_1,
}

/// A thread (API 3.1).
#[model]
pub struct ThreadV3_1 {
    pub id: String,
    /// Unix seconds.
    pub timestamp: i64,
    pub active: bool,
    pub user_ids: Vec<String>,
    /// When true, `events` is left out. (A string from API 3.2 on.)
    pub restricted_access: Option<bool>,
    pub events: Option<Vec<Event>>,
    pub order: i64,
    pub properties: Option<Properties>,
    pub access: Option<Access>,
    /// Only when the thread is tagged.
    pub tags: Option<Vec<String>>,
}

//! Payloads of configuration webhooks (API 3.4 and later): agents, bots, groups, tags and
//! auto-access rules changed through the Configuration API or the agent app.
//!
//! `*_created` carry the whole object; `*_updated` the id and what changed, so their other
//! members are optional. LiveChat says created objects are complete "including empty fields",
//! yet its samples leave many out: only the members every sample has are required.

use super::common::Timestamp;
use livechat_webhooks_derive::model;
use std::collections::BTreeMap;

/// An agent's role in the license.
#[model]
#[serde(rename_all = "snake_case")]
pub enum AgentRole {
    Owner,
    Viceowner,
    Administrator,
    Normal,
}

/// An agent's or bot's priority in a group's routing.
#[model]
#[serde(rename_all = "snake_case")]
pub enum GroupPriority {
    First,
    Normal,
    Last,
    Supervisor,
}

/// An agent's or bot's membership of a group.
#[model]
pub struct GroupMembership {
    pub id: i64,
    pub priority: GroupPriority,
}

/// When an agent or bot works: by weekday (API 3.4), or a time zone and a list of ranges (3.5+).
#[model]
#[serde(untagged)]
pub enum WorkScheduler {
    #[check(since = "3.5")]
    Schedule(WorkSchedule),
    #[check(otherwise)]
    Weekly(BTreeMap<String, WorkHours>),
}

/// API 3.5+: several ranges per day are allowed. The Create Agent reference requires `timezone`
/// only when `schedule` is not empty (issue 17).
#[model]
pub struct WorkSchedule {
    #[check(required_unless_empty = "schedule")]
    pub timezone: Option<String>,
    pub schedule: Vec<WorkRange>,
}

/// One working period of a day in an agent's work scheduler.
#[model]
pub struct WorkRange {
    /// `monday` … `sunday`.
    pub day: String,
    pub enabled: bool,
    /// `HH:MM`.
    pub start: String,
    pub end: String,
}

/// API 3.4: one range per weekday.
#[model]
pub struct WorkHours {
    pub start: String,
    pub end: String,
}

/// `agent_created`: the new agent.
#[model]
pub struct AgentCreatedPayload {
    /// The agent's e-mail address.
    pub id: String,
    pub name: String,
    pub role: Option<AgentRole>,
    pub awaiting_approval: Option<bool>,
    pub avatar: Option<String>,
    /// `accepting chats` or `not accepting chats`.
    pub login_status: Option<String>,
    pub job_title: Option<String>,
    pub mobile: Option<String>,
    pub max_chats_count: Option<i64>,
    pub groups: Option<Vec<GroupMembership>>,
    /// `new_visitor`, `incoming_chat`, ... (an open set).
    pub notifications: Option<Vec<String>>,
    /// `daily_summary`, `weekly_summary`.
    pub email_subscriptions: Option<Vec<String>>,
    pub work_scheduler: Option<WorkScheduler>,
}

/// `agent_updated`: the agent's id and what changed.
#[model]
pub struct AgentUpdatedPayload {
    pub id: String,
    pub name: Option<String>,
    pub role: Option<AgentRole>,
    pub awaiting_approval: Option<bool>,
    pub avatar: Option<String>,
    pub login_status: Option<String>,
    pub job_title: Option<String>,
    pub mobile: Option<String>,
    pub max_chats_count: Option<i64>,
    pub groups: Option<Vec<GroupMembership>>,
    pub notifications: Option<Vec<String>>,
    pub email_subscriptions: Option<Vec<String>>,
    pub work_scheduler: Option<WorkScheduler>,
}

/// `bot_created`: the new bot.
#[model]
pub struct BotCreatedPayload {
    /// 32 hex digits.
    pub id: String,
    pub name: String,
    pub avatar: Option<String>,
    pub max_chats_count: Option<i64>,
    pub default_group_priority: Option<GroupPriority>,
    pub groups: Option<Vec<GroupMembership>>,
    pub work_scheduler: Option<WorkScheduler>,
    pub timezone: Option<String>,
    /// The client id of the app that owns the bot.
    pub owner_client_id: Option<String>,
    pub job_title: Option<String>,
    /// API 3.6 and later: `chatbot` by default.
    #[serde(rename = "type")]
    #[check(since = "3.6")]
    pub kind: Option<String>,
}

/// `bot_updated`: the bot's id and what changed.
#[model]
pub struct BotUpdatedPayload {
    pub id: String,
    pub name: Option<String>,
    pub avatar: Option<String>,
    pub max_chats_count: Option<i64>,
    pub default_group_priority: Option<GroupPriority>,
    pub groups: Option<Vec<GroupMembership>>,
    pub work_scheduler: Option<WorkScheduler>,
    pub timezone: Option<String>,
    pub owner_client_id: Option<String>,
    pub job_title: Option<String>,
    /// API 3.6 and later.
    #[serde(rename = "type")]
    #[check(since = "3.6")]
    pub kind: Option<String>,
}

/// `group_created`: the new group.
#[model]
pub struct GroupCreatedPayload {
    pub id: i64,
    /// At most 180 characters.
    #[check(max_chars = 180)]
    pub name: String,
    pub language_code: Option<String>,
    /// Agent id → its priority in the group.
    pub agent_priorities: Option<BTreeMap<String, GroupPriority>>,
}

/// `group_updated`: the group's id and what changed.
#[model]
pub struct GroupUpdatedPayload {
    pub id: i64,
    #[check(max_chars = 180)]
    pub name: Option<String>,
    pub language_code: Option<String>,
    pub agent_priorities: Option<BTreeMap<String, GroupPriority>>,
}

/// `group_deleted`: groups are numbered.
#[model]
pub struct GroupDeletedPayload {
    pub id: i64,
}

/// `tag_created` (API 3.5+). Tags are known by their name.
#[model]
pub struct TagCreatedPayload {
    pub name: String,
    /// Empty for a tag of every group.
    pub group_ids: Vec<i64>,
    pub created_at: Timestamp,
    /// Empty for system tags.
    pub author_id: String,
}

/// `tag_updated` (API 3.5+).
#[model]
pub struct TagUpdatedPayload {
    pub name: String,
    pub group_ids: Vec<i64>,
    pub created_at: Option<Timestamp>,
    pub author_id: Option<String>,
}

/// `tag_deleted` (API 3.5+).
#[model]
pub struct TagDeletedPayload {
    pub name: String,
}

/// `auto_access_added` (API 3.4): a rule that gives groups access to chats by where the
/// customer is.
#[model]
pub struct AutoAccessAddedPayload {
    pub id: String,
    pub description: Option<String>,
    pub access: AutoAccessGroups,
    pub conditions: AutoAccessConditions,
    /// The following rule; empty or absent for the last.
    pub next_id: Option<String>,
}

/// `auto_access_updated` (API 3.4): the rule's id and what changed.
#[model]
pub struct AutoAccessUpdatedPayload {
    pub id: String,
    pub description: Option<String>,
    pub access: Option<AutoAccessGroups>,
    pub conditions: Option<AutoAccessConditions>,
    pub next_id: Option<String>,
}

/// One rule touched by an auto-access change (the array payload of `auto_accesses_updated`,
/// API 3.5+): whole when `added`, what changed when `updated`, the id alone when `deleted`.
#[model]
pub struct AutoAccessChange {
    pub id: String,
    pub status: AutoAccessStatus,
    pub description: Option<String>,
    pub access: Option<AutoAccessGroups>,
    pub conditions: Option<AutoAccessConditions>,
    pub next_id: Option<String>,
}

/// What happened to an auto-access rule (`auto_accesses_updated`, API 3.5).
#[model]
#[serde(rename_all = "snake_case")]
pub enum AutoAccessStatus {
    Added,
    Updated,
    Deleted,
}

/// Note `groups`: chat access elsewhere says `group_ids`.
#[model]
pub struct AutoAccessGroups {
    pub groups: Vec<i64>,
}

/// Where the customer must be for the rule to apply (at least one condition).
#[model]
pub struct AutoAccessConditions {
    pub url: Option<MatchList>,
    pub domain: Option<MatchList>,
    pub geolocation: Option<GeolocationCondition>,
}

/// The values an auto-access condition matches, and whether they include or exclude.
#[model]
pub struct MatchList {
    pub values: Option<Vec<Match>>,
    pub exclude_values: Option<Vec<Match>>,
}

/// One value an auto-access condition compares with, and how.
#[model]
pub struct Match {
    pub value: String,
    pub exact_match: Option<bool>,
}

/// An auto-access condition on the customer's location.
#[model]
pub struct GeolocationCondition {
    pub values: Vec<GeolocationMatch>,
}

/// Every member given must match.
#[model]
pub struct GeolocationMatch {
    pub country: Option<String>,
    pub country_code: Option<String>,
    pub region: Option<String>,
    pub city: Option<String>,
}

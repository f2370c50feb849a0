//! Payloads of configuration webhooks (API 3.4 and later): agents, bots, groups, tags and
//! auto-access rules changed through the Configuration API or the agent app.
//!
//! `*_created` carry the whole object; `*_updated` the id and what changed, so their other
//! members are optional. LiveChat says created objects are complete "including empty fields",
//! yet its samples leave many out: only the members every sample has are required.

use super::common::{JsonObject, Timestamp};
use super::gate::since;
use crate::options::ApiVersion::*;
use crate::validate::check::Check;
use crate::validate::cx::{Cx, R};
use crate::validate::limits::MaxChars;
use std::collections::BTreeMap;

string_enum! {
    pub enum AgentRole {
        Owner = "owner",
        Viceowner = "viceowner",
        Administrator = "administrator",
        Normal = "normal",
    }
}

string_enum! {
    /// An agent's or bot's priority in a group's routing.
    pub enum GroupPriority {
        First = "first",
        Normal = "normal",
        Last = "last",
        Supervisor = "supervisor",
    }
}

payload!(
    /// An agent's or bot's membership of a group.
    GroupMembership { id: i64, priority: GroupPriority }
);

/// When an agent or bot works: by weekday (API 3.4), or a time zone and a list of ranges (3.5+).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum WorkScheduler {
    Schedule(WorkSchedule),
    Weekly(BTreeMap<String, WorkHours>),
}

impl Check for WorkScheduler {
    fn check(cx: &mut Cx) -> R {
        if cx.version >= V3_5 {
            WorkSchedule::check(cx)
        } else {
            BTreeMap::<String, WorkHours>::check(cx)
        }
    }
}

payload!(
    /// API 3.5+: several ranges per day are allowed.
    WorkSchedule { timezone: String, schedule: Vec<WorkRange> }
);

payload!(WorkRange {
    /// `monday` … `sunday`.
    day: String,
    enabled: bool,
    /// `HH:MM`.
    start: String,
    end: String,
});

payload!(
    /// API 3.4: one range per weekday.
    WorkHours { start: String, end: String }
);

payload!(
    /// `agent_created`: the new agent.
    AgentCreatedPayload {
        /// The agent's e-mail address.
        id: String,
        name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<AgentRole>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        awaiting_approval: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        avatar: Option<String>,
        /// `accepting chats` or `not accepting chats`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        login_status: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        job_title: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        mobile: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_chats_count: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        groups: Option<Vec<GroupMembership>>,
        /// `new_visitor`, `incoming_chat`, ... (an open set).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        notifications: Option<Vec<String>>,
        /// `daily_summary`, `weekly_summary`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        email_subscriptions: Option<Vec<String>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        work_scheduler: Option<WorkScheduler>,
    }
);

payload!(
    /// `agent_updated`: the agent's id and what changed.
    AgentUpdatedPayload {
        id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<AgentRole>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        awaiting_approval: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        avatar: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        login_status: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        job_title: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        mobile: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_chats_count: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        groups: Option<Vec<GroupMembership>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        notifications: Option<Vec<String>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        email_subscriptions: Option<Vec<String>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        work_scheduler: Option<WorkScheduler>,
    }
);

payload!(
    /// `bot_created`: the new bot.
    BotCreatedPayload {
        /// 32 hex digits.
        id: String,
        name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        avatar: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_chats_count: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        default_group_priority: Option<GroupPriority>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        groups: Option<Vec<GroupMembership>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        work_scheduler: Option<WorkScheduler>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        timezone: Option<String>,
        /// The client id of the app that owns the bot.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        owner_client_id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        job_title: Option<String>,
        /// API 3.6 and later: `chatbot` by default.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        kind: Option<String> => since(V3_6),
    }
);

/// `bot_updated`: the bot's id and what changed.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BotUpdatedPayload {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_chats_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_group_priority: Option<GroupPriority>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<GroupMembership>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_scheduler: Option<WorkScheduler>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    /// API 3.6 and later.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(BotUpdatedPayload {
    id,
    name,
    avatar,
    max_chats_count,
    default_group_priority,
    groups,
    work_scheduler,
    timezone,
    owner_client_id,
    job_title,
    kind as "type" @ since(V3_6),
});

payload!(
    /// `group_created`: the new group.
    GroupCreatedPayload {
        id: i64,
        /// At most 180 characters.
        name: String [MaxChars<180>],
        #[serde(default, skip_serializing_if = "Option::is_none")]
        language_code: Option<String>,
        /// Agent id → its priority in the group.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        agent_priorities: Option<BTreeMap<String, GroupPriority>>,
    }
);

payload!(
    /// `group_updated`: the group's id and what changed.
    GroupUpdatedPayload {
        id: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String> [MaxChars<180>],
        #[serde(default, skip_serializing_if = "Option::is_none")]
        language_code: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        agent_priorities: Option<BTreeMap<String, GroupPriority>>,
    }
);

payload!(
    /// `group_deleted`: groups are numbered.
    GroupDeletedPayload { id: i64 }
);

payload!(
    /// `tag_created` (API 3.5+). Tags are known by their name.
    TagCreatedPayload {
        name: String,
        /// Empty for a tag of every group.
        group_ids: Vec<i64>,
        created_at: Timestamp,
        /// Empty for system tags.
        author_id: String,
    }
);

payload!(
    /// `tag_updated` (API 3.5+).
    TagUpdatedPayload {
        name: String,
        group_ids: Vec<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        created_at: Option<Timestamp>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        author_id: Option<String>,
    }
);

payload!(
    /// `tag_deleted` (API 3.5+).
    TagDeletedPayload { name: String }
);

payload!(
    /// `auto_access_added` (API 3.4): a rule that gives groups access to chats by where the
    /// customer is.
    AutoAccessAddedPayload {
        id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        access: AutoAccessGroups,
        conditions: AutoAccessConditions,
        /// The following rule; empty or absent for the last.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        next_id: Option<String>,
    }
);

payload!(
    /// `auto_access_updated` (API 3.4): the rule's id and what changed.
    AutoAccessUpdatedPayload {
        id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        access: Option<AutoAccessGroups>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        conditions: Option<AutoAccessConditions>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        next_id: Option<String>,
    }
);

payload!(
    /// One rule touched by an auto-access change (the array payload of `auto_accesses_updated`,
    /// API 3.5+): whole when `added`, what changed when `updated`, the id alone when `deleted`.
    AutoAccessChange {
        id: String,
        status: AutoAccessStatus,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        access: Option<AutoAccessGroups>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        conditions: Option<AutoAccessConditions>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        next_id: Option<String>,
    }
);

string_enum! {
    pub enum AutoAccessStatus { Added = "added", Updated = "updated", Deleted = "deleted" }
}

payload!(
    /// Note `groups`: chat access elsewhere says `group_ids`.
    AutoAccessGroups { groups: Vec<i64> }
);

payload!(
    /// Where the customer must be for the rule to apply (at least one condition).
    AutoAccessConditions {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        url: Option<MatchList>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        domain: Option<MatchList>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        geolocation: Option<GeolocationCondition>,
    }
);

payload!(MatchList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    values: Option<Vec<Match>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exclude_values: Option<Vec<Match>>,
});

payload!(Match {
    value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exact_match: Option<bool>,
});

payload!(GeolocationCondition {
    values: Vec<GeolocationMatch>
});

payload!(
    /// Every member given must match.
    GeolocationMatch {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        country: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        country_code: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        region: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        city: Option<String>,
    }
);

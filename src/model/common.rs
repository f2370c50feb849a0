//! Small structures shared across payloads: timestamps, properties, access.

use livechat_webhooks_derive::model;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// An RFC 3339 date-time, kept as the string LiveChat sent (e.g. `2019-10-11T09:40:59.219001Z`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Timestamp(
    #[cfg_attr(feature = "schema", schemars(extend("format" = "date-time")))] pub String,
);

/// Any JSON object, kept as sent.
// How the model's scalar newtypes read: a date-time string, and any JSON number kept exactly.
// Written here rather than derived because each is one call to what the checker offers.
impl crate::checker::check::Check for Timestamp {
    fn check(cx: &mut crate::checker::check::Cx) -> crate::checker::check::R {
        crate::checker::check::date_time(cx)
    }
}

pub type JsonObject = serde_json::Map<String, serde_json::Value>;

/// A property value: a bare scalar, or wrapped as `{"value": scalar}` (both appear in API 3.1).
#[model]
#[serde(untagged)]
#[check(expected = "a string, number, boolean, or {\"value\": scalar}")]
pub enum PropertyValue {
    #[check(kind = "string | number | bool")]
    Scalar(Scalar),
    #[check(kind = "object")]
    Wrapped(WrappedValue),
}

/// `{"value": scalar}`, the wrapped property shape of the 3.1 data-structure pages.
#[model]
pub struct WrappedValue {
    pub value: Scalar,
}

/// A JSON scalar as property values carry them.
#[model]
#[serde(untagged)]
#[check(expected = "a string, number or boolean")]
pub enum Scalar {
    #[check(kind = "bool")]
    Bool(bool),
    // Checked as `Float`, which takes every number (an integer check would refuse `1.5`).
    #[check(skip)]
    Integer(i64),
    #[check(kind = "number")]
    Float(f64),
    #[check(kind = "string")]
    String(String),
}

/// Properties: namespace → property name → value.
#[model]
#[derive(Default)]
#[serde(transparent)]
pub struct Properties(pub BTreeMap<String, BTreeMap<String, PropertyValue>>);

/// Deleted properties: namespace → names of the deleted properties.
#[model]
#[derive(Default)]
#[serde(transparent)]
pub struct DeletedProperties(pub BTreeMap<String, Vec<String>>);

/// Which agent groups can see a chat; group 0 means every agent.
#[model]
pub struct Access {
    pub group_ids: Vec<i64>,
}

/// Who sees an event.
#[model]
#[serde(rename_all = "snake_case")]
pub enum Recipients {
    All,
    Agents,
}

/// The kind of user a payload is about.
#[model]
#[serde(rename_all = "snake_case")]
pub enum UserType {
    Agent,
    Customer,
}

/// Who sees an event or an agent (`recipients` before API 3.4).
#[model]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    All,
    Agents,
}

/// An id LiveChat writes as a string in one sample and as a number in another.
#[model]
#[serde(untagged)]
#[check(expected = "a string or an integer")]
pub enum StringOrInt {
    #[check(kind = "string")]
    String(String),
    #[check(kind = "number")]
    Int(i64),
}

/// A range of transferred-to targets: groups, agents, or both.
#[model]
pub struct TransferTarget {
    pub group_ids: Option<Vec<i64>>,
    pub agent_ids: Option<Vec<String>>,
}

/// A number as LiveChat wrote it (a price, a quantity): integer or decimal, kept exactly, so that
/// `1` does not come back as `1.0`. Not a `#[model]`: its JSON Schema is its own, and its check
/// (any number) is the checker's, as for `Timestamp`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Decimal(pub serde_json::Number);

impl crate::checker::check::Check for Decimal {
    fn check(cx: &mut crate::checker::check::Cx) -> crate::checker::check::R {
        <f64 as crate::checker::check::Check>::check(cx)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Decimal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "number",
            "description": "A number as LiveChat wrote it (a price, a quantity): integer or decimal."
        })
    }
}

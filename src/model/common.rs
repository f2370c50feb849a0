//! Small structures shared across payloads: timestamps, properties, access.

use crate::validate::check::Check;
use crate::validate::cx::{Cx, Kind, R};
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
pub type JsonObject = serde_json::Map<String, serde_json::Value>;

/// A property value: a bare scalar, or wrapped as `{"value": scalar}` (both appear in API 3.1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum PropertyValue {
    Scalar(Scalar),
    Wrapped(WrappedValue),
}

/// `{"value": scalar}`, the wrapped property shape of the 3.1 data-structure pages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WrappedValue {
    pub value: Scalar,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(WrappedValue { value });

/// A JSON scalar as property values carry them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Scalar {
    Bool(bool),
    Integer(i64),
    Float(f64),
    String(String),
}

impl Check for Scalar {
    fn check(cx: &mut Cx) -> R {
        match cx.peek()? {
            Kind::String => cx.string().map(|_| ()),
            Kind::Number => cx.number().map(|_| ()),
            Kind::Bool => cx.literal().map(|_| ()),
            k => cx.wrong_type(k, "a string, number or boolean"),
        }
    }
}

impl Check for PropertyValue {
    fn check(cx: &mut Cx) -> R {
        match cx.peek()? {
            Kind::Object => WrappedValue::check(cx),
            Kind::String | Kind::Number | Kind::Bool => Scalar::check(cx),
            k => cx.wrong_type(k, "a string, number, boolean, or {\"value\": scalar}"),
        }
    }
}

/// Properties: namespace → property name → value.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Properties(pub BTreeMap<String, BTreeMap<String, PropertyValue>>);

impl Check for Properties {
    fn check(cx: &mut Cx) -> R {
        BTreeMap::<String, BTreeMap<String, PropertyValue>>::check(cx)
    }
}

/// Deleted properties: namespace → names of the deleted properties.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct DeletedProperties(pub BTreeMap<String, Vec<String>>);

impl Check for DeletedProperties {
    fn check(cx: &mut Cx) -> R {
        BTreeMap::<String, Vec<String>>::check(cx)
    }
}

/// Which agent groups can see a chat; group 0 means every agent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Access {
    pub group_ids: Vec<i64>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(Access { group_ids });

string_enum! {
    /// Who sees an event.
    pub enum Recipients { All = "all", Agents = "agents" }
}

string_enum! {
    /// The kind of user a payload is about.
    pub enum UserType { Agent = "agent", Customer = "customer" }
}

string_enum! {
    /// Who sees an event or an agent (`recipients` before API 3.4).
    pub enum Visibility { All = "all", Agents = "agents" }
}

/// An id LiveChat writes as a string in one sample and as a number in another.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum StringOrInt {
    String(String),
    Int(i64),
}

impl Check for StringOrInt {
    fn check(cx: &mut Cx) -> R {
        match cx.peek()? {
            Kind::String => String::check(cx),
            Kind::Number => i64::check(cx),
            k => cx.wrong_type(k, "a string or an integer"),
        }
    }
}

/// A range of transferred-to targets: groups, agents, or both.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TransferTarget {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_ids: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_ids: Option<Vec<String>>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(TransferTarget {
    group_ids,
    agent_ids
});

/// A number as LiveChat wrote it (a price, a quantity): integer or decimal, kept exactly, so that
/// `1` does not come back as `1.0`.
/// (Its TypeScript, `number`, is declared in `src/wasm/api_types.rs`.)
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Decimal(pub serde_json::Number);

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Decimal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "number" })
    }
}

impl Check for Decimal {
    fn check(cx: &mut Cx) -> R {
        f64::check(cx)
    }
}

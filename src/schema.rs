//! The JSON Schema of the model (feature `schema`), for tools that speak JSON Schema.
//!
//! It comes from the same serde types as the validator's checks and the TypeScript. One
//! adjustments, so that the schema states the validator's rules: schemars writes `Option<T>`
//! fields as "T or null", while LiveChat leaves optional fields out and the validator rejects
//! `null` in them; and integers are limited to JavaScript's exact range, not to 64 bits.

use crate::json::number::MAX_SAFE_INTEGER;
use schemars::transform::{transform_subschemas, Transform};
use schemars::Schema;
use serde_json::Value;

/// The JSON Schema (draft 2020-12) of the latest version's webhooks.
pub fn webhook_schema() -> Schema {
    webhook_schema_for(crate::options::ApiVersion::LATEST)
}

/// The JSON Schema (draft 2020-12) of one version's webhooks: structures shared by several
/// versions keep only the members, values and variants this version has (`schema_gates`).
pub fn webhook_schema_for(version: crate::options::ApiVersion) -> Schema {
    let generator = schemars::generate::SchemaSettings::draft2020_12()
        .with_transform(ValidatorRules)
        .into_generator();
    let schema = root_schema(generator, version);
    let mut value = schema.to_value();
    crate::schema_gates::apply(&mut value, version);
    Schema::try_from(value).expect("the gated schema is still an object")
}

/// Reads the version table into `root_schema`: each version's union as a root schema.
macro_rules! root_schemas {
    ($($v:ident $name:literal $status:ident $union:ident $doc:literal $rest:tt)*) => {
        fn root_schema(generator: schemars::SchemaGenerator, version: crate::options::ApiVersion) -> Schema {
            match version {
                $(crate::options::ApiVersion::$v => {
                    generator.into_root_schema_for::<crate::model::$union>()
                })*
            }
        }
    };
}

api_table!(root_schemas);

/// The JSON Schema of the app webhooks (Developer Console): one schema, no versions.
pub fn app_webhook_schema() -> Schema {
    let generator = schemars::generate::SchemaSettings::draft2020_12()
        .with_transform(ValidatorRules)
        .into_generator();
    generator.into_root_schema_for::<crate::model::AppWebhook>()
}

/// The JSON Schema of the RTM pushes of `channel`'s API in `version` (none for a version without
/// pushes), with the version's gates applied.
pub fn push_schema_for(
    version: crate::options::ApiVersion,
    channel: crate::api::Channel,
) -> Option<Schema> {
    let generator = schemars::generate::SchemaSettings::draft2020_12()
        .with_transform(ValidatorRules)
        .into_generator();
    let schema = push_root_schema(generator, version, channel)?;
    let mut value = schema.to_value();
    crate::schema_gates::apply_in(&mut value, version, channel);
    Some(Schema::try_from(value).expect("the gated schema is still an object"))
}

macro_rules! push_root_schemas {
    ($(
        $v:ident $agent_union:ident $customer_union:ident
        agent { $($a:literal => $av:ident($ap:ty)),* $(,)? }
        customer { $($c:literal => $cv:ident($cp:ty)),* $(,)? }
    )*) => {
        fn push_root_schema(
            generator: schemars::SchemaGenerator,
            version: crate::options::ApiVersion,
            channel: crate::api::Channel,
        ) -> Option<Schema> {
            use crate::api::Channel;
            match (version, channel) {
                $(
                    (crate::options::ApiVersion::$v, Channel::AgentPush) =>
                        Some(generator.into_root_schema_for::<crate::model::$agent_union>()),
                    (crate::options::ApiVersion::$v, Channel::CustomerPush) =>
                        Some(generator.into_root_schema_for::<crate::model::$customer_union>()),
                )*
                _ => None,
            }
        }
    };
}

push_table!(push_root_schemas);

#[derive(Clone)]
struct ValidatorRules;

impl Transform for ValidatorRules {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(obj) = schema.as_object_mut() {
            match obj.get("format").and_then(Value::as_str) {
                Some("int64") => {
                    obj.remove("format");
                    obj.insert("minimum".into(), Value::from(-MAX_SAFE_INTEGER));
                    obj.insert("maximum".into(), Value::from(MAX_SAFE_INTEGER));
                }
                Some("double") => {
                    obj.remove("format");
                }
                _ => {}
            }
            let required: Vec<String> = obj
                .get("required")
                .and_then(Value::as_array)
                .map(|r| {
                    r.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            if let Some(Value::Object(props)) = obj.get_mut("properties") {
                for (name, prop) in props.iter_mut() {
                    if !required.contains(name) {
                        drop_null(prop);
                    }
                }
            }
        }
        transform_subschemas(self, schema);
    }
}

fn drop_null(prop: &mut Value) {
    let Some(p) = prop.as_object_mut() else {
        return;
    };
    if let Some(Value::Array(types)) = p.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types[0].clone();
            p.insert("type".into(), only);
        }
        return;
    }
    let is_null = |v: &Value| v.get("type").and_then(Value::as_str) == Some("null");
    if let Some(Value::Array(any)) = p.get_mut("anyOf") {
        any.retain(|v| !is_null(v));
        if any.len() == 1 {
            let only = any.remove(0);
            p.remove("anyOf");
            if let Value::Object(o) = only {
                for (k, v) in o {
                    p.entry(k).or_insert(v);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::webhook_schema;

    #[test]
    fn optional_fields_are_not_nullable() {
        let text = serde_json::to_string(&webhook_schema()).unwrap();
        assert!(
            !text.contains("\"null\""),
            "a null type is left in the schema"
        );
        assert!(
            !text.contains("int64"),
            "integers must be limited to ±(2^53-1)"
        );
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let thread = &v["$defs"]["ChatDeactivatedPayload"];
        assert_eq!(thread["properties"]["user_id"]["type"], "string");
        assert_eq!(
            thread["required"],
            serde_json::json!(["chat_id", "thread_id"])
        );
    }
}

/// The version gates as `schema_gates` applies them to each version's schema.
#[cfg(test)]
mod gate_tests {
    use crate::options::ApiVersion;
    use serde_json::{json, Value};

    /// Every object definition with members is gated here, or is an envelope (whose rules are
    /// per version already) or a wrapper without checks of its own.
    #[test]
    fn every_object_definition_is_listed() {
        let mut missing = Vec::new();
        for v in ApiVersion::ALL {
            let schema = super::webhook_schema_for(v).to_value();
            for (name, def) in schema["$defs"].as_object().unwrap() {
                let listed = crate::schema_gates::RECORDS.iter().any(|(n, _)| n == name);
                let envelope =
                    name.contains("Envelope") || name == "TypedCustomer" || name == "DeletedEvent";
                if def.get("properties").is_some() && !listed && !envelope {
                    missing.push(format!("{v}: {name}"));
                }
            }
        }
        assert!(missing.is_empty(), "not listed in RECORDS: {missing:?}");
    }

    #[test]
    fn gates_shape_each_version() {
        let s31 = super::webhook_schema_for(ApiVersion::V3_1).to_value();
        let s36 = super::webhook_schema_for(ApiVersion::V3_6).to_value();
        let customer31 = &s31["$defs"]["Customer"]["properties"];
        let customer36 = &s36["$defs"]["Customer"]["properties"];
        assert!(customer31.get("visit").is_none() && customer31.get("fields").is_some());
        assert!(customer36.get("visit").is_some() && customer36.get("last_visit").is_none());
        let event_tags = |s: &Value| -> Vec<String> {
            s["$defs"]["Event"]["oneOf"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|v| v["properties"]["type"]["const"].as_str().map(str::to_owned))
                .collect()
        };
        assert!(!event_tags(&s31).contains(&"system".to_string()));
        assert!(event_tags(&s36).contains(&"system".to_string()));
        assert!(s31["$defs"].get("DeletedEvent").is_none());
        // The customer that states its `type` has Customer's members of the version only.
        let typed31 = &s31["$defs"]["TypedCustomer"];
        assert!(typed31["properties"].get("phone_number").is_none());
        assert!(typed31["properties"].get("fields").is_some());
        assert_eq!(typed31["required"][0], json!("type"));
        let thread36 = s36["$defs"]["Thread"]["required"].as_array().unwrap();
        assert!(thread36.contains(&json!("created_at")));
    }
}

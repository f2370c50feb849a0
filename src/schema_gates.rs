//! Version gates in the JSON Schema (feature `schema`).
//!
//! schemars sees one Rust type per structure; the version gates of `#[model]` types say which members
//! exist and are required in each API version. Applied to one version's schema, they drop the
//! members, enum values and union variants that version does not have, require what it requires,
//! and state the "one of two fields" rules as `anyOf` of `required`. Every object definition of
//! every version's schema must be listed here (a test checks it), so a new structure cannot be
//! left out silently.

use crate::checker::record::Record;
use crate::model::gate::Gate;
use crate::model::*;
use crate::options::{ApiVersion, Channel};
use serde_json::{json, Map, Value};

/// What the gates say about one structure.
pub(crate) struct Gated {
    fields: &'static [&'static str],
    required: &'static [bool],
    gates: &'static [Gate],
    one_of: &'static [(&'static str, &'static str)],
    unless_empty: &'static [(&'static str, &'static str)],
}

const fn of<T: Record>() -> Gated {
    Gated {
        fields: T::FIELDS,
        required: T::REQUIRED,
        gates: T::GATES,
        one_of: T::ONE_OF,
        unless_empty: T::REQUIRED_UNLESS_EMPTY,
    }
}

macro_rules! records {
    ($($t:ident),* $(,)?) => {
        /// Every structure with checks, by its schema name.
        pub(crate) const RECORDS: &[(&str, Gated)] = &[$((stringify!($t), of::<$t>())),*];
    };
}

records!(
    // Pushes (issue 17): the push-only structures with version gates.
    CustomerUpdate,
    TypingIndicator,
    SneakPeek,
    IncomingGreetingPayload,
    Access,
    AccessPayload,
    ActiveChat,
    AdditionalData,
    Address,
    Agent,
    AgentCreatedPayload,
    AgentDeletedPayload,
    AgentStatusChangedPayload,
    AgentUpdatedPayload,
    AutoAccessAddedPayload,
    AutoAccessChange,
    AutoAccessConditions,
    AutoAccessGroups,
    AutoAccessUpdatedPayload,
    BotCreatedPayload,
    BotUpdatedPayload,
    Cart,
    CartItem,
    Chat,
    ChatAccessPayload,
    ChatDeactivatedPayload,
    ChatPropertiesDeletedPayload,
    ChatPropertiesUpdatedPayload,
    ChatTransferredPayload,
    ChatUserAddedPayload,
    ChatUserRemovedPayload,
    ChatV3_1,
    ChoiceAnswer,
    CustomEvent,
    Customer,
    CustomerSessionFieldsUpdatedPayload,
    CustomerVisit,
    DocumentedFormField,
    EcommerceAddon,
    EcommerceElement,
    EcommerceOption,
    EcommercePostback,
    EventDeletedPayload,
    EventPayload,
    EventPayloadV3_1,
    EventPropertiesDeletedPayload,
    EventPropertiesUpdatedPayload,
    EventsMarkedAsSeenPayload,
    FileEvent,
    FilledFormEvent,
    FollowUpRequestedPayload,
    FormEvent,
    FormDefinitionField,
    Geolocation,
    GeolocationCondition,
    GeolocationMatch,
    GroupAnswer,
    GroupCreatedPayload,
    GroupDeletedPayload,
    GroupMembership,
    GroupUpdatedPayload,
    IdPayload,
    IncomingChatPayload,
    IncomingChatThreadPayload,
    IncomingRichMessagePostbackPayload,
    LastSeenTimestampUpdatedPayload,
    Match,
    MatchList,
    MessageEvent,
    MessagePostback,
    ObservedFormField,
    Postback,
    Queue,
    Requester,
    RichMessageButton,
    RichMessageElement,
    RichMessageEvent,
    RichMessageImage,
    RoutingStatusSetPayload,
    Statistics,
    SystemEvent,
    SystemMessageEvent,
    TagCreatedPayload,
    TagDeletedPayload,
    TagUpdatedPayload,
    Thread,
    ThreadPropertiesDeletedPayload,
    ThreadPropertiesUpdatedPayload,
    ThreadSummary,
    ThreadSummarySetPayload,
    ThreadTagPayload,
    ThreadV3_1,
    Ticket,
    TransferQueue,
    TransferTarget,
    UserAddedToChatPayload,
    UserRemovedFromChatPayload,
    Visit,
    VisitedPage,
    WorkHours,
    WorkRange,
    WorkSchedule,
    WrappedCustomer,
    WrappedValue,
);

/// String enums with gated values.
const ENUMS: &[(&str, &[&str], &[Gate])] = &[
    ("TemplateId", TemplateId::NAMES, TemplateId::GATES),
    ("FormFieldType", FormFieldType::NAMES, FormFieldType::GATES),
    ("ButtonType", ButtonType::NAMES, ButtonType::GATES),
];

/// Tagged unions with gated variants: name, tag member, tags, gates.
const UNIONS: &[(&str, &str, &[&str], &[Gate])] = &[
    ("Event", "type", Event::TAGS, Event::TAG_GATES),
    ("User", "type", User::TAGS, User::TAG_GATES),
];

/// Untagged unions whose variants are chosen by version: name, gate of each variant in order
/// (schemars writes them as `anyOf` in the same order).
const UNTAGGED: &[(&str, &[Gate])] = &[("WorkScheduler", WorkScheduler::VARIANT_GATES)];

/// Structures that exist only in some versions, wherever they are referenced: a deleted event
/// exists where events have their `deleted` member.
fn types() -> [(&'static str, Gate); 1] {
    [("DeletedEvent", member_gate::<MessageEvent>("deleted"))]
}

fn member_gate<T: Record>(name: &str) -> Gate {
    let i = T::FIELDS
        .iter()
        .position(|f| *f == name)
        .unwrap_or_else(|| panic!("the model has no member {name} here"));
    T::GATES[i]
}

/// Apply `version`'s gates to the `$defs` of a root schema (of webhooks).
pub(crate) fn apply(root: &mut Value, version: ApiVersion) {
    apply_in(root, version, Channel::Webhook);
}

/// Apply `version`'s gates, as read from `ch` (pushes open some members: `open_in`, `only_in`).
pub(crate) fn apply_in(root: &mut Value, version: ApiVersion, ch: Channel) {
    let Some(defs) = root.get_mut("$defs").and_then(Value::as_object_mut) else {
        return;
    };
    for (name, g) in RECORDS {
        if let Some(Value::Object(def)) = defs.get_mut(*name) {
            gate_object(def, g, version, ch);
        }
    }
    // TypedCustomer flattens Customer, whose members schemars writes into it: they take
    // Customer's gates, and the tag stays required.
    if let Some(Value::Object(def)) = defs.get_mut("TypedCustomer") {
        gate_object(def, &of::<Customer>(), version, ch);
        if let Some(Value::Array(required)) = def.get_mut("required") {
            required.insert(0, json!("type"));
        }
    }
    for (name, names, gates) in ENUMS {
        if let Some(Value::Object(def)) = defs.get_mut(*name) {
            let keep: Vec<Value> = names
                .iter()
                .zip(gates.iter())
                .filter(|(_, g)| g.allows_in(version, ch))
                .map(|(n, _)| json!(n))
                .collect();
            filter_enum(def, &keep);
        }
    }
    for (name, tag, tags, gates) in UNIONS {
        if let Some(Value::Object(def)) = defs.get_mut(*name) {
            if let Some(Value::Array(variants)) = def.get_mut("oneOf") {
                variants.retain(|v| {
                    let t = v["properties"][*tag]["const"].as_str();
                    tags.iter()
                        .zip(gates.iter())
                        .all(|(name, g)| Some(*name) != t || g.allows_in(version, ch))
                });
            }
        }
    }
    // A deleted event keeps the type it had (system messages and events are never deleted),
    // and says `deleted: true`.
    if let Some(Value::Object(def)) = defs.get_mut("DeletedEvent") {
        let tags: Vec<Value> = Event::TAGS
            .iter()
            .zip(Event::TAG_GATES.iter())
            .filter(|(t, g)| g.allows_in(version, ch) && !t.starts_with("system"))
            .map(|(t, _)| json!(t))
            .collect();
        if let Some(Value::Object(props)) = def.get_mut("properties") {
            props.insert("type".into(), json!({ "type": "string", "enum": tags }));
            props.insert("deleted".into(), json!({ "const": true }));
        }
    }
    for (name, gates) in UNTAGGED {
        if let Some(Value::Object(def)) = defs.get_mut(*name) {
            if let Some(Value::Array(alts)) = def.get_mut("anyOf") {
                assert_eq!(alts.len(), gates.len(), "{name}: one gate per variant");
                let mut keep = gates.iter().map(|g| g.allows_in(version, ch));
                alts.retain(|_| keep.next().unwrap_or(true));
            }
        }
    }
    // The 3.4 envelope needs `organization_id` or, as the 3.4 preview sent, `license_id`.
    for (name, def) in defs.iter_mut() {
        if name.starts_with("EnvelopeV3_4") {
            if let Some(def) = def.as_object_mut() {
                let rule = json!({ "anyOf": [{ "required": ["organization_id"] }, { "required": ["license_id"] }] });
                def.insert("allOf".into(), json!([rule]));
            }
        }
    }
    for (name, gate) in types() {
        if gate.allows_in(version, ch) {
            continue;
        }
        let target = format!("#/$defs/{name}");
        for def in defs.values_mut() {
            for key in ["anyOf", "oneOf"] {
                if let Some(Value::Array(alts)) = def.get_mut(key) {
                    alts.retain(|a| a.get("$ref").and_then(Value::as_str) != Some(&target));
                }
            }
        }
        defs.remove(name);
    }
}

fn gate_object(def: &mut Map<String, Value>, g: &Gated, v: ApiVersion, ch: Channel) {
    if let Some(Value::Object(props)) = def.get_mut("properties") {
        for (i, f) in g.fields.iter().enumerate() {
            if !g.gates[i].allows_in(v, ch) {
                props.remove(*f);
            } else if g.gates[i].warns(v) {
                // Accepted with a warning: JSON Schema's word for a member to stop sending.
                if let Some(Value::Object(p)) = props.get_mut(*f) {
                    p.insert("deprecated".into(), Value::Bool(true));
                }
            }
        }
    }
    let required: Vec<Value> = g
        .fields
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            (g.required[*i] && g.gates[*i].allows_in(v, ch)) || g.gates[*i].requires_in(v, ch)
        })
        .map(|(_, f)| json!(f))
        .collect();
    def.insert("required".into(), Value::Array(required));
    let allowed = |name: &str| {
        g.fields
            .iter()
            .position(|f| *f == name)
            .is_some_and(|i| g.gates[i].allows_in(v, ch))
    };
    let mut pairs: Vec<Value> = g
        .one_of
        .iter()
        .filter(|(a, b)| allowed(a) && allowed(b))
        .map(|(a, b)| json!({ "anyOf": [{ "required": [a] }, { "required": [b] }] }))
        .collect();
    // `a` required unless `b` is absent or an empty array.
    pairs.extend(
        g.unless_empty
            .iter()
            .filter(|(a, b)| allowed(a) && allowed(b))
            .map(|(a, b)| {
                json!({ "anyOf": [
                    { "required": [a] },
                    { "not": { "required": [b] } },
                    { "properties": { *b: { "maxItems": 0 } } }
                ] })
            }),
    );
    if !pairs.is_empty() {
        def.insert("allOf".into(), Value::Array(pairs));
    }
}

fn filter_enum(def: &mut Map<String, Value>, keep: &[Value]) {
    if let Some(Value::Array(values)) = def.get_mut("enum") {
        values.retain(|x| keep.contains(x));
    }
    if let Some(Value::Array(alts)) = def.get_mut("oneOf") {
        alts.retain(|a| {
            a.get("const").is_none_or(|c| keep.contains(c))
                && a.get("enum")
                    .and_then(Value::as_array)
                    .is_none_or(|e| e.iter().all(|x| keep.contains(x)))
        });
    }
}

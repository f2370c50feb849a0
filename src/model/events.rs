//! Events of a thread, discriminated by `type`.
//!
//! One set of types serves every API version; `checks!` gates say which members exist where:
//! - 3.1: `created_at` (released) or `order` + `timestamp` (seed-era, 3.0 preview); `recipients`.
//! - 3.2: `created_at` required; `order` and `timestamp` gone.
//! - 3.3: `form` events; `alternative_text` on images; button `target`; form field `subject`.
//! - 3.4: `visibility` replaces `recipients` (the 3.4 preview still sent `recipients`, so 3.4
//!   takes either); `form_type` on forms.
//! - 3.6: `system` events; deleted events (`deleted: true`) reduced to their identity; the
//!   `ecommerce` rich-message template and postbacks.

use super::common::{JsonObject, Properties, Recipients, StringOrInt, Timestamp, Visibility};
use super::gate::{always, since, until};
use crate::options::ApiVersion::*;
use crate::validate::limits::{MaxBytes, MaxItems};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
// Decoded once per request; boxing would only complicate matching.
#[allow(clippy::large_enum_variant)]
pub enum Event {
    Message(MessageEvent),
    File(FileEvent),
    FilledForm(FilledFormEvent),
    Form(FormEvent),
    RichMessage(RichMessageEvent),
    Custom(CustomEvent),
    SystemMessage(SystemMessageEvent),
    System(SystemEvent),
}
tagged_union!(Event, "type", "event", {
    "message" => Message(MessageEvent),
    "file" => File(FileEvent),
    "filled_form" => FilledForm(FilledFormEvent),
    "form" @ since(V3_3) => Form(FormEvent),
    "rich_message" => RichMessage(RichMessageEvent),
    "custom" => Custom(CustomEvent),
    "system_message" => SystemMessage(SystemMessageEvent),
    "system" @ since(V3_6) => System(SystemEvent),
});

/// An event as threads and event webhooks carry it: whole, or (API 3.6) a deleted event reduced
/// to its identity, which `deleted: true` tells apart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum ThreadEvent {
    Event(Event),
    Deleted(DeletedEvent),
}

impl crate::validate::check::Check for ThreadEvent {
    fn check(cx: &mut crate::validate::cx::Cx) -> crate::validate::cx::R {
        // The event checks lift their requirements on a deleted stub (`deleted_stub`).
        Event::check(cx)
    }
}

/// What is left of a deleted event (API 3.6): shown to agents who may not see its content.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DeletedEvent {
    pub id: String,
    /// The type the event had.
    #[serde(rename = "type")]
    #[cfg_attr(
        feature = "wasm",
        tsify(
            type = "\"message\" | \"file\" | \"filled_form\" | \"form\" | \"rich_message\" | \"custom\""
        )
    )]
    pub kind: String,
    pub created_at: Timestamp,
    #[cfg_attr(feature = "wasm", tsify(type = "true"))]
    pub deleted: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<Visibility>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_id: Option<String>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}

/// A deleted event (API 3.6) keeps its identity and loses its content.
fn deleted_stub(cx: &crate::validate::cx::Cx, open: usize) -> bool {
    use crate::json::lookahead::{peek_key, Peek};
    cx.version >= V3_6
        && matches!(peek_key(cx.b, open, b"deleted"), Peek::Other(at) if cx.b[at..].starts_with(b"true"))
}

/// Declares an event struct: the common fields, then the type's own. Events with content say who
/// sees them (`recipients` up to 3.3, `visibility` from 3.5, either in 3.4) and may be deleted
/// stubs (API 3.6); `event!(system ...)` declares a system message or event, which may leave
/// `recipients` / `visibility` out.
macro_rules! event {
    (system $(#[$meta:meta])* $name:ident, { $($fields:tt)* }) => {
        event!(@define $(#[$meta])* $name,
            [recipients @ until(V3_4), visibility @ since(V3_4)],
            [],
            { $($fields)* });
    };
    (@define $(#[$meta:meta])* $name:ident, [$($seen:tt)*], [$($rules:tt)*],
        { $($(#[$fmeta:meta])* $field:ident : $fty:ty $([$limit:ty])? $(=> $gate:expr)?),* $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub struct $name {
            /// `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
            pub id: String,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub custom_id: Option<String>,
            /// RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub created_at: Option<Timestamp>,
            /// API 3.1, seed-era (3.0 preview) ordering number.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub order: Option<i64>,
            /// API 3.1, seed-era (3.0 preview) unix seconds.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub timestamp: Option<i64>,
            /// Who sees the event, up to API 3.4 (renamed `visibility`).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub recipients: Option<Recipients>,
            /// Who sees the event, from API 3.4.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub visibility: Option<Visibility>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub properties: Option<Properties>,
            /// API 3.6: the event was deleted.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub deleted: Option<bool>,
            $($(#[$fmeta])* pub $field: $fty,)*
            /// Members the model does not know, kept as sent (not in the TypeScript types).
            #[cfg_attr(not(feature = "wasm"), serde(flatten))]
            #[cfg_attr(feature = "wasm", serde(skip))]
            pub extra: JsonObject,
        }
        checks!($name {
            id,
            custom_id,
            created_at @ always().required_since(V3_2),
            order @ until(V3_1),
            timestamp @ until(V3_1),
            $($seen)*,
            properties,
            deleted @ since(V3_6),
            $($field $(@ $gate)? $(=> $limit)?),*
        }
        one_of(created_at, timestamp, " (API 3.1 events carry `created_at`; seed-era ones `timestamp`)")
        $($rules)*);
    };
    ($(#[$meta:meta])* $name:ident, { $($fields:tt)* }) => {
        event!(@define $(#[$meta])* $name,
            [recipients @ until(V3_4).required_until(V3_3), visibility @ since(V3_4).required_since(V3_5)],
            [one_of(visibility, recipients, " (API 3.4 events carry `visibility`; preview-era ones `recipients`)")
             waive(deleted_stub)],
            { $($fields)* });
    };
}

event!(
    /// A text message.
    MessageEvent, {
        author_id: String,
        /// At most 16 KB (UTF-8) when sent.
        text: String [MaxBytes<16384>],
        /// Set when the message came from a rich-message button.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        postback: Option<MessagePostback>,
    }
);

event!(
    /// A file sent in the chat.
    FileEvent, {
        author_id: String,
        name: String,
        url: String,
        content_type: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        size: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        width: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        height: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        thumbnail_url: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        thumbnail2x_url: Option<String>,
        /// API 3.3 and later, images only.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        alternative_text: Option<String> => since(V3_3),
    }
);

event!(
    /// A filled pre-chat, post-chat or ask-for-email form.
    FilledFormEvent, {
        author_id: String,
        /// Documented as always present; missing in captured 3.1 traffic.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        form_id: Option<String>,
        /// API 3.4 and later: `prechat`, `postchat`, `ask_for_email`, ... (an open set).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        form_type: Option<String> => since(V3_4),
        fields: Vec<FormField>,
    }
);

event!(
    /// A form sent to the customer (API 3.3 and later).
    FormEvent, {
        author_id: String,
        form_id: String,
        /// API 3.4 and later.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        form_type: Option<String> => since(V3_4),
        fields: Vec<FormDefinitionField>,
    }
);

event!(
    /// A rich message: cards, a sticker, quick replies or (API 3.6) products.
    RichMessageEvent, {
        author_id: String,
        template_id: TemplateId,
        /// At most 10.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        elements: Option<Vec<RichMessageElement>> [MaxItems<RichMessageElement, 10>],
    }
);

event!(
    /// An application-defined event.
    CustomEvent, {
        author_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "wasm", tsify(type = "Record<string, unknown>"))]
        content: Option<JsonObject>,
    }
);

event!(system
    /// A message from the system (routing, ratings, transcripts...). It has no author.
    SystemMessageEvent, {
        /// System messages have no author.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        author_id: Option<String>,
        /// An open set: the docs list many values and samples use others (`routing.assigned`).
        system_message_type: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text_vars: Option<BTreeMap<String, String>>,
    }
);

event!(system
    /// An activity of an AI agent, the store or the messaging system (API 3.6), such as a thread
    /// summary. It has no author.
    SystemEvent, {
        /// `ai_agents`, `cdp`, `messaging`, ...
        source: String,
        /// `custom_skill_started`, `store_order_was_created`, `summary`, ...
        subtype: String,
        /// The schema version of `details`.
        version: i64,
        /// A JSON document, serialised into a string.
        details: String,
    }
);

/// A field of a `form` event: what is asked, not yet answered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FormDefinitionField {
    #[serde(rename = "type")]
    pub kind: FormFieldType,
    pub id: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// The choices of a radio, select or checkbox field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<ChoiceAnswer>>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(FormDefinitionField { kind as "type", id, label, required, options });

/// The rich-message button a message answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MessagePostback {
    pub id: String,
    pub thread_id: String,
    pub event_id: String,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// API 3.6 and later: the product chosen with an e-commerce button.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ecommerce: Option<EcommercePostback>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(MessagePostback { id, thread_id, event_id, kind as "type", value, ecommerce @ since(V3_6) });

/// The product of an e-commerce postback (API 3.6).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EcommercePostback {
    pub product_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<super::common::Decimal>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(EcommercePostback {
    product_id,
    option_id,
    quantity
});

/// A form field: the documented shape (`id`, `answer`/`answers`) or the shape seen in captured
/// traffic (`value`, no `id`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum FormField {
    Observed(ObservedFormField),
    Documented(DocumentedFormField),
}

impl crate::validate::check::Check for FormField {
    fn check(cx: &mut crate::validate::cx::Cx) -> crate::validate::cx::R {
        use crate::json::lookahead::{peek_key, Peek};
        if cx.peek()? == crate::validate::cx::Kind::Object
            && !matches!(peek_key(cx.b, cx.i, b"value"), Peek::Missing)
        {
            ObservedFormField::check(cx)
        } else {
            DocumentedFormField::check(cx)
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DocumentedFormField {
    #[serde(rename = "type")]
    pub kind: FormFieldType,
    pub id: String,
    pub label: String,
    /// Text for name/email/question/textarea; a choice for radio/select/group_chooser.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<FormAnswer>,
    /// The choices of a checkbox field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers: Option<Vec<ChoiceAnswer>>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(DocumentedFormField { kind as "type", id, label, answer, answers });

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ObservedFormField {
    #[serde(rename = "type")]
    pub kind: FormFieldType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub label: String,
    pub value: String,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(ObservedFormField { kind as "type", id, label, value });

string_enum! {
    pub enum FormFieldType {
        Name = "name",
        Email = "email",
        Question = "question",
        Textarea = "textarea",
        Radio = "radio",
        Select = "select",
        Checkbox = "checkbox",
        GroupChooser = "group_chooser",
        Subject = "subject" @ since(V3_3),
    }
}

/// A single answer: text, a choice, or a chosen group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum FormAnswer {
    Text(String),
    Group(GroupAnswer),
    Choice(ChoiceAnswer),
}

impl crate::validate::check::Check for FormAnswer {
    fn check(cx: &mut crate::validate::cx::Cx) -> crate::validate::cx::R {
        use crate::json::lookahead::{peek_key, Peek};
        use crate::validate::cx::Kind;
        match cx.peek()? {
            Kind::String => cx.string().map(|_| ()),
            Kind::Object if !matches!(peek_key(cx.b, cx.i, b"group_id"), Peek::Missing) => {
                GroupAnswer::check(cx)
            }
            Kind::Object => ChoiceAnswer::check(cx),
            k => cx.wrong_type(k, "a string or an answer object"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ChoiceAnswer {
    pub id: String,
    pub label: String,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(ChoiceAnswer { id, label });

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct GroupAnswer {
    /// A string in one documentation sample, a number in another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<StringOrInt>,
    pub group_id: i64,
    pub label: String,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(GroupAnswer {
    id,
    group_id,
    label
});

string_enum! {
    pub enum TemplateId {
        Cards = "cards",
        Sticker = "sticker",
        QuickReplies = "quick_replies",
        Ecommerce = "ecommerce" @ since(V3_6),
    }
}

/// One card of a rich message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RichMessageElement {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<RichMessageImage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buttons: Option<Vec<RichMessageButton>>,
    /// API 3.6 and later, with the `ecommerce` template: the product shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ecommerce: Option<EcommerceElement>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(RichMessageElement {
    title,
    subtitle,
    image,
    buttons => MaxItems<RichMessageButton, 13>,
    ecommerce @ since(V3_6)
});

/// A product in an `ecommerce` rich message (API 3.6).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EcommerceElement {
    pub view_type: EcommerceViewType,
    pub product_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<EcommerceOption>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addons: Option<Vec<EcommerceAddon>>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(EcommerceElement {
    view_type,
    product_id,
    label,
    options,
    addons
});

string_enum! {
    pub enum EcommerceViewType { Tags = "tags", Swatch = "swatch", Images = "images", Select = "select" }
}

/// A variant of a product. Prices are strings, as LiveChat sends them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EcommerceOption {
    pub option_id: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regular_price: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_thumbnail_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected: Option<bool>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(EcommerceOption {
    option_id,
    label,
    price,
    regular_price,
    currency,
    color,
    image_url,
    image_thumbnail_url,
    available,
    selected
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EcommerceAddon {
    pub addon_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range_to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Members the model does not know, kept as sent (not in the TypeScript types).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(EcommerceAddon {
    addon_type,
    range_from,
    range_to,
    currency
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RichMessageImage {
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i64>,
    /// API 3.3 and later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternative_text: Option<String>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(RichMessageImage {
    url,
    name,
    content_type,
    size,
    width,
    height,
    alternative_text @ since(V3_3)
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RichMessageButton {
    pub text: String,
    /// Plain buttons in doc samples leave it out.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ButtonType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webview_height: Option<WebviewHeight>,
    /// Several buttons may share one postback id.
    pub postback_id: String,
    /// Users who toggled this button's postback on.
    pub user_ids: Vec<String>,
    /// API 3.3 and later, for `url` buttons: where the link opens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<ButtonTarget>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(RichMessageButton { text, kind as "type", value, webview_height, postback_id, user_ids, target @ since(V3_3) });

string_enum! {
    pub enum ButtonTarget { New = "new", Current = "current" }
}

string_enum! {
    pub enum ButtonType {
        Webview = "webview",
        Message = "message",
        Url = "url",
        Phone = "phone",
        /// Announced with the Customer SDK for API 3.3.
        Cancel = "cancel" @ since(V3_3),
    }
}

string_enum! {
    pub enum WebviewHeight { Compact = "compact", Tall = "tall", Full = "full" }
}

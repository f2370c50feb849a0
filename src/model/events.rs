//! Events of a thread, discriminated by `type`.
//!
//! Every event carries the common fields (`id`, `custom_id`, `created_at`, `properties`, and
//! `author_id` and `recipients`, which system messages may leave out). Released 3.1 events have `created_at`; seed-era (3.0 preview)
//! events have `order` and `timestamp` instead, so each event needs one of `created_at` and
//! `timestamp`.

use super::common::{JsonObject, Properties, Recipients, Timestamp};
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
    RichMessage(RichMessageEvent),
    Custom(CustomEvent),
    SystemMessage(SystemMessageEvent),
}
tagged_union!(Event, "type", "event", {
    "message" => Message(MessageEvent),
    "file" => File(FileEvent),
    "filled_form" => FilledForm(FilledFormEvent),
    "rich_message" => RichMessage(RichMessageEvent),
    "custom" => Custom(CustomEvent),
    "system_message" => SystemMessage(SystemMessageEvent),
});

/// Declares an event struct: the common fields, then the type's own.
macro_rules! event {
    (
        $(#[$meta:meta])* $name:ident,
        { $($(#[$fmeta:meta])* $field:ident : $fty:ty),* $(,)? }
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
            /// RFC 3339 (API 3.1). Absent only in seed-era events, which carry `timestamp`.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub created_at: Option<Timestamp>,
            /// Seed-era (3.0 preview) ordering number.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub order: Option<i64>,
            /// Seed-era (3.0 preview) unix seconds.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub timestamp: Option<i64>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub properties: Option<Properties>,
            $($(#[$fmeta])* pub $field: $fty,)*
            /// Members the model does not know, kept as sent (not in the TypeScript types).
            #[cfg_attr(not(feature = "wasm"), serde(flatten))]
            #[cfg_attr(feature = "wasm", serde(skip))]
            pub extra: JsonObject,
        }
        checks!($name { id, custom_id, created_at, order, timestamp, properties, $($field),* } one_of(created_at, timestamp));
    };
}

event!(
    /// A text message.
    MessageEvent, {
        author_id: String,
        recipients: Recipients,
        text: String,
        /// Set when the message came from a rich-message button.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        postback: Option<MessagePostback>,
    }
);

event!(
    /// A file sent in the chat.
    FileEvent, {
        author_id: String,
        recipients: Recipients,
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
    }
);

event!(
    /// A filled pre-chat or post-chat form.
    FilledFormEvent, {
        author_id: String,
        recipients: Recipients,
        /// Documented as always present; missing in captured traffic.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        form_id: Option<String>,
        fields: Vec<FormField>,
    }
);

event!(
    /// A rich message: cards, a sticker or quick replies.
    RichMessageEvent, {
        author_id: String,
        recipients: Recipients,
        template_id: TemplateId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        elements: Option<Vec<RichMessageElement>>,
    }
);

event!(
    /// An application-defined event.
    CustomEvent, {
        author_id: String,
        recipients: Recipients,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "wasm", tsify(type = "Record<string, unknown>"))]
        content: Option<JsonObject>,
    }
);

event!(
    /// A message from the system (routing, ratings, transcripts...). It has no author.
    SystemMessageEvent, {
        /// System messages have no author.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        author_id: Option<String>,
        /// Optional for system messages.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        recipients: Option<Recipients>,
        /// An open set: the docs list many values and samples use others (`routing.assigned`).
        system_message_type: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text_vars: Option<BTreeMap<String, String>>,
    }
);

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
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(MessagePostback { id, thread_id, event_id, kind as "type", value });

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
    pub group_id: i64,
    pub label: String,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(GroupAnswer { group_id, label });

string_enum! {
    pub enum TemplateId { Cards = "cards", Sticker = "sticker", QuickReplies = "quick_replies" }
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
    buttons
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
    height
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
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}
checks!(RichMessageButton { text, kind as "type", value, webview_height, postback_id, user_ids });

string_enum! {
    pub enum ButtonType { Webview = "webview", Message = "message", Url = "url", Phone = "phone" }
}

string_enum! {
    pub enum WebviewHeight { Compact = "compact", Tall = "tall", Full = "full" }
}

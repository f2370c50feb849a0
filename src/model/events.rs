//! Events of a thread, discriminated by `type`.
//!
//! One set of types serves every API version; `#[check]` gates say which members exist where:
//! - 3.1: `created_at` (released) or `order` + `timestamp` (seed-era, 3.0 preview); `recipients`.
//! - 3.2: `created_at` required; `order` and `timestamp` gone.
//! - 3.3: `form` events; `alternative_text` on images; button `target`; form field `subject`.
//! - 3.4: `visibility` replaces `recipients` (the 3.4 preview still sent `recipients`, so 3.4
//!   takes either); `form_type` on forms.
//! - 3.6: `system` events; deleted events (`deleted: true`) reduced to their identity; the
//!   `ecommerce` rich-message template and postbacks.

use super::common::{JsonObject, Properties, Recipients, StringOrInt, Timestamp, Visibility};
use livechat_webhooks_derive::model;
use std::collections::BTreeMap;

#[model]
#[serde(tag = "type", rename_all = "snake_case")]
// Decoded once per request; boxing would only complicate matching.
/// An event of a thread, told apart by `type`.
#[allow(clippy::large_enum_variant)]
pub enum Event {
    Message(MessageEvent),
    File(FileEvent),
    FilledForm(FilledFormEvent),
    #[check(since = "3.3")]
    Form(FormEvent),
    RichMessage(RichMessageEvent),
    Custom(CustomEvent),
    SystemMessage(SystemMessageEvent),
    #[check(since = "3.6")]
    System(SystemEvent),
}

/// An event as threads and event webhooks carry it: whole, or (API 3.6) a deleted event reduced
/// to its identity, which `deleted: true` tells apart.
#[model]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
// The event checks take a deleted stub too (`stub_when` below).
#[check(as = Event)]
pub enum ThreadEvent {
    Event(Event),
    Deleted(DeletedEvent),
}

/// What is left of a deleted event (API 3.6): shown to agents who may not see its content.
#[model]
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
    pub visibility: Option<Visibility>,
    pub author_id: Option<String>,
    pub custom_id: Option<String>,
}

/// Declares an event struct: the common fields, then the type's own. Events with content say who
/// sees them (`recipients` up to 3.3, `visibility` from 3.5, either in 3.4) and may be deleted
/// stubs (API 3.6: `deleted: true`, only `id` and `created_at` required); `event!(system ...)`
/// declares a system message or event, which may leave `recipients` / `visibility` out.
macro_rules! event {
    (system $(#[$($meta:tt)*])* $name:ident { $($fields:tt)* }) => {
        event!(@define [$(#[$($meta)*])*] $name,
            [#[check(until = "3.4")]],
            [#[check(since = "3.4")]],
            [],
            { $($fields)* });
    };
    ($(#[$($meta:tt)*])* $name:ident { $($fields:tt)* }) => {
        event!(@define [$(#[$($meta)*])*] $name,
            // The Customer Chat API's pushes keep `recipients` in every version (§6 P7 of
            // livechat-rtm-pushes.md): either is taken there, one of them required.
            [#[check(until = "3.4", required_until = "3.3", open_in = "customer")]],
            [#[check(since = "3.4", required_since = "3.5", open_in = "customer")]],
            [
                #[check(one_of(visibility, recipients, hint = " (API 3.4 events carry `visibility`; preview-era ones `recipients`)"))]
                #[check(stub_when = deleted)]
            ],
            { $($fields)* });
    };
    (@define [$($meta:tt)*] $name:ident, [$($recipients:tt)*], [$($visibility:tt)*], [$($rules:tt)*],
        { $($fields:tt)* }
    ) => {
        $($meta)*
        #[model]
        #[check(one_of(created_at, timestamp, hint = " (API 3.1 events carry `created_at`; seed-era ones `timestamp`)"))]
        $($rules)*
        pub struct $name {
            /// `<thread_id>_<n>` in real traffic; UUIDs in doc samples.
            pub id: String,
            pub custom_id: Option<String>,
            /// RFC 3339. Required from API 3.2; in 3.1, seed-era events carry `timestamp` instead.
            #[check(required_since = "3.2")]
            pub created_at: Option<Timestamp>,
            /// API 3.1, seed-era (3.0 preview) ordering number.
            #[check(until = "3.1")]
            pub order: Option<i64>,
            /// API 3.1, seed-era (3.0 preview) unix seconds.
            #[check(until = "3.1")]
            pub timestamp: Option<i64>,
            /// Who sees the event, up to API 3.4 (renamed `visibility`).
            $($recipients)*
            pub recipients: Option<Recipients>,
            /// Who sees the event, from API 3.4.
            $($visibility)*
            pub visibility: Option<Visibility>,
            pub properties: Option<Properties>,
            /// API 3.6: the event was deleted.
            #[check(since = "3.6")]
            pub deleted: Option<bool>,
            $($fields)*
        }
    };
}

event! {
    /// A text message.
    MessageEvent {
        pub author_id: String,
        /// At most 16 KB (UTF-8) when sent.
        #[check(max_bytes = 16384)]
        pub text: String,
        /// Set when the message came from a rich-message button.
        pub postback: Option<MessagePostback>,
    }
}

event! {
    /// A file sent in the chat.
    FileEvent {
        pub author_id: String,
        pub name: String,
        pub url: String,
        pub content_type: String,
        pub size: Option<i64>,
        pub width: Option<i64>,
        pub height: Option<i64>,
        pub thumbnail_url: Option<String>,
        pub thumbnail2x_url: Option<String>,
        /// API 3.3 and later, images only.
        #[check(since = "3.3")]
        pub alternative_text: Option<String>,
    }
}

event! {
    /// A filled pre-chat, post-chat or ask-for-email form.
    FilledFormEvent {
        pub author_id: String,
        /// Documented as always present; missing in captured 3.1 traffic.
        pub form_id: Option<String>,
        /// API 3.4 and later: `prechat`, `postchat`, `ask_for_email`, ... (an open set).
        #[check(since = "3.4")]
        pub form_type: Option<String>,
        pub fields: Vec<FormField>,
    }
}

event! {
    /// A form sent to the customer (API 3.3 and later).
    FormEvent {
        pub author_id: String,
        pub form_id: String,
        /// API 3.4 and later.
        #[check(since = "3.4")]
        pub form_type: Option<String>,
        pub fields: Vec<FormDefinitionField>,
    }
}

event! {
    /// A rich message: cards, a sticker, quick replies or (API 3.6) products.
    RichMessageEvent {
        pub author_id: String,
        pub template_id: TemplateId,
        /// At most 10.
        #[check(max_items = 10)]
        pub elements: Option<Vec<RichMessageElement>>,
    }
}

event! {
    /// An application-defined event.
    CustomEvent {
        pub author_id: String,
        #[cfg_attr(feature = "wasm", tsify(type = "Record<string, unknown>"))]
        pub content: Option<JsonObject>,
    }
}

event! {
    system
    /// A message from the system (routing, ratings, transcripts...). It has no author.
    SystemMessageEvent {
        /// System messages have no author.
        pub author_id: Option<String>,
        /// An open set: the docs list many values and samples use others (`routing.assigned`).
        pub system_message_type: String,
        pub text: Option<String>,
        pub text_vars: Option<BTreeMap<String, String>>,
    }
}

event! {
    system
    /// An activity of an AI agent, the store or the messaging system (API 3.6), such as a thread
    /// summary. It has no author.
    SystemEvent {
        /// `ai_agents`, `cdp`, `messaging`, ...
        pub source: String,
        /// `custom_skill_started`, `store_order_was_created`, `summary`, ...
        pub subtype: String,
        /// The schema version of `details`.
        pub version: i64,
        /// A JSON document, serialised into a string.
        pub details: String,
    }
}

/// A field of a `form` event: what is asked, not yet answered.
#[model]
pub struct FormDefinitionField {
    #[serde(rename = "type")]
    pub kind: FormFieldType,
    pub id: String,
    pub label: String,
    pub required: Option<bool>,
    /// The choices of a radio, select or checkbox field.
    pub options: Option<Vec<ChoiceAnswer>>,
}

/// The rich-message button a message answers.
#[model]
pub struct MessagePostback {
    pub id: String,
    pub thread_id: String,
    pub event_id: String,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub value: Option<String>,
    /// API 3.6 and later: the product chosen with an e-commerce button.
    #[check(since = "3.6")]
    pub ecommerce: Option<EcommercePostback>,
}

/// The product of an e-commerce postback (API 3.6).
#[model]
pub struct EcommercePostback {
    pub product_id: String,
    pub option_id: Option<String>,
    pub quantity: Option<super::common::Decimal>,
}

/// A form field: the documented shape (`id`, `answer`/`answers`) or the shape seen in captured
/// traffic (`value`, no `id`).
#[model]
#[serde(untagged)]
pub enum FormField {
    #[check(has = "value")]
    Observed(ObservedFormField),
    #[check(otherwise)]
    Documented(DocumentedFormField),
}

/// A filled form field in the shape LiveChat's reference documents.
#[model]
pub struct DocumentedFormField {
    #[serde(rename = "type")]
    pub kind: FormFieldType,
    pub id: String,
    pub label: String,
    /// Text for name/email/question/textarea; a choice for radio/select/group_chooser.
    pub answer: Option<FormAnswer>,
    /// The choices of a checkbox field.
    pub answers: Option<Vec<ChoiceAnswer>>,
}

/// A filled form field in the shape seen in captured traffic (`value`, no `id`).
#[model]
pub struct ObservedFormField {
    #[serde(rename = "type")]
    pub kind: FormFieldType,
    pub id: Option<String>,
    pub label: String,
    pub value: String,
}

/// The kind of a form field.
#[model]
#[serde(rename_all = "snake_case")]
pub enum FormFieldType {
    Name,
    Email,
    Question,
    Textarea,
    Radio,
    Select,
    Checkbox,
    GroupChooser,
    #[check(since = "3.3")]
    Subject,
    // A heading between fields (no answer). Only the Customer Chat API's form sample shows it;
    // the Agent Chat API's list of types (whose data structures webhooks carry) has no `header`
    // [V: D2, D3], so webhooks and agent pushes refuse it and customer pushes take it (issue 17).
    // (A comment, not a doc comment: one documented value would make the schema a oneOf.)
    #[check(only_in = "customer")]
    Header,
}

/// A single answer: text, a choice, or a chosen group.
#[model]
#[serde(untagged)]
#[check(expected = "a string or an answer object")]
pub enum FormAnswer {
    #[check(kind = "string")]
    Text(String),
    #[check(has = "group_id")]
    Group(GroupAnswer),
    #[check(kind = "object")]
    Choice(ChoiceAnswer),
}

/// An answer picked from a form field's options.
#[model]
pub struct ChoiceAnswer {
    pub id: String,
    pub label: String,
}

/// The answer of a `group_chooser` form field: the group picked.
#[model]
pub struct GroupAnswer {
    /// A string in one documentation sample, a number in another.
    pub id: Option<StringOrInt>,
    pub group_id: i64,
    pub label: String,
}

/// The layout of a rich message.
#[model]
#[serde(rename_all = "snake_case")]
pub enum TemplateId {
    Cards,
    Sticker,
    QuickReplies,
    #[check(since = "3.6")]
    Ecommerce,
}

/// One card of a rich message.
#[model]
pub struct RichMessageElement {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub image: Option<RichMessageImage>,
    #[check(max_items = 13)]
    pub buttons: Option<Vec<RichMessageButton>>,
    /// API 3.6 and later, with the `ecommerce` template: the product shown.
    #[check(since = "3.6")]
    pub ecommerce: Option<EcommerceElement>,
}

/// A product in an `ecommerce` rich message (API 3.6).
#[model]
pub struct EcommerceElement {
    pub view_type: EcommerceViewType,
    pub product_id: String,
    pub label: Option<String>,
    pub options: Option<Vec<EcommerceOption>>,
    pub addons: Option<Vec<EcommerceAddon>>,
}

/// How an `ecommerce` rich-message element is shown (API 3.6).
#[model]
#[serde(rename_all = "snake_case")]
pub enum EcommerceViewType {
    Tags,
    Swatch,
    Images,
    Select,
}

/// A variant of a product. Prices are strings, as LiveChat sends them.
#[model]
pub struct EcommerceOption {
    pub option_id: String,
    pub label: String,
    pub price: Option<String>,
    pub regular_price: Option<String>,
    pub currency: Option<String>,
    pub color: Option<String>,
    pub image_url: Option<String>,
    pub image_thumbnail_url: Option<String>,
    pub available: Option<bool>,
    pub selected: Option<bool>,
}

/// An add-on of an `ecommerce` rich-message element (API 3.6).
#[model]
pub struct EcommerceAddon {
    pub addon_type: String,
    pub range_from: Option<String>,
    pub range_to: Option<String>,
    pub currency: Option<String>,
}

/// The image of a rich-message element.
#[model]
pub struct RichMessageImage {
    pub url: String,
    pub name: Option<String>,
    pub content_type: Option<String>,
    pub size: Option<i64>,
    pub width: Option<i64>,
    pub height: Option<i64>,
    /// API 3.3 and later.
    #[check(since = "3.3")]
    pub alternative_text: Option<String>,
}

/// A button of a rich-message element.
#[model]
pub struct RichMessageButton {
    pub text: String,
    /// Plain buttons in doc samples leave it out.
    #[serde(rename = "type")]
    pub kind: Option<ButtonType>,
    pub value: Option<String>,
    pub webview_height: Option<WebviewHeight>,
    /// Several buttons may share one postback id.
    pub postback_id: String,
    /// Users who toggled this button's postback on.
    pub user_ids: Vec<String>,
    /// API 3.3 and later, for `url` buttons: where the link opens.
    #[check(since = "3.3")]
    pub target: Option<ButtonTarget>,
}

/// Where a rich-message button's URL opens (API 3.3).
#[model]
#[serde(rename_all = "snake_case")]
pub enum ButtonTarget {
    New,
    Current,
}

/// What a rich-message button does.
#[model]
#[serde(rename_all = "snake_case")]
pub enum ButtonType {
    Webview,
    Message,
    Url,
    Phone,
    /// Announced with the Customer SDK for API 3.3.
    #[check(since = "3.3")]
    Cancel,
}

/// The height of the webview a rich-message button opens.
#[model]
#[serde(rename_all = "snake_case")]
pub enum WebviewHeight {
    Compact,
    Tall,
    Full,
}

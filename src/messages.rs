//! Every text an issue carries, its `message`, `expected` and `received`: small functions of
//! the facts (names, pointers, versions, counts), and constants for the fixed phrases. The
//! checker and the root of a body (`crate::validate`) find what is wrong and where; the words
//! are here.
//!
//! Why together: the messages speak with one voice (what was expected, where, what was found,
//! then the likely cause and the fix), a change of wording is one diff in one file, and this is
//! the one place to review that no secret can reach a message. No function here takes the
//! secret, the options or the body: callers pass facts, and a value read from the body only
//! where redaction allows it; inside the secret they pass `None` instead and the text says
//! what kind of thing is not shown (`bad_byte`, `lone_surrogate_shown`, `found_kind`,
//! `SECRET_CHAR`, `NOT_SHOWN`). The pointers passed as `here` are cut at the secret already.
//!
//! Callers: the checker (`crate::checker`), the root of a body (`crate::validate`), `decode`,
//! and `#[model]`'s generated code (`an_object_named!`). This module imports `crate::api`
//! (versions, gates) and `crate::json` (kinds, syntax errors), never the checker, the root or
//! the model. Every function that builds text is `#[cold]`: it runs only once something is
//! wrong, so nothing is formatted for a valid body; the fixed phrases are `&'static str`.

use crate::api::gate::Gate;
use crate::api::{ApiVersion, Channel};
use crate::json::scan::{Expected, Kind};

// ----- shared pieces ---------------------------------------------------------------------------

/// Values shown back in messages are cut short: a message is not a copy of the body.
#[cold]
pub fn preview(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        return s.to_string();
    }
    let cut: String = s.chars().take(MAX).collect();
    format!("{cut}…")
}

/// [`preview`] of bytes read from the body (not UTF-8 shown lossily).
#[cold]
pub fn preview_bytes(b: &[u8]) -> String {
    preview(&String::from_utf8_lossy(b))
}

/// Where a value is, from its JSON pointer (`""` for the root): "`/a/0`", or "the body".
#[cold]
pub fn place(pointer: &str) -> String {
    if pointer.is_empty() {
        "the body".to_string()
    } else {
        format!("`{pointer}`")
    }
}

/// "API 3.6 and later", "API 3.1", "APIs 3.3 to 3.5": the versions in which a member exists.
#[cold]
pub fn versions_of(gate: Gate) -> String {
    let (since, until) = gate.range();
    if until == ApiVersion::NEWEST {
        format!("API {since} and later")
    } else if since == until {
        format!("API {since}")
    } else if since == ApiVersion::FIRST {
        format!("API {until} and earlier")
    } else {
        format!("APIs {since} to {until}")
    }
}

/// `expected` of a list of allowed values: "one of a, b".
#[cold]
pub fn one_of(list: &str) -> String {
    format!("one of {list}")
}

/// A length with its unit ("5 bytes", "12 items").
#[cold]
pub fn count(n: usize, unit: &str) -> String {
    format!("{n} {unit}")
}

/// A limit with its unit ("at most 16384 bytes").
#[cold]
pub fn at_most(max: usize, unit: &str) -> String {
    format!("at most {max} {unit}")
}

/// How a value of kind `kind` is shown as `received`: its kind's name, or for a boolean its
/// value (`boolean` is `None` when it is not to be shown, `Some(true)` for `true`).
#[cold]
pub fn found_kind(kind: Kind, boolean: Option<bool>) -> String {
    match (kind, boolean) {
        (Kind::Bool, None) => "a boolean".into(),
        (Kind::Bool, Some(true)) => "true".into(),
        (Kind::Bool, Some(false)) => "false".into(),
        (k, _) => k.name().to_string(),
    }
}

// ----- what a value should be (fixed phrases, given to checks on the valid path too) -----------

pub const A_STRING: &str = "a string";
pub const A_BOOLEAN: &str = "a boolean";
pub const AN_INTEGER: &str = "an integer";
pub const A_NUMBER: &str = "a number";
pub const AN_ARRAY: &str = "an array";
pub const AN_OBJECT: &str = "an object";
pub const A_DATE_TIME_STRING: &str = "an RFC 3339 date-time string";
pub const AN_OBJECT_OR_ARRAY: &str = "an object or an array";

/// `expected` of a `#[model]` record or union, written by the derive at compile time:
/// `an_object_named!("Chat")` is "an object (Chat)".
macro_rules! an_object_named {
    ($name:literal) => {
        concat!("an object (", $name, ")")
    };
}
pub(crate) use an_object_named;

// ----- broken bodies: syntax, encoding, nesting, size ------------------------------------------

/// What was expected where the body is not JSON.
#[cold]
pub fn expected_syntax(e: Expected) -> &'static str {
    match e {
        Expected::Value => "a JSON value",
        Expected::StringEnd => "`\"` closing the string",
        Expected::HexDigits => "four hex digits after `\\u`",
        Expected::Escape => "a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
        Expected::NoControlChar => "no raw control character inside a string (escape it, e.g. \\n)",
        Expected::Digit => "a digit",
        Expected::FractionDigit => "a digit after the decimal point",
        Expected::ExponentDigit => "a digit in the exponent",
        Expected::Literal => "`true`, `false` or `null`",
        Expected::Key => "a key in double quotes",
        Expected::KeyAfterComma => "a key after `,` (trailing commas are not JSON)",
        Expected::Colon => "`:` after the key",
        Expected::CommaOrBrace => "`,` or `}`",
        Expected::ValueAfterComma => "a value after `,` (trailing commas are not JSON)",
        Expected::CommaOrBracket => "`,` or `]`",
    }
}

/// What the scanner found instead, outside the secret: `None` at the end of the body.
#[cold]
pub fn found_char(found: Option<u8>) -> String {
    match found {
        None => "the end of the body".to_string(),
        Some(c) if c.is_ascii_graphic() => format!("`{}`", c as char),
        Some(c) => format!("byte 0x{c:02x}"),
    }
}

/// What the scanner found instead, inside the secret.
pub const SECRET_CHAR: &str = "a character of the secret (not shown)";

#[cold]
pub fn invalid_json(expected: &str, found: &str, here: &str) -> String {
    format!("invalid JSON: expected {expected}, found {found} (in {here})")
}

/// A byte that is not UTF-8 as `received`: `None` inside the secret.
#[cold]
pub fn bad_byte(byte: Option<u8>) -> String {
    match byte {
        None => "a byte".to_string(),
        Some(byte) => format!("byte 0x{byte:02x}"),
    }
}

#[cold]
pub fn not_utf8(byte: &str, here: &str) -> String {
    format!(
        "the body is not valid UTF-8: {byte} cannot start or continue a character here (in {here}); LiveChat sends UTF-8 — if you re-encoded the body (e.g. as latin1), pass the raw bytes"
    )
}

#[cold]
pub fn too_deep(max: u32, here: &str) -> String {
    format!(
        "nesting deeper than {max} levels at {here}; webhook bodies are far shallower, so the body was refused (raise maxDepth if this is expected)"
    )
}

#[cold]
pub fn at_most_levels(max: u32) -> String {
    format!("at most {max} levels")
}

/// A lone surrogate escape as the message shows it: `None` inside the secret.
#[cold]
pub fn lone_surrogate_shown(unit: Option<u16>) -> String {
    match unit {
        None => "a `\\u` escape".to_string(),
        Some(unit) => format!("`\\u{unit:04x}`"),
    }
}

#[cold]
pub fn lone_surrogate(shown: &str, here: &str) -> String {
    format!(
        "{shown} at {here} is half of a UTF-16 surrogate pair without its other half: it is not a character and cannot be represented in UTF-8 (often a text cut in the middle of an emoji)"
    )
}

/// A lone surrogate escape as `received`.
#[cold]
pub fn surrogate_escape(unit: u16) -> String {
    format!("\\u{unit:04x}")
}

pub const SURROGATE_PAIR: &str = "a complete surrogate pair";

pub const A_JSON_OBJECT: &str = "a JSON object";
pub const AN_EMPTY_BODY: &str = "an empty body";
pub const END_OF_BODY: &str = "the end of the body";
pub const MORE_DATA: &str = "more data";
/// `expected` of a root that is not an object.
pub const OBJECT: &str = "object";

#[cold]
pub fn empty_body() -> String {
    "the body is empty: expected a JSON webhook. If your framework parses JSON bodies, pass the raw body (or the parsed object) to the decoder, and make sure nothing read the request stream before".to_string()
}

#[cold]
pub fn data_after_body() -> String {
    "invalid JSON: expected the end of the body after the webhook object, found more data (two bodies concatenated?)".to_string()
}

#[cold]
pub fn too_large(bytes: usize, max: usize) -> String {
    format!(
        "the body is {bytes} bytes, over the limit of {max} (maxBytes); LiveChat webhooks are far smaller"
    )
}

/// The validator passed a body the typed model (serde) refused: `error` is serde's, which
/// names types and positions (the secret is a plain string to serde, never refused).
#[cold]
pub fn model_rejected(error: &dyn std::fmt::Display) -> String {
    format!(
        "the body passed validation but the typed model rejected it ({error}); this is a bug in livechat-webhooks, please report it"
    )
}

#[cold]
pub fn more_issues(dropped: usize) -> String {
    format!(" ({dropped} more issues were found but not listed; fix the ones above first)")
}

// ----- values: types, numbers, formats, lengths ----------------------------------------------

#[cold]
pub fn wrong_type(expected: &str, here: &str, found: &str, null: bool) -> String {
    let mut msg = format!("expected {expected} at {here}, found {found}");
    if null {
        msg.push_str("; leave the field out instead of sending null");
    }
    msg
}

#[cold]
pub fn root_not_object(found: &str, kind: Kind) -> String {
    let hint = match kind {
        Kind::String => " — the body is a JSON string, so it was probably JSON-encoded twice (e.g. JSON.stringify of a string that already held JSON); send or pass the object itself",
        Kind::Array => " — LiveChat sends one webhook per request",
        _ => "",
    };
    format!("expected a webhook object at the root of the body, found {found}{hint}")
}

#[cold]
pub fn not_integer(here: &str, shown: &str) -> String {
    format!("expected an integer at {here}, found {shown}")
}

#[cold]
pub fn out_of_range(shown: &str, here: &str) -> String {
    format!(
        "number {shown} at {here} cannot be represented exactly in JavaScript (JavaScript numbers are doubles: integers are exact only within ±9007199254740991); JSON.parse would silently change it — send such values as strings"
    )
}

pub const NOT_SHOWN: &str = "(not shown)";
pub const SAFE_INTEGER: &str = "an integer within ±(2^53-1)";

#[cold]
pub fn not_date_time(here: &str, shown: &str) -> String {
    format!(
        "expected an RFC 3339 date-time such as 2019-10-11T09:40:59.219001Z at {here}, found \"{shown}\""
    )
}

pub const DATE_TIME: &str = "RFC 3339 date-time";

#[cold]
pub fn too_long(here: &str, n: usize, max: usize, unit: &str) -> String {
    format!("{here} holds {n} {unit}, over the limit of {max} {unit} LiveChat sets for it")
}

// ----- enums and tagged unions ------------------------------------------------------------------

/// Names as listed in messages: "a, b".
#[cold]
pub fn list(names: &[&str]) -> String {
    names.join(", ")
}

/// The allowed values of a string enum: "\"a\", \"b\"".
#[cold]
pub fn quoted_list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A string that is none of `list`; `other_versions` the versions that have it, when some do;
/// `separator` when it is one of them spelled with `_` for ` ` or the other way.
#[cold]
pub fn not_in_enum(
    list: &str,
    here: &str,
    shown: &str,
    version: ApiVersion,
    other_versions: Option<Gate>,
    separator: bool,
) -> String {
    let mut msg = format!("expected one of {list} at {here}, found \"{shown}\"");
    if let Some(gate) = other_versions {
        msg.push_str(&format!(
            " (\"{shown}\" exists in {}, not in API {version}: is the webhook registered for another version?)",
            versions_of(gate)
        ));
    } else if separator {
        // The two spellings of agent statuses are easy to mix up.
        msg.push_str(" (note the separator: this field spells it the other way)");
    }
    msg
}

/// A tag naming no variant of the version; `other_versions` those whose variant it names.
#[cold]
pub fn unknown_tag(
    what: &str,
    tag_key: &str,
    shown: &str,
    here: &str,
    version: ApiVersion,
    list: &str,
    other_versions: Option<Gate>,
) -> String {
    let mut msg =
        format!("unknown {what} `{tag_key}` \"{shown}\" at {here}: API {version} knows {list}");
    if let Some(gate) = other_versions {
        msg.push_str(&format!(
            " (\"{shown}\" {what}s exist in {}: is the webhook registered for another version?)",
            versions_of(gate)
        ));
    }
    msg
}

/// Hint of a missing tag.
#[cold]
pub fn tag_hint(what: &str) -> String {
    format!(" (it tells which kind of {what} this is)")
}

/// `key` says `said`, the `object`'s `member` says `is`.
#[cold]
pub fn not_same_as(
    key: &str,
    said: &str,
    object: &str,
    member: &str,
    is: &str,
    here: &str,
) -> String {
    format!(
        "`{key}` is \"{said}\" but the {object}'s `{member}` is \"{is}\" in {here}: they must name the same kind of {object}"
    )
}

#[cold]
pub fn as_member_says(is: &str, object: &str, member: &str) -> String {
    format!("\"{is}\", as {object}.{member} says")
}

// ----- members: missing, unknown, of other versions, twice -------------------------------------

#[cold]
pub fn missing_field(name: &str, here: &str, hint: &str) -> String {
    format!("missing required field `{name}` in {here}{hint}")
}

/// `expected` of a missing field.
#[cold]
pub fn field_named(name: &str) -> String {
    format!("field `{name}`")
}

pub const STUB_KEEPS_IT: &str = " (even a deleted event keeps it)";

#[cold]
pub fn unknown_field(name: &str, here: &str, version: ApiVersion) -> String {
    format!(
        "unknown field `{name}` in {here}: API {version} defines no such field here (check its spelling; unknownFields: \"keep\" accepts it)"
    )
}

/// A member of other versions than `version`: those of `gate`.
#[cold]
pub fn field_of_other_versions(name: &str, here: &str, gate: Gate, version: ApiVersion) -> String {
    format!(
        "field `{name}` in {here} belongs to {}, not to API {version}: is the webhook registered for another version? (apiVersion names the version it was registered with)",
        versions_of(gate)
    )
}

/// The hint of a member required because another is not empty.
#[cold]
pub fn required_with(other: &str) -> String {
    format!(" (required when `{other}` is not empty)")
}

/// A member a version accepts though it documents another spelling (`#[check(warn_since)]`).
#[cold]
pub fn late_spelling(name: &str, here: &str, gate: Gate, version: ApiVersion) -> String {
    let _ = gate;
    format!(
        "field `{name}` in {here} is an older spelling: API {version} documents the field under another name; accepted as sent, but a receiver should read either spelling"
    )
}

#[cold]
pub fn field_of_api(version: ApiVersion) -> String {
    format!("a field of API {version}")
}

#[cold]
pub fn duplicate_key(name: &str, here: &str) -> String {
    format!(
        "duplicate key `{name}` in {here}: JSON.parse keeps only the last value, so the first would be lost silently"
    )
}

pub const EACH_KEY_ONCE: &str = "each key once";

// ----- the envelope -----------------------------------------------------------------------------

/// An envelope member of `gate`'s versions in a body checked as `version`; `requester_here`
/// when it is `requester` and `version` has it (on configuration webhooks only).
#[cold]
pub fn envelope_field_of_other_versions(
    name: &str,
    gate: Gate,
    version: ApiVersion,
    requester_here: bool,
) -> String {
    let hint = if requester_here {
        " (API 3.6 sends it with configuration webhooks only)".to_string()
    } else {
        format!(
            ": this webhook looks registered for another API version than the one it is decoded with (apiVersion \"{version}\")"
        )
    };
    format!(
        "`{name}` is an envelope field of {}, not of this webhook in API {version}{hint}",
        versions_of(gate)
    )
}

#[cold]
pub fn envelope_of_api(version: ApiVersion) -> String {
    format!("an API {version} envelope")
}

/// Hint of a missing `action`: the version's actions.
#[cold]
pub fn actions_hint(list: &str) -> String {
    format!(" (one of {list})")
}

/// Hint of a missing `payload`: `data_seen` when the body has the API 3.0 `data`.
#[cold]
pub fn payload_hint(data_seen: bool) -> &'static str {
    if data_seen {
        " — the body has `data`, the API 3.0 name: register the webhook for API 3.1 or later, which send `payload`"
    } else {
        ""
    }
}

pub const EITHER_ID_HINT: &str =
    " (API 3.4 previews sent `license_id` instead; one of them is needed)";

/// Hint of a missing `license_id`: `has_organization_id` when the body has the later member.
#[cold]
pub fn license_id_hint(has_organization_id: bool) -> &'static str {
    if has_organization_id {
        " — the body has `organization_id`, which API 3.4 and later send instead: is the webhook registered for a later version?"
    } else {
        " (an integer: API 3.2 and 3.3 envelopes carry it)"
    }
}

/// Hint of a missing `organization_id`: `has_license_id` when the body has the earlier member.
#[cold]
pub fn organization_id_hint(has_license_id: bool) -> &'static str {
    if has_license_id {
        " — the body has `license_id`, which means API 3.2 or 3.3 (or the 3.4 preview): is the webhook registered for an earlier version?"
    } else {
        " (a string: API 3.4 and later envelopes carry it)"
    }
}

/// An action the version does not define: `there` the versions that have it, `called` this
/// version's name for it; `rejected` when `unknownActions` does not let it through.
#[cold]
pub fn unknown_action(
    shown: &str,
    version: ApiVersion,
    there: Option<Gate>,
    called: Option<&str>,
    list: &str,
    rejected: bool,
) -> String {
    let v = version;
    let mut msg = match (there.map(versions_of), called) {
        (Some(there), Some(here)) => format!(
            "unknown action \"{shown}\" in API {v}: it is an action of {there}, where API {v} calls it `{here}` — is the webhook registered for another version? Decode with the apiVersion it was registered with (or \"auto\"). API {v} actions: {list}"
        ),
        (Some(there), None) => format!(
            "unknown action \"{shown}\" in API {v}: it is an action of {there} — is the webhook registered for another version? Decode with the apiVersion it was registered with (or \"auto\"). API {v} actions: {list}"
        ),
        _ => format!("unknown action \"{shown}\": API {v} webhooks are {list}"),
    };
    if rejected {
        msg.push_str(" (unknownActions: \"accept\" lets unknown actions through untyped)");
    }
    msg
}

// ----- the secret (no function here takes its value) -------------------------------------------

/// `secret_key` is not a string; `configured` when a secret is configured to compare it with.
#[cold]
pub fn secret_not_string(found: &str, configured: bool) -> String {
    if configured {
        format!("`secret_key` is {found}, not a string, so it cannot match the configured secret")
    } else {
        format!("expected a string at `/secret_key`, found {found}")
    }
}

#[cold]
pub fn secret_missing() -> String {
    "missing `secret_key`: this body cannot be verified as coming from LiveChat; every webhook carries the secret chosen at registration".to_string()
}

/// `secret_key` matches no configured secret: `near` when one differs only by surrounding
/// whitespace, `several` when more than one is configured.
#[cold]
pub fn secret_mismatch(near: bool, several: bool) -> String {
    let hint = if near {
        "; a configured secret differs from it only by surrounding whitespace — trim the secret in your configuration"
    } else if several {
        "; none of the configured secrets match — is this webhook registered with another secret, or another app's?"
    } else {
        "; is this webhook registered with this secret? (secret values are never shown)"
    };
    format!("`secret_key` does not match the configured secret{hint}")
}

pub const REGISTERED_SECRET: &str = "the registered secret";

// ----- versions ---------------------------------------------------------------------------------

/// Versions as listed in messages: "3.6 / 3.5".
#[cold]
pub fn version_list(versions: &[ApiVersion]) -> String {
    versions
        .iter()
        .map(|v| v.as_str())
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The body fails `version` but versions `list` accept it, `best` the newest of them.
#[cold]
pub fn version_mismatch(version: ApiVersion, list: &str, best: ApiVersion) -> String {
    let v = version;
    format!(
        "this body is not a valid API {v} webhook, but it is a valid API {list} one: the webhook is probably registered for API {best} — decode with apiVersion: \"{best}\" (or \"auto\"), or register it again for {v}"
    )
}

/// "an API 3.6 webhook", "an API 3.6 / 3.5 webhook".
#[cold]
pub fn api_webhook(list: &str) -> String {
    format!("an API {list} webhook")
}

/// With `apiVersion: "auto"`, versions `list` accept the body; it was read as `read_as`.
#[cold]
pub fn ambiguous_version(list: &str, read_as: ApiVersion) -> String {
    format!(
        "APIs {list} all accept this body (their webhooks of this kind look alike); it was read as API {read_as}. Set apiVersion to the version the webhook is registered with to be exact"
    )
}

#[cold]
pub fn apis(list: &str) -> String {
    format!("APIs {list}")
}

pub const ONE_API_VERSION: &str = "one API version";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::gate::{between, since, until};
    use ApiVersion::*;

    #[test]
    fn gates_read_as_versions() {
        assert_eq!(versions_of(between(V3_3, V3_5)), "APIs 3.3 to 3.5");
        assert_eq!(versions_of(until(V3_1)), "API 3.1");
        assert_eq!(versions_of(since(V3_6)), "API 3.6 and later");
    }

    #[test]
    fn previews_are_cut_at_60_characters() {
        assert_eq!(preview("abc"), "abc");
        let long = "é".repeat(61);
        assert_eq!(preview(&long), format!("{}…", "é".repeat(60)));
    }
}

// ----- pushes --------------------------------------------------------------------------------------

/// The API a channel reads, for messages: "Agent Chat API".
pub fn api_name(channel: Channel) -> &'static str {
    match channel {
        Channel::AgentPush => "Agent Chat API",
        Channel::CustomerPush => "Customer Chat API",
        Channel::Webhook => "webhook",
        Channel::AppWebhook => "app webhook",
    }
}

/// What a frame given to decodePush is, when it is no push.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotPush {
    /// `type: "response"` (`success: false` for an error frame).
    Response { error: bool },
    /// A `type` other than push or response.
    OtherType,
    /// No `type`, an `action`: what a client sends.
    Request,
    /// `webhook_id` / `secret_key`: a chat webhook.
    Webhook,
    /// `event` and `applicationID`: an app webhook.
    AppWebhook,
}

#[cold]
pub fn not_a_push(what: NotPush) -> String {
    match what {
        NotPush::Response { error: true } => "this frame is an error response (`type: \"response\"`, `success: false`), not a push: it answers one of your requests (match it by `request_id`); decodePush reads frames of `type: \"push\"`".into(),
        NotPush::Response { error: false } => "this frame is a response (`type: \"response\"`), not a push: it answers one of your requests (match it by `request_id`); decodePush reads frames of `type: \"push\"`".into(),
        NotPush::OtherType => "this frame's `type` is not `\"push\"`: decodePush reads RTM push frames (`{ version, action, type: \"push\", payload }`)".into(),
        NotPush::Request => "this frame has no `type`: it looks like a request (what a client sends), not a push; decodePush reads frames of `type: \"push\"`".into(),
        NotPush::Webhook => "this body is a webhook (it has `webhook_id` / `secret_key`), not an RTM push: read it with decodeWebhook / validateWebhook".into(),
        NotPush::AppWebhook => "this body is an app webhook (it has `event` and `applicationID`), not an RTM push: read it with decodeAppWebhook / validateAppWebhook".into(),
    }
}

#[cold]
pub fn push_given_to_webhook() -> String {
    "this body is an RTM push frame (`type: \"push\"`), not a webhook: read it with decodePush / validatePush and the API it came from (`api: \"agent\"` or `\"customer\"`)".into()
}

#[cold]
pub fn app_webhook_given_to_webhook() -> String {
    "this body is an app webhook (it has `event` and `applicationID`), not a chat webhook: read it with decodeAppWebhook / validateAppWebhook".into()
}

pub const A_WEBHOOK: &str = "a chat webhook (`webhook_id`, `secret_key`, `action`, `payload`)";
pub const A_PUSH_FRAME: &str = "a push frame (`type: \"push\"`)";

/// A push frame's `version` is not the one configured.
#[cold]
pub fn push_version_mismatch(said: &str, configured: ApiVersion) -> String {
    format!(
        "this push says version `{said}` but apiVersion is {configured}: a connection receives the pushes of every version its `login` subscribed to (`pushes`); use apiVersion \"auto\" to read each frame as the version it names"
    )
}

#[cold]
pub fn push_version_unknown(said: &str) -> String {
    format!(
        "`version` `{said}` is no API version with pushes; expected one of {}",
        crate::api::pushes::push_versions()
            .map(|v| format!("\"{v}\""))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// `version` in a frame of API 3.2, whose frames have none.
#[cold]
pub fn push_version_in_v3_2() -> String {
    "`version` is not in API 3.2 push frames (it came with 3.3): is the connection of another version?".into()
}

pub const PUSH_VERSION_HINT: &str =
    " (every push frame has it from API 3.3; a frame without it is read as the configured version)";

/// An action that is no push of this API and version.
#[cold]
pub fn unknown_push(
    shown: &str,
    version: ApiVersion,
    channel: Channel,
    other_api: bool,
    there: Option<Gate>,
    list: &str,
    rejected: bool,
) -> String {
    let api = api_name(channel);
    let mut m = format!("`{shown}` is no push of the {api} {version}");
    if other_api {
        let other = match channel {
            Channel::AgentPush => "customer",
            _ => "agent",
        };
        m.push_str(&format!(
            "; it is a push of the other API (`api: \"{other}\"`) in this version"
        ));
    } else if let Some(g) = there {
        m.push_str(&format!("; the {api} has it in {}", versions_of(g)));
    }
    m.push_str(&format!("; expected one of {list}"));
    if !rejected {
        m.push_str(" (accepted: unknownActions is \"accept\")");
    }
    m
}

// ----- app webhooks ---------------------------------------------------------------------------------

pub const AN_APP_WEBHOOK: &str = "an app webhook (`applicationID`, `event`, `payload`, ...)";

#[cold]
pub fn chat_webhook_given_to_app() -> String {
    "this body is a chat webhook (it has `webhook_id` / `secret_key`), not an app webhook: read it with decodeWebhook / validateWebhook".into()
}

#[cold]
pub fn push_given_to_app() -> String {
    "this body is an RTM push frame (`type: \"push\"`), not an app webhook: read it with decodePush / validatePush".into()
}

#[cold]
pub fn unknown_app_event(shown: &str, list: &str, rejected: bool) -> String {
    let mut m =
        format!("unknown app webhook event \"{shown}\": the App Webhooks guide documents {list}");
    if !rejected {
        m.push_str(" (accepted: unknownActions is \"accept\")");
    }
    m
}

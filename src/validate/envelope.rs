//! The root of a body: the envelope, the action, the secret, and the payload by action.

use super::check::Check;
use super::cx::{preview, Cx, Kind, Stop, R};
use crate::issue::{IssueCode, Severity};
use crate::json::lookahead::{peek_key, Peek};
use crate::model::{payload_check, AdditionalData, JsonObject, ACTIONS};
use crate::options::UnknownActions;
use subtle::ConstantTimeEq;

/// Names later API versions gave to 3.1 actions: a receiver registered for the wrong version
/// gets told so.
const RENAMED: &[(&str, &str, &str)] = &[
    ("incoming_chat", "incoming_chat_thread", "3.2"),
    ("chat_deactivated", "thread_closed", "3.2"),
    ("chat_access_granted", "access_granted", "3.2"),
    ("chat_access_revoked", "access_revoked", "3.2"),
    (
        "chat_access_updated",
        "access_granted / access_revoked",
        "3.4",
    ),
    ("user_added_to_chat", "chat_user_added", "3.2"),
    ("user_removed_from_chat", "chat_user_removed", "3.2"),
    (
        "thread_properties_updated",
        "chat_thread_properties_updated",
        "3.2",
    ),
    (
        "thread_properties_deleted",
        "chat_thread_properties_deleted",
        "3.2",
    ),
    ("thread_tagged", "chat_thread_tagged", "3.2"),
    ("thread_untagged", "chat_thread_untagged", "3.2"),
    ("routing_status_set", "agent_status_changed", "3.2"),
    ("incoming_customer", "customer_created", "3.3"),
];

/// Envelope fields that only later API versions send: a sign the webhook was registered for
/// another version, worth a warning even when unknown fields are kept.
const LATER_FIELDS: &[(&str, &str)] = &[("organization_id", "3.4"), ("requester", "3.6")];

fn later_field(
    cx: &mut Cx,
    key: super::cx::Key,
    keys: &mut super::keys::KeyTracker,
    name: &str,
    version: &str,
) -> R {
    keys.add(cx, key);
    let severity = match cx.opts.unknown_fields {
        crate::options::UnknownFields::Reject => Severity::Error,
        _ => Severity::Warning,
    };
    let msg = format!(
        "`{name}` is an envelope field of API {version} and later, not 3.1: this webhook looks registered for a later API version than the one it is decoded with (apiVersion \"3.1\")"
    );
    cx.report(
        IssueCode::UnknownField,
        severity,
        Some(key.start - 1),
        Some(name),
        msg,
        Some("an API 3.1 envelope".into()),
        Some(name.to_string()),
    );
    cx.push_key(key);
    cx.any()?;
    cx.pop();
    Ok(())
}

enum Action<'a> {
    Known(fn(&mut Cx) -> R),
    Unknown(std::borrow::Cow<'a, [u8]>),
    Absent,
}

pub fn check_body(cx: &mut Cx) -> R {
    cx.ws();
    if cx.i >= cx.b.len() {
        let msg = "the body is empty: expected a JSON webhook. If your framework parses JSON bodies, pass the raw body (or the parsed object) to the decoder, and make sure nothing read the request stream before";
        cx.error(
            IssueCode::InvalidJson,
            cx.i,
            msg.to_string(),
            Some("a JSON object".into()),
            Some("an empty body".into()),
        );
        return Err(Stop);
    }
    envelope(cx)?;
    cx.ws();
    if cx.i < cx.b.len() {
        let at = cx.i;
        let msg = "invalid JSON: expected the end of the body after the webhook object, found more data (two bodies concatenated?)";
        cx.error(
            IssueCode::InvalidJson,
            at,
            msg.to_string(),
            Some("the end of the body".into()),
            Some("more data".into()),
        );
        return Err(Stop);
    }
    Ok(())
}

fn envelope(cx: &mut Cx) -> R {
    let k = cx.peek()?;
    if k != Kind::Object {
        let at = cx.i;
        let received = cx.describe(k);
        let hint = match k {
            Kind::String => " — the body is a JSON string, so it was probably JSON-encoded twice (e.g. JSON.stringify of a string that already held JSON); send or pass the object itself",
            Kind::Array => " — LiveChat sends one webhook per request",
            _ => "",
        };
        let msg =
            format!("expected a webhook object at the root of the body, found {received}{hint}");
        cx.error(
            IssueCode::InvalidType,
            at,
            msg,
            Some("object".into()),
            Some(received),
        );
        return cx.any();
    }
    let open = cx.i;
    let b = cx.b;
    let action = match peek_key(b, open, b"action") {
        Peek::Str(v, _) => match payload_check(&v) {
            Some(f) => Action::Known(f),
            None => Action::Unknown(v),
        },
        _ => Action::Absent,
    };
    cx.open()?;
    let mut seen = [false; 6];
    let mut data_seen = false;
    let mut keys = super::keys::KeyTracker::new(cx);
    let mut first = true;
    while let Some(key) = cx.next_key(&mut first)? {
        let name = cx.key_bytes(&key);
        let slot = match &*name {
            b"webhook_id" => 0,
            b"secret_key" => 1,
            b"action" => 2,
            b"payload" => 3,
            b"additional_data" => 4,
            b"license_id" => 5,
            _ => {
                data_seen |= &*name == b"data";
                match LATER_FIELDS.iter().find(|(n, _)| n.as_bytes() == &*name) {
                    Some((n, version)) => later_field(cx, key, &mut keys, n, version)?,
                    None => cx.unknown_field(key, &mut keys)?,
                }
                continue;
            }
        };
        if seen[slot] {
            cx.duplicate(key)?;
            continue;
        }
        seen[slot] = true;
        cx.push_key(key);
        match slot {
            0 => String::check(cx)?,
            1 => {
                cx.start_redaction();
                secret(cx)?;
                cx.end_redaction();
            }
            2 => action_value(cx, &action)?,
            3 => match &action {
                Action::Known(f) => f(cx)?,
                _ => JsonObject::check(cx)?,
            },
            4 => AdditionalData::check(cx)?,
            _ => i64::check(cx)?,
        }
        cx.pop();
    }
    keys.finish(cx);
    if !seen[0] {
        cx.missing(open, "webhook_id", "");
    }
    if !seen[1] {
        if cx.opts.secret_keys.is_empty() {
            cx.missing(open, "secret_key", "");
        } else {
            let msg = "missing `secret_key`: this body cannot be verified as coming from LiveChat; every webhook carries the secret chosen at registration".to_string();
            cx.report(
                IssueCode::SecretMismatch,
                Severity::Error,
                Some(open),
                Some("secret_key"),
                msg,
                Some("the registered secret".into()),
                None,
            );
        }
    }
    if !seen[2] {
        let list = ACTIONS.join(", ");
        cx.missing(open, "action", &format!(" (one of {list})"));
    }
    if !seen[3] {
        let hint = if data_seen {
            " — the body has `data`, the API 3.0 name: register the webhook for API 3.1, which sends `payload`"
        } else {
            ""
        };
        cx.missing(open, "payload", hint);
    }
    Ok(())
}

fn secret(cx: &mut Cx) -> R {
    let k = cx.peek()?;
    if k != Kind::String {
        // Whatever it is, say only what kind of value it is, then read past it without a word
        // about its inside.
        let at = cx.i;
        let kind = cx.describe(k);
        let (code, msg) = if cx.opts.secret_keys.is_empty() {
            (
                IssueCode::InvalidType,
                format!("expected a string at `/secret_key`, found {kind}"),
            )
        } else {
            (IssueCode::SecretMismatch, format!("`secret_key` is {kind}, not a string, so it cannot match the configured secret"))
        };
        cx.error(
            code,
            at,
            msg,
            Some("a string".into()),
            Some(k.name().into()),
        );
        cx.mute = true;
        let read = cx.any();
        cx.mute = false;
        return read;
    }
    if cx.opts.secret_keys.is_empty() {
        return cx.string().map(|_| ());
    }
    let at = cx.i;
    let s = cx.string()?;
    let got = cx.key_bytes(&s);
    // Compare with every configured secret, without stopping at the first match, so the time
    // taken does not tell which one (or how much of one) matched.
    let mut matched = subtle::Choice::from(0u8);
    for key in &cx.opts.secret_keys {
        matched |= key.as_bytes().ct_eq(&got);
    }
    if bool::from(matched) {
        return Ok(());
    }
    let trimmed = got.trim_ascii();
    let near = cx
        .opts
        .secret_keys
        .iter()
        .any(|k| k.as_bytes().trim_ascii() == trimmed);
    let hint = if near {
        "; a configured secret differs from it only by surrounding whitespace — trim the secret in your configuration"
    } else if cx.opts.secret_keys.len() > 1 {
        "; none of the configured secrets match — is this webhook registered with another secret, or another app's?"
    } else {
        "; is this webhook registered with this secret? (secret values are never shown)"
    };
    let msg = format!("`secret_key` does not match the configured secret{hint}");
    cx.error(
        IssueCode::SecretMismatch,
        at,
        msg,
        Some("the registered secret".into()),
        None,
    );
    Ok(())
}

fn action_value(cx: &mut Cx, action: &Action) -> R {
    let Action::Unknown(name) = action else {
        return String::check(cx);
    };
    let k = cx.peek()?;
    let at = cx.i;
    if k != Kind::String {
        return cx.wrong_type(k, "a string");
    }
    cx.string()?;
    let name = String::from_utf8_lossy(name).into_owned();
    let shown = preview(&name);
    let list = ACTIONS.join(", ");
    let mut msg = match RENAMED.iter().find(|(later, _, _)| *later == name) {
        Some((_, old, version)) => format!(
            "unknown action \"{shown}\": that is the API {version}+ name of `{old}`; this decoder reads API 3.1 webhooks — register the webhook for 3.1, or decode with the matching API version. API 3.1 actions: {list}"
        ),
        None => format!("unknown action \"{shown}\": API 3.1 webhooks are {list}"),
    };
    let severity = match cx.opts.unknown_actions {
        UnknownActions::Reject => {
            msg.push_str(" (unknownActions: \"accept\" lets unknown actions through untyped)");
            Severity::Error
        }
        UnknownActions::Accept => Severity::Warning,
    };
    cx.report(
        IssueCode::UnknownAction,
        severity,
        Some(at),
        None,
        msg,
        Some(format!("one of {list}")),
        Some(shown),
    );
    Ok(())
}

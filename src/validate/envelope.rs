//! The root of a body: the envelope, the action, the secret, and the payload by action.

use crate::api::gate::{between, Gate};
use crate::api::{renames, Member, Presence};
use crate::checker::check::Check;
use crate::checker::cx::{preview, Cx, Kind, Stop, R};
use crate::issue::{IssueCode, Severity};
use crate::json::lookahead::{peek_key, Peek};
use crate::model::{action_names, action_spec, ActionSpec, AdditionalData, Requester};
use crate::options::{ApiVersion, UnknownActions};
use subtle::ConstantTimeEq;

/// The name `version` gives to the action called `name` in another version, if any.
fn counterpart(name: &str, version: ApiVersion) -> Option<&'static str> {
    let mut names = vec![name];
    for _ in 0..4 {
        let mut next = Vec::new();
        for n in &names {
            for (old, new) in renames() {
                let other = if old == *n {
                    new
                } else if new == *n {
                    old
                } else {
                    continue;
                };
                if let Some(spec) = action_spec(version, other.as_bytes()) {
                    return Some(spec.name);
                }
                next.push(other);
            }
        }
        names = next;
    }
    None
}

/// The versions that have `action`, as a gate-style phrase ("API 3.1", "APIs 3.3 to 3.5").
fn versions_with(action: &[u8]) -> Option<String> {
    let have: Vec<ApiVersion> = ApiVersion::ALL
        .into_iter()
        .filter(|v| action_spec(*v, action).is_some())
        .collect();
    let (first, last) = (*have.first()?, *have.last()?);
    Some(between(first, last).describe())
}

/// An envelope member of another version: worth a warning even when unknown fields are kept,
/// as it shows the webhook was registered for another version than the one configured.
fn other_version_field(
    cx: &mut Cx,
    key: crate::checker::cx::Key,
    keys: &mut crate::checker::keys::KeyTracker,
    name: &str,
    gate: Gate,
) -> R {
    keys.add(cx, key);
    let severity = match cx.opts.unknown_fields {
        crate::options::UnknownFields::Reject => Severity::Error,
        _ => Severity::Warning,
    };
    let v = cx.version;
    let hint = match name {
        "requester" if gate.allows(v) => {
            " (API 3.6 sends it with configuration webhooks only)".to_string()
        }
        _ => format!(
            ": this webhook looks registered for another API version than the one it is decoded with (apiVersion \"{v}\")"
        ),
    };
    let msg = format!(
        "`{name}` is an envelope field of {}, not of this webhook in API {v}{hint}",
        gate.describe()
    );
    cx.report(
        IssueCode::UnknownField,
        severity,
        Some(key.start - 1),
        Some(name),
        msg,
        Some(format!("an API {v} envelope")),
        Some(name.to_string()),
    );
    cx.push_key(key);
    cx.any()?;
    cx.pop();
    Ok(())
}

enum Action<'a> {
    Known(&'static ActionSpec),
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
    let v = cx.version;
    let action = match peek_key(b, open, b"action") {
        Peek::Str(name, _) => match action_spec(v, &name) {
            Some(spec) => Action::Known(spec),
            None => Action::Unknown(name),
        },
        _ => Action::Absent,
    };
    let kind = match &action {
        Action::Known(spec) => spec.envelope,
        _ => v.row().envelope,
    };
    let license_gate = Member::LicenseId.gate();
    let organization_gate = Member::OrganizationId.gate();
    let requester_gate = Member::Requester.gate();
    cx.open()?;
    // webhook_id, secret_key, action, payload, additional_data, license_id, organization_id,
    // requester
    let mut seen = [false; 8];
    // license_id, organization_id, requester where this version does not take them.
    let mut has_other = [false; 3];
    let mut data_seen = false;
    let mut keys = crate::checker::keys::KeyTracker::new(cx);
    let mut first = true;
    while let Some(key) = cx.next_key(&mut first)? {
        let name = cx.key_bytes(&key);
        let slot = match &*name {
            b"webhook_id" => 0,
            b"secret_key" => 1,
            b"action" => 2,
            b"payload" => 3,
            b"additional_data" => 4,
            b"license_id" if license_gate.allows(v) => 5,
            b"organization_id" if organization_gate.allows(v) => 6,
            b"requester" if kind.takes(Member::Requester) => 7,
            b"requester" if matches!(action, Action::Unknown(_)) && requester_gate.allows(v) => 7,
            b"license_id" => {
                has_other[0] = true;
                other_version_field(cx, key, &mut keys, "license_id", license_gate)?;
                continue;
            }
            b"organization_id" => {
                has_other[1] = true;
                other_version_field(cx, key, &mut keys, "organization_id", organization_gate)?;
                continue;
            }
            b"requester" => {
                has_other[2] = true;
                other_version_field(cx, key, &mut keys, "requester", requester_gate)?;
                continue;
            }
            _ => {
                data_seen |= &*name == b"data";
                cx.unknown_field(key, &mut keys)?;
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
                Action::Known(spec) => (spec.check)(cx)?,
                _ => unknown_payload(cx)?,
            },
            4 => AdditionalData::check(cx)?,
            5 => i64::check(cx)?,
            6 => String::check(cx)?,
            _ => Requester::check(cx)?,
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
        let list = action_names(v).join(", ");
        cx.missing(open, "action", &format!(" (one of {list})"));
    }
    if !seen[3] {
        let hint = if data_seen {
            " — the body has `data`, the API 3.0 name: register the webhook for API 3.1 or later, which send `payload`"
        } else {
            ""
        };
        cx.missing(open, "payload", hint);
    }
    cx.signals = Some(crate::checker::signals::Signals {
        open,
        action: match &action {
            Action::Known(spec) => Some(std::borrow::Cow::Borrowed(spec.name.as_bytes())),
            Action::Unknown(name) => Some(std::borrow::Cow::Owned(name.to_vec())),
            Action::Absent => None,
        },
        license_id: seen[5] || has_other[0],
        organization_id: seen[6] || has_other[1],
        requester: seen[7] || has_other[2],
    });
    let has = |name: &[u8]| !matches!(peek_key(b, open, name), Peek::Missing);
    let required = |m: Member| kind.presence(m) == Presence::Required;
    if kind.needs_either_id() && !seen[5] && !seen[6] {
        cx.missing(
            open,
            "organization_id",
            " (API 3.4 previews sent `license_id` instead; one of them is needed)",
        );
    } else if required(Member::LicenseId) && !seen[5] {
        let hint = if has(b"organization_id") {
            " — the body has `organization_id`, which API 3.4 and later send instead: is the webhook registered for a later version?"
        } else {
            " (an integer: API 3.2 and 3.3 envelopes carry it)"
        };
        cx.missing(open, "license_id", hint);
    } else if required(Member::OrganizationId) && !seen[6] {
        let hint = if has(b"license_id") {
            " — the body has `license_id`, which means API 3.2 or 3.3 (or the 3.4 preview): is the webhook registered for an earlier version?"
        } else {
            " (a string: API 3.4 and later envelopes carry it)"
        };
        cx.missing(open, "organization_id", hint);
    }
    Ok(())
}

/// The payload of an action the version does not know: kept as sent, but a payload is an
/// object (or, as for `auto_accesses_updated`, an array).
fn unknown_payload(cx: &mut Cx) -> R {
    match cx.peek()? {
        Kind::Object | Kind::Array => cx.any(),
        k => cx.wrong_type(k, "an object or an array"),
    }
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
        cx.issues.mute = true;
        let read = cx.any();
        cx.issues.mute = false;
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
    let v = cx.version;
    let shown = preview(&String::from_utf8_lossy(name));
    let list = action_names(v).join(", ");
    let mut msg = match (versions_with(name), counterpart(&String::from_utf8_lossy(name), v)) {
        (Some(there), Some(here)) => format!(
            "unknown action \"{shown}\" in API {v}: it is an action of {there}, where API {v} calls it `{here}` — is the webhook registered for another version? Decode with the apiVersion it was registered with (or \"auto\"). API {v} actions: {list}"
        ),
        (Some(there), None) => format!(
            "unknown action \"{shown}\" in API {v}: it is an action of {there} — is the webhook registered for another version? Decode with the apiVersion it was registered with (or \"auto\"). API {v} actions: {list}"
        ),
        _ => format!("unknown action \"{shown}\": API {v} webhooks are {list}"),
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

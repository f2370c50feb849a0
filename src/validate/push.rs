//! The root of an RTM push frame (`{ version?, request_id?, action, type: "push", payload }`),
//! and which version a frame is read as. The payload is checked by the same model as webhooks'
//! (`api/pushes.rs` names each push's type); what differs is the frame, and that a frame says
//! its version itself from API 3.3.

use super::{validate_as, Report};
use crate::api::gate::{between, Gate};
use crate::api::pushes::{push_index, push_rows, push_versions, UNVERSIONED_CUSTOMER_PUSHES};
use crate::api::{Channel, Status};
use crate::checker::check::Check;
use crate::checker::cx::{Cx, Finding, Kind, Stop, R};
use crate::issue::{IssueCode, Severity};
use crate::json::lookahead::{peek_key, Peek};
use crate::messages::{self, NotPush};
use crate::model::push_payload_checks;
use crate::options::{ApiVersion, Options, VersionChoice};

/// Check a push frame of `options.channel`'s API.
#[inline(never)] // see validate::too_large
pub(super) fn validate_push(body: &[u8], options: &Options) -> Report {
    match options.api_version {
        VersionChoice::Fixed(v) => validate_as(body, options, v),
        VersionChoice::Auto => detect(body, options),
    }
}

/// `apiVersion: "auto"`: the version the frame names; for a frame without one (API 3.2, and the
/// Customer Chat API frames documented without it), the newest stable version that accepts it.
fn detect(body: &[u8], options: &Options) -> Report {
    let open = root(body);
    if let Some(open) = open {
        if let Peek::Str(said, _) = peek_key(body, open, b"version") {
            let named = std::str::from_utf8(&said).ok().and_then(ApiVersion::parse);
            let v = named.filter(|v| push_versions().any(|p| p == *v));
            let mut report = validate_as(body, options, v.unwrap_or(ApiVersion::LATEST));
            if report.is_ok() {
                report.candidates = report.api_version.into_iter().collect();
            }
            return report;
        }
    }
    let action = open.and_then(|open| match peek_key(body, open, b"action") {
        Peek::Str(a, _) => Some(a.into_owned()),
        _ => None,
    });
    let tried: Vec<ApiVersion> = push_versions()
        .rev()
        .filter(|v| v.status() != Status::Preview)
        .filter(|&v| {
            action
                .as_ref()
                .is_none_or(|a| push_index(v, options.channel, a).is_some())
        })
        .collect();
    let mut best: Option<Report> = None;
    let mut accepted = Vec::new();
    for &v in &tried {
        let report = validate_as(body, options, v);
        if report.is_ok() {
            accepted.push(v);
            if best.as_ref().is_none_or(|b| !b.is_ok()) {
                best = Some(report);
            }
        } else if best.is_none() {
            best = Some(report);
        }
    }
    let mut report = best.unwrap_or_else(|| validate_as(body, options, ApiVersion::LATEST));
    report.candidates = accepted;
    report
}

/// Where the root object opens, if the body is one.
fn root(body: &[u8]) -> Option<usize> {
    let skip = if body.starts_with(crate::json::BOM) {
        crate::json::BOM.len()
    } else {
        0
    };
    let at = skip + body[skip..].iter().position(|c| !c.is_ascii_whitespace())?;
    (body[at] == b'{').then_some(at)
}

/// What a root that is no push frame is, by its members.
fn not_a_push(b: &[u8], open: usize) -> Option<NotPush> {
    let has = |k: &[u8]| !matches!(peek_key(b, open, k), Peek::Missing);
    match peek_key(b, open, b"type") {
        Peek::Str(t, _) if &*t == b"push" => None,
        Peek::Str(t, _) if &*t == b"response" => {
            let error = matches!(peek_key(b, open, b"success"), Peek::Other(at) if b[at..].starts_with(b"false"));
            Some(NotPush::Response { error })
        }
        Peek::Str(..) => Some(NotPush::OtherType),
        Peek::Other(_) => None,
        Peek::Missing if has(b"webhook_id") || has(b"secret_key") => Some(NotPush::Webhook),
        Peek::Missing if has(b"event") && has(b"applicationID") => Some(NotPush::AppWebhook),
        Peek::Missing if has(b"action") && !has(b"version") => Some(NotPush::Request),
        Peek::Missing => None,
    }
}

/// The versions in which `channel`'s API has the push `action`, as a gate.
fn versions_with(action: &[u8], channel: Channel) -> Option<Gate> {
    let have: Vec<ApiVersion> = push_versions()
        .filter(|&v| push_index(v, channel, action).is_some())
        .collect();
    Some(between(*have.first()?, *have.last()?))
}

#[inline(never)] // see validate::too_large
pub(super) fn frame(cx: &mut Cx) -> R {
    if !super::root_is_object(cx, messages::A_PUSH_FRAME)? {
        return Ok(());
    }
    let open = cx.cur.i;
    let b = cx.cur.b;
    let (v, ch) = (cx.version, cx.channel);
    if let Some(what) = not_a_push(b, open) {
        cx.error(
            IssueCode::NotAPush,
            open,
            messages::not_a_push(what),
            Some(messages::A_PUSH_FRAME.into()),
            None,
        );
        return Err(Stop);
    }
    let action = match peek_key(b, open, b"action") {
        Peek::Str(name, _) => Some(push_index(v, ch, &name).ok_or(name)),
        _ => None,
    };
    cx.open()?;
    // version, request_id, action, type, payload
    let mut seen = [false; 5];
    let mut keys = crate::checker::keys::KeyTracker::new(cx);
    let mut first = true;
    while let Some(key) = cx.next_key(&mut first)? {
        let name = cx.key_bytes(&key);
        let slot = match &*name {
            b"version" => 0,
            b"request_id" => 1,
            b"action" => 2,
            b"type" => 3,
            b"payload" => 4,
            _ => {
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
            0 => version(cx)?,
            1 => String::check(cx)?,
            2 => match &action {
                Some(Err(name)) => unknown_action(cx, &name.clone())?,
                _ => String::check(cx)?,
            },
            3 => String::check(cx)?,
            _ => match &action {
                Some(Ok(i)) => push_payload_checks(v, ch)[*i](cx)?,
                _ => match cx.peek()? {
                    Kind::Object | Kind::Array => cx.any()?,
                    k => cx.wrong_type(k, messages::AN_OBJECT_OR_ARRAY)?,
                },
            },
        }
        cx.pop();
    }
    keys.finish(cx);
    let named = |i: usize| push_rows(v, ch)[i].name;
    if !seen[0] && v > ApiVersion::V3_2 {
        let documented = ch == Channel::CustomerPush
            && matches!(&action, Some(Ok(i)) if UNVERSIONED_CUSTOMER_PUSHES.contains(&named(*i)));
        if !documented {
            let msg = messages::missing_field("version", "the frame", messages::PUSH_VERSION_HINT);
            cx.issue(
                Finding::new(IssueCode::MissingField, Severity::Warning, msg)
                    .at(open)
                    .child("version")
                    .expected(messages::field_named("version")),
            );
        }
    }
    if !seen[2] {
        let names: Vec<&str> = push_rows(v, ch).iter().map(|r| r.name).collect();
        cx.missing(
            open,
            "action",
            &messages::actions_hint(&messages::list(&names)),
        );
    }
    if !seen[3] {
        cx.missing(open, "type", "");
    }
    if !seen[4] {
        cx.missing(open, "payload", "");
    }
    Ok(())
}

fn version(cx: &mut Cx) -> R {
    let k = cx.peek()?;
    if k != Kind::String {
        return cx.wrong_type(k, messages::A_STRING);
    }
    let at = cx.cur.i;
    let s = cx.string()?;
    let said = String::from_utf8_lossy(&cx.key_bytes(&s)).into_owned();
    let v = cx.version;
    if said == v.as_str() {
        return Ok(());
    }
    let shown = messages::preview(&said);
    if v == ApiVersion::V3_2 {
        cx.issue(
            Finding::new(
                IssueCode::UnknownField,
                Severity::Warning,
                messages::push_version_in_v3_2(),
            )
            .at(at)
            .received(shown),
        );
        return Ok(());
    }
    let known = ApiVersion::parse(&said).filter(|w| push_versions().any(|p| p == *w));
    let (code, msg) = match known {
        Some(_) => (
            IssueCode::ApiVersionMismatch,
            messages::push_version_mismatch(&shown, v),
        ),
        None => (
            IssueCode::InvalidValue,
            messages::push_version_unknown(&shown),
        ),
    };
    cx.issue(
        Finding::error(code, msg)
            .at(at)
            .expected(messages::api_webhook(v.as_str()))
            .received(shown),
    );
    Ok(())
}

fn unknown_action(cx: &mut Cx, name: &[u8]) -> R {
    let (v, ch) = (cx.version, cx.channel);
    let names: Vec<&str> = push_rows(v, ch).iter().map(|r| r.name).collect();
    let other = match ch {
        Channel::AgentPush => Channel::CustomerPush,
        _ => Channel::AgentPush,
    };
    let other_api = push_index(v, other, name).is_some();
    let there = versions_with(name, ch);
    super::unknown_name(cx, name, &names, |shown, list, rejected| {
        messages::unknown_push(shown, v, ch, other_api, there, list, rejected)
    })
}

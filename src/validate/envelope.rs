//! The root of a body: the envelope, the action, the secret, and the payload by action.

use crate::api::gate::{between, Gate};
use crate::api::ActionRow;
use crate::api::{renames, Member, Presence};
use crate::checker::check::Check;
use crate::checker::cx::{Cx, Finding, Kind, Stop, R};
use crate::checker::record::CheckFn;
use crate::issue::{IssueCode, Severity};
use crate::json::lookahead::{peek_key, value_at, Peek};
use crate::messages;
use crate::model::{payload_checks, AdditionalData, Requester};
use crate::options::ApiVersion;
use subtle::ConstantTimeEq;

/// The name `version` gives to the action called `name` in another version, if any: followed
/// through the table's renames in one direction only (later names, or earlier ones), so that a
/// merge is not taken for a rename of its siblings: `access_set` (3.1), dropped by 3.2 and merged
/// into 3.4's `chat_access_updated`, has no name in 3.2 or 3.3, where `chat_access_granted` is
/// another action (issue 17).
fn counterpart(name: &str, version: ApiVersion) -> Option<&'static str> {
    for forward in [true, false] {
        let mut names = vec![name];
        for _ in 0..4 {
            let mut next = Vec::new();
            for n in &names {
                for (old, new) in renames() {
                    let other = match (forward, old == *n, new == *n) {
                        (true, true, _) => new,
                        (false, _, true) => old,
                        _ => continue,
                    };
                    if let Some(row) = version.action(other.as_bytes()) {
                        return Some(row.name);
                    }
                    next.push(other);
                }
            }
            names = next;
        }
    }
    None
}

/// The versions that have `action`, as a gate (from the first to the last of them).
fn versions_with(action: &[u8]) -> Option<Gate> {
    let have: Vec<ApiVersion> = ApiVersion::ALL
        .into_iter()
        .filter(|v| v.action(action).is_some())
        .collect();
    let (first, last) = (*have.first()?, *have.last()?);
    Some(between(first, last))
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
    let requester_here = name == "requester" && gate.allows(v);
    let msg = messages::envelope_field_of_other_versions(name, gate, v, requester_here);
    cx.issue(
        Finding::new(IssueCode::UnknownField, severity, msg)
            .at(key.start - 1)
            .child(name)
            .expected(messages::envelope_of_api(v))
            .received(name),
    );
    cx.push_key(key);
    cx.any()?;
    cx.pop();
    Ok(())
}

/// The versions whose webhooks carry each envelope member, read off the table once, at compile
/// time.
pub(super) const LICENSE_GATE: Gate = Member::LicenseId.gate();
pub(super) const ORGANIZATION_GATE: Gate = Member::OrganizationId.gate();
pub(super) const REQUESTER_GATE: Gate = Member::Requester.gate();

enum Action<'a> {
    Known(&'static ActionRow, CheckFn),
    Unknown(std::borrow::Cow<'a, [u8]>),
    Absent,
}

pub fn check_body(cx: &mut Cx) -> R {
    cx.cur.ws();
    if cx.cur.i >= cx.cur.b.len() {
        cx.error(
            IssueCode::InvalidJson,
            cx.cur.i,
            messages::empty_body(),
            Some(messages::A_JSON_OBJECT.into()),
            Some(messages::AN_EMPTY_BODY.into()),
        );
        return Err(Stop);
    }
    match cx.channel {
        crate::api::Channel::Webhook => envelope(cx)?,
        crate::api::Channel::AppWebhook => super::app::app_webhook(cx)?,
        _ => super::push::frame(cx)?,
    }
    cx.cur.ws();
    if cx.cur.i < cx.cur.b.len() {
        let at = cx.cur.i;
        cx.error(
            IssueCode::InvalidJson,
            at,
            messages::data_after_body(),
            Some(messages::END_OF_BODY.into()),
            Some(messages::MORE_DATA.into()),
        );
        return Err(Stop);
    }
    Ok(())
}

#[inline(never)] // see validate::too_large
fn envelope(cx: &mut Cx) -> R {
    if !super::root_is_object(cx, messages::OBJECT)? {
        return Ok(());
    }
    let open = cx.cur.i;
    let b = cx.cur.b;
    let v = cx.version;
    // The action decides what `payload` and `requester` are. LiveChat sends it before them, so
    // it is read where it stands; only a body that puts it later is skimmed ahead for it, once.
    let mut action: Option<Action> = None;
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
        if action.is_none() && matches!(&*name, b"action" | b"payload" | b"requester") {
            let found = if *name == *b"action" {
                value_at(b, cx.cur.i)
            } else {
                peek_key(b, open, b"action")
            };
            action = Some(action_of(found, v));
        }
        let (action, kind) = match &action {
            Some(a) => (a, kind_of(a, v)),
            None => (&Action::Absent, v.row().envelope),
        };
        let slot = match &*name {
            b"webhook_id" => 0,
            b"secret_key" => 1,
            b"action" => 2,
            b"payload" => 3,
            b"additional_data" => 4,
            b"license_id" if LICENSE_GATE.allows(v) => 5,
            b"organization_id" if ORGANIZATION_GATE.allows(v) => 6,
            b"requester" if kind.takes(Member::Requester) => 7,
            b"requester" if matches!(action, Action::Unknown(_)) && REQUESTER_GATE.allows(v) => 7,
            b"license_id" => {
                has_other[0] = true;
                other_version_field(cx, key, &mut keys, "license_id", LICENSE_GATE)?;
                continue;
            }
            b"organization_id" => {
                has_other[1] = true;
                other_version_field(cx, key, &mut keys, "organization_id", ORGANIZATION_GATE)?;
                continue;
            }
            b"requester" => {
                has_other[2] = true;
                other_version_field(cx, key, &mut keys, "requester", REQUESTER_GATE)?;
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
            2 => action_value(cx, action)?,
            3 => match action {
                Action::Known(_, check) => check(cx)?,
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
    // Unread only when the body has no `action`, `payload` or `requester` member.
    let action = action.unwrap_or(Action::Absent);
    let kind = kind_of(&action, v);
    if !(seen[0] && seen[1] && seen[2] && seen[3]) {
        missing_members(cx, open, &seen, data_seen);
    }
    cx.signals = Some(crate::checker::signals::Signals {
        open,
        action: match &action {
            Action::Known(row, _) => Some(std::borrow::Cow::Borrowed(row.name.as_bytes())),
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
        cx.missing(open, "organization_id", messages::EITHER_ID_HINT);
    } else if required(Member::LicenseId) && !seen[5] {
        let hint = messages::license_id_hint(has(b"organization_id"));
        cx.missing(open, "license_id", hint);
    } else if required(Member::OrganizationId) && !seen[6] {
        let hint = messages::organization_id_hint(has(b"license_id"));
        cx.missing(open, "organization_id", hint);
    }
    Ok(())
}

fn action_of(found: Peek<'_>, v: ApiVersion) -> Action<'_> {
    match found {
        Peek::Str(name, _) => match v.action_index(&name) {
            Some(i) => Action::Known(&v.row().actions[i], payload_checks(v)[i]),
            None => Action::Unknown(name),
        },
        _ => Action::Absent,
    }
}

/// The envelope an action's webhooks have (the version's, when the action is not known).
fn kind_of(action: &Action, v: ApiVersion) -> crate::api::EnvelopeKind {
    match action {
        Action::Known(row, _) => row.envelope,
        _ => v.row().envelope,
    }
}

/// The members every webhook has, of which `seen` (in `envelope`'s order) lacks some.
#[inline(never)] // see validate::too_large
fn missing_members(cx: &mut Cx, open: usize, seen: &[bool; 8], data_seen: bool) {
    if !seen[0] {
        cx.missing(open, "webhook_id", "");
    }
    if !seen[1] {
        if cx.opts.secret_keys.is_empty() {
            cx.missing(open, "secret_key", "");
        } else {
            cx.issue(
                Finding::error(IssueCode::SecretMismatch, messages::secret_missing())
                    .at(open)
                    .child("secret_key")
                    .expected(messages::REGISTERED_SECRET),
            );
        }
    }
    if !seen[2] {
        let list = messages::list(&cx.version.action_names().collect::<Vec<_>>());
        cx.missing(open, "action", &messages::actions_hint(&list));
    }
    if !seen[3] {
        cx.missing(open, "payload", messages::payload_hint(data_seen));
    }
}

/// The payload of an action the version does not know: kept as sent, but a payload is an
/// object (or, as for `auto_accesses_updated`, an array).
fn unknown_payload(cx: &mut Cx) -> R {
    match cx.peek()? {
        Kind::Object | Kind::Array => cx.any(),
        k => cx.wrong_type(k, messages::AN_OBJECT_OR_ARRAY),
    }
}

#[inline(never)] // see validate::too_large
fn secret(cx: &mut Cx) -> R {
    let k = cx.peek()?;
    if k != Kind::String {
        // Whatever it is, say only what kind of value it is, then read past it without a word
        // about its inside.
        let at = cx.cur.i;
        let kind = cx.describe(k);
        let configured = !cx.opts.secret_keys.is_empty();
        let code = if configured {
            IssueCode::SecretMismatch
        } else {
            IssueCode::InvalidType
        };
        let msg = messages::secret_not_string(&kind, configured);
        cx.error(
            code,
            at,
            msg,
            Some(messages::A_STRING.into()),
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
    let at = cx.cur.i;
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
    // The whitespace hint touches the secret too: the same constant-time fold, never `==`, whose
    // time would grow with the length of the matching prefix (issue 15).
    let trimmed = got.trim_ascii();
    let mut near = subtle::Choice::from(0u8);
    for key in &cx.opts.secret_keys {
        near |= key.as_bytes().trim_ascii().ct_eq(trimmed);
    }
    let near = bool::from(near);
    let msg = messages::secret_mismatch(near, cx.opts.secret_keys.len() > 1);
    cx.error(
        IssueCode::SecretMismatch,
        at,
        msg,
        Some(messages::REGISTERED_SECRET.into()),
        None,
    );
    Ok(())
}

#[inline(never)] // see validate::too_large
fn action_value(cx: &mut Cx, action: &Action) -> R {
    let Action::Unknown(name) = action else {
        return String::check(cx);
    };
    let v = cx.version;
    let names: Vec<&str> = v.action_names().collect();
    let (there, called) = (
        versions_with(name),
        counterpart(&String::from_utf8_lossy(name), v),
    );
    super::unknown_name(cx, name, &names, |shown, list, rejected| {
        messages::unknown_action(shown, v, there, called, list, rejected)
    })
}

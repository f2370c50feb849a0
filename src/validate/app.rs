//! The root of an app webhook (`livechat-app-webhooks.md` §2): the camelCase envelope and the
//! payload by `event`. A chat webhook or a push given here is `not_a_webhook`, naming the
//! function that reads it.

use crate::api::app::{app_event_index, APP_EVENTS};
use crate::checker::check::Check;
use crate::checker::cx::{Cx, Kind, Stop, R};
use crate::issue::IssueCode;
use crate::json::lookahead::{peek_key, Peek};
use crate::messages;
use crate::model::{Timestamp, APP_PAYLOAD_CHECKS};

const MEMBERS: [&str; 9] = [
    "applicationID",
    "applicationName",
    "clientID",
    "date",
    "event",
    "licenseID",
    "organizationID",
    "payload",
    "userID",
];
/// Required: all but `organizationID` and `userID` (documented since 2024).
const REQUIRED: [bool; 9] = [true, true, true, true, true, true, false, true, false];

#[inline(never)] // see validate::too_large
pub(super) fn app_webhook(cx: &mut Cx) -> R {
    if !super::root_is_object(cx, messages::AN_APP_WEBHOOK)? {
        return Ok(());
    }
    let open = cx.cur.i;
    let b = cx.cur.b;
    let has = |key: &[u8]| !matches!(peek_key(b, open, key), Peek::Missing);
    let other = if has(b"webhook_id") || has(b"secret_key") {
        Some(messages::chat_webhook_given_to_app())
    } else if matches!(peek_key(b, open, b"type"), Peek::Str(t, _) if &*t == b"push") {
        Some(messages::push_given_to_app())
    } else {
        None
    };
    if let Some(msg) = other {
        cx.error(
            IssueCode::NotAWebhook,
            open,
            msg,
            Some(messages::AN_APP_WEBHOOK.into()),
            None,
        );
        return Err(Stop);
    }
    let event = match peek_key(b, open, b"event") {
        Peek::Str(name, _) => Some(app_event_index(&name).ok_or(name)),
        _ => None,
    };
    cx.open()?;
    let mut seen = [false; 9];
    let mut keys = crate::checker::keys::KeyTracker::new(cx);
    let mut first = true;
    while let Some(key) = cx.next_key(&mut first)? {
        let name = cx.key_bytes(&key);
        let Some(slot) = MEMBERS.iter().position(|m| m.as_bytes() == &*name) else {
            cx.unknown_field(key, &mut keys)?;
            continue;
        };
        if seen[slot] {
            cx.duplicate(key)?;
            continue;
        }
        seen[slot] = true;
        cx.push_key(key);
        match MEMBERS[slot] {
            "date" => Timestamp::check(cx)?,
            "licenseID" => i64::check(cx)?,
            "event" => match &event {
                Some(Err(name)) => unknown_event(cx, &name.clone())?,
                _ => String::check(cx)?,
            },
            "payload" => match &event {
                Some(Ok(i)) => APP_PAYLOAD_CHECKS[*i](cx)?,
                _ => match cx.peek()? {
                    Kind::Object => cx.any()?,
                    k => cx.wrong_type(k, messages::OBJECT)?,
                },
            },
            _ => String::check(cx)?,
        }
        cx.pop();
    }
    keys.finish(cx);
    for (i, name) in MEMBERS.iter().enumerate() {
        if REQUIRED[i] && !seen[i] {
            let hint = if *name == "event" {
                messages::actions_hint(&messages::list(APP_EVENTS))
            } else {
                String::new()
            };
            cx.missing(open, name, &hint);
        }
    }
    Ok(())
}

fn unknown_event(cx: &mut Cx, name: &[u8]) -> R {
    super::unknown_name(cx, name, APP_EVENTS, messages::unknown_app_event)
}

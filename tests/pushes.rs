//! RTM pushes and the webhook findings of issue 17, natively: the frame's own issues, the
//! channel-dependent members, and the hints fixed alongside.

use livechat_webhooks::api::Channel;
use livechat_webhooks::{decode_push, validate, ApiVersion, IssueCode, Options, Severity};
use serde_json::{json, Value};

fn push(v: ApiVersion, ch: Channel, body: &Value) -> Vec<(IssueCode, Severity, String)> {
    let bytes = serde_json::to_vec(body).unwrap();
    validate(&bytes, &Options::for_pushes(v, ch))
        .issues
        .into_iter()
        .map(|i| (i.code, i.severity, i.pointer))
        .collect()
}

fn event(extra: Value) -> Value {
    let mut e = json!({ "id": "e1", "created_at": "2019-12-05T07:27:08.820000Z", "type": "message", "text": "hi", "author_id": "a" });
    e.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    e
}

#[test]
fn customer_events_keep_recipients_in_every_version_agent_ones_do_not() {
    let f = |v: &str| {
        json!({ "version": v, "action": "incoming_event", "type": "push",
        "payload": { "chat_id": "c", "thread_id": "t", "event": event(json!({ "recipients": "all" })) } })
    };
    assert!(push(ApiVersion::V3_6, Channel::CustomerPush, &f("3.6")).is_empty());
    let agent = push(ApiVersion::V3_6, Channel::AgentPush, &f("3.6"));
    assert_eq!(
        agent,
        [(
            IssueCode::MissingField,
            Severity::Error,
            "/payload/event/visibility".into()
        )]
    );
}

#[test]
fn transferred_from_and_reason_follow_the_api() {
    let chat = json!({ "id": "c", "users": [], "thread": { "id": "t", "active": true, "user_ids": [], "created_at": "2019-12-05T07:27:08.820000Z" },
        "transferred_from": { "group_ids": [1] } });
    let f = json!({ "version": "3.5", "action": "incoming_chat", "type": "push", "payload": { "chat": chat, "requester_id": "r" } });
    assert!(push(ApiVersion::V3_5, Channel::CustomerPush, &f).is_empty());
    // In the agent API it sits beside `chat`: inside it, it is unknown (kept silently, warned with "warn").
    let opts = Options {
        unknown_fields: livechat_webhooks::UnknownFields::Warn,
        ..Options::for_pushes(ApiVersion::V3_5, Channel::AgentPush)
    };
    let r = validate(&serde_json::to_vec(&f).unwrap(), &opts);
    assert_eq!(r.issues.len(), 1);
    assert_eq!(r.issues[0].pointer, "/payload/chat/transferred_from");
    let t = |reason: Option<&str>| {
        let mut p = json!({ "chat_id": "c", "transferred_to": { "group_ids": [2] } });
        if let Some(r) = reason {
            p["reason"] = json!(r);
        }
        json!({ "version": "3.4", "action": "chat_transferred", "type": "push", "payload": p })
    };
    assert!(push(ApiVersion::V3_4, Channel::CustomerPush, &t(None)).is_empty());
    assert_eq!(
        push(ApiVersion::V3_4, Channel::AgentPush, &t(None)),
        [(
            IssueCode::MissingField,
            Severity::Error,
            "/payload/reason".into()
        )]
    );
    assert!(push(ApiVersion::V3_4, Channel::AgentPush, &t(Some("manual"))).is_empty());
}

#[test]
fn incoming_customer_push_is_the_bare_customer_and_decodes() {
    let f = json!({ "version": "3.5", "action": "incoming_customer", "type": "push",
        "payload": { "id": "b7eff798", "name": "Thomas", "type": "customer" } });
    let bytes = serde_json::to_vec(&f).unwrap();
    let d = decode_push(
        &bytes,
        &Options::for_pushes(ApiVersion::V3_5, Channel::AgentPush),
    )
    .unwrap();
    assert_eq!(serde_json::to_value(d.push.unwrap()).unwrap(), f);
}

#[test]
fn a_header_form_field_only_in_the_customer_api() {
    let form = event(
        json!({ "type": "form", "form_id": "f", "fields": [{ "type": "header", "id": "h", "label": "Welcome" }], "recipients": "all" }),
    );
    let mut form = form;
    form.as_object_mut().unwrap().remove("text");
    let f = json!({ "version": "3.3", "action": "incoming_event", "type": "push", "payload": { "chat_id": "c", "thread_id": "t", "event": form } });
    assert!(push(ApiVersion::V3_3, Channel::CustomerPush, &f).is_empty());
    let agent = push(ApiVersion::V3_3, Channel::AgentPush, &f);
    assert_eq!(
        agent,
        [(
            IssueCode::InvalidValue,
            Severity::Error,
            "/payload/event/fields/0/type".into()
        )]
    );
}

#[test]
fn access_set_under_3_2_is_not_called_chat_access_granted() {
    let body = json!({ "webhook_id": "w", "secret_key": "s", "license_id": 1, "action": "access_set",
        "payload": { "resource": "chat", "id": "c", "access": { "group_ids": [0] } } });
    for v in [ApiVersion::V3_2, ApiVersion::V3_3] {
        let r = validate(
            &serde_json::to_vec(&body).unwrap(),
            &Options::for_version(v),
        );
        let msg = &r
            .issues
            .iter()
            .find(|i| i.code == IssueCode::UnknownAction)
            .unwrap()
            .message;
        assert!(!msg.contains("chat_access_granted` —"), "{msg}");
        assert!(!msg.contains("calls it"), "{msg}");
        assert!(msg.contains("API 3.1"), "{msg}");
    }
    // 3.4 merged it into chat_access_updated, which it names.
    let r = validate(
        &serde_json::to_vec(&body).unwrap(),
        &Options::for_version(ApiVersion::V3_4),
    );
    let msg = &r
        .issues
        .iter()
        .find(|i| i.code == IssueCode::UnknownAction)
        .unwrap()
        .message;
    assert!(msg.contains("calls it `chat_access_updated`"), "{msg}");
}

fn app(body: &Value) -> Vec<(IssueCode, Severity, String)> {
    let opts = Options {
        channel: Channel::AppWebhook,
        ..Options::default()
    };
    validate(&serde_json::to_vec(body).unwrap(), &opts)
        .issues
        .into_iter()
        .map(|i| (i.code, i.severity, i.pointer))
        .collect()
}

#[test]
fn app_webhooks_envelope_events_and_misdirected_bodies() {
    let ok = json!({ "applicationID": "aPbNnrwZg", "applicationName": "App", "clientID": "9cbf",
        "date": "2020-09-14T15:29:49+02:00", "event": "payment_collected", "licenseID": 104130623,
        "payload": { "paymentID": "bd5e", "total": 400 } });
    assert!(app(&ok).is_empty());
    let mut bad = ok.clone();
    bad["payload"]["total"] = json!("400");
    bad["date"] = json!("2020-09-14 15:29:49");
    bad.as_object_mut().unwrap().remove("licenseID");
    let mut got = app(&bad);
    got.sort_by(|a, b| a.2.cmp(&b.2));
    assert_eq!(
        got,
        [
            (IssueCode::InvalidValue, Severity::Error, "/date".into()),
            (
                IssueCode::MissingField,
                Severity::Error,
                "/licenseID".into()
            ),
            (
                IssueCode::InvalidType,
                Severity::Error,
                "/payload/total".into()
            ),
        ]
    );
    let mut unknown = ok.clone();
    unknown["event"] = json!("payment_refunded");
    assert_eq!(app(&unknown)[0].0, IssueCode::UnknownAction);
    let webhook = json!({ "webhook_id": "w", "secret_key": "s", "action": "chat_deactivated", "payload": {} });
    assert_eq!(
        app(&webhook),
        [(IssueCode::NotAWebhook, Severity::Error, String::new())]
    );
    // And an app webhook given to the chat webhook path names decodeAppWebhook.
    let r = validate(&serde_json::to_vec(&ok).unwrap(), &Options::default());
    assert_eq!(r.issues.len(), 1);
    assert_eq!(r.issues[0].code, IssueCode::NotAWebhook);
    assert!(r.issues[0].message.contains("decodeAppWebhook"));
}

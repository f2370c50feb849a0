//! Conformance on real data: the public LiveChat samples in `../shared/fixtures` (relative to the
//! repository root). They are read in place, never copied. When the folder is absent the tests
//! say so on stderr and pass.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fixtures::{fixtures, json_files};

use std::fs;
use std::path::Path;

use livechat_webhooks::{decode, validate, ApiVersion, Issue, IssueCode, Options, UnknownFields};
use serde_json::Value;

fn name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

fn show(issues: &[Issue]) -> String {
    issues
        .iter()
        .map(|i| {
            format!(
                "{:?} {} {:?} @{}:{} — {}",
                i.severity,
                i.code,
                i.pointer,
                i.line.unwrap_or(0),
                i.column.unwrap_or(0),
                i.message
            )
        })
        .collect::<Vec<_>>()
        .join("\n      ")
}

fn report(what: &str, total: usize, failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{what}: {} of {total} files failed\n  {}\n",
        failures.len(),
        failures.join("\n  ")
    );
}

const GO_SDK_3_1: &str = "lc-sdk-go-v1.0.0-api-3.1";
const DOC_EVENTS_3_1: &str = "docs-api-3.1-events";

#[test]
fn go_sdk_fixtures_validate_with_default_options() {
    let Some(root) = fixtures() else { return };
    let files = json_files(&root, GO_SDK_3_1);
    let mut failures = Vec::new();
    for f in &files {
        let body = fs::read(f).unwrap();
        let r = validate(&body, &Options::for_version(ApiVersion::V3_1));
        if !r.is_ok() || !r.issues.is_empty() {
            failures.push(format!("{}:\n      {}", name(f), show(&r.issues)));
        }
    }
    report("validate (default options)", files.len(), failures);
}

#[test]
fn go_sdk_fixtures_have_no_unknown_fields() {
    let Some(root) = fixtures() else { return };
    let files = json_files(&root, GO_SDK_3_1);
    let opts = Options {
        unknown_fields: UnknownFields::Reject,
        ..Options::for_version(ApiVersion::V3_1)
    };
    let mut failures = Vec::new();
    for f in &files {
        let r = validate(&fs::read(f).unwrap(), &opts);
        if !r.is_ok() {
            let unknown: Vec<&str> = r
                .issues
                .iter()
                .filter(|i| i.code == IssueCode::UnknownField)
                .map(|i| i.pointer.as_str())
                .collect();
            failures.push(format!(
                "{}: unknown fields {unknown:?}\n      {}",
                name(f),
                show(&r.issues)
            ));
        }
    }
    report("validate (unknownFields reject)", files.len(), failures);
}

#[test]
fn go_sdk_fixtures_decode_losslessly() {
    let Some(root) = fixtures() else { return };
    let files = json_files(&root, GO_SDK_3_1);
    let mut failures = Vec::new();
    for f in &files {
        let body = fs::read(f).unwrap();
        if let Err(why) = round_trip(&body) {
            failures.push(format!("{}: {why}", name(f)));
        }
    }
    report("decode round trip", files.len(), failures);
}

/// Every action of the Go SDK's 3.1 set is there, so the tests above cover all of them.
#[test]
fn go_sdk_fixtures_cover_their_actions() {
    let Some(root) = fixtures() else { return };
    for f in json_files(&root, GO_SDK_3_1) {
        let v: Value = serde_json::from_slice(&fs::read(&f).unwrap()).unwrap();
        assert_eq!(
            v["action"].as_str().map(|a| format!("{a}.json")),
            Some(name(&f)),
            "{}",
            f.display()
        );
    }
}

/// Wrap one documented event in an `incoming_event` envelope (as text, so its key order and
/// formatting stay as published).
fn wrap_event(event: &str) -> String {
    format!(
        "{{\"webhook_id\":\"conformance\",\"secret_key\":\"conformance\",\"action\":\"incoming_event\",\
         \"payload\":{{\"chat_id\":\"PJ0MRSHTDG\",\"thread_id\":\"K600PKZON8\",\"event\":{}}},\"additional_data\":{{}}}}",
        event.trim()
    )
}

#[test]
fn documented_events_validate_and_decode() {
    let Some(root) = fixtures() else { return };
    let files = json_files(&root, DOC_EVENTS_3_1);
    let mut failures = Vec::new();
    for f in &files {
        let event = fs::read_to_string(f).unwrap();
        let body = wrap_event(&event);
        for (label, opts) in [
            ("default", Options::for_version(ApiVersion::V3_1)),
            (
                "unknownFields reject",
                Options {
                    unknown_fields: UnknownFields::Reject,
                    ..Options::for_version(ApiVersion::V3_1)
                },
            ),
        ] {
            let r = validate(body.as_bytes(), &opts);
            if !r.is_ok() || !r.issues.is_empty() {
                failures.push(format!("{} ({label}):\n      {}", name(f), show(&r.issues)));
            }
            if let Some(i) = r
                .issues
                .iter()
                .find(|i| !i.pointer.starts_with("/payload/event"))
            {
                failures.push(format!(
                    "{}: issue outside the event: {}",
                    name(f),
                    show(std::slice::from_ref(i))
                ));
            }
        }
        if let Err(why) = round_trip(body.as_bytes()) {
            failures.push(format!("{}: {why}", name(f)));
        }
    }
    report("documented events", files.len(), failures);
}

/// A broken copy of each documented event is caught inside `/payload/event`: this proves the
/// wrapper really puts the event where the validator looks.
#[test]
fn documented_events_errors_point_into_the_event() {
    let Some(root) = fixtures() else { return };
    let files = json_files(&root, DOC_EVENTS_3_1);
    let mut failures = Vec::new();
    for f in &files {
        let mut event: Value = serde_json::from_slice(&fs::read(f).unwrap()).unwrap();
        event["created_at"] = Value::from("2017-10-12 15:19:21");
        let body = wrap_event(&serde_json::to_string(&event).unwrap());
        let r = validate(body.as_bytes(), &Options::for_version(ApiVersion::V3_1));
        let got: Vec<(IssueCode, &str)> = r
            .issues
            .iter()
            .map(|i| (i.code, i.pointer.as_str()))
            .collect();
        if got != [(IssueCode::InvalidValue, "/payload/event/created_at")] {
            failures.push(format!("{}: {got:?}", name(f)));
        }
    }
    report(
        "documented events with a bad created_at",
        files.len(),
        failures,
    );
}

/// Decode `body` and re-serialise the typed value: it must equal the input.
fn round_trip(body: &[u8]) -> Result<(), String> {
    let d = decode(body, &Options::for_version(ApiVersion::V3_1))
        .map_err(|e| format!("decode failed\n      {}", show(&e.issues)))?;
    let input: Value = serde_json::from_slice(body).unwrap();
    let output = serde_json::to_value(&d.webhook).unwrap();
    if input == output {
        return Ok(());
    }
    Err(format!(
        "round trip differs: {}",
        common::first_difference(&input, &output, "")
    ))
}

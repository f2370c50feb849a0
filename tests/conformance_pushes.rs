//! Conformance on LiveChat's documentation samples of RTM pushes (Agent and Customer Chat API,
//! 3.2–3.6), read in place from `../shared/fixtures` (never copied; when the folder is absent
//! the tests say so on stderr and pass). The 3.7 samples are held back: 3.7 is built from the
//! spec, and its own cases are in `tests/pushes.rs`.
//!
//! Every file either decodes as a push of its API and version — and re-serialises to the same
//! JSON through the typed union — or fails with exactly the issues the documentation's own
//! mistakes explain (`../shared/fixtures/SOURCES-pushes.md`, "Skeleton files"): an empty `{}`
//! where the page only had a comment. Anything else failing fails the test.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fixtures::{fixtures, json_files};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use livechat_webhooks::api::Channel;
use livechat_webhooks::model::AnyPush;
use livechat_webhooks::{validate, ApiVersion, Options};

type Expected = Vec<(&'static str, &'static str)>;

/// The skeletons of `SOURCES-pushes.md` and the errors their empty objects give.
fn expected_failures(api: Channel, version: ApiVersion) -> BTreeMap<&'static str, Expected> {
    let mut m: BTreeMap<&str, Expected> = BTreeMap::new();
    let thread = vec![
        ("missing_field", "/payload/chat/thread/active"),
        ("missing_field", "/payload/chat/thread/created_at"),
        ("missing_field", "/payload/chat/thread/id"),
        ("missing_field", "/payload/chat/thread/user_ids"),
    ];
    // `payload.chat.users` is an empty array, which is valid; the thread is `{}`.
    m.insert("incoming_chat.json", thread);
    m.insert(
        "user_added_to_chat.json",
        vec![("missing_field", "/payload/user/type")],
    );
    m.insert(
        "event_updated.json",
        vec![("missing_field", "/payload/event/type")],
    );
    match api {
        Channel::AgentPush if version >= ApiVersion::V3_3 => {
            m.insert(
                "incoming_customers.json",
                vec![("missing_field", "/payload/customers/0/id")],
            );
            m.insert(
                "incoming_customer.json",
                vec![("missing_field", "/payload/id")],
            );
        }
        Channel::CustomerPush => {
            // The customer page's chat also has `access: {}`.
            m.get_mut("incoming_chat.json")
                .unwrap()
                .insert(0, ("missing_field", "/payload/chat/access/group_ids"));
            m.insert(
                "incoming_greeting.json",
                vec![("missing_field", "/payload/event/type")],
            );
            if version == ApiVersion::V3_2 {
                m.insert(
                    "customer_updated.json",
                    vec![("missing_field", "/payload/customer/id")],
                );
            } else {
                m.insert(
                    "customer_updated.json",
                    vec![("missing_field", "/payload/id")],
                );
            }
        }
        _ => {}
    }
    m
}

struct Counts {
    decoded: usize,
    expected_failures: usize,
    unexpected: Vec<String>,
}

fn run(root: &Path, folder: &str, api: Channel, version: ApiVersion) -> Counts {
    let expected = expected_failures(api, version);
    let options = Options::for_pushes(version, api);
    let mut counts = Counts {
        decoded: 0,
        expected_failures: 0,
        unexpected: Vec::new(),
    };
    let files = json_files(root, folder);
    for f in &files {
        let file = f.file_name().unwrap().to_string_lossy().into_owned();
        let body = fs::read(f).unwrap();
        let report = validate(&body, &options);
        let mut errors: Vec<(String, String)> = report
            .errors()
            .map(|i| (i.code.as_str().to_string(), i.pointer.clone()))
            .collect();
        errors.sort();
        let warnings: Vec<String> = report.warnings().map(|i| i.message.clone()).collect();
        match expected.get(file.as_str()) {
            Some(want) => {
                let want: Vec<(String, String)> = want
                    .iter()
                    .map(|(c, p)| (c.to_string(), p.to_string()))
                    .collect();
                if errors == want {
                    counts.expected_failures += 1;
                } else {
                    counts.unexpected.push(format!(
                        "{folder}/{file}: expected errors {want:?}, got {errors:?}"
                    ));
                }
            }
            None if !errors.is_empty() => counts
                .unexpected
                .push(format!("{folder}/{file}: unexpected errors {errors:?}")),
            None if !warnings.is_empty() => counts
                .unexpected
                .push(format!("{folder}/{file}: unexpected warnings {warnings:?}")),
            None => match AnyPush::from_slice(version, api, &body).unwrap() {
                Ok(push) => {
                    let original: serde_json::Value = serde_json::from_slice(&body).unwrap();
                    let back = serde_json::to_value(&push).unwrap();
                    if back == original {
                        counts.decoded += 1;
                    } else {
                        counts.unexpected.push(format!(
                            "{folder}/{file}: the decoded value differs from the body:\n{back}\n{original}"
                        ));
                    }
                }
                Err(e) => counts.unexpected.push(format!(
                    "{folder}/{file}: validates but does not decode: {e}"
                )),
            },
        }
    }
    for listed in expected.keys() {
        if !files.iter().any(|f| f.ends_with(listed)) {
            counts.unexpected.push(format!(
                "{folder}/{listed}: listed as an expected failure but absent"
            ));
        }
    }
    counts
}

#[test]
fn push_samples_decode_under_their_version_and_api() {
    let Some(root) = fixtures() else { return };
    let mut unexpected = Vec::new();
    for (name, api) in [
        ("agent", Channel::AgentPush),
        ("customer", Channel::CustomerPush),
    ] {
        for version in [
            ApiVersion::V3_2,
            ApiVersion::V3_3,
            ApiVersion::V3_4,
            ApiVersion::V3_5,
            ApiVersion::V3_6,
        ] {
            let folder = format!("docs-pushes-{name}-{version}");
            let c = run(&root, &folder, api, version);
            eprintln!(
                "conformance {folder}: {} decoded, {} expected failures, {} unexpected",
                c.decoded,
                c.expected_failures,
                c.unexpected.len()
            );
            unexpected.extend(c.unexpected);
        }
    }
    assert!(unexpected.is_empty(), "\n  {}\n", unexpected.join("\n  "));
}

/// The six app webhooks of the App Webhooks guide: every one decodes and round-trips through
/// the typed model; a chat webhook or a push given as one is `not_a_webhook`.
#[test]
fn app_webhook_samples_decode() {
    use livechat_webhooks::model::AppWebhook;
    let options = Options {
        channel: Channel::AppWebhook,
        unknown_fields: livechat_webhooks::UnknownFields::Reject,
        ..Options::default()
    };
    let Some(root) = fixtures() else { return };
    let files = json_files(&root, "docs-app-webhooks");
    let mut decoded = 0;
    for f in &files {
        let body = fs::read(f).unwrap();
        let report = validate(&body, &options);
        assert!(
            report.issues.is_empty(),
            "{}: {:?}",
            f.display(),
            report.issues
        );
        let typed: AppWebhook = serde_json::from_slice(&body).unwrap();
        let original: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(
            serde_json::to_value(&typed).unwrap(),
            original,
            "{}",
            f.display()
        );
        decoded += 1;
    }
    eprintln!(
        "conformance docs-app-webhooks: {decoded} decoded, 0 expected failures, 0 unexpected"
    );
    assert_eq!(decoded, 6);
}

//! Conformance on the documentation samples of API 3.2–3.6 and LiveChat's Go SDK fixtures for
//! 3.4, read in place from `../shared/fixtures` (never copied; when the folder is absent the tests
//! say so on stderr and pass).
//!
//! Every file either decodes under its version — and re-serialises to the same JSON — or fails
//! with exactly the issues the documentation's own mistakes explain, listed below file by file:
//! skeletons (an empty `{}` where the reference page only had a comment) and wrong `action`
//! values (see `../shared/fixtures/SOURCES-docs.md`). Anything else failing fails the test.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fixtures::{fixtures, json_files};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use livechat_webhooks::{decode, validate, ApiVersion, Options};

/// The error issues (code and pointer) each skeleton gives: its empty object lacks every
/// required member.
const EMPTY_EVENT: &[(&str, &str)] = &[("missing_field", "/payload/event/type")];
const EMPTY_USER: &[(&str, &str)] = &[("missing_field", "/payload/user/type")];
const EMPTY_CUSTOMER: &[(&str, &str)] = &[("missing_field", "/payload/customer/id")];
const EMPTY_THREAD: &[(&str, &str)] = &[
    ("missing_field", "/payload/chat/thread/active"),
    ("missing_field", "/payload/chat/thread/created_at"),
    ("missing_field", "/payload/chat/thread/id"),
    ("missing_field", "/payload/chat/thread/user_ids"),
];
/// The 3.5+ `auto_accesses_updated` samples say `"action": "auto_access_added"`, a 3.4 name.
const WRONG_AUTO_ACCESS_ACTION: &[(&str, &str)] = &[("unknown_action", "/action")];

/// Files expected to fail, per folder, with the errors they must give (sorted).
fn expected_failures(folder: &str) -> BTreeMap<&'static str, Vec<(&'static str, &'static str)>> {
    let mut m: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    if folder.starts_with("docs-api-") {
        m.insert("incoming_chat.json", EMPTY_THREAD.to_vec());
        m.insert("incoming_event.json", EMPTY_EVENT.to_vec());
        m.insert("event_updated.json", EMPTY_EVENT.to_vec());
        m.insert("user_added_to_chat.json", EMPTY_USER.to_vec());
    }
    match folder {
        "docs-api-3.2" => {
            m.insert("customer_created.json", EMPTY_CUSTOMER.to_vec());
        }
        "docs-api-3.3" => {
            m.insert("incoming_customer.json", EMPTY_CUSTOMER.to_vec());
            // The sample says `"action": "chat_access_revoked"`, so its payload is read as one.
            m.insert(
                "chat_transferred.json",
                vec![
                    ("missing_field", "/payload/access"),
                    ("missing_field", "/payload/id"),
                ],
            );
        }
        "docs-api-3.4" => {
            m.insert("incoming_customer.json", EMPTY_CUSTOMER.to_vec());
        }
        "docs-api-3.5" | "docs-api-3.6" => {
            if folder == "docs-api-3.5" {
                m.insert("incoming_customer.json", EMPTY_CUSTOMER.to_vec());
            }
            for f in [
                "auto_accesses_updated--after-adding.json",
                "auto_accesses_updated--after-deleting.json",
                "auto_accesses_updated--after-updating.json",
            ] {
                m.insert(f, WRONG_AUTO_ACCESS_ACTION.to_vec());
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

fn run(root: &Path, folder: &str, version: ApiVersion) -> Counts {
    let expected = expected_failures(folder);
    let options = Options::for_version(version);
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
            None => match decode(&body, &options) {
                Ok(d) => {
                    let original: serde_json::Value = serde_json::from_slice(&body).unwrap();
                    let back = serde_json::to_value(&d.webhook).unwrap();
                    if back == original {
                        counts.decoded += 1;
                    } else {
                        counts.unexpected.push(format!(
                            "{folder}/{file}: the decoded value differs from the body"
                        ));
                    }
                }
                Err(e) => counts.unexpected.push(format!(
                    "{folder}/{file}: validates but does not decode: {e}"
                )),
            },
        }
    }
    // Every listed failure must name a file that exists: the list cannot go stale silently.
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
fn documentation_samples_decode_under_their_version() {
    let Some(root) = fixtures() else { return };
    let mut unexpected = Vec::new();
    for (folder, version) in [
        ("docs-api-3.2", ApiVersion::V3_2),
        ("docs-api-3.3", ApiVersion::V3_3),
        ("docs-api-3.4", ApiVersion::V3_4),
        ("docs-api-3.5", ApiVersion::V3_5),
        ("docs-api-3.6", ApiVersion::V3_6),
        ("lc-sdk-go-v3.4-api-3.4", ApiVersion::V3_4),
    ] {
        let c = run(&root, folder, version);
        eprintln!(
            "conformance {folder} (API {version}): {} decoded, {} expected failures, {} unexpected",
            c.decoded,
            c.expected_failures,
            c.unexpected.len()
        );
        unexpected.extend(c.unexpected);
    }
    assert!(unexpected.is_empty(), "\n  {}\n", unexpected.join("\n  "));
}

#[test]
fn the_go_sdk_3_4_fixtures_are_all_decoded() {
    let Some(root) = fixtures() else { return };
    let c = run(&root, "lc-sdk-go-v3.4-api-3.4", ApiVersion::V3_4);
    assert_eq!(c.expected_failures, 0);
    assert_eq!(c.decoded, 36, "{:?}", c.unexpected);
}

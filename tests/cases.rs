//! The shared cases (`tests/cases/*.json`) run natively through `validate` and `decode`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{all_cases, check, run_all, Case};
use livechat_webhooks::{
    decode, validate, ApiVersion, Options, UnknownActions, UnknownFields, VersionChoice,
};
use serde_json::Value;

/// The case's options (JS names) as `Options`, the way the wasm boundary reads them.
fn options(case: &Case) -> Result<Options, String> {
    let mut o = Options::default();
    for (k, v) in &case.options {
        let bad = || format!("option {k} = {v} is not valid");
        match k.as_str() {
            "apiVersion" => match v.as_str() {
                Some("auto") => o.api_version = VersionChoice::Auto,
                Some(s) => {
                    o.api_version = VersionChoice::Fixed(ApiVersion::parse(s).ok_or_else(bad)?)
                }
                _ => return Err(bad()),
            },
            "secretKey" => {
                o.secret_keys = match v {
                    Value::String(s) => vec![s.clone()],
                    Value::Array(a) => a
                        .iter()
                        .map(|s| s.as_str().map(str::to_owned).ok_or_else(bad))
                        .collect::<Result<_, _>>()?,
                    _ => return Err(bad()),
                }
            }
            "unknownFields" => {
                o.unknown_fields = match v.as_str() {
                    Some("keep") => UnknownFields::Keep,
                    Some("warn") => UnknownFields::Warn,
                    Some("reject") => UnknownFields::Reject,
                    _ => return Err(bad()),
                }
            }
            "unknownActions" => {
                o.unknown_actions = match v.as_str() {
                    Some("reject") => UnknownActions::Reject,
                    Some("accept") => UnknownActions::Accept,
                    _ => return Err(bad()),
                }
            }
            "maxBytes" => {
                o.max_bytes = v
                    .as_u64()
                    .and_then(|n| usize::try_from(n).ok())
                    .ok_or_else(bad)?
            }
            "maxDepth" => {
                o.max_depth = v
                    .as_u64()
                    .and_then(|n| u32::try_from(n).ok())
                    .ok_or_else(bad)?
            }
            _ => return Err(format!("unknown option {k}")),
        }
    }
    Ok(o)
}

#[test]
fn cases_validate() {
    let cases = all_cases();
    run_all("validate", &cases, |c| {
        let report = validate(&c.body, &options(c)?);
        check(c, report.is_ok(), &report.issues)
    });
}

#[test]
fn cases_decode_agrees_with_validate() {
    let cases = all_cases();
    run_all("decode", &cases, |c| {
        let opts = options(c)?;
        let report = validate(&c.body, &opts);
        match decode(&c.body, &opts) {
            Ok(d) if c.ok => {
                if d.warnings != report.issues {
                    return Err(format!(
                        "decode warnings differ from validate issues\n      decode: {:?}\n      validate: {:?}",
                        d.warnings, report.issues
                    ));
                }
                check(c, true, &d.warnings)
            }
            Ok(_) => Err("decode returned Ok for a case that expects errors".into()),
            Err(e) if !c.ok => {
                if e.issues != report.issues {
                    return Err(format!(
                        "decode issues differ from validate issues\n      decode: {:?}\n      validate: {:?}",
                        e.issues, report.issues
                    ));
                }
                check(c, false, &e.issues)
            }
            Err(e) => Err(format!("decode failed on a valid case: {:?}", e.issues)),
        }
    });
}

/// A decoded valid body serialises back to the same JSON value: nothing is dropped or rounded,
/// members the model does not know included (they are kept in each struct's `extra`).
#[test]
fn cases_decode_is_lossless() {
    let cases: Vec<Case> = all_cases().into_iter().filter(|c| c.ok).collect();
    run_all("decode round trip", &cases, |c| {
        let opts = options(c)?;
        let d = decode(&c.body, &opts).map_err(|e| format!("decode failed: {:?}", e.issues))?;
        let text = c.body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&c.body);
        let input: Value = serde_json::from_slice(text).map_err(|e| e.to_string())?;
        let output = serde_json::to_value(&d.webhook).map_err(|e| e.to_string())?;
        if input == output {
            Ok(())
        } else {
            Err(format!(
                "re-serialised value differs: {}",
                common::first_difference(&input, &output, "")
            ))
        }
    });
}

/// Secrets never appear in issues, whatever else is wrong with the body. `check` already tests
/// every case; this adds bodies built around the secret itself.
#[test]
fn secrets_never_leak() {
    let secret = "Sup3r-Secret-Value-Ω";
    let wrong = "Wr0ng-Secret-Value-Ψ";
    let bodies = [
        format!(
            r#"{{"webhook_id":"w","secret_key":"{wrong}","action":"agent_deleted","payload":{{"agent_id":"a"}}}}"#
        ),
        format!(
            r#"{{"webhook_id":"w","secret_key":"{wrong}","action":"agent_deleted","payload":{{"agent_id":"{wrong}","x":1}}}}"#
        ),
        format!(
            r#"{{"webhook_id":"w","secret_key":["{wrong}"],"action":"agent_deleted","payload":{{"agent_id":"a"}}}}"#
        ),
        format!(r#"{{"webhook_id":"w","secret_key":"{wrong}"  "action":"agent_deleted"}}"#),
        format!(
            r#"{{"webhook_id":"w","secret_key":"{secret}x","action":"agent_deleted","payload":{{"agent_id":"a"}}}}"#
        ),
    ];
    for opts in [
        Options {
            secret_keys: vec![secret.into()],
            unknown_fields: UnknownFields::Reject,
            ..Options::default()
        },
        Options {
            secret_keys: vec!["other-rotated-secret".into(), secret.into()],
            ..Options::default()
        },
    ] {
        for body in &bodies {
            let report = validate(body.as_bytes(), &opts);
            assert!(!report.is_ok(), "{body} should not pass");
            let decoded = decode(body.as_bytes(), &opts);
            let from_decode = decoded.err().map(|e| e.issues).unwrap_or_default();
            for issue in report.issues.iter().chain(&from_decode) {
                let text = serde_json::to_string(issue).unwrap();
                for s in opts
                    .secret_keys
                    .iter()
                    .map(String::as_str)
                    .chain([wrong, secret])
                {
                    assert!(
                        !text.contains(s),
                        "a secret leaks in an issue of {}",
                        issue.code
                    );
                }
            }
        }
    }
}

/// Every action of every API version has at least one valid case of that version.
#[test]
fn every_action_of_every_version_has_a_valid_case() {
    let cases = all_cases();
    let mut missing = Vec::new();
    for v in ApiVersion::ALL {
        for action in v.action_names() {
            let covered = cases.iter().any(|c| {
                c.ok && c.options.get("apiVersion").and_then(Value::as_str) == Some(v.as_str())
                    && serde_json::from_slice::<Value>(&c.body)
                        .ok()
                        .and_then(|b| b.get("action").and_then(Value::as_str).map(str::to_owned))
                        .as_deref()
                        == Some(action)
            });
            if !covered {
                missing.push(format!("{v} {action}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "no valid case for: {}",
        missing.join(", ")
    );
}

/// The envelope reads `action` where it stands and looks ahead for it only when `payload` or
/// `requester` comes first: every case gives the same issues (code, severity, pointer) with
/// `action` moved to the front and to the end of its body.
#[test]
fn cases_give_the_same_issues_wherever_the_action_stands() {
    let cases = all_cases();
    let key = |i: &livechat_webhooks::Issue| format!("{:?} {:?} {}", i.code, i.severity, i.pointer);
    let mut moved = 0;
    for c in &cases {
        let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(&c.body) else {
            continue;
        };
        let Some(action) = body.get("action").cloned() else {
            continue;
        };
        let opts = options(c).unwrap();
        // Compared with the body as re-serialised in its own order: serde_json rounds what
        // JavaScript would (big integers), and that must not count as a difference.
        let same = serde_json::to_vec(&Value::Object(body.clone())).unwrap();
        let mut want: Vec<String> = validate(&same, &opts).issues.iter().map(key).collect();
        want.sort();
        let rest: Vec<(String, Value)> = body.into_iter().filter(|(k, _)| k != "action").collect();
        let first: serde_json::Map<String, Value> =
            std::iter::once(("action".to_string(), action.clone()))
                .chain(rest.clone())
                .collect();
        let last: serde_json::Map<String, Value> = rest
            .into_iter()
            .chain(std::iter::once(("action".to_string(), action)))
            .collect();
        for (place, obj) in [("first", first), ("last", last)] {
            let text = serde_json::to_vec(&Value::Object(obj)).unwrap();
            let mut got: Vec<String> = validate(&text, &opts).issues.iter().map(key).collect();
            got.sort();
            assert_eq!(got, want, "{}: action {place}", c.label);
        }
        moved += 1;
    }
    assert!(moved > 200, "only {moved} cases with an action");
}

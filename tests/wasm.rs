//! The shared cases through the wasm boundary (`livechat_webhooks::wasm::Checker`).
//! One file for Node, Chromium and Firefox: no `run_in_browser` here; the Makefile sets
//! `WASM_BINDGEN_USE_BROWSER=1` for the browser runs.
#![cfg(all(target_arch = "wasm32", feature = "wasm"))]

mod common;

use common::{all_cases, check, run_all, Case};
use livechat_webhooks::wasm::Checker;
use livechat_webhooks::Issue;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn checker(case: &Case) -> Result<Checker, String> {
    let opts =
        js_sys::JSON::parse(&case.options_json).map_err(|_| "options are not JSON".to_string())?;
    Checker::new(opts, None)
        .map_err(|_| format!("Checker::new refused the options {}", case.options_json))
}

fn issues(checker: &Checker) -> Result<Vec<Issue>, String> {
    let text = checker.issues_json();
    serde_json::from_str(&text)
        .map_err(|e| format!("issues_json is not a JSON array of Issue ({e}): {text}"))
}

fn compare(case: &Case, how: &str, status: u32, issues: &[Issue]) -> Result<(), String> {
    let mut problems = Vec::new();
    if status != case.expected_status() {
        problems.push(format!(
            "{how}: status {status}, expected {}",
            case.expected_status()
        ));
    }
    let consistent = match status {
        0 => issues.is_empty(),
        1 => !issues.is_empty() && issues.iter().all(|i| !i.is_error()),
        2 => issues.iter().any(Issue::is_error),
        _ => false,
    };
    if !consistent {
        problems.push(format!(
            "{how}: status {status} does not fit its {} issues",
            issues.len()
        ));
    }
    if let Err(e) = check(case, status < 2, issues) {
        problems.push(format!("{how}: {e}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n    "))
    }
}

#[wasm_bindgen_test]
fn cases_check_bytes() {
    let cases = all_cases();
    run_all("wasm check_bytes", &cases, |c| {
        let mut ch = checker(c)?;
        let status = ch.check_bytes(&c.body);
        compare(c, "check_bytes", status, &issues(&ch)?)
    });
}

#[wasm_bindgen_test]
fn cases_check_str() {
    let cases: Vec<Case> = all_cases().into_iter().filter(|c| c.utf8).collect();
    run_all("wasm check_str", &cases, |c| {
        let mut ch = checker(c)?;
        let text = std::str::from_utf8(&c.body).map_err(|e| e.to_string())?;
        let status = ch.check_str(text);
        compare(c, "check_str", status, &issues(&ch)?)
    });
}

/// Through the input region, as the package calls it: the body written where `inputRegion` says,
/// then `check_input`. Bodies of growing size move the region; each is checked where it is.
#[wasm_bindgen_test]
fn cases_check_input() {
    let mut cases = all_cases();
    cases.sort_by_key(|c| c.body.len());
    run_all("wasm check_input", &cases, |c| {
        let mut ch = checker(c)?;
        let at = livechat_webhooks::wasm::input_region(c.body.len());
        // SAFETY: the region holds at least body.len() bytes until the next input_region call.
        unsafe { std::ptr::copy_nonoverlapping(c.body.as_ptr(), at, c.body.len()) };
        let status = ch.check_input(c.body.len());
        compare(c, "check_input", status, &issues(&ch)?)
    });
}

/// The wasm is built with simd128, and its SIMD block finds what the portable one does, on the
/// scanner's corpus and on the case bodies.
#[wasm_bindgen_test]
fn the_scanner_reads_16_bytes_at_a_time_and_both_blocks_agree() {
    assert_eq!(livechat_webhooks::wasm::scan_width(), 16);
    let cases = all_cases();
    // Every start of every body: quadratic in a plain run, so the few long bodies are left out.
    let bodies: Vec<&[u8]> = cases
        .iter()
        .map(|c| &c.body[..])
        .filter(|b| b.len() <= 4096)
        .collect();
    assert!(livechat_webhooks::wasm::scan_blocks_agree(&bodies));
}

/// One checker reused across bodies keeps no state from the previous check but its issues.
#[wasm_bindgen_test]
fn checker_is_reusable() {
    assert!(
        Checker::new(JsValue::UNDEFINED, None).is_ok(),
        "undefined options must be accepted"
    );
    // The cases whose only option is API 3.1, through one checker.
    let mut ch = Checker::new(
        js_sys::JSON::parse(r#"{"apiVersion": "3.1"}"#).unwrap(),
        None,
    )
    .unwrap_or_else(|_| panic!("apiVersion 3.1 must be accepted"));
    let cases = all_cases();
    let (bad, good): (Vec<&Case>, Vec<&Case>) = cases
        .iter()
        .filter(|c| {
            c.options.len() == 1
                && c.options.get("apiVersion").and_then(|v| v.as_str()) == Some("3.1")
        })
        .partition(|c| !c.ok);
    assert!(!bad.is_empty() && !good.is_empty());
    for (b, g) in bad.iter().zip(good.iter().filter(|c| c.issues.is_empty())) {
        assert_eq!(ch.check_bytes(&b.body), 2, "{}", b.label);
        assert_ne!(issues(&ch).unwrap().len(), 0, "{}", b.label);
        assert_eq!(ch.check_bytes(&g.body), 0, "{}", g.label);
        assert_eq!(
            issues(&ch).unwrap().len(),
            0,
            "{} after {}",
            g.label,
            b.label
        );
    }
}

#[wasm_bindgen_test]
fn null_and_empty_options_are_defaults() {
    for text in ["null", "{}"] {
        let opts = js_sys::JSON::parse(text).unwrap();
        assert!(
            Checker::new(opts, None).is_ok(),
            "options {text} must be accepted"
        );
    }
}

#[wasm_bindgen_test]
fn bad_options_are_errors_not_panics() {
    let bad = [
        r#"{"unknownFields": "maybe"}"#,
        r#"{"unknownActions": true}"#,
        r#"{"apiVersion": "3.0"}"#,
        r#"{"secretKey": 42}"#,
        r#"{"secretKey": ["ok-secret", 7]}"#,
        r#"{"maxBytes": -1}"#,
        r#"{"maxDepth": "deep"}"#,
        r#""3.1""#,
        "[]",
    ];
    for text in bad {
        let opts = js_sys::JSON::parse(text).unwrap();
        assert!(
            Checker::new(opts, None).is_err(),
            "options {text} must be refused with an error"
        );
    }
    // The error for a bad secretKey must not echo it.
    let opts = js_sys::JSON::parse(r#"{"secretKey": {"value": "Leaky-Secret-123"}}"#).unwrap();
    match Checker::new(opts, None) {
        Ok(_) => panic!("an object secretKey must be refused"),
        Err(e) => {
            let v: JsValue = e.into();
            let msg = js_sys::Reflect::get(&v, &JsValue::from_str("message"))
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_default();
            assert!(
                !msg.contains("Leaky-Secret-123"),
                "the option error echoes the secret"
            );
        }
    }
}

/// Issue 17: a Checker of pushes (kind 1, the Agent Chat API) checks frames, and a webhook body
/// given to it is `not_a_push`, in every engine.
#[wasm_bindgen_test]
fn a_push_checker_reads_frames() {
    let opts = js_sys::JSON::parse(r#"{"apiVersion": "3.6"}"#).unwrap();
    let mut ch = Checker::new(opts, Some(1)).unwrap();
    let frame =
        r#"{"version":"3.6","action":"chat_deleted","type":"push","payload":{"chat_id":"c"}}"#;
    assert_eq!(ch.check_str(frame), 0);
    let webhook = r#"{"webhook_id":"w","secret_key":"s","action":"chat_deleted","payload":{}}"#;
    assert_eq!(ch.check_str(webhook), 2);
    assert!(ch.issues_json().contains("not_a_push"));
}

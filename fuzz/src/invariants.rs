//! What must hold for every input, whatever it is. Shared by the fuzz targets (`fuzz/`) and by
//! `tests/regressions.rs`, which replays the kept inputs of `tests/regressions/` natively.
//!
//! An input is two bytes that choose the options, then the body (see [`split`]).

use livechat_webhooks::issue::pointer_of;
use livechat_webhooks::model::AnyWebhook;
use livechat_webhooks::validate::BOM;
use livechat_webhooks::{
    decode, validate, ApiVersion, Issue, IssueCode, Options, Report, UnknownActions, UnknownFields,
};
use serde_json::Value;

/// The secrets the options may hold. Both must never appear in an issue.
pub const SECRET: &str = "fz-Secret-7Qp";
pub const OTHER_SECRET: &str = "fz-Rotated-2Lm";

/// The validator keeps at most this many issues (`cx::MAX_ISSUES`).
const MAX_ISSUES: usize = 1000;

/// The options chosen by the first two bytes, and the body after them.
pub fn split(data: &[u8]) -> Option<(Options, &[u8])> {
    let (&flags, rest) = data.split_first()?;
    let (&version, body) = rest.split_first()?;
    Some((options_from(flags, version), body))
}

/// Bits of `flags`: 0–1 unknownFields (keep, warn, reject, keep), 2 accept unknown actions,
/// 3 secret [`SECRET`], 4 also [`OTHER_SECRET`] (first, as during a rotation), 5 maxDepth 6,
/// 6 maxBytes 512. `version` indexes [`ApiVersion::ALL`], so new versions get fuzzed as soon as
/// they are listed there.
pub fn options_from(flags: u8, version: u8) -> Options {
    let mut secret_keys = Vec::new();
    if flags & 16 != 0 {
        secret_keys.push(OTHER_SECRET.to_string());
    }
    if flags & 8 != 0 {
        secret_keys.push(SECRET.to_string());
    }
    let defaults = Options::default();
    Options {
        api_version: livechat_webhooks::VersionChoice::Fixed(
            ApiVersion::ALL[version as usize % ApiVersion::ALL.len()],
        ),
        secret_keys,
        unknown_fields: match flags & 3 {
            1 => UnknownFields::Warn,
            2 => UnknownFields::Reject,
            _ => UnknownFields::Keep,
        },
        unknown_actions: if flags & 4 != 0 {
            UnknownActions::Accept
        } else {
            UnknownActions::Reject
        },
        max_depth: if flags & 32 != 0 {
            6
        } else {
            defaults.max_depth
        },
        max_bytes: if flags & 64 != 0 {
            512
        } else {
            defaults.max_bytes
        },
        // Webhooks: decode() reads webhooks (pushes are checked by tests/pushes.rs).
        channel: defaults.channel,
    }
}

/// Validate and decode `body`, and check everything that must hold of the outcome.
pub fn check_bytes(options: &Options, body: &[u8]) -> Report {
    let report = validate(body, options);
    check_report(options, body, &report);
    let decoded = decode(body, options);
    assert_eq!(
        report.is_ok(),
        decoded.is_ok(),
        "validate and decode disagree: {:?}",
        decoded.as_ref().err()
    );
    match decoded {
        Err(e) => {
            assert_eq!(e.issues, report.issues, "decode reports other issues");
            assert_no_secret(body, &e.to_string());
            assert_no_secret(body, &format!("{e:?}"));
        }
        Ok(d) => {
            assert_eq!(d.warnings, report.issues, "decode reports other warnings");
            round_trip(options, body, &d.webhook);
        }
    }
    report
}

fn check_report(options: &Options, body: &[u8], report: &Report) {
    let debug = format!("{options:?}");
    assert!(!debug.contains(SECRET) && !debug.contains(OTHER_SECRET));
    assert!(report.issues.len() <= MAX_ISSUES, "unbounded report");
    if body.len() > options.max_bytes {
        let codes: Vec<IssueCode> = report.issues.iter().map(|i| i.code).collect();
        assert_eq!(codes, [IssueCode::TooLarge]);
        return;
    }
    for issue in &report.issues {
        check_issue(body, issue);
    }
    assert!(
        !report.replacement_char || contains_fffd(body),
        "replacement_char set for a body without U+FFFD"
    );
}

fn contains_fffd(body: &[u8]) -> bool {
    body.windows(3).any(|w| w == "\u{FFFD}".as_bytes())
}

fn check_issue(body: &[u8], issue: &Issue) {
    assert_ne!(issue.code, IssueCode::TooLarge, "too_large under maxBytes");
    assert!(!issue.message.is_empty());
    assert_eq!(
        issue.pointer,
        pointer_of(&issue.path),
        "pointer and path differ"
    );
    let (Some(line), Some(column)) = (issue.line, issue.column) else {
        panic!("issue without a position: {issue:?}");
    };
    assert!(line >= 1 && column >= 1);
    assert!(line as usize <= body.len() + 1);
    assert_no_secret(body, &format!("{issue:?}"));
    assert_no_secret(
        body,
        &serde_json::to_string(issue).expect("issues serialise"),
    );
}

/// Neither secret may show in `text`, unless the body itself holds it somewhere other than as
/// (the start of, or inside) its `secret_key` value: an unknown field named like the secret is
/// rightly quoted back.
fn assert_no_secret(body: &[u8], text: &str) {
    for secret in [SECRET, OTHER_SECRET] {
        if only_as_secret_key(body, secret.as_bytes()) {
            assert!(!text.contains(secret), "the secret leaked: {text}");
        }
    }
}

/// Whether every occurrence of `s` in `body` sits inside a string that is the value of a
/// `"secret_key"` member (checked by reading backwards; anything unusual counts as elsewhere).
fn only_as_secret_key(body: &[u8], s: &[u8]) -> bool {
    let mut from = 0;
    while let Some(at) = find(&body[from..], s).map(|p| p + from) {
        if !inside_secret_key(&body[..at]) {
            return false;
        }
        from = at + 1;
    }
    true
}

fn inside_secret_key(before: &[u8]) -> bool {
    let Some(open) = before.iter().rposition(|&c| c == b'"') else {
        return false;
    };
    if before[open + 1..].contains(&b'\\') {
        return false;
    }
    let mut j = open;
    let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r');
    while j > 0 && ws(before[j - 1]) {
        j -= 1;
    }
    if j == 0 || before[j - 1] != b':' {
        return false;
    }
    j -= 1;
    while j > 0 && ws(before[j - 1]) {
        j -= 1;
    }
    before[..j].ends_with(b"\"secret_key\"")
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// A decoded webhook is the body's JSON exactly, and decodes again to itself.
fn round_trip(options: &Options, body: &[u8], webhook: &AnyWebhook) {
    let body = body.strip_prefix(BOM).unwrap_or(body);
    let original: Value =
        serde_json::from_slice(body).expect("a body the validator accepts is JSON to serde_json");
    let value = serde_json::to_value(webhook).expect("a decoded webhook serialises");
    assert_eq!(value, original, "decoding lost or changed part of the body");
    let again = serde_json::to_vec(&value).expect("a value serialises");
    // Re-serialised numbers can be longer (1e5 becomes 100000.0).
    let lifted = Options {
        max_bytes: usize::MAX,
        ..options.clone()
    };
    let decoded = decode(&again, &lifted).expect("the re-serialised webhook decodes");
    assert_eq!(
        &decoded.webhook, webhook,
        "decode, serialise, decode changed it"
    );
}

/// A text body as a string would carry it, then with a leading BOM, then as the text of a
/// message inside a valid webhook (escaped as `flags >> 6` says).
pub fn check_text(options: &Options, flags: u8, text: &str) {
    let plain = check_bytes(options, text.as_bytes());
    if !text.starts_with('\u{FEFF}') && text.len() + BOM.len() <= options.max_bytes {
        let mut with_bom = BOM.to_vec();
        with_bom.extend_from_slice(text.as_bytes());
        let bom = check_bytes(options, &with_bom);
        assert_eq!(
            summary(&plain),
            summary(&bom),
            "a leading BOM changed the outcome"
        );
    }
    check_message_text(options, flags >> 6, text);
}

fn summary(r: &Report) -> Vec<(IssueCode, String, Option<u32>)> {
    r.issues
        .iter()
        .map(|i| (i.code, i.pointer.clone(), i.line))
        .collect()
}

/// How the message text is written: 0 as serde_json writes it (raw UTF-8), 1 every UTF-16 unit
/// as a lowercase `\u` escape, 2 non-ASCII as uppercase escapes, 3 like 1 with the low half of
/// the first surrogate pair left out.
pub fn check_message_text(options: &Options, mode: u8, text: &str) {
    let mut broken = false;
    let escaped = match mode {
        0 => serde_json::to_string(text).expect("a str serialises"),
        _ => {
            let mut out = String::from("\"");
            let mut skip_next_low = mode == 3;
            for unit in text.encode_utf16() {
                if skip_next_low && (0xDC00..=0xDFFF).contains(&unit) {
                    skip_next_low = false;
                    broken = true;
                    continue;
                }
                if mode == 2
                    && (0x20..0x80).contains(&unit)
                    && unit != b'"' as u16
                    && unit != b'\\' as u16
                {
                    out.push(unit as u8 as char);
                } else if mode == 2 {
                    out.push_str(&format!("\\u{unit:04X}"));
                } else {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            out.push('"');
            out
        }
    };
    let secret = options.secret_keys.last().map_or("x", String::as_str);
    let body = format!(
        r#"{{"webhook_id":"w","secret_key":"{secret}","action":"incoming_event","payload":{{"chat_id":"c","thread_id":"t","event":{{"id":"e","type":"message","author_id":"a","created_at":"2024-03-18T10:14:58.100001Z","recipients":"all","text":{escaped}}}}}}}"#
    );
    // The body above is an API 3.1 webhook, whatever version the input chose.
    let lifted = Options {
        max_bytes: usize::MAX,
        max_depth: Options::default().max_depth,
        api_version: livechat_webhooks::VersionChoice::Fixed(ApiVersion::V3_1),
        ..options.clone()
    };
    let report = check_bytes(&lifted, body.as_bytes());
    let errors: Vec<(IssueCode, &str)> = report
        .errors()
        .map(|i| (i.code, i.pointer.as_str()))
        .collect();
    if broken {
        // The lone surrogate, and at most the text's length limit besides, both at the text.
        assert!(
            errors.contains(&(IssueCode::InvalidEncoding, "/payload/event/text"))
                && errors.iter().all(|(c, p)| *p == "/payload/event/text"
                    && matches!(c, IssueCode::InvalidEncoding | IssueCode::InvalidValue)),
            "{errors:?}"
        );
        return;
    }
    // LiveChat caps a message at 16 KB of UTF-8: a longer text is that one issue, nothing else.
    if text.len() > 16 * 1024 {
        assert_eq!(errors, [(IssueCode::InvalidValue, "/payload/event/text")]);
        return;
    }
    assert!(
        report.is_ok(),
        "a valid message was refused: {:?}",
        report.issues
    );
    let decoded = decode(body.as_bytes(), &lifted).expect("checked above");
    let value = serde_json::to_value(&decoded.webhook).expect("serialises");
    assert_eq!(value["payload"]["event"]["text"], Value::from(text));
}

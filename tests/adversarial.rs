//! Hostile bodies, each with the exact outcome it must get: a public webhook endpoint receives
//! whatever anyone sends, and every input must come back as a value or as issues.
#![cfg(not(target_arch = "wasm32"))]

use livechat_webhooks::{decode, validate, ApiVersion, IssueCode, Options, Report};
use serde_json::Value;

/// Explicitly 3.1: these bodies are 3.1 bodies, whatever the default version becomes.
fn opts() -> Options {
    Options {
        api_version: livechat_webhooks::VersionChoice::Fixed(ApiVersion::V3_1),
        ..Options::default()
    }
}

/// A valid 3.1 `incoming_event` whose message text is the JSON `text` (written as given).
fn message(text: &str) -> String {
    format!(
        r#"{{"webhook_id":"w1","secret_key":"k-Base","action":"incoming_event","payload":{{"chat_id":"C1","thread_id":"T1","event":{{"id":"E1","type":"message","author_id":"a1","created_at":"2024-03-18T10:14:58.100001Z","recipients":"all","text":{text}}}}}}}"#
    )
}

/// Every issue as (code, pointer, line, column).
fn found(r: &Report) -> Vec<(IssueCode, String, Option<u32>, Option<u32>)> {
    r.issues
        .iter()
        .map(|i| (i.code, i.pointer.clone(), i.line, i.column))
        .collect()
}

fn codes(r: &Report) -> Vec<(IssueCode, &str)> {
    r.issues
        .iter()
        .map(|i| (i.code, i.pointer.as_str()))
        .collect()
}

/// Validate and decode, which must agree; then the module must still work on a good body.
fn check(body: &[u8], options: &Options) -> Report {
    let report = validate(body, options);
    let decoded = decode(body, options);
    assert_eq!(report.is_ok(), decoded.is_ok(), "{:?}", report.issues);
    assert!(validate(message(r#""still fine""#).as_bytes(), &opts()).is_ok());
    report
}

fn text_of(body: &[u8], options: &Options) -> Value {
    let d = decode(body, options).expect("decodes");
    serde_json::to_value(&d.webhook).unwrap()["payload"]["event"]["text"].clone()
}

#[test]
fn the_base_body_is_valid() {
    let body = message(r#""hello""#);
    assert!(check(body.as_bytes(), &opts()).issues.is_empty());
}

#[test]
fn invalid_utf8_stops_at_the_byte() {
    let mut body = message(r#""ab__""#).into_bytes();
    let at = body.windows(2).position(|w| w == b"__").unwrap();
    body[at] = 0xC3; // a lead byte followed by `_`, not a continuation byte
    let r = check(&body, &opts());
    assert_eq!(
        found(&r),
        [(
            IssueCode::InvalidEncoding,
            "/payload/event/text".into(),
            Some(1),
            Some(at as u32 + 1)
        )]
    );
    // Overlong encodings and UTF-8-encoded surrogates are not UTF-8 either.
    for bad in [
        &[0xC0u8, 0x80][..],
        &[0xED, 0xA0, 0x80],
        &[0xF8, 0x88, 0x80, 0x80, 0x80],
    ] {
        let mut body = message(r#""x""#).into_bytes();
        let at = body.iter().rposition(|&c| c == b'x').unwrap();
        body.splice(at..at + 1, bad.iter().copied());
        assert_eq!(
            codes(&check(&body, &opts())),
            [(IssueCode::InvalidEncoding, "/payload/event/text")]
        );
    }
}

#[test]
fn a_lone_surrogate_escape_is_invalid_encoding_at_its_field() {
    // Each lone half is reported at its escape; a pair in the wrong order is two lone halves.
    for (text, halves) in [
        (r#""\ud800""#, 1),
        (r#""a\udc00b""#, 1),
        (r#""\ud83d\u0041""#, 1),
        (r#""\ude00\ud83d""#, 2),
    ] {
        let body = message(text);
        let r = check(body.as_bytes(), &opts());
        let start = body.rfind(text).unwrap();
        let want: Vec<_> = body[start..]
            .match_indices(r"\u")
            .take(halves)
            .map(|(at, _)| {
                let column = Some((start + at) as u32 + 1);
                (
                    IssueCode::InvalidEncoding,
                    "/payload/event/text".to_string(),
                    Some(1),
                    column,
                )
            })
            .collect();
        assert_eq!(found(&r), want, "{text}");
    }
    // A whole pair is one character.
    let body = message(r#""\ud83d\ude00""#);
    assert_eq!(text_of(body.as_bytes(), &opts()), Value::from("😀"));
    // Also in keys and in unknown fields.
    let body = message(r#""x""#).replacen('{', r#"{"\udbff":1,"#, 1);
    assert_eq!(
        codes(&check(body.as_bytes(), &opts())),
        [(IssueCode::InvalidEncoding, "")]
    );
}

#[test]
fn one_byte_order_mark_is_skipped_a_second_is_invalid_json() {
    let body = message(r#""hi""#);
    let one = [b"\xEF\xBB\xBF".as_slice(), body.as_bytes()].concat();
    assert!(check(&one, &opts()).issues.is_empty());
    assert_eq!(text_of(&one, &opts()), Value::from("hi"));
    let two = [b"\xEF\xBB\xBF\xEF\xBB\xBF".as_slice(), body.as_bytes()].concat();
    let r = check(&two, &opts());
    assert_eq!(
        found(&r),
        [(IssueCode::InvalidJson, String::new(), Some(1), Some(2))]
    );
    // A BOM anywhere else is not whitespace.
    let late = format!(" \u{FEFF}{body}");
    assert_eq!(
        codes(&check(late.as_bytes(), &opts())),
        [(IssueCode::InvalidJson, "")]
    );
}

#[test]
fn nul_escapes_are_kept() {
    let body = message(r#""a\u0000b""#);
    assert!(check(body.as_bytes(), &opts()).issues.is_empty());
    assert_eq!(text_of(body.as_bytes(), &opts()), Value::from("a\0b"));
    // A raw NUL byte inside a string is a control character: not JSON.
    let raw = message("\"a\0b\"");
    let r = check(raw.as_bytes(), &opts());
    assert_eq!(codes(&r), [(IssueCode::InvalidJson, "/payload/event/text")]);
    assert_eq!(r.issues[0].column, Some(raw.find('\0').unwrap() as u32 + 1));
}

/// The body of the first valid shared case: a full chat, with every level of nesting.
fn rich_body() -> Value {
    let cases: Value = serde_json::from_str(include_str!("cases/valid.json")).unwrap();
    cases[0]["body"].clone()
}

/// `v` as JSON text, with the first member of the object at `target` written twice: the
/// second time with its key as given by `key`.
fn write_dup(v: &Value, at: &str, target: &str, key: &dyn Fn(&str) -> String, out: &mut String) {
    match v {
        Value::Object(m) => {
            out.push('{');
            let mut first = true;
            for (k, x) in m {
                let child = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                if !first {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(k).unwrap());
                out.push(':');
                write_dup(x, &child, target, key, out);
                if first && at == target {
                    out.push(',');
                    out.push_str(&key(k));
                    out.push(':');
                    write_dup(x, &child, target, key, out);
                }
                first = false;
            }
            out.push('}');
        }
        Value::Array(a) => {
            out.push('[');
            for (n, x) in a.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                write_dup(x, &format!("{at}/{n}"), target, key, out);
            }
            out.push(']');
        }
        x => out.push_str(&x.to_string()),
    }
}

/// Pointer and first key of every non-empty object in `v`.
fn objects(v: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(m) => {
            if let Some(k) = m.keys().next() {
                out.push((at.to_string(), k.clone()));
            }
            for (k, x) in m {
                objects(
                    x,
                    &format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(a) => {
            for (n, x) in a.iter().enumerate() {
                objects(x, &format!("{at}/{n}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn duplicate_keys_at_every_level_bare_or_escaped() {
    let body = rich_body();
    let mut targets = Vec::new();
    objects(&body, "", &mut targets);
    assert!(targets.len() > 20, "a body with many objects");
    let bare = |k: &str| serde_json::to_string(k).unwrap();
    // The same key once written bare, once with its first character as a `\u` escape.
    let wrapped = |k: &str| {
        let mut c = k.chars();
        let head = c.next().unwrap() as u32;
        format!("\"\\u{head:04x}{}\"", c.as_str())
    };
    for (pointer, key) in &targets {
        for (how, write_key) in [
            ("bare", &bare as &dyn Fn(&str) -> String),
            ("escaped", &wrapped),
        ] {
            let mut text = String::new();
            write_dup(&body, "", pointer, write_key, &mut text);
            let r = check(text.as_bytes(), &opts());
            let want = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
            let dups: Vec<&str> = r
                .issues
                .iter()
                .filter(|i| i.code == IssueCode::DuplicateKey)
                .map(|i| i.pointer.as_str())
                .collect();
            assert_eq!(
                dups,
                [want.as_str()],
                "{how} duplicate of {want}: {:?}",
                r.issues
            );
            assert!(!r.is_ok());
        }
    }
}

#[test]
fn numbers_javascript_would_change() {
    // In an unknown field (kept whatever it is) and in a known integer field.
    for n in [
        "1e400",
        "-1e400",
        "18446744073709551616",
        "9007199254740993",
        "1e-400000",
    ] {
        let body = message(r#""x""#).replacen('{', &format!(r#"{{"extra":{n},"#), 1);
        let r = check(body.as_bytes(), &opts());
        let want: &[(IssueCode, &str)] = if n == "1e-400000" {
            // Underflows to 0, which JSON.stringify writes back as 0: kept.
            &[]
        } else {
            &[(IssueCode::NumberOutOfRange, "/extra")]
        };
        assert_eq!(codes(&r), want, "{n}");
        let body = message(r#""x""#).replacen('{', &format!(r#"{{"license_id":{n},"#), 1);
        let r = check(body.as_bytes(), &opts());
        assert!(!r.is_ok(), "{n} as license_id");
        assert!(r.issues.iter().all(|i| i.pointer == "/license_id"), "{n}");
    }
    // -0: an integer field refuses it (serde and JSON.stringify do not keep it); elsewhere it is
    // a number like any other.
    let body = message(r#""x""#).replacen('{', r#"{"license_id":-0,"#, 1);
    assert_eq!(
        codes(&check(body.as_bytes(), &opts())),
        [(IssueCode::InvalidType, "/license_id")]
    );
    let body = message(r#""x""#).replacen('{', r#"{"extra":-0,"#, 1);
    assert!(check(body.as_bytes(), &opts()).issues.is_empty());
    let body = message(r#""x""#).replacen('{', r#"{"license_id":9007199254740991,"#, 1);
    assert!(check(body.as_bytes(), &opts()).issues.is_empty());
}

#[test]
fn ten_thousand_nested_arrays_are_too_deep_not_a_stack_overflow() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let body = message(r#""x""#).replacen('{', &format!(r#"{{"extra":{deep},"#), 1);
    let r = check(body.as_bytes(), &opts());
    // The root object is level 1, `extra`'s array level 2: level 65 is the first too deep.
    let at = body.find('[').unwrap() + 63;
    assert_eq!(r.issues.len(), 1);
    assert_eq!(r.issues[0].code, IssueCode::TooDeep);
    assert_eq!(r.issues[0].column, Some(at as u32 + 1));
    assert_eq!(r.issues[0].pointer, format!("/extra{}", "/0".repeat(63)));
    // Lifting maxDepth does not lift the hard cap of 512.
    let lifted = Options {
        max_depth: u32::MAX,
        ..opts()
    };
    let r = check(body.as_bytes(), &lifted);
    assert_eq!(codes(&r).len(), 1);
    assert_eq!(r.issues[0].code, IssueCode::TooDeep);
    assert_eq!(r.issues[0].expected.as_deref(), Some("at most 512 levels"));
    // As the whole body, and as objects.
    // (A root array is first the wrong type, then too deep to read past.)
    let r = check(deep.as_bytes(), &opts());
    assert_eq!(
        codes(&r),
        [
            (IssueCode::InvalidType, ""),
            (IssueCode::TooDeep, "/0".repeat(64).as_str())
        ]
    );
    let objs = format!("{}{}", r#"{"a":"#.repeat(10_000), "}".repeat(10_000));
    let r = check(objs.as_bytes(), &opts());
    assert_eq!(r.issues.last().map(|i| i.code), Some(IssueCode::TooDeep));
    assert_eq!(r.issues.last().map(|i| i.column), Some(Some(64 * 5 + 1)));
}

#[test]
fn the_default_limits() {
    let o = Options::default();
    assert_eq!((o.max_bytes, o.max_depth), (1024 * 1024, 64));
    // 64 levels pass, 65 do not (the root object is the first).
    let nest = |levels: usize| {
        let inner = levels - 1;
        message(r#""x""#).replacen(
            '{',
            &format!(r#"{{"extra":{}{},"#, "[".repeat(inner), "]".repeat(inner)),
            1,
        )
    };
    assert!(check(nest(64).as_bytes(), &opts()).issues.is_empty());
    assert_eq!(
        codes(&check(nest(65).as_bytes(), &opts()))[0].0,
        IssueCode::TooDeep
    );
    // One byte over the default size, checked before anything is read.
    let pad = 1024 * 1024 - message(r#""""#).len();
    let at_limit = message(&format!("\"{}\"", "a".repeat(pad)));
    assert_eq!(at_limit.len(), 1024 * 1024);
    // At the size limit the body is read; only the message's own 16 KB limit speaks.
    assert_eq!(
        codes(&check(at_limit.as_bytes(), &opts())),
        [(IssueCode::InvalidValue, "/payload/event/text")]
    );
    let over = message(&format!("\"{}\"", "a".repeat(pad + 1)));
    let r = check(over.as_bytes(), &opts());
    assert_eq!(
        found(&r),
        [(IssueCode::TooLarge, String::new(), None, None)]
    );
    assert_eq!(r.issues[0].received.as_deref(), Some("1048577 bytes"));
    // Even when what follows is not JSON at all.
    let junk = vec![0xFFu8; 1024 * 1024 + 1];
    assert_eq!(codes(&check(&junk, &opts())), [(IssueCode::TooLarge, "")]);
}

#[test]
fn a_fifty_megabyte_string_with_the_limit_lifted() {
    let big = "é".repeat(25 * 1024 * 1024);
    // In an unknown member: the per-field limits of the model do not apply there.
    let body = message(r#""x""#).replacen('{', &format!(r#"{{"note":"{big}","#), 1);
    assert!(body.len() > 50 * 1024 * 1024);
    assert_eq!(
        codes(&check(body.as_bytes(), &opts())),
        [(IssueCode::TooLarge, "")]
    );
    let lifted = Options {
        max_bytes: 64 * 1024 * 1024,
        ..opts()
    };
    let r = validate(body.as_bytes(), &lifted);
    assert!(r.issues.is_empty(), "{:?}", r.issues);
    let d = decode(body.as_bytes(), &lifted).expect("decodes");
    let v = serde_json::to_value(&d.webhook).unwrap();
    assert_eq!(v["note"].as_str().map(str::len), Some(big.len()));
}

#[test]
fn every_json_type_at_the_root() {
    for (body, received) in [
        (r#""a string""#, "string"),
        ("42", "number"),
        ("-1.5e3", "number"),
        ("true", "true"),
        ("false", "false"),
        ("null", "null"),
        ("[]", "array"),
        (r#"[{"action":"incoming_event"}]"#, "array"),
    ] {
        let r = check(body.as_bytes(), &opts());
        assert_eq!(
            found(&r),
            [(IssueCode::InvalidType, String::new(), Some(1), Some(1))],
            "{body}"
        );
        assert_eq!(r.issues[0].received.as_deref(), Some(received), "{body}");
    }
    // An object, but not a webhook: each missing envelope field, no more.
    let r = check(b"{}", &opts());
    let mut missing: Vec<&str> = r.issues.iter().map(|i| i.pointer.as_str()).collect();
    missing.sort();
    assert_eq!(
        missing,
        ["/action", "/payload", "/secret_key", "/webhook_id"]
    );
    assert!(r.issues.iter().all(|i| i.code == IssueCode::MissingField));
}

#[test]
fn empty_and_blank_bodies() {
    for body in ["", " ", "\r\n\t ", "\u{FEFF}", "\u{FEFF}  "] {
        let r = check(body.as_bytes(), &opts());
        assert_eq!(codes(&r), [(IssueCode::InvalidJson, "")], "{body:?}");
        assert_eq!(r.issues[0].received.as_deref(), Some("an empty body"));
    }
}

#[test]
fn trailing_garbage_after_the_object() {
    let body = message(r#""x""#);
    for tail in ["x", "{}", &body, ",", "]", "\0", "\u{FEFF}"] {
        let text = format!("{body} \n{tail}");
        let r = check(text.as_bytes(), &opts());
        assert_eq!(
            found(&r),
            [(IssueCode::InvalidJson, String::new(), Some(2), Some(1))],
            "{tail:?}"
        );
    }
    // Trailing whitespace is fine.
    assert!(check(format!("{body} \r\n\t").as_bytes(), &opts())
        .issues
        .is_empty());
}

#[test]
fn the_same_key_wrapped_and_bare_at_the_root() {
    // `action` escaped is still `action`: the look-ahead and the duplicate check both see it.
    let body = message(r#""x""#).replacen('{', r#"{"\u0061ction":"incoming_event","#, 1);
    let r = check(body.as_bytes(), &opts());
    assert_eq!(codes(&r), [(IssueCode::DuplicateKey, "/action")]);
    let body = message(r#""x""#).replace(r#""action""#, r#""\u0061\u0063tion""#);
    assert!(check(body.as_bytes(), &opts()).issues.is_empty());
    let body = message(r#""x""#).replace(r#""secret_key""#, r#""secret\u005fkey""#);
    let secret = Options {
        secret_keys: vec!["k-Base".into()],
        ..opts()
    };
    assert!(check(body.as_bytes(), &secret).issues.is_empty());
}

#[test]
fn secrets_never_leak_into_errors_issues_or_debug_output() {
    const EXPECTED: &str = "expected-Secret-Opt";
    const RECEIVED: &str = "received-Secret-Body";
    let options = Options {
        secret_keys: vec![EXPECTED.into(), "second-Secret-Opt".into()],
        ..opts()
    };
    let body = message(r#""x""#).replace("k-Base", RECEIVED);
    // Wrong secret, and wrong secret plus other errors around and inside it.
    let bodies = [
        body.clone(),
        body.replace(r#""x""#, "1"),
        body.replace(RECEIVED, &format!("{RECEIVED}\\ud800")),
        body.replace(RECEIVED, &format!("{RECEIVED}\u{1}")),
        body.replace(
            &format!(r#""{RECEIVED}""#),
            &format!(r#"["{RECEIVED}", 1e400]"#),
        ),
        body.replace(
            &format!(r#""{RECEIVED}""#),
            &format!(r#"{{"{RECEIVED}": 1}}"#),
        ),
        body.replace(&format!(r#""{RECEIVED}""#), &format!(r#""{RECEIVED}"#)),
    ];
    for b in &bodies {
        let report = validate(b.as_bytes(), &options);
        assert!(!report.is_ok(), "{b}");
        let err = decode(b.as_bytes(), &options).expect_err("refused");
        let surfaces = [
            format!("{report:?}"),
            serde_json::to_string(&report.issues).unwrap(),
            err.to_string(),
            format!("{err:?}"),
            format!("{options:?}"),
        ];
        for s in &surfaces {
            for secret in [EXPECTED, "second-Secret-Opt", RECEIVED] {
                assert!(!s.contains(secret), "{secret} leaked into {s}");
            }
        }
    }
    // The wrong secret alone is exactly one secret_mismatch at /secret_key.
    let r = validate(bodies[0].as_bytes(), &options);
    assert_eq!(codes(&r), [(IssueCode::SecretMismatch, "/secret_key")]);
    assert_eq!(format!("{options:?}").matches("redacted").count(), 1);
}

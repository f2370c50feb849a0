//! The shared cases of `tests/cases/*.json`, loaded the same way natively and in wasm.
//!
//! A case turns into the bytes of its body, the text of its options (JS names, as a user would
//! pass them) and what it expects. [`check`] compares reported issues with the expectation and
//! with the invariants every issue must meet; [`run_all`] collects every failing case into one
//! panic so a run shows all of them at once.
#![allow(dead_code)]

#[cfg(not(target_arch = "wasm32"))]
pub mod fixtures;

use livechat_webhooks::{Issue, PathSegment, Severity};
use serde_json::Value;

/// The case files, compiled in so the wasm tests need no file system.
pub const FILES: [(&str, &str); 4] = [
    ("valid.json", include_str!("../cases/valid.json")),
    ("invalid.json", include_str!("../cases/invalid.json")),
    ("hints.json", include_str!("../cases/hints.json")),
    ("versions.json", include_str!("../cases/versions.json")),
];

#[derive(Debug, Clone)]
pub struct Expected {
    pub code: String,
    pub pointer: String,
    pub severity: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    /// Substrings the issue's message must contain (e.g. the known actions).
    pub message_contains: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Case {
    /// `file: name`, unique across the files.
    pub label: String,
    pub body: Vec<u8>,
    /// False for `raw_hex` bodies that are not valid UTF-8 (they cannot be passed as a string).
    pub utf8: bool,
    /// The options object as JSON text (JS names), `{}` when the case has none.
    pub options_json: String,
    pub options: serde_json::Map<String, Value>,
    pub ok: bool,
    pub issues: Vec<Expected>,
}

impl Case {
    /// Every `secretKey` option value: none of them may ever appear in an issue.
    pub fn option_secrets(&self) -> Vec<String> {
        match self.options.get("secretKey") {
            Some(Value::String(s)) => vec![s.clone()],
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Strings that must not leak into issues: the option secrets and, when a secret is
    /// configured, the body's own `secret_key` value.
    pub fn forbidden_strings(&self) -> Vec<String> {
        let mut out = self.option_secrets();
        if !out.is_empty() {
            if let Ok(Value::Object(m)) = serde_json::from_slice::<Value>(&self.body) {
                if let Some(Value::String(s)) = m.get("secret_key") {
                    out.push(s.clone());
                }
            }
        }
        // Very short strings would match by accident; the cases use long, distinctive secrets.
        out.retain(|s| s.chars().count() >= 6);
        out
    }

    /// The worst severity expected: 0 clean, 1 warnings only, 2 errors (the wasm check result).
    pub fn expected_status(&self) -> u32 {
        if !self.ok {
            2
        } else if self.issues.is_empty() {
            0
        } else {
            1
        }
    }
}

fn hex_decode(s: &str) -> Result<Vec<u8>, String> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if s.len() % 2 != 0 {
        return Err("raw_hex has an odd number of digits".into());
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).map_err(|e| format!("raw_hex: {e}")))
        .collect()
}

fn parse_expected(v: &Value) -> Result<Expected, String> {
    let o = v.as_object().ok_or("an expected issue must be an object")?;
    let string = |k: &str| o.get(k).and_then(Value::as_str).map(str::to_owned);
    let num = |k: &str| -> Result<Option<u32>, String> {
        match o.get(k) {
            None => Ok(None),
            Some(n) => n
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .map(Some)
                .ok_or(format!("`{k}` must be a positive integer")),
        }
    };
    for k in o.keys() {
        if ![
            "code",
            "pointer",
            "severity",
            "line",
            "column",
            "message_contains",
        ]
        .contains(&k.as_str())
        {
            return Err(format!("unknown key `{k}` in an expected issue"));
        }
    }
    let message_contains = match o.get("message_contains") {
        None => Vec::new(),
        Some(Value::Array(a)) => a
            .iter()
            .map(|s| {
                s.as_str()
                    .map(str::to_owned)
                    .ok_or("message_contains holds strings")
            })
            .collect::<Result<_, _>>()?,
        Some(_) => return Err("message_contains must be an array of strings".into()),
    };
    Ok(Expected {
        code: string("code").ok_or("expected issue without `code`")?,
        pointer: string("pointer").ok_or("expected issue without `pointer`")?,
        severity: string("severity"),
        line: num("line")?,
        column: num("column")?,
        message_contains,
    })
}

fn parse_case(file: &str, v: &Value) -> Result<Case, String> {
    let o = v.as_object().ok_or("a case must be an object")?;
    let name = o
        .get("name")
        .and_then(Value::as_str)
        .ok_or("case without a `name`")?;
    let label = format!("{file}: {name}");
    let err = |e: String| format!("{label}: {e}");
    for k in o.keys() {
        if ![
            "name", "note", "options", "body", "raw", "raw_hex", "expect",
        ]
        .contains(&k.as_str())
        {
            return Err(err(format!("unknown key `{k}`")));
        }
    }
    let bodies = ["body", "raw", "raw_hex"]
        .iter()
        .filter(|k| o.contains_key(**k))
        .count();
    if bodies != 1 {
        return Err(err("needs exactly one of `body`, `raw`, `raw_hex`".into()));
    }
    let body = if let Some(b) = o.get("body") {
        serde_json::to_vec_pretty(b).map_err(|e| err(e.to_string()))?
    } else if let Some(r) = o.get("raw") {
        r.as_str()
            .ok_or_else(|| err("`raw` must be a string".into()))?
            .as_bytes()
            .to_vec()
    } else {
        let h = o["raw_hex"]
            .as_str()
            .ok_or_else(|| err("`raw_hex` must be a string".into()))?;
        hex_decode(h).map_err(err)?
    };
    let options = match o.get("options") {
        None => serde_json::Map::new(),
        Some(Value::Object(m)) => m.clone(),
        Some(_) => return Err(err("`options` must be an object".into())),
    };
    let expect = o
        .get("expect")
        .and_then(Value::as_object)
        .ok_or_else(|| err("no `expect` object".into()))?;
    let ok = expect
        .get("ok")
        .and_then(Value::as_bool)
        .ok_or_else(|| err("`expect.ok` must be a boolean".into()))?;
    let issues = match expect.get("issues") {
        None => Vec::new(),
        Some(Value::Array(a)) => a
            .iter()
            .map(parse_expected)
            .collect::<Result<_, _>>()
            .map_err(err)?,
        Some(_) => return Err(err("`expect.issues` must be an array".into())),
    };
    let has_error = issues
        .iter()
        .any(|i: &Expected| i.severity.as_deref() != Some("warning"));
    if ok == has_error {
        return Err(err(format!(
            "`expect.ok` is {ok} but the expected issues say otherwise"
        )));
    }
    Ok(Case {
        utf8: std::str::from_utf8(&body).is_ok(),
        body,
        options_json: serde_json::to_string(&options).map_err(|e| err(e.to_string()))?,
        options,
        ok,
        issues,
        label,
    })
}

/// Every case of every file. Panics on a malformed case file: that is a bug in the suite.
///
/// A `body` is sent as serde_json writes it, two-space indented. Its keys must stay in the
/// order written (issues come in body order, positions follow the text), which serde_json's
/// `preserve_order` feature gives; its numbers pass through serde_json's `Number`, so a body
/// whose number text matters beyond what a double or a 64-bit integer holds is written as `raw`.
pub fn all_cases() -> Vec<Case> {
    let order: Value = serde_json::from_str(r#"{"b":0,"a":0}"#).expect("JSON");
    assert_eq!(
        order.to_string(),
        r#"{"b":0,"a":0}"#,
        "serde_json must keep key order (the `preserve_order` feature of the dev-dependency)"
    );
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (file, text) in FILES {
        let list: Vec<Value> = match serde_json::from_str(text) {
            Ok(l) => l,
            Err(e) => panic!("tests/cases/{file} is not a JSON array of cases: {e}"),
        };
        for v in &list {
            match parse_case(file, v) {
                Ok(c) => out.push(c),
                Err(e) => problems.push(e),
            }
        }
    }
    let mut labels: Vec<&str> = out.iter().map(|c| c.label.as_str()).collect();
    labels.sort_unstable();
    for w in labels.windows(2) {
        if w[0] == w[1] {
            problems.push(format!("duplicate case name {}", w[0]));
        }
    }
    assert!(
        problems.is_empty(),
        "malformed cases:\n{}",
        problems.join("\n")
    );
    assert!(out.len() > 50, "only {} cases loaded", out.len());
    out
}

/// RFC 6901 pointer of a path.
pub fn pointer_of(path: &[PathSegment]) -> String {
    let mut s = String::new();
    for seg in path {
        s.push('/');
        match seg {
            PathSegment::Key(k) => s.push_str(&k.replace('~', "~0").replace('/', "~1")),
            PathSegment::Index(i) => s.push_str(&i.to_string()),
        }
    }
    s
}

fn severity_str(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn show_issue(i: &Issue) -> String {
    let mut s = format!(
        "{} {} {:?}",
        severity_str(i.severity),
        i.code.as_str(),
        i.pointer
    );
    if let (Some(l), Some(c)) = (i.line, i.column) {
        s.push_str(&format!(" @{l}:{c}"));
    }
    s.push_str(&format!(" — {}", i.message));
    s
}

fn show_expected(e: &Expected) -> String {
    let mut s = format!("{} {:?}", e.code, e.pointer);
    if let Some(sev) = &e.severity {
        s = format!("{sev} {s}");
    }
    if let (Some(l), Some(c)) = (e.line, e.column) {
        s.push_str(&format!(" @{l}:{c}"));
    } else if let Some(l) = e.line {
        s.push_str(&format!(" @{l}:?"));
    }
    s
}

fn matches(e: &Expected, i: &Issue) -> bool {
    e.code == i.code.as_str()
        && e.pointer == i.pointer
        && e.severity
            .as_deref()
            .is_none_or(|s| s == severity_str(i.severity))
        && e.line.is_none_or(|l| Some(l) == i.line)
        && e.column.is_none_or(|c| Some(c) == i.column)
        && e.message_contains
            .iter()
            .all(|m| i.message.contains(m.as_str()))
}

/// Compare the outcome of one check with the case. `ok` is the checker's own verdict.
/// Returns a description of everything that differs.
pub fn check(case: &Case, ok: bool, issues: &[Issue]) -> Result<(), String> {
    let mut problems = Vec::new();
    if ok != case.ok {
        problems.push(format!("ok: expected {}, got {}", case.ok, ok));
    }
    let errors = issues.iter().any(|i| i.severity == Severity::Error);
    if ok == errors {
        problems.push(format!(
            "ok is {ok} while the issues {} errors",
            if errors { "hold" } else { "hold no" }
        ));
    }
    // Multiset comparison: each expected issue consumes one matching reported issue.
    let mut unmatched: Vec<&Issue> = issues.iter().collect();
    let mut missing = Vec::new();
    for e in &case.issues {
        match unmatched.iter().position(|i| matches(e, i)) {
            Some(p) => {
                unmatched.remove(p);
            }
            None => missing.push(e),
        }
    }
    if !missing.is_empty() || !unmatched.is_empty() {
        let mut s = String::from("issues differ\n      expected:");
        for e in &case.issues {
            s.push_str(&format!("\n        {}", show_expected(e)));
        }
        if case.issues.is_empty() {
            s.push_str(" (none)");
        }
        s.push_str("\n      got:");
        for i in issues {
            s.push_str(&format!("\n        {}", show_issue(i)));
        }
        if issues.is_empty() {
            s.push_str(" (none)");
        }
        for e in missing {
            s.push_str(&format!("\n      not reported: {}", show_expected(e)));
        }
        for i in unmatched {
            s.push_str(&format!("\n      not expected: {}", show_issue(i)));
        }
        problems.push(s);
    }
    for i in issues {
        if i.message.trim().is_empty() {
            problems.push(format!("empty message: {}", show_issue(i)));
        }
        let p = pointer_of(&i.path);
        if p != i.pointer {
            problems.push(format!(
                "path {:?} gives pointer {p:?}, not {:?}",
                i.path, i.pointer
            ));
        }
        // A body over maxBytes is refused before it is read, so it has no position.
        if (i.line.is_none() || i.column.is_none()) && i.code.as_str() != "too_large" {
            problems.push(format!("no line/column for a text body: {}", show_issue(i)));
        }
        if i.line == Some(0) || i.column == Some(0) {
            problems.push(format!("line and column are 1-based: {}", show_issue(i)));
        }
        let whole = serde_json::to_string(i).unwrap_or_default();
        for s in case.forbidden_strings() {
            if whole.contains(&s) || i.message.contains(&s) {
                problems.push(format!(
                    "a secret leaks into an issue: {}",
                    show_issue(i).replace(&s, "<SECRET>")
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n    "))
    }
}

/// Run `f` on every case; panic once, listing every failing case with its differences.
pub fn run_all(what: &str, cases: &[Case], mut f: impl FnMut(&Case) -> Result<(), String>) {
    let mut failures = Vec::new();
    for c in cases {
        if let Err(e) = f(c) {
            failures.push(format!("  ✗ {}\n    {e}", c.label));
        }
    }
    if !failures.is_empty() {
        panic!(
            "{what}: {} of {} cases failed\n{}\n",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
    }
}

/// Where two JSON values first differ, for failure messages.
pub fn first_difference(a: &Value, b: &Value, at: &str) -> String {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                let p = format!("{at}/{k}");
                match y.get(k) {
                    None => return format!("{p} missing after decode"),
                    Some(w) if v != w => return first_difference(v, w, &p),
                    _ => {}
                }
            }
            match y.keys().find(|k| !x.contains_key(*k)) {
                Some(k) => format!("{at}/{k} added by decode: {}", y[k]),
                None => format!("{at}: objects differ"),
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            match x.iter().zip(y).position(|(v, w)| v != w) {
                Some(i) => first_difference(&x[i], &y[i], &format!("{at}/{i}")),
                None => format!("{at}: arrays differ"),
            }
        }
        _ => format!("{at}: {a} became {b}"),
    }
}

//! One-pass validation of a webhook body, straight from its bytes: the root of the body (the
//! envelope, the secret, the payload by action, `envelope.rs`) and what crosses versions (the
//! hints and `"auto"`, `versions.rs`), over the checker (`crate::checker`) and the model.
//!
//! Nothing is built: the body is read once, each value checked against the model as it goes by,
//! and every problem recorded with its pointer and position. A valid body allocates next to
//! nothing, which is what lets the WebAssembly build beat `JSON.parse` plus a schema library.

mod app;
mod envelope;
mod push;
mod versions;

use crate::checker::{cx, signals};

use crate::api::Channel;
use crate::issue::{Issue, IssueCode, Severity};
use crate::json::lookahead::{peek_key, Peek};
use crate::messages;
use crate::options::{ApiVersion, Options, VersionChoice};

/// Everything found wrong with a body: errors, and warnings that do not make it invalid.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub issues: Vec<Issue>,
    /// A string in the body holds U+FFFD. JavaScript's UTF-8 encoding writes that character for
    /// each lone surrogate of a string body, so the JS side then looks at the string itself.
    pub replacement_char: bool,
    /// The version the body was checked as: the configured one, or with `apiVersion: "auto"`
    /// the newest that accepts it (or, when none does, the one it is closest to).
    pub api_version: Option<ApiVersion>,
    /// With `apiVersion: "auto"`: every version that accepts the body, newest first.
    pub candidates: Vec<ApiVersion>,
    /// What the envelope said about the version (for `versions::suggest_version`).
    pub(crate) signals: Option<signals::Signals>,
}

impl Report {
    /// True when there is no error (warnings allowed).
    pub fn is_ok(&self) -> bool {
        !self.issues.iter().any(Issue::is_error)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| !i.is_error())
    }
}

pub use crate::json::BOM;

/// Check a webhook body (the raw request body, UTF-8 JSON).
pub fn validate(body: &[u8], options: &Options) -> Report {
    if body.len() > options.max_bytes {
        return too_large(body, options);
    }
    match options.channel {
        Channel::Webhook => {}
        // No versions: checked once, as the newest row (which gates nothing of theirs).
        Channel::AppWebhook => return validate_as(body, options, ApiVersion::NEWEST),
        _ => return push::validate_push(body, options),
    }
    let mut report = match options.api_version {
        VersionChoice::Fixed(v) => {
            let mut report = validate_as(body, options, v);
            if !report.is_ok() {
                versions::suggest_version(body, options, &mut report);
            }
            report
        }
        VersionChoice::Auto => versions::detect_version(body, options),
    };
    if !report.is_ok() {
        misdirected(body, &mut report);
    }
    report
}

// Out of line, as are the other roots and failure paths marked "see validate::too_large": an
// engine compiles a wasm function on its first call, so the first body compiles only the paths
// it takes, not one function holding every channel and every failure (cold start, issue 13;
// wasm-opt is told not to inline this module's functions back: Cargo.toml).
#[inline(never)]
fn too_large(body: &[u8], options: &Options) -> Report {
    let message = messages::too_large(body.len(), options.max_bytes);
    Report {
        issues: vec![Issue {
            code: IssueCode::TooLarge,
            severity: Severity::Error,
            message,
            pointer: String::new(),
            path: Vec::new(),
            line: None,
            column: None,
            expected: Some(messages::at_most(options.max_bytes, "bytes")),
            received: Some(messages::count(body.len(), "bytes")),
        }],
        replacement_char: false,
        api_version: None,
        candidates: Vec::new(),
        signals: None,
    }
}

/// A failing webhook body that is another kind of body (a push frame, an app webhook): that is
/// then its one issue, naming the function that reads it, rather than a list of missing fields.
#[inline(never)] // see validate::too_large
fn misdirected(body: &[u8], report: &mut Report) {
    let Some(s) = report
        .signals
        .as_ref()
        .or(None)
        .map(|s| s.open)
        .or_else(|| crate::checker::signals::read(body).map(|s| s.open))
    else {
        return;
    };
    let has = |k: &[u8]| !matches!(peek_key(body, s, k), Peek::Missing);
    if has(b"webhook_id") || has(b"secret_key") {
        return;
    }
    let message = match peek_key(body, s, b"type") {
        Peek::Str(t, _) if &*t == b"push" => messages::push_given_to_webhook(),
        _ if has(b"event") && has(b"applicationID") => messages::app_webhook_given_to_webhook(),
        _ => return,
    };
    let (line, column) = crate::json::position::line_columns(body, &[s])[0];
    report.issues = vec![Issue {
        code: IssueCode::NotAWebhook,
        severity: Severity::Error,
        message,
        pointer: String::new(),
        path: Vec::new(),
        line: Some(line),
        column: Some(column),
        expected: Some(messages::A_WEBHOOK.into()),
        received: None,
    }];
}

/// Check a body as a webhook of API `version`.
fn validate_as(body: &[u8], options: &Options, version: ApiVersion) -> Report {
    let mut cx = cx::Cx::new(body, options, version);
    cx.channel = options.channel;
    if body.starts_with(BOM) {
        cx.cur.i = BOM.len();
    }
    let _ = envelope::check_body(&mut cx);
    let replacement_char = cx.cur.saw_replacement_char;
    let signals = cx.signals.take();
    Report {
        issues: cx.finish(),
        replacement_char,
        api_version: Some(version),
        candidates: Vec::new(),
        signals,
    }
}

/// The body's root must be an object (`expected` says which: a webhook, a push frame, an app
/// webhook); anything else is one `invalid_type` issue and the value is skipped. Whether it is one.
fn root_is_object(cx: &mut cx::Cx, expected: &str) -> Result<bool, cx::Stop> {
    let k = cx.peek()?;
    if k == cx::Kind::Object {
        return Ok(true);
    }
    let at = cx.cur.i;
    let received = cx.describe(k);
    cx.error(
        IssueCode::InvalidType,
        at,
        messages::root_not_object(&received, k),
        Some(expected.into()),
        Some(received),
    );
    cx.any()?;
    Ok(false)
}

/// The value of an `action` (or an app webhook's `event`) that names nothing this version knows,
/// for webhooks, pushes and app webhooks alike: read as a string (or reported as not one), then
/// one `unknown_action`, an error or a warning as the `unknownActions` option says. `known` are
/// the names that would have been taken; `message` writes the text from the name as shown, the
/// list of known names, and whether it is rejected.
fn unknown_name(
    cx: &mut cx::Cx,
    name: &[u8],
    known: &[&str],
    message: impl FnOnce(&str, &str, bool) -> String,
) -> cx::R {
    let k = cx.peek()?;
    let at = cx.cur.i;
    if k != cx::Kind::String {
        return cx.wrong_type(k, messages::A_STRING);
    }
    cx.string()?;
    let shown = messages::preview_bytes(name);
    let list = messages::list(known);
    let rejected = cx.opts.unknown_actions == crate::options::UnknownActions::Reject;
    let severity = if rejected {
        Severity::Error
    } else {
        Severity::Warning
    };
    let msg = message(&shown, &list, rejected);
    cx.issue(
        cx::Finding::new(IssueCode::UnknownAction, severity, msg)
            .at(at)
            .expected(messages::one_of(&list))
            .received(shown),
    );
    Ok(())
}

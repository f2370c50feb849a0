//! Decoding into the typed model, for Rust callers.
//!
//! The body is validated first, so a decode error always lists every problem with its place;
//! only then does serde build the typed value. (The WebAssembly build does not come here: there
//! the engine's own `JSON.parse` builds the value after validation.)

use crate::issue::{Issue, IssueCode, Severity};
use crate::json::lookahead::{peek_key, Peek};
use crate::model::AnyWebhook;
use crate::options::Options;
use crate::validate::{validate, BOM};

/// A decoded webhook and the warnings found on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub webhook: AnyWebhook,
    pub warnings: Vec<Issue>,
}

/// Every problem that kept a body from decoding.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodeError {
    pub issues: Vec<Issue>,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let errors: Vec<&Issue> = self.issues.iter().filter(|i| i.is_error()).collect();
        write!(
            f,
            "invalid LiveChat webhook ({} problem{}):",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        )?;
        for i in errors {
            write!(f, "\n  - {}", i.message)?;
            if let (Some(l), Some(c)) = (i.line, i.column) {
                write!(f, " [{}:{}]", l, c)?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for DecodeError {}

/// The part of decoding that webhooks and pushes share: validate, then the body without its BOM,
/// the version it was checked as, and the action it names, or every problem found.
struct Checked<'b> {
    body: &'b [u8],
    version: crate::options::ApiVersion,
    action: Option<std::borrow::Cow<'b, [u8]>>,
    warnings: Vec<Issue>,
}

fn check<'b>(body: &'b [u8], options: &Options) -> Result<Checked<'b>, DecodeError> {
    let report = validate(body, options);
    if !report.is_ok() {
        return Err(DecodeError {
            issues: report.issues,
        });
    }
    let body = body.strip_prefix(BOM).unwrap_or(body);
    let start = body.iter().position(|&c| c == b'{').unwrap_or(0);
    let action = match peek_key(body, start, b"action") {
        Peek::Str(a, _) => Some(a),
        _ => None,
    };
    Ok(Checked {
        body,
        version: report.api_version.unwrap_or_default(),
        action,
        warnings: report.issues,
    })
}

/// The validator and the model disagree: a bug here, not in the body.
fn model_rejected(e: &serde_json::Error) -> DecodeError {
    DecodeError {
        issues: vec![Issue {
            code: IssueCode::InvalidValue,
            severity: Severity::Error,
            message: crate::messages::model_rejected(e),
            pointer: String::new(),
            path: Vec::new(),
            line: Some(e.line() as u32),
            column: Some(e.column() as u32),
            expected: None,
            received: None,
        }],
    }
}

/// Validate `body` and decode it into the typed model.
pub fn decode(body: &[u8], options: &Options) -> Result<Decoded, DecodeError> {
    let Checked {
        body,
        version,
        action,
        warnings,
    } = check(body, options)?;
    let known = action.is_some_and(|a| version.action(&a).is_some());
    let webhook = AnyWebhook::from_slice(version, known, body).map_err(|e| model_rejected(&e))?;
    Ok(Decoded { webhook, warnings })
}

/// A decoded RTM push and the warnings found on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodedPush {
    /// `None` for an action the version does not know (with `unknownActions: "accept"`).
    pub push: Option<crate::model::AnyPush>,
    pub warnings: Vec<Issue>,
}

/// Validate `body` as a push frame of `options.channel`'s API and decode it into the typed
/// model.
pub fn decode_push(body: &[u8], options: &Options) -> Result<DecodedPush, DecodeError> {
    let Checked {
        body,
        version,
        action,
        warnings,
    } = check(body, options)?;
    let ch = options.channel;
    let known = action.is_some_and(|a| crate::api::pushes::push_index(version, ch, &a).is_some());
    let push = match known.then(|| crate::model::AnyPush::from_slice(version, ch, body)) {
        Some(Some(typed)) => Some(typed.map_err(|e| model_rejected(&e))?),
        _ => None,
    };
    Ok(DecodedPush { push, warnings })
}

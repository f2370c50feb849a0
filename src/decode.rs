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

/// Validate `body` and decode it into the typed model.
pub fn decode(body: &[u8], options: &Options) -> Result<Decoded, DecodeError> {
    let report = validate(body, options);
    if !report.is_ok() {
        return Err(DecodeError {
            issues: report.issues,
        });
    }
    let body = body.strip_prefix(BOM).unwrap_or(body);
    let start = body.iter().position(|&c| c == b'{').unwrap_or(0);
    let version = report.api_version.unwrap_or_default();
    let known =
        matches!(peek_key(body, start, b"action"), Peek::Str(a, _) if version.action(&a).is_some());
    let typed = AnyWebhook::from_slice(version, known, body);
    match typed {
        Ok(webhook) => Ok(Decoded {
            webhook,
            warnings: report.issues,
        }),
        // The validator and the model disagree: a bug here, not in the body.
        Err(e) => Err(DecodeError {
            issues: vec![Issue {
                code: IssueCode::InvalidValue,
                severity: Severity::Error,
                message: crate::messages::model_rejected(&e),
                pointer: String::new(),
                path: Vec::new(),
                line: Some(e.line() as u32),
                column: Some(e.column() as u32),
                expected: None,
                received: None,
            }],
        }),
    }
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
    let report = validate(body, options);
    if !report.is_ok() {
        return Err(DecodeError {
            issues: report.issues,
        });
    }
    let body = body.strip_prefix(BOM).unwrap_or(body);
    let start = body.iter().position(|&c| c == b'{').unwrap_or(0);
    let version = report.api_version.unwrap_or_default();
    let known = matches!(peek_key(body, start, b"action"),
        Peek::Str(a, _) if crate::api::pushes::push_index(version, options.channel, &a).is_some());
    if !known {
        return Ok(DecodedPush {
            push: None,
            warnings: report.issues,
        });
    }
    match crate::model::AnyPush::from_slice(version, options.channel, body) {
        Some(Ok(push)) => Ok(DecodedPush {
            push: Some(push),
            warnings: report.issues,
        }),
        Some(Err(e)) => Err(DecodeError {
            issues: vec![Issue {
                code: IssueCode::InvalidValue,
                severity: Severity::Error,
                message: crate::messages::model_rejected(&e),
                pointer: String::new(),
                path: Vec::new(),
                line: Some(e.line() as u32),
                column: Some(e.column() as u32),
                expected: None,
                received: None,
            }],
        }),
        None => Ok(DecodedPush {
            push: None,
            warnings: report.issues,
        }),
    }
}

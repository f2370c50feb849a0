//! The checking context: a cursor over the body, the current path, and the issues found.
//!
//! Every `check` function reads exactly one JSON value at the cursor. Problems with the value's
//! shape are recorded and checking goes on (so every problem is reported); problems that make the
//! rest of the body unreadable (broken JSON, bad UTF-8, nesting too deep) end it with [`Stop`].

use super::keys::KeyTracker;
use crate::issue::{pointer_of, Issue, IssueCode, PathSegment, Severity};
use crate::json::position::line_columns;
use crate::json::unescape::unescape_to_string;
use crate::model::gate::Gate;
use crate::options::{ApiVersion, Options, UnknownFields};

/// Checking cannot go on: the issue saying why has been recorded.
#[derive(Debug)]
pub struct Stop;

pub type R = Result<(), Stop>;

/// Issues kept per body; a hostile body must not make the report unbounded.
pub const MAX_ISSUES: usize = 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Object,
    Array,
    String,
    Number,
    Bool,
    Null,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Object => "object",
            Kind::Array => "array",
            Kind::String => "string",
            Kind::Number => "number",
            Kind::Bool => "boolean",
            Kind::Null => "null",
        }
    }
}

/// An object key as it sits in the body: the bytes between its quotes.
#[derive(Clone, Copy, Debug)]
pub struct Key {
    pub start: usize,
    pub end: usize,
    pub escaped: bool,
}

#[derive(Clone, Copy)]
enum Seg {
    Key(Key),
    Index(u32),
}

/// Where a number started, and whether it was written as an integer.
#[derive(Clone, Copy, Debug)]
pub struct Num {
    pub start: usize,
    pub is_integer: bool,
}

struct Pending {
    code: IssueCode,
    severity: Severity,
    message: String,
    path: Vec<PathSegment>,
    offset: Option<usize>,
    expected: Option<String>,
    received: Option<String>,
}

pub struct Cx<'a> {
    pub b: &'a [u8],
    pub i: usize,
    pub opts: &'a Options,
    /// The API version the body is checked against.
    pub version: ApiVersion,
    path: Vec<Seg>,
    pub(super) depth: u32,
    pub(super) max_depth: u32,
    pending: Vec<Pending>,
    dropped: usize,
    /// Keys of the objects being read whose keys are not fixed; see [`KeyTracker`].
    pub(super) key_stack: Vec<Key>,
    /// Members of tagged unions read before their tag; see `record::check_union`.
    pub early: Vec<Key>,
    /// Set while reading `secret_key`: nothing of its value may appear in a message, and
    /// pointers stop at the first `redact_depth` segments (`/secret_key`).
    pub redact: bool,
    redact_depth: usize,
    /// Set while reading past a `secret_key` that is not a string: only what makes the body
    /// unreadable is still reported.
    pub mute: bool,
    /// A string held U+FFFD (see `Report::replacement_char`).
    pub saw_replacement_char: bool,
    /// What the envelope said about the version, once read.
    pub(super) signals: Option<super::versions::Signals>,
}

/// Deepest nesting we ever follow, whatever the options say: recursion must not exhaust the
/// wasm stack.
const HARD_MAX_DEPTH: u32 = 512;

impl<'a> Cx<'a> {
    pub fn new(b: &'a [u8], opts: &'a Options, version: ApiVersion) -> Self {
        Cx {
            b,
            i: 0,
            opts,
            version,
            path: Vec::with_capacity(16),
            depth: 0,
            max_depth: opts.max_depth.min(HARD_MAX_DEPTH),
            pending: Vec::new(),
            dropped: 0,
            key_stack: Vec::new(),
            early: Vec::new(),
            redact: false,
            redact_depth: 0,
            mute: false,
            saw_replacement_char: false,
            signals: None,
        }
    }

    // ----- reporting -----------------------------------------------------------------------

    /// Read the value at the current path as secret (see `redact`).
    pub fn start_redaction(&mut self) {
        self.redact = true;
        self.redact_depth = self.path.len();
    }

    pub fn end_redaction(&mut self) {
        self.redact = false;
    }

    fn segments(&self) -> Vec<PathSegment> {
        let n = if self.redact {
            self.redact_depth.min(self.path.len())
        } else {
            self.path.len()
        };
        self.path[..n]
            .iter()
            .map(|s| match *s {
                Seg::Key(k) => PathSegment::Key(self.key_string(&k)),
                Seg::Index(i) => PathSegment::Index(i),
            })
            .collect()
    }

    pub fn key_string(&self, k: &Key) -> String {
        unescape_to_string(&self.b[k.start..k.end])
    }

    /// Record an issue at the current path (plus `extra`, a child key, when given).
    #[allow(clippy::too_many_arguments)]
    pub fn report(
        &mut self,
        code: IssueCode,
        severity: Severity,
        offset: Option<usize>,
        extra: Option<&str>,
        message: String,
        expected: Option<String>,
        received: Option<String>,
    ) {
        if self.pending.len() >= MAX_ISSUES {
            self.dropped += 1;
            return;
        }
        if self.mute
            && !matches!(
                code,
                IssueCode::InvalidJson | IssueCode::InvalidEncoding | IssueCode::TooDeep
            )
        {
            return;
        }
        let mut path = self.segments();
        if let Some(e) = extra.filter(|_| !self.redact) {
            path.push(PathSegment::Key(e.to_string()));
        }
        self.pending.push(Pending {
            code,
            severity,
            message,
            path,
            offset,
            expected,
            received,
        });
    }

    pub fn error(
        &mut self,
        code: IssueCode,
        offset: usize,
        message: String,
        expected: Option<String>,
        received: Option<String>,
    ) {
        self.report(
            code,
            Severity::Error,
            Some(offset),
            None,
            message,
            expected,
            received,
        );
    }

    /// Where we are, for messages: the pointer, or "the body".
    pub fn here(&self) -> String {
        let p = pointer_of(&self.segments());
        if p.is_empty() {
            "the body".to_string()
        } else {
            format!("`{p}`")
        }
    }

    /// The issues, with line and column filled in, in the order found.
    pub fn finish(mut self) -> Vec<Issue> {
        if self.dropped > 0 {
            let msg = format!(
                "{} more issues were found but not listed; fix the ones above first",
                self.dropped
            );
            if let Some(last) = self.pending.last_mut() {
                last.message.push_str(&format!(" ({msg})"));
            }
        }
        let mut order: Vec<usize> = (0..self.pending.len())
            .filter(|&k| self.pending[k].offset.is_some())
            .collect();
        order.sort_by_key(|&k| self.pending[k].offset);
        let offsets: Vec<usize> = order
            .iter()
            .map(|&k| self.pending[k].offset.unwrap_or(0))
            .collect();
        let positions = line_columns(self.b, &offsets);
        let mut lc = vec![None; self.pending.len()];
        for (n, &k) in order.iter().enumerate() {
            lc[k] = Some(positions[n]);
        }
        self.pending
            .into_iter()
            .zip(lc)
            .map(|(p, pos)| Issue {
                code: p.code,
                severity: p.severity,
                message: p.message,
                pointer: pointer_of(&p.path),
                path: p.path,
                line: pos.map(|x| x.0),
                column: pos.map(|x| x.1),
                expected: p.expected,
                received: p.received,
            })
            .collect()
    }

    // ----- path --------------------------------------------------------------------------------

    pub fn push_key(&mut self, k: Key) {
        self.path.push(Seg::Key(k));
    }

    pub fn push_index(&mut self, i: u32) {
        self.path.push(Seg::Index(i));
    }

    pub fn pop(&mut self) {
        self.path.pop();
    }

    /// A short, secret-free description of the value at the cursor for `received`.
    pub fn describe(&mut self, kind: Kind) -> String {
        match kind {
            Kind::Bool if self.redact => "a boolean".into(),
            Kind::Bool => {
                if self.b[self.i..].starts_with(b"true") {
                    "true".into()
                } else {
                    "false".into()
                }
            }
            k => k.name().to_string(),
        }
    }

    /// If the value at the cursor is of `want`, return true; otherwise report an `invalid_type`
    /// naming `expected`, read past the value, and return false.
    #[inline]
    pub fn expect(&mut self, want: Kind, expected: &str) -> Result<bool, Stop> {
        let k = self.peek()?;
        if k == want {
            return Ok(true);
        }
        self.wrong_type(k, expected)?;
        Ok(false)
    }

    /// Report that the value at the cursor (of kind `k`) is not `expected`, then read past it.
    #[cold]
    #[inline(never)]
    pub fn wrong_type(&mut self, k: Kind, expected: &str) -> R {
        let at = self.i;
        let received = self.describe(k);
        let mut msg = format!("expected {expected} at {}, found {received}", self.here());
        if k == Kind::Null {
            msg.push_str("; leave the field out instead of sending null");
        }
        self.error(
            IssueCode::InvalidType,
            at,
            msg,
            Some(expected.to_string()),
            Some(received),
        );
        self.any()
    }

    // ----- objects with known fields -----------------------------------------------------------

    /// Report a member the model does not know (its value is read elsewhere).
    #[cold]
    #[inline(never)]
    pub fn report_unknown(&mut self, k: Key) {
        let severity = match self.opts.unknown_fields {
            UnknownFields::Keep => None,
            UnknownFields::Warn => Some(Severity::Warning),
            UnknownFields::Reject => Some(Severity::Error),
        };
        if let Some(sev) = severity {
            let name = self.key_string(&k);
            let msg = format!(
                "unknown field `{}` in {}: API {} defines no such field here (check its spelling; unknownFields: \"keep\" accepts it)",
                preview(&name),
                self.here(),
                self.version
            );
            self.report(
                IssueCode::UnknownField,
                sev,
                Some(k.start - 1),
                Some(&name),
                msg,
                None,
                Some(preview(&name)),
            );
        }
    }

    /// Report a member that exists only in other API versions, as an unknown field (the
    /// `unknownFields` option decides how loudly) that names the versions which have it.
    #[cold]
    #[inline(never)]
    pub fn report_gated(&mut self, k: Key, gate: Gate) {
        let severity = match self.opts.unknown_fields {
            UnknownFields::Keep => return,
            UnknownFields::Warn => Severity::Warning,
            UnknownFields::Reject => Severity::Error,
        };
        let name = self.key_string(&k);
        let msg = format!(
            "field `{}` in {} belongs to {}, not to API {}: is the webhook registered for another version? (apiVersion names the version it was registered with)",
            preview(&name),
            self.here(),
            gate.describe(),
            self.version
        );
        self.report(
            IssueCode::UnknownField,
            severity,
            Some(k.start - 1),
            Some(&name),
            msg,
            Some(format!("a field of API {}", self.version)),
            Some(preview(&name)),
        );
    }

    /// Report a member the model does not know, according to the `unknownFields` option.
    pub fn unknown_field(&mut self, k: Key, keys: &mut KeyTracker) -> R {
        keys.add(self, k);
        self.report_unknown(k);
        self.push_key(k);
        self.any()?;
        self.pop();
        Ok(())
    }

    /// A known member appeared twice: JSON.parse would keep only the last one.
    pub fn duplicate(&mut self, k: Key) -> R {
        self.report_duplicate(k);
        self.push_key(k);
        self.any()?;
        self.pop();
        Ok(())
    }

    #[cold]
    #[inline(never)]
    pub fn report_duplicate(&mut self, k: Key) {
        let name = self.key_string(&k);
        let msg = format!(
            "duplicate key `{}` in {}: JSON.parse keeps only the last value, so the first would be lost silently",
            preview(&name),
            self.here()
        );
        self.report(
            IssueCode::DuplicateKey,
            Severity::Error,
            Some(k.start - 1),
            Some(&name),
            msg,
            Some("each key once".into()),
            Some(preview(&name)),
        );
    }

    #[cold]
    #[inline(never)]
    pub fn missing(&mut self, object_at: usize, name: &str, hint: &str) {
        let msg = format!("missing required field `{name}` in {}{hint}", self.here());
        self.report(
            IssueCode::MissingField,
            Severity::Error,
            Some(object_at),
            Some(name),
            msg,
            Some(format!("field `{name}`")),
            None,
        );
    }
}

/// Values shown back in messages are cut short: a message is not a copy of the body.
pub fn preview(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        return s.to_string();
    }
    let cut: String = s.chars().take(MAX).collect();
    format!("{cut}…")
}

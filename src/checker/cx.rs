//! The checking context, made of its parts: the cursor over the body (the JSON scanner), the
//! path to the value being read, the issue sink, and the redaction of secrets; with the options
//! and the API version the body is checked against.
//!
//! Every `check` function reads exactly one JSON value at the cursor (`lex.rs`). Problems with
//! the value's shape are recorded and checking goes on (so every problem is reported); problems
//! that make the rest of the body unreadable (broken JSON, bad UTF-8, nesting too deep) end it
//! with [`Stop`].

use super::keys::{KeyStack, KeyTracker};
use super::path::Path;
use super::redact::Redaction;
pub use super::sink::Finding;
use super::sink::Sink;
use crate::api::gate::{Channel, Gate};
use crate::issue::{Issue, IssueCode, PathSegment, Severity};
use crate::json::escape::unescape_to_string;
use crate::json::scan::Scanner;
pub use crate::json::scan::{Kind, Num, Str as Key};
use crate::messages;
use crate::options::{ApiVersion, Options, UnknownFields};

/// Checking cannot go on: the issue saying why has been recorded.
#[derive(Debug)]
pub struct Stop;

pub type R = Result<(), Stop>;

/// Deepest nesting we ever follow, whatever the options say: recursion must not exhaust the
/// wasm stack.
const HARD_MAX_DEPTH: u32 = 512;

pub struct Cx<'a> {
    /// The body, where in it, how deep.
    pub cur: Scanner<'a>,
    pub opts: &'a Options,
    /// The API version the body is checked against.
    pub version: ApiVersion,
    /// What the body came through (a webhook, a push of one API): a few members differ.
    pub channel: Channel,
    pub path: Path,
    pub issues: Sink,
    pub redaction: Redaction,
    /// Keys of the objects being read whose keys are not fixed; see [`KeyTracker`].
    pub(super) keys: KeyStack,
    /// Members of tagged unions read before their tag; see `record::check_union`.
    pub early: Vec<Key>,
    /// What the envelope said about the version, once read.
    pub(crate) signals: Option<super::signals::Signals>,
}

/// The buffers of a finished check, kept for the next one: on a body of a few hundred bytes,
/// allocating and freeing them cost about a twentieth of the check.
struct Spare {
    path: Path,
    keys: KeyStack,
    early: Vec<Key>,
}

thread_local! {
    static SPARE: std::cell::Cell<Option<Spare>> = const { std::cell::Cell::new(None) };
}

impl<'a> Cx<'a> {
    pub fn new(b: &'a [u8], opts: &'a Options, version: ApiVersion) -> Self {
        let (path, keys, early) = match SPARE.with(|s| s.take()) {
            Some(spare) => (Path::reuse(spare.path), spare.keys.cleared(), spare.early),
            None => (Path::new(), KeyStack::default(), Vec::new()),
        };
        Cx {
            cur: Scanner::new(b, 0, opts.max_depth.min(HARD_MAX_DEPTH)),
            opts,
            version,
            channel: Channel::Webhook,
            path,
            issues: Sink::default(),
            redaction: Redaction::default(),
            keys,
            early,
            signals: None,
        }
    }

    // ----- reporting -----------------------------------------------------------------------

    /// Record an issue at the current path (plus its child, when it names one).
    pub fn issue(&mut self, f: Finding) {
        if !self.issues.admits(f.code) {
            return;
        }
        let shown = self.redaction.visible(self.path.len());
        let mut path = self.path.segments(self.cur.b, shown);
        if let Some(child) = f.child.filter(|_| !self.redaction.on()) {
            path.push(PathSegment::Key(child.to_string()));
        }
        self.issues.push(f, path);
    }

    /// An error at `offset` (see [`Cx::issue`]).
    pub fn error(
        &mut self,
        code: IssueCode,
        offset: usize,
        message: String,
        expected: Option<String>,
        received: Option<String>,
    ) {
        self.issue(Finding {
            expected,
            received,
            ..Finding::error(code, message).at(offset)
        });
    }

    /// Read the value at the current path as secret (see [`Redaction`]).
    pub fn start_redaction(&mut self) {
        self.redaction.start(self.path.len());
    }

    pub fn end_redaction(&mut self) {
        self.redaction.end();
    }

    pub fn key_string(&self, k: &Key) -> String {
        unescape_to_string(k.raw(self.cur.b))
    }

    /// The text of a string read from the body, escapes decoded.
    pub fn key_bytes(&self, k: &Key) -> std::borrow::Cow<'a, [u8]> {
        k.text(self.cur.b)
    }

    /// Where we are, for messages: the pointer, or "the body".
    #[cold]
    pub fn here(&self) -> String {
        let shown = self.redaction.visible(self.path.len());
        self.path.describe(self.cur.b, shown)
    }

    /// The issues, with line and column filled in, in the order found.
    pub fn finish(mut self) -> Vec<Issue> {
        std::mem::take(&mut self.issues).finish(self.cur.b)
    }

    // ----- path --------------------------------------------------------------------------------

    #[inline]
    pub fn push_key(&mut self, k: Key) {
        self.path.push_key(k);
    }

    #[inline]
    pub fn push_index(&mut self, i: u32) {
        self.path.push_index(i);
    }

    #[inline]
    pub fn pop(&mut self) {
        self.path.pop();
    }

    /// A short, secret-free description of the value at the cursor for `received`.
    #[cold]
    pub fn describe(&mut self, kind: Kind) -> String {
        let boolean = (kind == Kind::Bool && !self.redaction.on())
            .then(|| self.cur.b[self.cur.i..].starts_with(b"true"));
        messages::found_kind(kind, boolean)
    }

    // ----- members -----------------------------------------------------------------------------

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
            let msg =
                messages::unknown_field(&messages::preview(&name), &self.here(), self.version);
            self.issue(
                Finding::new(IssueCode::UnknownField, sev, msg)
                    .at(k.start - 1)
                    .child(&name)
                    .received(messages::preview(&name)),
            );
        }
    }

    /// A member read with its gate: reported when outside it, or when it is accepted late (the
    /// gate's `warn_since`).
    #[inline]
    pub fn gate(&mut self, k: Key, gate: Gate) {
        if !gate.allows_in(self.version, self.channel) {
            self.report_gated(k, gate);
        } else if gate.warns(self.version) {
            self.report_late(k, gate);
        }
    }

    /// A member this version accepts though it expects another spelling (a warning).
    #[cold]
    #[inline(never)]
    pub fn report_late(&mut self, k: Key, gate: Gate) {
        let name = self.key_string(&k);
        let msg =
            messages::late_spelling(&messages::preview(&name), &self.here(), gate, self.version);
        self.issue(
            Finding::new(IssueCode::UnknownField, Severity::Warning, msg)
                .at(k.start - 1)
                .child(&name)
                .expected(messages::field_of_api(self.version))
                .received(messages::preview(&name)),
        );
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
        let msg = messages::field_of_other_versions(
            &messages::preview(&name),
            &self.here(),
            gate,
            self.version,
        );
        let expected = messages::field_of_api(self.version);
        self.issue(
            Finding::new(IssueCode::UnknownField, severity, msg)
                .at(k.start - 1)
                .child(&name)
                .expected(expected)
                .received(messages::preview(&name)),
        );
    }

    #[cold]
    #[inline(never)]
    pub fn report_duplicate(&mut self, k: Key) {
        let name = self.key_string(&k);
        let msg = messages::duplicate_key(&messages::preview(&name), &self.here());
        self.issue(
            Finding::error(IssueCode::DuplicateKey, msg)
                .at(k.start - 1)
                .child(&name)
                .expected(messages::EACH_KEY_ONCE)
                .received(messages::preview(&name)),
        );
    }

    #[cold]
    #[inline(never)]
    pub fn missing(&mut self, object_at: usize, name: &str, hint: &str) {
        let msg = messages::missing_field(name, &self.here(), hint);
        self.issue(
            Finding::error(IssueCode::MissingField, msg)
                .at(object_at)
                .child(name)
                .expected(messages::field_named(name)),
        );
    }
}

/// The tracker's side of the context: its keys on the context's stack, its duplicates reported
/// at the context's path. (Here rather than in `keys.rs`, which knows nothing of the context.)
impl KeyTracker {
    pub fn new(cx: &Cx) -> Self {
        KeyTracker::on(&cx.keys)
    }

    pub fn add(&mut self, cx: &mut Cx, k: Key) {
        if self.insert(cx.cur.b, &mut cx.keys, k) {
            cx.report_duplicate(k);
        }
    }

    pub fn finish(self, cx: &mut Cx) {
        self.release(&mut cx.keys);
    }
}

impl Drop for Cx<'_> {
    fn drop(&mut self) {
        let mut early = std::mem::take(&mut self.early);
        early.clear();
        let spare = Spare {
            path: std::mem::replace(&mut self.path, Path::empty()),
            keys: std::mem::take(&mut self.keys),
            early,
        };
        SPARE.with(|s| s.set(Some(spare)));
    }
}

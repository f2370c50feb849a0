//! The checking context: a cursor over the body, the current path, and the issues found.
//!
//! Every `check` function reads exactly one JSON value at the cursor. Problems with the value's
//! shape are recorded and checking goes on (so every problem is reported); problems that make the
//! rest of the body unreadable (broken JSON, bad UTF-8, nesting too deep) end it with [`Stop`].

use crate::issue::{Issue, IssueCode, PathSegment, Severity};
use crate::json::position::line_columns;
use crate::json::unescape::{unescape, unescape_to_string};
use crate::options::{Options, UnknownFields};
use std::borrow::Cow;
use std::collections::HashSet;

/// Checking cannot go on: the issue saying why has been recorded.
#[derive(Debug)]
pub struct Stop;

pub type R = Result<(), Stop>;

/// Beyond this, JSON.parse rounds integers: 2^53 - 1.
pub const MAX_SAFE_INTEGER: i64 = 9_007_199_254_740_991;

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
    path: Vec<Seg>,
    depth: u32,
    max_depth: u32,
    pending: Vec<Pending>,
    dropped: usize,
    /// Keys of the objects being read whose keys are not fixed; see [`KeyTracker`].
    key_stack: Vec<Key>,
    /// Members of tagged unions read before their tag; see `record::check_union`.
    pub early: Vec<Key>,
    /// Set while reading `secret_key`: nothing of its value may appear in a message.
    pub redact: bool,
}

/// Deepest nesting we ever follow, whatever the options say: recursion must not exhaust the
/// wasm stack.
const HARD_MAX_DEPTH: u32 = 512;

impl<'a> Cx<'a> {
    pub fn new(b: &'a [u8], opts: &'a Options) -> Self {
        Cx {
            b,
            i: 0,
            opts,
            path: Vec::with_capacity(16),
            depth: 0,
            max_depth: opts.max_depth.min(HARD_MAX_DEPTH),
            pending: Vec::new(),
            dropped: 0,
            key_stack: Vec::new(),
            early: Vec::new(),
            redact: false,
        }
    }

    // ----- reporting -----------------------------------------------------------------------

    fn segments(&self) -> Vec<PathSegment> {
        self.path
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
        let mut path = self.segments();
        if let Some(e) = extra {
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

    #[cold]
    #[inline(never)]
    fn fatal_json(&mut self, offset: usize, what: &str) -> Stop {
        let found = match self.b.get(offset) {
            None => "the end of the body".to_string(),
            Some(_) if self.redact => "a character of the secret (not shown)".to_string(),
            Some(&c) if c.is_ascii_graphic() => format!("`{}`", c as char),
            Some(&c) => format!("byte 0x{c:02x}"),
        };
        let msg = format!(
            "invalid JSON: expected {what}, found {found} (in {})",
            self.here()
        );
        self.error(
            IssueCode::InvalidJson,
            offset,
            msg,
            Some(what.to_string()),
            Some(found),
        );
        Stop
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

    // ----- lexing ------------------------------------------------------------------------------

    #[inline]
    pub fn ws(&mut self) {
        while let Some(&c) = self.b.get(self.i) {
            if c == b' ' || c == b'\n' || c == b'\r' || c == b'\t' {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    /// The kind of the value at the cursor (after whitespace).
    #[inline]
    pub fn peek(&mut self) -> Result<Kind, Stop> {
        self.ws();
        match self.b.get(self.i) {
            Some(b'{') => Ok(Kind::Object),
            Some(b'[') => Ok(Kind::Array),
            Some(b'"') => Ok(Kind::String),
            Some(b't' | b'f') => Ok(Kind::Bool),
            Some(b'n') => Ok(Kind::Null),
            Some(b'-' | b'0'..=b'9') => Ok(Kind::Number),
            _ => Err(self.fatal_json(self.i, "a JSON value")),
        }
    }

    /// Read a string at the cursor; returns the byte range of its contents.
    pub fn string(&mut self) -> Result<Key, Stop> {
        let b = self.b;
        let open = self.i;
        let mut j = open + 1;
        let mut escaped = false;
        loop {
            j = scan_plain(b, j);
            let Some(&c) = b.get(j) else {
                self.i = j;
                return Err(self.fatal_json(j, "`\"` closing the string"));
            };
            match c {
                b'"' => {
                    self.i = j + 1;
                    return Ok(Key {
                        start: open + 1,
                        end: j,
                        escaped,
                    });
                }
                b'\\' => {
                    escaped = true;
                    match b.get(j + 1) {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => j += 2,
                        Some(b'u') => {
                            let Some(unit) = hex4(b, j + 2) else {
                                return Err(self.fatal_json(j, "four hex digits after `\\u`"));
                            };
                            j += 6;
                            if (0xD800..=0xDBFF).contains(&unit)
                                && b.get(j) == Some(&b'\\')
                                && b.get(j + 1) == Some(&b'u')
                                && hex4(b, j + 2).is_some_and(|lo| (0xDC00..=0xDFFF).contains(&lo))
                            {
                                j += 6;
                            } else if (0xD800..=0xDFFF).contains(&unit) {
                                self.lone_surrogate(j - 6, unit);
                            }
                        }
                        _ => {
                            return Err(self.fatal_json(
                                j + 1,
                                "a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
                            ))
                        }
                    }
                }
                c if c < 0x20 => {
                    return Err(self.fatal_json(
                        j,
                        "no raw control character inside a string (escape it, e.g. \\n)",
                    ));
                }
                _ => {
                    let n = utf8_len(&b[j..]);
                    if n == 0 {
                        let c = if self.redact { 0 } else { c };
                        let msg = format!(
                            "the body is not valid UTF-8: byte 0x{c:02x} cannot start or continue a character here (in {}); LiveChat sends UTF-8 — if you re-encoded the body (e.g. as latin1), pass the raw bytes",
                            self.here()
                        );
                        self.error(
                            IssueCode::InvalidEncoding,
                            j,
                            msg,
                            Some("UTF-8".into()),
                            Some(format!("byte 0x{c:02x}")),
                        );
                        return Err(Stop);
                    }
                    j += n;
                }
            }
        }
    }

    /// Read a number at the cursor. Integers beyond JavaScript's exact range are reported here.
    pub fn number(&mut self) -> Result<Num, Stop> {
        let b = self.b;
        let start = self.i;
        let mut j = start;
        if b.get(j) == Some(&b'-') {
            j += 1;
        }
        match b.get(j) {
            Some(b'0') => j += 1,
            Some(b'1'..=b'9') => {
                while b.get(j).is_some_and(u8::is_ascii_digit) {
                    j += 1;
                }
            }
            _ => return Err(self.fatal_json(j, "a digit")),
        }
        let int_end = j;
        let mut is_integer = true;
        if b.get(j) == Some(&b'.') {
            is_integer = false;
            j += 1;
            if !b.get(j).is_some_and(u8::is_ascii_digit) {
                return Err(self.fatal_json(j, "a digit after the decimal point"));
            }
            while b.get(j).is_some_and(u8::is_ascii_digit) {
                j += 1;
            }
        }
        if matches!(b.get(j), Some(b'e' | b'E')) {
            is_integer = false;
            j += 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if !b.get(j).is_some_and(u8::is_ascii_digit) {
                return Err(self.fatal_json(j, "a digit in the exponent"));
            }
            while b.get(j).is_some_and(u8::is_ascii_digit) {
                j += 1;
            }
        }
        self.i = j;
        let text = &b[start..j];
        if is_integer {
            let digits = &b[if b[start] == b'-' { start + 1 } else { start }..int_end];
            let mut v: i64 = 0;
            let mut exact = digits.len() <= 16;
            if exact {
                for &d in digits {
                    v = v * 10 + (d - b'0') as i64;
                }
                exact = v <= MAX_SAFE_INTEGER;
            }
            if !exact {
                self.out_of_range(start, text);
            }
            return Ok(Num { start, is_integer });
        }
        // Floats are what they are in JavaScript too, except those that overflow to Infinity,
        // which JSON.stringify would turn into null.
        let value = std::str::from_utf8(text)
            .ok()
            .and_then(|t| t.parse::<f64>().ok());
        let kept = value.is_some_and(|v| v.is_finite() && survives_double(text, v));
        if !kept {
            self.out_of_range(start, text);
        }
        Ok(Num { start, is_integer })
    }

    /// JSON.parse accepts a lone surrogate escape, but it is no character: it cannot be stored as
    /// UTF-8 (Rust strings, most databases) and usually means a text cut inside an emoji.
    #[cold]
    #[inline(never)]
    fn lone_surrogate(&mut self, at: usize, unit: u32) {
        let shown = if self.redact {
            "a `\\u` escape".to_string()
        } else {
            format!("`\\u{unit:04x}`")
        };
        let msg = format!(
            "{shown} at {} is half of a UTF-16 surrogate pair without its other half: it is not a character and cannot be represented in UTF-8 (often a text cut in the middle of an emoji)",
            self.here()
        );
        let received = if self.redact {
            None
        } else {
            Some(format!("\\u{unit:04x}"))
        };
        self.error(
            IssueCode::InvalidEncoding,
            at,
            msg,
            Some("a complete surrogate pair".into()),
            received,
        );
    }

    #[cold]
    #[inline(never)]
    fn out_of_range(&mut self, start: usize, text: &[u8]) {
        let shown = if self.redact {
            "(not shown)".to_string()
        } else {
            preview(&String::from_utf8_lossy(text))
        };
        let msg = format!(
            "number {shown} at {} cannot be represented exactly in JavaScript (integers must be within ±9007199254740991, and other numbers must survive a round trip through a double); JSON.parse would silently change it",
            self.here()
        );
        self.error(
            IssueCode::NumberOutOfRange,
            start,
            msg,
            Some("an integer within ±(2^53-1)".into()),
            Some(shown),
        );
    }

    pub fn literal(&mut self) -> Result<bool, Stop> {
        let rest = &self.b[self.i..];
        for (word, v) in [(&b"true"[..], true), (b"false", false), (b"null", false)] {
            if rest.starts_with(word) {
                self.i += word.len();
                return Ok(v);
            }
        }
        Err(self.fatal_json(self.i, "`true`, `false` or `null`"))
    }

    // ----- containers --------------------------------------------------------------------------

    fn enter(&mut self) -> R {
        self.depth += 1;
        if self.depth > self.max_depth {
            let msg = format!(
                "nesting deeper than {} levels at {}; webhook bodies are far shallower, so the body was refused (raise maxDepth if this is expected)",
                self.max_depth,
                self.here()
            );
            self.error(
                IssueCode::TooDeep,
                self.i,
                msg,
                Some(format!("at most {} levels", self.max_depth)),
                None,
            );
            return Err(Stop);
        }
        self.i += 1;
        Ok(())
    }

    /// The cursor is at `{` or `[`.
    pub fn open(&mut self) -> R {
        self.enter()
    }

    /// Next key of the object being read, or `None` after its `}`.
    #[inline]
    pub fn next_key(&mut self, first: &mut bool) -> Result<Option<Key>, Stop> {
        self.ws();
        if *first {
            *first = false;
            if self.b.get(self.i) == Some(&b'}') {
                self.i += 1;
                self.depth -= 1;
                return Ok(None);
            }
        } else {
            match self.b.get(self.i) {
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                    if self.b.get(self.i) == Some(&b'}') {
                        return Err(self
                            .fatal_json(self.i, "a key after `,` (trailing commas are not JSON)"));
                    }
                }
                Some(b'}') => {
                    self.i += 1;
                    self.depth -= 1;
                    return Ok(None);
                }
                _ => return Err(self.fatal_json(self.i, "`,` or `}`")),
            }
        }
        if self.b.get(self.i) != Some(&b'"') {
            return Err(self.fatal_json(self.i, "a key in double quotes"));
        }
        // Keys are short and plain: a byte loop beats the general string scan here.
        let start = self.i + 1;
        let mut j = start;
        while let Some(&c) = self.b.get(j) {
            if c == b'"' || c == b'\\' || !(0x20..0x80).contains(&c) {
                break;
            }
            j += 1;
        }
        let key = if self.b.get(j) == Some(&b'"') {
            self.i = j + 1;
            Key {
                start,
                end: j,
                escaped: false,
            }
        } else {
            self.string()?
        };
        self.ws();
        if self.b.get(self.i) != Some(&b':') {
            return Err(self.fatal_json(self.i, "`:` after the key"));
        }
        self.i += 1;
        Ok(Some(key))
    }

    /// Whether the array being read has another element (cursor then at it).
    #[inline]
    pub fn next_elem(&mut self, first: &mut bool) -> Result<bool, Stop> {
        self.ws();
        if *first {
            *first = false;
            if self.b.get(self.i) == Some(&b']') {
                self.i += 1;
                self.depth -= 1;
                return Ok(false);
            }
            return Ok(true);
        }
        match self.b.get(self.i) {
            Some(b',') => {
                self.i += 1;
                self.ws();
                if self.b.get(self.i) == Some(&b']') {
                    return Err(
                        self.fatal_json(self.i, "a value after `,` (trailing commas are not JSON)")
                    );
                }
                Ok(true)
            }
            Some(b']') => {
                self.i += 1;
                self.depth -= 1;
                Ok(false)
            }
            _ => Err(self.fatal_json(self.i, "`,` or `]`")),
        }
    }

    pub fn key_bytes(&self, k: &Key) -> Cow<'a, [u8]> {
        let raw: &'a [u8] = &self.b[k.start..k.end];
        if k.escaped {
            unescape(raw)
        } else {
            Cow::Borrowed(raw)
        }
    }

    // ----- generic values ----------------------------------------------------------------------

    /// Read any value, checking only that it is well-formed, exact and free of duplicate keys.
    pub fn any(&mut self) -> R {
        match self.peek()? {
            Kind::Object => {
                self.open()?;
                let mut keys = KeyTracker::new(self);
                let mut first = true;
                while let Some(k) = self.next_key(&mut first)? {
                    keys.add(self, k);
                    self.push_key(k);
                    self.any()?;
                    self.pop();
                }
                keys.finish(self);
                Ok(())
            }
            Kind::Array => {
                self.open()?;
                let mut first = true;
                let mut n = 0u32;
                while self.next_elem(&mut first)? {
                    self.push_index(n);
                    self.any()?;
                    self.pop();
                    n += 1;
                }
                Ok(())
            }
            Kind::String => self.string().map(|_| ()),
            Kind::Number => self.number().map(|_| ()),
            Kind::Bool | Kind::Null => self.literal().map(|_| ()),
        }
    }

    /// A short, secret-free description of the value at the cursor for `received`.
    pub fn describe(&mut self, kind: Kind) -> String {
        match kind {
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
                "unknown field `{}` in {}: API 3.1 defines no such field here (check its spelling; unknownFields: \"keep\" accepts it)",
                preview(&name),
                self.here()
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

/// Tracks the keys of one object whose keys are not all known in advance, to find duplicates.
/// Keys live on a stack shared by nested objects; big objects switch to a hash set so that a
/// hostile body cannot make this quadratic.
pub struct KeyTracker {
    base: usize,
    set: Option<HashSet<Vec<u8>>>,
}

const LINEAR_KEYS: usize = 24;

impl KeyTracker {
    pub fn new(cx: &Cx) -> Self {
        KeyTracker {
            base: cx.key_stack.len(),
            set: None,
        }
    }

    pub fn add(&mut self, cx: &mut Cx, k: Key) {
        let dup = if let Some(set) = &mut self.set {
            !set.insert(cx.key_bytes(&k).into_owned())
        } else {
            let name = cx.key_bytes(&k);
            let dup = cx.key_stack[self.base..].iter().any(|o| {
                if !o.escaped && !k.escaped {
                    cx.b[o.start..o.end] == *name
                } else {
                    *cx.key_bytes(o) == *name
                }
            });
            cx.key_stack.push(k);
            if cx.key_stack.len() - self.base > LINEAR_KEYS {
                let set: HashSet<Vec<u8>> = cx.key_stack[self.base..]
                    .iter()
                    .map(|o| cx.key_bytes(o).into_owned())
                    .collect();
                cx.key_stack.truncate(self.base);
                self.set = Some(set);
            }
            dup
        };
        if dup {
            cx.report_duplicate(k);
        }
    }

    pub fn finish(self, cx: &mut Cx) {
        cx.key_stack.truncate(self.base);
    }
}

/// Index of the first byte at or after `j` that needs a closer look inside a string: a quote,
/// a backslash, a control character or a non-ASCII byte. Eight bytes at a time.
#[inline]
fn scan_plain(b: &[u8], mut j: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    while j + 8 <= b.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[j..j + 8]);
        let x = u64::from_le_bytes(w);
        let quote = (x ^ (ONES * b'"' as u64)).wrapping_sub(ONES) & !(x ^ (ONES * b'"' as u64));
        let bslash = (x ^ (ONES * b'\\' as u64)).wrapping_sub(ONES) & !(x ^ (ONES * b'\\' as u64));
        let control = x.wrapping_sub(ONES * 0x20) & !x;
        let hit = (quote | bslash | control | x) & HIGHS;
        if hit != 0 {
            return j + (hit.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while let Some(&c) = b.get(j) {
        if c == b'"' || c == b'\\' || !(0x20..0x80).contains(&c) {
            return j;
        }
        j += 1;
    }
    j
}

/// Length of the valid UTF-8 sequence starting `s` (non-ASCII lead byte), or 0 if invalid.
fn utf8_len(s: &[u8]) -> usize {
    let cont = |i: usize| s.get(i).is_some_and(|&c| c & 0xC0 == 0x80);
    let in_range = |i: usize, lo: u8, hi: u8| s.get(i).is_some_and(|&c| (lo..=hi).contains(&c));
    match s[0] {
        0xC2..=0xDF if cont(1) => 2,
        0xE0 if in_range(1, 0xA0, 0xBF) && cont(2) => 3,
        0xE1..=0xEC | 0xEE..=0xEF if cont(1) && cont(2) => 3,
        0xED if in_range(1, 0x80, 0x9F) && cont(2) => 3,
        0xF0 if in_range(1, 0x90, 0xBF) && cont(2) && cont(3) => 4,
        0xF1..=0xF3 if cont(1) && cont(2) && cont(3) => 4,
        0xF4 if in_range(1, 0x80, 0x8F) && cont(2) && cont(3) => 4,
        _ => 0,
    }
}

fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let h = b.get(at..at + 4)?;
    h.iter()
        .try_fold(0u32, |v, &c| Some(v * 16 + (c as char).to_digit(16)?))
}

/// Whether a number written with a fraction or an exponent keeps its value through a double, as
/// JSON.parse reads it. Doubles hold 15 significant decimal digits exactly, so only longer
/// literals are compared with the shortest form of the double they became.
fn survives_double(text: &[u8], v: f64) -> bool {
    // Digits of the mantissa, an upper bound of the significant ones: cheap, and enough to let
    // every ordinary number through without a closer look.
    let mantissa = text.iter().take_while(|&&c| c != b'e' && c != b'E');
    if mantissa.filter(|c| c.is_ascii_digit()).count() <= 15 {
        return true;
    }
    decimal(text) == decimal(format!("{v:e}").as_bytes())
}

/// A decimal literal as its significant digits and the power of ten of the first one.
fn decimal(text: &[u8]) -> (Vec<u8>, i64) {
    let text = text.strip_prefix(b"-").unwrap_or(text);
    let (mantissa, exp) = match text.iter().position(|&c| c == b'e' || c == b'E') {
        Some(i) => (
            &text[..i],
            std::str::from_utf8(&text[i + 1..])
                .ok()
                .and_then(|e| e.trim_start_matches('+').parse::<i64>().ok())
                .unwrap_or(0),
        ),
        None => (text, 0),
    };
    let point = mantissa
        .iter()
        .position(|&c| c == b'.')
        .unwrap_or(mantissa.len()) as i64;
    let mut digits: Vec<u8> = mantissa
        .iter()
        .copied()
        .filter(u8::is_ascii_digit)
        .collect();
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..leading);
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return (digits, 0);
    }
    (digits, point - leading as i64 + exp)
}

/// RFC 6901 pointer of a path.
pub fn pointer_of(path: &[PathSegment]) -> String {
    let mut p = String::new();
    for s in path {
        p.push('/');
        match s {
            PathSegment::Key(k) => {
                for c in k.chars() {
                    match c {
                        '~' => p.push_str("~0"),
                        '/' => p.push_str("~1"),
                        c => p.push(c),
                    }
                }
            }
            PathSegment::Index(i) => p.push_str(&i.to_string()),
        }
    }
    p
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_plain_stops_at_specials() {
        let s = b"abcdefghijklmnop\"";
        assert_eq!(scan_plain(s, 0), 16);
        assert_eq!(scan_plain(b"abcdefgh\\ijkl", 0), 8);
        assert_eq!(scan_plain(b"abc\x01defghijkl", 0), 3);
        assert_eq!(scan_plain("abcdefg\u{e9}".as_bytes(), 0), 7);
        assert_eq!(scan_plain(b"abcdefghij", 0), 10);
        assert_eq!(scan_plain(b"ab\x7f\x20~!#$%&'()", 0), 13);
    }

    #[test]
    fn utf8_rules() {
        assert_eq!(utf8_len("é".as_bytes()), 2);
        assert_eq!(utf8_len("€".as_bytes()), 3);
        assert_eq!(utf8_len("😀".as_bytes()), 4);
        assert_eq!(utf8_len(&[0xC0, 0x80]), 0);
        assert_eq!(utf8_len(&[0xED, 0xA0, 0x80]), 0);
        assert_eq!(utf8_len(&[0xE2, 0x82]), 0);
        assert_eq!(utf8_len(&[0xFF]), 0);
    }

    #[test]
    fn doubles_that_change_are_caught() {
        for (text, kept) in [
            ("0.1", true),
            ("1.5e3", true),
            ("1e300", true),
            ("3.141592653589793", true),
            ("-0.000001234567890123456", true),
            ("9007199254740993.0", false),
            ("1.00000000000000000001", false),
            ("12345678901234567890e-5", false),
            ("1.000000000000000000000", true),
        ] {
            let v: f64 = text.parse().unwrap();
            assert_eq!(survives_double(text.as_bytes(), v), kept, "{text}");
        }
    }

    #[test]
    fn pointers_escape() {
        let p = vec![PathSegment::Key("a/b~c".into()), PathSegment::Index(3)];
        assert_eq!(pointer_of(&p), "/a~1b~0c/3");
        assert_eq!(pointer_of(&[]), "");
    }
}

//! Reading JSON at the cursor, through the scanner: whitespace, strings, numbers, literals, and
//! the structure of objects and arrays. Where the scanner stops, the issue saying why is
//! recorded here and the check stops (`Stop`); what JSON.parse would accept but change (big
//! integers, floats that do not survive a double, lone surrogates) is reported and reading goes
//! on.

use super::cx::{Cx, Finding, Key, Kind, Num, Stop, R};
use super::keys::KeyTracker;
use crate::issue::IssueCode;
use crate::json::escape::lone_surrogates;
use crate::json::number::exact_in_js;
use crate::json::scan::Error;
use crate::messages;

impl<'a> Cx<'a> {
    /// Record why the scanner stopped.
    #[cold]
    #[inline(never)]
    fn stop(&mut self, e: Error) -> Stop {
        let f = match e {
            Error::Syntax {
                at,
                expected,
                found,
            } => {
                let what = messages::expected_syntax(expected);
                let found = match found {
                    Some(_) if self.redaction.on() => messages::SECRET_CHAR.to_string(),
                    found => messages::found_char(found),
                };
                let msg = messages::invalid_json(what, &found, &self.here());
                Finding::error(IssueCode::InvalidJson, msg)
                    .at(at)
                    .expected(what)
                    .received(found)
            }
            Error::NotUtf8 { at, byte } => {
                let byte = messages::bad_byte(Some(byte).filter(|_| !self.redaction.on()));
                let msg = messages::not_utf8(&byte, &self.here());
                Finding::error(IssueCode::InvalidEncoding, msg)
                    .at(at)
                    .expected("UTF-8")
                    .received(byte)
            }
            Error::TooDeep { at } => {
                let max = self.cur.max_depth;
                let msg = messages::too_deep(max, &self.here());
                Finding::error(IssueCode::TooDeep, msg)
                    .at(at)
                    .expected(messages::at_most_levels(max))
            }
        };
        self.issue(f);
        Stop
    }

    /// The kind of the value at the cursor (after whitespace).
    #[inline(always)]
    pub fn peek(&mut self) -> Result<Kind, Stop> {
        self.cur.peek().map_err(|e| self.stop(e))
    }

    /// Read a string at the cursor; returns the byte range of its contents.
    #[inline]
    pub fn string(&mut self) -> Result<Key, Stop> {
        let read = self.cur.string();
        if self.cur.lone_in.is_some() {
            self.lone_surrogates(read.map_or_else(Error::at, |s| s.end));
        }
        read.map_err(|e| self.stop(e))
    }

    /// Read a number at the cursor. Numbers JavaScript would change are reported here.
    #[inline]
    pub fn number(&mut self) -> Result<Num, Stop> {
        let n = self.cur.number().map_err(|e| self.stop(e))?;
        if !exact_in_js(&self.cur.b[n.start..n.end], n.is_integer) {
            self.out_of_range(n);
        }
        Ok(n)
    }

    /// Read `true`, `false` or `null`: true for `true`.
    pub fn literal(&mut self) -> Result<bool, Stop> {
        self.cur.literal().map_err(|e| self.stop(e))
    }

    /// The cursor is at `{` or `[`.
    #[inline]
    pub fn open(&mut self) -> R {
        self.cur.open().map_err(|e| self.stop(e))
    }

    /// Next key of the object being read, or `None` after its `}`.
    #[inline]
    pub fn next_key(&mut self, first: &mut bool) -> Result<Option<Key>, Stop> {
        self.next_key_inlined(first)
    }

    /// [`Cx::next_key`] for the record and union loops, where every member of a body is read:
    /// inlined there it costs a tenth fewer instructions per body, and a copy at every other
    /// caller would cost module size for nothing.
    #[inline(always)]
    pub fn next_key_inlined(&mut self, first: &mut bool) -> Result<Option<Key>, Stop> {
        let read = self.cur.next_key(first);
        if self.cur.lone_in.is_some() {
            self.lone_surrogates(read.map_or_else(Error::at, |k| k.map_or(0, |k| k.end)));
        }
        read.map_err(|e| self.stop(e))
    }

    /// Whether the array being read has another element (cursor then at it).
    #[inline]
    pub fn next_elem(&mut self, first: &mut bool) -> Result<bool, Stop> {
        self.cur.next_elem(first).map_err(|e| self.stop(e))
    }

    /// JSON.parse accepts a lone surrogate escape, but it is no character: it cannot be stored as
    /// UTF-8 (Rust strings, most databases) and usually means a text cut inside an emoji. Each
    /// of those in the string just read (up to `end`) is reported.
    #[cold]
    #[inline(never)]
    fn lone_surrogates(&mut self, end: usize) {
        let Some(start) = self.cur.lone_in.take() else {
            return;
        };
        let b = self.cur.b;
        let found = lone_surrogates(b.get(start..end).unwrap_or_default());
        for (at, unit) in found.map(|(at, unit)| (start + at, unit)) {
            let shown = messages::lone_surrogate_shown(Some(unit).filter(|_| !self.redaction.on()));
            let msg = messages::lone_surrogate(&shown, &self.here());
            let f = Finding::error(IssueCode::InvalidEncoding, msg)
                .at(at)
                .expected(messages::SURROGATE_PAIR);
            self.issue(if self.redaction.on() {
                f
            } else {
                f.received(messages::surrogate_escape(unit))
            });
        }
    }

    #[cold]
    #[inline(never)]
    fn out_of_range(&mut self, n: Num) {
        let shown = if self.redaction.on() {
            messages::NOT_SHOWN.to_string()
        } else {
            messages::preview_bytes(&self.cur.b[n.start..n.end])
        };
        let msg = messages::out_of_range(&shown, &self.here());
        self.issue(
            Finding::error(IssueCode::NumberOutOfRange, msg)
                .at(n.start)
                .expected(messages::SAFE_INTEGER)
                .received(shown),
        );
    }

    /// If the value at the cursor is of `want`, return true; otherwise report an `invalid_type`
    /// naming `expected`, read past the value, and return false.
    #[inline(always)]
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
        let at = self.cur.i;
        let received = self.describe(k);
        let msg = messages::wrong_type(expected, &self.here(), &received, k == Kind::Null);
        self.issue(
            Finding::error(IssueCode::InvalidType, msg)
                .at(at)
                .expected(expected)
                .received(received),
        );
        self.any()
    }

    /// Report a member the model does not know, according to the `unknownFields` option, and
    /// read past its value.
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
}

//! Reading JSON at the cursor: whitespace, strings, numbers, literals, and the structure of
//! objects and arrays. Syntax errors stop the check (`Stop`); what JSON.parse would accept but
//! change (big integers, floats that do not survive a double, lone surrogates) is reported and
//! reading goes on.

use super::cx::{preview, Cx, Key, Kind, Num, Stop, R};
use super::keys::KeyTracker;
use crate::issue::IssueCode;
use crate::json::number::{survives_double, MAX_SAFE_INTEGER};
use crate::json::scan::{hex4, scan_plain, utf8_len};
use crate::json::unescape::unescape;
use std::borrow::Cow;

impl<'a> Cx<'a> {
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
                        let byte = if self.redact {
                            "a byte".to_string()
                        } else {
                            format!("byte 0x{c:02x}")
                        };
                        let msg = format!(
                            "the body is not valid UTF-8: {byte} cannot start or continue a character here (in {}); LiveChat sends UTF-8 — if you re-encoded the body (e.g. as latin1), pass the raw bytes",
                            self.here()
                        );
                        self.error(
                            IssueCode::InvalidEncoding,
                            j,
                            msg,
                            Some("UTF-8".into()),
                            Some(byte),
                        );
                        return Err(Stop);
                    }
                    self.saw_replacement_char |= n == 3 && b[j..j + 3] == *"\u{FFFD}".as_bytes();
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
            "number {shown} at {} cannot be represented exactly in JavaScript (JavaScript numbers are doubles: integers are exact only within ±9007199254740991); JSON.parse would silently change it — send such values as strings",
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

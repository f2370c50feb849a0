//! Looking ahead inside an object for a discriminator (`type`, `action`, `customer`...).
//!
//! Tagged unions need their tag before their fields can be checked, and JSON puts no order on
//! keys. Rather than buffering the object, we skim it once without checking anything; the
//! checking pass that follows reports every problem. Skimming never fails loudly: on anything
//! malformed it gives up and the checking pass will say what is wrong.

use super::unescape::unescape;
use std::borrow::Cow;

/// What the skim found for the key.
pub enum Peek<'a> {
    /// The key is not a member of the object (or the object is malformed before it).
    Missing,
    /// The key's value is a string, decoded, with the byte offset of its opening quote.
    Str(Cow<'a, [u8]>, usize),
    /// The key's value is something else; the offset of its first byte.
    Other(usize),
}

fn ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\n' | b'\r' | b'\t') {
        i += 1;
    }
    i
}

/// Index just past the closing quote of the string starting at `i` (which holds `"`).
fn skip_string(b: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    while i < b.len() {
        match b[i] {
            b'"' => return Some(i + 1),
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
    None
}

/// Index just past the value starting at `i`, without recursion.
fn skip_value(b: &[u8], i: usize) -> Option<usize> {
    let mut i = ws(b, i);
    let mut depth = 0usize;
    loop {
        let c = *b.get(i)?;
        match c {
            b'"' => i = skip_string(b, i)?,
            b'{' | b'[' => {
                depth += 1;
                i += 1;
            }
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                i += 1;
            }
            _ => {
                while i < b.len()
                    && !matches!(b[i], b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t')
                {
                    i += 1;
                }
            }
        }
        if depth == 0 {
            return Some(i);
        }
        while i < b.len() && matches!(b[i], b',' | b':' | b' ' | b'\n' | b'\r' | b'\t') {
            i += 1;
        }
    }
}

/// Skim the object whose `{` is at `start` for a top-level `key`.
pub fn peek_key<'a>(b: &'a [u8], start: usize, key: &[u8]) -> Peek<'a> {
    let mut i = ws(b, start + 1);
    loop {
        if b.get(i) != Some(&b'"') {
            return Peek::Missing;
        }
        let Some(kend) = skip_string(b, i) else {
            return Peek::Missing;
        };
        let raw_key = &b[i + 1..kend - 1];
        i = ws(b, kend);
        if b.get(i) != Some(&b':') {
            return Peek::Missing;
        }
        i = ws(b, i + 1);
        if *unescape(raw_key) == *key {
            return match b.get(i) {
                Some(b'"') => match skip_string(b, i) {
                    Some(end) => Peek::Str(unescape(&b[i + 1..end - 1]), i),
                    None => Peek::Other(i),
                },
                Some(_) => Peek::Other(i),
                None => Peek::Missing,
            };
        }
        let Some(next) = skip_value(b, i) else {
            return Peek::Missing;
        };
        i = ws(b, next);
        if b.get(i) != Some(&b',') {
            return Peek::Missing;
        }
        i = ws(b, i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(body: &str, key: &str) -> Option<String> {
        match peek_key(body.as_bytes(), 0, key.as_bytes()) {
            Peek::Str(s, _) => Some(String::from_utf8(s.into_owned()).unwrap()),
            Peek::Other(_) => Some("<other>".into()),
            Peek::Missing => None,
        }
    }

    #[test]
    fn finds_tags_after_nested_values() {
        let body =
            r#"{"a": {"type": "inner", "x": [1, {"y": "}"}]}, "b": "q\"}", "type" : "message"}"#;
        assert_eq!(tag(body, "type").as_deref(), Some("message"));
        assert_eq!(
            tag(r#"{"ty\u0070e": "file"}"#, "type").as_deref(),
            Some("file")
        );
        assert_eq!(tag(r#"{"type": 3}"#, "type").as_deref(), Some("<other>"));
        assert_eq!(tag(r#"{"x": 1}"#, "type"), None);
        assert_eq!(tag(r#"{"x": [1, 2"#, "type"), None);
        assert_eq!(tag(r#"{}"#, "type"), None);
    }
}

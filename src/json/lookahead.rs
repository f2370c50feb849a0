//! Looking ahead inside an object for a discriminator (`type`, `action`, `customer`...).
//!
//! Tagged unions need their tag before their fields can be checked, and JSON puts no order on
//! keys. Rather than buffering the object, the scanner skims it once without checking anything;
//! the checking pass that follows reports every problem. Skimming never fails loudly: on
//! anything malformed it gives up and the checking pass will say what is wrong. It checks no
//! more than where values end, so that a body broken deep inside one member still shows its
//! tag: the checking pass then reports what it finds before the break by the right variant.

use super::scan::Scanner;
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

/// Skim the object whose `{` is at `start` for a top-level `key`.
pub fn peek_key<'a>(b: &'a [u8], start: usize, key: &[u8]) -> Peek<'a> {
    find(b, start, key).unwrap_or(Peek::Missing)
}

/// The value at `at` (after whitespace), as `peek_key` gives a member's value.
pub fn value_at(b: &[u8], at: usize) -> Peek<'_> {
    let mut s = Scanner::new(b, at, 0);
    s.ws();
    let at = s.i;
    match b.get(at) {
        None => Peek::Missing,
        Some(b'"') => match s.skim_string() {
            Some(value) => Peek::Str(value.text(b), at),
            None => Peek::Other(at),
        },
        Some(_) => Peek::Other(at),
    }
}

fn find<'a>(b: &'a [u8], start: usize, key: &[u8]) -> Option<Peek<'a>> {
    let mut s = Scanner::new(b, start + 1, 0);
    s.ws();
    loop {
        if b.get(s.i) != Some(&b'"') {
            return None;
        }
        let name = s.skim_string()?;
        s.ws();
        if b.get(s.i) != Some(&b':') {
            return None;
        }
        s.i += 1;
        s.ws();
        if *name.text(b) == *key {
            return Some(value_at(b, s.i));
        }
        // Most members ahead of a tag are strings (`id`, `created_at`): skimmed as such, not
        // through the general loop.
        if b.get(s.i) == Some(&b'"') {
            s.skim_string()?;
        } else {
            s.skim_value()?;
        }
        s.ws();
        if b.get(s.i) != Some(&b',') {
            return None;
        }
        s.i += 1;
        s.ws();
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

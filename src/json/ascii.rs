#![cfg_attr(not(feature = "wasm"), allow(dead_code))] // only the wasm boundary (src/wasm/input.rs) calls it
//! A checked body rewritten as pure ASCII: every character beyond ASCII written as `\uXXXX`
//! (astral ones as a surrogate pair), one leading BOM dropped.
//!
//! Why: JavaScript builds the value with `JSON.parse`, which needs a string. Turning UTF-8 bytes
//! with non-ASCII characters into a string is slow in engines (Node 20's `TextDecoder` took about
//! 0.9 × `JSON.parse`'s time on a 110 KB body with 2% non-ASCII text), while an ASCII-only
//! string takes their fast path (~0.1 ×) and `JSON.parse` of the escaped text builds the same
//! value as fast as from the original. In a valid JSON body every non-ASCII character is inside
//! a string, where an escape means the same character, so the value is unchanged.
//!
//! Only for bodies the checker accepted: the input must be valid UTF-8 JSON.

use super::BOM;

/// Appends the ASCII form of `body` to `out`. Returns false, writing nothing, when `body` is
/// already ASCII (then the body itself is its ASCII form).
pub fn escape_non_ascii(body: &[u8], out: &mut Vec<u8>) -> bool {
    let body = body.strip_prefix(BOM).unwrap_or(body);
    let Some(first) = next_non_ascii(body, 0) else {
        return false;
    };
    out.reserve(body.len() + body.len() / 8);
    let mut plain = 0;
    let mut i = first;
    loop {
        out.extend_from_slice(&body[plain..i]);
        let (c, n) = decode(&body[i..]);
        if c >= 0x1_0000 {
            let v = c - 0x1_0000;
            push_escape(out, 0xD800 | (v >> 10));
            push_escape(out, 0xDC00 | (v & 0x3FF));
        } else {
            push_escape(out, c);
        }
        i += n;
        plain = i;
        match next_non_ascii(body, i) {
            Some(j) => i = j,
            None => break,
        }
    }
    out.extend_from_slice(&body[plain..]);
    true
}

/// The first byte at or after `i` that is not ASCII; eight bytes at a time.
#[inline]
fn next_non_ascii(b: &[u8], mut i: usize) -> Option<usize> {
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    while i + 8 <= b.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[i..i + 8]);
        let hit = u64::from_le_bytes(w) & HIGHS;
        if hit != 0 {
            return Some(i + (hit.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b[i..].iter().position(|&c| c >= 0x80).map(|k| i + k)
}

/// The character whose (valid, non-ASCII) UTF-8 sequence starts `s`, and its length. The body
/// was checked, so a sequence is never cut; a stray byte is passed on as itself rather than
/// trusted to be one.
#[inline]
fn decode(s: &[u8]) -> (u32, usize) {
    let cont = |k: usize| u32::from(s.get(k).copied().unwrap_or(0x80) & 0x3F);
    match s[0] {
        c @ 0xC0..=0xDF => ((u32::from(c & 0x1F) << 6) | cont(1), 2),
        c @ 0xE0..=0xEF => ((u32::from(c & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3),
        c @ 0xF0..=0xF7 => (
            (u32::from(c & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        ),
        c => (u32::from(c), 1),
    }
}

fn push_escape(out: &mut Vec<u8>, unit: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.extend_from_slice(&[
        b'\\',
        b'u',
        HEX[(unit >> 12) as usize & 15],
        HEX[(unit >> 8) as usize & 15],
        HEX[(unit >> 4) as usize & 15],
        HEX[unit as usize & 15],
    ]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn ascii(body: &str) -> Option<String> {
        let mut out = Vec::new();
        escape_non_ascii(body.as_bytes(), &mut out).then(|| String::from_utf8(out).unwrap())
    }

    #[test]
    fn ascii_bodies_are_left_as_they_are() {
        assert_eq!(ascii(r#"{"a":"b\u00e9"}"#), None);
        assert_eq!(ascii(""), None);
    }

    #[test]
    fn every_width_of_character_becomes_an_escape() {
        assert_eq!(
            ascii("{\"é\":\"x€y😀\",\"ł\":[\"ŁÓDŹ\"]}").as_deref(),
            Some(r#"{"\u00e9":"x\u20acy\ud83d\ude00","\u0142":["\u0141\u00d3D\u0179"]}"#)
        );
        // The BOM goes; one after it is text and stays (as an escape).
        assert_eq!(
            ascii("\u{FEFF}\"\u{FEFF}\"").as_deref(),
            Some(r#""\ufeff""#)
        );
        assert_eq!(ascii("\u{FEFF}{}").as_deref(), None);
    }

    /// The escaped text parses to the same value as the body, for text of every kind around
    /// every 8-byte boundary of the word-at-a-time search.
    #[test]
    fn the_value_is_unchanged() {
        let pieces = [
            "a",
            "é",
            "€",
            "😀",
            "\\n",
            "\\\"",
            "\\u00e9",
            " ",
            "ß",
            "\u{10FFFF}",
            "\u{7F}",
        ];
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..3_000 {
            let mut text = String::new();
            for _ in 0..x % 40 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                text.push_str(pieces[(x % pieces.len() as u64) as usize]);
            }
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let body = format!("{{\"k{text}\":[\"{text}\",{}]}}", x % 1000);
            let want: Value = serde_json::from_str(&body).unwrap();
            let got = ascii(&body).unwrap_or_else(|| body.clone());
            assert!(got.is_ascii(), "{got}");
            // The wasm boundary reserves three times the body for the form.
            assert!(got.len() <= 3 * body.len(), "{body}");
            assert_eq!(serde_json::from_str::<Value>(&got).unwrap(), want, "{body}");
        }
    }
}

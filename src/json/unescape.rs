//! Decoding of JSON string contents that are already known to be well formed.

use super::scan::hex4;
use std::borrow::Cow;

/// Decode the inside of a JSON string (between the quotes). Borrowed when there is no escape.
/// Lone surrogates become U+FFFD, as they cannot be held in Rust strings.
pub fn unescape(raw: &[u8]) -> Cow<'_, [u8]> {
    if !raw.contains(&b'\\') {
        return Cow::Borrowed(raw);
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        if b != b'\\' || i + 1 >= raw.len() {
            out.push(b);
            i += 1;
            continue;
        }
        let e = raw[i + 1];
        i += 2;
        let simple = match e {
            b'"' => Some(b'"'),
            b'\\' => Some(b'\\'),
            b'/' => Some(b'/'),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            _ => None,
        };
        if let Some(c) = simple {
            out.push(c);
            continue;
        }
        if e != b'u' {
            out.push(e);
            continue;
        }
        let hi = hex4(raw, i);
        i += 4;
        let cp = match hi {
            Some(h @ 0xD800..=0xDBFF)
                if raw.get(i) == Some(&b'\\') && raw.get(i + 1) == Some(&b'u') =>
            {
                match hex4(raw, i + 2) {
                    Some(lo @ 0xDC00..=0xDFFF) => {
                        i += 6;
                        0x10000 + ((h - 0xD800) << 10) + (lo - 0xDC00)
                    }
                    _ => 0xFFFD,
                }
            }
            Some(0xD800..=0xDFFF) | None => 0xFFFD,
            Some(c) => c,
        };
        let ch = char::from_u32(cp).unwrap_or('\u{FFFD}');
        let mut buf = [0u8; 4];
        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
    }
    Cow::Owned(out)
}

/// Decode to a `String` for messages and pointers.
pub fn unescape_to_string(raw: &[u8]) -> String {
    String::from_utf8_lossy(&unescape(raw)).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_escapes_and_pairs() {
        assert_eq!(&*unescape(br"plain"), b"plain");
        assert_eq!(unescape_to_string(br#"a\"b\\c\/d\n"#), "a\"b\\c/d\n");
        assert_eq!(unescape_to_string(br"\u0141ukasz"), "Łukasz");
        assert_eq!(unescape_to_string(br"\ud83d\ude00"), "😀");
        assert_eq!(unescape_to_string(br"\ud83d!"), "\u{FFFD}!");
    }
}

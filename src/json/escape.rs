//! Backslash escapes inside JSON strings, and the UTF-16 surrogate pairs `\u` escapes can form.
//!
//! The one place escapes are decoded: the scanner uses [`escape_at`] to check them, and
//! [`unescape`] and `measure::text_len` to decode or measure strings it has checked, so all
//! three agree on what a string holds (a lone surrogate half is U+FFFD to each of them).

use std::borrow::Cow;

/// What one escape stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A character, whether written `\n` or `\u00e9` or as a surrogate pair.
    Char(char),
    /// Half of a surrogate pair without its other half: JSON.parse keeps it, but it is no
    /// character and has no UTF-8 form.
    Lone(u16),
}

/// One escape: what it stands for and how many bytes it takes (2, 6 or, for a pair, 12).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Escape {
    pub unit: Unit,
    pub len: usize,
}

/// Why the bytes at a backslash are no escape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadEscape {
    /// The letter after the backslash names no escape.
    Letter,
    /// `\u` is not followed by four hex digits.
    Hex,
}

/// The value of the four hex digits at `at`, if they are four hex digits.
#[inline]
pub fn hex4(b: &[u8], at: usize) -> Option<u16> {
    let h = b.get(at..at.checked_add(4)?)?;
    h.iter().try_fold(0u16, |v, &c| {
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ => return None,
        };
        Some(v << 4 | u16::from(d))
    })
}

/// Decode the escape whose backslash is at `b[j]`. A high surrogate followed by an escaped low
/// one is one character; any other surrogate half is [`Unit::Lone`].
#[inline(always)]
pub fn escape_at(b: &[u8], j: usize) -> Result<Escape, BadEscape> {
    let simple = |c: char| {
        Ok(Escape {
            unit: Unit::Char(c),
            len: 2,
        })
    };
    match b.get(j + 1) {
        Some(b'"') => simple('"'),
        Some(b'\\') => simple('\\'),
        Some(b'/') => simple('/'),
        Some(b'b') => simple('\u{8}'),
        Some(b'f') => simple('\u{c}'),
        Some(b'n') => simple('\n'),
        Some(b'r') => simple('\r'),
        Some(b't') => simple('\t'),
        Some(b'u') => {
            let unit = hex4(b, j + 2).ok_or(BadEscape::Hex)?;
            Ok(unicode_escape(b, j, unit))
        }
        _ => Err(BadEscape::Letter),
    }
}

/// The `\uXXXX` escape at `j`, whose digits read `unit`, with the low half that may follow it.
fn unicode_escape(b: &[u8], j: usize, unit: u16) -> Escape {
    let one = |unit| Escape { unit, len: 6 };
    match unit {
        0xD800..=0xDBFF => {
            let low = match b.get(j + 6..j + 8) {
                Some(b"\\u") => hex4(b, j + 8).filter(|lo| (0xDC00..=0xDFFF).contains(lo)),
                _ => None,
            };
            match low {
                Some(lo) => {
                    let cp =
                        0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(lo) - 0xDC00);
                    Escape {
                        unit: Unit::Char(char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER)),
                        len: 12,
                    }
                }
                None => one(Unit::Lone(unit)),
            }
        }
        0xDC00..=0xDFFF => one(Unit::Lone(unit)),
        _ => one(Unit::Char(
            char::from_u32(u32::from(unit)).unwrap_or(char::REPLACEMENT_CHARACTER),
        )),
    }
}

/// The pieces of a string's inside: runs of bytes as written, and escapes decoded.
///
/// A string the scanner accepted has no bad escape, but the look-ahead skims strings without
/// checking them, and what it finds must decode to something: a backslash before a letter that
/// names no escape stands for that letter, one at the very end for itself, and a `\u` without
/// four hex digits for U+FFFD, over the six bytes an escape would take.
pub struct Pieces<'a> {
    raw: &'a [u8],
    i: usize,
}

pub enum Piece<'a> {
    Raw(&'a [u8]),
    Unit(Unit),
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Piece<'a>;

    fn next(&mut self) -> Option<Piece<'a>> {
        let rest = self.raw.get(self.i..).filter(|r| !r.is_empty())?;
        if rest[0] != b'\\' {
            let n = rest.iter().position(|&c| c == b'\\').unwrap_or(rest.len());
            self.i += n;
            return Some(Piece::Raw(&rest[..n]));
        }
        let (piece, len) = match escape_at(self.raw, self.i) {
            Ok(e) => (Piece::Unit(e.unit), e.len),
            Err(BadEscape::Hex) => (Piece::Unit(Unit::Char(char::REPLACEMENT_CHARACTER)), 6),
            Err(BadEscape::Letter) if rest.len() == 1 => (Piece::Raw(rest), 1),
            Err(BadEscape::Letter) => (Piece::Raw(&rest[1..2]), 2),
        };
        self.i += len;
        Some(piece)
    }
}

/// The lone surrogate escapes of a string's inside: the offset of each one's backslash, and
/// the half it holds.
pub fn lone_surrogates(raw: &[u8]) -> impl Iterator<Item = (usize, u16)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(n) = raw.get(i..)?.iter().position(|&c| c == b'\\') {
            let at = i + n;
            match escape_at(raw, at) {
                Ok(e) => {
                    i = at + e.len;
                    if let Unit::Lone(half) = e.unit {
                        return Some((at, half));
                    }
                }
                Err(_) => i = at + 1,
            }
        }
        None
    })
}

/// The inside of a JSON string (between its quotes), piece by piece.
pub fn pieces(raw: &[u8]) -> Pieces<'_> {
    Pieces { raw, i: 0 }
}

/// Decode the inside of a JSON string. Borrowed when there is no escape. Lone surrogates
/// become U+FFFD, as they cannot be held in UTF-8.
pub fn unescape(raw: &[u8]) -> Cow<'_, [u8]> {
    if !raw.contains(&b'\\') {
        return Cow::Borrowed(raw);
    }
    let mut out = Vec::with_capacity(raw.len());
    for piece in pieces(raw) {
        match piece {
            Piece::Raw(r) => out.extend_from_slice(r),
            Piece::Unit(u) => {
                let c = match u {
                    Unit::Char(c) => c,
                    Unit::Lone(_) => char::REPLACEMENT_CHARACTER,
                };
                out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
            }
        }
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
        assert!(matches!(unescape(br"plain"), Cow::Borrowed(_)));
        assert_eq!(unescape_to_string(br#"a\"b\\c\/d\n"#), "a\"b\\c/d\n");
        assert_eq!(unescape_to_string(br"\b\f\r\t"), "\u{8}\u{c}\r\t");
        assert_eq!(unescape_to_string(br"\u0141ukasz"), "Łukasz");
        assert_eq!(unescape_to_string(br"\ud83d\ude00"), "😀");
        assert_eq!(unescape_to_string(br"\uD83D\uDE00"), "😀");
        assert_eq!(unescape_to_string(br"\ud83d!"), "\u{FFFD}!");
        assert_eq!(unescape_to_string(br"\ude00\ud83d"), "\u{FFFD}\u{FFFD}");
        assert_eq!(unescape_to_string(br"\ud83d\u0041"), "\u{FFFD}A");
    }

    #[test]
    fn escapes_report_what_they_are() {
        let at = |s: &str| escape_at(s.as_bytes(), 0);
        assert_eq!(
            at(r"\n"),
            Ok(Escape {
                unit: Unit::Char('\n'),
                len: 2
            })
        );
        assert_eq!(
            at(r"\ud83d\ude00x"),
            Ok(Escape {
                unit: Unit::Char('😀'),
                len: 12
            })
        );
        assert_eq!(
            at(r"\udbff\udbff"),
            Ok(Escape {
                unit: Unit::Lone(0xDBFF),
                len: 6
            })
        );
        assert_eq!(
            at(r"\udc00"),
            Ok(Escape {
                unit: Unit::Lone(0xDC00),
                len: 6
            })
        );
        assert_eq!(at(r"\x"), Err(BadEscape::Letter));
        assert_eq!(at("\\"), Err(BadEscape::Letter));
        assert_eq!(at(r"\u12g4"), Err(BadEscape::Hex));
        assert_eq!(at(r"\u123"), Err(BadEscape::Hex));
        // A high half whose partner's digits are cut short is lone; the partner is read next.
        assert_eq!(at(r"\ud83d\ude0").map(|e| e.len), Ok(6));
    }

    #[test]
    fn finds_lone_halves_where_they_stand() {
        let found: Vec<_> =
            lone_surrogates(br"a\ud800\\ud800\ud83d\ude00\ude00\ud83d\u0041\ud83d").collect();
        assert_eq!(
            found,
            [(1, 0xD800), (26, 0xDE00), (32, 0xD83D), (44, 0xD83D)]
        );
    }

    #[test]
    fn malformed_text_passes_through_without_panicking() {
        assert_eq!(&*unescape(br"a\"), br"a\");
        assert_eq!(&*unescape(br"\q\'"), b"q'");
        assert_eq!(unescape_to_string(br"\u12"), "\u{FFFD}");
        assert_eq!(unescape_to_string(br"\u12x!ab"), "\u{FFFD}ab");
    }
}

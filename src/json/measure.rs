//! The length of a JSON string's text once decoded, measured on its raw contents without
//! decoding them (no allocation, whatever the string's size).

use super::escape::{pieces, Piece, Unit};

/// What a string holds once decoded: UTF-8 bytes and characters (Unicode scalar values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextLen {
    pub bytes: usize,
    pub chars: usize,
}

/// The decoded length of the inside of a well-formed JSON string (between its quotes). A lone
/// surrogate escape counts as U+FFFD, as `unescape` decodes it.
pub fn text_len(raw: &[u8]) -> TextLen {
    let mut n = TextLen { bytes: 0, chars: 0 };
    for piece in pieces(raw) {
        match piece {
            Piece::Raw(r) => {
                n.bytes += r.len();
                // Every byte but a continuation byte starts a character.
                n.chars += r.iter().filter(|&&c| c & 0xC0 != 0x80).count();
            }
            Piece::Unit(u) => {
                n.chars += 1;
                n.bytes += match u {
                    Unit::Char(c) => c.len_utf8(),
                    Unit::Lone(_) => char::REPLACEMENT_CHARACTER.len_utf8(),
                };
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn len(raw: &str) -> (usize, usize) {
        let n = text_len(raw.as_bytes());
        (n.bytes, n.chars)
    }

    #[test]
    fn plain_text_counts_utf8_bytes_and_characters() {
        assert_eq!(len(""), (0, 0));
        assert_eq!(len("abc"), (3, 3));
        assert_eq!(len("Zoë"), (4, 3));
        assert_eq!(len("€😀"), (7, 2));
    }

    #[test]
    fn escapes_count_as_what_they_decode_to() {
        assert_eq!(len(r#"\n\"\\\/"#), (4, 4));
        assert_eq!(len(r"\u0041\u00e9\u20ac"), (6, 3));
        assert_eq!(len(r"\ud83d\ude00"), (4, 1));
        // Lone halves decode to U+FFFD, three bytes each.
        assert_eq!(len(r"\ud83dx\ude00"), (7, 3));
        assert_eq!(len(r"a\u0000b"), (3, 3));
    }

    #[test]
    fn measures_what_unescape_produces() {
        for raw in [r"x\u00e9\ud83d\ude00\t", r"\udc00\ud800", "plain ünï"] {
            let decoded = super::super::escape::unescape(raw.as_bytes());
            let text = String::from_utf8_lossy(&decoded);
            assert_eq!(len(raw), (decoded.len(), text.chars().count()), "{raw}");
        }
    }
}

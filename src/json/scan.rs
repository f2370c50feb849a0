//! Scanning the inside of JSON strings: plain runs, UTF-8 sequences, `\u` escapes.

/// Index of the first byte at or after `j` that needs a closer look inside a string: a quote,
/// a backslash, a control character or a non-ASCII byte. Eight bytes at a time.
#[inline]
pub fn scan_plain(b: &[u8], mut j: usize) -> usize {
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
pub fn utf8_len(s: &[u8]) -> usize {
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

pub fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let h = b.get(at..at + 4)?;
    h.iter()
        .try_fold(0u32, |v, &c| Some(v * 16 + (c as char).to_digit(16)?))
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
}

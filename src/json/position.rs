//! Byte offsets to the 1-based line and UTF-16 column JavaScript editors use.

/// Positions for a sorted list of byte offsets, in one pass over the body.
/// `offsets` must be sorted ascending; the result is in the same order.
pub fn line_columns(body: &[u8], offsets: &[usize]) -> Vec<(u32, u32)> {
    let mut out = Vec::with_capacity(offsets.len());
    let mut line = 1u32;
    let mut col = 1u32;
    let mut i = 0usize;
    for &target in offsets {
        let target = target.min(body.len());
        while i < target {
            let b = body[i];
            // A lone CR ends a line too, as editors count lines.
            if b == b'\n' || (b == b'\r' && body.get(i + 1) != Some(&b'\n')) {
                line += 1;
                col = 1;
            } else if b & 0xC0 != 0x80 {
                // A lead byte of a 4-byte sequence is a surrogate pair in UTF-16.
                col += if b >= 0xF0 { 2 } else { 1 };
            }
            i += 1;
        }
        out.push((line, col));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::line_columns;

    #[test]
    fn counts_utf16_units() {
        let body = "{\n  \"a\": \"Łó😀\", x".as_bytes();
        let x = body.iter().position(|&b| b == b'x').unwrap();
        assert_eq!(
            line_columns(body, &[0, 2, x]),
            vec![(1, 1), (2, 1), (2, 16)]
        );
    }
}

//! Whether a JSON number keeps its value through a double, as JSON.parse reads it.

/// The largest integer a double (a JavaScript number) holds exactly along with all below it: 2^53 - 1.
pub const MAX_SAFE_INTEGER: i64 = 9_007_199_254_740_991;

/// Whether JSON.parse reads the number `text` (well formed) as exactly the value written:
/// integers within ±(2^53-1), and fractions and exponents that survive a double without
/// overflowing to Infinity (which JSON.stringify would write as null).
pub fn exact_in_js(text: &[u8], is_integer: bool) -> bool {
    if is_integer {
        let digits = text.strip_prefix(b"-").unwrap_or(text);
        return digits.len() <= 16
            && digits
                .iter()
                .try_fold(0i64, |v, &d| {
                    d.is_ascii_digit().then(|| v * 10 + i64::from(d - b'0'))
                })
                .is_some_and(|v| v <= MAX_SAFE_INTEGER);
    }
    let value = std::str::from_utf8(text)
        .ok()
        .and_then(|t| t.parse::<f64>().ok());
    value.is_some_and(|v| v.is_finite() && survives_double(text, v))
}

/// Whether a number written with a fraction or an exponent keeps its value through a double, as
/// JSON.parse reads it and JSON.stringify writes it back. Below 2^53 every integer and every
/// ordinary fraction comes through. Beyond it a double holds no fraction and only some integers:
/// up to 10^21, where JavaScript still writes every digit, the literal must be exactly the
/// double's integer; above, JavaScript writes the shortest form that reads back the same double,
/// which keeps any literal of up to 15 significant digits and none of more than 17 (in between it
/// depends on the digits, and the literal is given the benefit of the doubt).
pub fn survives_double(text: &[u8], v: f64) -> bool {
    if v.abs() <= MAX_SAFE_INTEGER as f64 {
        return true;
    }
    let (digits, point) = decimal(text);
    if (digits.len() as i64) > point {
        return false; // a fraction a double this large cannot hold
    }
    if v.abs() < 1e21 {
        let mut written = digits;
        written.resize(point as usize, b'0');
        return written == (v.abs() as u128).to_string().into_bytes();
    }
    digits.len() <= 17
}

/// A decimal literal as its significant digits and the power of ten of the first one.
fn decimal(text: &[u8]) -> (Vec<u8>, i64) {
    let text = text.strip_prefix(b"-").unwrap_or(text);
    let (mantissa, exp) = match text.iter().position(|&c| c == b'e' || c == b'E') {
        Some(i) => (
            &text[..i],
            std::str::from_utf8(&text[i + 1..])
                .ok()
                .and_then(|e| e.trim_start_matches('+').parse::<i64>().ok())
                .unwrap_or(0),
        ),
        None => (text, 0),
    };
    let point = mantissa
        .iter()
        .position(|&c| c == b'.')
        .unwrap_or(mantissa.len()) as i64;
    let mut digits: Vec<u8> = mantissa
        .iter()
        .copied()
        .filter(u8::is_ascii_digit)
        .collect();
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..leading);
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return (digits, 0);
    }
    (digits, point - leading as i64 + exp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_exact_within_the_safe_range() {
        for (text, exact) in [
            ("0", true),
            ("-0", true),
            ("9007199254740991", true),
            ("-9007199254740991", true),
            ("9007199254740992", false),
            ("-9007199254740992", false),
            ("9999999999999999", false),
            ("12345678901234567", false),
        ] {
            assert_eq!(exact_in_js(text.as_bytes(), true), exact, "{text}");
        }
        assert!(exact_in_js(b"1.5e300", false));
        assert!(!exact_in_js(b"1e400", false));
        assert!(!exact_in_js(b"-1e400", false));
    }

    #[test]
    fn doubles_that_change_are_caught() {
        for (text, kept) in [
            ("0.1", true),
            ("1.5e3", true),
            ("1e300", true),
            ("1e20", true),
            ("1e23", true),
            ("1.7e38", true),
            ("1e39", true),
            ("3.141592653589793", true),
            ("1.00000000000000000001", true),
            ("12345678901234567890e-5", true),
            ("9007199254740993.0", false),
            ("9007199254740993.5", false),
            ("18014398509481985e0", false),
            ("1.8014398509481984e16", true),
            ("-9007199254740993.0", false),
            ("170141183460469231731687303715884105729.0", false),
            ("1.23456789012345678901e30", false),
        ] {
            let v: f64 = text.parse().unwrap();
            assert_eq!(survives_double(text.as_bytes(), v), kept, "{text}");
        }
    }
}

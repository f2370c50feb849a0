//! Whether a JSON number keeps its value through a double, as JSON.parse reads it.

/// Whether a number written with a fraction or an exponent keeps its value through a double, as
/// JSON.parse reads it. Doubles hold 15 significant decimal digits exactly, so only longer
/// literals are compared with the shortest form of the double they became.
pub fn survives_double(text: &[u8], v: f64) -> bool {
    // Digits of the mantissa, an upper bound of the significant ones: cheap, and enough to let
    // every ordinary number through without a closer look.
    let mantissa = text.iter().take_while(|&&c| c != b'e' && c != b'E');
    if mantissa.filter(|c| c.is_ascii_digit()).count() <= 15 {
        return true;
    }
    decimal(text) == decimal(format!("{v:e}").as_bytes())
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
    fn doubles_that_change_are_caught() {
        for (text, kept) in [
            ("0.1", true),
            ("1.5e3", true),
            ("1e300", true),
            ("3.141592653589793", true),
            ("-0.000001234567890123456", true),
            ("9007199254740993.0", false),
            ("1.00000000000000000001", false),
            ("12345678901234567890e-5", false),
            ("1.000000000000000000000", true),
        ] {
            let v: f64 = text.parse().unwrap();
            assert_eq!(survives_double(text.as_bytes(), v), kept, "{text}");
        }
    }
}

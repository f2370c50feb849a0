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
    survives_double(text)
}

/// Whether a number written with a fraction or an exponent keeps its value through a double, as
/// JSON.parse reads it and JSON.stringify writes it back. Below 2^53 every integer and every
/// ordinary fraction comes through. Beyond it a double holds no fraction and only some integers:
/// up to 10^21, where JavaScript still writes every digit, the literal must be exactly the
/// double's integer; above, JavaScript writes the shortest form that reads back the same double,
/// which keeps any literal of up to 15 significant digits and none of more than 17 (in between it
/// depends on the digits, and the literal is given the benefit of the doubt). Past the largest
/// double the literal becomes Infinity.
///
/// Decided from the decimal digits alone, without parsing a double: `str::parse::<f64>` would
/// put core's float parser and its 20 KB table of powers of five into the wasm, about 11 KB of
/// its gzip (issue 13's size budget). The one rounding that matters below 10^21 is that of an
/// integer, which `u128 as f64` does exactly as JSON.parse does (to nearest, ties to even).
pub fn survives_double(text: &[u8]) -> bool {
    let d = Decimal::of(text);
    if d.digits == 0 || d.point <= 15 {
        return true; // below 10^15: within the safe range whatever the rounding
    }
    if d.point == 16 && d.significand(text).as_slice() < &b"90071992547409915"[..] {
        // Below 2^53 - 1/2, which rounds to 2^53 - 1 at most (the tie goes to the even 2^53).
        return true;
    }
    if d.point >= 310 {
        return false; // 10^309 and beyond: Infinity
    }
    if d.digits as i64 > d.point {
        return false; // a fraction a double this large cannot hold
    }
    if d.point <= 21 {
        // An integer below 10^21: it fits a u128, and must be its double's integer exactly.
        let mut n = 0u128;
        for &c in &d.significand(text) {
            n = n * 10 + u128::from(c - b'0');
        }
        for _ in d.digits as i64..d.point {
            n *= 10;
        }
        let v = n as f64;
        if v < 1e21 {
            return v as u128 == n;
        }
    }
    // Between 1e308 and 1e309 the literal is finite below 2^1024 - 2^970 (the tie rounds up to
    // Infinity), whose digits start 17976931348623158 and go on: a literal of at most 17
    // significant digits is below it when they are at most those.
    d.digits <= 17
        && (d.point < 309 || {
            let mut s = d.significand(text);
            s.resize(17, b'0');
            s.as_slice() <= &b"17976931348623158"[..]
        })
}

/// A decimal literal's shape: how many significant digits it has and the power of ten of the
/// first one (`0.d1d2... × 10^point`), read without allocating.
struct Decimal {
    digits: usize,
    point: i64,
    /// Where the mantissa's significant digits start and end in the literal.
    first: usize,
    last: usize,
}

impl Decimal {
    fn of(text: &[u8]) -> Decimal {
        let sign = usize::from(text.first() == Some(&b'-'));
        let end = text
            .iter()
            .position(|&c| c == b'e' || c == b'E')
            .unwrap_or(text.len());
        let mantissa = &text[sign..end];
        let dot = mantissa.iter().position(|&c| c == b'.');
        let int_digits = dot.unwrap_or(mantissa.len()) as i64;
        let first = mantissa.iter().position(|&c| matches!(c, b'1'..=b'9'));
        let (Some(first), Some(last)) = (
            first,
            mantissa.iter().rposition(|&c| matches!(c, b'1'..=b'9')),
        ) else {
            return Decimal {
                digits: 0,
                point: 0,
                first: 0,
                last: 0,
            };
        };
        // Digits before the first significant one (the dot is not a digit).
        let before = first as i64 - i64::from(dot.is_some_and(|d| d < first));
        let dot_inside = dot.is_some_and(|d| first < d && d < last);
        Decimal {
            digits: last - first + 1 - usize::from(dot_inside),
            point: int_digits - before + exponent(&text[end..]),
            first: sign + first,
            last: sign + last,
        }
    }

    /// The significant digits, without the dot.
    fn significand(&self, text: &[u8]) -> Vec<u8> {
        text[self.first..=self.last]
            .iter()
            .copied()
            .filter(u8::is_ascii_digit)
            .collect()
    }
}

/// The exponent part of a literal (`e-7`, `E+300`, or empty), saturated far beyond any double's
/// range so that `1e99999999999999999999` still reads as huge.
fn exponent(part: &[u8]) -> i64 {
    let Some((_, rest)) = part.split_first() else {
        return 0;
    };
    let (negative, digits) = match rest.split_first() {
        Some((b'-', d)) => (true, d),
        Some((b'+', d)) => (false, d),
        _ => (false, rest),
    };
    let e = digits
        .iter()
        .fold(0i64, |e, &c| (e * 10 + i64::from(c - b'0')).min(1 << 40));
    if negative {
        -e
    } else {
        e
    }
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
            assert_eq!(survives_double(text.as_bytes()), kept, "{text}");
            assert_eq!(reference(text), kept, "{text} (reference)");
        }
    }

    /// The rule as first written, over core's float parser: what `survives_double` must agree
    /// with on every literal (it decides from the digits to keep that parser out of the wasm).
    fn reference(text: &str) -> bool {
        let v: f64 = text.parse().unwrap();
        if !v.is_finite() {
            return false;
        }
        if v.abs() <= MAX_SAFE_INTEGER as f64 {
            return true;
        }
        let t = text.trim_start_matches('-');
        let (mantissa, exp) = match t.find(['e', 'E']) {
            Some(i) => (&t[..i], t[i + 1..].parse::<i64>().unwrap()),
            None => (t, 0),
        };
        let point = mantissa.find('.').unwrap_or(mantissa.len()) as i64;
        let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        let leading = digits.iter().take_while(|&&d| d == b'0').count();
        digits.drain(..leading);
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        let point = point - leading as i64 + exp;
        if digits.len() as i64 > point {
            return false;
        }
        if v.abs() < 1e21 {
            let mut written = digits;
            written.resize(point as usize, b'0');
            return written == (v.abs() as u128).to_string().into_bytes();
        }
        digits.len() <= 17
    }

    /// Literals around every edge the rule has (2^53, 10^21, the largest double, Infinity),
    /// written in many ways (leading zeros, a dot anywhere, exponents of either sign), decided
    /// as the float parser decides them.
    #[test]
    fn agrees_with_the_float_parser() {
        let significands = [
            "9007199254740991",
            "90071992547409915",
            "90071992547409914999",
            "9007199254740992",
            "9007199254740993",
            "9007199254740994",
            "18014398509481984",
            "18014398509481985",
            "18014398509481986",
            "99999999999999999999",
            "999999999999999999999",
            "1000000000000000000000",
            "123456789012345678",
            "1",
            "15",
            "17976931348623157",
            "17976931348623158",
            "179769313486231580793",
            "17976931348623159",
            "1797693134862315807937289714053034150799",
            "1797693134862315807937289714053034150798",
            "2",
            "4503599627370497",
            "45035996273704975",
        ];
        let mut checked = 0;
        for s in significands {
            for exp in [
                -400i64, -20, -1, 0, 1, 2, 3, 4, 5, 15, 16, 20, 21, 22, 290, 291, 292, 293, 300,
                308, 309,
            ] {
                for dot in [
                    None,
                    Some(1),
                    Some(s.len().saturating_sub(1)),
                    Some(s.len()),
                ] {
                    let mantissa = match dot {
                        Some(d) if d <= s.len() => format!("{}.{}0", &s[..d], &s[d..]),
                        _ => s.to_string(),
                    };
                    for written in [
                        format!("{mantissa}e{exp}"),
                        format!("-{mantissa}E{exp:+}"),
                        format!("0.000{s}e{}", exp + 3 + s.len() as i64),
                    ] {
                        let mantissa_only = !written.contains(['e', 'E']);
                        if mantissa_only || written.starts_with("00") {
                            continue;
                        }
                        assert_eq!(
                            survives_double(written.as_bytes()),
                            reference(&written),
                            "{written}"
                        );
                        checked += 1;
                    }
                }
            }
        }
        for written in [
            "1e99999999999999999999",
            "-1e99999999999999999999",
            "1e-99999999999999999999",
            "0e99999",
            "0.0",
            "-0.000e-3",
            "123.456",
        ] {
            assert_eq!(
                survives_double(written.as_bytes()),
                reference(written),
                "{written}"
            );
        }
        assert!(checked > 4000, "{checked}");
    }
}

//! RFC 3339 `date-time` (section 5.6) checking, as LiveChat writes timestamps.

/// True when `s` is an RFC 3339 date-time: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`.
/// `t`/`z` in lower case are allowed by the RFC's ABNF note; a space instead of `T` is not.
pub fn is_date_time(s: &[u8]) -> bool {
    if s.len() < 20 {
        return false;
    }
    let d = |i: usize| s[i].is_ascii_digit();
    let n2 = |i: usize| (s[i] - b'0') as u32 * 10 + (s[i + 1] - b'0') as u32;
    if !(d(0)
        && d(1)
        && d(2)
        && d(3)
        && s[4] == b'-'
        && d(5)
        && d(6)
        && s[7] == b'-'
        && d(8)
        && d(9))
    {
        return false;
    }
    let year = n2(0) * 100 + n2(2);
    let month = n2(5);
    let day = n2(8);
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return false;
    }
    if !(s[10] == b'T' || s[10] == b't') {
        return false;
    }
    if !(d(11) && d(12) && s[13] == b':' && d(14) && d(15) && s[16] == b':' && d(17) && d(18)) {
        return false;
    }
    // Second 60 is a leap second, which the RFC allows.
    if n2(11) > 23 || n2(14) > 59 || n2(17) > 60 {
        return false;
    }
    let mut i = 19;
    if s[i] == b'.' {
        i += 1;
        let start = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    match &s[i..] {
        [b'Z' | b'z'] => true,
        [sign, h1, h2, b':', m1, m2] if (*sign == b'+' || *sign == b'-') => {
            h1.is_ascii_digit()
                && h2.is_ascii_digit()
                && m1.is_ascii_digit()
                && m2.is_ascii_digit()
                && (h1 - b'0') * 10 + (h2 - b'0') <= 23
                && (m1 - b'0') * 10 + (m2 - b'0') <= 59
        }
        _ => false,
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::is_date_time;

    #[test]
    fn accepts_livechat_shapes() {
        for ok in [
            "2019-12-05T07:27:08.820000Z",
            "2019-12-17T08:53:20.693553+01:00",
            "2020-03-05T10:11:53.000Z",
            "2020-02-29T00:00:00Z",
            "2016-12-31T23:59:60Z",
            "2019-10-11t09:40:59.219001z",
        ] {
            assert!(is_date_time(ok.as_bytes()), "{ok}");
        }
    }

    #[test]
    fn rejects_near_misses() {
        for bad in [
            "",
            "2019-12-05",
            "2019-12-05 07:27:08Z",
            "2019-13-05T07:27:08Z",
            "2019-02-29T07:27:08Z",
            "2019-12-05T24:00:00Z",
            "2019-12-05T07:27:08",
            "2019-12-05T07:27:08.Z",
            "2019-12-05T07:27:08+0100",
            "2019-12-05T07:27:08+01:00x",
            "1570786859",
        ] {
            assert!(!is_date_time(bad.as_bytes()), "{bad}");
        }
    }
}

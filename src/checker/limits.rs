//! Length limits the spec sets on single fields (message text ≤ 16 KB of UTF-8, rich-message
//! elements ≤ 10, buttons ≤ 11/13, group name ≤ 180 characters, ...), as checks a field can use
//! in place of its type's own.
//!
//! Each reads one value at the cursor, checks its JSON type first (an `invalid_type` as the
//! plain `String` / `Vec<T>` check gives it), then its length, measured while reading: nothing is
//! decoded or collected, so an oversized value costs no allocation. Too long is one
//! `invalid_value` at the value's first byte, pointing at the field, with `expected`
//! "at most N bytes" / "at most N characters" / "at most N items" and `received` the actual
//! length. Array elements are all checked whatever their number.
//!
//! In a record, the marker types are the field's check in place of its type's (`#[model]` puts
//! `<MaxBytes<16384> as Check>::check` in the table for `#[check(max_bytes = 16384)]`); they work
//! for optional fields too, since an `Option<T>` field is checked only when present.

use super::check::Check;
use super::cx::{Cx, Kind, R};
use crate::issue::IssueCode;
use crate::json::measure::text_len;
use crate::messages;
use std::marker::PhantomData;

/// A string of at most `max` bytes once decoded and encoded as UTF-8 (the spec's "16 KB raw").
pub fn check_str_max_bytes(cx: &mut Cx, max: usize) -> R {
    check_str_max(cx, max, Unit::Bytes)
}

/// A string of at most `max` characters (Unicode scalar values) once decoded.
pub fn check_str_max_chars(cx: &mut Cx, max: usize) -> R {
    check_str_max(cx, max, Unit::Chars)
}

/// An array of at most `max` elements, each checked as `T`.
pub fn check_array_max_len<T: Check>(cx: &mut Cx, max: usize) -> R {
    if let Some((at, n)) = super::check::check_elements::<T>(cx)? {
        if n > max {
            too_long(cx, at, max, n, Unit::Items);
        }
    }
    Ok(())
}

/// `String` checked with [`check_str_max_bytes`].
pub struct MaxBytes<const N: usize>;

/// `String` checked with [`check_str_max_chars`].
pub struct MaxChars<const N: usize>;

/// `Vec<T>` checked with [`check_array_max_len`].
pub struct MaxItems<T, const N: usize>(PhantomData<T>);

impl<const N: usize> Check for MaxBytes<N> {
    fn check(cx: &mut Cx) -> R {
        check_str_max_bytes(cx, N)
    }
}

impl<const N: usize> Check for MaxChars<N> {
    fn check(cx: &mut Cx) -> R {
        check_str_max_chars(cx, N)
    }
}

impl<T: Check, const N: usize> Check for MaxItems<T, N> {
    fn check(cx: &mut Cx) -> R {
        check_array_max_len::<T>(cx, N)
    }
}

#[derive(Clone, Copy)]
enum Unit {
    Bytes,
    Chars,
    Items,
}

impl Unit {
    fn name(self) -> &'static str {
        match self {
            Unit::Bytes => "bytes",
            Unit::Chars => "characters",
            Unit::Items => "items",
        }
    }
}

fn check_str_max(cx: &mut Cx, max: usize, unit: Unit) -> R {
    if !cx.expect(Kind::String, messages::A_STRING)? {
        return Ok(());
    }
    let at = cx.cur.i;
    let s = cx.string()?;
    let raw = &cx.cur.b[s.start..s.end];
    // A string is never longer once decoded than its raw form: most strings need no measuring.
    if raw.len() <= max {
        return Ok(());
    }
    let len = text_len(raw);
    let n = match unit {
        Unit::Chars => len.chars,
        _ => len.bytes,
    };
    if n > max {
        too_long(cx, at, max, n, unit);
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn too_long(cx: &mut Cx, at: usize, max: usize, n: usize, unit: Unit) {
    let unit = unit.name();
    let msg = messages::too_long(&cx.here(), n, max, unit);
    cx.error(
        IssueCode::InvalidValue,
        at,
        msg,
        Some(messages::at_most(max, unit)),
        Some(messages::count(n, unit)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::issue::Issue;
    use crate::options::Options;

    /// Run `check` over `body` (a field value) and return the issues.
    fn run(body: &str, check: fn(&mut Cx) -> R) -> Vec<Issue> {
        let opts = Options::default();
        let mut cx = Cx::new(body.as_bytes(), &opts, crate::options::ApiVersion::LATEST);
        check(&mut cx).expect("well-formed JSON");
        assert_eq!(cx.cur.i, body.len(), "the whole value is read");
        cx.finish()
    }

    fn summary(issues: &[Issue]) -> Vec<(&str, &str, &str, u32)> {
        issues
            .iter()
            .map(|i| {
                (
                    i.code.as_str(),
                    i.expected.as_deref().unwrap_or(""),
                    i.received.as_deref().unwrap_or(""),
                    i.column.unwrap_or(0),
                )
            })
            .collect()
    }

    #[test]
    fn strings_up_to_the_limit_pass() {
        assert!(run(r#""abcd""#, MaxBytes::<4>::check).is_empty());
        assert!(run(r#""ąę""#, MaxBytes::<4>::check).is_empty());
        assert!(run(r#""😀😀😀""#, MaxChars::<3>::check).is_empty());
        // Escapes count as what they decode to: six raw bytes, one decoded.
        assert!(run(r#""\u0041""#, MaxBytes::<1>::check).is_empty());
        assert!(run(r#""\ud83d\ude00""#, MaxChars::<1>::check).is_empty());
    }

    #[test]
    fn strings_over_the_limit_are_invalid_value_at_the_string() {
        assert_eq!(
            summary(&run(r#""abcde""#, MaxBytes::<4>::check)),
            [("invalid_value", "at most 4 bytes", "5 bytes", 1)]
        );
        // Three characters but six bytes.
        assert_eq!(
            summary(&run(r#""ąęó""#, MaxBytes::<4>::check)),
            [("invalid_value", "at most 4 bytes", "6 bytes", 1)]
        );
        assert_eq!(
            summary(&run(r#""😀😀😀😀""#, MaxChars::<3>::check)),
            [("invalid_value", "at most 3 characters", "4 characters", 1)]
        );
    }

    #[test]
    fn the_type_is_checked_first() {
        let issues = run("[1]", MaxBytes::<4>::check);
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].code, IssueCode::InvalidType);
        let issues = run(r#""x""#, MaxItems::<String, 2>::check);
        assert_eq!(issues[0].code, IssueCode::InvalidType);
    }

    #[test]
    fn arrays_over_the_limit_and_their_elements() {
        assert!(run(r#"["a","b"]"#, MaxItems::<String, 2>::check).is_empty());
        assert!(run("[]", MaxItems::<String, 0>::check).is_empty());
        let issues = run(r#" ["a", 2, "c"]"#, MaxItems::<String, 2>::check);
        // The bad element is still reported, with its own pointer; the length at the `[`.
        let found: Vec<(&str, &str)> = issues
            .iter()
            .map(|i| (i.code.as_str(), i.pointer.as_str()))
            .collect();
        assert_eq!(found, [("invalid_type", "/1"), ("invalid_value", "")]);
        assert_eq!(issues[1].expected.as_deref(), Some("at most 2 items"));
        assert_eq!(issues[1].received.as_deref(), Some("3 items"));
        assert_eq!(issues[1].column, Some(2));
    }

    #[test]
    fn limits_nest() {
        let issues = run(r#"["ok", "too long"]"#, MaxItems::<MaxBytes<4>, 5>::check);
        assert_eq!(
            summary(&issues),
            [("invalid_value", "at most 4 bytes", "8 bytes", 8)]
        );
        assert_eq!(issues[0].pointer, "/1");
    }
}

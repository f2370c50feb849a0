//! `Check`: how each model type reads and checks its JSON value in one pass.
//!
//! The model's `#[model]` types get their `Check` generated; the code it writes names only this
//! module, `record` and `limits`, so `Cx`, `R` and `Kind` are re-exported here for it.

pub use super::cx::{Cx, Kind, R};
use crate::api::gate::Gate;
use crate::issue::IssueCode;
use crate::json::lookahead::{peek_key, Peek};
use crate::json::rfc3339::is_date_time;
use crate::messages;
use std::collections::BTreeMap;

pub trait Check {
    /// Whether a struct field of this type must be present.
    const REQUIRED: bool = true;
    /// Read the value at the cursor and record what is wrong with it.
    fn check(cx: &mut Cx) -> R;
}

impl Check for String {
    #[inline]
    fn check(cx: &mut Cx) -> R {
        if cx.expect(Kind::String, messages::A_STRING)? {
            cx.string()?;
        }
        Ok(())
    }
}

impl Check for bool {
    fn check(cx: &mut Cx) -> R {
        if cx.expect(Kind::Bool, messages::A_BOOLEAN)? {
            cx.literal()?;
        }
        Ok(())
    }
}

impl Check for i64 {
    fn check(cx: &mut Cx) -> R {
        if !cx.expect(Kind::Number, messages::AN_INTEGER)? {
            return Ok(());
        }
        let n = cx.number()?;
        // `-0` is an integer in JSON's grammar but not one LiveChat sends; typed readers (serde,
        // and JSON.stringify, which writes 0) do not keep it.
        let minus_zero =
            cx.cur.i - n.start == 2 && cx.cur.b[n.start] == b'-' && cx.cur.b[n.start + 1] == b'0';
        if !n.is_integer || minus_zero {
            let shown = messages::preview_bytes(&cx.cur.b[n.start..cx.cur.i]);
            let msg = messages::not_integer(&cx.here(), &shown);
            cx.error(
                IssueCode::InvalidType,
                n.start,
                msg,
                Some(messages::AN_INTEGER.into()),
                Some(shown),
            );
        }
        Ok(())
    }
}

impl Check for f64 {
    fn check(cx: &mut Cx) -> R {
        if cx.expect(Kind::Number, messages::A_NUMBER)? {
            cx.number()?;
        }
        Ok(())
    }
}

/// An RFC 3339 date-time string (the model's `Timestamp`).
pub fn date_time(cx: &mut Cx) -> R {
    if !cx.expect(Kind::String, messages::A_DATE_TIME_STRING)? {
        return Ok(());
    }
    let at = cx.cur.i;
    let s = cx.string()?;
    let text = cx.key_bytes(&s);
    if !is_date_time(&text) {
        let shown = messages::preview_bytes(&text);
        let msg = messages::not_date_time(&cx.here(), &shown);
        cx.error(
            IssueCode::InvalidValue,
            at,
            msg,
            Some(messages::DATE_TIME.into()),
            Some(shown),
        );
    }
    Ok(())
}

impl<T: Check> Check for Option<T> {
    const REQUIRED: bool = false;
    #[inline]
    fn check(cx: &mut Cx) -> R {
        T::check(cx)
    }
}

impl<T: Check> Check for Vec<T> {
    fn check(cx: &mut Cx) -> R {
        check_elements::<T>(cx).map(|_| ())
    }
}

/// Check an array whose elements are `T`s; `Some((offset of the array, element count))` when
/// the value was an array.
pub fn check_elements<T: Check>(cx: &mut Cx) -> Result<Option<(usize, usize)>, super::cx::Stop> {
    if !cx.expect(Kind::Array, messages::AN_ARRAY)? {
        return Ok(None);
    }
    let at = cx.cur.i;
    cx.open()?;
    let mut first = true;
    let mut n = 0u32;
    while cx.next_elem(&mut first)? {
        cx.push_index(n);
        T::check(cx)?;
        cx.pop();
        n = n.saturating_add(1);
    }
    Ok(Some((at, n as usize)))
}

impl<T: Check> Check for BTreeMap<String, T> {
    fn check(cx: &mut Cx) -> R {
        if !cx.expect(Kind::Object, messages::AN_OBJECT)? {
            return Ok(());
        }
        cx.open()?;
        let mut keys = super::keys::KeyTracker::new(cx);
        let mut first = true;
        while let Some(k) = cx.next_key(&mut first)? {
            keys.add(cx, k);
            cx.push_key(k);
            T::check(cx)?;
            cx.pop();
        }
        keys.finish(cx);
        Ok(())
    }
}

/// Any object (the model's `JsonObject`: kept as sent).
impl Check for serde_json::Map<String, serde_json::Value> {
    fn check(cx: &mut Cx) -> R {
        if cx.expect(Kind::Object, messages::AN_OBJECT)? {
            cx.any()?;
        }
        Ok(())
    }
}

impl Check for serde_json::Value {
    fn check(cx: &mut Cx) -> R {
        cx.any()
    }
}

// What `#[model]` writes for an untagged union: an `if` per variant, in declaration order (inlined
// as the hand-written matches were: a table walk cost 3% on property-heavy bodies).

/// The JSON kind of the value at the cursor.
#[inline]
pub fn kind(cx: &mut Cx) -> Result<Kind, super::cx::Stop> {
    cx.peek()
}

/// Whether the object at the cursor has the member `key` (found by looking ahead).
#[inline]
pub fn has_member(cx: &Cx, key: &[u8]) -> bool {
    !matches!(peek_key(cx.cur.b, cx.cur.i, key), Peek::Missing)
}

/// Whether the version checked is one `gate` allows.
#[inline]
pub fn in_versions(cx: &Cx, gate: Gate) -> bool {
    gate.allows_in(cx.version, cx.channel)
}

/// No variant of an untagged union takes a value of kind `k`.
pub fn wrong_kind(cx: &mut Cx, k: Kind, expected: &str) -> R {
    cx.wrong_type(k, expected)
}

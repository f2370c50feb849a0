//! Checking string enums.

use super::cx::{preview, Cx, Kind, R};
use crate::issue::IssueCode;

fn list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn check_member(cx: &mut Cx, names: &[&str]) -> R {
    let k = cx.peek()?;
    if k != Kind::String {
        return cx.wrong_type(k, &format!("one of {}", list(names)));
    }
    let at = cx.i;
    let s = cx.string()?;
    let v = cx.key_bytes(&s);
    if names.iter().any(|n| n.as_bytes() == &*v) {
        return Ok(());
    }
    let shown = preview(&String::from_utf8_lossy(&v));
    let list = list(names);
    let mut msg = format!("expected one of {list} at {}, found \"{shown}\"", cx.here());
    // The two spellings of agent statuses are easy to mix up.
    if names
        .iter()
        .any(|n| n.replace(' ', "_") == shown || n.replace('_', " ") == shown)
    {
        msg.push_str(" (note the separator: this field spells it the other way)");
    }
    cx.error(
        IssueCode::InvalidValue,
        at,
        msg,
        Some(format!("one of {list}")),
        Some(shown),
    );
    Ok(())
}

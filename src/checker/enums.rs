//! Checking string enums.

use super::cx::{preview, Cx, Kind, R};
use crate::api::gate::Gate;
use crate::issue::IssueCode;

fn list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The value at the cursor must be one of `names` that exists in the version checked.
pub fn check_member(cx: &mut Cx, names: &[&str], gates: &[Gate]) -> R {
    let k = cx.peek()?;
    let v = cx.version;
    if k != Kind::String {
        return cx.wrong_type(k, &format!("one of {}", list(&allowed(names, gates, v))));
    }
    let at = cx.i;
    let s = cx.string()?;
    let got = cx.key_bytes(&s);
    let found = names.iter().position(|n| n.as_bytes() == &*got);
    if let Some(i) = found {
        if gates[i].allows(v) {
            return Ok(());
        }
    }
    let shown = preview(&String::from_utf8_lossy(&got));
    let list = list(&allowed(names, gates, v));
    let mut msg = format!("expected one of {list} at {}, found \"{shown}\"", cx.here());
    if let Some(i) = found {
        msg.push_str(&format!(
            " (\"{shown}\" exists in {}, not in API {v}: is the webhook registered for another version?)",
            gates[i].describe()
        ));
    } else if names
        .iter()
        .any(|n| n.replace(' ', "_") == shown || n.replace('_', " ") == shown)
    {
        // The two spellings of agent statuses are easy to mix up.
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

fn allowed<'n>(names: &[&'n str], gates: &[Gate], v: crate::options::ApiVersion) -> Vec<&'n str> {
    names
        .iter()
        .zip(gates)
        .filter(|(_, g)| g.allows(v))
        .map(|(n, _)| *n)
        .collect()
}

//! Checking string enums.

use super::cx::{Cx, Kind, R};
use crate::api::gate::Gate;
use crate::issue::IssueCode;
use crate::messages;

/// The value at the cursor must be one of `names` that exists in the version checked.
pub fn check_member(cx: &mut Cx, names: &[&str], gates: &[Gate]) -> R {
    let k = cx.peek()?;
    let v = cx.version;
    if k != Kind::String {
        let list = messages::quoted_list(&allowed(names, gates, v));
        return cx.wrong_type(k, &messages::one_of(&list));
    }
    let at = cx.cur.i;
    let s = cx.string()?;
    let got = cx.key_bytes(&s);
    let found = names.iter().position(|n| n.as_bytes() == &*got);
    if let Some(i) = found {
        if gates[i].allows_in(v, cx.channel) {
            return Ok(());
        }
    }
    let shown = messages::preview_bytes(&got);
    let list = messages::quoted_list(&allowed(names, gates, v));
    let other_versions = found.map(|i| gates[i]);
    let separator = other_versions.is_none()
        && names
            .iter()
            .any(|n| n.replace(' ', "_") == shown || n.replace('_', " ") == shown);
    let msg = messages::not_in_enum(&list, &cx.here(), &shown, v, other_versions, separator);
    cx.error(
        IssueCode::InvalidValue,
        at,
        msg,
        Some(messages::one_of(&list)),
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

//! What the root of a body says about its version, kept apart so that the checking context
//! (which fills it in) and the version logic (which reads it) need not import each other.

use crate::json::lookahead::{peek_key, Peek};
use crate::json::scan::Scanner;
use crate::json::BOM;

/// What the root of a body says about its version: read by the envelope check as it goes (so a
/// failing body costs no second look), or by `read` when no check has run.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Signals {
    /// Where the root object opens.
    pub open: usize,
    /// Borrowed from the model for a known action: a valid body allocates nothing here.
    pub action: Option<std::borrow::Cow<'static, [u8]>>,
    pub license_id: bool,
    pub organization_id: bool,
    pub requester: bool,
}

/// The signals of a body no check has read (`apiVersion: "auto"`), by the look-ahead.
pub(crate) fn read(body: &[u8]) -> Option<Signals> {
    let skip = if body.starts_with(BOM) { BOM.len() } else { 0 };
    let mut cursor = Scanner::new(body, skip, 0);
    cursor.ws();
    let open = cursor.i;
    if body.get(open) != Some(&b'{') {
        return None;
    }
    let has = |key: &[u8]| !matches!(peek_key(body, open, key), Peek::Missing);
    Some(Signals {
        open,
        action: match peek_key(body, open, b"action") {
            Peek::Str(a, _) => Some(std::borrow::Cow::Owned(a.into_owned())),
            _ => None,
        },
        license_id: has(b"license_id"),
        organization_id: has(b"organization_id"),
        requester: has(b"requester"),
    })
}

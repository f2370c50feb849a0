//! Which API version a body follows. The body does not say; the version is configuration. But a
//! body that fails the configured version and passes another is almost always a webhook
//! registered for that other version, so the report says so; and `apiVersion: "auto"` picks the
//! version that accepts the body.

use super::envelope::REQUESTER_GATE;
use super::{validate_as, Report};
use crate::api::{Member, Status};
use crate::checker::signals::{self, Signals};
use crate::issue::{Issue, IssueCode, Severity};
use crate::json::position::line_columns;
use crate::messages;
use crate::options::{ApiVersion, Options};

/// Versions that could accept a body with these signals (a cheap filter before checking).
fn plausible(s: &Signals, v: ApiVersion) -> bool {
    if let Some(a) = &s.action {
        if v.action(a).is_none() {
            return false;
        }
    }
    let has = |m: Member| match m {
        Member::LicenseId => s.license_id,
        Member::OrganizationId => s.organization_id,
        Member::Requester => s.requester,
    };
    v.row().envelope.fits(has) && (REQUESTER_GATE.allows(v) || !s.requester)
}

/// Whether the signals alone say the configured version is wrong, which is when trying the
/// others is worth it (a failing body of the right version costs no extra work).
fn mismatched(s: &Signals, v: ApiVersion) -> bool {
    !plausible(s, v) && guessable().any(|w| w != v && plausible(s, w))
}

/// After a failed check with a fixed version: if another version accepts the body, say so
/// first.
#[inline(never)] // see validate::too_large
pub(super) fn suggest_version(body: &[u8], options: &Options, report: &mut Report) {
    let Some(v) = report.api_version else { return };
    let Some(s) = report.signals.take() else {
        return;
    };
    if !mismatched(&s, v) {
        return;
    }
    let accepted: Vec<ApiVersion> = guessable()
        .rev()
        .filter(|&w| w != v && plausible(&s, w) && validate_as(body, options, w).is_ok())
        .collect();
    let Some(&best) = accepted.first() else {
        return;
    };
    let list = messages::version_list(&accepted);
    let (line, column) = line_columns(body, &[s.open])[0];
    let message = messages::version_mismatch(v, &list, best);
    report.issues.insert(
        0,
        Issue {
            code: IssueCode::ApiVersionMismatch,
            severity: Severity::Error,
            message,
            pointer: String::new(),
            path: Vec::new(),
            line: Some(line),
            column: Some(column),
            expected: Some(messages::api_webhook(v.as_str())),
            received: Some(messages::api_webhook(&list)),
        },
    );
}

/// `apiVersion: "auto"`: the newest version that accepts the body, with a warning naming the
/// others when several do; when none does, the report of the version with the fewest errors.
#[inline(never)] // see validate::too_large
pub(super) fn detect_version(body: &[u8], options: &Options) -> Report {
    let s = signals::read(body);
    let tried: Vec<ApiVersion> = guessable()
        .rev()
        .filter(|&v| s.as_ref().is_none_or(|s| plausible(s, v)))
        .collect();
    let tried = if tried.is_empty() {
        vec![ApiVersion::LATEST]
    } else {
        tried
    };
    let mut best: Option<Report> = None;
    let mut accepted = Vec::new();
    for &v in &tried {
        let report = validate_as(body, options, v);
        if report.is_ok() {
            accepted.push(v);
        }
        let better = match &best {
            None => true,
            Some(b) => !b.is_ok() && errors(&report) < errors(b),
        };
        if better {
            best = Some(report);
        }
    }
    let mut report = best.unwrap_or_default();
    if accepted.len() > 1 {
        let (line, column) = match &s {
            Some(s) => line_columns(body, &[s.open])[0],
            None => (1, 1),
        };
        let list = messages::version_list(&accepted);
        let message = messages::ambiguous_version(&list, accepted[0]);
        report.issues.push(Issue {
            code: IssueCode::AmbiguousApiVersion,
            severity: Severity::Warning,
            message,
            pointer: String::new(),
            path: Vec::new(),
            line: Some(line),
            column: Some(column),
            expected: Some(messages::ONE_API_VERSION.into()),
            received: Some(messages::apis(&list)),
        });
    }
    report.candidates = accepted;
    report
}

/// The versions a body may be read as without being asked for by name: previews are left out,
/// since a body of theirs is one of the stable version they preview too.
fn guessable() -> impl DoubleEndedIterator<Item = ApiVersion> {
    ApiVersion::ALL
        .into_iter()
        .filter(|v| v.status() != Status::Preview)
}

fn errors(r: &Report) -> usize {
    r.issues.iter().filter(|i| i.is_error()).count()
}

//! Where issues go while a body is checked: kept in the order found, bounded, muted while a
//! secret that is not a string is read past, and given line and column once, at the end.

use crate::issue::{pointer_of, Issue, IssueCode, PathSegment, Severity};
use crate::json::position::line_columns;

/// Issues kept per body; a hostile body must not make the report unbounded.
pub const MAX_ISSUES: usize = 1000;

/// One issue as a check states it; the context adds where it is (`Cx::issue`).
#[derive(Debug)]
pub struct Finding<'c> {
    pub code: IssueCode,
    pub severity: Severity,
    /// Byte offset the issue's line and column are taken from.
    pub at: Option<usize>,
    /// A member of the value at the current path that the issue is about (a missing field).
    pub child: Option<&'c str>,
    pub message: String,
    pub expected: Option<String>,
    pub received: Option<String>,
}

impl<'c> Finding<'c> {
    pub fn new(code: IssueCode, severity: Severity, message: String) -> Self {
        Finding {
            code,
            severity,
            at: None,
            child: None,
            message,
            expected: None,
            received: None,
        }
    }

    pub fn error(code: IssueCode, message: String) -> Self {
        Finding::new(code, Severity::Error, message)
    }

    pub fn at(self, offset: usize) -> Self {
        Finding {
            at: Some(offset),
            ..self
        }
    }

    pub fn child(self, name: &'c str) -> Self {
        Finding {
            child: Some(name),
            ..self
        }
    }

    pub fn expected(self, what: impl Into<String>) -> Self {
        Finding {
            expected: Some(what.into()),
            ..self
        }
    }

    pub fn received(self, what: impl Into<String>) -> Self {
        Finding {
            received: Some(what.into()),
            ..self
        }
    }
}

struct Pending {
    code: IssueCode,
    severity: Severity,
    message: String,
    path: Vec<PathSegment>,
    offset: Option<usize>,
    expected: Option<String>,
    received: Option<String>,
}

#[derive(Default)]
pub struct Sink {
    pending: Vec<Pending>,
    dropped: usize,
    /// Set while reading past a `secret_key` that is not a string: only what makes the body
    /// unreadable is still reported.
    pub mute: bool,
}

impl Sink {
    /// Whether an issue of `code` would be kept; when not, it is counted as dropped if the
    /// report is full. Asked before the issue's path is built, which is the costly part.
    pub fn admits(&mut self, code: IssueCode) -> bool {
        if self.pending.len() >= MAX_ISSUES {
            self.dropped += 1;
            return false;
        }
        !self.mute
            || matches!(
                code,
                IssueCode::InvalidJson | IssueCode::InvalidEncoding | IssueCode::TooDeep
            )
    }

    /// Keep `f` at `path` (which already holds its child, if any).
    pub fn push(&mut self, f: Finding, path: Vec<PathSegment>) {
        self.pending.push(Pending {
            code: f.code,
            severity: f.severity,
            message: f.message,
            path,
            offset: f.at,
            expected: f.expected,
            received: f.received,
        });
    }

    /// The issues, in the order found, with line and column in `body` filled in.
    pub fn finish(mut self, body: &[u8]) -> Vec<Issue> {
        if self.dropped > 0 {
            if let Some(last) = self.pending.last_mut() {
                last.message
                    .push_str(&crate::messages::more_issues(self.dropped));
            }
        }
        let mut order: Vec<usize> = (0..self.pending.len())
            .filter(|&k| self.pending[k].offset.is_some())
            .collect();
        // By offset, ties in the order found, by insertion: issues come mostly in body order (a
        // missing member goes back to its object's start), so this is about linear, and at most
        // MAX_ISSUES^2 / 2 steps; the standard library's sorts cost 2 KB (stable) to 6 KB
        // (unstable) of the wasm's gzip (issue 13).
        for i in 1..order.len() {
            let mut j = i;
            while j > 0 && self.pending[order[j - 1]].offset > self.pending[order[j]].offset {
                order.swap(j - 1, j);
                j -= 1;
            }
        }
        let offsets: Vec<usize> = order
            .iter()
            .map(|&k| self.pending[k].offset.unwrap_or(0))
            .collect();
        let positions = line_columns(body, &offsets);
        let mut lc = vec![None; self.pending.len()];
        for (n, &k) in order.iter().enumerate() {
            lc[k] = Some(positions[n]);
        }
        self.pending
            .into_iter()
            .zip(lc)
            .map(|(p, pos)| Issue {
                code: p.code,
                severity: p.severity,
                message: p.message,
                pointer: pointer_of(&p.path),
                path: p.path,
                line: pos.map(|x| x.0),
                column: pos.map(|x| x.1),
                expected: p.expected,
                received: p.received,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keep(sink: &mut Sink, code: IssueCode, at: usize) {
        if sink.admits(code) {
            sink.push(Finding::error(code, format!("at {at}")).at(at), Vec::new());
        }
    }

    #[test]
    fn a_full_sink_counts_what_it_drops_on_the_last_issue() {
        let mut sink = Sink::default();
        for at in 0..MAX_ISSUES + 3 {
            keep(&mut sink, IssueCode::InvalidType, at);
        }
        let issues = sink.finish(b"{}");
        assert_eq!(issues.len(), MAX_ISSUES);
        assert_eq!(
            issues[MAX_ISSUES - 1].message,
            "at 999 (3 more issues were found but not listed; fix the ones above first)"
        );
    }

    #[test]
    fn a_muted_sink_keeps_only_what_stops_reading() {
        let mut sink = Sink {
            mute: true,
            ..Sink::default()
        };
        keep(&mut sink, IssueCode::InvalidType, 0);
        keep(&mut sink, IssueCode::DuplicateKey, 1);
        keep(&mut sink, IssueCode::InvalidJson, 2);
        keep(&mut sink, IssueCode::TooDeep, 3);
        keep(&mut sink, IssueCode::InvalidEncoding, 4);
        let codes: Vec<_> = sink.finish(b"{}").iter().map(|i| i.code).collect();
        assert_eq!(
            codes,
            [
                IssueCode::InvalidJson,
                IssueCode::TooDeep,
                IssueCode::InvalidEncoding
            ]
        );
    }

    #[test]
    fn positions_are_given_in_the_order_found_whatever_the_offsets() {
        let mut sink = Sink::default();
        keep(&mut sink, IssueCode::InvalidType, 6);
        sink.push(
            Finding::error(IssueCode::TooLarge, "no offset".into()),
            Vec::new(),
        );
        keep(&mut sink, IssueCode::InvalidType, 2);
        let lc: Vec<_> = sink
            .finish(b"{\n\"a\"\n}")
            .iter()
            .map(|i| (i.line, i.column))
            .collect();
        assert_eq!(lc, [(Some(3), Some(1)), (None, None), (Some(2), Some(1))]);
    }
}

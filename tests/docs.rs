//! The README's tables of API versions and of issue codes are generated from the version table
//! (`src/api/table.rs`) and from `IssueCode`: this test fails when they differ, and rewrites them
//! with `UPDATE_DOCS=1 cargo test --test docs`.

use livechat_webhooks::api::{Status, VERSIONS};
use livechat_webhooks::IssueCode;
use std::path::Path;

fn versions_table() -> String {
    let mut out = String::from(
        "| Version | Status | Actions | Envelope | What changed |\n|---|---|---|---|---|\n",
    );
    for row in VERSIONS {
        let status = match row.status {
            Status::Retired => "retired",
            Status::Stable => "stable",
            Status::Latest => "latest stable, the default",
            Status::Preview => "preview",
        };
        let mut envelopes: Vec<&str> = Vec::new();
        for doc in
            std::iter::once(row.envelope.doc()).chain(row.actions.iter().map(|a| a.envelope.doc()))
        {
            if !envelopes.contains(&doc) {
                envelopes.push(doc);
            }
        }
        out.push_str(&format!(
            "| {} | {status} | {} | {} | {} |\n",
            row.version,
            row.actions.len(),
            envelopes.join("; "),
            row.summary
        ));
    }
    out
}

fn issue_codes_table() -> String {
    let mut out = String::from("| Code | When |\n|---|---|\n");
    for code in IssueCode::ALL {
        out.push_str(&format!("| `{}` | {} |\n", code.as_str(), code.when()));
    }
    out
}

/// Replaces what stands between `<!-- generated: NAME -->` and `<!-- end: NAME -->`.
fn splice(text: &str, name: &str, content: &str) -> String {
    let open = format!("<!-- generated: {name} (tests/docs.rs) -->\n");
    let close = format!("<!-- end: {name} -->");
    let start = text
        .find(&open)
        .unwrap_or_else(|| panic!("README.md lacks the marker {open:?}"))
        + open.len();
    let end = start
        + text[start..]
            .find(&close)
            .unwrap_or_else(|| panic!("README.md lacks the marker {close:?}"));
    format!("{}{content}{}", &text[..start], &text[end..])
}

#[test]
fn readme_tables_follow_the_model() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let wanted = splice(&readme, "versions", &versions_table());
    let wanted = splice(&wanted, "issue codes", &issue_codes_table());
    if wanted == readme {
        return;
    }
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, wanted).unwrap();
        return;
    }
    let diff: Vec<String> = readme
        .lines()
        .zip(wanted.lines())
        .filter(|(a, b)| a != b)
        .take(5)
        .map(|(a, b)| format!("README: {a}\nmodel:  {b}"))
        .collect();
    panic!(
        "README.md's generated tables differ from the model (UPDATE_DOCS=1 cargo test --test docs rewrites them):\n{}",
        diff.join("\n")
    );
}

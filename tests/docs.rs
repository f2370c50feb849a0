//! The README's tables of API versions and of issue codes are generated from the version table
//! (`src/api/table.rs`) and from `IssueCode`, and its table of per-field limits from the model's
//! `#[check(max_bytes | max_chars | max_items = N)]` rules (read from `src/model/`, where each is
//! written once, next to its field): this test fails when they differ, and rewrites them with
//! `UPDATE_DOCS=1 cargo test --test docs`.

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

/// Every length limit of the model: (type, JSON field, what the limit counts, N), in file order.
/// The rule stands on the line before its field (`#[model]`'s grammar), inside a
/// `pub struct Name` or an `event! { Name { ... } }`.
fn limits() -> Vec<(String, String, &'static str, u64)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut owner = String::new();
        for (i, line) in lines.iter().enumerate() {
            let t = line.trim();
            if let Some(rest) = t.strip_prefix("pub struct ") {
                owner = rest.split([' ', '{', '(', '<']).next().unwrap().to_string();
            } else if t.ends_with(" {")
                && t.split(' ').count() == 2
                && t.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            {
                owner = t.trim_end_matches(" {").to_string();
            }
            let Some(rule) = t.strip_prefix("#[check(") else {
                continue;
            };
            for (key, counts) in [
                ("max_bytes", "bytes (UTF-8)"),
                ("max_chars", "characters"),
                ("max_items", "items"),
            ] {
                let Some(n) = rule.strip_prefix(key) else {
                    continue;
                };
                let n: u64 = n
                    .trim_start_matches([' ', '='])
                    .trim_end_matches(")]")
                    .trim()
                    .parse()
                    .unwrap();
                let field = lines[i + 1..]
                    .iter()
                    .map(|l| l.trim())
                    .find(|l| l.starts_with("pub "))
                    .and_then(|l| l.strip_prefix("pub ")?.split(':').next())
                    .unwrap_or_else(|| {
                        panic!("{}:{}: no field after the rule", file.display(), i + 1)
                    });
                assert!(
                    !lines[i + 1..].iter().take(2).any(|l| l.contains("rename")),
                    "{}:{}: a renamed field: read its JSON name here",
                    file.display(),
                    i + 1
                );
                out.push((owner.clone(), field.to_string(), counts, n));
            }
        }
    }
    out
}

fn limits_table() -> String {
    let mut out = String::from("| Type | Field | At most |\n|---|---|---|\n");
    for (owner, field, counts, n) in limits() {
        out.push_str(&format!("| `{owner}` | `{field}` | {n} {counts} |\n"));
    }
    out
}

#[test]
fn every_limit_of_the_model_is_found() {
    let found = limits();
    let rules = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .map(|t| t.matches("#[check(max_").count())
        .sum::<usize>();
    assert_eq!(found.len(), rules);
    assert!(
        found.iter().any(|(o, f, c, n)| o == "MessageEvent"
            && f == "text"
            && c.starts_with("bytes")
            && *n == 16384),
        "{found:?}"
    );
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
    let wanted = splice(&wanted, "limits", &limits_table());
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

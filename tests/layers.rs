//! The crate's layers, from the leaf up: each module of `src/` names only the modules below it
//! (`crate::x` paths and `use` lines, read from the source), so data flows one way and nothing
//! imports back up. A module's `#[cfg(test)]` tests may reach higher, as callers do, and are left
//! out. HACKING.md ("The tree") draws the same order.

use std::collections::BTreeMap;
use std::path::Path;

/// Each layer and the layers it may name. A module missing here fails the test, so a new one
/// gets its place on purpose.
const LAYERS: &[(&str, &[&str])] = &[
    ("api", &[]),
    ("json", &[]),
    ("issue", &[]),
    ("options", &["api"]),
    ("messages", &["api", "issue", "json"]),
    ("checker", &["api", "json", "issue", "options", "messages"]),
    ("model", &["api", "checker", "json", "issue", "options"]),
    (
        "validate",
        &[
            "api", "json", "issue", "options", "messages", "checker", "model",
        ],
    ),
    (
        "decode",
        &[
            "api", "json", "issue", "options", "messages", "validate", "model",
        ],
    ),
    ("facts", &["api", "issue", "options"]),
    ("schema_gates", &["api", "options", "checker", "model"]),
    (
        "schema",
        &["api", "json", "options", "model", "schema_gates"],
    ),
    (
        "wasm",
        &[
            "api", "json", "issue", "options", "model", "validate", "decode", "facts",
        ],
    ),
];

/// The source of a file without its `#[cfg(test)]` items and its comments.
fn library_code(text: &str) -> String {
    let mut out = String::new();
    let mut skip_depth: Option<i32> = None;
    let mut depth = 0i32;
    let mut pending_test = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            continue;
        }
        if trimmed.starts_with("#[cfg(test)]") {
            pending_test = true;
            continue;
        }
        let opens = line.matches('{').count() as i32;
        let closes = line.matches('}').count() as i32;
        if pending_test && skip_depth.is_none() {
            skip_depth = Some(depth);
            pending_test = false;
        }
        depth += opens - closes;
        if let Some(d) = skip_depth {
            if depth <= d && (opens > 0 || closes > 0) {
                skip_depth = None;
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The modules of the crate that `text` names as `crate::x`.
fn named(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (i, _) in text.match_indices("crate::") {
        let rest = &text[i + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || *c == '_')
            .collect();
        if !name.is_empty() && !found.contains(&name) {
            found.push(name);
        }
    }
    found
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_names_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let allowed: BTreeMap<&str, &[&str]> = LAYERS.iter().copied().collect();
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut wrong = Vec::new();
    for path in all {
        let rel = path.strip_prefix(&src).unwrap();
        let layer = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_str()
            .unwrap()
            .trim_end_matches(".rs")
            .to_string();
        if layer == "lib" {
            continue;
        }
        let Some(may) = allowed.get(layer.as_str()) else {
            wrong.push(format!(
                "{}: module `{layer}` has no place in LAYERS",
                rel.display()
            ));
            continue;
        };
        let code = library_code(&std::fs::read_to_string(&path).unwrap());
        for name in named(&code) {
            if name != layer && !may.contains(&name.as_str()) {
                wrong.push(format!(
                    "{}: `{layer}` names `crate::{name}`",
                    rel.display()
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_layer_reader_sees_what_it_must() {
    let code = library_code(
        "use crate::api::X;\n// crate::model in a comment\n#[cfg(test)]\nmod tests {\n    use crate::validate;\n}\nfn f() { crate::json::g() }\n",
    );
    assert_eq!(named(&code), vec!["api".to_string(), "json".to_string()]);
}

//! Validate webhook bodies from files and print their issues as JSON lines.
//!
//! `cargo run --example validate -- body.json [more.json ...]`; exits 1 if any body has errors.

use livechat_webhooks::{validate, Options};

fn main() {
    let options = Options::default();
    let mut failed = false;
    for path in std::env::args().skip(1) {
        let body = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                failed = true;
                continue;
            }
        };
        let report = validate(&body, &options);
        failed |= !report.is_ok();
        println!("{path}: {}", if report.is_ok() { "ok" } else { "invalid" });
        for issue in &report.issues {
            println!("  {}", serde_json::to_string(issue).unwrap_or_default());
        }
    }
    std::process::exit(i32::from(failed));
}

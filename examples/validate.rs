//! Validate webhook bodies from files and print their issues as JSON lines.
//!
//! `cargo run --example validate -- [--api-version 3.4|auto] body.json [more.json ...]`; exits 1
//! if any body has errors.

use livechat_webhooks::{validate, ApiVersion, Options, VersionChoice};

fn main() {
    let mut options = Options::default();
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--api-version") && args.len() > 1 {
        let v = args[1].clone();
        args.drain(..2);
        options.api_version = match (v.as_str(), ApiVersion::parse(&v)) {
            ("auto", _) => VersionChoice::Auto,
            (_, Some(v)) => VersionChoice::Fixed(v),
            _ => {
                eprintln!("unknown API version {v}");
                std::process::exit(2);
            }
        };
    }
    let mut failed = false;
    for path in args {
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

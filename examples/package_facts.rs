//! Prints what the JavaScript layer must agree on with the crate (`livechat_webhooks::facts`), as
//! one JSON object: `facts` (status bits, body kinds, limits, option names, issue codes, the
//! default API version), `actions` (`version:action`) and `pushes` (`api:version:action`).
//! `scripts/assemble-pkg.mjs` runs it at build time and writes `target/js-gen/constants.ts`.
//!
//!     cargo run --features schema --example package_facts
//!
//! (`schema` only so that it shares its build with the other examples assemble-pkg runs.)

use livechat_webhooks::facts;

fn main() {
    let lists = serde_json::json!({
        "actions": facts::known_action_list(),
        "pushes": facts::known_push_list(),
    });
    let facts: serde_json::Value =
        serde_json::from_str(&facts::package_facts()).expect("package_facts() is JSON");
    let mut out = lists;
    out["facts"] = facts;
    println!("{out}");
}

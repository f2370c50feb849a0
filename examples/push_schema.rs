//! Prints the JSON Schema of every version's RTM pushes, per API, and of app webhooks, as one
//! JSON object `{ "agent": { "3.2": schema, ... }, "customer": { ... }, "app": schema }`. Run by
//! `scripts/assemble-pkg.mjs`, which ships the pushes as `push-schema.json` and the app webhooks
//! as `app-webhook-schema.json`:
//!
//! ```sh
//! cargo run --example push_schema --features schema > pkg/push-schema.json
//! ```

use livechat_webhooks::api::Channel;
use livechat_webhooks::options::ApiVersion;
use serde_json::{Map, Value};

fn main() {
    let mut out = Map::new();
    for (name, channel) in [
        ("agent", Channel::AgentPush),
        ("customer", Channel::CustomerPush),
    ] {
        let mut by_version = Map::new();
        for v in ApiVersion::ALL {
            if let Some(schema) = livechat_webhooks::schema::push_schema_for(v, channel) {
                by_version.insert(v.as_str().into(), schema.to_value());
            }
        }
        out.insert(name.into(), Value::Object(by_version));
    }
    out.insert(
        "app".into(),
        livechat_webhooks::schema::app_webhook_schema().to_value(),
    );
    let text = serde_json::to_string_pretty(&Value::Object(out)).expect("JSON Schema serialises");
    println!("{text}");
}

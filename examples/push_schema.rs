//! Prints the JSON Schema of every version's RTM pushes, per API, as one JSON object
//! `{ "agent": { "3.2": schema, ... }, "customer": { ... } }`. Run by `scripts/assemble-pkg.mjs`,
//! which ships it as `push-schema.json`:
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
    let text = serde_json::to_string_pretty(&Value::Object(out)).expect("JSON Schema serialises");
    println!("{text}");
}

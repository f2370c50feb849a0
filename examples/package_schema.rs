//! Prints the JSON Schema document the npm package ships as `schema.json`: one embedded schema
//! per API version under `$defs` (each its own resource, with an `$id`, so its internal `$ref`s
//! resolve inside it), and a root that is the decoder's default version. Run by
//! `scripts/assemble-pkg.mjs`:
//!
//! ```sh
//! cargo run --example package_schema --features schema > pkg/schema.json
//! ```

use livechat_webhooks::options::ApiVersion;
use serde_json::{json, Map, Value};

const BASE_ID: &str = "urn:livechat-webhooks:webhook";

fn main() {
    // Every version the model knows, with its schema.
    let versions = ApiVersion::ALL.map(|v| (v, livechat_webhooks::schema::webhook_schema_for(v)));
    let name = |v: ApiVersion| v.as_str().to_string();
    let mut defs = Map::new();
    for (version, schema) in versions {
        let Value::Object(mut body) = schema.to_value() else {
            panic!("the schema of {} is not an object", name(version));
        };
        // Only the document's root may say which dialect it is.
        body.remove("$schema");
        body.insert(
            "$id".into(),
            Value::from(format!("{BASE_ID}:{}", name(version))),
        );
        defs.insert(name(version), Value::Object(body));
    }
    let default = name(ApiVersion::default());
    let document = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE_ID,
        "title": "LiveChat webhook",
        "description": format!(
            "A LiveChat webhook body. The root checks API {default} (the decoder's default); \
             `$defs` holds one schema per API version, each also shipped as schema/<version>.json."
        ),
        "$ref": format!("{BASE_ID}:{default}"),
        "$defs": defs,
    });
    let text = serde_json::to_string_pretty(&document).expect("a JSON Schema serialises to JSON");
    println!("{text}");
}

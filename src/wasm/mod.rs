//! The WebAssembly boundary: the only module that knows about JavaScript.
//!
//! It is deliberately thin. A `Checker` holds parsed options; JavaScript hands it the body (bytes
//! or a string, copied into wasm memory once) and gets back a small number. Only when there are
//! issues does anything else cross the boundary, as one JSON string. Building the webhook value
//! is left to the engine's own `JSON.parse` (see `js/api.ts`), which is faster than building
//! objects from wasm.
//!
//! The TypeScript of the JavaScript API is written in `js/types.d.ts`; the model's comes from
//! tsify. What both sides must agree on (limits, option names, status bits, issue codes) is
//! defined here or in the core and handed to the build by `packageFacts`, so JavaScript holds no
//! copy of it.

mod input;
mod options;

pub use input::{ascii_address, ascii_form, input_region, wasm_memory};

use crate::issue::{Issue, IssueCode};
use crate::options::Options;
use crate::validate::validate;
use wasm_bindgen::prelude::*;

/// Result of a check: no issue at all.
pub const CLEAN: u32 = 0;
/// Result of a check: warnings only; the body is valid.
pub const WARNINGS: u32 = 1;
/// Result of a check: at least one error.
pub const ERRORS: u32 = 2;
/// Added to the result when a string of the body holds U+FFFD: for a string body, the mark of a
/// lone surrogate the UTF-8 encoding replaced, which JavaScript then looks for in the string.
pub const REPLACEMENT_CHAR: u32 = 4;

/// What a `Checker` reads: chat webhooks (the default), or RTM pushes of one API.
pub const KIND_WEBHOOK: u32 = 0;
pub const KIND_AGENT_PUSH: u32 = 1;
pub const KIND_CUSTOMER_PUSH: u32 = 2;
pub const KIND_APP_WEBHOOK: u32 = 3;

/// The largest body JavaScript hands to the checker, whatever `maxBytes` says: the body is copied
/// into this module's memory, which cannot grow past 4 GiB (engines may stop at 2 GiB), so a body
/// near that size would trap the module instead of being reported. 1 GiB leaves room for the
/// module's own data and is far beyond any webhook.
pub const HARD_MAX_BYTES: u32 = 1 << 30;

// The model's `Decimal` (src/model/common.rs) is a JSON number kept as written; tsify cannot
// derive a type for it, so its TypeScript is declared here, with the model's types it belongs to.
#[wasm_bindgen(typescript_custom_section)]
const DECIMAL_TS: &str = r#"
/** A number kept as LiveChat wrote it (prices, quantities). */
export type Decimal = number;
"#;

/// Checks bodies against one set of options.
#[wasm_bindgen]
pub struct Checker {
    options: Options,
    issues: Vec<Issue>,
    version: &'static str,
    candidates: String,
}

#[wasm_bindgen]
impl Checker {
    /// `options` is the JavaScript options object (`WebhookOptions`), or undefined; `kind` what
    /// the bodies are (`KIND_WEBHOOK` when left out, `KIND_AGENT_PUSH`, `KIND_CUSTOMER_PUSH`).
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue, kind: Option<u32>) -> Result<Checker, JsError> {
        let mut options = options::from_js(&options).map_err(|m| JsError::new(&m))?;
        options.channel = match kind.unwrap_or(KIND_WEBHOOK) {
            KIND_AGENT_PUSH => crate::api::Channel::AgentPush,
            KIND_CUSTOMER_PUSH => crate::api::Channel::CustomerPush,
            KIND_APP_WEBHOOK => crate::api::Channel::AppWebhook,
            _ => crate::api::Channel::Webhook,
        };
        Ok(Checker {
            options,
            issues: Vec::new(),
            version: "",
            candidates: String::new(),
        })
    }

    /// Check a body given as UTF-8 bytes. Returns 0 (clean), 1 (warnings only) or 2 (errors), plus 4 if a string holds U+FFFD.
    pub fn check_bytes(&mut self, body: &[u8]) -> u32 {
        self.run(body)
    }

    /// Check the first `len` bytes of the input region (`inputRegion`), where JavaScript wrote
    /// the body. Returns what `check_bytes` does.
    pub fn check_input(&mut self, len: usize) -> u32 {
        input::with_input(len, |body| self.run(body))
    }

    /// Check a body given as a string. Returns 0 (clean), 1 (warnings only) or 2 (errors), plus 4 if a string holds U+FFFD.
    pub fn check_str(&mut self, body: &str) -> u32 {
        self.run(body.as_bytes())
    }

    /// The API version the last body was checked as (with `apiVersion: "auto"`, the one chosen).
    pub fn api_version(&self) -> String {
        self.version.to_string()
    }

    /// With `apiVersion: "auto"`: the versions that accepted the last body, comma-separated.
    pub fn candidates(&self) -> String {
        self.candidates.clone()
    }

    /// The issues of the last check, as a JSON array of `Issue`.
    pub fn issues_json(&self) -> String {
        serde_json::to_string(&self.issues).unwrap_or_else(|_| "[]".to_string())
    }

    fn run(&mut self, body: &[u8]) -> u32 {
        let report = validate(body, &self.options);
        let outcome = if report.issues.is_empty() {
            CLEAN
        } else if report.is_ok() {
            WARNINGS
        } else {
            ERRORS
        };
        self.issues = report.issues;
        self.version = report.api_version.map_or("", |v| v.as_str());
        if self.options.api_version == crate::options::VersionChoice::Auto {
            self.candidates = report
                .candidates
                .iter()
                .map(|v| v.as_str())
                .collect::<Vec<_>>()
                .join(",");
        }
        if report.replacement_char {
            outcome | REPLACEMENT_CHAR
        } else {
            outcome
        }
    }
}

/// How many bytes the scanner looks at in one step: 16 in the package, which is built with wasm
/// `simd128` (`.cargo/config.toml`); a test of the built package checks it.
#[wasm_bindgen(js_name = scanWidth)]
pub fn scan_width() -> u32 {
    use crate::json::scan::{Block, Wide};
    Wide::WIDTH as u32
}

/// For tests/wasm.rs: the SIMD block and the portable one find the same bytes on the scanner's
/// test corpus and on `extra`, in the build under test. Not exported to JavaScript.
#[doc(hidden)]
pub fn scan_blocks_agree(extra: &[&[u8]]) -> bool {
    use crate::json::scan::{block_corpus, blocks_agree};
    block_corpus().iter().all(|b| blocks_agree(b)) && extra.iter().all(|b| blocks_agree(b))
}

/// Every push the model knows, as `api:version:action` (`agent` or `customer`).
#[wasm_bindgen(js_name = knownPushList)]
pub fn known_push_list() -> Vec<String> {
    crate::api::pushes::PUSHES
        .iter()
        .flat_map(|r| {
            let agent = r
                .agent
                .iter()
                .map(move |p| format!("agent:{}:{}", r.version, p.name));
            let customer = r
                .customer
                .iter()
                .map(move |p| format!("customer:{}:{}", r.version, p.name));
            agent.chain(customer)
        })
        .collect()
}

/// Every action the model knows, as `version:action` (the version is where JS reads it).
#[wasm_bindgen(js_name = knownActionList)]
pub fn known_action_list() -> Vec<String> {
    crate::options::ApiVersion::ALL
        .iter()
        .flat_map(|v| v.action_names().map(move |a| format!("{v}:{a}")))
        .collect()
}

/// What the JavaScript layer must agree on with this crate, as a JSON object (the default API
/// version as a list of one, to be written like the other lists).
/// `scripts/assemble-pkg.mjs` reads it once, at build time, into a generated TypeScript module
/// (`constants.ts`); nothing calls it at run time, so it is written to cost the least wasm: one
/// out-of-line append, no serde derive, `format!` or integer `Display` (each of which, or
/// `String::push` inlined at every call, cost 0.3–0.8 KB of gzipped wasm here). The names are
/// identifiers, so none needs escaping (and the build's `JSON.parse` would refuse one that did).
#[wasm_bindgen(js_name = packageFacts)]
pub fn package_facts() -> String {
    let codes = IssueCode::ALL.map(IssueCode::as_str);
    let numbers: [(&str, u64); 10] = [
        ("kindAppWebhook", KIND_APP_WEBHOOK.into()),
        ("kindWebhook", KIND_WEBHOOK.into()),
        ("kindAgentPush", KIND_AGENT_PUSH.into()),
        ("kindCustomerPush", KIND_CUSTOMER_PUSH.into()),
        ("defaultMaxBytes", Options::default().max_bytes as u64),
        ("hardMaxBytes", HARD_MAX_BYTES.into()),
        ("statusClean", CLEAN.into()),
        ("statusWarnings", WARNINGS.into()),
        ("statusErrors", ERRORS.into()),
        ("replacementChar", REPLACEMENT_CHAR.into()),
    ];
    let latest = [crate::options::ApiVersion::LATEST.as_str()];
    let lists: [(&str, &[&str]); 3] = [
        ("latestApiVersion", &latest),
        ("optionNames", options::KNOWN),
        ("issueCodes", &codes),
    ];
    let mut out = String::new();
    let mut sep = "{\"";
    for (name, mut n) in numbers {
        let mut digits = [b'0'; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for part in [
            sep,
            name,
            "\":",
            core::str::from_utf8(&digits[at..]).unwrap_or("0"),
        ] {
            append(&mut out, part);
        }
        sep = ",\"";
    }
    for (name, list) in lists {
        for part in [sep, name, "\":["] {
            append(&mut out, part);
        }
        for (i, item) in list.iter().enumerate() {
            for part in [if i == 0 { "\"" } else { ",\"" }, item, "\""] {
                append(&mut out, part);
            }
        }
        append(&mut out, "]");
    }
    append(&mut out, "}");
    out
}

#[inline(never)]
fn append(out: &mut String, part: &str) {
    out.push_str(part);
}

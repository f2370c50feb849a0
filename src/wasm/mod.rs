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
//! defined in `crate::facts`, which the build reads into JavaScript, so JavaScript holds no copy of
//! it and the shipped module no code for it.

mod input;
mod options;

pub use input::{ascii_address, ascii_form, input_region, wasm_memory};

use crate::issue::Issue;
use crate::options::Options;
use crate::validate::validate;
use wasm_bindgen::prelude::*;

pub use crate::facts::{
    CLEAN, ERRORS, HARD_MAX_BYTES, KIND_AGENT_PUSH, KIND_APP_WEBHOOK, KIND_CUSTOMER_PUSH,
    KIND_WEBHOOK, REPLACEMENT_CHAR, WARNINGS,
};

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

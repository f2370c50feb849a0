//! What the JavaScript layer must agree on with this crate, written once: the status bits and
//! body kinds of the wasm boundary, its hard body limit, the option names, the issue codes, the
//! default API version, and every action and push of the model. `scripts/assemble-pkg.mjs` reads
//! them at build time (`examples/package_facts.rs`, natively) into `target/js-gen/constants.ts`;
//! `crate::wasm` uses the constants. The lists are not exported by the shipped `.wasm`: nothing
//! calls them at run time, and their code cost about 2.5 KB of its gzip (issue 13).

use crate::issue::IssueCode;
use crate::options::Options;

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

/// Every push the model knows, as `api:version:action` (`agent` or `customer`).
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
pub fn known_action_list() -> Vec<String> {
    crate::options::ApiVersion::ALL
        .iter()
        .flat_map(|v| v.action_names().map(move |a| format!("{v}:{a}")))
        .collect()
}

/// What the JavaScript layer must agree on with this crate, as a JSON object (the default API
/// version as a list of one, to be written like the other lists).
/// `scripts/assemble-pkg.mjs` reads it once, at build time (`examples/package_facts.rs`), into a
/// generated TypeScript module (`constants.ts`). The names are identifiers, so none needs
/// escaping (and the build's `JSON.parse` would refuse one that did).
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
        ("optionNames", crate::options::OPTION_NAMES),
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

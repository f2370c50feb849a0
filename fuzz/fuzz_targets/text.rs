//! Text bodies (what a JS string becomes): the body alone, after a BOM, and as the text of a
//! message inside a valid webhook, escaped in several ways (lone surrogates included).
#![no_main]

use libfuzzer_sys::fuzz_target;
use livechat_webhooks_fuzz::invariants;

fuzz_target!(|data: &[u8]| {
    if let Some((options, body)) = invariants::split(data) {
        if let Ok(text) = std::str::from_utf8(body) {
            invariants::check_text(&options, data[0], text);
        }
    }
});

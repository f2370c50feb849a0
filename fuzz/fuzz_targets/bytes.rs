//! Any bytes as a body: two leading bytes choose the options (see `invariants::split`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use livechat_webhooks_fuzz::invariants;

fuzz_target!(|data: &[u8]| {
    if let Some((options, body)) = invariants::split(data) {
        invariants::check_bytes(&options, body);
    }
});

//! The validator's JSON layer against serde_json, on many mutated bodies.
//!
//! For every mutation of a few valid webhooks (bytes flipped, inserted, deleted, truncated), the
//! validator must not panic, and must call the body broken JSON (`invalid_json` or
//! `invalid_encoding`) exactly when serde_json refuses to parse it, and whatever it accepts must
//! decode into the typed model. Deterministic: a fixed seed.

use livechat_webhooks::{validate, ApiVersion, IssueCode, Options};

const SEEDS: &[&str] = &[
    r#"{"webhook_id":"a1","secret_key":"k","action":"incoming_event","payload":{"chat_id":"PJ0MRSHTDG","thread_id":"K600PKZON8","event":{"id":"K600PKZON8_1","type":"message","text":"Zażółć \"gęślą\" jaźń \u2603 😀","author_id":"a@b.c","created_at":"2019-10-11T09:40:59.219001Z","recipients":"all","properties":{"ns":{"x":1.5e3,"y":"s"}},"z":[true,false,null]}},"additional_data":{}}"#,
    "{\n  \"webhook_id\": \"w\",\n  \"secret_key\": \"s\",\n  \"action\": \"thread_closed\",\n  \"payload\": {\"chat_id\": \"C\", \"thread_id\": \"T\", \"user_id\": \"u\"},\n  \"license_id\": 100012582\n}\n",
    r#"{"webhook_id":"w","secret_key":"s","action":"chat_properties_deleted","payload":{"chat_id":"C","properties":{"rating":["score","comment"],"a\/b":[]}},"x":[[[{}]]],"y":-0.0e-0}"#,
];

/// xorshift64*: small, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const INTERESTING: &[u8] =
    b"{}[]\",:\\ \n\t0123456789-+.eEtrufalsn\x00\x1f\x7f\x80\xbf\xc3\xe2\xf0\xff";

fn mutate(rng: &mut Rng, body: &[u8]) -> Vec<u8> {
    let mut b = body.to_vec();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(b.len() + 1);
        let byte = INTERESTING[rng.below(INTERESTING.len())];
        match rng.below(4) {
            0 if at < b.len() => b[at] = byte,
            1 => b.insert(at, byte),
            2 if at < b.len() => {
                b.remove(at);
            }
            _ => b.truncate(at),
        }
    }
    b
}

fn broken_json(issues: &[livechat_webhooks::Issue]) -> bool {
    issues
        .iter()
        .any(|i| matches!(i.code, IssueCode::InvalidJson | IssueCode::InvalidEncoding))
}

#[test]
fn seeds_are_valid() {
    for s in SEEDS {
        let r = validate(s.as_bytes(), &Options::for_version(ApiVersion::V3_1));
        assert!(r.is_ok(), "seed rejected: {:?}", r.issues);
    }
}

#[test]
fn agrees_with_serde_json_on_what_is_json() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let options = Options::for_version(ApiVersion::V3_1);
    let mut disagreements = Vec::new();
    for round in 0..30_000 {
        let seed = SEEDS[round % SEEDS.len()].as_bytes();
        let body = mutate(&mut rng, seed);
        let issues = validate(&body, &options).issues;
        // serde_json accepts a leading BOM nowhere and neither does JSON.parse on text; the
        // validator skips one because TextDecoder does. Mutations never create one at the start.
        let serde_ok = serde_json::from_slice::<serde_json::Value>(&body).is_ok();
        // serde_json refuses floats that overflow to infinity; the validator reports those as
        // number_out_of_range, which is just as much a refusal.
        let overflow = issues.iter().any(|i| i.code == IssueCode::NumberOutOfRange);
        let agree = if serde_ok {
            !broken_json(&issues)
        } else {
            broken_json(&issues) || overflow
        };
        if !agree {
            disagreements.push(format!(
                "serde_json {} / validator {}: {:?}",
                if serde_ok { "accepts" } else { "rejects" },
                if broken_json(&issues) {
                    "rejects"
                } else {
                    "accepts"
                },
                String::from_utf8_lossy(&body)
            ));
        }
        // What the validator accepts, the typed model must take too.
        if !issues.iter().any(|i| i.is_error()) {
            if let Err(e) = livechat_webhooks::decode(&body, &options) {
                disagreements.push(format!(
                    "validate accepts, decode refuses ({:?}): {:?}",
                    e.issues,
                    String::from_utf8_lossy(&body)
                ));
            }
        }
        for i in &issues {
            assert!(!i.message.is_empty());
            assert!(
                i.line.is_some() || i.code == IssueCode::TooLarge,
                "no position: {i:?}"
            );
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} disagreements, first: {:#?}",
        disagreements.len(),
        &disagreements[..disagreements.len().min(5)]
    );
}

#[test]
fn deep_nesting_is_refused_not_crashed() {
    for depth in [63usize, 64, 100, 129, 10_000, 200_000] {
        let body = format!(
            r#"{{"webhook_id":"w","secret_key":"s","action":"thread_closed","payload":{{"chat_id":"C","thread_id":"T"}},"x":{}{}}}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        );
        let issues = validate(body.as_bytes(), &Options::for_version(ApiVersion::V3_1)).issues;
        let too_deep = issues.iter().any(|i| i.code == IssueCode::TooDeep);
        let limit = livechat_webhooks::options::DEFAULT_MAX_DEPTH as usize;
        assert_eq!(too_deep, depth + 1 > limit, "depth {depth}: {issues:?}");
    }
    let options = Options {
        max_depth: u32::MAX,
        ..Options::for_version(ApiVersion::V3_1)
    };
    let body = format!(r#"{{"x":{}{}}}"#, "[".repeat(100_000), "]".repeat(100_000));
    let issues = validate(body.as_bytes(), &options).issues;
    assert!(
        issues.iter().any(|i| i.code == IssueCode::TooDeep),
        "the hard limit must hold whatever the options say"
    );
}

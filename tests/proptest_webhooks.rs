//! Property tests over webhooks generated from the types: the crate's own JSON Schema (feature
//! `schema`, derived from the model) is walked to build values that satisfy it.
//!
//! Values come from a tape of numbers that proptest generates and shrinks: every choice (which
//! variant, which optional fields, which string) reads the next number, and a tape that runs out
//! reads 0, the simplest choice. So a failing case shrinks towards a short tape, a small webhook.
//!
//! - every generated webhook validates with no issue, and decode → serialise → decode is lossless;
//! - one field mutated (wrong JSON type, a required field dropped, a string outside its enum)
//!   gives an error of the matching code whose pointer is exactly that field's, and every error
//!   of that body points inside the object that holds the field (its pointer is a prefix).
#![cfg(all(feature = "schema", not(target_arch = "wasm32")))]

use livechat_webhooks::{decode, validate, ApiVersion, IssueCode, Options};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{Map, Value};

const CASES: u32 = 2000;

fn opts(v: ApiVersion) -> Options {
    Options::for_version(v)
}

#[derive(Clone, Debug)]
enum Mutation {
    /// The member's value replaced by one of another JSON type.
    WrongType(Value),
    /// A required member left out.
    Drop,
    /// A string outside the enum (or const) the schema allows.
    NotAMember,
}

#[derive(Clone, Debug)]
struct Site {
    /// Pointer of the object holding the member, and the member's name.
    parent: String,
    key: String,
    mutation: Mutation,
}

struct Gen<'a> {
    defs: &'a Map<String, Value>,
    tape: &'a [u32],
    at: usize,
    sites: Vec<Site>,
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// `extra`'s keys added to `node` (the node's own `properties` win, `required` is the union).
fn merge(node: &mut Map<String, Value>, extra: &Map<String, Value>) {
    for (k, v) in extra {
        match (k.as_str(), node.get_mut(k), v) {
            ("properties", Some(Value::Object(mine)), Value::Object(theirs)) => {
                for (p, s) in theirs {
                    mine.entry(p.clone()).or_insert_with(|| s.clone());
                }
            }
            ("required", Some(Value::Array(mine)), Value::Array(theirs)) => {
                for r in theirs {
                    if !mine.contains(r) {
                        mine.push(r.clone());
                    }
                }
            }
            (_, None, _) => {
                node.insert(k.clone(), v.clone());
            }
            _ => {}
        }
    }
}

impl Gen<'_> {
    fn choose(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        let c = self.tape.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        c as usize % n
    }

    /// The schema with its `$ref`s followed and merged in.
    fn resolve(&self, schema: &Value) -> Map<String, Value> {
        let mut node = schema.as_object().cloned().unwrap_or_default();
        while let Some(Value::String(r)) = node.remove("$ref") {
            let name = r.trim_start_matches("#/$defs/");
            let target = self
                .defs
                .get(name)
                .and_then(Value::as_object)
                .expect("known $ref");
            merge(&mut node, target);
        }
        node
    }

    /// A value of `schema` at `pointer`; `free` inside untagged unions, where a mutation could
    /// just select another variant, so no mutation site is recorded.
    fn value(&mut self, schema: &Value, pointer: &str, free: bool) -> Value {
        let mut node = self.resolve(schema);
        for (union, untagged) in [("oneOf", false), ("anyOf", true)] {
            if let Some(Value::Array(alts)) = node.remove(union) {
                let pick = self.choose(alts.len());
                let mut alt = self.resolve(&alts[pick]);
                merge(&mut alt, &node);
                return self.value(&Value::Object(alt), pointer, free || untagged);
            }
        }
        if let Some(c) = node.get("const") {
            return c.clone();
        }
        if let Some(Value::Array(members)) = node.get("enum") {
            return members[self.choose(members.len())].clone();
        }
        match node.get("type").and_then(Value::as_str) {
            Some("string") if node.get("format").and_then(Value::as_str) == Some("date-time") => {
                self.date_time()
            }
            Some("string") => Value::from(self.string()),
            Some("integer") => {
                let lo = node["minimum"].as_i64().unwrap_or(i64::MIN);
                let hi = node["maximum"].as_i64().unwrap_or(i64::MAX);
                let pick = [0, 1, -1, lo, hi, 1_700_000_000, 42];
                let n = pick[self.choose(pick.len())];
                Value::from(n.clamp(lo, hi))
            }
            Some("number") => {
                let pick = [0.5, -2.25, 1e300, 3.0, 5e-324, 0.1, 123456.789];
                Value::from(pick[self.choose(pick.len())])
            }
            Some("boolean") => Value::from(self.choose(2) == 1),
            Some("array") => {
                let items = node.get("items").cloned().unwrap_or(Value::Bool(true));
                let n = self.choose(4);
                Value::Array(
                    (0..n)
                        .map(|i| self.value(&items, &format!("{pointer}/{i}"), free))
                        .collect(),
                )
            }
            Some("object") => self.object(&node, pointer, free),
            _ => Value::from(self.string()),
        }
    }

    fn object(&mut self, node: &Map<String, Value>, pointer: &str, free: bool) -> Value {
        let mut out = Map::new();
        let required: Vec<&str> = node
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let empty = Map::new();
        let props = node
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        // "One of two fields" rules, as the schema states them: `allOf` of
        // `anyOf: [{required: [a]}, {required: [b]}]`; the first of each pair is always written.
        let preferred: Vec<&str> = node
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|rule| rule["anyOf"][0]["required"][0].as_str())
            .collect();
        for (k, sub) in props {
            let needed = required.contains(&k.as_str());
            let one_of = preferred.contains(&k.as_str());
            let wanted = needed || one_of || self.choose(2) == 1;
            if !wanted {
                continue;
            }
            let child = format!("{pointer}/{}", escape(k));
            let v = self.value(sub, &child, free);
            if !free {
                self.sites_for(pointer, k, sub, needed && !one_of);
            }
            out.insert(k.clone(), v);
        }
        if let Some(extra @ Value::Object(_)) = node.get("additionalProperties") {
            const KEYS: [&str; 6] = ["a", "k_1", "ns", "é", "with space", "~/"];
            for _ in 0..self.choose(3) {
                let k = KEYS[self.choose(KEYS.len())];
                let child = format!("{pointer}/{}", escape(k));
                let v = self.value(extra, &child, free);
                out.insert(k.to_string(), v);
            }
        }
        // Another: `user_type` names the kind of `user` (chat_user_added, chat_user_removed).
        if let (Some(_), Some(kind)) = (
            out.get("user_type"),
            out.get("user").and_then(|u| u.get("type")),
        ) {
            let kind = kind.clone();
            out.insert("user_type".into(), kind);
        }
        Value::Object(out)
    }

    fn sites_for(&mut self, parent: &str, key: &str, schema: &Value, required: bool) {
        let node = self.resolve(schema);
        let site = |mutation| Site {
            parent: parent.to_string(),
            key: key.to_string(),
            mutation,
        };
        if required {
            self.sites.push(site(Mutation::Drop));
        }
        if node.contains_key("anyOf") || node.contains_key("oneOf") {
            // Several types may be allowed; the tagged unions' own fields get their sites inside.
            return;
        }
        if node.contains_key("enum")
            || node.get("const").is_some_and(Value::is_string) && key != "type"
        {
            self.sites.push(site(Mutation::NotAMember));
        }
        let other = match node.get("type").and_then(Value::as_str) {
            Some("string") => Value::from(7),
            Some("integer") | Some("number") => Value::from("7"),
            Some("boolean") => Value::from(1),
            Some("array") => Value::Object(Map::new()),
            Some("object") => Value::Array(Vec::new()),
            _ => return,
        };
        self.sites.push(site(Mutation::WrongType(other)));
    }

    fn string(&mut self) -> String {
        const PIECES: [&str; 10] = [
            "",
            "a",
            "Zoë",
            "😀",
            "\"",
            "\\",
            "\n\t",
            "\u{0}",
            "/x",
            "\u{2028}ok",
        ];
        (0..self.choose(4))
            .map(|_| PIECES[self.choose(PIECES.len())])
            .collect()
    }

    fn date_time(&mut self) -> Value {
        let frac = [".000000", "", ".5", ".219001"][self.choose(4)];
        let zone = ["Z", "+02:00", "-11:30", "z"][self.choose(4)];
        Value::from(format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{frac}{zone}",
            2000 + self.choose(40),
            1 + self.choose(12),
            1 + self.choose(28),
            self.choose(24),
            self.choose(60),
            self.choose(60),
        ))
    }
}

/// Each version's schema, oldest first (the validator is then run with that version).
fn schemas() -> Vec<(ApiVersion, Value)> {
    ApiVersion::ALL
        .into_iter()
        .map(|v| {
            let s = livechat_webhooks::schema::webhook_schema_for(v);
            (v, serde_json::to_value(s).unwrap())
        })
        .collect()
}

fn generate(schema: &Value, tape: &[u32]) -> (Value, Vec<Site>) {
    let defs = schema["$defs"].as_object().expect("$defs");
    let mut g = Gen {
        defs,
        tape,
        at: 0,
        sites: Vec::new(),
    };
    let v = g.value(schema, "", false);
    (v, g.sites)
}

fn runner() -> TestRunner {
    let config = Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha))
}

fn tape() -> impl Strategy<Value = Vec<u32>> {
    vec(any::<u32>(), 0..600)
}

#[test]
fn generated_webhooks_validate_and_round_trip_losslessly() {
    let schemas = schemas();
    let actions = std::cell::RefCell::new(std::collections::BTreeSet::new());
    runner()
        .run(&(tape(), any::<u32>()), |(tape, which)| {
            let (version, schema) = &schemas[which as usize % schemas.len()];
            let (value, _) = generate(schema, &tape);
            actions.borrow_mut().insert(format!(
                "{version} {}",
                value["action"].as_str().unwrap_or("")
            ));
            let body = serde_json::to_vec(&value).unwrap();
            let report = validate(&body, &opts(*version));
            // The schema allows an older spelling a version still accepts (3.6 `queued_at_us`),
            // which the validator takes with a warning.
            prop_assert!(
                report
                    .issues
                    .iter()
                    .all(|i| !i.is_error() && i.pointer.ends_with("/queued_at_us")),
                "API {version}: {:#?}\n{value}",
                report.issues
            );
            let decoded =
                decode(&body, &opts(*version)).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let back = serde_json::to_value(&decoded.webhook).unwrap();
            prop_assert_eq!(&back, &value);
            let again = decode(&serde_json::to_vec(&back).unwrap(), &opts(*version))
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(again.webhook, decoded.webhook);
            Ok(())
        })
        .unwrap();
    // Nearly every action of every version was generated (a few may be missed by
    // chance in 2,000 cases; the seed is fixed, so the figure is stable).
    let all: usize = ApiVersion::ALL
        .iter()
        .map(|v| v.action_names().count())
        .sum();
    let seen = actions.borrow().len();
    assert!(
        seen * 10 >= all * 9,
        "{seen} of {all} (version, action) pairs generated"
    );
}

#[test]
fn one_mutated_field_is_reported_at_its_pointer() {
    let schemas = schemas();
    let tried: [std::cell::Cell<usize>; 3] = Default::default();
    runner()
        .run(
            &(tape(), any::<u32>(), any::<u32>()),
            |(tape, pick, which)| {
                let (version, schema) = &schemas[which as usize % schemas.len()];
                let version = *version;
                let (mut value, sites) = generate(schema, &tape);
                prop_assert!(!sites.is_empty());
                let site = &sites[pick as usize % sites.len()];
                let parent = value
                    .pointer_mut(&site.parent)
                    .and_then(Value::as_object_mut)
                    .expect("the site's object exists");
                let codes: &[IssueCode] = match &site.mutation {
                    Mutation::WrongType(v) => {
                        tried[0].set(tried[0].get() + 1);
                        parent.insert(site.key.clone(), v.clone());
                        &[IssueCode::InvalidType]
                    }
                    // A deleted event (API 3.6) may lack what whole events need.
                    Mutation::Drop if parent.get("deleted") == Some(&Value::Bool(true)) => {
                        return Ok(());
                    }
                    Mutation::Drop => {
                        tried[1].set(tried[1].get() + 1);
                        parent.remove(&site.key);
                        &[IssueCode::MissingField]
                    }
                    Mutation::NotAMember => {
                        tried[2].set(tried[2].get() + 1);
                        parent.insert(site.key.clone(), Value::from("no-such-member"));
                        &[IssueCode::InvalidValue, IssueCode::UnknownAction]
                    }
                };
                let pointer = format!("{}/{}", site.parent, escape(&site.key));
                let body = serde_json::to_vec(&value).unwrap();
                let report = validate(&body, &opts(version));
                let errors: Vec<(IssueCode, &str)> = report
                    .errors()
                    .map(|i| (i.code, i.pointer.as_str()))
                    .collect();
                prop_assert!(
                    errors
                        .iter()
                        .any(|(c, p)| *p == pointer && codes.contains(c)),
                    "API {version}: {:?} at {pointer}: {errors:?}",
                    site.mutation
                );
                let inside =
                    |p: &str| p == site.parent || p.starts_with(&format!("{}/", site.parent));
                prop_assert!(
                    errors.iter().all(|(_, p)| inside(p)),
                    "{:?} at {pointer}: an error elsewhere: {errors:?}",
                    site.mutation
                );
                prop_assert!(decode(&body, &opts(version)).is_err());
                Ok(())
            },
        )
        .unwrap();
    assert!(
        tried.iter().all(|n| n.get() > 100),
        "each mutation kind tried: {tried:?}"
    );
}

/// Pushes (issue 17): for every API, version and push action, frames generated from that push's
/// JSON Schema validate as pushes of their API and version (warnings only where the frame leaves
/// out `version` or carries an older spelling), and decode → serialise is lossless. Every action
/// of the push table is generated at least once.
#[test]
fn generated_pushes_validate_and_round_trip_for_every_action() {
    use livechat_webhooks::api::pushes::push_rows;
    use livechat_webhooks::api::Channel;
    use livechat_webhooks::model::AnyPush;
    let mut covered = 0;
    for channel in [Channel::AgentPush, Channel::CustomerPush] {
        for v in ApiVersion::ALL {
            let Some(schema) = livechat_webhooks::schema::push_schema_for(v, channel) else {
                continue;
            };
            let schema = serde_json::to_value(schema).unwrap();
            let members = schema["oneOf"]
                .as_array()
                .expect("a union of pushes")
                .clone();
            let actions: Vec<&str> = push_rows(v, channel).iter().map(|r| r.name).collect();
            assert_eq!(members.len(), actions.len(), "{channel:?} {v}");
            for member in &members {
                let mut one = schema.clone();
                one.as_object_mut().unwrap().remove("oneOf");
                for (k, val) in member.as_object().unwrap() {
                    one[k.as_str()] = val.clone();
                }
                let config = Config {
                    cases: 20,
                    failure_persistence: None,
                    ..Config::default()
                };
                let mut runner = TestRunner::new_with_rng(
                    config,
                    TestRng::deterministic_rng(RngAlgorithm::ChaCha),
                );
                runner
                    .run(&tape(), |tape| {
                        let (mut value, _) = generate(&one, &tape);
                        // The frame says its own version from 3.3 (the schema, shared by every
                        // version, takes any string).
                        let frame = value.as_object_mut().unwrap();
                        frame.remove("version");
                        if v > ApiVersion::V3_2 {
                            frame.insert("version".into(), Value::from(v.as_str()));
                        }
                        let body = serde_json::to_vec(&value).unwrap();
                        let report = validate(&body, &Options::for_pushes(v, channel));
                        prop_assert!(
                            report
                                .issues
                                .iter()
                                .all(|i| !i.is_error() && i.pointer.ends_with("/queued_at_us")),
                            "{channel:?} {v}: {:#?}\n{value}",
                            report.issues
                        );
                        let push = AnyPush::from_slice(v, channel, &body).unwrap().unwrap();
                        prop_assert_eq!(&serde_json::to_value(&push).unwrap(), &value);
                        Ok(())
                    })
                    .unwrap();
                covered += 1;
            }
        }
    }
    // livechat-rtm-pushes.md §5.1: 295 agent and 155 customer pushes over 3.2–3.7.
    assert_eq!(covered, 295 + 155);
}

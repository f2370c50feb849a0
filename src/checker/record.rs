//! Checking objects with known fields: structs, and unions of structs told apart by a tag.
//!
//! `#[model]` (the `livechat-webhooks-derive` crate) describes a struct as a [`Record`]: its JSON field names, which are required, and the
//! check of each (taken from the field's Rust type). [`check_record`] reads such an object in one
//! pass. [`check_union`] does the same for a union discriminated by a member such as `type`,
//! without knowing in advance where in the object the tag stands: members before the tag are
//! checked at once by the variant that declares them (a name means the same in every variant
//! that has it), and sorted out when the tag arrives.

use super::cx::{Cx, Finding, Key, Kind, R};
use super::keys::KeyTracker;
use crate::api::gate::{Channel, Gate};
use crate::api::ApiVersion;
use crate::issue::IssueCode;
use crate::json::lookahead::{peek_key, Peek};
use crate::messages;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

pub type CheckFn = fn(&mut Cx) -> R;

/// An object with known fields, as `#[model]` derives it from a struct.
pub trait Record {
    /// What the object is, for messages: `an object (Thread)`.
    const EXPECTED: &'static str;
    const FIELDS: &'static [&'static str];
    const REQUIRED: &'static [bool];
    /// The API versions in which each field exists (and is required); see `model::gate`.
    const GATES: &'static [Gate];
    /// Pairs of optional fields of which one must be there (where both exist); read by the
    /// JSON Schema (`finish` applies them while checking).
    #[cfg_attr(not(feature = "schema"), allow(dead_code))]
    const ONE_OF: &'static [(&'static str, &'static str)] = &[];
    /// Fields required when another (an array) is not empty: (field, other); read by the JSON
    /// Schema (`finish` applies them while checking).
    #[cfg_attr(not(feature = "schema"), allow(dead_code))]
    const REQUIRED_UNLESS_EMPTY: &'static [(&'static str, &'static str)] = &[];
    const CHECKS: &'static [CheckFn];
    fn index_of(name: &[u8]) -> Option<usize>;
    /// Rules across fields, run after all members were read.
    fn finish(_cx: &mut Cx, _open: usize, _seen: u64) {}
    /// True when this object is exempt from its requirements (a deleted-event stub).
    fn waived(_cx: &Cx, _open: usize) -> bool {
        false
    }
}

/// One variant of a tagged union.
pub struct Variant {
    pub tag: &'static str,
    /// The API versions in which this variant exists.
    pub gate: Gate,
    fields: &'static [&'static str],
    required: &'static [bool],
    gates: &'static [Gate],
    checks: &'static [CheckFn],
    index_of: fn(&[u8]) -> Option<usize>,
    finish: fn(&mut Cx, usize, u64),
    waived: fn(&Cx, usize) -> bool,
    needs: Needs,
}

/// Which fields an object must have, split at compile time into those needed in every version
/// and channel and those whose need depends on them: most objects have every field they could
/// need, and `missing` then decides with one mask test instead of reading each field's gate.
#[derive(Clone, Copy)]
struct Needs {
    always: u64,
    sometimes: u64,
}

impl Needs {
    const fn of(required: &[bool], gates: &[Gate]) -> Needs {
        let (mut always, mut sometimes) = (0u64, 0u64);
        let mut i = 0;
        while i < gates.len() {
            let (mut some, mut all) = (false, true);
            let mut c = 0;
            while c < Channel::ALL.len() {
                let mut v = 0;
                while v < ApiVersion::ALL.len() {
                    let need = needed(required[i], gates[i], ApiVersion::ALL[v], Channel::ALL[c]);
                    some |= need;
                    all &= need;
                    v += 1;
                }
                c += 1;
            }
            if all {
                always |= 1 << i;
            } else if some {
                sometimes |= 1 << i;
            }
            i += 1;
        }
        Needs { always, sometimes }
    }
}

/// Whether a field (required by its type or not) must be there in `v`, read from `ch`.
#[inline]
const fn needed(required: bool, gate: Gate, v: ApiVersion, ch: Channel) -> bool {
    (required && gate.allows_in(v, ch)) || gate.requires_in(v, ch)
}

impl Variant {
    pub const fn of<T: Record>(tag: &'static str, gate: Gate) -> Variant {
        Variant {
            tag,
            gate,
            fields: T::FIELDS,
            required: T::REQUIRED,
            gates: T::GATES,
            checks: T::CHECKS,
            index_of: T::index_of,
            finish: T::finish,
            waived: T::waived,
            needs: Needs::of(T::REQUIRED, T::GATES),
        }
    }
}

/// Check the object at the cursor as a `T`.
#[inline]
pub fn check_record<T: Record>(cx: &mut Cx) -> R {
    struct Of<T>(std::marker::PhantomData<T>);
    impl<T: Record> Of<T> {
        const SHAPE: Variant = Variant::of::<T>("", Gate::ALWAYS);
    }
    check_object(cx, T::EXPECTED, &Of::<T>::SHAPE)
}

/// The loop of `check_record`, once for every type: the scanner's hot paths are inlined into it,
/// and a copy per type cost 12 KB of the module's gzip (104.6 KB against 92.5) for 2% fewer
/// instructions on medium and large bodies (README, Benchmarks).
#[inline(never)]
fn check_object(cx: &mut Cx, expected: &str, t: &Variant) -> R {
    if !cx.expect(Kind::Object, expected)? {
        return Ok(());
    }
    let open = cx.cur.i;
    cx.open()?;
    let mut seen = 0u64;
    let mut keys = KeyTracker::new(cx);
    let mut first = true;
    while let Some(key) = cx.next_key_inlined(&mut first)? {
        let name = cx.key_bytes(&key);
        if let Some(i) = (t.index_of)(&name) {
            // Outside its gate: unknown in this version, yet still checked as its type (the
            // typed model holds it whatever the version).
            cx.gate(key, t.gates[i]);
            // Through the table rather than a match that inlines every field's check: one
            // record loop stays small (README, Benchmarks).
            member(cx, key, &mut seen, i, t.checks[i])?;
        } else {
            cx.unknown_field(key, &mut keys)?;
        }
    }
    keys.finish(cx);
    if !(t.waived)(cx, open) {
        missing(cx, open, seen, t);
    } else {
        missing_in_stub(cx, open, seen, t.fields);
    }
    (t.finish)(cx, open, seen);
    Ok(())
}

fn member(cx: &mut Cx, key: Key, seen: &mut u64, i: usize, check: CheckFn) -> R {
    if *seen & (1 << i) != 0 {
        return cx.duplicate(key);
    }
    *seen |= 1 << i;
    cx.push_key(key);
    check(cx)?;
    cx.pop();
    Ok(())
}

fn missing(cx: &mut Cx, open: usize, seen: u64, t: &Variant) {
    let Needs { always, sometimes } = t.needs;
    if (always | sometimes) & !seen == 0 {
        return;
    }
    // Only the absent fields whose need depends on the version are looked up.
    let (v, ch) = (cx.version, cx.channel);
    let mut absent = always & !seen;
    let mut maybe = sometimes & !seen;
    while maybe != 0 {
        let i = maybe.trailing_zeros() as usize;
        maybe &= maybe - 1;
        absent |= u64::from(needed(t.required[i], t.gates[i], v, ch)) << i;
    }
    let fields = t.fields;
    while absent != 0 {
        let i = absent.trailing_zeros() as usize;
        absent &= absent - 1;
        cx.missing(open, fields[i], "");
    }
}

/// A deleted event keeps only its identity: `id` and `created_at` are all it must have.
fn missing_in_stub(cx: &mut Cx, open: usize, seen: u64, fields: &[&str]) {
    for (i, name) in fields.iter().enumerate() {
        if matches!(*name, "id" | "created_at") && seen & (1 << i) == 0 {
            cx.missing(open, name, messages::STUB_KEEPS_IT);
        }
    }
}

/// What a union has learnt about its members' names, one slot per variant: a name checked the
/// same way by every variant that declares it can be checked before the tag without skimming
/// ahead for the tag (`id` of an event, of a user). Filled on first need; the derive gives each
/// union its own slots.
pub struct Slot {
    known: AtomicU64,
    differs: AtomicU64,
}

impl Slot {
    #[allow(clippy::declare_interior_mutable_const)] // a template for arrays of slots
    pub const NEW: Slot = Slot {
        known: AtomicU64::new(0),
        differs: AtomicU64::new(0),
    };
}

/// Whether another variant checks the `i`th field of variant `vi` differently. Two checks are
/// the same when they are the same function; a function duplicated by the compiler only costs
/// a skim ahead.
fn differs(slots: &[Slot], variants: &[Variant], vi: usize, i: usize) -> bool {
    let bit = 1u64 << i;
    let slot = &slots[vi];
    if slot.known.load(Relaxed) & bit != 0 {
        return slot.differs.load(Relaxed) & bit != 0;
    }
    let (name, check) = (variants[vi].fields[i].as_bytes(), variants[vi].checks[i]);
    let differs = variants
        .iter()
        .any(|w| (w.index_of)(name).is_some_and(|j| !std::ptr::fn_addr_eq(w.checks[j], check)));
    if differs {
        slot.differs.fetch_or(bit, Relaxed);
    }
    slot.known.fetch_or(bit, Relaxed);
    differs
}

/// Check the object at the cursor as one of `variants`, chosen by the string member `tag_key`.
/// Once for every union, like `check_object`.
#[inline(never)]
pub fn check_union(
    cx: &mut Cx,
    tag_key: &str,
    what: &str,
    expected: &str,
    variants: &[Variant],
    slots: &[Slot],
) -> R {
    if !cx.expect(Kind::Object, expected)? {
        return Ok(());
    }
    let open = cx.cur.i;
    cx.open()?;
    let mut chosen: Option<&Variant> = None;
    // The variant a tag further on names, looked up at the first member before it.
    let mut presumed: Option<Option<&Variant>> = None;
    let mut tag_seen = false;
    let mut seen = 0u64;
    let mut keys = KeyTracker::new(cx);
    let early = cx.early.len();
    let mut first = true;
    while let Some(key) = cx.next_key_inlined(&mut first)? {
        let name = cx.key_bytes(&key);
        if *name == *tag_key.as_bytes() {
            if tag_seen {
                cx.duplicate(key)?;
                continue;
            }
            tag_seen = true;
            cx.push_key(key);
            chosen = read_tag(cx, tag_key, what, variants)?;
            cx.pop();
            if let Some(v) = chosen {
                // Members read before the tag: now it is known which belong to this variant.
                for at in early..cx.early.len() {
                    let k = cx.early[at];
                    let n = cx.key_bytes(&k);
                    match (v.index_of)(&n) {
                        Some(i) if seen & (1 << i) != 0 => cx.report_duplicate(k),
                        Some(i) if !v.gates[i].allows_in(cx.version, cx.channel) => {
                            seen |= 1 << i;
                            cx.report_gated(k, v.gates[i]);
                        }
                        Some(i) => seen |= 1 << i,
                        None => {
                            keys.add(cx, k);
                            cx.report_unknown(k);
                        }
                    }
                }
                cx.early.truncate(early);
            }
            continue;
        }
        if let Some(v) = chosen {
            match (v.index_of)(&name) {
                Some(i) => {
                    cx.gate(key, v.gates[i]);
                    member(cx, key, &mut seen, i, v.checks[i])?
                }
                None => cx.unknown_field(key, &mut keys)?,
            }
            continue;
        }
        // The tag has not come yet: check the member as the first variant that declares it,
        // when every variant that declares it checks it alike. Otherwise (a form's `fields` are
        // not a filled form's) as the variant the tag will name, found by skimming ahead once;
        // failing that, as the first variant that declares it. Either way it is sorted out when
        // the tag arrives.
        let version = cx.version;
        let first_declaring = variants
            .iter()
            .enumerate()
            .filter(|(_, v)| v.gate.allows(version))
            .find_map(|(vi, v)| (v.index_of)(&name).map(|i| (vi, i)));
        let Some((vi, i)) = first_declaring else {
            cx.unknown_field(key, &mut keys)?;
            continue;
        };
        let mut check = variants[vi].checks[i];
        if differs(slots, variants, vi, i) {
            let ahead = *presumed.get_or_insert_with(|| {
                match peek_key(cx.cur.b, open, tag_key.as_bytes()) {
                    Peek::Str(value, _) => variants
                        .iter()
                        .find(|v| v.gate.allows(version) && *v.tag.as_bytes() == *value),
                    _ => None,
                }
            });
            if let Some(v) = ahead {
                if let Some(j) = (v.index_of)(&name) {
                    check = v.checks[j];
                }
            }
        }
        cx.early.push(key);
        cx.push_key(key);
        check(cx)?;
        cx.pop();
    }
    cx.early.truncate(early);
    keys.finish(cx);
    match chosen {
        Some(v) => {
            if !(v.waived)(cx, open) {
                missing(cx, open, seen, v);
            } else {
                missing_in_stub(cx, open, seen, v.fields);
            }
            (v.finish)(cx, open, seen);
        }
        None if !tag_seen => {
            cx.missing(open, tag_key, &messages::tag_hint(what));
        }
        None => {}
    }
    Ok(())
}

/// `#[check(one_of(a, b))]`: where both fields exist, an object without either misses `a`.
/// (`a` and `b` are indices into `T::FIELDS`.)
pub fn one_of<T: Record>(cx: &mut Cx, open: usize, seen: u64, a: usize, b: usize, hint: &str) {
    let (v, ch) = (cx.version, cx.channel);
    if T::GATES[a].allows_in(v, ch)
        && T::GATES[b].allows_in(v, ch)
        && seen & ((1u64 << a) | (1u64 << b)) == 0
        && !T::waived(cx, open)
    {
        cx.missing(open, T::FIELDS[a], hint);
    }
}

/// `#[check(required_unless_empty = "schedule")]` on field `i` (`name`): required when the
/// member `key` of the object at `open` is there and is not an empty array.
pub fn required_unless_empty(
    cx: &mut Cx,
    open: usize,
    seen: u64,
    i: usize,
    name: &str,
    key: &[u8],
) {
    if seen & (1 << i) != 0 {
        return;
    }
    let b = cx.cur.b;
    let filled = match peek_key(b, open, key) {
        Peek::Missing => false,
        Peek::Str(..) => true,
        Peek::Other(at) => {
            let rest = &b[at..];
            let inner = rest.strip_prefix(b"[").map(|r| r.trim_ascii_start());
            !matches!(inner, Some(r) if r.starts_with(b"]"))
        }
    };
    if filled {
        let hint = messages::required_with(std::str::from_utf8(key).unwrap_or(""));
        cx.missing(open, name, &hint);
    }
}

/// `#[check(stub_when = deleted)]`: the object (at `open`) is a stub, held to no requirement but
/// its identity, when its member `key` is `true` in a version that has the member.
pub fn stub_when(cx: &Cx, open: usize, gate: Gate, key: &[u8]) -> bool {
    gate.allows(cx.version)
        && matches!(peek_key(cx.cur.b, open, key), Peek::Other(at) if cx.cur.b[at..].starts_with(b"true"))
}

/// `#[check(same_as = "user.type")]` on `user_type`: the member `key` of the object at `open`,
/// when it is one of `names`, must say what `object.member` says; if they disagree, a receiver
/// branching on either would be misled.
pub fn same_as(cx: &mut Cx, open: usize, key: &str, object: &str, member: &str, names: &[&str]) {
    let b = cx.cur.b;
    let (Peek::Str(said, at), Peek::Other(object_at)) = (
        peek_key(b, open, key.as_bytes()),
        peek_key(b, open, object.as_bytes()),
    ) else {
        return;
    };
    let Peek::Str(is, _) = peek_key(b, object_at, member.as_bytes()) else {
        return;
    };
    if said == is || !names.iter().any(|n| n.as_bytes() == &*said) {
        return;
    }
    let (said, is) = (String::from_utf8_lossy(&said), String::from_utf8_lossy(&is));
    let msg = messages::not_same_as(key, &said, object, member, &is, &cx.here());
    cx.issue(
        Finding::error(IssueCode::InvalidValue, msg)
            .at(at)
            .child(key)
            .expected(messages::as_member_says(&is, object, member))
            .received(said.into_owned()),
    );
}

/// Read the tag's value (cursor at it): the variant it names, or `None` after reporting why not.
fn read_tag<'v>(
    cx: &mut Cx,
    tag_key: &str,
    what: &str,
    variants: &'v [Variant],
) -> Result<Option<&'v Variant>, super::cx::Stop> {
    let k = cx.peek()?;
    if k != Kind::String {
        cx.wrong_type(k, messages::A_STRING)?;
        return Ok(None);
    }
    let at = cx.cur.i;
    let s = cx.string()?;
    let value = cx.key_bytes(&s);
    let version = cx.version;
    let found = variants.iter().find(|v| *v.tag.as_bytes() == *value);
    if let Some(v) = found.filter(|v| v.gate.allows(version)) {
        return Ok(Some(v));
    }
    let shown = messages::preview_bytes(&value);
    let tags: Vec<&str> = variants
        .iter()
        .filter(|v| v.gate.allows(version))
        .map(|v| v.tag)
        .collect();
    let list = messages::list(&tags);
    let other_versions = found.map(|v| v.gate);
    let here = cx.here();
    let msg = messages::unknown_tag(what, tag_key, &shown, &here, version, &list, other_versions);
    cx.issue(
        Finding::error(IssueCode::InvalidValue, msg)
            .at(at)
            .expected(messages::one_of(&list))
            .received(shown),
    );
    Ok(None)
}

/// Test support: whether the masks `missing` reads agree with each field's own rule, in every
/// version and channel (the model's tests run it on its records).
#[cfg(test)]
pub fn needs_agree<T: Record>() {
    let t = Variant::of::<T>("", Gate::ALWAYS);
    let (always, sometimes) = (t.needs.always, t.needs.sometimes);
    assert_eq!(always & sometimes, 0);
    for (i, field) in T::FIELDS.iter().enumerate() {
        let rules: Vec<bool> = Channel::ALL
            .iter()
            .flat_map(|&ch| ApiVersion::ALL.map(|v| needed(T::REQUIRED[i], T::GATES[i], v, ch)))
            .collect();
        let bit = 1u64 << i;
        if always & bit != 0 {
            assert!(rules.iter().all(|&r| r), "{field}: not needed everywhere");
        } else if sometimes & bit != 0 {
            assert!(rules.iter().any(|&r| r), "{field}: needed nowhere");
            assert!(!rules.iter().all(|&r| r), "{field}: needed everywhere");
        } else {
            assert!(!rules.iter().any(|&r| r), "{field}: needed somewhere");
        }
    }
}

#[cfg(test)]
mod slot_tests {
    use super::*;
    use livechat_webhooks_derive::model;

    #[model]
    struct Filled {
        id: String,
        fields: Vec<String>,
    }

    #[model]
    struct Blank {
        id: String,
        fields: String,
        note: Option<String>,
    }

    #[test]
    fn a_name_checked_alike_everywhere_needs_no_skim_ahead() {
        let variants = [
            Variant::of::<Filled>("filled", Gate::ALWAYS),
            Variant::of::<Blank>("blank", Gate::ALWAYS),
        ];
        let slots = [Slot::NEW, Slot::NEW];
        let at = |v: usize, name: &str| (variants[v].index_of)(name.as_bytes()).unwrap();
        for _ in 0..2 {
            // Asked twice: the second answer comes from the slots.
            assert!(!differs(&slots, &variants, 0, at(0, "id")));
            assert!(!differs(&slots, &variants, 1, at(1, "id")));
            assert!(differs(&slots, &variants, 0, at(0, "fields")));
            assert!(differs(&slots, &variants, 1, at(1, "fields")));
            assert!(!differs(&slots, &variants, 1, at(1, "note")));
        }
        assert_ne!(slots[0].known.load(Relaxed), 0);
    }
}

#[cfg(test)]
mod tests {
    use crate::{validate, ApiVersion, Options, UnknownFields};

    /// The pointers of the issues, unknown members reported.
    fn pointers(body: &str, v: ApiVersion) -> Vec<String> {
        let opts = Options {
            unknown_fields: UnknownFields::Warn,
            ..Options::for_version(v)
        };
        let report = validate(body.as_bytes(), &opts);
        report.issues.into_iter().map(|i| i.pointer).collect()
    }

    /// A field's JSON name is serde's `rename`, read by `#[model]`: `bot_created`'s `kind` is
    /// the member `type`, known from API 3.6. (`payload!` once listed it as `kind`, so with
    /// `unknownFields: "warn"` a 3.6 `type` was an unknown member, and an earlier version's was
    /// not said to belong to 3.6.)
    #[test]
    fn a_renamed_field_is_known_by_its_json_name() {
        let body = |v: &str, envelope: &str| {
            format!(
                r#"{{"webhook_id":"w","secret_key":"s","action":"bot_created",{envelope}"payload":{{"id":"b","name":"n","type":"{v}"}}}}"#
            )
        };
        let org = r#""organization_id":"o","#;
        assert_eq!(
            pointers(&body("chatbot", org), ApiVersion::V3_6),
            Vec::<String>::new()
        );
        assert_eq!(
            pointers(&body("chatbot", org), ApiVersion::V3_5),
            ["/payload/type"]
        );
    }

    /// A member before the tag is checked as the variant the tag names: a form event's
    /// `fields` (definitions, with `required`) are not a filled form's (answers), whichever of
    /// `fields` and `type` comes first.
    #[test]
    fn members_before_the_tag_are_checked_as_its_variant() {
        let event = |type_first: bool| {
            let fields = r#""fields":[{"type":"name","id":"n1","label":"Name","required":true}]"#;
            let common = r#""id":"e1","created_at":"2020-01-01T00:00:00.000000Z","author_id":"a","recipients":"all","form_id":"f1""#;
            if type_first {
                format!(r#"{{"type":"form",{common},{fields}}}"#)
            } else {
                format!(r#"{{{fields},{common},"type":"form"}}"#)
            }
        };
        for type_first in [true, false] {
            let body = format!(
                r#"{{"webhook_id":"w","secret_key":"s","action":"incoming_event","license_id":1,"payload":{{"chat_id":"c","thread_id":"t","event":{}}}}}"#,
                event(type_first)
            );
            assert_eq!(
                pointers(&body, ApiVersion::V3_3),
                Vec::<String>::new(),
                "type first: {type_first}"
            );
        }
    }
}

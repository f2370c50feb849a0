//! Duplicate keys in objects whose keys are not fixed (maps, unknown members).
//!
//! This knows keys and the body, not the checking context: `cx.rs` gives the tracker its
//! context-taking methods (`KeyTracker::new(cx)`, `add(cx, key)`, `finish(cx)`).

use crate::json::scan::Str;
use std::collections::HashSet;

/// The keys of the objects being read whose keys are not fixed, innermost last, shared by
/// nested objects so that reading them allocates once.
#[derive(Default)]
pub struct KeyStack(Vec<Str>);

impl KeyStack {
    /// The stack emptied, its buffer kept for the next check.
    pub fn cleared(mut self) -> Self {
        self.0.clear();
        self
    }
}

/// Tracks the keys of one object whose keys are not all known in advance, to find duplicates.
/// Keys live on a [`KeyStack`]; big objects switch to a hash set so that a hostile body cannot
/// make this quadratic.
pub struct KeyTracker {
    base: usize,
    set: Option<HashSet<Vec<u8>>>,
}

const LINEAR_KEYS: usize = 24;

impl KeyTracker {
    /// A tracker for an object being entered, its keys above those already on `stack`.
    pub fn on(stack: &KeyStack) -> Self {
        KeyTracker {
            base: stack.0.len(),
            set: None,
        }
    }

    /// Note `k`, a key of `body`; true when the object already had it.
    pub fn insert(&mut self, body: &[u8], stack: &mut KeyStack, k: Str) -> bool {
        if let Some(set) = &mut self.set {
            return !set.insert(k.text(body).into_owned());
        }
        let name = k.text(body);
        let stack = &mut stack.0;
        let dup = stack[self.base..].iter().any(|o| {
            if !o.escaped && !k.escaped {
                *o.raw(body) == *name
            } else {
                *o.text(body) == *name
            }
        });
        stack.push(k);
        if stack.len() - self.base > LINEAR_KEYS {
            let set: HashSet<Vec<u8>> = stack[self.base..]
                .iter()
                .map(|o| o.text(body).into_owned())
                .collect();
            stack.truncate(self.base);
            self.set = Some(set);
        }
        dup
    }

    /// The object is read: its keys leave the stack.
    pub fn release(self, stack: &mut KeyStack) {
        stack.0.truncate(self.base);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::scan::Scanner;

    /// The duplicates among the keys of the object `body`, by their index.
    fn duplicates(body: &str) -> Vec<usize> {
        let b = body.as_bytes();
        let mut s = Scanner::new(b, 0, 8);
        let mut stack = KeyStack::default();
        let mut keys = KeyTracker::on(&stack);
        let mut dups = Vec::new();
        s.peek().unwrap();
        s.open().unwrap();
        let mut first = true;
        let mut n = 0;
        while let Some(k) = s.next_key(&mut first).unwrap() {
            if keys.insert(b, &mut stack, k) {
                dups.push(n);
            }
            s.skim_value().unwrap();
            n += 1;
        }
        keys.release(&mut stack);
        assert!(stack.0.is_empty());
        dups
    }

    #[test]
    fn finds_duplicates_written_alike_or_escaped() {
        assert_eq!(duplicates(r#"{"a":1,"b":2,"a":3}"#), [2]);
        assert_eq!(duplicates(r#"{"a":1,"\u0061":2}"#), [1]);
        assert_eq!(duplicates(r#"{"\u0061":1,"a":2}"#), [1]);
        assert!(duplicates(r#"{"a":1,"A":2,"a\u0000":3}"#).is_empty());
    }

    #[test]
    fn many_keys_go_through_a_set_and_still_find_duplicates() {
        let mut body = String::from("{");
        for n in 0..100 {
            body.push_str(&format!("\"k{n}\":0,"));
        }
        body.push_str(r#""k7":1,"k99":1,"k100":1}"#);
        assert_eq!(duplicates(&body), [100, 101]);
    }
}

//! Duplicate keys in objects whose keys are not fixed (maps, unknown members).

use super::cx::{Cx, Key};
use std::collections::HashSet;

/// Tracks the keys of one object whose keys are not all known in advance, to find duplicates.
/// Keys live on a stack shared by nested objects; big objects switch to a hash set so that a
/// hostile body cannot make this quadratic.
pub struct KeyTracker {
    base: usize,
    set: Option<HashSet<Vec<u8>>>,
}

const LINEAR_KEYS: usize = 24;

impl KeyTracker {
    pub fn new(cx: &Cx) -> Self {
        KeyTracker {
            base: cx.key_stack.len(),
            set: None,
        }
    }

    pub fn add(&mut self, cx: &mut Cx, k: Key) {
        let dup = if let Some(set) = &mut self.set {
            !set.insert(cx.key_bytes(&k).into_owned())
        } else {
            let name = cx.key_bytes(&k);
            let dup = cx.key_stack[self.base..].iter().any(|o| {
                if !o.escaped && !k.escaped {
                    cx.b[o.start..o.end] == *name
                } else {
                    *cx.key_bytes(o) == *name
                }
            });
            cx.key_stack.push(k);
            if cx.key_stack.len() - self.base > LINEAR_KEYS {
                let set: HashSet<Vec<u8>> = cx.key_stack[self.base..]
                    .iter()
                    .map(|o| cx.key_bytes(o).into_owned())
                    .collect();
                cx.key_stack.truncate(self.base);
                self.set = Some(set);
            }
            dup
        };
        if dup {
            cx.report_duplicate(k);
        }
    }

    pub fn finish(self, cx: &mut Cx) {
        cx.key_stack.truncate(self.base);
    }
}

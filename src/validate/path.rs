//! The path from the root to the value being read, kept as offsets into the body: a key
//! becomes text only when an issue needs its pointer.

use crate::issue::{pointer_of, PathSegment};
use crate::json::escape::unescape_to_string;
use crate::json::scan::Str;

#[derive(Clone, Copy)]
enum Seg {
    Key(Str),
    Index(u32),
}

pub struct Path {
    segs: Vec<Seg>,
}

impl Path {
    pub fn new() -> Self {
        Path {
            segs: Vec::with_capacity(16),
        }
    }

    #[inline]
    pub fn push_key(&mut self, k: Str) {
        self.segs.push(Seg::Key(k));
    }

    #[inline]
    pub fn push_index(&mut self, i: u32) {
        self.segs.push(Seg::Index(i));
    }

    #[inline]
    pub fn pop(&mut self) {
        self.segs.pop();
    }

    pub fn len(&self) -> usize {
        self.segs.len()
    }

    /// The first `n` segments (all, if there are fewer), keys decoded from `body`.
    pub fn segments(&self, body: &[u8], n: usize) -> Vec<PathSegment> {
        self.segs[..n.min(self.segs.len())]
            .iter()
            .map(|s| match *s {
                Seg::Key(k) => PathSegment::Key(unescape_to_string(k.raw(body))),
                Seg::Index(i) => PathSegment::Index(i),
            })
            .collect()
    }

    /// The first `n` segments as a phrase for messages: the pointer, or "the body".
    pub fn describe(&self, body: &[u8], n: usize) -> String {
        let p = pointer_of(&self.segments(body, n));
        if p.is_empty() {
            "the body".to_string()
        } else {
            format!("`{p}`")
        }
    }
}

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

    /// A path with no buffer (nothing allocated), to stand in for one handed on.
    pub(super) fn empty() -> Self {
        Path { segs: Vec::new() }
    }

    /// A path on the buffer of an earlier one (emptied), so that a check allocates nothing.
    pub(super) fn reuse(mut segs: Path) -> Self {
        segs.segs.clear();
        segs
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
        crate::messages::place(&pointer_of(&self.segments(body, n)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::scan::Scanner;

    #[test]
    fn keys_are_decoded_and_escaped_only_when_shown() {
        let body = br#"{"a\/b": {"x~y": 1}}"#;
        let mut s = Scanner::new(body, 0, 4);
        let mut path = Path::new();
        assert_eq!(path.describe(body, 0), "the body");
        s.open().unwrap();
        let outer = s.next_key(&mut true).unwrap().unwrap();
        path.push_key(outer);
        s.ws();
        s.open().unwrap();
        path.push_key(s.next_key(&mut true).unwrap().unwrap());
        path.push_index(7);
        assert_eq!(path.describe(body, 3), "`/a~1b/x~0y/7`");
        // A redacted pointer shows only the first segments.
        assert_eq!(path.describe(body, 1), "`/a~1b`");
        assert_eq!(
            path.segments(body, 9),
            [
                PathSegment::Key("a/b".into()),
                PathSegment::Key("x~y".into()),
                PathSegment::Index(7)
            ]
        );
        path.pop();
        assert_eq!(path.len(), 2);
    }
}

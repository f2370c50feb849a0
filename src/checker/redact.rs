//! Redaction: while `secret_key` is read, nothing of its value may reach an issue. Pointers stop
//! at `/secret_key` and messages show the kind of what is wrong, never its bytes.

#[derive(Default)]
pub struct Redaction {
    on: bool,
    /// Path segments kept in pointers while on.
    depth: usize,
}

impl Redaction {
    /// Redact from now on, keeping the first `depth` segments of pointers.
    pub fn start(&mut self, depth: usize) {
        self.on = true;
        self.depth = depth;
    }

    pub fn end(&mut self) {
        self.on = false;
    }

    #[inline]
    pub fn on(&self) -> bool {
        self.on
    }

    /// How many of `len` path segments a pointer may show.
    pub fn visible(&self, len: usize) -> usize {
        if self.on {
            self.depth.min(len)
        } else {
            len
        }
    }
}

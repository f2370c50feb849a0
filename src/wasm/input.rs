//! The one region of wasm memory that JavaScript writes bodies into, and the ASCII form of the
//! body it holds.
//!
//! wasm-bindgen's glue allocates and frees a buffer at every call and (for a string) encodes it
//! twice when it is not ASCII; measured on a 284-byte body, that and a copy of the caller's bytes
//! were most of a call's fixed cost. Here JavaScript asks once for a region at least as large as
//! the body (`inputRegion`), writes the bytes or `encodeInto`s the string straight into it, and
//! the checker reads it in place (`Checker::check_input`). The region is reused for every body
//! (wasm is single-threaded, and JavaScript does not write a body while one is being checked);
//! it only grows.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static ASCII: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// The address of a region of at least `len` bytes for the next body. It may move when `len`
/// exceeds every earlier one, so JavaScript writes there only after this call. Null when the
/// memory cannot grow that far (JavaScript reports the body as too large): the region is
/// reserved fallibly, since an allocation failure would abort the module.
#[wasm_bindgen(js_name = inputRegion)]
pub fn input_region(len: usize) -> *mut u8 {
    let mut b = INPUT.take();
    if b.len() < len {
        let more = len - b.len();
        if b.try_reserve(more).is_err() && b.try_reserve_exact(more).is_err() {
            INPUT.set(b);
            return core::ptr::null_mut();
        }
        b.resize(len, 0);
    }
    let at = b.as_mut_ptr();
    INPUT.set(b);
    at
}

/// Runs `f` on the first `len` bytes of the region (fewer if it is smaller: never past it).
/// The region is taken out while `f` runs, not borrowed: a trap inside `f` must not leave it
/// borrowed for good (the next body then simply gets a new region).
pub fn with_input<T>(len: usize, f: impl FnOnce(&[u8]) -> T) -> T {
    let b = INPUT.take();
    let r = f(&b[..len.min(b.len())]);
    INPUT.set(b);
    r
}

/// The ASCII form (`json::ascii`) of the first `len` bytes of the region, which the checker has
/// accepted, without the leading BOM the checker skips: its length, at `asciiAddress()`; 0 when
/// those bytes are that form already (ASCII, no BOM); nothing (`undefined` in JavaScript) when
/// the memory cannot hold the form, and JavaScript then decodes the UTF-8 itself. So a number
/// always means ASCII bytes, which JavaScript may read as Latin-1 (in Node faster than
/// decoding them as UTF-8). The form is at most three times the body (a 2-byte character becomes 6
/// bytes, a 4-byte one 12), reserved first, so writing it never allocates.
#[wasm_bindgen(js_name = asciiForm)]
pub fn ascii_form(len: usize) -> Option<usize> {
    let mut out = ASCII.take();
    out.clear();
    let n = if out.try_reserve(len.saturating_mul(3)).is_err() {
        None
    } else {
        with_input(len, |b| {
            if crate::json::ascii::escape_non_ascii(b, &mut out) {
                Some(out.len())
            } else if let Some(rest) = b.strip_prefix(crate::json::BOM) {
                // ASCII after a leading BOM, which JSON.parse must not see: the rest is the form.
                out.extend_from_slice(rest);
                Some(out.len())
            } else {
                Some(0)
            }
        })
    };
    ASCII.set(out);
    n
}

/// Where `asciiForm` wrote.
#[wasm_bindgen(js_name = asciiAddress)]
pub fn ascii_address() -> *const u8 {
    ASCII.with_borrow(|out| out.as_ptr())
}

/// The module's memory, for JavaScript to write bodies into and read the ASCII form from.
#[wasm_bindgen(js_name = wasmMemory)]
pub fn wasm_memory() -> JsValue {
    wasm_bindgen::memory()
}

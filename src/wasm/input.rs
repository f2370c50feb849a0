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
/// exceeds every earlier one, so JavaScript writes there only after this call.
#[wasm_bindgen(js_name = inputRegion)]
pub fn input_region(len: usize) -> *mut u8 {
    INPUT.with_borrow_mut(|b| {
        if b.len() < len {
            b.resize(len, 0);
        }
        b.as_mut_ptr()
    })
}

/// Runs `f` on the first `len` bytes of the region (fewer if it is smaller: never past it).
pub fn with_input<T>(len: usize, f: impl FnOnce(&[u8]) -> T) -> T {
    INPUT.with_borrow(|b| f(&b[..len.min(b.len())]))
}

/// The ASCII form (`json::ascii`) of the first `len` bytes of the region, which the checker has
/// accepted: its length, at `asciiAddress()`; or 0 when those bytes are ASCII already.
#[wasm_bindgen(js_name = asciiForm)]
pub fn ascii_form(len: usize) -> usize {
    ASCII.with_borrow_mut(|out| {
        out.clear();
        let escaped = with_input(len, |b| crate::json::ascii::escape_non_ascii(b, out));
        if escaped {
            out.len()
        } else {
            0
        }
    })
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

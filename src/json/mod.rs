//! Byte-level JSON that never builds a tree and never reports.
//!
//! `scan` is the one scanner every read of a body goes through (the checking pass and the
//! look-ahead), returning tokens and kinds of syntax error; `escape` decodes escapes and
//! surrogate pairs for it and for everyone else. The rest are the checks and measures the
//! validator needs on what the scanner read: numbers that survive a double, RFC 3339, decoded
//! lengths, and byte offsets to line and UTF-16 column; and `ascii`, the ASCII form of a checked
//! body that JavaScript turns into a string fastest.

pub mod ascii;
pub mod escape;
pub mod lookahead;
pub mod measure;
pub mod number;
pub mod position;
pub mod rfc3339;
pub mod scan;

/// The UTF-8 byte order mark some senders and editors put first; JavaScript's TextDecoder drops it.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

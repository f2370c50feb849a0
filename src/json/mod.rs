//! Byte-level JSON helpers that never build a tree.
//!
//! The validator walks the body once; these are the pieces it needs that do not report issues:
//! RFC 3339 checking, string unescaping for keys and tags, a fast structural skip used to look
//! ahead for discriminator keys, and UTF-8/UTF-16 position arithmetic.

pub mod lookahead;
pub mod measure;
pub mod number;
pub mod position;
pub mod rfc3339;
pub mod scan;
pub mod unescape;

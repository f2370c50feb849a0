//! Issues: what is wrong with a body, as data with stable codes.

use serde::{Deserialize, Serialize};

/// Declares `IssueCode` from one list: each code's Rust name, its wire name and when it is
/// given. The TypeScript union, `IssueCode::ALL` (read by the JS layer), `as_str` and the
/// README's table of codes (`tests/docs.rs`) all come from here. Each description starts with
/// the space every doc comment line starts with.
macro_rules! issue_codes {
    ($($code:ident = $wire:literal => $when:literal,)*) => {
        /// Stable machine-readable issue codes. Never renamed once released.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum IssueCode {
            $(#[doc = $when] #[serde(rename = $wire)] $code,)*
        }

        impl IssueCode {
            pub const ALL: [IssueCode; [$($wire),*].len()] = [$(IssueCode::$code),*];

            pub const fn as_str(self) -> &'static str {
                match self {
                    $(IssueCode::$code => $wire,)*
                }
            }

            /// When the code is given (Markdown).
            pub const fn when(self) -> &'static str {
                match self {
                    $(IssueCode::$code => $when.trim_ascii_start(),)*
                }
            }
        }
    };
}

issue_codes! {
    InvalidJson = "invalid_json"
        => " The body is not JSON (one issue at the byte where it broke; checking stops there), is empty, or has data after the object.",
    InvalidEncoding = "invalid_encoding"
        => " The bytes are not UTF-8 (checking stops there), or a string holds a lone surrogate escape such as `\\ud83d` (half an emoji: no character, not representable in UTF-8).",
    InvalidType = "invalid_type"
        => " A value of the wrong JSON type (a string where an integer goes; `null` for an optional field; `1.0` in an integer field).",
    MissingField = "missing_field"
        => " A required field is absent.",
    InvalidValue = "invalid_value"
        => " The right type but not an allowed value: an enum member (`recipients`, `user_type`, an event or user `type`, ...), an RFC 3339 timestamp.",
    NumberOutOfRange = "number_out_of_range"
        => " A number `JSON.parse` would change: an integer beyond ±(2^53−1), a number that overflows a double, or a number beyond 2^53 written with a fraction or an exponent that does not come back the same from `JSON.stringify` (`9007199254740993.0`; `1e23` is fine). Anywhere in the body, unknown fields included.",
    DuplicateKey = "duplicate_key"
        => " A key twice in one object: `JSON.parse` would keep only the last.",
    UnknownAction = "unknown_action"
        => " An `action` the version does not define (an error, or a warning with `unknownActions: \"accept\"`). An action of other versions gets a hint naming them, and this version's name for it (`incoming_chat_thread` is the 3.1 name of `incoming_chat`).",
    UnknownField = "unknown_field"
        => " A field the version does not define, with `unknownFields: \"warn\"` or `\"reject\"`; a field of other versions is named as such (`visit` belongs to API 3.6 and later). The envelope fields of other versions (`license_id` up to 3.4, `organization_id` from 3.4, `requester` on 3.6 configuration webhooks) give a warning even with `\"keep\"`, saying the webhook looks registered for another API version.",
    SecretMismatch = "secret_mismatch"
        => " `secretKey` was given and the body's `secret_key` matches none of it, is not a string, or is absent.",
    TooLarge = "too_large"
        => " The body is over `maxBytes`.",
    TooDeep = "too_deep"
        => " Nesting is over `maxDepth` (checking stops there).",
    ApiVersionMismatch = "api_version_mismatch"
        => " The body fails the configured `apiVersion`, its envelope or action points to another version, and that version accepts it: the first issue, naming the version(s) to configure.",
    AmbiguousApiVersion = "ambiguous_api_version"
        => " With `apiVersion: \"auto\"`, a warning: several versions accept the body (their webhooks of this kind look alike); it names them and the one it was read as.",
    NotAPush = "not_a_push"
        => " `decodePush` / `validatePush` got a frame that is no push: a response (`type: \"response\"`, an error frame included), a request (no `type`), or a webhook body; the only issue, naming what it is and the function that reads it.",
    NotAWebhook = "not_a_webhook"
        => " `decodeWebhook` / `validateWebhook` got an RTM push frame (`type: \"push\"`) or an app webhook (`event`, `applicationID`), or `decodeAppWebhook` a chat webhook or a push: the only issue, naming the function that reads it.",
}

impl std::fmt::Display for IssueCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether an issue makes the body invalid (`error`) or not (`warning`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

/// One step of a path into the body: an object key or an array index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum PathSegment {
    Key(String),
    Index(u32),
}

/// One problem found in a body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Issue {
    pub code: IssueCode,
    pub severity: Severity,
    /// What was expected, what was found and where, with a hint at the fix.
    pub message: String,
    /// RFC 6901 JSON Pointer into the body; `""` is the root.
    pub pointer: String,
    /// The same location as an array of keys and indexes.
    pub path: Vec<PathSegment>,
    /// 1-based line, when the body was text or bytes.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub line: Option<u32>,
    /// 1-based column in UTF-16 code units, when the body was text or bytes.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub expected: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub received: Option<String>,
}

impl Issue {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// RFC 6901 pointer of a path.
pub fn pointer_of(path: &[PathSegment]) -> String {
    let mut p = String::new();
    for s in path {
        p.push('/');
        match s {
            PathSegment::Key(k) => {
                for c in k.chars() {
                    match c {
                        '~' => p.push_str("~0"),
                        '/' => p.push_str("~1"),
                        c => p.push(c),
                    }
                }
            }
            PathSegment::Index(i) => p.push_str(&i.to_string()),
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_escape() {
        let p = vec![PathSegment::Key("a/b~c".into()), PathSegment::Index(3)];
        assert_eq!(pointer_of(&p), "/a~1b~0c/3");
        assert_eq!(pointer_of(&[]), "");
    }
}

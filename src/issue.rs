//! Issues: what is wrong with a body, as data with stable codes.

use serde::{Deserialize, Serialize};

/// Declares `IssueCode` from one list: each code's Rust name, its wire name and what it means.
/// The TypeScript union, `IssueCode::ALL` (read by the JS layer and the docs) and `as_str` all
/// come from here.
macro_rules! issue_codes {
    ($($(#[doc = $doc:literal])* $code:ident = $wire:literal,)*) => {
        /// Stable machine-readable issue codes. Never renamed once released.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum IssueCode {
            $($(#[doc = $doc])* #[serde(rename = $wire)] $code,)*
        }

        impl IssueCode {
            pub const ALL: [IssueCode; [$($wire),*].len()] = [$(IssueCode::$code),*];

            pub const fn as_str(self) -> &'static str {
                match self {
                    $(IssueCode::$code => $wire,)*
                }
            }
        }
    };
}

issue_codes! {
    /// The body is not JSON (or is empty, or has data after the webhook).
    InvalidJson = "invalid_json",
    /// The body is not UTF-8.
    InvalidEncoding = "invalid_encoding",
    /// A value of the wrong JSON type.
    InvalidType = "invalid_type",
    MissingField = "missing_field",
    /// A value of the right type that the model does not accept (an enum, a format, a length).
    InvalidValue = "invalid_value",
    /// A number JavaScript cannot hold exactly.
    NumberOutOfRange = "number_out_of_range",
    DuplicateKey = "duplicate_key",
    UnknownAction = "unknown_action",
    UnknownField = "unknown_field",
    SecretMismatch = "secret_mismatch",
    /// The body is over `maxBytes`.
    TooLarge = "too_large",
    /// The body nests deeper than `maxDepth`.
    TooDeep = "too_deep",
    /// The body fails the configured `apiVersion` but another version accepts it.
    ApiVersionMismatch = "api_version_mismatch",
    /// With `apiVersion: "auto"`, several versions accept the body (a warning).
    AmbiguousApiVersion = "ambiguous_api_version",
}

impl std::fmt::Display for IssueCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

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

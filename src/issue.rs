//! Issues: what is wrong with a body, as data with stable codes.

use serde::{Deserialize, Serialize};

/// Stable machine-readable issue codes. Never renamed once released.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum IssueCode {
    InvalidJson,
    InvalidEncoding,
    InvalidType,
    MissingField,
    InvalidValue,
    NumberOutOfRange,
    DuplicateKey,
    UnknownAction,
    UnknownField,
    SecretMismatch,
    TooLarge,
    TooDeep,
    /// The body fails the configured `apiVersion` but another version accepts it.
    ApiVersionMismatch,
    /// With `apiVersion: "auto"`, several versions accept the body (a warning).
    AmbiguousApiVersion,
}

impl IssueCode {
    pub const ALL: [IssueCode; 14] = [
        IssueCode::InvalidJson,
        IssueCode::InvalidEncoding,
        IssueCode::InvalidType,
        IssueCode::MissingField,
        IssueCode::InvalidValue,
        IssueCode::NumberOutOfRange,
        IssueCode::DuplicateKey,
        IssueCode::UnknownAction,
        IssueCode::UnknownField,
        IssueCode::SecretMismatch,
        IssueCode::TooLarge,
        IssueCode::TooDeep,
        IssueCode::ApiVersionMismatch,
        IssueCode::AmbiguousApiVersion,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            IssueCode::InvalidJson => "invalid_json",
            IssueCode::InvalidEncoding => "invalid_encoding",
            IssueCode::InvalidType => "invalid_type",
            IssueCode::MissingField => "missing_field",
            IssueCode::InvalidValue => "invalid_value",
            IssueCode::NumberOutOfRange => "number_out_of_range",
            IssueCode::DuplicateKey => "duplicate_key",
            IssueCode::UnknownAction => "unknown_action",
            IssueCode::UnknownField => "unknown_field",
            IssueCode::SecretMismatch => "secret_mismatch",
            IssueCode::TooLarge => "too_large",
            IssueCode::TooDeep => "too_deep",
            IssueCode::ApiVersionMismatch => "api_version_mismatch",
            IssueCode::AmbiguousApiVersion => "ambiguous_api_version",
        }
    }
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

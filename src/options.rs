//! Options shared by decode and validate.

use serde::{Deserialize, Serialize};

/// A LiveChat API version. The body does not say which one it follows: the version is the one
/// the webhook was registered with, so it is configuration.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum ApiVersion {
    /// The first version with webhooks of this shape (retired by LiveChat).
    #[serde(rename = "3.1")]
    V3_1,
    #[serde(rename = "3.2")]
    V3_2,
    #[serde(rename = "3.3")]
    V3_3,
    #[serde(rename = "3.4")]
    V3_4,
    #[serde(rename = "3.5")]
    V3_5,
    /// The latest stable version, and the default.
    #[default]
    #[serde(rename = "3.6")]
    V3_6,
}

impl ApiVersion {
    /// Every supported version, oldest first.
    pub const ALL: [ApiVersion; 6] = [
        ApiVersion::V3_1,
        ApiVersion::V3_2,
        ApiVersion::V3_3,
        ApiVersion::V3_4,
        ApiVersion::V3_5,
        ApiVersion::V3_6,
    ];
    pub const LATEST: ApiVersion = ApiVersion::V3_6;

    pub const fn as_str(self) -> &'static str {
        match self {
            ApiVersion::V3_1 => "3.1",
            ApiVersion::V3_2 => "3.2",
            ApiVersion::V3_3 => "3.3",
            ApiVersion::V3_4 => "3.4",
            ApiVersion::V3_5 => "3.5",
            ApiVersion::V3_6 => "3.6",
        }
    }

    /// `"3.1"` … `"3.6"`; `"3.7"` (a developer preview whose webhooks equal 3.6's) reads as 3.6.
    pub fn parse(s: &str) -> Option<ApiVersion> {
        if s == "3.7" {
            return Some(ApiVersion::V3_6);
        }
        ApiVersion::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

impl std::fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which version a body is read as: a fixed one, or whichever single version accepts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionChoice {
    Fixed(ApiVersion),
    /// Try every version; the body decodes when at least one accepts it (see `validate`).
    Auto,
}

impl Default for VersionChoice {
    fn default() -> Self {
        VersionChoice::Fixed(ApiVersion::LATEST)
    }
}

/// What to do with fields the model does not know.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum UnknownFields {
    /// Keep them in the value, say nothing.
    #[default]
    Keep,
    /// Keep them and report an `unknown_field` warning.
    Warn,
    /// Report an `unknown_field` error.
    Reject,
}

/// What to do with an `action` the model does not know.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum UnknownActions {
    #[default]
    Reject,
    /// Check the envelope only and keep the payload untyped.
    Accept,
}

/// Limits that protect the receiver from hostile bodies.
pub const DEFAULT_MAX_BYTES: usize = 1024 * 1024;
pub const DEFAULT_MAX_DEPTH: u32 = 64;

#[derive(Clone)]
pub struct Options {
    pub api_version: VersionChoice,
    /// Accepted secrets (several during rotation). Empty: the secret is not checked.
    pub secret_keys: Vec<String>,
    pub unknown_fields: UnknownFields,
    pub unknown_actions: UnknownActions,
    pub max_bytes: usize,
    pub max_depth: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            api_version: VersionChoice::default(),
            secret_keys: Vec::new(),
            unknown_fields: UnknownFields::Keep,
            unknown_actions: UnknownActions::Reject,
            max_bytes: DEFAULT_MAX_BYTES,
            max_depth: DEFAULT_MAX_DEPTH,
        }
    }
}

impl Options {
    /// Options for one fixed version, the rest default.
    pub fn for_version(v: ApiVersion) -> Options {
        Options {
            api_version: VersionChoice::Fixed(v),
            ..Options::default()
        }
    }
}

/// Written by hand so that `{:?}` of options (in a log, a panic message, a test failure) never
/// shows a secret: only how many there are.
impl std::fmt::Debug for Options {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Options")
            .field("api_version", &self.api_version)
            .field(
                "secret_keys",
                &format_args!("[{} redacted]", self.secret_keys.len()),
            )
            .field("unknown_fields", &self.unknown_fields)
            .field("unknown_actions", &self.unknown_actions)
            .field("max_bytes", &self.max_bytes)
            .field("max_depth", &self.max_depth)
            .finish()
    }
}

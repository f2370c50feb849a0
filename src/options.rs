//! Options shared by decode and validate.

use serde::{Deserialize, Serialize};

pub use crate::api::{ApiVersion, Channel};

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
    /// What the bodies are: chat webhooks (the default), RTM pushes of one API, app webhooks.
    pub channel: Channel,
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
            channel: Channel::Webhook,
        }
    }
}

impl Options {
    /// Options for pushes of `channel`'s API in one fixed version, the rest default.
    pub fn for_pushes(v: ApiVersion, channel: Channel) -> Options {
        Options {
            api_version: VersionChoice::Fixed(v),
            channel,
            ..Options::default()
        }
    }

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
            .field("channel", &self.channel)
            .finish()
    }
}

/// The options `WebhookOptions` declares; the JavaScript side reads this list
/// (`crate::facts::package_facts`) and `wasm::options` refuses any other.
pub const OPTION_NAMES: &[&str] = &[
    "apiVersion",
    "secretKey",
    "unknownFields",
    "unknownActions",
    "maxBytes",
    "maxDepth",
];

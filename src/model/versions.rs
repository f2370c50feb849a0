//! Every API version's webhooks as typed unions, read from the version table (`api/table.rs`,
//! which lists each version's actions, envelopes and payloads; HACKING.md sums up what each
//! version changed). Nested differences are version gates on the shared structures (`gate.rs`).

use super::config::*;
use super::envelope::*;
use super::payloads::*;
use crate::checker::check::Check;
use crate::checker::record::CheckFn;
use crate::options::ApiVersion;
use serde::{Deserialize, Serialize};

/// Reads the version table into one union of webhooks (adjacent on `action`) per version, the
/// validator's action tables, and `AnyWebhook`.
macro_rules! webhook_unions {
    ($(
        $v:ident $name:literal $status:ident $union:ident $doc:literal ($envelope:ident {
            $($action:literal => $variant:ident($payload:ty) in $own:ident $(was $($old:literal)|+)?),* $(,)?
        })
    )*) => {
        $(
            /// Every webhook of this API version, told apart by `action`.
            ///
            #[doc = $doc]
            #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
            #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
            #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
            #[serde(tag = "action")]
            #[allow(clippy::large_enum_variant)]
            pub enum $union {
                $(#[serde(rename = $action)] $variant($own<$payload>),)*
            }

            impl $union {
                pub const VERSION: ApiVersion = ApiVersion::$v;
                /// The check of each action's payload, in the order of the version's row
                /// (`ApiVersion::action_index`): the table names the actions, the model checks them.
                pub const PAYLOAD_CHECKS: &'static [CheckFn] = &[$(<$payload as Check>::check),*];

                pub fn action(&self) -> &'static str {
                    match self {
                        $($union::$variant(_) => $action,)*
                    }
                }
            }

            latest_alias!($status $union);
        )*

        /// The payload checks of `version`'s actions, in the order of its row.
        pub fn payload_checks(version: ApiVersion) -> &'static [CheckFn] {
            match version {
                $(ApiVersion::$v => $union::PAYLOAD_CHECKS,)*
            }
        }

        /// A decoded webhook: typed by its version when its action is known.
        #[derive(Clone, Debug, PartialEq, Serialize)]
        #[serde(untagged)]
        #[allow(clippy::large_enum_variant)]
        pub enum AnyWebhook {
            $($v($union),)*
            Unknown(UnknownWebhook),
        }

        impl AnyWebhook {
            /// Decode a body already validated for `version` (serde does the rest).
            pub fn from_slice(
                version: ApiVersion,
                known: bool,
                body: &[u8],
            ) -> Result<AnyWebhook, serde_json::Error> {
                if !known {
                    return serde_json::from_slice(body).map(AnyWebhook::Unknown);
                }
                Ok(match version {
                    $(ApiVersion::$v => AnyWebhook::$v(serde_json::from_slice(body)?),)*
                })
            }

            /// The `action`, whatever the version.
            pub fn action(&self) -> &str {
                match self {
                    $(AnyWebhook::$v(w) => w.action(),)*
                    AnyWebhook::Unknown(w) => &w.action,
                }
            }

            /// The version the webhook was decoded as (`None` for an unknown action).
            pub fn version(&self) -> Option<ApiVersion> {
                match self {
                    $(AnyWebhook::$v(_) => Some(ApiVersion::$v),)*
                    AnyWebhook::Unknown(_) => None,
                }
            }
        }
    };
}

/// The TypeScript of what the table says about versions as a whole, for the JS layer's types.
#[cfg(feature = "wasm")]
macro_rules! versions_ts {
    ($($v:ident $name:literal $status:ident $union:ident $doc:literal $rest:tt)*) => {
        #[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
        const VERSIONS_TS: &str = concat!(
            "\n/** Each version's union of webhooks, discriminated by `action`. */\n",
            "export interface WebhooksByVersion {\n",
            $("    \"", $name, "\": ", stringify!($union), ";\n",)*
            "}\n",
            $(latest_ts!($status $name $union),)*
            "\n/** The versions `apiVersion: \"auto\"` chooses from: every version but previews. */\n",
            "export type AutoApiVersion = never",
            $(auto_ts!($status $name),)*
            ";\n",
        );
    };
}

/// The TypeScript naming the latest stable version, from its row.
#[cfg(feature = "wasm")]
macro_rules! latest_ts {
    (Latest $name:literal $union:ident) => {
        concat!(
            "\n/** The latest stable API version: the default `apiVersion`. */\n",
            "export type LatestApiVersion = \"",
            $name,
            "\";\n",
            "\n/** A webhook of the latest stable version, the default `apiVersion`. */\n",
            "export type Webhook = ",
            stringify!($union),
            ";\n"
        )
    };
    ($status:ident $name:literal $union:ident) => {
        ""
    };
}

/// A version `"auto"` may choose, as a member of a TypeScript union (previews never are).
#[cfg(feature = "wasm")]
macro_rules! auto_ts {
    (Preview $name:literal) => {
        ""
    };
    ($status:ident $name:literal) => {
        concat!(" | \"", $name, "\"")
    };
}

#[cfg(feature = "wasm")]
api_table!(versions_ts);

/// `Webhook`: the union of the latest stable version.
macro_rules! latest_alias {
    (Latest $union:ident) => {
        /// The latest stable version's union.
        pub type Webhook = $union;
    };
    ($status:ident $union:ident) => {};
}

api_table!(webhook_unions);

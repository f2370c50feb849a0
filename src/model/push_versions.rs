//! Every API version's RTM pushes as typed unions, one per API, read from the push table
//! (`api/pushes.rs`), as `versions.rs` reads the version table.

use super::config::*;
use super::payloads::*;
use super::pushes::*;
use crate::api::Channel;
use crate::checker::check::Check;
use crate::checker::record::CheckFn;
use crate::options::ApiVersion;
use serde::{Deserialize, Serialize};
#[allow(unused_imports)]
use std::collections::BTreeMap;

macro_rules! push_unions {
    ($(
        $v:ident $agent_union:ident $customer_union:ident
        agent { $($a:literal => $av:ident($ap:ty)),* $(,)? }
        customer { $($c:literal => $cv:ident($cp:ty)),* $(,)? }
    )*) => {
        $(
            /// Every push of the Agent Chat API in this version, told apart by `action`.
            #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
            #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
            #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
            #[serde(tag = "action")]
            #[allow(clippy::large_enum_variant)]
            pub enum $agent_union {
                $(#[serde(rename = $a)] $av(PushFrame<$ap>),)*
            }

            /// Every push of the Customer Chat API in this version, told apart by `action`.
            #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
            #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
            #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
            #[serde(tag = "action")]
            #[allow(clippy::large_enum_variant)]
            pub enum $customer_union {
                $(#[serde(rename = $c)] $cv(PushFrame<$cp>),)*
            }

            impl $agent_union {
                pub const VERSION: ApiVersion = ApiVersion::$v;
                /// The check of each push's payload, in the order of the table's row.
                pub const PAYLOAD_CHECKS: &'static [CheckFn] = &[$(<$ap as Check>::check),*];
            }

            impl $customer_union {
                pub const VERSION: ApiVersion = ApiVersion::$v;
                pub const PAYLOAD_CHECKS: &'static [CheckFn] = &[$(<$cp as Check>::check),*];
            }
        )*

        /// The payload checks of `version`'s pushes in the API of `channel`, in the order of
        /// its row of the push table (`api::pushes::push_rows`).
        pub fn push_payload_checks(version: ApiVersion, channel: Channel) -> &'static [CheckFn] {
            match (version, channel) {
                $(
                    (ApiVersion::$v, Channel::AgentPush) => $agent_union::PAYLOAD_CHECKS,
                    (ApiVersion::$v, Channel::CustomerPush) => $customer_union::PAYLOAD_CHECKS,
                )*
                _ => &[],
            }
        }

        /// A decoded push, typed by its API and version.
        #[derive(Clone, Debug, PartialEq, Serialize)]
        #[serde(untagged)]
        #[allow(clippy::large_enum_variant)]
        pub enum AnyPush {
            $($agent_union($agent_union), $customer_union($customer_union),)*
        }

        impl AnyPush {
            /// Decode a frame already validated as a push of `channel`'s API in `version`.
            pub fn from_slice(
                version: ApiVersion,
                channel: Channel,
                body: &[u8],
            ) -> Option<Result<AnyPush, serde_json::Error>> {
                Some(match (version, channel) {
                    $(
                        (ApiVersion::$v, Channel::AgentPush) =>
                            serde_json::from_slice(body).map(AnyPush::$agent_union),
                        (ApiVersion::$v, Channel::CustomerPush) =>
                            serde_json::from_slice(body).map(AnyPush::$customer_union),
                    )*
                    _ => return None,
                })
            }
        }
    };
}

push_table!(push_unions);

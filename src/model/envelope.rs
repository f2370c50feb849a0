//! What every webhook carries around its payload, per API version.
//!
//! The rules are data in `api/envelope.rs` (`EnvelopeKind`, which the validator applies); these
//! structs, of the same names, give the TypeScript and the Rust decode.

use super::common::{Access, JsonObject, Properties};
use livechat_webhooks_derive::model;
use serde::{Deserialize, Serialize};

/// Extras requested at registration (`additional_data` of `register_webhook`).
#[model]
pub struct AdditionalData {
    pub chat_properties: Option<Properties>,
    /// API 3.3 and later: the users present in the chat.
    #[check(since = "3.3")]
    pub chat_presence_user_ids: Option<Vec<String>>,
    /// API 3.1, for `incoming_event` and `chat_user_added`.
    #[check(until = "3.1")]
    pub access: Option<Access>,
    /// API 3.1, for `chat_user_added`.
    #[check(until = "3.1")]
    pub thread_id: Option<String>,
}

/// Who made a configuration change (API 3.6). LiveChat does not say whether all three are
/// always there, so none is required.
#[model]
pub struct Requester {
    pub user_id: Option<String>,
    pub account_id: Option<String>,
    pub client_id: Option<String>,
}

/// The envelope rules of one action in one version.
macro_rules! envelope {
    ($(#[$meta:meta])* $name:ident, { $($(#[$fmeta:meta])* $field:ident : $fty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub struct $name<P> {
            /// Id of the webhook registration (not of this delivery).
            pub webhook_id: String,
            /// The secret chosen at registration, echoed back: compare it with yours.
            pub secret_key: String,
            $($(#[$fmeta])* pub $field: $fty,)*
            pub payload: P,
            /// Absent from some documented samples.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub additional_data: Option<AdditionalData>,
            /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
            /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
            #[cfg_attr(not(feature = "wasm"), serde(flatten))]
            #[cfg_attr(feature = "wasm", serde(skip))]
            pub extra: JsonObject,
        }

        /// `{:?}` of a webhook (in a log, a panic, a test failure) never shows its secret.
        impl<P: std::fmt::Debug> std::fmt::Debug for $name<P> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(stringify!($name))
                    .field("webhook_id", &self.webhook_id)
                    .field("secret_key", &"<redacted>")
                    $(.field(stringify!($field), &self.$field))*
                    .field("payload", &self.payload)
                    .field("additional_data", &self.additional_data)
                    .field("extra", &self.extra)
                    .finish()
            }
        }
    };
}

envelope!(
    /// The envelope of API 3.1 webhooks.
    EnvelopeV3_1, {
        /// Sent by some 3.1-era deliveries (documented from API 3.2 on).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        license_id: Option<i64>,
    }
);

envelope!(
    /// The envelope of API 3.2 and 3.3 webhooks.
    EnvelopeV3_2, {
        license_id: i64,
    }
);

envelope!(
    /// The envelope of API 3.4 webhooks: `organization_id` since the release, `license_id` in
    /// the preview.
    EnvelopeV3_4, {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        organization_id: Option<String>,
        /// Preview-era 3.4 deliveries.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        license_id: Option<i64>,
    }
);

envelope!(
    /// The envelope of API 3.5+ webhooks (3.6: of chat webhooks).
    Envelope, {
        /// Not a UUID in LiveChat's own samples: any string.
        organization_id: String,
    }
);

envelope!(
    /// The envelope of API 3.6 configuration webhooks (agents, bots, groups, tags, auto access).
    ConfigEnvelope, {
        organization_id: String,
        /// Who made the change.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        requester: Option<Requester>,
    }
);

/// A webhook whose `action` the chosen version does not know, accepted with
/// `unknownActions: "accept"`: the envelope is checked, the payload kept as sent.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UnknownWebhook {
    pub webhook_id: String,
    pub secret_key: String,
    pub action: String,
    #[cfg_attr(feature = "wasm", tsify(type = "unknown"))]
    pub payload: serde_json::Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Record<string, unknown>"))]
    pub additional_data: Option<JsonObject>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Record<string, unknown>"))]
    pub requester: Option<JsonObject>,
    /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
    /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}

/// `{:?}` never shows the secret.
impl std::fmt::Debug for UnknownWebhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UnknownWebhook")
            .field("webhook_id", &self.webhook_id)
            .field("secret_key", &"<redacted>")
            .field("action", &self.action)
            .field("payload", &self.payload)
            .field("additional_data", &self.additional_data)
            .field("license_id", &self.license_id)
            .field("organization_id", &self.organization_id)
            .field("requester", &self.requester)
            .field("extra", &self.extra)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use crate::{decode, ApiVersion, Options};

    #[test]
    fn debug_of_a_decoded_webhook_hides_the_secret() {
        let body = br#"{"webhook_id":"w","secret_key":"s3cr3t-Xy","action":"thread_tagged","organization_id":"o","payload":{"chat_id":"c","thread_id":"t","tag":"x"}}"#;
        let d = decode(body, &Options::for_version(ApiVersion::V3_6)).unwrap();
        let shown = format!("{:?} {:#?}", d, d.webhook);
        assert!(
            !shown.contains("s3cr3t-Xy") && shown.contains("<redacted>"),
            "{shown}"
        );
        let body = br#"{"webhook_id":"w","secret_key":"s3cr3t-Xy","action":"new_thing","organization_id":"o","payload":{}}"#;
        let opts = Options {
            unknown_actions: crate::UnknownActions::Accept,
            ..Options::for_version(ApiVersion::V3_6)
        };
        let shown = format!("{:?}", decode(body, &opts).unwrap());
        assert!(!shown.contains("s3cr3t-Xy"), "{shown}");
    }
}

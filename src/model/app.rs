//! App webhooks (Developer Console): the envelope and the payload of each event, from the App
//! Webhooks guide (`livechat-app-webhooks.md` §2–§3). Names are camelCase with `ID`, as sent.

use super::common::{JsonObject, Timestamp};
use crate::checker::check::Check;
use crate::checker::record::CheckFn;
use livechat_webhooks_derive::model;
use serde::{Deserialize, Serialize};

/// `application_installed`, `application_uninstalled`: the app's id (the envelope's again).
#[model]
pub struct ApplicationPayload {
    #[serde(rename = "applicationID")]
    pub application_id: String,
}

/// `payment_trialstarted`, `payment_cancelled`: the payment (a Billing API charge id).
#[model]
pub struct PaymentIdPayload {
    #[serde(rename = "paymentID")]
    pub payment_id: String,
}

/// `payment_activated`: a payment process started.
#[model]
pub struct PaymentActivatedPayload {
    #[serde(rename = "paymentID")]
    pub payment_id: String,
    pub quantity: Option<i64>,
}

/// `payment_collected`: a payment was collected; `total` in cents, presumably (not stated).
#[model]
pub struct PaymentCollectedPayload {
    #[serde(rename = "paymentID")]
    pub payment_id: String,
    pub total: Option<i64>,
}

/// The envelope of every app webhook. No secret and no signature: a receiver can only compare
/// `clientID` and `applicationID` with its own app's (see the README).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AppEnvelope<P> {
    #[serde(rename = "applicationID")]
    pub application_id: String,
    #[serde(rename = "applicationName")]
    pub application_name: String,
    #[serde(rename = "clientID")]
    pub client_id: String,
    /// RFC 3339 with the sender's offset and second precision in the samples.
    pub date: Timestamp,
    #[serde(rename = "licenseID")]
    pub license_id: i64,
    /// In the guide since March 2024: older deliveries may lack it.
    #[serde(
        rename = "organizationID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub organization_id: Option<String>,
    /// The account that did it; in the guide since March 2024.
    #[serde(rename = "userID", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub user_id: Option<String>,
    pub payload: P,
    /// Members the model does not know, kept as sent.
    #[cfg_attr(not(feature = "wasm"), serde(flatten))]
    #[cfg_attr(feature = "wasm", serde(skip))]
    pub extra: JsonObject,
}

macro_rules! app_union {
    ($($event:literal => $variant:ident($payload:ty),)*) => {
        /// An app webhook, told apart by `event`.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(tag = "event")]
        pub enum AppWebhook {
            $(#[serde(rename = $event)] $variant(AppEnvelope<$payload>),)*
        }

        /// The check of each event's payload, in the order of `api::app::APP_EVENTS`.
        pub const APP_PAYLOAD_CHECKS: &[CheckFn] = &[$(<$payload as Check>::check),*];
    };
}

app_table!(app_union);

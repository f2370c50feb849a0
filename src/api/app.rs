//! The app webhooks of the Developer Console (`livechat-app-webhooks.md`): one table of events,
//! read by each reader's macro as the other tables are. They have no API version, no `action`
//! and no secret: an envelope of their own (camelCase, `event`, `payload`) around one of six
//! payloads.

/// Calls `$reader! { events }`: each event's name, variant and payload type.
macro_rules! app_table {
    ($reader:ident) => {
        $reader! {
            "application_installed" => ApplicationInstalled(ApplicationPayload),
            "application_uninstalled" => ApplicationUninstalled(ApplicationPayload),
            "payment_trialstarted" => PaymentTrialStarted(PaymentIdPayload),
            "payment_activated" => PaymentActivated(PaymentActivatedPayload),
            "payment_collected" => PaymentCollected(PaymentCollectedPayload),
            "payment_cancelled" => PaymentCancelled(PaymentIdPayload),
        }
    };
}

macro_rules! app_names {
    ($($event:literal => $variant:ident($payload:ty),)*) => {
        /// The app webhook events, in the order of the App Webhooks guide.
        pub const APP_EVENTS: &[&str] = &[$($event),*];
    };
}

app_table!(app_names);

/// Where `event` stands in `APP_EVENTS`.
pub fn app_event_index(event: &[u8]) -> Option<usize> {
    APP_EVENTS.iter().position(|e| e.as_bytes() == event)
}

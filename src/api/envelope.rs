//! What each envelope carries around its payload, as data.
//!
//! | envelope | `license_id` (integer) | `organization_id` (string) | `requester` |
//! |---|---|---|---|
//! | `EnvelopeV3_1` (3.1) | optional | — | — |
//! | `EnvelopeV3_2` (3.2–3.3) | required | — | — |
//! | `EnvelopeV3_4` (3.4) | the preview's (either this or `organization_id`) | released 3.4 | — |
//! | `Envelope` (3.5–) | — | required | — |
//! | `ConfigEnvelope` (3.6 configuration webhooks) | — | required | optional |
//!
//! The table (`table.rs`) says which envelope each version and action carries; the validator
//! applies these rules; `model/envelope.rs` has the structs of the same names.

/// The envelopes, named as the model's structs are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnvelopeKind {
    EnvelopeV3_1,
    EnvelopeV3_2,
    EnvelopeV3_4,
    Envelope,
    ConfigEnvelope,
}

/// Whether an envelope member must, may or must not be there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    Absent,
    Optional,
    Required,
}

/// The members in which envelopes differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Member {
    LicenseId,
    OrganizationId,
    Requester,
}

impl Member {
    pub const ALL: [Member; 3] = [Member::LicenseId, Member::OrganizationId, Member::Requester];

    pub const fn name(self) -> &'static str {
        match self {
            Member::LicenseId => "license_id",
            Member::OrganizationId => "organization_id",
            Member::Requester => "requester",
        }
    }

    pub fn from_name(name: &[u8]) -> Option<Member> {
        Member::ALL
            .into_iter()
            .find(|m| m.name().as_bytes() == name)
    }
}

impl EnvelopeKind {
    pub const fn presence(self, member: Member) -> Presence {
        use EnvelopeKind::*;
        use Presence::*;
        match (self, member) {
            (EnvelopeV3_1, Member::LicenseId) => Optional,
            (EnvelopeV3_2, Member::LicenseId) => Required,
            (EnvelopeV3_4, Member::LicenseId | Member::OrganizationId) => Optional,
            (Envelope | ConfigEnvelope, Member::OrganizationId) => Required,
            (ConfigEnvelope, Member::Requester) => Optional,
            _ => Absent,
        }
    }

    /// What the envelope carries beyond `webhook_id`, `secret_key`, `action`, `payload` and
    /// `additional_data` (Markdown, for docs).
    pub const fn doc(self) -> &'static str {
        match self {
            EnvelopeKind::EnvelopeV3_1 => "`license_id` (integer) optional",
            EnvelopeKind::EnvelopeV3_2 => "`license_id` (integer)",
            EnvelopeKind::EnvelopeV3_4 => {
                "`organization_id` (string); the 3.4 preview's `license_id` is accepted too"
            }
            EnvelopeKind::Envelope => "`organization_id` (string)",
            EnvelopeKind::ConfigEnvelope => "`requester` too on configuration webhooks",
        }
    }

    pub const fn takes(self, member: Member) -> bool {
        !matches!(self.presence(member), Presence::Absent)
    }

    /// The envelope needs `organization_id` or `license_id`, either will do (the 3.4 preview
    /// sent `license_id` where the release sends `organization_id`).
    pub const fn needs_either_id(self) -> bool {
        matches!(self, EnvelopeKind::EnvelopeV3_4)
    }

    /// Whether a root with these members could be this envelope.
    pub fn fits(self, has: impl Fn(Member) -> bool) -> bool {
        let ids = [Member::LicenseId, Member::OrganizationId];
        let each = ids.into_iter().all(|m| match self.presence(m) {
            Presence::Absent => !has(m),
            Presence::Required => has(m),
            Presence::Optional => true,
        });
        each && (!self.needs_either_id() || ids.into_iter().any(&has))
    }
}

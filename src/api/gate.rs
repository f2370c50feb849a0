//! Version gates: in which API versions a field (or a union variant, or an enum value) exists,
//! and in which it is required.
//!
//! Structures that did not change shape between versions are one Rust type; what a later
//! version added or dropped is a gate on the member (`#[check(since = "3.6")]` on `visit`), so a
//! structure's history reads next to its fields. The validator treats a member outside its gate
//! as unknown (the `unknownFields` option decides how loudly), with a hint naming the versions
//! that have it; its value is still checked as its type, since the typed model holds it.

use super::ApiVersion;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gate {
    since: ApiVersion,
    until: ApiVersion,
    /// Required in `req_since..=req_until` (on top of what the field's type says); an empty
    /// range when `req_since > req_until`.
    req_since: ApiVersion,
    req_until: ApiVersion,
    /// The channels (`Channel::bit`) in which the member exists in every version and is never
    /// required by its gate: where LiveChat's pushes differ from its webhooks (`livechat-rtm-pushes.md` §3).
    open: u8,
    /// From this version on (index into `ApiVersion::ALL`; `u8::MAX`: never) the member is
    /// accepted with a warning: another spelling is the expected one.
    warn: u8,
}

/// What LiveChat sent a body through: a webhook, or a push of the Agent or the Customer Chat API
/// over the RTM websocket. The model's types are shared; a few members differ by channel (a gate
/// `open_in` / `only_in` says where).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Channel {
    #[default]
    Webhook,
    AgentPush,
    CustomerPush,
    /// An app webhook of the Developer Console (no API version; its own envelope).
    AppWebhook,
}

impl Channel {
    /// Every channel.
    pub const ALL: [Channel; 4] = [
        Channel::Webhook,
        Channel::AgentPush,
        Channel::CustomerPush,
        Channel::AppWebhook,
    ];

    pub const fn bit(self) -> u8 {
        match self {
            Channel::Webhook => 1,
            Channel::AgentPush => 2,
            Channel::CustomerPush => 4,
            Channel::AppWebhook => 8,
        }
    }

    /// The bits of a channel's name in `#[check(open_in = "..")]`: `agent`, `customer`, `push`.
    pub const AGENT: u8 = 2;
    pub const CUSTOMER: u8 = 4;
    pub const PUSH: u8 = 6;
}

impl Gate {
    pub const ALWAYS: Gate = between(ApiVersion::FIRST, ApiVersion::NEWEST);
    /// In no version.
    pub const NEVER: Gate = between(ApiVersion::NEWEST, ApiVersion::FIRST);

    pub const fn allows(self, v: ApiVersion) -> bool {
        self.since as u8 <= v as u8 && v as u8 <= self.until as u8
    }

    /// Exists in `v` when read from channel `ch`.
    #[inline]
    pub const fn allows_in(self, v: ApiVersion, ch: Channel) -> bool {
        self.open & ch.bit() != 0 || self.allows(v)
    }

    /// Required in `v` by the gate when read from channel `ch`.
    #[inline]
    pub const fn requires_in(self, v: ApiVersion, ch: Channel) -> bool {
        self.open & ch.bit() == 0 && self.requires(v)
    }

    /// Accepted in `v`, with a warning that another spelling is expected.
    #[inline]
    pub const fn warns(self, v: ApiVersion) -> bool {
        self.warn as usize <= v as usize && self.allows(v)
    }

    /// Exists (optional) in every version of these channels (`Channel::AGENT`, ...).
    pub const fn open_in(self, channels: u8) -> Gate {
        Gate {
            open: self.open | channels,
            ..self
        }
    }

    /// From `v` on, accepted with a warning (the member's other spelling is expected).
    pub const fn warn_since(self, v: ApiVersion) -> Gate {
        Gate {
            warn: v as u8,
            ..self
        }
    }

    /// The channels in which the gate opens the member whatever the version.
    pub const fn open_channels(self) -> u8 {
        self.open
    }

    /// Required in `v` by the gate (a field whose type is not `Option` is required anyway).
    pub const fn requires(self, v: ApiVersion) -> bool {
        self.allows(v) && self.req_since as u8 <= v as u8 && v as u8 <= self.req_until as u8
    }

    /// Required wherever it exists.
    pub const fn required(self) -> Gate {
        Gate {
            req_since: self.since,
            req_until: self.until,
            ..self
        }
    }

    /// Required from `v` on (optional before).
    pub const fn required_since(self, v: ApiVersion) -> Gate {
        Gate {
            req_since: v,
            req_until: self.until,
            ..self
        }
    }

    /// Required up to `v` (optional after).
    pub const fn required_until(self, v: ApiVersion) -> Gate {
        Gate {
            req_since: self.since,
            req_until: v,
            ..self
        }
    }

    /// The versions this gate leaves out, as a gate: what an untagged union's `otherwise`
    /// variant is when the one other variant is chosen by version. A gate from the first
    /// version or up to the newest leaves out one range; one in the middle leaves two, which no
    /// gate holds (a compile error where the model asks for it).
    pub const fn outside(self) -> Gate {
        let (s, u) = (self.since as usize, self.until as usize);
        let all = ApiVersion::ALL;
        if s > u {
            Gate::ALWAYS
        } else if s == 0 && u == all.len() - 1 {
            Gate::NEVER
        } else if s == 0 {
            between(all[u + 1], ApiVersion::NEWEST)
        } else if u == all.len() - 1 {
            between(ApiVersion::FIRST, all[s - 1])
        } else {
            panic!("a gate in the middle of the versions leaves out two ranges")
        }
    }

    /// The first and the last version the member exists in (`messages::versions_of` in the crate says
    /// it in words).
    pub const fn range(self) -> (ApiVersion, ApiVersion) {
        (self.since, self.until)
    }
}

/// Exists from `v` on.
pub const fn since(v: ApiVersion) -> Gate {
    between(v, ApiVersion::NEWEST)
}

/// Exists up to `v`.
pub const fn until(v: ApiVersion) -> Gate {
    between(ApiVersion::FIRST, v)
}

/// Exists from `a` to `b`, both included.
pub const fn between(a: ApiVersion, b: ApiVersion) -> Gate {
    Gate {
        since: a,
        until: b,
        req_since: ApiVersion::NEWEST,
        req_until: ApiVersion::FIRST,
        open: 0,
        warn: u8::MAX,
    }
}

/// Exists in every version (optional unless the type says otherwise); for `required_*` chains.
pub const fn always() -> Gate {
    Gate::ALWAYS
}

#[cfg(test)]
mod tests {
    use super::*;
    use ApiVersion::*;

    #[test]
    fn ranges_and_requirements() {
        let g = since(V3_4).required();
        assert!(!g.allows(V3_3) && g.allows(V3_4) && g.allows(V3_6));
        assert!(g.requires(V3_5) && !g.requires(V3_3));
        let h = always().required_until(V3_1);
        assert!(h.requires(V3_1) && !h.requires(V3_2) && h.allows(V3_6));
        assert!(!Gate::ALWAYS.requires(V3_1) && !Gate::ALWAYS.requires(V3_6));
    }

    #[test]
    fn outside_a_gate() {
        assert_eq!(since(V3_5).outside(), until(V3_4));
        assert_eq!(until(V3_3).outside(), since(V3_4));
        assert_eq!(Gate::ALWAYS.outside(), Gate::NEVER);
        assert_eq!(Gate::NEVER.outside(), Gate::ALWAYS);
    }
}

//! The table's rows as data: `ApiVersion`, and each version's actions, envelopes and renames.

use super::envelope::{EnvelopeKind, Member};
use super::gate::{between, Gate};
use serde::{Deserialize, Serialize};

/// Where a version stands with LiveChat.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// No longer served by LiveChat; its webhooks may still sit in archives.
    Retired,
    Stable,
    /// The newest stable version: the default `apiVersion`.
    Latest,
    /// A developer preview: decoded when asked for by name, never guessed by `"auto"`.
    Preview,
}

/// One action of one version, as the table states it.
#[derive(Clone, Copy, Debug)]
pub struct ActionRow {
    pub name: &'static str,
    /// The Rust type of its payload, for docs and messages.
    pub payload: &'static str,
    pub envelope: EnvelopeKind,
    /// The names this action replaced in the version that renamed it.
    pub was: &'static [&'static str],
}

/// One version, as the table states it.
#[derive(Clone, Copy, Debug)]
pub struct VersionRow {
    pub version: ApiVersion,
    pub status: Status,
    /// What the version changed, in a sentence or two.
    pub summary: &'static str,
    /// The envelope of its webhooks (of an unknown action, too).
    pub envelope: EnvelopeKind,
    /// In the order of the version's reference page.
    pub actions: &'static [ActionRow],
}

/// Reads the table (`api_table!`) into `ApiVersion` and `VERSIONS`.
macro_rules! version_data {
    ($(
        $v:ident $name:literal $status:ident $union:ident $doc:literal ($envelope:ident {
            $($action:literal => $variant:ident($payload:ty) in $own:ident $(was $($old:literal)|+)?),* $(,)?
        })
    )*) => {
        /// A LiveChat API version. The body does not say which one it follows: the version is the one
        /// the webhook was registered with, so it is configuration.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        pub enum ApiVersion {
            $(#[doc = concat!("API ", $name, " (", stringify!($status), ").")]
            #[serde(rename = $name)]
            $v,)*
        }

        impl ApiVersion {
            /// Every version, oldest first.
            pub const ALL: [ApiVersion; [$($name),*].len()] = [$(ApiVersion::$v),*];

            pub const fn as_str(self) -> &'static str {
                match self {
                    $(ApiVersion::$v => $name,)*
                }
            }
        }

        /// Every version's row, oldest first (`VERSIONS[v as usize]` is `v`'s).
        pub const VERSIONS: &[VersionRow] = &[$(VersionRow {
            version: ApiVersion::$v,
            status: Status::$status,
            summary: $doc.trim_ascii_start(),
            envelope: EnvelopeKind::$envelope,
            actions: &[$(ActionRow {
                name: $action,
                payload: stringify!($payload),
                envelope: EnvelopeKind::$own,
                was: &[$($($old),+)?],
            }),*],
        }),*];
    };
}

api_table!(version_data);

impl ApiVersion {
    pub const FIRST: ApiVersion = ApiVersion::ALL[0];
    /// The newest row of the table, previews included: where version gates end.
    pub const NEWEST: ApiVersion = ApiVersion::ALL[ApiVersion::ALL.len() - 1];
    /// The newest stable version: the default.
    pub const LATEST: ApiVersion = latest();

    pub const fn row(self) -> &'static VersionRow {
        &VERSIONS[self as usize]
    }

    pub const fn status(self) -> Status {
        self.row().status
    }

    /// The names of this version's actions, in the order of its reference page.
    pub fn action_names(self) -> impl Iterator<Item = &'static str> {
        self.row().actions.iter().map(|a| a.name)
    }

    /// This version's row for `action`, if it has that action.
    pub fn action(self, action: &[u8]) -> Option<&'static ActionRow> {
        self.action_index(action).map(|i| &self.row().actions[i])
    }

    /// Where `action` stands in this version's row (the model's per-action tables follow it).
    pub fn action_index(self, action: &[u8]) -> Option<usize> {
        self.row()
            .actions
            .iter()
            .position(|a| a.name.as_bytes() == action)
    }

    /// `"3.1"` … as the table names them.
    pub fn parse(s: &str) -> Option<ApiVersion> {
        ApiVersion::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

const fn latest() -> ApiVersion {
    let mut i = 0;
    while i < VERSIONS.len() {
        if matches!(VERSIONS[i].status, Status::Latest) {
            return VERSIONS[i].version;
        }
        i += 1;
    }
    panic!("the version table has no row of status Latest")
}

impl Default for ApiVersion {
    fn default() -> Self {
        ApiVersion::LATEST
    }
}

impl std::fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Member {
    /// The versions in which some webhook carries this member. A `const fn`, so that readers
    /// name it as a constant and no body pays for the walk over the table.
    pub const fn gate(self) -> Gate {
        let (mut first, mut last) = (None, None);
        let mut v = 0;
        while v < VERSIONS.len() {
            let row = &VERSIONS[v];
            let mut carried = row.envelope.takes(self);
            let mut a = 0;
            while !carried && a < row.actions.len() {
                carried = row.actions[a].envelope.takes(self);
                a += 1;
            }
            if carried {
                if first.is_none() {
                    first = Some(row.version);
                }
                last = Some(row.version);
            }
            v += 1;
        }
        match (first, last) {
            (Some(a), Some(b)) => between(a, b),
            _ => Gate::NEVER,
        }
    }
}

/// Every rename the table records, as (old name, new name), oldest version first.
pub fn renames() -> impl Iterator<Item = (&'static str, &'static str)> {
    VERSIONS
        .iter()
        .flat_map(|row| row.actions.iter())
        .flat_map(|a| a.was.iter().map(move |old| (*old, a.name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_in_order_and_named_once() {
        for (i, row) in VERSIONS.iter().enumerate() {
            assert_eq!(row.version as usize, i, "row {i} is out of order");
            let mut names: Vec<_> = row.version.action_names().collect();
            let n = names.len();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), n, "{} lists an action twice", row.version);
        }
        assert!(ApiVersion::FIRST < ApiVersion::LATEST && ApiVersion::LATEST <= ApiVersion::NEWEST);
    }

    #[test]
    fn envelope_members_exist_where_the_rows_carry_them() {
        use ApiVersion::*;
        assert_eq!(Member::LicenseId.gate(), between(V3_1, V3_4));
        assert_eq!(
            Member::OrganizationId.gate(),
            between(V3_4, ApiVersion::NEWEST)
        );
        assert_eq!(Member::Requester.gate(), between(V3_6, ApiVersion::NEWEST));
    }

    #[test]
    fn a_rename_names_an_action_of_an_earlier_version() {
        for (old, new) in renames() {
            let renamed_in = ApiVersion::ALL
                .into_iter()
                .find(|v| {
                    v.action(new.as_bytes())
                        .is_some_and(|a| a.was.contains(&old))
                })
                .unwrap();
            assert!(
                ApiVersion::ALL
                    .into_iter()
                    .any(|v| v < renamed_in && v.action(old.as_bytes()).is_some()),
                "{new} (API {renamed_in}) was {old}, which no earlier version has"
            );
        }
    }
}

//! Newtype ids, so the compiler knows which id is which. Each wraps a v4 UUID
//! that stays stable when records travel between firms in bundles.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::Error;

/// A record id: shown as text, stored under its 16 key bytes.
pub trait RecordId: Copy + fmt::Display {
    fn key(&self) -> [u8; 16];
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh random id.
            #[allow(clippy::new_without_default)]
            pub fn new() -> Self {
                Self(Uuid::new_v4())
            }

            /// The key under which the record is stored.
            pub fn key(&self) -> [u8; 16] {
                *self.0.as_bytes()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl RecordId for $name {
            fn key(&self) -> [u8; 16] {
                *self.0.as_bytes()
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self, Error> {
                Uuid::parse_str(s.trim())
                    .map(Self)
                    .map_err(|_| Error::InvalidId(s.to_owned()))
            }
        }
    };
}

id_type!(
    /// An organization: this workspace's own, or a partner's.
    OrgId
);
id_type!(
    /// A person of the workspace's own organization.
    PersonId
);
id_type!(
    /// A contributor: a person or organization who takes part in challenges.
    ContributorId
);
id_type!(
    /// A challenge (an open question posed to contributors).
    ChallengeId
);
id_type!(
    /// An agreement template, with its published versions.
    AgreementId
);
id_type!(
    /// A record that a contributor accepted one agreement version.
    AcceptanceId
);

id_type!(
    /// An idea (a contribution to a challenge).
    IdeaId
);
id_type!(
    /// A reviewer's scores of one idea.
    ReviewId
);
id_type!(
    /// A comment on an idea.
    CommentId
);

id_type!(
    /// A sub-problem (work package) of a challenge.
    SubProblemId
);
id_type!(
    /// A question on a challenge.
    QuestionId
);
id_type!(
    /// A dispute raised on a challenge.
    DisputeId
);
id_type!(
    /// A promised incentive owed to one contributor.
    ObligationId
);

/// The stable id of a row inside a record (a criterion, an incentive, a risk,
/// a decision), so reviews, obligations and bundles can point at it. Kept
/// when the row is edited; a row sent without one (`null`, missing) is new
/// and gets a fresh id when the record is saved.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct RowId(pub Uuid);

impl RowId {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        Self(Uuid::new_v4())
    }

    /// A row not saved yet.
    pub fn is_new(&self) -> bool {
        self.0.is_nil()
    }
}

impl<'de> Deserialize<'de> for RowId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Self(Option::<Uuid>::deserialize(d)?.unwrap_or_default()))
    }
}

impl fmt::Display for RowId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// Gives every new row (and every row whose id repeats an earlier one) a
/// fresh id, keeping the ids of rows that already have one.
pub fn assign_row_ids<'a>(rows: impl IntoIterator<Item = &'a mut RowId>) {
    let mut seen = std::collections::HashSet::new();
    for id in rows {
        if id.is_new() || !seen.insert(*id) {
            *id = RowId::new();
            seen.insert(*id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text_and_reject_garbage() {
        let id = ChallengeId::new();
        let parsed: ChallengeId = id.to_string().parse().unwrap();
        assert_eq!(id, parsed);
        let err = "not-an-id".parse::<ChallengeId>().unwrap_err();
        assert_eq!(err.kind(), "invalid_id");
    }
}

//! What every stored record carries so that exchange between firms can work
//! later: a stable id (on the record itself), created/updated times, a
//! revision number and its origin.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::OrgId;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordMeta {
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Starts at 1, incremented on every change.
    pub revision: u64,
    /// The organization that created the record.
    pub origin: OrgId,
    pub archived: bool,
}

impl RecordMeta {
    pub fn new(origin: OrgId, now: DateTime<Utc>) -> Self {
        Self {
            created_at: now,
            updated_at: now,
            revision: 1,
            origin,
            archived: false,
        }
    }

    /// Marks one more change.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.updated_at = now;
        self.revision += 1;
    }
}

/// The kinds of record the activity log and errors talk about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    Workspace,
    Contributor,
    Challenge,
    Agreement,
    Acceptance,
}

impl RecordKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Workspace => "workspace",
            RecordKind::Contributor => "contributor",
            RecordKind::Challenge => "challenge",
            RecordKind::Agreement => "agreement",
            RecordKind::Acceptance => "acceptance",
        }
    }
}

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

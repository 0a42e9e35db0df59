//! What every stored record carries so that exchange between firms can work
//! later: a stable id (on the record itself), created/updated times, a
//! revision number and its origin.

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

crate::named_enum! {
    /// The kinds of record the activity log, indexes and errors talk about.
    pub enum RecordKind {
        Workspace = "workspace",
        Contributor = "contributor",
        Challenge = "challenge",
        Agreement = "agreement",
        Acceptance = "acceptance",
        Idea = "idea",
        Review = "review",
        Comment = "comment",
        SubProblem = "sub_problem",
        Question = "question",
        Dispute = "dispute",
        Obligation = "obligation",
        /// A bundle sent or received (log entries only).
        Bundle = "bundle",
        /// A partner's pinned signing key.
        Key = "key",
        /// A signed receipt for one of our ideas.
        Receipt = "receipt",
    }
}

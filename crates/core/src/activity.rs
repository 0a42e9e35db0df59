//! The activity log: an append-only, hash-chained record of every change.
//!
//! Entry `n` stores the SHA-256 of entry `n-1` (`prev_sha256`) and its own
//! hash over all its fields, so changing, removing or reordering any stored
//! entry breaks the chain at that point; [`verify_chain`] finds the first
//! broken link.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::record::RecordKind;

/// The hash before the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Created,
    Updated,
    StatusChanged,
    Archived,
    Restored,
    Published,
    Accepted,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    pub seq: u64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: Action,
    pub record_kind: RecordKind,
    pub record_id: String,
    /// A human summary ("Opened", "Published version 2", …).
    pub summary: String,
    /// SHA-256 of the record's new stored state.
    pub state_sha256: String,
    pub prev_sha256: String,
    pub sha256: String,
}

/// The fields an entry's hash covers, in a fixed order.
#[derive(Serialize)]
struct Hashed<'a> {
    seq: u64,
    at: &'a DateTime<Utc>,
    actor: &'a str,
    action: Action,
    record_kind: RecordKind,
    record_id: &'a str,
    summary: &'a str,
    state_sha256: &'a str,
    prev_sha256: &'a str,
}

impl LogEntry {
    /// The hash this entry should carry, computed from its other fields.
    pub fn compute_hash(&self) -> String {
        let hashed = Hashed {
            seq: self.seq,
            at: &self.at,
            actor: &self.actor,
            action: self.action,
            record_kind: self.record_kind,
            record_id: &self.record_id,
            summary: &self.summary,
            state_sha256: &self.state_sha256,
            prev_sha256: &self.prev_sha256,
        };
        // Serializing a struct of plain fields cannot fail.
        let bytes = serde_json::to_vec(&hashed).unwrap_or_default();
        hex::encode(Sha256::digest(&bytes))
    }
}

/// What a change tells the log (the store fills in seq, hashes and time).
#[derive(Clone, Debug)]
pub struct LogDraft {
    pub action: Action,
    pub record_kind: RecordKind,
    pub record_id: String,
    pub summary: String,
}

/// Result of walking the chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Verification {
    /// Every link holds.
    Intact { entries: u64, head: String },
    /// The first broken link: `seq` is the first entry that does not verify.
    Broken { seq: u64, reason: String },
}

impl Verification {
    pub fn is_intact(&self) -> bool {
        matches!(self, Verification::Intact { .. })
    }
}

/// Walks entries in order. `head` is the (count, hash) the store recorded as
/// the chain's end, which catches entries removed from the tail.
pub fn verify_chain(
    entries: impl IntoIterator<Item = crate::Result<(u64, LogEntry)>>,
    head: Option<(u64, String)>,
) -> Verification {
    let mut expected_seq = 0u64;
    let mut prev = GENESIS.to_owned();
    for item in entries {
        let (key_seq, entry) = match item {
            Ok(pair) => pair,
            Err(e) => {
                return Verification::Broken {
                    seq: expected_seq,
                    reason: format!("entry cannot be read: {e}"),
                }
            }
        };
        if key_seq != expected_seq || entry.seq != expected_seq {
            return Verification::Broken {
                seq: expected_seq,
                reason: format!(
                    "expected entry {expected_seq}, found entry {} (stored as {key_seq}): an entry is missing or out of order",
                    entry.seq
                ),
            };
        }
        if entry.prev_sha256 != prev {
            return Verification::Broken {
                seq: expected_seq,
                reason: "its link to the previous entry does not match".into(),
            };
        }
        if entry.compute_hash() != entry.sha256 {
            return Verification::Broken {
                seq: expected_seq,
                reason: "its content does not match its hash (it was altered)".into(),
            };
        }
        prev = entry.sha256;
        expected_seq += 1;
    }
    match head {
        Some((count, hash)) if count != expected_seq || hash != prev => Verification::Broken {
            seq: expected_seq.min(count),
            reason: format!(
                "the log ends at entry {expected_seq} but the workspace recorded {count} entries: entries were removed"
            ),
        },
        _ => Verification::Intact {
            entries: expected_seq,
            head: prev,
        },
    }
}

//! The activity log: an append-only, hash-chained record of every change.
//!
//! Entries are data, not prose: an action code (`challenge.status_changed`),
//! the actor as a person id with their organization, the record's kind and
//! id, and a small structured `detail` (`{"from": "draft", "to": "open"}`).
//! The shells render them in the user's language.
//!
//! Entry `n` stores the SHA-256 of entry `n-1` (`prev_sha256`) and its own
//! hash, so changing, removing or reordering any stored entry breaks the
//! chain at that point; [`verify_chain`] finds the first broken link. Entries
//! written before schema 2 ([`LegacyEntry`], with an English `summary`) stay
//! stored exactly as written and keep verifying with their original hash.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::ids::{OrgId, PersonId};
use crate::record::RecordKind;

/// The hash before the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The format of entries this build writes.
pub const ENTRY_FORMAT: u32 = 2;

crate::named_enum! {
    /// What happened to a record; the action code is `{record_kind}.{verb}`.
    pub enum Verb {
        Created = "created",
        Updated = "updated",
        StatusChanged = "status_changed",
        Archived = "archived",
        Restored = "restored",
        Published = "published",
        Accepted = "accepted",
        Merged = "merged",
        MergedInto = "merged_into",
        Moved = "moved",
        Claimed = "claimed",
        Answered = "answered",
        Resolved = "resolved",
        Imported = "imported",
        Exported = "exported",
        Trusted = "trusted",
        Revoked = "revoked",
        /// An import kept the local record and set the incoming one aside.
        Conflict = "conflict",
    }
}

/// An action code such as `challenge.status_changed`.
pub fn action_code(kind: RecordKind, verb: Verb) -> String {
    format!("{kind}.{verb}")
}

/// One entry as the shells see it (and, with `legacy` absent, as schema 2
/// stores it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    /// Entry format: 2 for structured entries.
    pub v: u32,
    pub seq: u64,
    pub at: DateTime<Utc>,
    /// `{record_kind}.{verb}`, e.g. `challenge.status_changed`.
    pub action: String,
    /// The person who made the change (`None` for legacy entries).
    pub actor: Option<PersonId>,
    /// Their organization.
    pub org: Option<OrgId>,
    pub record_kind: RecordKind,
    pub record_id: String,
    /// Structured facts about the change: `label` (the record's title or name
    /// at that moment), `from`/`to`, `version`, `fields` changed, …
    #[serde(default)]
    pub detail: Map<String, Value>,
    /// SHA-256 of the record's new stored state.
    pub state_sha256: String,
    pub prev_sha256: String,
    pub sha256: String,
    /// For entries written before schema 2: their recorded actor name and
    /// English summary, shown as they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legacy: Option<LegacyText>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegacyText {
    pub actor: String,
    pub summary: String,
}

/// An entry as schema 1 wrote it. Never rewritten: its hash covers exactly
/// these fields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegacyEntry {
    pub seq: u64,
    pub at: DateTime<Utc>,
    pub actor: String,
    /// `created`, `updated`, `status_changed`, …
    pub action: String,
    pub record_kind: RecordKind,
    pub record_id: String,
    pub summary: String,
    pub state_sha256: String,
    pub prev_sha256: String,
    pub sha256: String,
}

#[derive(Serialize)]
struct LegacyHashed<'a> {
    seq: u64,
    at: &'a DateTime<Utc>,
    actor: &'a str,
    action: &'a str,
    record_kind: RecordKind,
    record_id: &'a str,
    summary: &'a str,
    state_sha256: &'a str,
    prev_sha256: &'a str,
}

impl LegacyEntry {
    pub fn compute_hash(&self) -> String {
        let hashed = LegacyHashed {
            seq: self.seq,
            at: &self.at,
            actor: &self.actor,
            action: &self.action,
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

/// An entry as stored: which format it was written in decides how its hash
/// is computed. A schema-2 entry is kept as the raw JSON it was stored as,
/// so verification hashes exactly what is on disk.
#[derive(Clone, Debug)]
pub enum StoredEntry {
    V2(Value),
    V1(LegacyEntry),
}

impl StoredEntry {
    /// Reads stored bytes of either format.
    pub fn parse(bytes: &[u8]) -> crate::Result<Self> {
        let raw: Value = serde_json::from_slice(bytes)?;
        if raw.get("v").is_some() {
            Ok(StoredEntry::V2(raw))
        } else {
            Ok(StoredEntry::V1(serde_json::from_value(raw)?))
        }
    }

    pub fn seq(&self) -> u64 {
        match self {
            StoredEntry::V2(raw) => raw.get("seq").and_then(Value::as_u64).unwrap_or(u64::MAX),
            StoredEntry::V1(e) => e.seq,
        }
    }

    pub fn prev_sha256(&self) -> &str {
        match self {
            StoredEntry::V2(raw) => raw.get("prev_sha256").and_then(Value::as_str).unwrap_or(""),
            StoredEntry::V1(e) => &e.prev_sha256,
        }
    }

    pub fn sha256(&self) -> &str {
        match self {
            StoredEntry::V2(raw) => raw.get("sha256").and_then(Value::as_str).unwrap_or(""),
            StoredEntry::V1(e) => &e.sha256,
        }
    }

    /// The hash the entry should carry, from everything stored but the hash:
    /// a schema-2 entry hashes its whole stored object (so an added key
    /// breaks it too), a legacy entry its original fields.
    pub fn compute_hash(&self) -> String {
        match self {
            StoredEntry::V2(raw) => hash_value(raw),
            StoredEntry::V1(e) => e.compute_hash(),
        }
    }

    /// The entry as the shells show it.
    pub fn into_entry(self) -> crate::Result<LogEntry> {
        Ok(match self {
            StoredEntry::V2(raw) => serde_json::from_value(raw)?,
            StoredEntry::V1(e) => LogEntry {
                v: 1,
                seq: e.seq,
                at: e.at,
                action: format!("{}.{}", e.record_kind, e.action),
                actor: None,
                org: None,
                record_kind: e.record_kind,
                record_id: e.record_id,
                detail: Map::new(),
                state_sha256: e.state_sha256,
                prev_sha256: e.prev_sha256,
                sha256: e.sha256,
                legacy: Some(LegacyText {
                    actor: e.actor,
                    summary: e.summary,
                }),
            },
        })
    }
}

/// SHA-256 of a JSON object in canonical form (keys sorted at every level,
/// no whitespace), leaving out its `sha256` key.
pub fn hash_value(value: &Value) -> String {
    let mut bytes = Vec::new();
    match value {
        Value::Object(map) => {
            let mut without = map.clone();
            without.remove("sha256");
            canonical(&Value::Object(without), &mut bytes);
        }
        other => canonical(other, &mut bytes),
    }
    hex::encode(Sha256::digest(&bytes))
}

fn canonical(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push(b'{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                out.extend(Value::String(k.clone()).to_string().into_bytes());
                out.push(b':');
                if let Some(v) = map.get(k) {
                    canonical(v, out);
                }
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                canonical(v, out);
            }
            out.push(b']');
        }
        other => out.extend(other.to_string().into_bytes()),
    }
}

/// What a change tells the log (the store fills in seq, hashes, actor, time).
#[derive(Clone, Debug)]
pub struct LogDraft {
    pub record_kind: RecordKind,
    pub verb: Verb,
    pub record_id: String,
    pub detail: Map<String, Value>,
}

impl LogDraft {
    pub fn new(record_kind: RecordKind, verb: Verb, record_id: impl ToString) -> Self {
        Self {
            record_kind,
            verb,
            record_id: record_id.to_string(),
            detail: Map::new(),
        }
    }

    /// Adds one structured fact.
    pub fn with(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.detail.insert(key.to_owned(), value.into());
        self
    }
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
    entries: impl IntoIterator<Item = crate::Result<(u64, StoredEntry)>>,
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
        if key_seq != expected_seq || entry.seq() != expected_seq {
            return Verification::Broken {
                seq: expected_seq,
                reason: format!(
                    "expected entry {expected_seq}, found entry {} (stored as {key_seq}): an entry is missing or out of order",
                    entry.seq()
                ),
            };
        }
        if entry.prev_sha256() != prev {
            return Verification::Broken {
                seq: expected_seq,
                reason: "its link to the previous entry does not match".into(),
            };
        }
        if entry.compute_hash() != entry.sha256() {
            return Verification::Broken {
                seq: expected_seq,
                reason: "its content does not match its hash (it was altered)".into(),
            };
        }
        prev = entry.sha256().to_owned();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_hash_ignores_key_order_but_not_content() {
        let a: Value =
            serde_json::from_str(r#"{"b":1,"a":{"y":[1,2],"x":"é"},"sha256":"zz"}"#).unwrap();
        let b: Value = serde_json::from_str(r#"{"a":{"x":"é","y":[1,2]},"b":1}"#).unwrap();
        assert_eq!(hash_value(&a), hash_value(&b));
        let c: Value =
            serde_json::from_str(r#"{"a":{"x":"é","y":[1,2]},"b":1,"extra":0}"#).unwrap();
        assert_ne!(hash_value(&b), hash_value(&c));
    }

    #[test]
    fn action_codes_are_dotted() {
        assert_eq!(
            action_code(RecordKind::Challenge, Verb::StatusChanged),
            "challenge.status_changed"
        );
    }
}

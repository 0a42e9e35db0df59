//! The sled store. One database per workspace directory, one tree per record
//! kind, plus `meta` (schema version, workspace, identity, log head) and `log`.
//!
//! Every change is one sled transaction over all trees — the records it writes
//! and their activity-log entries together — followed by a flush, so a call
//! that returned `Ok` is on disk. Read-modify-write sequences are serialized by
//! a mutex so concurrent commands cannot lose updates.

mod agreements;
mod challenges;
mod contributors;
mod schema;
mod workspace;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sled::transaction::{ConflictableTransactionError, TransactionalTree};
use sled::Transactional;

use crate::activity::{verify_chain, Action, LogDraft, LogEntry, Verification, GENESIS};
use crate::record::{RecordKind, RecordMeta};
use crate::workspace::Workspace;
use crate::{Error, Result};

pub use schema::{stored_version, Migration, SCHEMA_VERSION};

/// The sled database's folder inside the workspace directory.
const DB_DIR: &str = "db";
const META: &str = "meta";
const LOG: &str = "log";
const LOG_HEAD: &str = "log_head";

/// Indexes of the trees inside a transaction.
#[derive(Clone, Copy)]
pub(crate) enum T {
    Meta = 0,
    Log = 1,
    Contributors = 2,
    Challenges = 3,
    Agreements = 4,
    Acceptances = 5,
}

pub struct Store {
    path: PathBuf,
    db: sled::Db,
    trees: Vec<sled::Tree>,
    write: Mutex<()>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

/// One record write inside a commit.
pub(crate) struct Put {
    pub tree: T,
    pub key: Vec<u8>,
    pub value: Vec<u8>,
    pub log: LogDraft,
}

impl Put {
    pub fn new<R: Serialize>(tree: T, key: [u8; 16], record: &R, log: LogDraft) -> Result<Self> {
        Ok(Self {
            tree,
            key: key.to_vec(),
            value: serde_json::to_vec(record)?,
            log,
        })
    }
}

/// A record kind with its own tree: what the generic reads and writes need.
pub(crate) trait Stored: Serialize + DeserializeOwned {
    const TREE: T;
    const KIND: RecordKind;
    fn key(&self) -> [u8; 16];
    fn id_string(&self) -> String;
    fn meta(&self) -> &RecordMeta;
    fn meta_mut(&mut self) -> &mut RecordMeta;
    /// How the activity log names it (“Title”, or a contributor's name).
    fn label(&self) -> String;
}

macro_rules! stored {
    ($ty:ty, $tree:expr, $kind:expr, |$r:ident| $label:expr) => {
        impl $crate::store::Stored for $ty {
            const TREE: $crate::store::T = $tree;
            const KIND: $crate::record::RecordKind = $kind;
            fn key(&self) -> [u8; 16] {
                self.id.key()
            }
            fn id_string(&self) -> String {
                self.id.to_string()
            }
            fn meta(&self) -> &$crate::record::RecordMeta {
                &self.meta
            }
            fn meta_mut(&mut self) -> &mut $crate::record::RecordMeta {
                &mut self.meta
            }
            fn label(&self) -> String {
                let $r = self;
                $label
            }
        }
    };
}
pub(crate) use stored;

impl Store {
    /// Opens (creating if needed) the workspace stored in `dir`, running any
    /// pending schema migrations.
    pub fn open(dir: impl AsRef<Path>) -> Result<Self> {
        Self::open_with(dir.as_ref(), SCHEMA_VERSION, schema::MIGRATIONS)
    }

    pub(crate) fn open_with(dir: &Path, target: u32, migrations: &[Migration]) -> Result<Self> {
        std::fs::create_dir_all(dir)?;
        let db_path = dir.join(DB_DIR);
        let db = sled::Config::new().path(&db_path).open().map_err(|e| {
            let text = e.to_string();
            if text.contains("lock") || text.contains("Resource temporarily unavailable") {
                Error::Locked {
                    path: dir.display().to_string(),
                }
            } else {
                Error::from(e)
            }
        })?;
        let names = [
            META,
            LOG,
            "contributors",
            "challenges",
            "agreements",
            "acceptances",
        ];
        let trees = names
            .iter()
            .map(|n| db.open_tree(n))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let store = Self {
            path: dir.to_owned(),
            db,
            trees,
            write: Mutex::new(()),
        };
        schema::migrate(&store, target, migrations)?;
        Ok(store)
    }

    /// Opens a workspace that already exists; a directory without one is
    /// [`Error::NotInitialized`] and nothing is created in it.
    pub fn open_existing(dir: impl AsRef<Path>) -> Result<Self> {
        if !dir.as_ref().join(DB_DIR).exists() {
            return Err(Error::NotInitialized);
        }
        let store = Self::open(dir)?;
        store.require_workspace()?;
        Ok(store)
    }

    /// The directory this workspace lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn tree(&self, t: T) -> &sled::Tree {
        &self.trees[t as usize]
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, ()> {
        // A poisoned lock only means another thread panicked mid-call; the
        // data is protected by sled transactions, so carry on.
        self.write.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn meta_get<V: DeserializeOwned>(&self, key: &str) -> Result<Option<V>> {
        self.tree(T::Meta)
            .get(key)?
            .map(|b| serde_json::from_slice(&b).map_err(Error::from))
            .transpose()
    }

    /// One record by key, or [`Error::NotFound`] naming `id`.
    pub(crate) fn get<R: Stored>(&self, key: [u8; 16], id: impl ToString) -> Result<R> {
        match self.tree(R::TREE).get(key)? {
            Some(bytes) => Ok(serde_json::from_slice(&bytes)?),
            None => Err(Error::not_found(R::KIND, id)),
        }
    }

    /// Every record of one kind, in key order.
    pub(crate) fn all<R: Stored>(&self) -> Result<Vec<R>> {
        self.tree(R::TREE)
            .iter()
            .values()
            .map(|v| Ok(serde_json::from_slice(&v?)?))
            .collect()
    }

    /// The workspace, or [`Error::NotInitialized`].
    pub fn require_workspace(&self) -> Result<Workspace> {
        self.workspace()?.ok_or(Error::NotInitialized)
    }

    /// Writes one record and its log entry (the common case of [`Self::commit`]).
    pub(crate) fn save<R: Stored>(
        &self,
        actor: &str,
        now: DateTime<Utc>,
        record: &R,
        action: Action,
        summary: String,
    ) -> Result<()> {
        let log = LogDraft {
            action,
            record_kind: R::KIND,
            record_id: record.id_string(),
            summary,
        };
        let put = Put::new(R::TREE, record.key(), record, log)?;
        self.commit(actor, now, vec![put], vec![])?;
        Ok(())
    }

    /// Archives or restores a record loaded under the write lock (callers make
    /// their own checks first). Setting the state it already has is a no-op.
    pub(crate) fn set_archived<R: Stored>(
        &self,
        actor: &str,
        mut record: R,
        archived: bool,
        now: DateTime<Utc>,
    ) -> Result<R> {
        if record.meta().archived == archived {
            return Ok(record);
        }
        record.meta_mut().archived = archived;
        record.meta_mut().touch(now);
        let (action, verb) = if archived {
            (Action::Archived, "Archived")
        } else {
            (Action::Restored, "Restored")
        };
        let summary = format!("{verb} {} {}", R::KIND, record.label());
        self.save(actor, now, &record, action, summary)?;
        Ok(record)
    }

    /// Writes records and their log entries in one transaction, then flushes.
    /// `meta` carries extra meta-tree writes (key, JSON value).
    pub(crate) fn commit(
        &self,
        actor: &str,
        now: DateTime<Utc>,
        puts: Vec<Put>,
        meta: Vec<(&'static str, Vec<u8>)>,
    ) -> Result<Vec<LogEntry>> {
        let refs: Vec<&sled::Tree> = self.trees.iter().collect();
        let entries = refs.as_slice().transaction(|tx| {
            let meta_tree = &tx[T::Meta as usize];
            let log_tree = &tx[T::Log as usize];
            let (mut seq, mut prev) = read_head(meta_tree)?;
            let mut entries = Vec::with_capacity(puts.len());
            for put in &puts {
                tx[put.tree as usize].insert(put.key.as_slice(), put.value.as_slice())?;
                let mut entry = LogEntry {
                    seq,
                    at: now,
                    actor: actor.to_owned(),
                    action: put.log.action,
                    record_kind: put.log.record_kind,
                    record_id: put.log.record_id.clone(),
                    summary: put.log.summary.clone(),
                    state_sha256: hex::encode(Sha256::digest(&put.value)),
                    prev_sha256: prev.clone(),
                    sha256: String::new(),
                };
                entry.sha256 = entry.compute_hash();
                let bytes = serde_json::to_vec(&entry)
                    .map_err(|e| ConflictableTransactionError::Abort(Error::from(e)))?;
                log_tree.insert(&seq.to_be_bytes(), bytes)?;
                prev = entry.sha256.clone();
                seq += 1;
                entries.push(entry);
            }
            for (key, value) in &meta {
                meta_tree.insert(*key, value.as_slice())?;
            }
            let head = serde_json::to_vec(&(seq, &prev))
                .map_err(|e| ConflictableTransactionError::Abort(Error::from(e)))?;
            meta_tree.insert(LOG_HEAD, head)?;
            Ok(entries)
        })?;
        self.db.flush()?;
        Ok(entries)
    }

    /// Log entries, newest first, skipping `offset` and returning at most `limit`.
    pub fn activity(&self, offset: usize, limit: usize) -> Result<Vec<LogEntry>> {
        self.tree(T::Log)
            .iter()
            .values()
            .rev()
            .skip(offset)
            .take(limit)
            .map(|v| Ok(serde_json::from_slice(&v?)?))
            .collect()
    }

    /// Log entries about any of the given records, newest first.
    pub fn activity_for(&self, record_ids: &[String]) -> Result<Vec<LogEntry>> {
        let mut out = Vec::new();
        for v in self.tree(T::Log).iter().values().rev() {
            let e: LogEntry = serde_json::from_slice(&v?)?;
            if record_ids.contains(&e.record_id) {
                out.push(e);
            }
        }
        Ok(out)
    }

    /// Number of entries in the activity log.
    pub fn activity_len(&self) -> usize {
        self.tree(T::Log).len()
    }

    /// Walks the whole hash chain and reports the first broken link.
    pub fn verify_log(&self) -> Result<Verification> {
        // Hold the write lock so a commit cannot land between reading the
        // head and walking the entries.
        let _guard = self.lock();
        let head: Option<(u64, String)> = self.meta_get(LOG_HEAD)?;
        let entries = self.tree(T::Log).iter().map(|item| {
            let (k, v) = item?;
            let seq = k
                .as_ref()
                .try_into()
                .map(u64::from_be_bytes)
                .map_err(|_| Error::Corrupt("log key is not 8 bytes".into()))?;
            Ok((seq, serde_json::from_slice::<LogEntry>(&v)?))
        });
        Ok(verify_chain(entries, head))
    }
}

fn read_head(
    meta: &TransactionalTree,
) -> std::result::Result<(u64, String), ConflictableTransactionError<Error>> {
    match meta.get(LOG_HEAD)? {
        None => Ok((0, GENESIS.to_owned())),
        Some(bytes) => serde_json::from_slice(&bytes)
            .map_err(|e| ConflictableTransactionError::Abort(Error::from(e))),
    }
}

/// Refuses changes to an archived record.
pub(crate) fn check_not_archived(kind: RecordKind, meta: &crate::record::RecordMeta) -> Result<()> {
    if meta.archived {
        return Err(Error::Transition {
            message: format!("This {kind} is archived. Restore it before changing it."),
            problems: vec![],
        });
    }
    Ok(())
}

/// Refuses an edit made against an old revision.
pub(crate) fn check_revision(kind: RecordKind, expected: Option<u64>, actual: u64) -> Result<()> {
    match expected {
        Some(expected) if expected != actual => Err(Error::Conflict {
            kind,
            expected,
            actual,
        }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests;

//! The sled store. One database per workspace directory, one tree per record
//! kind, plus `meta` (schema version, workspace, identity, log head, counts),
//! `log`, `index`, `postings` and `summaries` (see [`index`]).
//!
//! Every change is one sled transaction over all trees — the records it
//! writes, their index keys and summaries, and their activity-log entries
//! together — followed by a flush, so a call that returned `Ok` is on disk.
//! Read-modify-write sequences are serialized by a mutex so concurrent
//! commands cannot lose updates.
//!
//! Record kinds plug in through two traits: [`Stored`] (how a record is
//! keyed, labelled, summarized and indexed) and [`Editable`] (its body, which
//! the one generic [`Store::update`] path edits). See ARCHITECTURE.md, "How
//! to add a record kind".

mod agreements;
pub mod backup;
mod challenges;
mod contributors;
mod ideas;
pub mod index;
mod list;
mod schema;
mod trust;
mod work;
mod workspace;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use sled::transaction::{ConflictableTransactionError, TransactionalTree};
use sled::Transactional;

use crate::activity::{
    action_code, hash_value, verify_chain, LogDraft, LogEntry, StoredEntry, Verb, Verification,
    ENTRY_FORMAT, GENESIS,
};
use crate::ids::RecordId;
use crate::record::{RecordKind, RecordMeta};
use crate::workspace::{Actor, Workspace};
use crate::{Error, Result};

pub use index::IndexKeys;
pub use list::{Page, PageRequest, Query};
pub use schema::{stored_version, Migration, SCHEMA_VERSION};
pub use trust::{Origin, Provenance, Receipt, ReceiptCheck, TrustState, TrustedKey};

/// The sled database's folder inside the workspace directory.
const DB_DIR: &str = "db";
const LOG_HEAD: &str = "log_head";
/// Beside the database: the log head last committed (a witness that
/// catches a database that silently lost what was written to it).
pub(crate) const WITNESS: &str = "head.json";
const INDEX_VERSION_KEY: &str = "index_version";

/// The trees, in transaction order. `TREE_NAMES` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum T {
    Meta = 0,
    Log = 1,
    Contributors = 2,
    Challenges = 3,
    Agreements = 4,
    Acceptances = 5,
    Index = 6,
    Summaries = 7,
    Postings = 8,
    Ideas = 9,
    Reviews = 10,
    Comments = 11,
    Blobs = 12,
    SubProblems = 13,
    Questions = 14,
    Disputes = 15,
    Obligations = 16,
    /// Pinned partner keys by key id.
    Trust = 17,
    /// Where an imported record came from, by record key.
    Provenance = 18,
    /// Bundles sent and received, by bundle id: what each carried or did
    /// (conflicts kept with the incoming record).
    Bundles = 19,
    /// Signed receipts for our ideas, by receipt id.
    Receipts = 20,
}

const TREE_NAMES: [&str; 21] = [
    "meta",
    "log",
    "contributors",
    "challenges",
    "agreements",
    "acceptances",
    "index",
    "summaries",
    "postings",
    "ideas",
    "reviews",
    "comments",
    "blobs",
    "sub_problems",
    "questions",
    "disputes",
    "obligations",
    "trust",
    "provenance",
    "bundles",
    "receipts",
];

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

/// A record kind with its own tree: what the generic reads, writes, lists
/// and indexes need.
pub(crate) trait Stored: Serialize + DeserializeOwned + Clone {
    const TREE: T;
    const KIND: RecordKind;
    /// The slim row lists return.
    type Summary: Serialize + DeserializeOwned;
    fn key(&self) -> [u8; 16];
    fn id_string(&self) -> String;
    fn meta(&self) -> &RecordMeta;
    fn meta_mut(&mut self) -> &mut RecordMeta;
    /// How the activity log's `detail.label` names it (a title or a name).
    fn label(&self) -> String;
    fn summary(&self) -> Self::Summary;
    /// Filters, searchable words and list order.
    fn index(&self, ix: &mut IndexKeys);
    /// Refuses archiving while something still depends on the record.
    fn check_archive(&self, _store: &Store) -> Result<()> {
        Ok(())
    }
}

/// The editable part of a record, declared once per kind.
pub trait Body: Clone + PartialEq + Serialize + DeserializeOwned {
    /// Trims text, tidies lists and assigns ids to new rows.
    fn normalized(self) -> Self;
    /// Every field problem at once.
    fn validate(&self) -> Result<()>;
}

/// A record kind edited through its body by [`Store::update`].
pub(crate) trait Editable: Stored {
    type Body: Body;
    fn body(&self) -> &Self::Body;
    fn body_mut(&mut self) -> &mut Self::Body;
    /// Called after the new body is applied, before saving (derived fields,
    /// history).
    fn edited(&mut self, _old: &Self, _now: DateTime<Utc>) {}
}

/// Implements [`Stored`]'s bookkeeping for a record with `id` and `meta`.
macro_rules! stored {
    () => {
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
    };
}
pub(crate) use stored;

/// One record write inside a commit, with its index changes.
pub(crate) struct Put {
    tree: T,
    key: Vec<u8>,
    value: Vec<u8>,
    /// `None` for bookkeeping writes that are not records (blobs, pins).
    log: Option<LogDraft>,
    index: Option<IndexChange>,
    /// A record new to its tree (counted).
    count: Option<RecordKind>,
}

/// How a record's write changes the indexes.
struct IndexChange {
    record: [u8; 16],
    sort_remove: Option<Vec<u8>>,
    sort_insert: Option<Vec<u8>>,
    post_add: Vec<Vec<u8>>,
    post_remove: Vec<Vec<u8>>,
    summary: (Vec<u8>, Vec<u8>),
}

impl Put {
    /// A write outside the record trees (the workspace in `meta`).
    pub fn raw<R: Serialize>(tree: T, key: &str, record: &R, log: LogDraft) -> Result<Self> {
        Self::keyed(tree, key.as_bytes().to_vec(), record, log)
    }

    /// A logged write outside the record trees under a byte key.
    pub fn keyed<R: Serialize>(tree: T, key: Vec<u8>, record: &R, log: LogDraft) -> Result<Self> {
        Ok(Self {
            tree,
            key,
            value: serde_json::to_vec(record)?,
            log: Some(log),
            index: None,
            count: None,
        })
    }

    /// A bookkeeping write with no log entry of its own (attachment bytes,
    /// import provenance); it rides in a transaction whose records are logged.
    pub fn quiet(tree: T, key: impl Into<Vec<u8>>, value: Vec<u8>) -> Self {
        Self {
            tree,
            key: key.into(),
            value,
            log: None,
            index: None,
            count: None,
        }
    }

    /// A record replacing `old` (or new when `old` is `None`).
    pub fn record<R: Stored>(old: Option<&R>, new: &R, log: LogDraft) -> Result<Self> {
        let before = old.map(index_of);
        let ix = index_of(new);
        let old_postings = before
            .as_ref()
            .map(|b| b.postings.clone())
            .unwrap_or_default();
        let (old_sort, new_sort) = (before.as_ref().map(IndexKeys::sort_key), ix.sort_key());
        let summary = serde_json::to_vec(&new.summary())?;
        Ok(Self {
            tree: R::TREE,
            key: new.key().to_vec(),
            value: serde_json::to_vec(new)?,
            log: Some(log),
            index: Some(IndexChange {
                record: new.key(),
                sort_remove: old_sort.clone().filter(|o| *o != new_sort),
                sort_insert: (old_sort.as_ref() != Some(&new_sort)).then_some(new_sort),
                post_add: ix.postings.difference(&old_postings).cloned().collect(),
                post_remove: old_postings.difference(&ix.postings).cloned().collect(),
                summary: (
                    index::summary_key(R::KIND, new.key()),
                    index::summary_value(&ix.sort, &summary),
                ),
            }),
            count: old.is_none().then_some(R::KIND),
        })
    }
}

/// Every index entry of a record, including "archived".
pub(crate) fn index_of<R: Stored>(r: &R) -> IndexKeys {
    let mut ix = IndexKeys::new(R::KIND, r.key());
    r.index(&mut ix);
    if r.meta().archived {
        ix.field(index::F_ARCHIVED, "1");
    }
    ix
}

fn count_key(kind: RecordKind) -> String {
    format!("count.{kind}")
}

fn abort<E: Into<Error>>(e: E) -> ConflictableTransactionError<Error> {
    ConflictableTransactionError::Abort(e.into())
}

impl Store {
    /// Opens (creating if needed) the workspace stored in `dir`, running any
    /// pending schema migrations and rebuilding indexes of an older layout.
    pub fn open(dir: impl AsRef<Path>) -> Result<Self> {
        Self::open_with(dir.as_ref(), SCHEMA_VERSION, schema::MIGRATIONS)
    }

    pub(crate) fn open_with(dir: &Path, target: u32, migrations: &[Migration]) -> Result<Self> {
        std::fs::create_dir_all(dir)?;
        let db_path = dir.join(DB_DIR);
        // A store dropped a moment ago may still hold the lock while sled's
        // flusher thread winds down; wait for it briefly before giving up.
        let deadline = std::time::Instant::now() + std::time::Duration::from_millis(1500);
        let db = loop {
            // sled may panic on files it cannot make sense of: a damaged
            // workspace is an error with a way out, never a crash.
            let opened = std::panic::catch_unwind(|| sled::Config::new().path(&db_path).open())
                .map_err(|_| {
                    Error::damaged("unreadable", "its database files cannot be read", dir)
                })?;
            match opened {
                Ok(db) => break db,
                Err(sled::Error::Corruption { .. }) => {
                    return Err(Error::damaged(
                        "corrupt",
                        "its database files are corrupt",
                        dir,
                    ))
                }
                Err(sled::Error::Io(e))
                    if e.kind() == std::io::ErrorKind::PermissionDenied
                        || e.raw_os_error() == Some(30) =>
                {
                    return Err(Error::ReadOnly {
                        path: dir.display().to_string(),
                    })
                }
                Err(e) => {
                    let text = e.to_string();
                    let locked =
                        text.contains("lock") || text.contains("Resource temporarily unavailable");
                    if !locked {
                        return Err(Error::from(e));
                    }
                    if std::time::Instant::now() >= deadline {
                        return Err(Error::Locked {
                            path: dir.display().to_string(),
                        });
                    }
                    std::thread::sleep(std::time::Duration::from_millis(25));
                }
            }
        };
        let trees = TREE_NAMES
            .iter()
            .map(|n| db.open_tree(n))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let store = Self {
            path: dir.to_owned(),
            db,
            trees,
            write: Mutex::new(()),
        };
        store.check_witness()?;
        let fresh = schema::migrate(&store, target, migrations)?;
        if fresh {
            store.set_meta(INDEX_VERSION_KEY, &index::INDEX_VERSION)?;
        } else if store.meta_get::<u32>(INDEX_VERSION_KEY)? != Some(index::INDEX_VERSION) {
            store.rebuild_indexes()?;
        }
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

    fn set_meta<V: Serialize>(&self, key: &str, value: &V) -> Result<()> {
        self.tree(T::Meta).insert(key, serde_json::to_vec(value)?)?;
        self.db.flush()?;
        Ok(())
    }

    /// One record by key, or [`Error::NotFound`] naming `id`.
    pub(crate) fn get<R: Stored>(&self, key: [u8; 16], id: impl ToString) -> Result<R> {
        match self.tree(R::TREE).get(key)? {
            Some(bytes) => Ok(serde_json::from_slice(&bytes)?),
            None => Err(Error::not_found(R::KIND, id)),
        }
    }

    /// Every record of one kind, in key order (for rebuilds and checks, not
    /// for lists: those use [`Self::list`]).
    pub(crate) fn all<R: Stored>(&self) -> Result<Vec<R>> {
        self.tree(R::TREE)
            .iter()
            .values()
            .map(|v| Ok(serde_json::from_slice(&v?)?))
            .collect()
    }

    /// The key of the one record of kind `R` whose id starts with `prefix`
    /// (at least 8 hex digits; hyphens optional), or the full id.
    pub(crate) fn resolve<R: Stored>(&self, prefix: &str) -> Result<[u8; 16]> {
        let text = prefix.trim();
        if let Ok(u) = uuid::Uuid::parse_str(text) {
            return Ok(*u.as_bytes());
        }
        let hex: String = text.chars().filter(|c| *c != '-').collect();
        if hex.len() < 8 || hex.len() > 32 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(Error::InvalidId(text.to_owned()));
        }
        let hex = hex.to_lowercase();
        let whole = hex.len() / 2;
        let bytes = hex::decode(&hex[..whole * 2]).map_err(|_| Error::InvalidId(text.into()))?;
        let mut found = Vec::new();
        for k in self.tree(R::TREE).scan_prefix(&bytes).keys() {
            let k = k?;
            if hex::encode(&k).starts_with(&hex) {
                found.push(k);
                if found.len() > 1 {
                    break;
                }
            }
        }
        match found.as_slice() {
            [one] => one
                .as_ref()
                .try_into()
                .map_err(|_| Error::Corrupt("record key is not 16 bytes".into())),
            [] => Err(Error::not_found(R::KIND, text)),
            _ => Err(Error::Ambiguous {
                kind: R::KIND,
                prefix: text.to_owned(),
                count: found.len(),
            }),
        }
    }

    /// Whether a record was made in this workspace (not received from a
    /// partner, whose records are read-only here).
    pub fn is_own(&self, meta: &RecordMeta) -> Result<bool> {
        Ok(meta.origin == self.require_workspace()?.organization.id)
    }

    /// Refuses changing a record another organization keeps: it changes
    /// only when they send a newer version in a bundle.
    pub(crate) fn check_own(
        &self,
        kind: RecordKind,
        meta: &RecordMeta,
        actor: &Actor,
    ) -> Result<()> {
        if meta.origin == actor.org {
            return Ok(());
        }
        let known = self
            .trusted_keys()?
            .into_iter()
            .find(|k| k.organization_id == meta.origin.to_string())
            .map(|k| k.organization);
        let who = known.as_deref().unwrap_or("another organization");
        // Without a name, translations say "another organization" themselves.
        let mut problem = crate::validation::FieldError::new(
            kind.as_str(),
            "not_yours",
            format!("Kept by {who}."),
        );
        if let Some(name) = &known {
            problem = problem.with("who", name);
        }
        let error = Error::refused(
            "not_yours",
            format!(
                "This {kind} came from {who}; only they can change it (their next bundle brings their changes)."
            ),
            vec![problem],
        )
        .with("kind", kind);
        Err(match known {
            Some(name) => error.with("who", name),
            None => error,
        })
    }

    /// SHA-256 over every key and value of every tree, in order: equal
    /// digests mean nothing was written (tests of refused imports use it).
    pub fn content_digest(&self) -> Result<String> {
        let mut h = Sha256::new();
        for (name, tree) in TREE_NAMES.iter().zip(&self.trees) {
            h.update(name.as_bytes());
            for kv in tree.iter() {
                let (k, v) = kv?;
                h.update((k.len() as u64).to_be_bytes());
                h.update(&k);
                h.update((v.len() as u64).to_be_bytes());
                h.update(&v);
            }
        }
        Ok(hex::encode(h.finalize()))
    }

    /// The workspace, or [`Error::NotInitialized`].
    pub fn require_workspace(&self) -> Result<Workspace> {
        self.workspace()?.ok_or(Error::NotInitialized)
    }

    /// Writes one record (replacing `old`) and its log entry.
    pub(crate) fn save<R: Stored>(
        &self,
        actor: &Actor,
        now: DateTime<Utc>,
        old: Option<&R>,
        record: &R,
        log: LogDraft,
    ) -> Result<()> {
        let put = Put::record(old, record, log)?;
        self.commit(actor, now, vec![put], vec![])?;
        Ok(())
    }

    /// Stores a new record, logged as `{kind}.created`.
    pub(crate) fn insert<R: Stored>(
        &self,
        actor: &Actor,
        now: DateTime<Utc>,
        record: &R,
    ) -> Result<()> {
        let log =
            LogDraft::new(R::KIND, Verb::Created, record.id_string()).with("label", record.label());
        self.save(actor, now, None, record, log)
    }

    /// Stores many new records in one transaction (bulk generation and,
    /// later, imports), each logged as `{kind}.created`.
    pub(crate) fn insert_many<R: Stored>(&self, now: DateTime<Utc>, records: &[R]) -> Result<()> {
        let _guard = self.lock();
        let actor = self.actor()?;
        let puts = records
            .iter()
            .map(|r| {
                let log =
                    LogDraft::new(R::KIND, Verb::Created, r.id_string()).with("label", r.label());
                Put::record(None, r, log)
            })
            .collect::<Result<Vec<_>>>()?;
        self.commit(&actor, now, puts, vec![])?;
        Ok(())
    }

    /// The one edit path of every kind: lock → load → revision check →
    /// archived check → `check` (references) → apply → `after` (rules on
    /// the edited record) → save → log `{kind}.updated` with the names of
    /// the fields that changed. An edit that changes nothing writes nothing.
    pub(crate) fn update<R: Editable>(
        &self,
        id: impl RecordId,
        expected_revision: Option<u64>,
        body: R::Body,
        now: DateTime<Utc>,
        check: impl FnOnce(&Store, &R, &R::Body) -> Result<()>,
        after: impl FnOnce(&Store, &R) -> Result<()>,
    ) -> Result<R> {
        let body = body.normalized();
        body.validate()?;
        let _guard = self.lock();
        let actor = self.actor()?;
        let old: R = self.get(id.key(), id)?;
        check_revision(R::KIND, expected_revision, old.meta().revision)?;
        check_not_archived(R::KIND, old.meta())?;
        self.check_own(R::KIND, old.meta(), &actor)?;
        check(self, &old, &body)?;
        if *old.body() == body {
            return Ok(old);
        }
        let fields = changed_fields(old.body(), &body)?;
        let mut r = old.clone();
        *r.body_mut() = body;
        r.edited(&old, now);
        after(self, &r)?;
        r.meta_mut().touch(now);
        let log = LogDraft::new(R::KIND, Verb::Updated, r.id_string())
            .with("label", r.label())
            .with("fields", fields);
        self.save(&actor, now, Some(&old), &r, log)?;
        Ok(r)
    }

    /// Archives a record: it leaves lists (unless asked for) and is frozen
    /// until restored. Archiving an archived record is a no-op.
    pub(crate) fn archive<R: Stored>(&self, id: impl RecordId, now: DateTime<Utc>) -> Result<R> {
        self.set_archived::<R>(id, true, now)
    }

    /// Restores an archived record. Restoring a live record is a no-op.
    pub(crate) fn restore<R: Stored>(&self, id: impl RecordId, now: DateTime<Utc>) -> Result<R> {
        self.set_archived::<R>(id, false, now)
    }

    fn set_archived<R: Stored>(
        &self,
        id: impl RecordId,
        archived: bool,
        now: DateTime<Utc>,
    ) -> Result<R> {
        let _guard = self.lock();
        let actor = self.actor()?;
        let old: R = self.get(id.key(), id)?;
        if old.meta().archived == archived {
            return Ok(old);
        }
        if archived {
            old.check_archive(self)?;
        }
        let mut record = old.clone();
        record.meta_mut().archived = archived;
        record.meta_mut().touch(now);
        let verb = if archived {
            Verb::Archived
        } else {
            Verb::Restored
        };
        let log = LogDraft::new(R::KIND, verb, record.id_string()).with("label", record.label());
        self.save(&actor, now, Some(&old), &record, log)?;
        Ok(record)
    }

    /// Writes records, their index changes and their log entries in one
    /// transaction, then flushes. `meta` carries extra meta-tree writes.
    pub(crate) fn commit(
        &self,
        actor: &Actor,
        now: DateTime<Utc>,
        puts: Vec<Put>,
        meta: Vec<(&'static str, Vec<u8>)>,
    ) -> Result<Vec<LogEntry>> {
        let bytes: u64 = puts
            .iter()
            .map(|p| (p.key.len() + p.value.len()) as u64 + 512)
            .sum();
        self.check_space(bytes)?;
        let refs: Vec<&sled::Tree> = self.trees.iter().collect();
        let entries = refs.as_slice().transaction(|tx| {
            let meta_tree = &tx[T::Meta as usize];
            let log_tree = &tx[T::Log as usize];
            let index_tree = &tx[T::Index as usize];
            let (mut seq, mut prev) = read_head(meta_tree)?;
            let mut entries = Vec::with_capacity(puts.len());
            let mut counts: Vec<(RecordKind, u64)> = Vec::new();
            // Posting lists touched by several puts are read and written once.
            let mut postings: BTreeMap<&[u8], PostingDelta> = BTreeMap::new();
            let mut log_postings: BTreeMap<Vec<u8>, Vec<u8>> = BTreeMap::new();
            for put in &puts {
                tx[put.tree as usize].insert(put.key.as_slice(), put.value.as_slice())?;
                if let Some(ix) = &put.index {
                    if let Some(k) = &ix.sort_remove {
                        index_tree.remove(k.as_slice())?;
                    }
                    if let Some(k) = &ix.sort_insert {
                        index_tree.insert(k.as_slice(), &[])?;
                    }
                    for k in &ix.post_add {
                        postings.entry(k).or_default().0.push(ix.record);
                    }
                    for k in &ix.post_remove {
                        postings.entry(k).or_default().1.push(ix.record);
                    }
                    let (k, v) = &ix.summary;
                    tx[T::Summaries as usize].insert(k.as_slice(), v.as_slice())?;
                }
                if let Some(kind) = put.count {
                    match counts.iter_mut().find(|(k, _)| *k == kind) {
                        Some((_, n)) => *n += 1,
                        None => counts.push((kind, 1)),
                    }
                }
                let Some(log) = &put.log else { continue };
                let mut entry = LogEntry {
                    v: ENTRY_FORMAT,
                    seq,
                    at: now,
                    action: action_code(log.record_kind, log.verb),
                    actor: Some(actor.person),
                    org: Some(actor.org),
                    record_kind: log.record_kind,
                    record_id: log.record_id.clone(),
                    detail: log.detail.clone(),
                    state_sha256: hex::encode(Sha256::digest(&put.value)),
                    prev_sha256: prev.clone(),
                    sha256: String::new(),
                    legacy: None,
                };
                entry.sha256 = hash_value(&serde_json::to_value(&entry).map_err(abort)?);
                let bytes = serde_json::to_vec(&entry).map_err(abort)?;
                log_tree.insert(&seq.to_be_bytes(), bytes)?;
                log_postings
                    .entry(index::log_key(&entry.record_id))
                    .or_default()
                    .extend_from_slice(&seq.to_be_bytes());
                prev = entry.sha256.clone();
                seq += 1;
                entries.push(entry);
            }
            let postings_tree = &tx[T::Postings as usize];
            for (k, (add, remove)) in postings {
                let old = postings_tree
                    .get(k)?
                    .map(|v| v.to_vec())
                    .unwrap_or_default();
                let new = index::posting_apply(&old, &add, &remove);
                if new.is_empty() {
                    postings_tree.remove(k)?;
                } else {
                    postings_tree.insert(k, new)?;
                }
            }
            for (k, seqs) in log_postings {
                let mut v = postings_tree
                    .get(k.as_slice())?
                    .map(|v| v.to_vec())
                    .unwrap_or_default();
                v.extend_from_slice(&seqs);
                postings_tree.insert(k, v)?;
            }
            for (kind, n) in counts {
                let key = count_key(kind);
                let old: u64 = match meta_tree.get(key.as_bytes())? {
                    Some(b) => serde_json::from_slice(&b).map_err(abort)?,
                    None => 0,
                };
                let new = serde_json::to_vec(&(old + n)).map_err(abort)?;
                meta_tree.insert(key.as_bytes(), new)?;
            }
            for (key, value) in &meta {
                meta_tree.insert(*key, value.as_slice())?;
            }
            let head = serde_json::to_vec(&(seq, &prev)).map_err(abort)?;
            meta_tree.insert(LOG_HEAD, head)?;
            Ok(entries)
        })?;
        self.db.flush()?;
        if let Some(last) = entries.last() {
            self.write_witness(last.seq + 1, &last.sha256);
        }
        Ok(entries)
    }

    /// Refuses a write of about `bytes` when the disk could not take it with
    /// room to spare: sled does not recover from a full disk gracefully
    /// (it can stall), so Opencall never lets it get there.
    pub(crate) fn check_space(&self, bytes: u64) -> Result<()> {
        const MARGIN: u64 = 4 * 1024 * 1024;
        let needed = MARGIN + bytes.saturating_mul(2);
        match free_space(&self.path) {
            Some(free) if free < needed => Err(Error::DiskFull {
                free_mb: free / 1_048_576,
                needed_mb: needed.div_ceil(1_048_576),
            }),
            _ => Ok(()),
        }
    }

    /// Records the committed log head beside the database (best effort,
    /// atomic by rename; no fsync: a witness that is behind after a power
    /// cut only checks less).
    fn write_witness(&self, entries: u64, head: &str) {
        let tmp = self.path.join(format!("{WITNESS}.tmp"));
        let text = serde_json::json!({ "entries": entries, "head": head }).to_string();
        if std::fs::write(&tmp, text).is_ok() {
            let _ = std::fs::rename(&tmp, self.path.join(WITNESS));
        }
    }

    /// Refuses a database that holds less than the witness says was
    /// committed (sled recovers damaged files silently to an older state).
    fn check_witness(&self) -> Result<()> {
        #[derive(serde::Deserialize)]
        struct Witness {
            entries: u64,
            head: String,
        }
        let Ok(text) = std::fs::read(self.path.join(WITNESS)) else {
            return Ok(());
        };
        let Ok(w) = serde_json::from_slice::<Witness>(&text) else {
            return Ok(());
        };
        let damaged = |code, detail: String| Error::damaged(code, detail, &self.path);
        let n = self
            .activity_len()
            .map_err(|_| damaged("records_unreadable", "its records cannot be read".into()))?;
        if w.entries > n {
            return Err(damaged(
                "entries_lost",
                format!(
                    "it holds {n} activity entries, but {} were written to it",
                    w.entries
                ),
            )
            .with("held", n)
            .with("written", w.entries));
        }
        if w.entries == 0 {
            return Ok(());
        }
        let last = w.entries - 1;
        let entry = self.tree(T::Log).get(last.to_be_bytes())?.ok_or_else(|| {
            damaged("entry_missing", format!("activity entry {last} is missing"))
                .with("entry", last)
        })?;
        let sha = StoredEntry::parse(&entry)
            .and_then(StoredEntry::into_entry)
            .map(|e| e.sha256)
            .map_err(|_| {
                damaged(
                    "entry_unreadable",
                    format!("activity entry {last} cannot be read"),
                )
                .with("entry", last)
            })?;
        if sha != w.head {
            return Err(damaged(
                "entry_replaced",
                format!("activity entry {last} is not the one written"),
            )
            .with("entry", last));
        }
        Ok(())
    }

    /// Log entries, newest first: a page of `limit` after skipping `offset`.
    pub fn activity(&self, offset: usize, limit: usize) -> Result<Page<LogEntry>> {
        let total = self.activity_len()?;
        let end = total.saturating_sub(offset as u64);
        let start = end.saturating_sub(limit as u64);
        let items = self
            .tree(T::Log)
            .range(start.to_be_bytes()..end.to_be_bytes())
            .values()
            .rev()
            .map(|v| StoredEntry::parse(&v?)?.into_entry())
            .collect::<Result<Vec<_>>>()?;
        Ok(Page {
            items,
            total: usize::try_from(total).unwrap_or(usize::MAX),
            offset,
            limit: Some(limit),
        })
    }

    /// Log entries about any of the given records, newest first (through
    /// the log index: no scan of the whole log).
    pub fn activity_for(&self, record_ids: &[String]) -> Result<Vec<LogEntry>> {
        let mut seqs: Vec<u64> = Vec::new();
        for id in record_ids {
            if let Some(v) = self.tree(T::Postings).get(index::log_key(id))? {
                seqs.extend(
                    v.chunks_exact(8)
                        .filter_map(|c| c.try_into().ok())
                        .map(u64::from_be_bytes),
                );
            }
        }
        seqs.sort_unstable_by(|a, b| b.cmp(a));
        seqs.dedup();
        seqs.into_iter()
            .filter_map(|s| self.tree(T::Log).get(s.to_be_bytes()).transpose())
            .map(|v| StoredEntry::parse(&v?)?.into_entry())
            .collect()
    }

    /// Number of entries in the activity log (from the recorded head).
    /// The committed log head: (entries, hash of the newest entry).
    pub(crate) fn log_head(&self) -> Result<(u64, String)> {
        Ok(self
            .meta_get::<(u64, String)>(LOG_HEAD)?
            .unwrap_or_default())
    }

    pub fn activity_len(&self) -> Result<u64> {
        Ok(self
            .meta_get::<(u64, String)>(LOG_HEAD)?
            .map_or(0, |(n, _)| n))
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
            Ok((seq, StoredEntry::parse(&v)?))
        });
        Ok(verify_chain(entries, head))
    }

    /// The sort keys, posting lists, summaries and counts the records and
    /// the log call for.
    fn expected_indexes(&self) -> Result<Expected> {
        let mut e = Expected::default();
        self.expect_kind::<crate::contributor::Contributor>(&mut e)?;
        self.expect_kind::<crate::challenge::Challenge>(&mut e)?;
        self.expect_kind::<crate::agreement::Agreement>(&mut e)?;
        self.expect_kind::<crate::agreement::Acceptance>(&mut e)?;
        self.expect_kind::<crate::idea::Idea>(&mut e)?;
        self.expect_kind::<crate::idea::Review>(&mut e)?;
        self.expect_kind::<crate::idea::Comment>(&mut e)?;
        self.expect_kind::<crate::work::SubProblem>(&mut e)?;
        self.expect_kind::<crate::work::Question>(&mut e)?;
        self.expect_kind::<crate::work::Dispute>(&mut e)?;
        self.expect_kind::<crate::work::Obligation>(&mut e)?;
        let mut logs: BTreeMap<Vec<u8>, Vec<u8>> = BTreeMap::new();
        for item in self.tree(T::Log).iter().values() {
            let entry = StoredEntry::parse(&item?)?.into_entry()?;
            logs.entry(index::log_key(&entry.record_id))
                .or_default()
                .extend_from_slice(&entry.seq.to_be_bytes());
        }
        e.postings.extend(logs);
        Ok(e)
    }

    fn expect_kind<R: Stored>(&self, e: &mut Expected) -> Result<()> {
        let records: Vec<R> = self.all()?;
        e.counts.push((R::KIND, records.len() as u64));
        let mut lists: BTreeMap<Vec<u8>, BTreeSet<[u8; 16]>> = BTreeMap::new();
        for r in &records {
            let ix = index_of(r);
            let summary = serde_json::to_vec(&r.summary())?;
            e.summaries.push((
                index::summary_key(R::KIND, r.key()),
                index::summary_value(&ix.sort, &summary),
            ));
            e.sort_keys.insert(ix.sort_key());
            for p in ix.postings {
                lists.entry(p).or_default().insert(r.key());
            }
        }
        for (k, keys) in lists {
            e.postings.insert(k, keys.into_iter().flatten().collect());
        }
        Ok(())
    }

    /// Rebuilds indexes, postings, summaries and counts from the records and
    /// the log (after a migration, or when the index layout changed).
    pub fn rebuild_indexes(&self) -> Result<()> {
        let _guard = self.lock();
        let e = self.expected_indexes()?;
        for t in [T::Index, T::Postings, T::Summaries] {
            self.tree(t).clear()?;
        }
        let mut batch = sled::Batch::default();
        for k in e.sort_keys {
            batch.insert(k, &[]);
        }
        self.tree(T::Index).apply_batch(batch)?;
        let mut batch = sled::Batch::default();
        for (k, v) in e.postings {
            batch.insert(k, v);
        }
        self.tree(T::Postings).apply_batch(batch)?;
        let mut batch = sled::Batch::default();
        for (k, v) in e.summaries {
            batch.insert(k, v);
        }
        self.tree(T::Summaries).apply_batch(batch)?;
        for (kind, n) in e.counts {
            self.tree(T::Meta)
                .insert(count_key(kind), serde_json::to_vec(&n)?)?;
        }
        self.set_meta(INDEX_VERSION_KEY, &index::INDEX_VERSION)?;
        Ok(())
    }

    /// Compares the stored indexes with what the records call for; each
    /// difference is one line. Empty means they agree.
    pub fn check_indexes(&self) -> Result<Vec<String>> {
        let _guard = self.lock();
        let e = self.expected_indexes()?;
        let mut problems = Vec::new();
        let mut actual: BTreeSet<Vec<u8>> = BTreeSet::new();
        for k in self.tree(T::Index).iter().keys() {
            actual.insert(k?.to_vec());
        }
        if actual != e.sort_keys {
            problems.push(format!(
                "list order: {} keys missing, {} left over",
                e.sort_keys.difference(&actual).count(),
                actual.difference(&e.sort_keys).count()
            ));
        }
        let mut stored: BTreeMap<Vec<u8>, Vec<u8>> = BTreeMap::new();
        for item in self.tree(T::Postings).iter() {
            let (k, v) = item?;
            stored.insert(k.to_vec(), v.to_vec());
        }
        if stored != e.postings {
            let differ = e
                .postings
                .iter()
                .filter(|(k, v)| stored.get(*k) != Some(*v))
                .count();
            let extra = stored
                .keys()
                .filter(|k| !e.postings.contains_key(*k))
                .count();
            problems.push(format!(
                "posting lists: {differ} missing or different, {extra} left over"
            ));
        }
        let summaries = self.tree(T::Summaries);
        if summaries.len() != e.summaries.len() {
            problems.push(format!(
                "{} summaries for {} records",
                summaries.len(),
                e.summaries.len()
            ));
        }
        for (k, v) in &e.summaries {
            if summaries.get(k)?.as_deref() != Some(v.as_slice()) {
                problems.push(format!(
                    "summary of record {} is stale",
                    hex::encode(&k[1..])
                ));
            }
        }
        for (kind, n) in e.counts {
            let stored: u64 = self.meta_get(&count_key(kind))?.unwrap_or(0);
            if stored != n {
                problems.push(format!("{kind} count is {stored}, records {n}"));
            }
        }
        Ok(problems)
    }

    /// Number of records of a kind (archived included).
    pub(crate) fn count(&self, kind: RecordKind) -> Result<u64> {
        Ok(self.meta_get(&count_key(kind))?.unwrap_or(0))
    }
}

/// Record keys to add to and remove from one posting list.
type PostingDelta = (Vec<[u8; 16]>, Vec<[u8; 16]>);

#[derive(Default)]
struct Expected {
    sort_keys: BTreeSet<Vec<u8>>,
    postings: BTreeMap<Vec<u8>, Vec<u8>>,
    summaries: Vec<(Vec<u8>, Vec<u8>)>,
    counts: Vec<(RecordKind, u64)>,
}

/// Bytes available to this user on the file system holding `path`.
fn free_space(path: &Path) -> Option<u64> {
    fs2::available_space(path).ok()
}

fn read_head(
    meta: &TransactionalTree,
) -> std::result::Result<(u64, String), ConflictableTransactionError<Error>> {
    match meta.get(LOG_HEAD)? {
        None => Ok((0, GENESIS.to_owned())),
        Some(bytes) => serde_json::from_slice(&bytes).map_err(abort),
    }
}

/// The top-level fields whose values differ between two bodies.
fn changed_fields<B: Serialize>(old: &B, new: &B) -> Result<Vec<String>> {
    let (Value::Object(a), Value::Object(b)) =
        (serde_json::to_value(old)?, serde_json::to_value(new)?)
    else {
        return Ok(vec![]);
    };
    Ok(b.iter()
        .filter(|(k, v)| a.get(*k) != Some(*v))
        .map(|(k, _)| k.clone())
        .collect())
}

/// Refuses a lifecycle move that `moves` (the `next()` of `from`) does not
/// list, naming the moves that are allowed. `what` names the record ("idea"),
/// `verb` the move ("become" / "move to") and `field` what changes ("status").
pub(crate) fn check_move<S: Copy + PartialEq + std::fmt::Display>(
    kind: RecordKind,
    (verb, field): (&str, &str),
    from: S,
    to: S,
    moves: &[S],
) -> Result<()> {
    if moves.contains(&to) {
        return Ok(());
    }
    let what = kind.as_str().replace('_', "-");
    let allowed: Vec<String> = moves.iter().map(ToString::to_string).collect();
    let error = if allowed.is_empty() {
        Error::transition("final", format!("A {from} {what} cannot change {field}."))
    } else {
        Error::transition(
            "move",
            format!(
                "A {from} {what} cannot {verb} {to}; it can {verb}: {}.",
                allowed.join(", ")
            ),
        )
        .with("allowed", allowed.join(","))
    };
    Err(error.with("kind", kind).with("from", from).with("to", to))
}

/// Refuses changes to an archived record.
pub(crate) fn check_not_archived(kind: RecordKind, meta: &RecordMeta) -> Result<()> {
    if meta.archived {
        return Err(Error::Archived { kind });
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
mod ideas_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod work_tests;

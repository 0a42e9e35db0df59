//! Backups: a consistent snapshot of the whole workspace in our own format —
//! a signed bundle of kind `backup`, never sled's files — written atomically
//! (write, fsync, rename, fsync the folder) into `backups/` beside the
//! database, the newest [`KEEP`] kept. A restore writes a fresh database
//! from it, rebuilds the indexes and checks that the activity log verifies.
//!
//! Layout under `data/`: `trees/<tree>.jsonl` (one line per key: `{"k": hex
//! key, "v": stored JSON text}`, so log entries come back byte-identical and
//! keep verifying) and `attachments/<sha256>` (the attachment bytes). Index
//! trees are not carried: they are rebuilt. A backup holds the workspace's
//! secret key (a restored copy signs as the same organization): keep backups
//! as private as the workspace itself.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Store, T, TREE_NAMES};
use crate::bundle::{self, refuse, BundleFault as F, BundleKind, Limits};
use crate::{Error, Result};

/// The folder beside the database that holds backups.
pub const BACKUP_DIR: &str = "backups";
/// How many backups are kept by default.
pub const KEEP: usize = 10;
const PREFIX: &str = "opencall-backup-";
const SUFFIX: &str = ".ocbundle";
/// The time in a backup's file name.
const STAMP: &str = "%Y%m%dT%H%M%S%.3fZ";
/// Beside the backups: the newest one's name and the log head it holds, so
/// an unchanged workspace is not backed up again.
const NEWEST: &str = "newest.json";
/// Trees a backup does not carry: derived from the records, rebuilt.
const DERIVED: [T; 3] = [T::Index, T::Postings, T::Summaries];

/// Whether the tree at `i` (in [`TREE_NAMES`]) is derived, so not carried.
fn derived(i: usize) -> bool {
    DERIVED.iter().any(|t| *t as usize == i)
}

/// One backup file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupFile {
    pub path: String,
    pub name: String,
    pub created: DateTime<Utc>,
    pub bytes: u64,
}

/// What checking a backup found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupCheck {
    pub path: String,
    pub bundle_id: String,
    pub organization: String,
    pub key_id: String,
    pub created: DateTime<Utc>,
    /// Records per tree.
    pub records: BTreeMap<String, usize>,
    pub attachments: usize,
    pub log_entries: usize,
}

#[derive(Serialize, Deserialize)]
struct Line {
    /// The key, hex.
    k: String,
    /// The stored value as text (every stored value is UTF-8 JSON).
    v: String,
}

fn backup_dir(workspace: &Path) -> PathBuf {
    workspace.join(BACKUP_DIR)
}

/// `fsync` a folder so a rename in it is durable.
fn sync_dir(dir: &Path) -> Result<()> {
    std::fs::File::open(dir)?.sync_all()?;
    Ok(())
}

/// Writes `bytes` to `path` atomically: a `.partial` file, fsync, rename,
/// fsync the folder. A crash leaves the old file or the new one.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| Error::Storage(format!("{} has no folder", path.display())))?;
    std::fs::create_dir_all(dir)?;
    let partial = path.with_extension("partial");
    {
        let mut f = std::fs::File::create(&partial)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&partial, path)?;
    sync_dir(dir)
}

impl Store {
    /// A consistent snapshot of the whole workspace as a signed backup
    /// bundle (taken under the write lock: no change lands half-way).
    fn backup_bytes(&self, now: DateTime<Utc>) -> Result<Vec<u8>> {
        self.require_workspace()?;
        let _guard = self.lock();
        let mut payload: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        for (i, name) in TREE_NAMES.iter().enumerate() {
            let tree = &self.trees[i];
            if derived(i) {
                continue;
            }
            if i == T::Blobs as usize {
                for kv in tree.iter() {
                    let (k, v) = kv?;
                    let sha = String::from_utf8_lossy(&k).into_owned();
                    payload.insert(format!("attachments/{sha}"), v.to_vec());
                }
                continue;
            }
            let mut lines = Vec::new();
            for kv in tree.iter() {
                let (k, v) = kv?;
                let v = String::from_utf8(v.to_vec())
                    .map_err(|_| Error::Corrupt(format!("a value in {name} is not UTF-8")))?;
                serde_json::to_writer(
                    &mut lines,
                    &Line {
                        k: hex::encode(&k),
                        v,
                    },
                )?;
                lines.push(b'\n');
            }
            payload.insert(format!("trees/{name}.jsonl"), lines);
        }
        let info = self.bag_info(BundleKind::Backup, Vec::new(), now)?;
        let comment = format!("opencall backup {}", info.bundle_id);
        bundle::write(&info, &payload, |t| self.sign_detached(t, &comment))
    }

    /// Writes a backup into `backups/` beside the database, atomically, and
    /// keeps the newest `keep`.
    pub fn create_backup(&self, now: DateTime<Utc>, keep: usize) -> Result<BackupFile> {
        // Read before the snapshot: a change made meanwhile only means the
        // next `backup_if_changed` backs up once more.
        let head = self.log_head()?;
        let bytes = self.backup_bytes(now)?;
        self.check_space(bytes.len() as u64)?;
        let dir = backup_dir(self.path());
        let name = format!("{PREFIX}{}{SUFFIX}", now.format(STAMP));
        let path = dir.join(&name);
        write_atomically(&path, &bytes)?;
        let all = list_backups(self.path())?;
        for old in all.iter().skip(keep.max(1)) {
            let _ = std::fs::remove_file(&old.path);
        }
        // Leftovers of a backup interrupted by a crash.
        for e in std::fs::read_dir(&dir)?.flatten() {
            if e.path().extension().is_some_and(|x| x == "partial") && e.path() != path {
                let _ = std::fs::remove_file(e.path());
            }
        }
        let newest = serde_json::json!({ "name": name, "head": head }).to_string();
        write_atomically(&dir.join(NEWEST), newest.as_bytes())?;
        Ok(BackupFile {
            path: path.display().to_string(),
            name,
            created: now,
            bytes: bytes.len() as u64,
        })
    }

    /// A backup (as [`Store::create_backup`]) unless the newest one, still
    /// on disk, already holds every change: the app's scheduled and on-exit
    /// backups, so opening and closing an unchanged workspace never pushes
    /// older backups out. `None` also before the workspace is set up.
    pub fn backup_if_changed(&self, now: DateTime<Utc>, keep: usize) -> Result<Option<BackupFile>> {
        #[derive(Deserialize)]
        struct Newest {
            name: String,
            head: (u64, String),
        }
        if self.workspace()?.is_none() {
            return Ok(None);
        }
        let dir = backup_dir(self.path());
        let newest = std::fs::read(dir.join(NEWEST))
            .ok()
            .and_then(|b| serde_json::from_slice::<Newest>(&b).ok());
        if let Some(n) = newest {
            if n.head == self.log_head()? && dir.join(&n.name).is_file() {
                return Ok(None);
            }
        }
        self.create_backup(now, keep).map(Some)
    }
}

/// The backups beside the workspace in `dir`, newest first. Works without
/// opening the workspace (which may be damaged).
pub fn list_backups(dir: &Path) -> Result<Vec<BackupFile>> {
    let folder = backup_dir(dir);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for e in entries {
        let e = e?;
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(stamp) = name
            .strip_prefix(PREFIX)
            .and_then(|s| s.strip_suffix(SUFFIX))
        else {
            continue;
        };
        let Ok(created) = chrono::NaiveDateTime::parse_from_str(stamp, STAMP) else {
            continue;
        };
        out.push(BackupFile {
            path: e.path().display().to_string(),
            name,
            created: created.and_utc(),
            bytes: e.metadata()?.len(),
        });
    }
    out.sort_by(|a, b| b.created.cmp(&a.created).then(b.name.cmp(&a.name)));
    Ok(out)
}

/// Tree name → its (key, value) rows.
type Trees = BTreeMap<String, Vec<(Vec<u8>, Vec<u8>)>>;

/// Reads and checks a backup: a valid signed bag of kind `backup` whose key
/// is the identity it carries, with well-formed trees. Writes nothing.
fn read_backup(bytes: &[u8]) -> Result<(bundle::VerifiedBundle, Trees)> {
    let limits = Limits {
        max_entries: usize::MAX,
        max_entry_bytes: u64::MAX / 4,
        max_total_bytes: u64::MAX / 4,
    };
    let b = bundle::read(bytes, limits)?;
    if b.info.kind != BundleKind::Backup {
        return Err(refuse(
            F::NotForYou,
            "not_backup",
            format!(
                "This is a {} bundle, not a backup: import it instead.",
                b.info.kind
            ),
        )
        .with("kind", b.info.kind));
    }
    let mut trees = BTreeMap::new();
    for (path, content) in &b.payload {
        let Some(name) = path
            .strip_prefix("trees/")
            .and_then(|p| p.strip_suffix(".jsonl"))
        else {
            continue;
        };
        if !TREE_NAMES.contains(&name) {
            return Err(refuse(
                F::BadJson,
                "backup_unknown_tree",
                format!("The backup holds an unknown tree “{name}”."),
            )
            .with("name", name));
        }
        let mut rows = Vec::new();
        for line in content.split(|c| *c == b'\n').filter(|l| !l.is_empty()) {
            let l: Line = serde_json::from_slice(line).map_err(|e| {
                refuse(
                    F::BadJson,
                    "backup_bad_line",
                    format!("trees/{name}.jsonl has a bad line ({e})."),
                )
                .with("name", format!("trees/{name}.jsonl"))
                .with("detail", &e)
            })?;
            let k = hex::decode(&l.k).map_err(|_| {
                refuse(
                    F::BadJson,
                    "backup_bad_key",
                    format!("trees/{name}.jsonl has a key that is not hex."),
                )
                .with("name", format!("trees/{name}.jsonl"))
            })?;
            rows.push((k, l.v.into_bytes()));
        }
        trees.insert(name.to_owned(), rows);
    }
    // The key that signed must be the identity inside.
    let identity = trees
        .get("meta")
        .and_then(|rows| {
            rows.iter()
                .find(|(k, _)| k == super::workspace::IDENTITY.as_bytes())
        })
        .ok_or_else(|| {
            refuse(
                F::MissingDocument,
                "backup_no_identity",
                "The backup holds no workspace identity.",
            )
        })?;
    let identity: serde_json::Value = serde_json::from_slice(&identity.1)?;
    let key_id = crate::sign::key_id_from_hex(identity["key_id"].as_str().unwrap_or_default());
    if key_id.as_deref() != Some(b.info.key_id.as_str()) {
        return Err(refuse(
            F::KeyMismatch,
            "backup_other_key",
            "The backup was signed by another key than the workspace it holds.",
        ));
    }
    Ok((b, trees))
}

/// What checking the backup at `path` found.
fn check_of(path: &Path, b: &bundle::VerifiedBundle, trees: &Trees) -> BackupCheck {
    BackupCheck {
        path: path.display().to_string(),
        bundle_id: b.info.bundle_id.clone(),
        organization: b.info.organization.clone(),
        key_id: b.info.key_id.clone(),
        created: b.info.created,
        log_entries: trees.get("log").map_or(0, Vec::len),
        records: trees.iter().map(|(k, v)| (k.clone(), v.len())).collect(),
        attachments: b
            .payload
            .keys()
            .filter(|k| k.starts_with("attachments/"))
            .count(),
    }
}

/// Reads and checks the backup at `path`.
fn load(path: &Path) -> Result<(BackupCheck, bundle::VerifiedBundle, Trees)> {
    let bytes = std::fs::read(path)?;
    let (b, trees) = read_backup(&bytes)?;
    Ok((check_of(path, &b, &trees), b, trees))
}

/// Checks a backup file without restoring it.
pub fn verify_backup(path: &Path) -> Result<BackupCheck> {
    load(path).map(|(check, _, _)| check)
}

/// Restores a backup into `target`, which must not hold a workspace yet:
/// the database is written beside it, flushed, renamed into place, opened
/// (indexes rebuilt) and its log verified.
pub fn restore_backup(path: &Path, target: &Path) -> Result<BackupCheck> {
    let (check, b, trees) = load(path)?;
    restore_checked(&b, &trees, target)?;
    Ok(check)
}

/// Writes a backup already read and checked into `target` (see
/// [`restore_backup`]).
fn restore_checked(b: &bundle::VerifiedBundle, trees: &Trees, target: &Path) -> Result<()> {
    let db_dir = target.join(super::DB_DIR);
    if db_dir.exists() {
        return Err(Error::AlreadyInitialized(format!(
            "{}{}",
            target.display(),
            crate::error::RESTORE_TARGET_HINT
        )));
    }
    std::fs::create_dir_all(target)?;
    let staging = target.join("db.restoring");
    if staging.exists() {
        std::fs::remove_dir_all(&staging)?;
    }
    {
        let db = sled::Config::new().path(&staging).open()?;
        for (name, rows) in trees {
            let tree = db.open_tree(name)?;
            let mut batch = sled::Batch::default();
            for (k, v) in rows {
                batch.insert(k.as_slice(), v.as_slice());
            }
            tree.apply_batch(batch)?;
        }
        let blobs = db.open_tree("blobs")?;
        for (p, content) in &b.payload {
            if let Some(sha) = p.strip_prefix("attachments/") {
                blobs.insert(sha.as_bytes(), content.as_slice())?;
            }
        }
        db.flush()?;
    }
    std::fs::rename(&staging, &db_dir)?;
    // The witness of the database this replaces does not apply.
    let _ = std::fs::remove_file(target.join(super::WITNESS));
    sync_dir(target)?;
    let store = Store::open(target)?;
    store.rebuild_indexes()?;
    let verification = store.verify_log()?;
    if !verification.is_intact() {
        return Err(Error::Corrupt(
            "the restored activity log does not verify".into(),
        ));
    }
    Ok(())
}

/// Restores a backup in place of the workspace in `dir` (closed): the
/// current database is kept aside as `db.before-restore-<time>`.
pub fn restore_in_place(path: &Path, dir: &Path, now: DateTime<Utc>) -> Result<BackupCheck> {
    // Checked before anything moves: a bad backup leaves the workspace be.
    let (check, b, trees) = load(path)?;
    let db_dir = dir.join(super::DB_DIR);
    let aside = dir.join(format!("db.before-restore-{}", now.format("%Y%m%dT%H%M%S")));
    if db_dir.exists() {
        std::fs::rename(&db_dir, &aside)?;
    }
    match restore_checked(&b, &trees, dir) {
        Ok(()) => Ok(check),
        Err(e) => {
            // Put the old database back: nothing lost.
            let _ = std::fs::remove_dir_all(&db_dir);
            if aside.exists() {
                let _ = std::fs::rename(&aside, &db_dir);
            }
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 2, 9, m, 0).single().unwrap()
    }

    /// Every tree a backup carries, as (name, key, value) rows.
    fn contents(store: &Store) -> Vec<(String, Vec<u8>, Vec<u8>)> {
        let mut out = Vec::new();
        for (i, name) in TREE_NAMES.iter().enumerate() {
            if derived(i) {
                continue;
            }
            for kv in store.trees[i].iter() {
                let (k, v) = kv.unwrap();
                out.push(((*name).to_owned(), k.to_vec(), v.to_vec()));
            }
        }
        out
    }

    #[test]
    fn a_backup_restores_every_record_attachment_and_the_log() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        crate::demo::seed(&store, t(0)).unwrap();
        store.add_attachment("a.bin", &[7u8; 5000]).unwrap();
        let mut files = Vec::new();
        for m in 1..=12 {
            files.push(store.create_backup(t(m), KEEP).unwrap());
        }
        let kept = list_backups(dir.path()).unwrap();
        assert_eq!(kept.len(), KEEP, "the newest {KEEP} are kept");
        assert_eq!(kept[0].name, files[11].name, "newest first");
        let check = verify_backup(Path::new(&kept[0].path)).unwrap();
        assert!(check.log_entries > 20);
        assert!(check.attachments >= 2);

        let target = tempfile::tempdir().unwrap();
        restore_backup(Path::new(&kept[0].path), target.path()).unwrap();
        let restored = Store::open(target.path()).unwrap();
        assert_eq!(contents(&restored), contents(&store));
        assert!(restored.verify_log().unwrap().is_intact());
        assert_eq!(restored.check_indexes().unwrap(), Vec::<String>::new());
        assert_eq!(
            restored.key_id_display().unwrap(),
            store.key_id_display().unwrap()
        );
        // Not over an existing workspace.
        let again = restore_backup(Path::new(&kept[0].path), target.path()).unwrap_err();
        assert_eq!(again.kind(), "already_initialized");
    }

    #[test]
    fn a_changed_backup_is_refused_and_in_place_restore_keeps_the_old_copy() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        crate::demo::seed(&store, t(0)).unwrap();
        let file = store.create_backup(t(1), KEEP).unwrap();
        let before = contents(&store);
        drop(store);
        let mut bytes = std::fs::read(&file.path).unwrap();
        let n = bytes.len();
        bytes[n / 2] ^= 0x20;
        let bad = dir.path().join("bad.ocbundle");
        std::fs::write(&bad, &bytes).unwrap();
        assert!(verify_backup(&bad).is_err());
        assert!(restore_in_place(&bad, dir.path(), t(2)).is_err());
        // Refused: the workspace is as it was.
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(contents(&store), before);
        drop(store);
        restore_in_place(Path::new(&file.path), dir.path(), t(3)).unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(contents(&store), before);
        assert!(dir
            .path()
            .join("db.before-restore-20261102T090300")
            .exists());
        // A backup is not a bundle to import.
        let other = tempfile::tempdir().unwrap();
        let partner = Store::open(other.path()).unwrap();
        crate::demo::seed(&partner, t(0)).unwrap();
        let bytes = std::fs::read(&file.path).unwrap();
        assert_eq!(
            partner
                .import_bundle(&bytes, true, t(4))
                .unwrap_err()
                .kind(),
            "not_for_you"
        );
    }
}

/// A workspace whose database files were damaged in many ways either opens
/// with everything in it, or is refused as `damaged` (never a panic, never
/// a silently shorter workspace); the newest backup then brings it back.
#[cfg(test)]
mod schedule_tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn an_unchanged_workspace_is_not_backed_up_again() {
        let at = |m| Utc.with_ymd_and_hms(2026, 11, 2, 9, m, 0).single().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(
            store.backup_if_changed(at(0), KEEP).unwrap(),
            None,
            "not set up yet"
        );
        crate::demo::seed(&store, at(0)).unwrap();
        let first = store.backup_if_changed(at(1), KEEP).unwrap();
        assert!(first.is_some());
        // Start and exit ten times without a change: still the one backup.
        for m in 2..12 {
            assert_eq!(store.backup_if_changed(at(m), KEEP).unwrap(), None);
        }
        assert_eq!(list_backups(dir.path()).unwrap().len(), 1);
        // A change: backed up once; a manual backup counts as the newest too.
        let input = crate::challenge::ChallengeInput {
            title: "One more".into(),
            ..Default::default()
        };
        store.create_challenge(input.clone(), at(12)).unwrap();
        assert!(store.backup_if_changed(at(13), KEEP).unwrap().is_some());
        assert_eq!(store.backup_if_changed(at(14), KEEP).unwrap(), None);
        store.create_challenge(input, at(15)).unwrap();
        store.create_backup(at(16), KEEP).unwrap();
        assert_eq!(store.backup_if_changed(at(17), KEEP).unwrap(), None);
        assert_eq!(list_backups(dir.path()).unwrap().len(), 3);
        // The newest backup removed by hand: made again.
        let newest = list_backups(dir.path()).unwrap().remove(0);
        std::fs::remove_file(&newest.path).unwrap();
        assert!(store.backup_if_changed(at(18), KEEP).unwrap().is_some());
        assert_eq!(store.backup_if_changed(at(19), KEEP).unwrap(), None);
        drop(first);
    }
}

#[cfg(test)]
mod damage_tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).single().unwrap()
    }

    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            let target = to.join(e.file_name());
            if e.file_type().unwrap().is_dir() {
                copy_dir(&e.path(), &target);
            } else {
                std::fs::copy(e.path(), target).unwrap();
            }
        }
    }

    #[test]
    fn damaged_files_are_refused_or_read_whole_and_a_backup_restores_them() {
        let base = tempfile::tempdir().unwrap();
        let good = base.path().join("good");
        let (entries, head, backup) = {
            let store = Store::open(&good).unwrap();
            crate::demo::seed(&store, now()).unwrap();
            let b = store.create_backup(now(), KEEP).unwrap();
            let n = store.activity_len().unwrap();
            let head = store.activity(0, 1).unwrap().items[0].sha256.clone();
            (n, head, b)
        };
        let db_file = |dir: &Path| dir.join("db").join("db");
        let open_db = move |d: &Path| {
            std::fs::OpenOptions::new()
                .write(true)
                .open(db_file(d))
                .unwrap()
        };
        let len = std::fs::metadata(db_file(&good)).unwrap().len();
        type Damage = Box<dyn Fn(&Path)>;
        let mut cases: Vec<(String, Damage)> = Vec::new();
        for frac in [0u64, 1, 10, 25, 50, 75, 90, 99] {
            cases.push((
                format!("truncated to {frac}%"),
                Box::new(move |d: &Path| {
                    open_db(d).set_len(len * frac / 100).unwrap();
                }),
            ));
        }
        for page in [0u64, 1, 3, 8, 20, 60] {
            cases.push((
                format!("page {page} zeroed"),
                Box::new(move |d: &Path| {
                    use std::io::{Seek, SeekFrom};
                    let mut f = open_db(d);
                    if page * 4096 < len {
                        f.seek(SeekFrom::Start(page * 4096)).unwrap();
                        f.write_all(&[0u8; 4096]).unwrap();
                    }
                }),
            ));
        }
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for i in 0..12 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let at = x % len;
            let seed = x;
            cases.push((
                format!("random bytes #{i} at {at}"),
                Box::new(move |d: &Path| {
                    use std::io::{Seek, SeekFrom};
                    let mut f = open_db(d);
                    f.seek(SeekFrom::Start(at)).unwrap();
                    let junk: Vec<u8> = (0..64)
                        .map(|j| (seed >> (j % 8 * 8)) as u8 ^ j as u8)
                        .collect();
                    f.write_all(&junk).unwrap();
                }),
            ));
        }
        cases.push((
            "db file missing".into(),
            Box::new(move |d: &Path| std::fs::remove_file(db_file(d)).unwrap()),
        ));
        cases.push((
            "conf missing".into(),
            Box::new(|d: &Path| std::fs::remove_file(d.join("db/conf")).unwrap()),
        ));
        cases.push((
            "conf garbage".into(),
            Box::new(|d: &Path| std::fs::write(d.join("db/conf"), b"\x00garbage").unwrap()),
        ));
        cases.push((
            "database folder missing".into(),
            Box::new(|d: &Path| std::fs::remove_dir_all(d.join("db")).unwrap()),
        ));

        let (mut refused, mut whole) = (0, 0);
        for (i, (name, damage)) in cases.iter().enumerate() {
            let dir = base.path().join(format!("case-{i}"));
            copy_dir(&good, &dir);
            damage(&dir);
            let opened = std::panic::catch_unwind(|| {
                Store::open(&dir).map(|s| {
                    let n = s.activity_len().unwrap_or(0);
                    let last = s
                        .activity(0, 1)
                        .ok()
                        .and_then(|p| p.items.first().map(|e| e.sha256.clone()));
                    let intact = s.verify_log().map(|v| v.is_intact()).unwrap_or(false);
                    (n, last, intact)
                })
            });
            match opened {
                Err(_) => panic!("{name}: panicked"),
                Ok(Ok((n, last, intact))) => {
                    assert!(
                        n == entries && last.as_deref() == Some(head.as_str()) && intact,
                        "{name}: opened with {n} of {entries} entries"
                    );
                    whole += 1;
                }
                Ok(Err(e)) => {
                    assert_eq!(e.kind(), "damaged", "{name}: {e}");
                    assert!(e.to_string().contains("backup"), "{e}");
                    refused += 1;
                    // The way out: the newest backup that verifies.
                    let newest = list_backups(&dir).unwrap();
                    assert_eq!(newest[0].name, backup.name);
                    restore_in_place(Path::new(&newest[0].path), &dir, now()).unwrap();
                    let s = Store::open(&dir).unwrap();
                    assert_eq!(s.activity_len().unwrap(), entries, "{name}: restored");
                    assert!(s.verify_log().unwrap().is_intact());
                }
            }
        }
        eprintln!(
            "{} damaged copies: {refused} refused as damaged and restored, {whole} read whole",
            cases.len()
        );
        assert!(refused >= 20, "{refused} refused");
    }
}

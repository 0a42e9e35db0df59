//! Schema version and migrations. The stored version lives in the meta tree
//! under `schema_version`. Opening a database runs every migration from its
//! version up to [`SCHEMA_VERSION`]; a database from a newer build is refused.

use super::{Store, T};
use crate::{Error, Result};

/// The schema this build writes.
pub const SCHEMA_VERSION: u32 = 2;

const KEY: &str = "schema_version";

/// Upgrades a database from version `from` to `from + 1`.
#[derive(Clone, Copy)]
pub struct Migration {
    pub from: u32,
    pub run: fn(&sled::Db) -> Result<()>,
}

/// Migrations in order; each has a test that opens a database of its
/// `from` version (tests/fixtures holds a real one written by version 1).
pub(crate) const MIGRATIONS: &[Migration] = &[Migration {
    from: 1,
    run: v1_row_ids,
}];

/// Version 2: rows inside challenges (incentives, criteria, risks,
/// decisions) get stable ids. Log entries are left exactly as written (they
/// keep verifying with their original hashes); indexes are rebuilt after.
fn v1_row_ids(db: &sled::Db) -> Result<()> {
    let tree = db.open_tree("challenges")?;
    let mut batch = sled::Batch::default();
    for item in tree.iter() {
        let (k, v) = item?;
        let mut record: serde_json::Value = serde_json::from_slice(&v)?;
        for rows in ["incentives", "criteria", "risks", "decisions"] {
            if let Some(list) = record.get_mut(rows).and_then(|r| r.as_array_mut()) {
                for row in list.iter_mut().filter_map(|r| r.as_object_mut()) {
                    let has = row.get("id").is_some_and(|id| !id.is_null());
                    if !has {
                        row.insert("id".into(), crate::ids::RowId::new().to_string().into());
                    }
                }
            }
        }
        batch.insert(k, serde_json::to_vec(&record)?);
    }
    tree.apply_batch(batch)?;
    Ok(())
}

/// Brings the database to `target`; true when it was brand new.
pub(crate) fn migrate(store: &Store, target: u32, migrations: &[Migration]) -> Result<bool> {
    let meta = store.tree(T::Meta);
    let stored: Option<u32> = store.meta_get(KEY)?;
    let mut version = match stored {
        Some(v) => v,
        None => {
            // A brand-new database: stamp it and we are done.
            meta.insert(KEY, serde_json::to_vec(&target)?)?;
            store.db.flush()?;
            return Ok(true);
        }
    };
    if version > target {
        return Err(Error::SchemaTooNew {
            found: version,
            supported: target,
        });
    }
    while version < target {
        let step = migrations
            .iter()
            .find(|m| m.from == version)
            .ok_or_else(|| Error::Corrupt(format!("no migration from schema version {version}")))?;
        (step.run)(&store.db)?;
        version += 1;
        meta.insert(KEY, serde_json::to_vec(&version)?)?;
        store.db.flush()?;
    }
    Ok(false)
}

/// The stored schema version (for diagnostics).
pub fn stored_version(store: &Store) -> Result<Option<u32>> {
    store.meta_get(KEY)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bump_titles(db: &sled::Db) -> Result<()> {
        db.open_tree("meta")?
            .insert("migrated_marker", b"\"yes\"".to_vec())?;
        Ok(())
    }

    #[test]
    fn new_database_is_stamped_with_the_current_version() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(stored_version(&store).unwrap(), Some(SCHEMA_VERSION));
    }

    #[test]
    fn older_database_runs_the_migration_hook() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open_with(dir.path(), 1, &[]).unwrap());
        let migrations = [Migration {
            from: 1,
            run: bump_titles,
        }];
        let store = Store::open_with(dir.path(), 2, &migrations).unwrap();
        assert_eq!(stored_version(&store).unwrap(), Some(2));
        let marker: Option<String> = store.meta_get("migrated_marker").unwrap();
        assert_eq!(marker.as_deref(), Some("yes"));
    }

    #[test]
    fn newer_database_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open_with(dir.path(), 3, &[]).unwrap());
        let err = Store::open(dir.path()).unwrap_err();
        assert_eq!(err.kind(), "schema_too_new");
    }
}

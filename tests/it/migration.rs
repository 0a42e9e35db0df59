//! Opening a real schema-1 workspace (tests/fixtures/v1-workspace, written by
//! the schema-1 release) migrates it: every record and field survives, rows
//! gain stable ids, the activity log still verifies, and the CLI reads it.

use std::collections::BTreeMap;
use std::path::Path;

use opencall_core::{PageRequest, Store};
use serde_json::Value;

use crate::support::{copy_dir, workspace_root};

/// Opens the database directly. A `Store` just dropped may still hold its
/// file lock for a moment (sled's flusher thread lets go on its next round,
/// later on a loaded machine): wait for it, up to 10 s.
fn open_sled(db: &Path) -> sled::Db {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        match sled::open(db) {
            Ok(db) => return db,
            Err(e) if std::time::Instant::now() < deadline && e.to_string().contains("lock") => {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(e) => panic!("{}: {e}", db.display()),
        }
    }
}

/// Every record of the record trees, as stored JSON, by tree and key.
fn raw_records(db: &Path) -> BTreeMap<(String, Vec<u8>), Value> {
    let db = open_sled(db);
    let mut out = BTreeMap::new();
    for tree in ["contributors", "challenges", "agreements", "acceptances"] {
        for item in db.open_tree(tree).unwrap().iter() {
            let (k, v) = item.unwrap();
            out.insert(
                (tree.to_owned(), k.to_vec()),
                serde_json::from_slice(&v).unwrap(),
            );
        }
    }
    out
}

fn log_entries(db: &Path) -> Vec<Vec<u8>> {
    let db = open_sled(db);
    let log = db.open_tree("log").unwrap();
    log.iter().values().map(|v| v.unwrap().to_vec()).collect()
}

#[test]
fn a_v1_workspace_migrates_with_every_record_and_field_intact() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    copy_dir(&workspace_root().join("tests/fixtures/v1-workspace"), &dir);
    let before = raw_records(&dir.join("db"));
    let log_before = log_entries(&dir.join("db"));
    assert!(before.len() > 20, "the fixture holds the demo");

    let store = Store::open(&dir).unwrap();
    assert_eq!(
        opencall_core::store::stored_version(&store).unwrap(),
        Some(opencall_core::store::SCHEMA_VERSION)
    );
    assert!(
        store.verify_log().unwrap().is_intact(),
        "old entries keep verifying"
    );
    assert_eq!(
        store.check_indexes().unwrap(),
        Vec::<String>::new(),
        "indexes built"
    );
    let challenges = store
        .challenges(&Default::default(), PageRequest::all())
        .unwrap();
    assert_eq!(challenges.total, 5);
    for c in challenges.iter() {
        let full = store.challenge(c.id).unwrap();
        let rows = full
            .body
            .incentives
            .iter()
            .map(|r| r.id)
            .chain(full.body.criteria.iter().map(|r| r.id))
            .chain(full.body.risks.iter().map(|r| r.id))
            .chain(full.body.decisions.iter().map(|r| r.id));
        let mut seen = std::collections::HashSet::new();
        for id in rows {
            assert!(!id.is_new(), "every row of “{}” has an id", c.title);
            assert!(seen.insert(id), "row ids are unique");
        }
    }
    // A new change chains onto the old log.
    let c = &challenges[0];
    let mut edit = store.challenge(c.id).unwrap().body;
    edit.lessons.push("Migrated and still editable".into());
    store
        .update_challenge(c.id, None, edit, chrono::Utc::now())
        .unwrap();
    assert!(store.verify_log().unwrap().is_intact());
    drop(store);

    // Every stored record is what it was, plus row ids (and the one edit).
    let after = raw_records(&dir.join("db"));
    assert_eq!(before.len(), after.len());
    for (key, old) in &before {
        let mut new = after[key].clone();
        if key.0 == "challenges" {
            for rows in ["incentives", "criteria", "risks", "decisions"] {
                for row in new[rows].as_array_mut().unwrap() {
                    assert!(row["id"].is_string(), "{rows} row has an id");
                    row.as_object_mut().unwrap().remove("id");
                }
            }
            if new["id"] == Value::String(c.id.to_string()) {
                continue; // the edited one, checked above
            }
        }
        assert_eq!(&new, old, "{} record changed in migration", key.0);
    }
    // Log entries written before are left byte for byte.
    let log_after = log_entries(&dir.join("db"));
    assert_eq!(&log_after[..log_before.len()], &log_before[..]);

    // The CLI shows old and new entries as structured data.
    let out = crate::support::cli_command()
        .args(["log", "list", "--json", "--data-dir"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let entries: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(entries[0]["action"], "challenge.updated");
    assert!(entries[0]["actor"].is_string());
    let oldest = entries.last().unwrap();
    assert_eq!(oldest["action"], "workspace.created");
    assert!(oldest["legacy"]["summary"].is_string(), "{oldest}");
}

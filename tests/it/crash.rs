//! The crash harness: a child process (`tests/crash_child.rs`) writes —
//! single records, bundle imports of many records in one transaction,
//! backups — and acknowledges each write only after it returned Ok; the
//! parent SIGKILLs it at random moments (during open too). After every kill
//! the workspace opens, every acknowledged record is there byte-identical,
//! no import is half-applied, indexes agree with records, acknowledged
//! backups verify, and the log verifies.
//!
//! 200 cycles by default; `OPENCALL_CRASH_CYCLES=5000` runs more.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use chrono::Utc;
use opencall_core::bundle::{BundleKind, ExportRequest};
use opencall_core::idea::{IdeaBody, IdeaInput};
use opencall_core::ids::IdeaId;
use opencall_core::Store;

fn child_binary() -> PathBuf {
    let app = crate::support::cli_binary();
    app.with_file_name(format!("crash-child{}", std::env::consts::EXE_SUFFIX))
}

/// A sponsor workspace and response bundles from a partner: bundle `k`
/// adds 15 new ideas (and repeats the earlier ones). Returns the ideas new
/// in each bundle.
fn prepare(sponsor_dir: &Path, partner_dir: &Path, bundles: &Path) -> Vec<Vec<IdeaId>> {
    let now = Utc::now();
    let sponsor = Store::open(sponsor_dir).unwrap();
    let partner = Store::open(partner_dir).unwrap();
    let x = opencall_core::demo::exchange_workload(&sponsor, &partner, 0, 0, now).unwrap();
    std::fs::create_dir_all(bundles).unwrap();
    let mut batches = Vec::new();
    for k in 0..6 {
        let mut ids = Vec::new();
        for i in 0..15 {
            let idea = partner
                .create_idea(
                    IdeaInput {
                        challenge: Some(x.challenge),
                        body: IdeaBody {
                            title: format!("Batch {k} idea {i}"),
                            summary: "Crash-tested.".into(),
                            authors: vec![x.partner],
                            ..IdeaBody::default()
                        },
                    },
                    now,
                )
                .unwrap();
            ids.push(idea.id);
        }
        let (bytes, _) = partner
            .export_bundle(
                &ExportRequest {
                    kind: BundleKind::Response,
                    challenge: Some(x.challenge),
                    recipients: vec![],
                },
                now,
            )
            .unwrap();
        std::fs::write(bundles.join(format!("response-{k}.ocbundle")), bytes).unwrap();
        batches.push(ids);
    }
    batches
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn killed_writers_lose_nothing_acknowledged_and_apply_nothing_by_halves() {
    let cycles: usize = std::env::var("OPENCALL_CRASH_CYCLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sponsor");
    let bundles = tmp.path().join("bundles");
    let batches = prepare(&dir, &tmp.path().join("partner"), &bundles);
    let child = child_binary();
    assert!(child.exists(), "{} missing", child.display());

    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ u64::from(std::process::id()));
    let mut next_step: u64 = 0;
    let mut acked_contributors: BTreeMap<String, String> = BTreeMap::new();
    let mut imported_upto: Option<usize> = None;
    let mut acked_backups: Vec<String> = Vec::new();
    let (mut writes, mut during_open) = (0usize, 0usize);
    for cycle in 0..cycles {
        let mut proc = Command::new(&child)
            .arg(&dir)
            .arg(&bundles)
            .arg(next_step.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Mostly short lives (open, first writes), sometimes longer ones.
        let ms = if rng.next().is_multiple_of(4) {
            rng.next() % 400
        } else {
            rng.next() % 60
        };
        std::thread::sleep(Duration::from_millis(ms));
        if let Some(status) = proc.try_wait().unwrap() {
            let mut err = String::new();
            proc.stderr
                .take()
                .unwrap()
                .read_to_string(&mut err)
                .unwrap();
            panic!("cycle {cycle}: the child stopped by itself ({status}): {err}");
        }
        proc.kill().unwrap(); // SIGKILL
        proc.wait().unwrap();
        let mut out = String::new();
        proc.stdout
            .take()
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        let mut opened = false;
        for line in out.lines() {
            let parts: Vec<&str> = line.split(' ').collect();
            match parts.as_slice() {
                ["open"] => opened = true,
                [step, "contributor", id, sha] => {
                    acked_contributors.insert((*id).to_owned(), (*sha).to_owned());
                    next_step = step.parse::<u64>().unwrap() + 1;
                    writes += 1;
                }
                [step, "import", file, _] => {
                    let k: usize = file
                        .rsplit("response-")
                        .next()
                        .and_then(|s| s.strip_suffix(".ocbundle"))
                        .unwrap()
                        .parse()
                        .unwrap();
                    imported_upto = Some(imported_upto.map_or(k, |u| u.max(k)));
                    next_step = step.parse::<u64>().unwrap() + 1;
                    writes += 1;
                }
                [step, "backup", path] => {
                    acked_backups.push((*path).to_owned());
                    next_step = step.parse::<u64>().unwrap() + 1;
                    writes += 1;
                }
                _ => panic!("cycle {cycle}: unexpected line {line:?}"),
            }
        }
        if !opened {
            during_open += 1;
        }

        // After the kill: everything acknowledged is there, nothing by halves.
        let store = Store::open(&dir)
            .unwrap_or_else(|e| panic!("cycle {cycle}: the workspace does not open: {e}"));
        for (id, sha) in &acked_contributors {
            let c = store.contributor(id.parse().unwrap()).unwrap_or_else(|e| {
                panic!("cycle {cycle}: acknowledged contributor {id} is missing: {e}")
            });
            let got = opencall_core::bundle::sha256_hex(&serde_json::to_vec(&c).unwrap());
            assert_eq!(&got, sha, "cycle {cycle}: contributor {id} changed");
        }
        for (k, ids) in batches.iter().enumerate() {
            let present = ids.iter().filter(|i| store.idea(**i).is_ok()).count();
            assert!(
                present == 0 || present == ids.len(),
                "cycle {cycle}: bundle {k} half-applied ({present} of {})",
                ids.len()
            );
            if imported_upto.is_some_and(|u| u >= k) {
                assert_eq!(
                    present,
                    ids.len(),
                    "cycle {cycle}: acknowledged import {k} lost"
                );
            }
        }
        assert_eq!(
            store.check_indexes().unwrap(),
            Vec::<String>::new(),
            "cycle {cycle}"
        );
        assert!(store.verify_log().unwrap().is_intact(), "cycle {cycle}");
        drop(store);
        if let Some(b) = acked_backups.last() {
            if Path::new(b).exists() {
                opencall_core::store::backup::verify_backup(Path::new(b))
                    .unwrap_or_else(|e| panic!("cycle {cycle}: acknowledged backup {b}: {e}"));
            }
        }
    }
    eprintln!(
        "{cycles} kill cycles: {writes} acknowledged writes ({} records, imports up to bundle {imported_upto:?}, {} backups), {during_open} kills before the workspace was open",
        acked_contributors.len(),
        acked_backups.len()
    );
    assert!(
        writes > cycles / 2,
        "too few writes to mean anything: {writes}"
    );
}

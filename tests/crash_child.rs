//! The crash harness's child: `crash-child DIR BUNDLES_DIR START`. Opens the
//! workspace in DIR and performs writes in a fixed cycle, starting at step
//! START — single records, a bundle import (many records in one
//! transaction), a backup — printing one
//! acknowledgement line after each write returned Ok (and only then), until
//! the parent kills it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test helper: fail loudly

use std::io::Write;
use std::path::PathBuf;

use chrono::Utc;
use opencall_core::bundle::sha256_hex as sha_hex;
use opencall_core::contributor::{ContributorInput, ContributorKind};
use opencall_core::Store;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("DIR"));
    let bundles = PathBuf::from(args.next().expect("BUNDLES_DIR"));
    let start: u64 = args.next().and_then(|s| s.parse().ok()).expect("START");
    let store = match Store::open_existing(&dir) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("open: {e}");
            std::process::exit(3);
        }
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&bundles)
        .expect("bundles")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let out = std::io::stdout();
    let ack = |line: String| {
        let mut o = out.lock();
        let _ = writeln!(o, "{line}");
        let _ = o.flush();
    };
    ack("open".into());
    for step in start.. {
        let now = Utc::now();
        match step % 4 {
            0 | 2 => {
                let c = store
                    .create_contributor(
                        ContributorInput::new(
                            format!("Crash tester {step}"),
                            ContributorKind::Expert,
                        ),
                        now,
                    )
                    .expect("create");
                let json = serde_json::to_vec(&c).expect("json");
                ack(format!("{step} contributor {} {}", c.id, sha_hex(&json)));
            }
            1 => {
                let file = &files[(step / 4) as usize % files.len()];
                let bytes = std::fs::read(file).expect("bundle");
                let done = store.import_bundle(&bytes, true, now).expect("import");
                ack(format!(
                    "{step} import {} {}",
                    file.display(),
                    done.counts.add
                ));
            }
            _ => {
                let b = store.create_backup(now, 3).expect("backup");
                ack(format!("{step} backup {}", b.path));
            }
        }
    }
}

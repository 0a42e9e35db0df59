//! Figures for bundles (release build): export, verify and import of a
//! response bundle with 10,000 ideas and 100 MB of attachments, against
//! `sha256sum` plus `zip` over the same bytes.
//!
//! `cargo run --release -p opencall-core --example bundle_bench [IDEAS] [MB]`

use std::process::Command;
use std::time::Instant;

use chrono::Utc;
use opencall_core::bundle::{read, BundleKind, ExportRequest, Limits};
use opencall_core::Store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let ideas: usize = args.next().map_or(Ok(10_000), |a| a.parse())?;
    let mb: u64 = args.next().map_or(Ok(100), |a| a.parse())?;
    let tmp = tempfile::tempdir()?;
    let sponsor = Store::open(tmp.path().join("sponsor"))?;
    let partner = Store::open(tmp.path().join("partner"))?;
    let t = Instant::now();
    let x = opencall_core::demo::exchange_workload(
        &sponsor,
        &partner,
        ideas,
        mb * 1024 * 1024,
        Utc::now(),
    )?;
    println!(
        "workload: {ideas} ideas, {mb} MB of attachments, made in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let req = ExportRequest {
        kind: BundleKind::Response,
        challenge: Some(x.challenge),
        recipients: vec![],
    };

    let t = Instant::now();
    let (bytes, summary) = partner.export_bundle(&req, Utc::now())?;
    let export = t.elapsed().as_secs_f64();
    println!(
        "export:  {export:.2} s  ({} records, {} attachments, bundle {:.1} MB)",
        summary.items.len(),
        summary.attachments,
        bytes.len() as f64 / 1_048_576.0
    );

    let t = Instant::now();
    let verified = read(&bytes, Limits::default())?;
    let verify = t.elapsed().as_secs_f64();
    println!("verify:  {verify:.2} s  (bag, manifests, signature)");

    let t = Instant::now();
    let preview = sponsor.preview_import(&bytes, Utc::now())?;
    println!(
        "preview: {:.2} s  ({} to add)",
        t.elapsed().as_secs_f64(),
        preview.counts.add
    );
    let t = Instant::now();
    let done = sponsor.import_bundle(&bytes, true, Utc::now())?;
    let import = t.elapsed().as_secs_f64();
    println!(
        "import:  {import:.2} s  ({} added, one transaction, flushed)",
        done.counts.add
    );

    // The baseline: sha256sum and zip over the same payload files.
    let dir = tmp.path().join("payload");
    for (path, content) in &verified.payload {
        let p = dir.join(path);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(p, content)?;
    }
    let files: Vec<String> = verified.payload.keys().cloned().collect();
    let t = Instant::now();
    let ok = Command::new("sha256sum")
        .args(&files)
        .current_dir(&dir)
        .stdout(std::process::Stdio::null())
        .status()?
        .success();
    let sha = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let zipped = Command::new("zip")
        .args(["-q", "-r", "../baseline.zip", "."])
        .current_dir(&dir)
        .status()?
        .success();
    let zip = t.elapsed().as_secs_f64();
    if ok && zipped {
        let base = sha + zip;
        println!("baseline: sha256sum {sha:.2} s + zip {zip:.2} s = {base:.2} s");
        for (name, v) in [("export", export), ("verify", verify), ("import", import)] {
            println!("  {name}: {:.2}× the baseline", v / base);
        }
    } else {
        println!("baseline: sha256sum or zip missing");
    }
    Ok(())
}

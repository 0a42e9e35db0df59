//! End-to-end tests of the `opencall-cli` binary: each test runs the real
//! binary against its own temporary workspace directory.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

use crate::support::{cli_command, copy_dir, cut_in_half};

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn ok(&self) -> bool {
        self.code == Some(0)
    }
}

/// Runs the CLI with `--data-dir dir` and `args`.
fn oc(dir: &Path, args: &[&str]) -> Run {
    oc_env(dir, args, &[])
}

/// Runs the CLI with `--data-dir dir` and `args`, and these environment
/// variables on top of the harness's (`LANG=C.UTF-8`).
fn oc_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let out = cli_command()
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("OPENCALL_DATA_DIR")
        .envs(env.iter().copied())
        .output()
        .expect("run opencall-cli");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs a command that must succeed; returns its stdout.
fn ok(dir: &Path, args: &[&str]) -> String {
    let r = oc(dir, args);
    assert!(
        r.ok(),
        "opencall-cli {args:?} failed with {:?}\nstdout: {}\nstderr: {}",
        r.code,
        r.stdout,
        r.stderr
    );
    r.stdout
}

/// Runs a command with `--json` that must succeed; returns the parsed output.
fn json(dir: &Path, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let text = ok(dir, &all);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: bad JSON ({e}): {text}"))
}

fn array(v: &Value) -> &Vec<Value> {
    v.as_array()
        .unwrap_or_else(|| panic!("expected a JSON array: {v}"))
}

/// Runs a command that must fail; returns the run.
fn fails(dir: &Path, args: &[&str]) -> Run {
    let r = oc(dir, args);
    assert!(
        !r.ok() && r.code.is_some(),
        "opencall-cli {args:?} should fail with an exit code, got {:?}\nstdout: {}",
        r.code,
        r.stdout
    );
    // Text mode says `error: …`; with --json the error is one JSON object.
    let json_error = serde_json::from_str::<Value>(r.stderr.trim())
        .is_ok_and(|v| v["kind"].is_string() && v["message"].is_string());
    assert!(
        r.stderr.contains("error:") || json_error,
        "opencall-cli {args:?}: no error on stderr: {:?}",
        r.stderr
    );
    r
}

fn init(dir: &Path) {
    ok(
        dir,
        &["init", "--org", "Acme Pumps", "--user", "Ann Example"],
    );
}

#[test]
fn cli_create_challenge_with_only_a_title() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let out = ok(
        dir,
        &[
            "init",
            "--org",
            "Acme Pumps",
            "--user",
            "Ann",
            "--role",
            "CTO",
        ],
    );
    assert!(out.contains("Acme Pumps"), "{out}");

    let out = ok(dir, &["challenge", "create", "--title", "Quieter fans"]);
    assert!(out.starts_with("Created challenge "), "{out}");
    assert!(out.contains("“Quieter fans”"), "{out}");
    let id = out.split_whitespace().nth(2).expect("an id").to_owned();

    let shown = json(dir, &["challenge", "show", &id]);
    assert_eq!(shown["id"], id.as_str());
    assert_eq!(shown["title"], "Quieter fans");
    assert_eq!(shown["status"], "draft");
    assert_eq!(shown["lead"], "Ann", "lead defaults to the user");
    assert_eq!(shown["deadline"], Value::Null);

    let human = ok(dir, &["challenge", "show", &id]);
    assert!(
        human.contains("Quieter fans") && human.contains("IP regime"),
        "{human}"
    );

    let created = json(
        dir,
        &[
            "challenge",
            "create",
            "--title",
            "Full",
            "--type",
            "partner-scouting",
            "--deadline",
            "2099-01-31",
            "--incentive",
            "money:€5,000 prize",
            "--criterion",
            "Cost: total:30",
            "--goal",
            "Cheaper",
            "--brief",
            "Some *brief*",
        ],
    );
    assert_eq!(created["challenge_type"], "partner_scouting");
    assert_eq!(created["deadline"], "2099-01-31");
    assert_eq!(created["incentives"][0]["kind"], "money");
    assert_eq!(created["incentives"][0]["description"], "€5,000 prize");
    assert_eq!(created["criteria"][0]["name"], "Cost: total");
    assert_eq!(created["criteria"][0]["weight"], 30);
    assert_eq!(created["goals"][0], "Cheaper");
}

#[test]
fn cli_challenge_list_json_is_an_array_of_summaries() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    assert!(array(&json(dir, &["challenge", "list"])).is_empty());
    ok(dir, &["challenge", "create", "--title", "First"]);
    ok(dir, &["challenge", "create", "--title", "Second"]);

    let list = json(dir, &["challenge", "list"]);
    let list = array(&list);
    assert_eq!(list.len(), 2);
    for c in list {
        for field in ["id", "title", "status", "challenge_type", "lead"] {
            assert!(c[field].is_string(), "{field} missing in {c}");
        }
        assert!(c["archived"].is_boolean() && c["revision"].is_u64(), "{c}");
    }
    let titles: HashSet<&str> = list.iter().filter_map(|c| c["title"].as_str()).collect();
    assert_eq!(titles, HashSet::from(["First", "Second"]));

    let found = json(dir, &["challenge", "list", "--search", "seco"]);
    assert_eq!(array(&found).len(), 1);
    assert!(array(&json(dir, &["challenge", "list", "--status", "open"])).is_empty());

    let human = ok(dir, &["challenge", "list"]);
    assert!(human.starts_with("STATUS"), "{human}");
    assert!(
        human.contains("First") && human.contains("draft"),
        "{human}"
    );

    let bad = fails(dir, &["challenge", "list", "--status", "finished"]);
    assert_eq!(bad.code, Some(2));
    assert!(
        bad.stderr.contains("evaluating"),
        "valid values listed: {}",
        bad.stderr
    );
}

#[test]
fn cli_show_unknown_or_invalid_id_fails() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let unknown = fails(
        dir,
        &["challenge", "show", "6f1c1d36-6a43-4b0e-9a49-3c1f4b6a2d11"],
    );
    assert!(
        unknown.stderr.contains("No challenge"),
        "{}",
        unknown.stderr
    );
    assert!(unknown.stdout.is_empty());

    let invalid = fails(dir, &["challenge", "show", "not-a-uuid"]);
    assert!(invalid.stderr.contains("not-a-uuid"), "{}", invalid.stderr);
    assert!(invalid.stdout.is_empty());

    let json_mode = fails(dir, &["challenge", "show", "not-a-uuid", "--json"]);
    assert!(
        json_mode.stdout.is_empty(),
        "errors go to stderr even with --json"
    );
}

#[test]
fn cli_demo_seeds_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let first = json(dir, &["demo"]);
    assert_eq!(first["initialized"], true);
    assert_eq!(first["seeded"], true);
    assert_eq!(first["challenges"], 5);

    assert_eq!(array(&json(dir, &["challenge", "list"])).len(), 5);
    let contributors = json(dir, &["contributor", "list"]);
    let contributors = array(&contributors);
    assert!(
        contributors.len() >= 12,
        "{} contributors",
        contributors.len()
    );
    let kinds: HashSet<&str> = contributors
        .iter()
        .filter_map(|c| c["kind"].as_str())
        .collect();
    assert_eq!(kinds.len(), 7, "every contributor kind: {kinds:?}");

    let second = json(dir, &["demo"]);
    assert_eq!(second["initialized"], false);
    assert_eq!(second["seeded"], false);
    assert_eq!(array(&json(dir, &["challenge", "list"])).len(), 5);
    assert_eq!(
        array(&json(dir, &["contributor", "list"])).len(),
        contributors.len()
    );

    let human = ok(dir, &["demo"]);
    assert!(human.contains("added nothing"), "{human}");
}

#[test]
fn cli_contributor_add_and_filter() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let added = json(
        dir,
        &[
            "contributor",
            "add",
            "--name",
            "Sound Lab",
            "--kind",
            "university-lab",
            "--org",
            "--affiliation",
            "TU Somewhere",
            "--expertise",
            "Acoustics",
            "--expertise",
            "CFD",
            "--group",
            "Acoustics circle",
            "--email",
            "lab@tu.example",
        ],
    );
    assert_eq!(added["kind"], "university_lab");
    assert_eq!(added["entity"], "organization");
    ok(
        dir,
        &[
            "contributor",
            "add",
            "--name",
            "Other Lab",
            "--kind",
            "university_lab",
        ],
    );
    ok(
        dir,
        &[
            "contributor",
            "add",
            "--name",
            "Noisy Supplier",
            "--kind",
            "supplier",
            "--expertise",
            "acoustics",
        ],
    );

    let found = json(
        dir,
        &[
            "contributor",
            "list",
            "--kind",
            "university-lab",
            "--expertise",
            "acoustics",
        ],
    );
    let found = array(&found);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["name"], "Sound Lab");
    assert_eq!(found[0]["id"], added["id"]);

    let human = ok(dir, &["contributor", "list", "--kind", "university-lab"]);
    assert!(
        human.contains("Sound Lab") && human.contains("Other Lab"),
        "{human}"
    );
    assert!(!human.contains("Noisy Supplier"), "{human}");

    let bad = fails(
        dir,
        &["contributor", "add", "--name", "X", "--kind", "alien"],
    );
    assert_eq!(bad.code, Some(2));
    assert!(bad.stderr.contains("university_lab"), "{}", bad.stderr);
    let bad_email = fails(
        dir,
        &[
            "contributor",
            "add",
            "--name",
            "X",
            "--kind",
            "expert",
            "--email",
            "nope",
        ],
    );
    assert_eq!(bad_email.code, Some(2));
    assert!(bad_email.stderr.contains("email"), "{}", bad_email.stderr);
}

#[test]
fn cli_agreement_publish_creates_version_one() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let a = json(
        dir,
        &[
            "agreement",
            "publish",
            "--title",
            "Mutual NDA",
            "--kind",
            "nda",
            "--text",
            "Keep it secret.",
        ],
    );
    assert_eq!(a["title"], "Mutual NDA");
    assert_eq!(a["kind"], "nda");
    assert_eq!(a["versions"][0]["number"], 1);
    let sha = a["versions"][0]["sha256"]
        .as_str()
        .expect("a hash")
        .to_owned();
    assert_eq!(sha.len(), 64);

    let list = json(dir, &["agreement", "list"]);
    let list = array(&list);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["latest_version"], 1);
    assert_eq!(list[0]["has_unpublished_changes"], false);

    let human = ok(dir, &["agreement", "list"]);
    assert!(human.contains("Mutual NDA"), "{human}");
    assert!(human.contains(&format!("v1 {}", &sha[..12])), "{human}");

    // Publishing the same text again is refused: nothing changed.
    let id = a["id"].as_str().expect("an id");
    let again = fails(dir, &["agreement", "publish", id]);
    assert_eq!(again.code, Some(2));
    assert!(
        again.stderr.contains("already published"),
        "{}",
        again.stderr
    );

    // From a file.
    let file = dir.join("terms.txt");
    std::fs::write(&file, "Submit nothing confidential.").unwrap();
    let b = json(
        dir,
        &[
            "agreement",
            "publish",
            "--title",
            "Submission terms",
            "--kind",
            "non-confidential-submission",
            "--file",
            file.to_str().expect("utf-8 path"),
        ],
    );
    assert_eq!(b["versions"][0]["text"], "Submit nothing confidential.");

    let missing = fails(
        dir,
        &[
            "agreement",
            "publish",
            "--title",
            "No text",
            "--kind",
            "nda",
        ],
    );
    assert_eq!(missing.code, Some(2));
    let bad_kind = fails(
        dir,
        &[
            "agreement",
            "publish",
            "--title",
            "T",
            "--kind",
            "handshake",
            "--text",
            "x",
        ],
    );
    assert!(
        bad_kind.stderr.contains("participation_rules"),
        "{}",
        bad_kind.stderr
    );
    assert_eq!(
        array(&json(dir, &["agreement", "list"])).len(),
        2,
        "failed publishes add nothing"
    );
}

#[test]
fn cli_challenge_status_checks_the_lifecycle() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let bare = json(dir, &["challenge", "create", "--title", "Bare"]);
    let id = bare["id"].as_str().expect("an id").to_owned();
    let refused = fails(dir, &["challenge", "status", &id, "open"]);
    assert_eq!(refused.code, Some(2));
    assert!(refused.stderr.contains("deadline"), "{}", refused.stderr);

    let deadline = (chrono::Utc::now().date_naive() + chrono::Days::new(30)).to_string();
    let ready = json(
        dir,
        &[
            "challenge",
            "create",
            "--title",
            "Ready",
            "--brief",
            "Why",
            "--deadline",
            &deadline,
            "--incentive",
            "recognition:Credit",
        ],
    );
    let id = ready["id"].as_str().expect("an id").to_owned();
    let out = ok(dir, &["challenge", "status", &id, "open"]);
    assert!(out.contains("from draft to open"), "{out}");
    assert_eq!(json(dir, &["challenge", "show", &id])["status"], "open");
    let skip = fails(dir, &["challenge", "status", &id, "implementing"]);
    assert_eq!(skip.code, Some(2));
}

#[test]
fn cli_validation_errors_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let blank = fails(dir, &["challenge", "create", "--title", "  "]);
    assert_eq!(blank.code, Some(2));
    assert!(blank.stderr.contains("title"), "{}", blank.stderr);

    let many = fails(
        dir,
        &[
            "challenge",
            "create",
            "--title",
            " ",
            "--criterion",
            "Cost:0",
        ],
    );
    assert_eq!(many.code, Some(2));
    let lines: Vec<&str> = many.stderr.lines().collect();
    assert!(
        lines.len() >= 3,
        "one line per field error: {}",
        many.stderr
    );
    assert!(many.stderr.contains("criteria.0.weight"), "{}", many.stderr);

    for args in [
        ["--deadline", "31/12/2030"],
        ["--criterion", "Cost:lots"],
        ["--incentive", "cash:€10"],
        ["--type", "hackathon"],
    ] {
        let mut all = vec!["challenge", "create", "--title", "T"];
        all.extend(args);
        assert_eq!(fails(dir, &all).code, Some(2), "{args:?}");
    }
    assert!(
        array(&json(dir, &["challenge", "list"])).is_empty(),
        "nothing was created"
    );
}

#[test]
fn cli_log_verify_and_list() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    ok(dir, &["demo"]);
    let out = ok(dir, &["log", "verify"]);
    assert!(out.starts_with("Activity log intact: "), "{out}");
    let verified = json(dir, &["log", "verify"]);
    assert_eq!(verified["status"], "intact");
    let entries = verified["entries"].as_u64().expect("a count");
    assert!(entries > 20, "{entries}");
    assert!(out.contains(&format!("{entries} entries, head ")), "{out}");

    let latest = json(dir, &["log", "list", "--limit", "3"]);
    let latest = array(&latest);
    assert_eq!(latest.len(), 3);
    assert_eq!(latest[0]["seq"].as_u64(), Some(entries - 1), "newest first");
    assert!(ok(dir, &["log", "list"]).contains("ACTION"));
}

#[test]
fn cli_log_verify_reports_tampering() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    ok(dir, &["demo"]);
    {
        // Tamper with the files the way an attacker would: sled directly.
        let db = sled::open(dir.join("db")).unwrap();
        let tree = db.open_tree("log").unwrap();
        let key = 3u64.to_be_bytes();
        let bytes = tree.get(key).unwrap().expect("entry 3");
        let mut entry: Value = serde_json::from_slice(&bytes).unwrap();
        entry["summary"] = Value::from("Nothing happened here");
        tree.insert(key, serde_json::to_vec(&entry).unwrap())
            .unwrap();
        tree.flush().unwrap();
    }
    let r = oc(dir, &["log", "verify"]);
    assert_eq!(r.code, Some(1), "stdout: {} stderr: {}", r.stdout, r.stderr);
    assert!(r.stdout.contains("entry 3"), "{}", r.stdout);
    let r = oc(dir, &["log", "verify", "--json"]);
    assert_eq!(r.code, Some(1));
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["status"], "broken");
    assert_eq!(v["seq"], 3);
}

#[test]
fn cli_commands_before_init_fail_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("workspace");
    for args in [
        &["challenge", "list"][..],
        &["challenge", "create", "--title", "T"],
        &["contributor", "list"],
        &["agreement", "list"],
        &["log", "verify"],
        &["log", "list", "--json"],
    ] {
        let r = fails(&dir, args);
        assert_eq!(r.code, Some(1), "{args:?}");
        assert!(
            r.stderr.contains("not been set up"),
            "{args:?}: {}",
            r.stderr
        );
        assert!(
            r.stderr.contains("opencall-cli init"),
            "{args:?}: {}",
            r.stderr
        );
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
    }
    assert!(!dir.exists(), "a failed command creates nothing");

    init(&dir);
    let twice = fails(&dir, &["init", "--org", "Other", "--user", "Bob"]);
    assert!(twice.stderr.contains("already set up"), "{}", twice.stderr);
    assert!(array(&json(&dir, &["challenge", "list"])).is_empty());
}

#[test]
fn cli_log_list_json_is_structured_data() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let c = json(dir, &["challenge", "create", "--title", "Quieter fans"]);
    let id = c["id"].as_str().unwrap();
    ok(dir, &["challenge", "archive", &id[..8]]);
    let entries = json(dir, &["log", "list"]);
    let entries = array(&entries);
    assert_eq!(entries.len(), 3, "everything without --limit");
    let archived = &entries[0];
    assert_eq!(archived["action"], "challenge.archived");
    assert_eq!(archived["record_kind"], "challenge");
    assert_eq!(archived["record_id"], id);
    assert_eq!(archived["detail"]["label"], "Quieter fans");
    for e in entries {
        for key in [
            "action",
            "actor",
            "record_kind",
            "record_id",
            "at",
            "sha256",
            "prev_sha256",
        ] {
            assert!(e[key].is_string(), "{key} in {e}");
        }
        assert!(e["action"].as_str().unwrap().contains('.'), "{e}");
        assert!(e.get("summary").is_none(), "no prose: {e}");
    }
    let human = ok(dir, &["log", "list"]);
    assert!(
        human.contains("challenge.archived") && human.contains("Ann Example"),
        "{human}"
    );
    let page = array(&json(
        dir,
        &["log", "list", "--limit", "1", "--offset", "1"],
    ))
    .clone();
    assert_eq!(page.len(), 1);
    assert_eq!(page[0]["action"], "challenge.created");
    let none = ok(dir, &["log", "list", "--limit", "0"]);
    assert!(none.contains("Showing 0 of 3 entries"), "{none}");
    assert!(!none.contains("empty"), "{none}");
}

#[test]
fn cli_lists_page_with_limit_and_offset() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    for name in ["Ann", "Ben", "Cleo", "Dan", "Eve"] {
        ok(
            dir,
            &["contributor", "add", "--name", name, "--kind", "expert"],
        );
    }
    let all = json(dir, &["contributor", "list"]);
    assert_eq!(array(&all).len(), 5);
    let page = json(
        dir,
        &["contributor", "list", "--limit", "2", "--offset", "1"],
    );
    let names: Vec<&str> = array(&page)
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ben", "Cleo"]);
    let text = ok(
        dir,
        &["contributor", "list", "--limit", "2", "--offset", "4"],
    );
    assert!(text.contains("Showing 5–5 of 5 contributors"), "{text}");
    for kind in ["challenge", "agreement"] {
        assert!(array(&json(dir, &[kind, "list", "--limit", "1"])).len() <= 1);
    }
}

#[test]
fn cli_shows_every_kind_by_id_or_unique_prefix() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    ok(dir, &["demo"]);
    let people = json(dir, &["contributor", "list", "--kind", "university-lab"]);
    let lab = &array(&people)[0];
    let id = lab["id"].as_str().unwrap();
    let shown = json(dir, &["contributor", "show", &id[..8]]);
    assert_eq!(shown["id"], id);
    assert_eq!(shown["kind"], "university_lab");
    let text = ok(dir, &["contributor", "show", id]);
    assert!(
        text.contains("university_lab") && !text.contains("university-lab"),
        "{text}"
    );

    let agreements = json(dir, &["agreement", "list"]);
    let a = &array(&agreements)[0];
    let aid = a["id"].as_str().unwrap();
    let shown = json(dir, &["agreement", "show", &aid[..10]]);
    assert_eq!(shown["title"], a["title"]);
    assert!(ok(dir, &["agreement", "show", aid]).contains("Published versions"));

    let short = fails(dir, &["challenge", "show", &id[..7]]);
    assert_eq!(short.code, Some(2), "{}", short.stderr);
}

#[test]
fn cli_json_errors_are_json_on_stderr() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let r = fails(dir, &["challenge", "create", "--title", " ", "--json"]);
    assert!(r.stdout.is_empty());
    let e: Value = serde_json::from_str(r.stderr.trim()).expect("JSON error");
    assert_eq!(e["kind"], "validation");
    assert_eq!(e["fields"][0]["field"], "title");
    let r = fails(
        dir,
        &["challenge", "list", "--status", "finished", "--json"],
    );
    let e: Value = serde_json::from_str(r.stderr.trim()).expect("JSON error");
    assert_eq!(e["kind"], "usage");
    assert!(e["message"].as_str().unwrap().contains("evaluating"));
    let r = fails(dir, &["challenge", "show", "--json"]);
    let e: Value = serde_json::from_str(r.stderr.trim()).expect("JSON usage error");
    assert_eq!(e["kind"], "usage");

    let c = json(dir, &["challenge", "create", "--title", "T"]);
    let id = c["id"].as_str().unwrap();
    ok(dir, &["challenge", "archive", id]);
    let r = fails(dir, &["challenge", "status", id, "open", "--json"]);
    let e: Value = serde_json::from_str(r.stderr.trim()).unwrap();
    assert_eq!(
        e["kind"], "archived",
        "distinct from invalid_transition: {e}"
    );
    ok(dir, &["challenge", "restore", id]);
}

#[test]
fn cli_warns_about_a_past_deadline() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let r = oc(
        dir,
        &[
            "challenge",
            "create",
            "--title",
            "Late",
            "--deadline",
            "2020-01-31",
        ],
    );
    assert!(r.ok(), "{}", r.stderr);
    assert!(
        r.stderr.contains("warning:") && r.stderr.contains("2020-01-31"),
        "{}",
        r.stderr
    );
    let r = oc(
        dir,
        &[
            "challenge",
            "create",
            "--title",
            "Soon",
            "--deadline",
            "2099-01-31",
        ],
    );
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}

/// A writer killed mid-way (here `demo --scale large`, which writes batches
/// of records with their index keys) leaves records and indexes agreeing
/// when the workspace is opened again.
#[test]
fn cli_killed_writer_leaves_indexes_consistent() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    for delay in [700u64, 1500] {
        let mut child = cli_command()
            .arg("--data-dir")
            .arg(dir)
            .args(["demo", "--scale", "large"])
            .env_remove("OPENCALL_DATA_DIR")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay));
        child.kill().unwrap(); // SIGKILL: no cleanup runs
        child.wait().unwrap();
        let store = opencall_core::Store::open(dir).unwrap();
        assert_eq!(
            store.check_indexes().unwrap(),
            Vec::<String>::new(),
            "after {delay} ms"
        );
        assert!(store.verify_log().unwrap().is_intact());
        let n = store
            .contributors(&Default::default(), opencall_core::PageRequest::new(0, 0))
            .unwrap()
            .total;
        eprintln!("killed after {delay} ms with {n} contributors written");
    }
}

/// The ideas journey of issue 6, as a script would run it: a challenge that
/// requires an NDA and scores Novelty (60) and Cost (40); three contributors
/// of different kinds; an idea refused until its author's acceptance is
/// recorded; three ideas (one co-authored, one with an attachment); a
/// conflict-of-interest review refused; reviews from two reviewers; the
/// ranking in the hand-computed order; the best selected, one rejected as a
/// shared lesson that then shows on the challenge.
#[test]
fn cli_ideas_journey() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let id_of = |v: &Value| v["id"].as_str().unwrap().to_owned();
    let nda = json(
        dir,
        &[
            "agreement",
            "publish",
            "--title",
            "Mutual NDA",
            "--kind",
            "nda",
            "--text",
            "Keep it secret.",
        ],
    );
    let nda = id_of(&nda);
    let add = |name: &str, kind: &str, aff: &str| {
        id_of(&json(
            dir,
            &[
                "contributor",
                "add",
                "--name",
                name,
                "--kind",
                kind,
                "--affiliation",
                aff,
            ],
        ))
    };
    let ines = add("Ines Duarte", "independent_inventor", "Duarte Design");
    let lab = add("Fluid Lab", "university_lab", "TU Delft");
    let supplier = add("Berg Elastomers", "supplier", "Berg GmbH");
    let expert = add("Dr. Mensah", "expert", "Independent");
    let c = json(
        dir,
        &[
            "challenge",
            "create",
            "--title",
            "Quieter pumps",
            "--brief",
            "Make them quiet.",
            "--deadline",
            "2099-01-31",
            "--incentive",
            "money:€5,000",
            "--criterion",
            "Novelty:60",
            "--criterion",
            "Cost:40",
            "--require-agreement",
            &nda,
            "--audience",
            "open",
        ],
    );
    let cid = id_of(&c);
    ok(dir, &["challenge", "status", &cid, "open"]);

    // Refused until the acceptance is recorded, with what to do.
    let refused = fails(
        dir,
        &[
            "idea",
            "add",
            "--challenge",
            &cid,
            "--title",
            "Resonator",
            "--author",
            &ines,
        ],
    );
    assert_eq!(refused.code, Some(2));
    assert!(
        refused
            .stderr
            .contains("Record Ines Duarte's acceptance of “Mutual NDA” v1"),
        "{}",
        refused.stderr
    );
    let r = fails(
        dir,
        &[
            "idea",
            "add",
            "--challenge",
            &cid,
            "--title",
            "Resonator",
            "--author",
            &ines,
            "--json",
        ],
    );
    let e: Value = serde_json::from_str(r.stderr.trim()).unwrap();
    assert_eq!(e["kind"], "refused");
    assert_eq!(e["fields"][0]["code"], "missing_acceptance");
    for who in [&ines, &lab, &supplier] {
        ok(
            dir,
            &["agreement", "accept", &nda[..8], "--contributor", who],
        );
    }

    let file = dir.join("spectrum.csv");
    std::fs::write(&file, "hz,db\n290,42\n").unwrap();
    let a = json(
        dir,
        &[
            "idea",
            "add",
            "--challenge",
            &cid,
            "--title",
            "Helmholtz resonator",
            "--author",
            &ines,
            "--author",
            &lab,
            "--attach",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(a["content_hash"].as_str().unwrap().len(), 64);
    assert_eq!(a["authors"].as_array().unwrap().len(), 2, "co-authored");
    assert_eq!(a["attachments"][0]["name"], "spectrum.csv");
    assert_eq!(a["accepted_versions"].as_array().unwrap().len(), 2);
    let a = id_of(&a);
    let b = ok(
        dir,
        &[
            "idea",
            "add",
            "--challenge",
            &cid,
            "--title",
            "Skewed blades",
            "--author",
            &supplier,
        ],
    );
    let b = b.trim().to_owned();
    assert_eq!(b.len(), 36, "prints the new id: {b}");
    let cc = id_of(&json(
        dir,
        &[
            "idea",
            "add",
            "--challenge",
            &cid,
            "--title",
            "Thicker walls",
            "--author",
            &lab,
        ],
    ));

    // Conflict of interest: an author cannot review; a shared affiliation neither.
    let own = fails(
        dir,
        &[
            "review",
            "add",
            "--idea",
            &a,
            "--reviewer",
            &lab,
            "--score",
            "Novelty=9",
        ],
    );
    assert!(
        own.stderr.contains("cannot review their own idea"),
        "{}",
        own.stderr
    );
    let colleague = add("Anna Kovacs", "expert", "TU Delft");
    let shared = fails(
        dir,
        &[
            "review",
            "add",
            "--idea",
            &a,
            "--reviewer",
            &colleague,
            "--score",
            "Novelty=9",
        ],
    );
    assert!(
        shared.stderr.contains("shares an affiliation"),
        "{}",
        shared.stderr
    );

    // Two reviewers: you (a person) and an outside expert.
    let ws = json(dir, &["log", "list", "--limit", "1"]);
    let me = array(&ws)[0]["actor"].as_str().unwrap().to_owned();
    // A: (8, 5) and (6, 9) → novelty 7, cost 7 → 7.0
    // B: (9, 2) and (9, 4) → novelty 9, cost 3 → 6.6
    // C: (4, 8) only from me → 0.6·4 + 0.4·8 = 5.6
    for (idea, who, n, k) in [
        (&a, &me, 8, 5),
        (&a, &expert, 6, 9),
        (&b, &me, 9, 2),
        (&b, &expert, 9, 4),
        (&cc, &me, 4, 8),
    ] {
        ok(
            dir,
            &[
                "review",
                "add",
                "--idea",
                idea,
                "--reviewer",
                who,
                "--score",
                &format!("Novelty={n}"),
                "--score",
                &format!("cost={k}"),
                "--note",
                "ok",
            ],
        );
    }
    let bad = fails(
        dir,
        &[
            "review",
            "add",
            "--idea",
            &a,
            "--reviewer",
            &expert,
            "--score",
            "Novelty=11",
        ],
    );
    assert_eq!(bad.code, Some(2));
    let rank = json(dir, &["idea", "rank", "--challenge", &cid]);
    let rank = array(&rank);
    let order: Vec<&str> = rank.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(order, [a.as_str(), b.as_str(), cc.as_str()]);
    let scores: Vec<f64> = rank
        .iter()
        .map(|r| r["weighted_score"].as_f64().unwrap())
        .collect();
    for (got, want) in scores.iter().zip([7.0, 6.6, 5.6]) {
        assert!((got - want).abs() < 1e-9, "{scores:?}");
    }
    assert!(rank.iter().all(|r| r["title"].is_string()));
    assert!(ok(dir, &["idea", "rank", "--challenge", &cid]).contains("Helmholtz resonator"));

    // Select the best; reject one as a shared lesson.
    for stage in ["screening", "evaluation", "selected"] {
        ok(dir, &["idea", "stage", &a, stage]);
    }
    let illegal = fails(dir, &["idea", "stage", &b, "done"]);
    assert_eq!(illegal.code, Some(2));
    let no_reason = fails(dir, &["idea", "stage", &cc, "rejected"]);
    assert!(no_reason.stderr.contains("reason"), "{}", no_reason.stderr);
    ok(
        dir,
        &[
            "idea",
            "stage",
            &cc,
            "rejected",
            "--reason",
            "Too heavy for −1 dB",
            "--share-as-lesson",
        ],
    );
    let shown = json(dir, &["challenge", "show", &cid]);
    assert!(
        shown["lessons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l == "Thicker walls — Too heavy for −1 dB"),
        "{shown}"
    );
    let selected = json(
        dir,
        &["idea", "list", "--challenge", &cid, "--stage", "selected"],
    );
    assert_eq!(array(&selected).len(), 1);
    assert_eq!(
        array(&json(dir, &["idea", "list", "--author", &lab])).len(),
        2
    );
    assert_eq!(
        array(&json(dir, &["idea", "list", "--search", "helmholtz"])).len(),
        1
    );
    let text = ok(dir, &["idea", "show", &a[..8]]);
    assert!(
        text.contains("Fluid Lab") && text.contains("Mutual NDA") && text.contains("spectrum.csv"),
        "{text}"
    );

    // Merge keeps both credits; the log verifies.
    let dup = id_of(&json(
        dir,
        &[
            "idea",
            "add",
            "--challenge",
            &cid,
            "--title",
            "Resonator again",
            "--author",
            &supplier,
        ],
    ));
    let merged = json(dir, &["idea", "merge", &dup, "--into", &b]);
    assert_eq!(merged["merged_from"][0], dup.as_str());
    assert_eq!(
        json(dir, &["idea", "show", &dup])["merged_into"],
        b.as_str()
    );
    assert!(ok(dir, &["log", "verify"]).starts_with("Activity log intact"));
}

/// Blind review hides authors from the reviewer's view in the CLI.
#[test]
fn cli_blind_review_hides_authors() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let ines = json(
        dir,
        &[
            "contributor",
            "add",
            "--name",
            "Ines Duarte",
            "--kind",
            "expert",
            "--affiliation",
            "Duarte Design",
        ],
    );
    let ines = ines["id"].as_str().unwrap().to_owned();
    let c = json(
        dir,
        &[
            "challenge",
            "create",
            "--title",
            "Blind",
            "--brief",
            "b",
            "--deadline",
            "2099-01-31",
            "--incentive",
            "money:€1",
            "--criterion",
            "Novelty:1",
            "--audience",
            "open",
            "--blind-review",
        ],
    );
    let cid = c["id"].as_str().unwrap().to_owned();
    ok(dir, &["challenge", "status", &cid, "open"]);
    let i = ok(
        dir,
        &[
            "idea",
            "add",
            "--challenge",
            &cid,
            "--title",
            "Secret author",
            "--author",
            &ines,
        ],
    );
    let i = i.trim();
    let sheet = json(dir, &["idea", "show", i, "--as-reviewer"]);
    assert_eq!(sheet["blind"], true);
    assert!(sheet.get("authors").is_none(), "{sheet}");
    let text = ok(dir, &["idea", "show", i, "--as-reviewer"]);
    assert!(
        text.contains("hidden (blind review)")
            && !text.contains("Ines")
            && !text.contains("Duarte"),
        "{text}"
    );
}

/// Working together from the command line: sub-problems with "who could
/// take this", Q&A, a dispute, obligations on selection, the dashboard, the
/// leaderboard and the exports.
#[test]
fn cli_working_together_journey() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let id_of = |v: &Value| v["id"].as_str().unwrap().to_owned();
    let add = |name: &str, kind: &str, tags: &[&str]| {
        let mut args = vec!["contributor", "add", "--name", name, "--kind", kind];
        for t in tags {
            args.push("--expertise");
            args.push(t);
        }
        id_of(&json(dir, &args))
    };
    let lab = add("Fluid Lab", "university_lab", &["acoustics", "CFD"]);
    let ines = add("Ines Duarte", "independent_inventor", &["acoustics"]);
    add("Berg", "supplier", &["elastomers"]);
    let c = json(
        dir,
        &[
            "challenge",
            "create",
            "--title",
            "Quiet, \"really\" quiet",
            "--brief",
            "b",
            "--deadline",
            "2099-01-31",
            "--incentive",
            "money:€5,000",
            "--incentive",
            "recognition:Credit",
            "--criterion",
            "Novelty:100",
            "--audience",
            "open",
        ],
    );
    let cid = id_of(&c);
    ok(dir, &["challenge", "status", &cid, "open"]);

    let volute = ok(
        dir,
        &[
            "subproblem",
            "add",
            "--challenge",
            &cid,
            "--title",
            "Model the volute",
            "--expertise",
            "CFD",
            "--expertise",
            "acoustics",
        ],
    );
    let volute = volute.trim().to_owned();
    let housing = ok(
        dir,
        &[
            "subproblem",
            "add",
            "--challenge",
            &cid,
            "--title",
            "Damp the housing",
            "--expertise",
            "acoustics",
        ],
    );
    let housing = housing.trim().to_owned();
    let who = json(dir, &["subproblem", "candidates", &volute]);
    assert_eq!(
        array(&who)[0]["name"],
        "Fluid Lab",
        "two matching tags first"
    );
    assert_eq!(array(&who)[0]["matching"].as_array().unwrap().len(), 2);
    ok(
        dir,
        &["subproblem", "claim", &volute, "--contributor", &lab],
    );
    ok(
        dir,
        &["subproblem", "claim", &housing, "--contributor", &ines],
    );
    ok(dir, &["subproblem", "status", &volute, "done"]);
    let bad = fails(dir, &["subproblem", "status", &housing, "finished"]);
    assert_eq!(bad.code, Some(2));

    let q = ok(
        dir,
        &[
            "question",
            "ask",
            "--challenge",
            &cid,
            "--text",
            "May we use your rig?",
            "--contributor",
            &ines,
        ],
    );
    let d = ok(
        dir,
        &[
            "dispute",
            "raise",
            "--challenge",
            &cid,
            "--text",
            "Credit for the volute model",
            "--by",
            &ines,
        ],
    );
    let dash = json(dir, &["challenge", "dashboard", &cid]);
    assert_eq!(dash["open_questions"], 1);
    assert_eq!(dash["open_disputes"], 1);
    assert_eq!(dash["subproblems"]["done"], 1);
    assert_eq!(dash["subproblems"]["total"], 2);
    ok(
        dir,
        &[
            "question",
            "answer",
            q.trim(),
            "--text",
            "Yes, book it.",
            "--public",
        ],
    );
    ok(
        dir,
        &["dispute", "note", d.trim(), "--text", "Both worked on it"],
    );
    ok(
        dir,
        &[
            "dispute",
            "resolve",
            d.trim(),
            "--resolution",
            "Shared credit",
        ],
    );

    let idea = ok(
        dir,
        &[
            "idea",
            "add",
            "--challenge",
            &cid,
            "--title",
            "Resonator, \"tuned\"",
            "--author",
            &lab,
            "--author",
            &ines,
        ],
    );
    let idea = idea.trim().to_owned();
    for stage in ["screening", "evaluation", "selected"] {
        ok(dir, &["idea", "stage", &idea, stage]);
    }
    let owed = json(dir, &["obligation", "list", "--challenge", &cid]);
    assert_eq!(array(&owed).len(), 4, "2 incentives × 2 authors");
    let first = id_of(&array(&owed)[0]);
    ok(
        dir,
        &["obligation", "deliver", &first, "--note", "Paid 2026-11-02"],
    );
    let dash = json(dir, &["challenge", "dashboard", &cid]);
    assert_eq!(dash["funnel"]["selected"], 1);
    assert_eq!(dash["open_questions"], 0);
    assert_eq!(dash["open_disputes"], 0);
    assert_eq!(dash["obligations"]["outstanding"], 3);
    assert_eq!(dash["obligations"]["delivered"], 1);
    assert_eq!(dash["obligations"]["overdue"], 0);

    let board = json(dir, &["leaderboard"]);
    assert_eq!(array(&board)[0]["name"], "Fluid Lab", "5 + 20 + 10 points");
    assert_eq!(array(&board)[0]["points"], 35);

    let csv = dir.join("ideas.csv");
    ok(
        dir,
        &[
            "export",
            "csv",
            "ideas",
            "--challenge",
            &cid,
            "--to",
            csv.to_str().unwrap(),
        ],
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with('\u{feff}'), "BOM");
    assert!(text.contains("\"Resonator, \"\"tuned\"\"\""), "{text}");
    let html = dir.join("report.html");
    ok(
        dir,
        &[
            "export",
            "report",
            "--challenge",
            &cid,
            "--to",
            html.to_str().unwrap(),
        ],
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.contains("Quiet, &quot;really&quot; quiet")
            && page.contains("Yes, book it.")
            && !page.contains("<script")
    );
    let md = dir.join("report.md");
    ok(
        dir,
        &[
            "export",
            "report",
            "--challenge",
            &cid,
            "--to",
            md.to_str().unwrap(),
        ],
    );
    assert!(std::fs::read_to_string(&md)
        .unwrap()
        .contains("## Obligations"));
    let wrong = fails(
        dir,
        &[
            "export",
            "report",
            "--challenge",
            &cid,
            "--to",
            "report.pdf",
        ],
    );
    assert_eq!(wrong.code, Some(2));
    assert!(ok(dir, &["log", "verify"]).starts_with("Activity log intact"));
}

/// `identity show --pub` prints a standard minisign public key, and what the
/// workspace signs verifies with the `minisign` command (Debian package,
/// installed by `scripts/install-deps.sh test`).
#[test]
fn cli_identity_is_a_minisign_key_the_minisign_command_accepts() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let pub_file = ok(dir, &["identity", "show", "--pub"]);
    assert!(
        pub_file.starts_with("untrusted comment: minisign public key "),
        "{pub_file}"
    );
    let shown = json(dir, &["identity", "show"]);
    let key_id = shown["key_id"].as_str().unwrap().to_owned();
    assert!(pub_file.contains(&key_id), "{pub_file} vs {key_id}");
    assert!(ok(dir, &["identity", "show"]).contains(&key_id));

    let data = dir.join("tagmanifest-sha256.txt");
    std::fs::write(&data, "0123abcd  bag-info.txt\n").unwrap();
    let sig = {
        let store = opencall_core::Store::open_existing(dir).unwrap();
        store
            .sign_detached(&std::fs::read(&data).unwrap(), "opencall test")
            .unwrap()
    };
    let sig_path = dir.join("tagmanifest-sha256.txt.minisig");
    std::fs::write(&sig_path, &sig).unwrap();
    let key_path = dir.join("opencall.pub");
    std::fs::write(&key_path, &pub_file).unwrap();
    let verify = |file: &std::path::Path| {
        Command::new("minisign")
            .arg("-V")
            .arg("-p")
            .arg(&key_path)
            .arg("-m")
            .arg(file)
            .arg("-x")
            .arg(&sig_path)
            .output()
            .expect("the minisign command (scripts/install-deps.sh test installs it)")
    };
    let good = verify(&data);
    assert!(
        good.status.success(),
        "minisign refused: {}{}",
        String::from_utf8_lossy(&good.stdout),
        String::from_utf8_lossy(&good.stderr)
    );
    assert!(String::from_utf8_lossy(&good.stdout).contains("opencall test"));
    std::fs::write(&data, "0123abce  bag-info.txt\n").unwrap();
    assert!(
        !verify(&data).status.success(),
        "a changed file must not verify"
    );
}

/// A challenge bundle is a signed BagIt bag that standard tools accept
/// without Opencall: the Library of Congress validator (PyPI `bagit`, in the
/// venv `scripts/install-deps.sh test` makes) and the `minisign` command.
#[test]
fn cli_challenge_bundle_passes_bagit_and_minisign() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    ok(dir, &["demo"]);
    let list = json(dir, &["challenge", "list", "--status", "open"]);
    let quiet = array(&list)
        .iter()
        .find(|c| c["title"].as_str().unwrap().starts_with("Quieter"))
        .expect("the demo's open challenge")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let file = dir.join("quiet.ocbundle");
    ok(
        dir,
        &[
            "bundle",
            "export",
            "--challenge",
            &quiet,
            "--to",
            file.to_str().unwrap(),
        ],
    );
    assert!(ok(dir, &["bundle", "verify", file.to_str().unwrap()])
        .starts_with("Valid challenge bundle"));
    let inspected = json(dir, &["bundle", "inspect", file.to_str().unwrap()]);
    assert_eq!(inspected["kind"], "challenge");
    let files: Vec<&str> = array(&inspected["files"])
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        [
            "agreements.json",
            "challenge.json",
            "questions.json",
            "recipients.json",
            "sub_problems.json"
        ]
    );

    // Unzip with Python's zipfile and validate with the LoC validator.
    let bag = dir.join("bag");
    let unzip = Command::new("python3")
        .args([
            "-c",
            "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])",
        ])
        .arg(&file)
        .arg(&bag)
        .status()
        .unwrap();
    assert!(unzip.success());
    let challenge: Value =
        serde_json::from_slice(&std::fs::read(bag.join("data/challenge.json")).unwrap()).unwrap();
    assert_eq!(challenge["id"], quiet.as_str());
    for internal in ["risks", "decisions"] {
        assert_eq!(challenge[internal], json!([]), "{internal} must not leave");
    }
    assert_eq!(
        challenge["audience"],
        json!({"kind": "invited", "contributors": [], "groups": []}),
        "invitees must not leave (no recipient named here)"
    );
    let faq = std::fs::read_to_string(bag.join("data/questions.json")).unwrap();
    assert!(
        faq.contains("acoustic chamber") && !faq.contains("efficiency loss"),
        "only public Q&A: {faq}"
    );
    let home = std::env::var("HOME").unwrap_or_default();
    let cache = std::env::var("XDG_CACHE_HOME").unwrap_or_else(|_| format!("{home}/.cache"));
    let bagit = format!("{cache}/opencall-test-venv/bin/bagit.py");
    let out = Command::new(&bagit)
        .arg("--validate")
        .arg(&bag)
        .output()
        .unwrap_or_else(|e| panic!("{bagit} ({e}); scripts/install-deps.sh test installs it"));
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success() && said.contains("is valid"),
        "bagit: {said}"
    );

    // The signature beside the bag verifies with the exported public key.
    let key = dir.join("sponsor.pub");
    std::fs::write(&key, ok(dir, &["identity", "show", "--pub"])).unwrap();
    let sig = Command::new("minisign")
        .arg("-V")
        .arg("-p")
        .arg(&key)
        .arg("-m")
        .arg(bag.join("tagmanifest-sha256.txt"))
        .arg("-x")
        .arg(bag.join("tagmanifest-sha256.txt.minisig"))
        .output()
        .unwrap();
    assert!(
        sig.status.success(),
        "minisign: {}",
        String::from_utf8_lossy(&sig.stderr)
    );

    // A changed byte is refused by Opencall too, naming the cause.
    let mut bytes = std::fs::read(&file).unwrap();
    let n = bytes.len();
    bytes.truncate(n - 10);
    std::fs::write(&file, &bytes).unwrap();
    let bad = fails(dir, &["bundle", "verify", file.to_str().unwrap(), "--json"]);
    let e: Value = serde_json::from_str(bad.stderr.trim()).unwrap();
    assert_eq!(e["kind"], "not_a_bundle", "{e}");
}

/// The whole exchange through the CLI: a sponsor (the demo) sends a
/// challenge bundle; a partner imports it (refused until it trusts the key),
/// accepts the agreements, contributes an idea with an attachment, asks a
/// question and sends a response; the sponsor imports it, answers, selects
/// the idea and sends an update; the partner sees the answer, the stage and
/// a receipt whose signature checks.
#[test]
fn cli_bundle_round_trip_between_two_workspaces() {
    let tmp = tempfile::tempdir().unwrap();
    let sponsor = tmp.path().join("sponsor");
    let partner = tmp.path().join("partner");
    ok(&sponsor, &["demo"]);
    ok(
        &partner,
        &["init", "--org", "Northwind Labs", "--user", "Nils Berg"],
    );
    let list = json(&sponsor, &["challenge", "list", "--status", "open"]);
    let quiet = array(&list)
        .iter()
        .find(|c| c["title"].as_str().unwrap().starts_with("Quieter"))
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let people = json(&sponsor, &["contributor", "list", "--search", "Fluid"]);
    let lab = array(&people)[0]["id"].as_str().unwrap().to_owned();
    let file = |name: &str| tmp.path().join(name).to_str().unwrap().to_owned();
    let preview = json(
        &sponsor,
        &[
            "bundle",
            "export",
            "--challenge",
            &quiet,
            "--recipient",
            &lab,
            "--to",
            &file("c.ocbundle"),
            "--preview",
        ],
    );
    assert!(array(&preview["items"])
        .iter()
        .any(|i| i["kind"] == "challenge"));
    ok(
        &sponsor,
        &[
            "bundle",
            "export",
            "--kind",
            "challenge",
            "--challenge",
            &quiet,
            "--recipient",
            &lab,
            "--to",
            &file("c.ocbundle"),
        ],
    );

    // Non-interactive import of an unpinned key: refused, naming the key.
    let key = json(&sponsor, &["identity", "show"])["key_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = fails(
        &partner,
        &["bundle", "import", &file("c.ocbundle"), "--yes", "--json"],
    );
    let e: Value = serde_json::from_str(r.stderr.trim()).unwrap();
    assert_eq!(e["kind"], "untrusted_signer", "{e}");
    assert!(e["message"].as_str().unwrap().contains(&key));
    // Without --yes and no terminal: the preview, and nothing imported.
    let r = fails(&partner, &["bundle", "import", &file("c.ocbundle")]);
    assert!(r.stdout.contains("NOT TRUSTED YET"), "{}", r.stdout);
    let done = json(
        &partner,
        &[
            "bundle",
            "import",
            &file("c.ocbundle"),
            "--yes",
            "--trust-signer",
        ],
    );
    assert!(done["counts"]["add"].as_u64().unwrap() >= 4, "{done}");
    let keys = json(&partner, &["trust", "list"]);
    assert_eq!(array(&keys)[0]["key_id"], key.as_str());
    // Again: nothing changes.
    let again = json(
        &partner,
        &["bundle", "import", &file("c.ocbundle"), "--yes"],
    );
    assert_eq!(again["already_imported"], true);

    // The partner takes part.
    for a in array(&json(&partner, &["agreement", "list"])) {
        ok(
            &partner,
            &[
                "agreement",
                "accept",
                a["id"].as_str().unwrap(),
                "--contributor",
                &lab,
            ],
        );
    }
    std::fs::write(tmp.path().join("drawing.txt"), b"impeller drawing").unwrap();
    let idea = json(
        &partner,
        &[
            "idea",
            "add",
            "--challenge",
            &quiet,
            "--title",
            "Swept blades",
            "--author",
            &lab,
            "--attach",
            &file("drawing.txt"),
        ],
    )["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let question = json(
        &partner,
        &[
            "question",
            "ask",
            "--challenge",
            &quiet,
            "--text",
            "Which flow rate?",
            "--contributor",
            &lab,
        ],
    )["id"]
        .as_str()
        .unwrap()
        .to_owned();
    ok(
        &partner,
        &[
            "bundle",
            "export",
            "--kind",
            "response",
            "--challenge",
            &quiet,
            "--to",
            &file("r.ocbundle"),
        ],
    );

    // The sponsor receives it.
    let done = json(
        &sponsor,
        &[
            "bundle",
            "import",
            &file("r.ocbundle"),
            "--yes",
            "--trust-signer",
        ],
    );
    assert_eq!(done["organization"], "Northwind Labs");
    let shown = json(&sponsor, &["idea", "show", &idea]);
    assert_eq!(shown["title"], "Swept blades");
    assert_eq!(shown["provenance"]["organization"], "Northwind Labs");
    assert_eq!(array(&shown["accepted_versions"]).len(), 2);
    let qs = json(&sponsor, &["question", "list", "--challenge", &quiet]);
    assert!(array(&qs).iter().any(|q| q["text"] == "Which flow rate?"));
    ok(
        &sponsor,
        &[
            "question",
            "answer",
            &question,
            "--text",
            "40 m³/h.",
            "--public",
        ],
    );
    for stage in ["screening", "evaluation", "selected"] {
        ok(&sponsor, &["idea", "stage", &idea, stage]);
    }
    ok(
        &sponsor,
        &[
            "bundle",
            "export",
            "--kind",
            "update",
            "--challenge",
            &quiet,
            "--recipient",
            &lab,
            "--to",
            &file("u.ocbundle"),
        ],
    );

    // The partner sees the answer, the stage and the receipt.
    ok(
        &partner,
        &["bundle", "import", &file("u.ocbundle"), "--yes"],
    );
    let shown = json(&partner, &["idea", "show", &idea]);
    assert_eq!(shown["stage"], "selected");
    let receipt = &array(&shown["receipts"])[0];
    assert_eq!(receipt["sponsor"], "Brightwater Pumps");
    assert_eq!(receipt["content_hash"], shown["content_hash"]);
    let text = ok(&partner, &["idea", "show", &idea]);
    assert!(text.contains("received by Brightwater Pumps"), "{text}");
    assert!(text.contains("signature valid"), "{text}");
    let qs = json(&partner, &["question", "list", "--challenge", &quiet]);
    let q = array(&qs)
        .iter()
        .find(|q| q["text"] == "Which flow rate?")
        .unwrap();
    assert_eq!(q["answer"]["text"], "40 m³/h.");
    let history = json(&partner, &["bundle", "history"]);
    assert_eq!(array(&history).len(), 3);
}

/// An import killed (SIGKILL) at any moment leaves either nothing or
/// everything: a response with 1,000 ideas and 2 MB of attachments,
/// imported by the CLI and killed at several points; each time the sponsor's
/// workspace holds all of it or none of it, its indexes agree and its log
/// verifies; importing again then completes.
#[test]
fn cli_import_killed_at_any_moment_leaves_nothing_or_everything() {
    let tmp = tempfile::tempdir().unwrap();
    let sponsor_dir = tmp.path().join("sponsor");
    let file = tmp.path().join("response.ocbundle");
    let ideas = 1_000;
    let challenge = {
        let sponsor = opencall_core::Store::open(&sponsor_dir).unwrap();
        let partner = opencall_core::Store::open(tmp.path().join("partner")).unwrap();
        let now = chrono::Utc::now();
        let x = opencall_core::demo::exchange_workload(&sponsor, &partner, ideas, 2 << 20, now)
            .unwrap();
        let (bytes, _) = partner
            .export_bundle(
                &opencall_core::bundle::ExportRequest {
                    kind: opencall_core::bundle::BundleKind::Response,
                    challenge: Some(x.challenge),
                    recipients: vec![],
                },
                now,
            )
            .unwrap();
        std::fs::write(&file, bytes).unwrap();
        x.challenge
    };
    let count = |dir: &Path| {
        let store = opencall_core::Store::open(dir).unwrap();
        assert_eq!(store.check_indexes().unwrap(), Vec::<String>::new());
        assert!(store.verify_log().unwrap().is_intact());
        let filter = opencall_core::idea::IdeaFilter {
            challenge: Some(challenge),
            ..Default::default()
        };
        let n = store
            .ideas(&filter, opencall_core::PageRequest::new(0, 0))
            .unwrap()
            .total;
        let received = store
            .bundle_history()
            .unwrap()
            .iter()
            .filter(|b| b.direction == "received")
            .count();
        (n, received)
    };
    let run = |dir: &Path| {
        cli_command()
            .arg("--data-dir")
            .arg(dir)
            .args([
                "bundle",
                "import",
                file.to_str().unwrap(),
                "--yes",
                "--trust-signer",
            ])
            .env_remove("OPENCALL_DATA_DIR")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    // How long a whole import takes here; kills land across that span,
    // most of them near its end, where the transaction commits.
    let whole = {
        let dir = tmp.path().join("whole");
        copy_dir(&sponsor_dir, &dir);
        let start = std::time::Instant::now();
        assert!(run(&dir).wait().unwrap().success());
        assert_eq!(count(&dir), (ideas, 1));
        start.elapsed()
    };
    let mut outcomes = Vec::new();
    for (i, fraction) in [0.2, 0.45, 0.6, 0.7, 0.8, 0.9, 1.05]
        .into_iter()
        .enumerate()
    {
        let dir = tmp.path().join(format!("try-{i}"));
        copy_dir(&sponsor_dir, &dir);
        let mut child = run(&dir);
        std::thread::sleep(whole.mul_f64(fraction));
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok(); // SIGKILL: no cleanup runs
        child.wait().unwrap();
        let (n, received) = count(&dir);
        assert!(
            (n == 0 && received == 0) || (n == ideas && received == 1),
            "killed at {fraction} of {whole:?}: {n} ideas, {received} bundles recorded"
        );
        eprintln!("killed at {fraction} of {whole:?} (finished: {finished}): {n} ideas");
        outcomes.push(n);
        if i == 0 {
            // Importing again completes.
            ok(
                &dir,
                &[
                    "bundle",
                    "import",
                    file.to_str().unwrap(),
                    "--yes",
                    "--trust-signer",
                ],
            );
            assert_eq!(count(&dir), (ideas, 1));
        }
    }
    assert!(
        outcomes.contains(&0),
        "no kill landed before the commit: {outcomes:?}"
    );
}

/// Backups through the CLI: create, list, verify, restore into a new
/// folder; a damaged workspace is refused as `damaged` (exit 1, naming the
/// way out) and comes back with `backup restore --in-place`.
#[test]
fn cli_backups_create_verify_restore_and_recover_a_damaged_workspace() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    ok(&dir, &["demo"]);
    let made = json(&dir, &["backup", "create"]);
    let path = made["path"].as_str().unwrap().to_owned();
    assert!(path.contains("/backups/opencall-backup-"), "{path}");
    let list = json(&dir, &["backup", "list"]);
    assert_eq!(array(&list).len(), 1);
    let checked = json(&dir, &["backup", "verify"]);
    assert_eq!(checked["organization"], "Brightwater Pumps");
    let copy = tmp.path().join("copy");
    ok(
        &dir,
        &["backup", "restore", &path, "--to", copy.to_str().unwrap()],
    );
    assert!(ok(&copy, &["log", "verify"]).starts_with("Activity log intact"));
    assert_eq!(
        json(&copy, &["challenge", "list"]),
        json(&dir, &["challenge", "list"])
    );
    // Not without saying where.
    fails(&dir, &["backup", "restore", &path]);

    // Damage the database: half of it is gone.
    cut_in_half(&dir.join("db").join("db"));
    let r = fails(&dir, &["challenge", "list", "--json"]);
    let e: Value = serde_json::from_str(r.stderr.trim()).unwrap();
    assert_eq!(e["kind"], "damaged", "{e}");
    assert!(e["message"].as_str().unwrap().contains("backup restore"));
    // Listing backups works on a damaged workspace; restoring needs --yes.
    assert_eq!(array(&json(&dir, &["backup", "list"])).len(), 1);
    fails(&dir, &["backup", "restore", &path, "--in-place"]);
    ok(&dir, &["backup", "restore", &path, "--in-place", "--yes"]);
    assert!(ok(&dir, &["log", "verify"]).starts_with("Activity log intact"));
    assert_eq!(array(&json(&dir, &["challenge", "list"])).len(), 5);
}

/// Mounts a tmpfs of `mb` megabytes at `dir` (root only); `None` where
/// mounting is not allowed.
fn tmpfs(dir: &Path, mb: u32) -> Option<TmpfsGuard> {
    std::fs::create_dir_all(dir).unwrap();
    let ok = Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={mb}m"), "tmpfs"])
        .arg(dir)
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    ok.then(|| TmpfsGuard(dir.to_owned()))
}

struct TmpfsGuard(PathBuf);
impl Drop for TmpfsGuard {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// A nearly full disk refuses writes with `disk_full` before sled could run
/// out of space (it stalls then), and a read-only data folder says so; in
/// both cases nothing acknowledged is lost and the log verifies after.
#[test]
fn cli_full_disk_and_read_only_folder_are_refused_without_damage() {
    let tmp = tempfile::tempdir().unwrap();
    let mnt = tmp.path().join("small");
    let Some(_guard) = tmpfs(&mnt, 12) else {
        eprintln!("skipped: mounting a tmpfs needs root here");
        return;
    };
    let dir = mnt.join("ws");
    ok(&dir, &["demo"]);
    let list = json(&dir, &["challenge", "list", "--status", "open"]);
    let quiet = array(&list)
        .iter()
        .find(|c| c["title"].as_str().unwrap().starts_with("Quieter"))
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let people = json(&dir, &["contributor", "list", "--search", "Fluid"]);
    let lab = array(&people)[0]["id"].as_str().unwrap().to_owned();
    let mut added = Vec::new();
    let mut refused = None;
    for i in 0..20u8 {
        let file = tmp.path().join(format!("drawing-{i}.bin"));
        let bytes: Vec<u8> = (0..1_000_000u32)
            .map(|j| (j.wrapping_mul(2_654_435_761) >> 13) as u8 ^ i)
            .collect();
        std::fs::write(&file, bytes).unwrap();
        let args = [
            "idea",
            "add",
            "--challenge",
            &quiet,
            "--title",
            &format!("Drawing {i}"),
            "--author",
            &lab,
            "--attach",
            file.to_str().unwrap(),
            "--json",
        ];
        let mut child = cli_command()
            .arg("--data-dir")
            .arg(&dir)
            .args(args)
            .env_remove("OPENCALL_DATA_DIR")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while child.try_wait().unwrap().is_none() {
            assert!(
                std::time::Instant::now() < deadline,
                "a write on a full disk hangs"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let out = child.wait_with_output().unwrap();
        if out.status.success() {
            let v: Value = serde_json::from_slice(&out.stdout).unwrap();
            added.push(v["id"].as_str().unwrap().to_owned());
        } else {
            let e: Value = serde_json::from_slice(&out.stderr).unwrap();
            refused = Some(e);
            break;
        }
    }
    let e = refused.expect("the small disk never filled up");
    assert_eq!(e["kind"], "disk_full", "{e}");
    assert!(
        e["message"].as_str().unwrap().contains("Free some space"),
        "{e}"
    );
    assert!(!added.is_empty());
    assert!(ok(&dir, &["log", "verify"]).starts_with("Activity log intact"));
    for id in &added {
        assert_eq!(json(&dir, &["idea", "show", id])["id"], id.as_str());
    }
    // A read-only folder: a clear message, and nothing changes.
    let remount = |mode: &str| {
        assert!(Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(&mnt)
            .status()
            .unwrap()
            .success());
    };
    remount("ro");
    let r = fails(&dir, &["challenge", "list", "--json"]);
    let e: Value = serde_json::from_str(r.stderr.trim()).unwrap();
    assert_eq!(e["kind"], "read_only", "{e}");
    remount("rw");
    assert!(ok(&dir, &["log", "verify"]).starts_with("Activity log intact"));
}

// ---------------------------------------------------------------- languages

/// Whether `text` has Persian (Arabic-script) letters.
fn has_persian(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// A demo workspace and the id of its open challenge.
fn demo_with_open_challenge(dir: &Path) -> String {
    json(dir, &["demo"]);
    let open = json(dir, &["challenge", "list", "--status", "open"]);
    array(&open)[0]["id"].as_str().unwrap().to_owned()
}

/// `challenge list` and `challenge show` worded in Persian: headings, labels
/// and statuses; ids and dates as they are.
fn assert_persian_list_and_show(list: &str, show: &str, id: &str) {
    for word in ["وضعیت", "نوع", "مهلت", "عنوان", "شناسه", "باز"] {
        assert!(list.contains(word), "{word} missing from:\n{list}");
    }
    for english in ["STATUS", "CHALLENGE_TYPE", "DEADLINE", "TITLE", "ID"] {
        assert!(!list.contains(english), "{english} in:\n{list}");
    }
    for status in ["draft", "open", "evaluating", "implementing", "closed"] {
        assert!(
            !list.split_whitespace().any(|w| w == status),
            "{status} in:\n{list}"
        );
    }
    assert!(list.contains(id), "ids stay as they are:\n{list}");
    assert!(
        list.contains("2027-02-09"),
        "ISO dates, Latin digits:\n{list}"
    );

    for label in [
        "  شناسه:",
        "  وضعیت:",
        "  نوع چالش:",
        "\nشرح:",
        "\nهدف‌ها:",
        "\nمخاطبان:",
        "\nقواعد مشارکت:",
        "  مالکیت معنوی:",
        "\nمشوق‌ها:",
        "\nمعیارهای ارزیابی:",
        "\nتوافق‌نامه‌های لازم:",
    ] {
        assert!(show.contains(label), "{label:?} missing from:\n{show}");
    }
    for english in [
        "  id:",
        "  status:",
        "  challenge_type:",
        "  deadline:",
        "\nBrief:",
        "\nGoals:",
        "\nAudience:",
        "\nRules:",
        "IP regime",
        "\nIncentives:",
        "\nEvaluation criteria:",
        "— weight",
    ] {
        assert!(!show.contains(english), "{english:?} in:\n{show}");
    }
    assert!(show.contains(&format!("  شناسه:          {id}")), "{show}");
    assert!(show.starts_with('«'), "titles in Persian quotes: {show}");
}

#[test]
fn cli_lang_fa_words_lists_and_records_in_persian() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let id = demo_with_open_challenge(dir);
    let list = ok(dir, &["--lang", "fa", "challenge", "list"]);
    let show = ok(dir, &["challenge", "show", &id, "--lang", "fa"]);
    assert_persian_list_and_show(&list, &show, &id);

    // Other lists and the activity log too.
    let ideas = ok(dir, &["--lang", "fa", "idea", "list"]);
    assert!(ideas.starts_with("مرحله"), "{ideas}");
    assert!(
        !ideas.contains("STAGE") && !ideas.contains("submitted"),
        "{ideas}"
    );
    let contributors = ok(dir, &["--lang", "fa", "contributor", "list"]);
    assert!(contributors.contains("مخترع مستقل"), "{contributors}");
    assert!(
        !contributors.contains("independent_inventor"),
        "{contributors}"
    );
    let log = ok(dir, &["--lang", "fa", "log", "list", "--limit", "40"]);
    assert!(log.contains("چالش: وضعیت تغییر کرد"), "{log}");
    assert!(log.contains("از: پیش‌نویس؛ به: باز"), "{log}");
    assert!(
        !log.contains("ACTION") && !log.contains("status_changed"),
        "{log}"
    );
    assert!(ok(dir, &["--lang", "fa", "log", "verify"]).contains("سالم است"));

    // English stays the default in the harness's C locale.
    let english = ok(dir, &["challenge", "list"]);
    assert!(english.starts_with("STATUS"), "{english}");
    assert!(!has_persian(&english), "{english}");
    assert!(ok(dir, &["--lang", "en", "challenge", "show", &id]).contains("IP regime"));
}

#[test]
fn cli_lang_follows_the_locale_unless_given() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let id = demo_with_open_challenge(dir);
    let fa = [("LANG", "fa_IR.UTF-8")];
    let list = oc_env(dir, &["challenge", "list"], &fa);
    let show = oc_env(dir, &["challenge", "show", &id], &fa);
    assert!(list.ok() && show.ok(), "{}{}", list.stderr, show.stderr);
    assert_persian_list_and_show(&list.stdout, &show.stdout, &id);

    // LC_ALL outranks LANG; --lang outranks both.
    let c = oc_env(
        dir,
        &["challenge", "list"],
        &[("LANG", "fa_IR.UTF-8"), ("LC_ALL", "C")],
    );
    assert!(c.stdout.starts_with("STATUS"), "{}", c.stdout);
    let en = oc_env(dir, &["--lang", "en", "challenge", "list"], &fa);
    assert!(en.stdout.starts_with("STATUS"), "{}", en.stdout);
    let fa_flag = oc_env(
        dir,
        &["--lang", "fa-IR", "challenge", "list"],
        &[("LANG", "en_US.UTF-8")],
    );
    assert!(fa_flag.stdout.starts_with("وضعیت"), "{}", fa_flag.stdout);
}

#[test]
fn cli_json_is_the_same_in_every_language() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let id = demo_with_open_challenge(dir);
    let idea = array(&json(dir, &["idea", "list", "--challenge", &id]))[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let commands: Vec<Vec<&str>> = vec![
        vec!["challenge", "list"],
        vec!["challenge", "show", &id],
        vec!["challenge", "dashboard", &id],
        vec!["contributor", "list"],
        vec!["agreement", "list"],
        vec!["idea", "list"],
        vec!["idea", "show", &idea],
        vec!["idea", "rank", "--challenge", &id],
        vec!["subproblem", "list", "--challenge", &id],
        vec!["obligation", "list"],
        vec!["leaderboard"],
        vec!["log", "list", "--limit", "30"],
        vec!["log", "verify"],
        vec!["bundle", "history"],
        vec!["challenge", "show", "00000000"],
        vec!["challenge", "list", "--status", "nope"],
    ];
    for args in commands {
        let mut en = args.clone();
        en.extend(["--json", "--lang", "en"]);
        let mut fa = args.clone();
        fa.extend(["--json", "--lang", "fa"]);
        let mut env = args.clone();
        env.push("--json");
        let (en, fa) = (oc(dir, &en), oc(dir, &fa));
        let env = oc_env(dir, &env, &[("LANG", "fa_IR.UTF-8")]);
        assert_eq!(en.code, fa.code, "{args:?}");
        assert_eq!(en.stdout, fa.stdout, "{args:?}: stdout differs");
        assert_eq!(en.stderr, fa.stderr, "{args:?}: stderr differs");
        assert_eq!(
            en.stdout, env.stdout,
            "{args:?}: stdout differs under LANG=fa"
        );
        assert_eq!(
            en.stderr, env.stderr,
            "{args:?}: stderr differs under LANG=fa"
        );
        assert!(
            !has_persian(&en.stderr),
            "{args:?}: a JSON error is in English: {}",
            en.stderr
        );
    }
}

#[test]
fn cli_lang_fa_errors_and_bad_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo_with_open_challenge(dir);

    // An error from the core.
    let missing = oc(dir, &["--lang", "fa", "challenge", "show", "00000000"]);
    assert_eq!(missing.code, Some(1), "{}", missing.stderr);
    assert!(missing.stderr.starts_with("خطا: "), "{}", missing.stderr);
    let message = &missing.stderr["خطا: ".len()..];
    assert!(
        has_persian(message),
        "the core's Persian message: {message}"
    );
    assert!(!message.contains("No challenge"), "{message}");
    assert!(missing.stdout.is_empty());

    // An error the CLI words itself, and a warning.
    let bad = oc(
        dir,
        &["--lang", "fa", "challenge", "list", "--status", "nope"],
    );
    assert_eq!(bad.code, Some(2));
    assert!(
        bad.stderr.starts_with("خطا: «nope» برای وضعیت معتبر نیست."),
        "{}",
        bad.stderr
    );
    assert!(
        bad.stderr.contains("evaluating"),
        "values as typed: {}",
        bad.stderr
    );
    assert!(!bad.stderr.contains("is not a valid"), "{}", bad.stderr);
    let past = oc(
        dir,
        &[
            "--lang",
            "fa",
            "challenge",
            "create",
            "--title",
            "T",
            "--deadline",
            "2001-01-01",
        ],
    );
    assert!(past.ok(), "{}", past.stderr);
    assert!(
        past.stderr.starts_with("هشدار: مهلت 2001-01-01 گذشته است"),
        "{}",
        past.stderr
    );
    assert!(past.stdout.starts_with("چالش "), "{}", past.stdout);

    // A language Opencall does not speak is a usage error, in any mode.
    for args in [
        vec!["--lang", "xx", "challenge", "list"],
        vec!["challenge", "list", "--lang", "xx", "--json"],
    ] {
        let r = oc(dir, &args);
        assert_eq!(r.code, Some(2), "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty());
        assert!(r.stderr.contains("xx"), "{}", r.stderr);
    }
    let r = oc(dir, &["--lang", "xx", "challenge", "list"]);
    assert!(r.stderr.starts_with("error: --lang xx:"), "{}", r.stderr);
    assert!(r.stderr.contains("en, fa"), "{}", r.stderr);
    let r = oc_env(
        dir,
        &["--lang", "xx", "challenge", "list"],
        &[("LANG", "fa_IR.UTF-8")],
    );
    assert!(
        r.stderr.starts_with("خطا: "),
        "in the locale's language: {}",
        r.stderr
    );
}

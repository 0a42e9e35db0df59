//! A partner's signed bundle whose every text field carries the payloads of
//! `../shared/corpora/xss-payloads.txt` (PayloadsAllTheThings), imported
//! through the real import path and rendered in the real WebView: no script
//! runs, no dialog opens, no request leaves, and the text shows as text.

use std::path::{Path, PathBuf};

use chrono::{Days, Utc};
use opencall_core::agreement::{AgreementInput, AgreementKind};
use opencall_core::bundle::{BundleKind, ExportRequest};
use opencall_core::challenge::{
    AudienceKind, ChallengeBody, ChallengeStatus, Criterion, Incentive, IncentiveKind,
};
use opencall_core::contributor::{ContributorInput, ContributorKind};
use opencall_core::idea::Reviewer;
use opencall_core::ids::RowId;
use opencall_core::work::SubProblemInput;
use opencall_core::workspace::WorkspaceInput;
use opencall_core::Store;
use serde_json::json;

use crate::support::cli_ok;
use crate::support::driver::Driver;

fn corpora() -> PathBuf {
    let candidates = [
        std::env::var_os("OPENCALL_CORPORA").map(PathBuf::from),
        Some(crate::support::workspace_root().join("../shared/corpora")),
        Some(PathBuf::from("/work/shared/corpora")),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|p| p.join("xss-payloads.txt").is_file())
        .expect("the shared test corpora (../shared/corpora beside the repository, or $OPENCALL_CORPORA)")
}

fn payloads() -> Vec<String> {
    std::fs::read_to_string(corpora().join("xss-payloads.txt"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with("# "))
        .map(str::to_owned)
        .collect()
}

fn cut(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// A sponsor whose challenge, agreement, sub-problems, public Q&A and
/// recipient profile carry every payload; returns the bundle's bytes and the
/// challenge id.
fn hostile_bundle(dir: &Path, p: &[String]) -> (Vec<u8>, String) {
    let now = Utc::now();
    let store = Store::open(dir).unwrap();
    store
        .init_workspace(
            WorkspaceInput {
                organization_name: cut(&p[0], 200),
                user_name: "Mallory".into(),
                user_role: String::new(),
            },
            now,
        )
        .unwrap();
    let all = p.join("\n\n");
    let nda = store
        .create_agreement(
            AgreementInput {
                title: cut(&p[1], 200),
                kind: AgreementKind::Nda,
                summary: cut(&p[2], 500),
                draft: all.clone(),
            },
            now,
        )
        .unwrap();
    store.publish_agreement(nda.id, None, now).unwrap();
    let mut who = ContributorInput::new(cut(&p[3], 200), ContributorKind::PartnerFirm);
    who.affiliation = cut(&p[4], 200);
    who.expertise = p.iter().take(20).map(|x| cut(x, 60)).collect();
    let who = store.create_contributor(who, now).unwrap();
    let mut body = ChallengeBody::titled(cut(&p[5], 200));
    body.brief = all.clone();
    body.problem = all.clone();
    let lines: Vec<String> = p.iter().map(|x| cut(x, 500)).collect();
    body.goals = lines.clone();
    body.success_criteria = lines.clone();
    body.lessons = lines.clone();
    body.constraints = lines.clone();
    body.assets_shared = lines;
    body.lead = cut(&p[6], 200);
    body.deadline = now.date_naive().checked_add_days(Days::new(30));
    body.rules.conduct = all.clone();
    body.rules.confidentiality = all.clone();
    body.required_agreements = vec![nda.id];
    for x in p.iter().take(5) {
        body.incentives.push(Incentive {
            id: RowId::default(),
            kind: IncentiveKind::Recognition,
            description: cut(x, 500),
        });
        body.criteria.push(Criterion {
            id: RowId::default(),
            name: cut(x, 200),
            weight: 20,
            description: cut(x, 500),
        });
    }
    body.audience.kind = AudienceKind::Invited;
    body.audience.contributors = vec![who.id];
    let c = store.create_challenge(body, now).unwrap();
    store
        .set_challenge_status(c.id, None, ChallengeStatus::Open, now)
        .unwrap();
    for (i, x) in p.iter().enumerate().take(40) {
        let mut sub = SubProblemInput {
            challenge: Some(c.id),
            ..SubProblemInput::default()
        };
        sub.body.title = cut(x, 200);
        sub.body.description = p[(i + 7) % p.len()].clone();
        store.create_sub_problem(sub, now).unwrap();
        let q = store
            .ask_question(c.id, Reviewer::Contributor(who.id), x, now)
            .unwrap();
        store
            .answer_question(q.id, &p[(i + 11) % p.len()], true, now)
            .unwrap();
    }
    let (bytes, _) = store
        .export_bundle(
            &ExportRequest {
                kind: BundleKind::Challenge,
                challenge: Some(c.id),
                recipients: vec![who.id],
            },
            now,
        )
        .unwrap();
    (bytes, c.id.to_string())
}

#[test]
fn imported_bundle_with_xss_payloads_renders_as_text() {
    let p = payloads();
    assert!(p.len() > 300, "{} payloads", p.len());
    let tmp = tempfile::tempdir().unwrap();
    let (bytes, challenge) = hostile_bundle(&tmp.path().join("sponsor"), &p);
    let file = tmp.path().join("hostile.ocbundle");
    std::fs::write(&file, bytes).unwrap();
    // The partner imports it with the real import path (the CLI's).
    let partner = tmp.path().join("partner");
    let cli = |args: &[&str]| cli_ok(&partner, args);
    cli(&["init", "--org", "Northwind Labs", "--user", "Nils Berg"]);
    cli(&[
        "bundle",
        "import",
        file.to_str().unwrap(),
        "--yes",
        "--trust-signer",
    ]);

    let agreement: String = {
        let out = cli_json(&partner, &["agreement", "list"]);
        out[0]["id"].as_str().unwrap().to_owned()
    };
    let contributor: String = {
        let out = cli_json(&partner, &["contributor", "list"]);
        out[0]["id"].as_str().unwrap().to_owned()
    };
    let driver = Driver::start(&partner);
    let s = driver.launch();
    // Any dialog or navigation a payload could cause is recorded.
    let trap = "window.__hits = window.__hits || [];\
        for (const f of ['alert', 'confirm', 'prompt', 'print', 'open']) \
          window[f] = (...a) => { window.__hits.push(f); };\
        return true;";
    let hits = "return [typeof window.__pwned, (window.__hits || []).length, \
        document.querySelectorAll('main img, main script, main iframe, main object, main embed, main svg image').length];";
    let views = [
        format!("/challenges/{challenge}"),
        "/challenges".to_owned(),
        format!("/agreements/{agreement}"),
        "/agreements".to_owned(),
        format!("/contributors/{contributor}"),
        "/contributors".to_owned(),
        "/activity".to_owned(),
        "/workspace".to_owned(),
        // The import preview, where a bundle's text first reaches the screen.
        format!("/import?path={}", file.display()),
    ];
    for view in &views {
        s.exec(trap, json!([]));
        s.exec("location.hash = arguments[0]; return true;", json!([view]));
        s.wait("main h1");
        std::thread::sleep(std::time::Duration::from_millis(400));
        // Click every link the rendered Markdown holds.
        s.exec(
            "document.querySelectorAll('main a[href]').forEach(a => { if (!a.href.includes('#/')) a.click(); }); return true;",
            json!([]),
        );
        let got = s.exec(hits, json!([]));
        assert_eq!(got, json!(["undefined", 0, 0]), "{view}: {got}");
    }
    // The text is still there, as text.
    s.exec(
        "location.hash = arguments[0]; return true;",
        json!([format!("/challenges/{challenge}")]),
    );
    s.wait("main h1");
    std::thread::sleep(std::time::Duration::from_millis(400));
    let text = s
        .exec(
            "return document.querySelector('main').innerText;",
            json!([]),
        )
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let shown = p
        .iter()
        .take(40)
        .filter(|x| text.contains(cut(x, 40).trim()))
        .count();
    assert!(shown >= 10, "only {shown} of 40 payloads shown as text");
    // Nothing was requested from outside the app.
    let external = s.exec(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => /^(https?|ftp|wss?):/.test(n));",
        json!([]),
    );
    assert_eq!(external, json!([]), "requests left the app: {external}");
    s.quit();
}

fn cli_json(dir: &Path, args: &[&str]) -> serde_json::Value {
    let v: serde_json::Value =
        serde_json::from_str(&cli_ok(dir, &[args, &["--json"]].concat())).unwrap();
    v.get("items").cloned().unwrap_or(v)
}

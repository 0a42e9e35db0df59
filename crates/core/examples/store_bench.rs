//! Prints how long common local operations take on a workspace of realistic
//! size, to check "local operations answer in well under 100 ms".
//!
//!     cargo run --release -p opencall-core --example store_bench [N]
//!
//! N challenges (default 2,000) and N/2 contributors are created first.

use std::time::{Duration, Instant};

use chrono::{Days, Utc};
use opencall_core::challenge::{
    ChallengeFilter, ChallengeInput, ChallengeStatus, Incentive, IncentiveKind,
};
use opencall_core::contributor::{ContributorFilter, ContributorInput, ContributorKind};
use opencall_core::workspace::WorkspaceInput;
use opencall_core::Store;

fn time<T>(label: &str, runs: u32, mut f: impl FnMut() -> T) {
    let mut samples: Vec<Duration> = Vec::with_capacity(runs as usize);
    for _ in 0..runs {
        let start = Instant::now();
        std::hint::black_box(f());
        samples.push(start.elapsed());
    }
    samples.sort();
    let median = samples[samples.len() / 2];
    let worst = samples[samples.len() - 1];
    println!("{label:<48} median {median:>10.2?}   max {worst:>10.2?}   ({runs} runs)");
}

fn main() -> opencall_core::Result<()> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2000);
    let dir = std::env::temp_dir().join(format!("opencall-bench-{}", std::process::id()));
    let store = Store::open(&dir)?;
    let now = Utc::now();
    store.init_workspace(
        WorkspaceInput {
            organization_name: "Bench".into(),
            user_name: "Bench".into(),
            user_role: String::new(),
        },
        now,
    )?;
    let input = |i: usize| {
        let mut c = ChallengeInput::titled(format!("Challenge {i} about pumps and acoustics"));
        c.brief = "A brief of realistic length. ".repeat(40);
        c.deadline = now.date_naive().checked_add_days(Days::new(30));
        c.goals = vec!["Goal one".into(), "Goal two".into()];
        c.incentives = vec![Incentive {
            kind: IncentiveKind::Money,
            description: "€10,000".into(),
        }];
        c
    };
    let start = Instant::now();
    let mut ids = Vec::with_capacity(n);
    for i in 0..n {
        ids.push(store.create_challenge(input(i), now)?.id);
    }
    for i in 0..n / 2 {
        let mut c = ContributorInput::new(format!("Contributor {i}"), ContributorKind::ALL[i % 7]);
        c.expertise = vec!["acoustics".into(), format!("tag{}", i % 50)];
        store.create_contributor(c, now)?;
    }
    let setup = start.elapsed();
    println!(
        "workspace: {n} challenges, {} contributors, {} log entries",
        n / 2,
        store.activity_len()
    );
    println!(
        "{:<48} {:>10.2?} per write (flushed)",
        "seeding",
        setup / (n + n / 2) as u32
    );

    let mut k = 0usize;
    time("create challenge (one transaction + flush)", 50, || {
        k += 1;
        store.create_challenge(input(n + k), now)
    });
    time("update challenge", 50, || {
        let c = store.challenge(ids[k % ids.len()])?;
        let mut edit = c.input();
        edit.title.push('!');
        k += 1;
        store.update_challenge(c.id, Some(c.meta.revision), edit, now)
    });
    time("set status draft → open", 50, || {
        k += 1;
        store.set_challenge_status(ids[k % ids.len()], None, ChallengeStatus::Open, now)
    });
    time("get challenge by id", 200, || {
        store.challenge(ids[k % ids.len()])
    });
    time("list all challenges", 20, || {
        store.challenges(&ChallengeFilter::default())
    });
    time("list challenges, text search", 20, || {
        store.challenges(&ChallengeFilter {
            text: Some("challenge 19".into()),
            ..Default::default()
        })
    });
    time("list contributors by kind + expertise", 20, || {
        store.contributors(&ContributorFilter {
            kind: Some(ContributorKind::UniversityLab),
            expertise: Some("ACOUSTICS".into()),
            ..Default::default()
        })
    });
    time("activity page (100 newest)", 50, || store.activity(0, 100));
    time("render brief markdown", 200, || {
        opencall_core::markdown::render(&input(1).brief)
    });
    time("verify whole activity log", 5, || store.verify_log());
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

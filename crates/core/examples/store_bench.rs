//! Prints how long common local operations take on a large workspace, to
//! check "local operations answer in well under 100 ms" and the targets of
//! the indexes (a page of 50 contributors filtered by kind + expertise, and
//! a text search, each ≤ 20 ms at 50,000 contributors; opening the large
//! workspace ≤ 1.2 × opening an empty one + 50 ms).
//!
//!     cargo run --release -p opencall-core --example store_bench [CHALLENGES] [CONTRIBUTORS]
//!
//! Defaults: 5,000 challenges and 50,000 contributors (`demo --scale large`).

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::Utc;
use opencall_core::challenge::{ChallengeFilter, ChallengeStatus};
use opencall_core::contributor::{ContributorFilter, ContributorKind};
use opencall_core::demo::{seed_scaled, Scale};
use opencall_core::idea::{IdeaFilter, IdeaStage, ReviewInput, Reviewer, Score};
use opencall_core::workspace::WorkspaceInput;
use opencall_core::{PageRequest, Store};

fn time<T: 'static>(label: &str, runs: u32, mut f: impl FnMut() -> T) -> Duration {
    let mut samples: Vec<Duration> = Vec::with_capacity(runs as usize);
    for _ in 0..runs {
        let start = Instant::now();
        let out = std::hint::black_box(f());
        let mut took = start.elapsed();
        // A closure that measures itself returns its own figure.
        if let Some(d) = (&out as &dyn std::any::Any).downcast_ref::<Duration>() {
            took = *d;
        }
        samples.push(took);
    }
    samples.sort();
    let median = samples[samples.len() / 2];
    let worst = samples[samples.len() - 1];
    println!("{label:<56} median {median:>10.2?}   max {worst:>10.2?}   ({runs} runs)");
    median
}

fn open(dir: &Path) -> Store {
    match Store::open(dir) {
        Ok(store) => store,
        Err(e) => {
            eprintln!("store_bench: cannot open {}: {e}", dir.display());
            std::process::exit(1);
        }
    }
}

fn main() -> opencall_core::Result<()> {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>().ok());
    let challenges = args.next().flatten().unwrap_or(5_000);
    let contributors = args.next().flatten().unwrap_or(50_000);
    let ideas = args.next().flatten().unwrap_or(100_000);
    let reviews = args.next().flatten().unwrap_or(20_000);
    let base = std::env::temp_dir().join(format!("opencall-bench-{}", std::process::id()));
    let (large, empty) = (base.join("large"), base.join("empty"));
    let now = Utc::now();
    {
        let store = Store::open(&empty)?;
        store.init_workspace(
            WorkspaceInput {
                organization_name: "Bench".into(),
                user_name: "Bench".into(),
                user_role: String::new(),
            },
            now,
        )?;
    }
    let start = Instant::now();
    {
        let store = Store::open(&large)?;
        let scale = Scale::Large {
            challenges,
            contributors,
            ideas,
            reviews,
        };
        seed_scaled(&store, now, scale)?;
        println!(
            "workspace: {challenges} challenges, {contributors} contributors, {ideas} ideas, {reviews} reviews, {} log entries, generated in {:.1?}",
            store.activity_len()?,
            start.elapsed()
        );
    }

    // Each open follows a pause, so the previous store's background flusher
    // has let go of the lock and no run measures waiting for it.
    let pause = || std::thread::sleep(Duration::from_millis(600));
    let open_empty = time("open empty workspace", 15, || {
        pause();
        let t = Instant::now();
        let s = open(&empty);
        let e = t.elapsed();
        drop(s);
        e
    });
    let open_large = time("open large workspace", 15, || {
        pause();
        let t = Instant::now();
        let s = open(&large);
        let e = t.elapsed();
        drop(s);
        e
    });
    println!(
        "  target: large ≤ 1.2 × empty + 50 ms = {:.2?}: {}",
        open_empty.mul_f64(1.2) + Duration::from_millis(50),
        if open_large <= open_empty.mul_f64(1.2) + Duration::from_millis(50) {
            "met"
        } else {
            "MISSED"
        }
    );

    let store = open(&large);
    let page = PageRequest::new(0, 50);
    time("contributors: page of 50 by kind + expertise", 50, || {
        store.contributors(
            &ContributorFilter {
                kind: Some(ContributorKind::UniversityLab),
                expertise: Some("ACOUSTICS".into()),
                ..Default::default()
            },
            page,
        )
    });
    time("contributors: page of 50 by kind only", 50, || {
        store.contributors(
            &ContributorFilter {
                kind: Some(ContributorKind::Supplier),
                ..Default::default()
            },
            page,
        )
    });
    time(
        "contributors: text search 'acoust' (page of 50)",
        50,
        || {
            store.contributors(
                &ContributorFilter {
                    text: Some("acoust".into()),
                    ..Default::default()
                },
                page,
            )
        },
    );
    time("contributors: first page of 50, no filter", 50, || {
        store.contributors(&ContributorFilter::default(), page)
    });
    time("contributors: page 100 of 50, no filter", 50, || {
        store.contributors(&ContributorFilter::default(), PageRequest::new(5_000, 50))
    });
    time("challenges: first page of 50, no filter", 50, || {
        store.challenges(&ChallengeFilter::default(), page)
    });
    time("challenges: open, page of 50", 50, || {
        store.challenges(
            &ChallengeFilter {
                status: Some(ChallengeStatus::Open),
                ..Default::default()
            },
            page,
        )
    });
    time("challenges: text search 'seals quieter'", 50, || {
        store.challenges(
            &ChallengeFilter {
                text: Some("seals quieter".into()),
                ..Default::default()
            },
            page,
        )
    });
    // Ideas: a filtered page, a text search, ranking the busy challenge, and
    // recording a review durably (flushed) at p95.
    if let Some(busy) = opencall_core::demo::busy_challenge(&store)? {
        time(
            "ideas: page of 50 on one challenge, stage evaluation",
            50,
            || {
                store.ideas(
                    &IdeaFilter {
                        challenge: Some(busy),
                        stage: Some(IdeaStage::Evaluation),
                        ..Default::default()
                    },
                    page,
                )
            },
        );
        time(
            "ideas: text search 'coatings seals' over all (page of 50)",
            50,
            || {
                store.ideas(
                    &IdeaFilter {
                        text: Some("coatings seals".into()),
                        ..Default::default()
                    },
                    page,
                )
            },
        );
        time("ideas: first page of 50, no filter", 50, || {
            store.ideas(&IdeaFilter::default(), page)
        });
        let ranked = store.rank(busy)?;
        let reviews: usize = ranked.iter().map(|r| r.reviews).sum();
        time(
            &format!(
                "rank a challenge ({} ideas, {reviews} reviews)",
                ranked.len()
            ),
            20,
            || store.rank(busy),
        );
        time("dashboard of that challenge (one core query)", 20, || {
            store.dashboard(busy, Utc::now())
        });
        let c = store.challenge(busy)?;
        let me = Reviewer::Person(store.require_workspace()?.user);
        let mut samples = Vec::new();
        let open = ranked
            .iter()
            .filter(|r| !matches!(r.stage, IdeaStage::Rejected | IdeaStage::Done));
        for (i, row) in open.take(200).enumerate() {
            let input = ReviewInput {
                idea: row.id,
                reviewer: me,
                scores: vec![Score {
                    criterion: c.body.criteria[0].id,
                    score: (i % 11) as i64,
                }],
                note: "Bench".into(),
            };
            let t = Instant::now();
            store.add_review(input, Utc::now())?;
            samples.push(t.elapsed());
        }
        samples.sort();
        if samples.is_empty() {
            samples.push(Duration::ZERO);
        }
        let p95 = samples[samples.len() * 95 / 100];
        println!(
            "{:<56} median {:>10.2?}   p95 {p95:>10.2?}   ({} reviews)",
            "record a review durably (flushed)",
            samples[samples.len() / 2],
            samples.len()
        );
    }

    let first = store.challenges(&ChallengeFilter::default(), PageRequest::new(0, 1))?;
    let id = first.items[0].id;
    time("challenge by id", 200, || store.challenge(id));
    time("history of one challenge (log index)", 200, || {
        store.activity_for(&[id.to_string()])
    });
    time("activity page (100 newest)", 50, || store.activity(0, 100));
    time("verify the whole log", 3, || store.verify_log());
    drop(store);
    let _ = std::fs::remove_dir_all(&base);
    Ok(())
}

//! Sub-problems, Q&A, disputes, obligations, points and the dashboard.

use chrono::{DateTime, Days, TimeZone, Utc};

use crate::challenge::*;
use crate::contributor::{ContributorInput, ContributorKind};
use crate::idea::*;
use crate::ids::{ContributorId, RowId};
use crate::work::*;
use crate::workspace::WorkspaceInput;
use crate::Store;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).single().unwrap()
}

fn setup() -> (tempfile::TempDir, Store, Challenge, Vec<ContributorId>) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    store
        .init_workspace(
            WorkspaceInput {
                organization_name: "Acme".into(),
                user_name: "Ada".into(),
                user_role: String::new(),
            },
            t0(),
        )
        .unwrap();
    let mut ids = Vec::new();
    for (name, kind, tags) in [
        (
            "Fluid Lab",
            ContributorKind::UniversityLab,
            vec!["acoustics", "CFD"],
        ),
        (
            "Tomás",
            ContributorKind::IndependentInventor,
            vec!["acoustics"],
        ),
        ("Berg", ContributorKind::Supplier, vec!["elastomers"]),
        ("Anna", ContributorKind::Expert, vec!["cfd", "acoustics"]),
    ] {
        let mut c = ContributorInput::new(name, kind);
        c.expertise = tags.into_iter().map(String::from).collect();
        ids.push(store.create_contributor(c, t0()).unwrap().id);
    }
    let mut body = ChallengeBody::titled("Quiet");
    body.brief = "b".into();
    body.deadline = t0().date_naive().checked_add_days(Days::new(10));
    for (kind, d) in [
        (IncentiveKind::Money, "€5,000"),
        (IncentiveKind::Recognition, "Credit"),
    ] {
        body.incentives.push(Incentive {
            id: RowId::default(),
            kind,
            description: d.into(),
        });
    }
    body.criteria.push(Criterion {
        id: RowId::default(),
        name: "Novelty".into(),
        weight: 1,
        description: String::new(),
    });
    body.audience.kind = AudienceKind::Open;
    let c = store.create_challenge(body, t0()).unwrap();
    let c = store
        .set_challenge_status(c.id, None, ChallengeStatus::Open, t0())
        .unwrap();
    (dir, store, c, ids)
}

fn sub(
    store: &Store,
    c: &Challenge,
    title: &str,
    tags: &[&str],
    parent: Option<crate::ids::SubProblemId>,
) -> SubProblem {
    store
        .create_sub_problem(
            SubProblemInput {
                challenge: Some(c.id),
                parent,
                body: SubProblemBody {
                    title: title.into(),
                    expertise: tags.iter().map(|t| (*t).to_owned()).collect(),
                    ..Default::default()
                },
            },
            t0(),
        )
        .unwrap()
}

#[test]
fn sub_problems_roll_up_and_find_who_could_take_them() {
    let (_d, store, c, ids) = setup();
    let a = sub(&store, &c, "Model the volute", &["CFD", "acoustics"], None);
    let b = sub(&store, &c, "Damp the housing", &["elastomers"], None);
    let old = sub(&store, &c, "Earlier CFD study", &["cfd"], None);
    // Anna has a record on CFD work: she finished the earlier study.
    store.claim_sub_problem(old.id, ids[3], t0()).unwrap();
    store
        .set_sub_problem_status(old.id, SubProblemStatus::Done, t0())
        .unwrap();
    let who = store.candidates(a.id, 10).unwrap();
    let names: Vec<&str> = who.iter().map(|x| x.name.as_str()).collect();
    // Two tags each for Anna and Fluid Lab (Anna first by record), then Tomás.
    assert_eq!(names, ["Anna", "Fluid Lab", "Tomás"]);
    assert_eq!(who[0].matching.len(), 2);
    assert_eq!(who[0].record, 1);
    assert_eq!(who[2].matching, vec!["acoustics".to_owned()]);
    // Drop the old one from progress; claim both, finish one: 50 %.
    store
        .set_sub_problem_status(old.id, SubProblemStatus::InProgress, t0())
        .unwrap();
    store
        .set_sub_problem_status(old.id, SubProblemStatus::Dropped, t0())
        .unwrap();
    store.claim_sub_problem(a.id, ids[0], t0()).unwrap();
    store.claim_sub_problem(b.id, ids[2], t0()).unwrap();
    store
        .set_sub_problem_status(a.id, SubProblemStatus::Done, t0())
        .unwrap();
    let tree = store.sub_problems(c.id).unwrap();
    assert!((tree.completion - 0.5).abs() < 1e-9, "{}", tree.completion);
    assert_eq!((tree.done, tree.total), (1, 2));
    let err = store.set_sub_problem_status(b.id, SubProblemStatus::Open, t0());
    assert!(err.is_ok(), "claimed → open is allowed");
    let child = sub(&store, &c, "Measure", &[], Some(b.id));
    let tree = store.sub_problems(c.id).unwrap();
    let parent = tree
        .roots
        .iter()
        .find(|r| r.sub_problem.id == b.id)
        .unwrap();
    assert_eq!(parent.children[0].sub_problem.id, child.id);
    assert!(store.check_indexes().unwrap().is_empty());
}

#[test]
fn selecting_an_idea_creates_one_obligation_per_incentive_per_author() {
    let (_d, store, c, ids) = setup();
    let idea = store
        .create_idea(
            IdeaInput {
                challenge: Some(c.id),
                body: IdeaBody {
                    title: "Resonator".into(),
                    authors: vec![ids[0], ids[1]],
                    ..Default::default()
                },
            },
            t0(),
        )
        .unwrap();
    for s in [
        IdeaStage::Screening,
        IdeaStage::Evaluation,
        IdeaStage::Selected,
    ] {
        store
            .set_idea_stage(idea.id, None, s, None, false, t0())
            .unwrap();
    }
    let all = store.obligations(Some(c.id), None, None).unwrap();
    assert_eq!(all.len(), 4, "2 incentives × 2 authors");
    assert!(all
        .iter()
        .all(|o| o.status == ObligationStatus::Outstanding));
    // Re-selecting creates no duplicates.
    store
        .set_idea_stage(idea.id, None, IdeaStage::Evaluation, None, false, t0())
        .unwrap();
    store
        .set_idea_stage(idea.id, None, IdeaStage::Selected, None, false, t0())
        .unwrap();
    assert_eq!(store.obligations(Some(c.id), None, None).unwrap().len(), 4);
    let first = &all[0];
    let done = store
        .settle_obligation(
            first.id,
            ObligationStatus::Delivered,
            "Paid, transfer 2026-11-02",
            t0(),
        )
        .unwrap();
    assert_eq!(done.status, ObligationStatus::Delivered);
    assert!(store
        .settle_obligation(first.id, ObligationStatus::Delivered, "", t0())
        .is_err());
    let err = store
        .settle_obligation(all[1].id, ObligationStatus::Waived, " ", t0())
        .unwrap_err();
    assert_eq!(err.field_errors()[0].field, "note");

    // Dashboard counts, by hand: 1 idea selected; 3 outstanding, overdue
    // once 31 days have passed; 1 delivered.
    let later = t0().checked_add_days(Days::new(31)).unwrap();
    let d = store.dashboard(c.id, later).unwrap();
    assert_eq!(d.ideas, 1);
    assert!(d.funnel.contains(&(IdeaStage::Selected, 1)));
    assert_eq!(
        d.obligations,
        ObligationCounts {
            outstanding: 3,
            overdue: 3,
            delivered: 1,
            waived: 0
        }
    );
    assert_eq!(d.participants.len(), 2);
    assert_eq!(d.days_to_deadline, Some(10 - 31));
}

#[test]
fn questions_disputes_and_points_add_up() {
    let (_d, store, c, ids) = setup();
    let me = Reviewer::Person(store.require_workspace().unwrap().user);
    let q1 = store
        .ask_question(
            c.id,
            Reviewer::Contributor(ids[1]),
            "May we use your test rig?",
            t0(),
        )
        .unwrap();
    store
        .ask_question(c.id, me, "Internal: budget?", t0())
        .unwrap();
    store
        .answer_question(q1.id, "Yes, book it two weeks ahead.", true, t0())
        .unwrap();
    let d = store
        .raise_dispute(
            c.id,
            Reviewer::Contributor(ids[2]),
            None,
            "Our idea was merged unfairly",
            t0(),
        )
        .unwrap();
    store
        .add_dispute_note(d.id, me, "Looking into it", t0())
        .unwrap();
    let dash = store.dashboard(c.id, t0()).unwrap();
    assert_eq!((dash.open_questions, dash.open_disputes), (1, 1));
    let resolved = store
        .resolve_dispute(d.id, "Un-merged; both credited", t0())
        .unwrap();
    assert!(resolved.resolution.is_some());
    assert_eq!(store.dashboard(c.id, t0()).unwrap().open_disputes, 0);
    assert!(store.add_dispute_note(d.id, me, "more", t0()).is_err());

    // Points: Tomás asked a question answered publicly (2) and co-wrote a
    // selected idea (5 + 20); Fluid Lab wrote it too (25) and reviewed
    // another (3).
    let idea = |title: &str, authors: Vec<ContributorId>| {
        store
            .create_idea(
                IdeaInput {
                    challenge: Some(c.id),
                    body: IdeaBody {
                        title: title.into(),
                        authors,
                        ..Default::default()
                    },
                },
                t0(),
            )
            .unwrap()
    };
    let a = idea("A", vec![ids[0], ids[1]]);
    let b = idea("B", vec![ids[2]]);
    for s in [
        IdeaStage::Screening,
        IdeaStage::Evaluation,
        IdeaStage::Selected,
    ] {
        store
            .set_idea_stage(a.id, None, s, None, false, t0())
            .unwrap();
    }
    store
        .add_review(
            ReviewInput {
                idea: b.id,
                reviewer: Reviewer::Contributor(ids[0]),
                scores: vec![Score {
                    criterion: c.body.criteria[0].id,
                    score: 5,
                }],
                note: String::new(),
            },
            t0(),
        )
        .unwrap();
    let board = store.leaderboard(None, None).unwrap();
    let pts = |name: &str| {
        board
            .iter()
            .find(|r| r.name == name)
            .map_or(0, |r| r.points)
    };
    assert_eq!(pts("Fluid Lab"), 5 + 20 + 3);
    assert_eq!(pts("Tomás"), 2 + 5 + 20);
    assert_eq!(pts("Berg"), 5);
    assert_eq!(board[0].name, "Fluid Lab");
    let labs = store
        .leaderboard(None, Some(ContributorKind::UniversityLab))
        .unwrap();
    assert_eq!(labs.len(), 1);
    let future = store
        .leaderboard(t0().checked_add_days(Days::new(1)), None)
        .unwrap();
    assert!(future.is_empty());
    assert!(store.verify_log().unwrap().is_intact());
    assert!(store.check_indexes().unwrap().is_empty());
}

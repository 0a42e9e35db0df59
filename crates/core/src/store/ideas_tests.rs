//! Ideas, reviews and comments: who may contribute, the pipeline, conflict
//! of interest, scoring, merging, attachments.

use chrono::{DateTime, Days, TimeZone, Utc};

use crate::agreement::{AgreementInput, AgreementKind};
use crate::challenge::*;
use crate::contributor::{ContributorInput, ContributorKind};
use crate::idea::*;
use crate::ids::{AgreementId, ContributorId, RowId};
use crate::workspace::WorkspaceInput;
use crate::Store;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).single().unwrap()
}

struct World {
    _dir: tempfile::TempDir,
    store: Store,
    nda: AgreementId,
    challenge: Challenge,
    ines: ContributorId,
    lab: ContributorId,
    acme: ContributorId,
}

fn contributor(
    store: &Store,
    name: &str,
    kind: ContributorKind,
    affiliation: &str,
) -> ContributorId {
    let mut c = ContributorInput::new(name, kind);
    c.affiliation = affiliation.into();
    store.create_contributor(c, t0()).unwrap().id
}

/// An open challenge requiring a published NDA, scoring Novelty 60 / Cost 40.
fn world(audience: AudienceKind) -> World {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    store
        .init_workspace(
            WorkspaceInput {
                organization_name: "Acme Pumps".into(),
                user_name: "Ada".into(),
                user_role: String::new(),
            },
            t0(),
        )
        .unwrap();
    let nda = store
        .create_agreement(
            AgreementInput {
                title: "Mutual NDA".into(),
                kind: AgreementKind::Nda,
                summary: String::new(),
                draft: "Keep secrets.".into(),
            },
            t0(),
        )
        .unwrap();
    store.publish_agreement(nda.id, None, t0()).unwrap();
    let ines = contributor(
        &store,
        "Ines Duarte",
        ContributorKind::IndependentInventor,
        "",
    );
    let lab = contributor(
        &store,
        "Fluid Lab",
        ContributorKind::UniversityLab,
        "TU Delft",
    );
    let acme = contributor(
        &store,
        "Jonas Weber",
        ContributorKind::Employee,
        "Acme Pumps",
    );
    let mut body = ChallengeBody::titled("Quieter pumps");
    body.brief = "Make them quiet.".into();
    body.deadline = t0().date_naive().checked_add_days(Days::new(30));
    body.incentives.push(Incentive {
        id: RowId::default(),
        kind: IncentiveKind::Money,
        description: "€5,000".into(),
    });
    for (name, weight) in [("Novelty", 60), ("Cost", 40)] {
        body.criteria.push(Criterion {
            id: RowId::default(),
            name: name.into(),
            weight,
            description: String::new(),
        });
    }
    body.required_agreements = vec![nda.id];
    body.audience.kind = audience;
    if audience == AudienceKind::Invited {
        body.audience.contributors = vec![lab];
        body.audience.groups = vec!["Acoustics circle".into()];
    }
    let c = store.create_challenge(body, t0()).unwrap();
    let challenge = store
        .set_challenge_status(c.id, None, ChallengeStatus::Open, t0())
        .unwrap();
    World {
        _dir: dir,
        store,
        nda: nda.id,
        challenge,
        ines,
        lab,
        acme,
    }
}

fn idea(w: &World, title: &str, authors: Vec<ContributorId>) -> IdeaInput {
    IdeaInput {
        challenge: Some(w.challenge.id),
        body: IdeaBody {
            title: title.into(),
            summary: "S".into(),
            body: "Body".into(),
            authors,
            attachments: vec![],
            sub_problem: None,
        },
    }
}

fn codes(err: &crate::Error) -> Vec<String> {
    err.field_errors().iter().map(|f| f.code.clone()).collect()
}

#[test]
fn an_idea_needs_the_latest_agreement_version_accepted() {
    let w = world(AudienceKind::Open);
    let err = w
        .store
        .create_idea(idea(&w, "Foam", vec![w.ines]), t0())
        .unwrap_err();
    assert_eq!(err.kind(), "refused");
    assert_eq!(codes(&err), ["missing_acceptance"]);
    assert!(
        err.to_string()
            .contains("Record Ines Duarte's acceptance of “Mutual NDA” v1"),
        "{err}"
    );
    w.store
        .record_acceptance(w.nda, None, w.ines, t0())
        .unwrap();
    let made = w
        .store
        .create_idea(idea(&w, "Foam", vec![w.ines]), t0())
        .unwrap();
    assert_eq!(made.accepted_versions.len(), 1);
    assert_eq!(made.accepted_versions[0].version, 1);
    assert_eq!(made.content_hash, made.body.content_hash());

    // A new version requires accepting again before the next contribution.
    let mut edit = w.store.agreement(w.nda).unwrap().body;
    edit.draft = "Keep secrets for five years.".into();
    w.store.update_agreement(w.nda, None, edit, t0()).unwrap();
    w.store.publish_agreement(w.nda, None, t0()).unwrap();
    let err = w
        .store
        .create_idea(idea(&w, "Foam 2", vec![w.ines]), t0())
        .unwrap_err();
    assert_eq!(codes(&err), ["outdated_acceptance"]);
    assert!(err.to_string().contains("v2"), "{err}");
    w.store
        .record_acceptance(w.nda, None, w.ines, t0())
        .unwrap();
    let second = w
        .store
        .create_idea(idea(&w, "Foam 2", vec![w.ines]), t0())
        .unwrap();
    assert_eq!(second.accepted_versions[0].version, 2);
}

#[test]
fn the_audience_decides_who_may_contribute() {
    let w = world(AudienceKind::InternalOnly);
    for c in [w.ines, w.lab, w.acme] {
        w.store.record_acceptance(w.nda, None, c, t0()).unwrap();
    }
    let err = w
        .store
        .create_idea(idea(&w, "X", vec![w.ines]), t0())
        .unwrap_err();
    assert_eq!(codes(&err), ["not_invited"]);
    assert!(err.to_string().contains("not an employee"), "{err}");
    w.store
        .create_idea(idea(&w, "Staff idea", vec![w.acme]), t0())
        .unwrap();

    let w = world(AudienceKind::Invited);
    for c in [w.ines, w.lab] {
        w.store.record_acceptance(w.nda, None, c, t0()).unwrap();
    }
    let err = w
        .store
        .create_idea(idea(&w, "X", vec![w.ines]), t0())
        .unwrap_err();
    assert_eq!(codes(&err), ["not_invited"]);
    w.store
        .create_idea(idea(&w, "Invited", vec![w.lab]), t0())
        .unwrap();
    // Members of an invited group may contribute too.
    let mut member = w.store.contributor(w.ines).unwrap().body;
    member.groups = vec!["acoustics circle".into()];
    w.store
        .update_contributor(w.ines, None, member, t0())
        .unwrap();
    w.store
        .create_idea(idea(&w, "Group member", vec![w.ines]), t0())
        .unwrap();
}

#[test]
fn only_open_challenges_take_ideas() {
    let w = world(AudienceKind::Open);
    w.store
        .record_acceptance(w.nda, None, w.ines, t0())
        .unwrap();
    w.store
        .set_challenge_status(w.challenge.id, None, ChallengeStatus::Evaluating, t0())
        .unwrap();
    let err = w
        .store
        .create_idea(idea(&w, "Late", vec![w.ines]), t0())
        .unwrap_err();
    assert_eq!(codes(&err), ["not_open"]);
}

#[test]
fn stages_follow_the_pipeline_and_rejections_can_become_lessons() {
    let w = world(AudienceKind::Open);
    w.store
        .record_acceptance(w.nda, None, w.ines, t0())
        .unwrap();
    let i = w
        .store
        .create_idea(idea(&w, "Rubber mounts", vec![w.ines]), t0())
        .unwrap();
    let err = w
        .store
        .set_idea_stage(i.id, None, IdeaStage::Selected, None, false, t0())
        .unwrap_err();
    assert_eq!(err.kind(), "invalid_transition");
    let err = w
        .store
        .set_idea_stage(i.id, None, IdeaStage::Rejected, None, false, t0())
        .unwrap_err();
    assert_eq!(err.field_errors()[0].field, "reason");
    let rejected = w
        .store
        .set_idea_stage(
            i.id,
            None,
            IdeaStage::Rejected,
            Some("Mounts moved the resonance, not the noise".into()),
            true,
            t0(),
        )
        .unwrap();
    assert_eq!(rejected.stage, IdeaStage::Rejected);
    let c = w.store.challenge(w.challenge.id).unwrap();
    assert!(
        c.body
            .lessons
            .iter()
            .any(|l| l == "Rubber mounts — Mounts moved the resonance, not the noise"),
        "{:?}",
        c.body.lessons
    );
    assert!(w
        .store
        .set_idea_stage(i.id, None, IdeaStage::Screening, None, false, t0())
        .is_err());
    assert!(w.store.verify_log().unwrap().is_intact());
    assert!(w.store.check_indexes().unwrap().is_empty());
}

#[test]
fn reviews_are_weighted_ranked_and_refuse_conflicts_of_interest() {
    let w = world(AudienceKind::Open);
    for c in [w.ines, w.lab] {
        w.store.record_acceptance(w.nda, None, c, t0()).unwrap();
    }
    let a = w
        .store
        .create_idea(idea(&w, "Helmholtz resonator", vec![w.ines]), t0())
        .unwrap();
    let b = w
        .store
        .create_idea(idea(&w, "Slower impeller", vec![w.lab]), t0())
        .unwrap();
    let (novelty, cost) = (
        w.challenge.body.criteria[0].id,
        w.challenge.body.criteria[1].id,
    );
    let me = crate::idea::Reviewer::Person(w.store.require_workspace().unwrap().user);
    let expert = contributor(
        &w.store,
        "Dr. Mensah",
        ContributorKind::Expert,
        "Independent",
    );
    let review = |idea: crate::ids::IdeaId, who: Reviewer, n: i64, c: i64| ReviewInput {
        idea,
        reviewer: who,
        scores: vec![
            Score {
                criterion: novelty,
                score: n,
            },
            Score {
                criterion: cost,
                score: c,
            },
        ],
        note: "ok".into(),
    };
    // Own idea.
    let err = w
        .store
        .add_review(review(a.id, Reviewer::Contributor(w.ines), 9, 9), t0())
        .unwrap_err();
    assert_eq!(err.kind(), "refused");
    assert!(
        err.to_string().contains("cannot review their own idea"),
        "{err}"
    );
    // Shared affiliation.
    let colleague = contributor(&w.store, "Anna", ContributorKind::Expert, "tu delft");
    let err = w
        .store
        .add_review(review(b.id, Reviewer::Contributor(colleague), 9, 9), t0())
        .unwrap_err();
    assert!(err.to_string().contains("shares an affiliation"), "{err}");
    // Declared conflict (by the reviewer, and by a staff person).
    let mut declared = w.store.contributor(expert).unwrap().body;
    declared.conflicts = vec![w.ines];
    w.store
        .update_contributor(expert, None, declared, t0())
        .unwrap();
    let err = w
        .store
        .add_review(review(a.id, Reviewer::Contributor(expert), 9, 9), t0())
        .unwrap_err();
    assert!(err.to_string().contains("declared"), "{err}");
    let ws = w.store.require_workspace().unwrap();
    let people = ws
        .organization
        .people
        .iter()
        .map(|p| crate::workspace::PersonInput {
            id: Some(p.id),
            name: p.name.clone(),
            role: p.role.clone(),
            conflicts: vec![w.lab],
        })
        .collect();
    w.store
        .update_organization(
            None,
            crate::workspace::OrganizationInput {
                name: ws.organization.name.clone(),
                people,
            },
            t0(),
        )
        .unwrap();
    let err = w
        .store
        .add_review(review(b.id, me, 5, 5), t0())
        .unwrap_err();
    assert_eq!(err.field_errors()[0].code, "conflict_of_interest");
    // Out of range and unknown criteria are field errors.
    let err = w
        .store
        .add_review(review(a.id, me, 11, 5), t0())
        .unwrap_err();
    assert_eq!(err.field_errors()[0].field, "scores.0.score");

    // A: me (8, 5), expert on B (6, 9); a second pass by me replaces my scores.
    w.store.add_review(review(a.id, me, 7, 7), t0()).unwrap();
    w.store.add_review(review(a.id, me, 8, 5), t0()).unwrap();
    w.store
        .add_review(review(b.id, Reviewer::Contributor(expert), 6, 9), t0())
        .unwrap();
    let lone = contributor(&w.store, "Kofi", ContributorKind::Expert, "Consulting");
    w.store
        .add_review(
            ReviewInput {
                idea: b.id,
                reviewer: Reviewer::Contributor(lone),
                scores: vec![Score {
                    criterion: novelty,
                    score: 4,
                }],
                note: String::new(),
            },
            t0(),
        )
        .unwrap();
    assert_eq!(
        w.store.reviews_of(a.id).unwrap().len(),
        1,
        "replaced, not added"
    );
    let ranking = w.store.rank(w.challenge.id).unwrap();
    // A: 0.6·8 + 0.4·5 = 6.8. B: novelty mean (6+4)/2 = 5, cost 9 → 0.6·5 + 0.4·9 = 6.6.
    assert_eq!(
        ranking.iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![a.id, b.id]
    );
    assert!((ranking[0].weighted_score.unwrap() - 6.8).abs() < 1e-9);
    assert!((ranking[1].weighted_score.unwrap() - 6.6).abs() < 1e-9);
    assert_eq!(ranking[1].reviews, 2);
    assert_eq!(ranking[0].rank, 1);
}

#[test]
fn merging_credits_both_authors_and_moves_comments() {
    let w = world(AudienceKind::Open);
    for c in [w.ines, w.lab] {
        w.store.record_acceptance(w.nda, None, c, t0()).unwrap();
    }
    let a = w
        .store
        .create_idea(idea(&w, "Resonator", vec![w.ines]), t0())
        .unwrap();
    let b = w
        .store
        .create_idea(idea(&w, "Resonator (again)", vec![w.lab]), t0())
        .unwrap();
    let me = Reviewer::Person(w.store.require_workspace().unwrap().user);
    let c = w
        .store
        .add_comment(
            CommentInput {
                idea: b.id,
                parent: None,
                author: me,
                text: "Same as the other one?".into(),
            },
            t0(),
        )
        .unwrap();
    let reply = w
        .store
        .add_comment(
            CommentInput {
                idea: b.id,
                parent: Some(c.id),
                author: Reviewer::Contributor(w.lab),
                text: "Yes".into(),
            },
            t0(),
        )
        .unwrap();
    let too_deep = w.store.add_comment(
        CommentInput {
            idea: b.id,
            parent: Some(reply.id),
            author: me,
            text: "No".into(),
        },
        t0(),
    );
    assert_eq!(too_deep.unwrap_err().field_errors()[0].code, "too_deep");
    let novelty = w.challenge.body.criteria[0].id;
    w.store
        .add_review(
            ReviewInput {
                idea: b.id,
                reviewer: me,
                scores: vec![Score {
                    criterion: novelty,
                    score: 5,
                }],
                note: "Promising but duplicate".into(),
            },
            t0(),
        )
        .unwrap();
    let merged = w.store.merge_idea(b.id, a.id, t0()).unwrap();
    assert_eq!(merged.body.authors, vec![w.ines, w.lab], "both credited");
    assert_eq!(merged.merged_from, vec![b.id]);
    assert_eq!(merged.merged_notes[0].note, "Promising but duplicate");
    assert_eq!(
        merged.history.len(),
        1,
        "the pre-merge version stays readable"
    );
    let b_after = w.store.idea(b.id).unwrap();
    assert_eq!(b_after.merged_into, Some(a.id));
    assert_eq!(b_after.body.title, "Resonator (again)", "B stays readable");
    let moved = w.store.comments_of(a.id).unwrap();
    assert_eq!(moved.len(), 2);
    assert!(moved.iter().all(|c| c.moved_from == Some(b.id)));
    assert!(w.store.comments_of(b.id).unwrap().is_empty());
    assert_eq!(
        w.store.merge_idea(b.id, a.id, t0()).unwrap_err().kind(),
        "invalid_transition"
    );
    assert!(w
        .store
        .set_idea_stage(b.id, None, IdeaStage::Screening, None, false, t0())
        .is_err());
    let ranked = w.store.rank(w.challenge.id).unwrap();
    assert_eq!(ranked.len(), 1, "merged ideas leave the ranking");
    let log = w
        .store
        .activity_for(&[a.id.to_string(), b.id.to_string()])
        .unwrap();
    assert!(log.iter().any(|e| e.action == "idea.merged"));
    assert!(log.iter().any(|e| e.action == "idea.merged_into"));
    assert!(w.store.check_indexes().unwrap().is_empty());
}

#[test]
fn attachments_are_stored_once_and_limited_in_size() {
    let w = world(AudienceKind::Open);
    w.store
        .record_acceptance(w.nda, None, w.ines, t0())
        .unwrap();
    let one = w
        .store
        .add_attachment("/home/x/spectra.csv", b"1,2,3")
        .unwrap();
    let two = w.store.add_attachment("copy.csv", b"1,2,3").unwrap();
    assert_eq!(one.name, "spectra.csv", "no path");
    assert_eq!(one.sha256, two.sha256);
    assert_eq!(
        w.store.tree(super::T::Blobs).len(),
        1,
        "identical files stored once"
    );
    let err = w
        .store
        .add_attachment_limited("big.bin", &[0; 11], 10)
        .unwrap_err();
    assert_eq!(err.field_errors()[0].code, "too_large");
    assert!(err.to_string().contains("big.bin"), "{err}");
    let mut input = idea(&w, "With data", vec![w.ines]);
    input.body.attachments = vec![one.clone()];
    let i = w.store.create_idea(input, t0()).unwrap();
    assert_eq!(w.store.attachment_bytes(&one.sha256).unwrap(), b"1,2,3");
    // The fingerprint covers the attachments; edits keep earlier versions.
    let mut edit = i.body.clone();
    edit.attachments.clear();
    let edited = w.store.update_idea(i.id, None, edit, t0()).unwrap();
    assert_ne!(edited.content_hash, i.content_hash);
    assert_eq!(edited.history[0].content_hash, i.content_hash);
    let mut ghost = idea(&w, "Ghost", vec![w.ines]);
    ghost.body.attachments = vec![Attachment {
        name: "x".into(),
        sha256: "00".repeat(32),
        size: 1,
    }];
    assert_eq!(
        w.store.create_idea(ghost, t0()).unwrap_err().kind(),
        "validation"
    );
}

#[test]
fn idea_lists_filter_by_challenge_stage_author_and_words() {
    let w = world(AudienceKind::Open);
    for c in [w.ines, w.lab] {
        w.store.record_acceptance(w.nda, None, c, t0()).unwrap();
    }
    w.store
        .create_idea(idea(&w, "Helmholtz resonator", vec![w.ines]), t0())
        .unwrap();
    let b = w
        .store
        .create_idea(idea(&w, "Slower impeller", vec![w.lab, w.ines]), t0())
        .unwrap();
    w.store
        .set_idea_stage(b.id, None, IdeaStage::Screening, None, false, t0())
        .unwrap();
    let by = |f: IdeaFilter| w.store.ideas(&f, crate::PageRequest::all()).unwrap().total;
    assert_eq!(
        by(IdeaFilter {
            challenge: Some(w.challenge.id),
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        by(IdeaFilter {
            stage: Some(IdeaStage::Screening),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        by(IdeaFilter {
            author: Some(w.ines),
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        by(IdeaFilter {
            author: Some(w.lab),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        by(IdeaFilter {
            text: Some("helm".into()),
            ..Default::default()
        }),
        1
    );
}

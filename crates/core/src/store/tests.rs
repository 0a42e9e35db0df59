//! Store tests: records round-trip with every field, lifecycle rules hold,
//! published versions never change, and the activity log detects tampering.

use chrono::{DateTime, Days, TimeZone, Utc};

use crate::activity::Verification;
use crate::agreement::{AgreementInput, AgreementKind};
use crate::challenge::*;
use crate::contributor::{ContributorFilter, ContributorInput, ContributorKind};
use crate::ids::RowId;
use crate::workspace::WorkspaceInput;
use crate::{PageRequest, Store};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).single().unwrap()
}

fn open_ws() -> (tempfile::TempDir, Store) {
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
    (dir, store)
}

fn full_challenge() -> ChallengeInput {
    ChallengeInput {
        title: "Quiet pump".into(),
        brief: "# Brief\nMake it *quiet*.".into(),
        problem: "Too loud".into(),
        goals: vec!["-7 dB".into(), "  ".into()],
        success_criteria: vec!["35 dB".into()],
        assets_shared: vec!["Spectra".into()],
        lessons: vec!["Rubber mounts failed".into()],
        constraints: vec!["180 mm".into()],
        challenge_type: ChallengeType::Prototype,
        lead: "Ada".into(),
        deadline: t0().date_naive().checked_add_days(Days::new(30)),
        audience: Audience {
            kind: AudienceKind::Open,
            contributors: vec![],
            groups: vec![],
        },
        rules: Rules {
            conduct: "Be kind".into(),
            confidentiality: "NDA".into(),
            idea_handling: "Screened in 10 days".into(),
            dispute_resolution: "Mediator".into(),
            ip_regime: IpRegime::ExclusiveAssignment,
        },
        required_agreements: vec![],
        incentives: vec![Incentive {
            id: RowId::default(),
            kind: IncentiveKind::Money,
            description: "€10k".into(),
        }],
        criteria: vec![Criterion {
            id: RowId::default(),
            name: "Noise".into(),
            weight: 60,
            description: "dB".into(),
        }],
        risks: vec![Risk {
            id: RowId::default(),
            risk: "IP fear".into(),
            mitigation: "Licence".into(),
        }],
        decisions: vec![Decision {
            id: RowId::default(),
            kind: DecisionKind::Dispute,
            date: t0().date_naive(),
            text: "Who owns data".into(),
            by: "Bob".into(),
            resolution: "Farmers".into(),
        }],
        blind_review: false,
    }
}

#[test]
fn writes_need_a_workspace_and_init_happens_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let err = store
        .create_challenge(ChallengeInput::titled("x"), t0())
        .unwrap_err();
    assert_eq!(err.kind(), "not_initialized");
    let bad = store
        .init_workspace(WorkspaceInput::default(), t0())
        .unwrap_err();
    assert_eq!(bad.kind(), "validation");
    assert_eq!(bad.field_errors().len(), 2);
    store
        .init_workspace(
            WorkspaceInput {
                organization_name: "A".into(),
                user_name: "B".into(),
                user_role: String::new(),
            },
            t0(),
        )
        .unwrap();
    let ws = store.workspace().unwrap().unwrap();
    assert_eq!(ws.actor(), "B");
    assert_eq!(ws.organization.public_key.len(), 64);
    let again = store
        .init_workspace(
            WorkspaceInput {
                organization_name: "A".into(),
                user_name: "B".into(),
                user_role: String::new(),
            },
            t0(),
        )
        .unwrap_err();
    assert_eq!(again.kind(), "already_initialized");
}

#[test]
fn challenge_round_trips_every_field_across_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let id;
    let created;
    {
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
        created = store.create_challenge(full_challenge(), t0()).unwrap();
        id = created.id;
        assert_eq!(created.body.goals, vec!["-7 dB"], "blank lines dropped");
        assert_eq!(created.status, ChallengeStatus::Draft);
        assert_eq!(created.meta.revision, 1);
        assert_eq!(
            created.meta.origin,
            store.workspace().unwrap().unwrap().organization.id
        );
    }
    let store = Store::open(dir.path()).unwrap();
    let loaded = store.challenge(id).unwrap();
    assert_eq!(loaded, created);
    assert_eq!(loaded.body.rules.ip_regime, IpRegime::ExclusiveAssignment);
    assert_eq!(loaded.body.decisions[0].resolution, "Farmers");
}

#[test]
fn challenge_list_filters_by_status_type_and_text() {
    let (_d, store) = open_ws();
    let a = store.create_challenge(full_challenge(), t0()).unwrap();
    let mut other = ChallengeInput::titled("Recyclable housing");
    other.brief = "Replace cast iron".into();
    let b = store.create_challenge(other, t0()).unwrap();
    store
        .set_challenge_status(a.id, None, ChallengeStatus::Open, t0())
        .unwrap();
    let open = store
        .challenges(
            &ChallengeFilter {
                status: Some(ChallengeStatus::Open),
                ..Default::default()
            },
            PageRequest::all(),
        )
        .unwrap();
    assert_eq!(open.iter().map(|c| c.id).collect::<Vec<_>>(), vec![a.id]);
    let ideation = store
        .challenges(
            &ChallengeFilter {
                challenge_type: Some(ChallengeType::Ideation),
                ..Default::default()
            },
            PageRequest::all(),
        )
        .unwrap();
    assert_eq!(ideation.len(), 1);
    assert_eq!(ideation[0].id, b.id);
    let by_brief = store
        .challenges(
            &ChallengeFilter {
                text: Some("CAST IRON".into()),
                ..Default::default()
            },
            PageRequest::all(),
        )
        .unwrap();
    assert_eq!(by_brief.len(), 1);
    store.archive_challenge(b.id, t0()).unwrap();
    assert_eq!(
        store
            .challenges(&Default::default(), PageRequest::all())
            .unwrap()
            .len(),
        1
    );
    let all = store
        .challenges(
            &ChallengeFilter {
                include_archived: true,
                ..Default::default()
            },
            PageRequest::all(),
        )
        .unwrap();
    assert_eq!(all.len(), 2);
}

#[test]
fn opening_requires_title_brief_deadline_and_incentive() {
    let (_d, store) = open_ws();
    let c = store
        .create_challenge(ChallengeInput::titled("Only a title"), t0())
        .unwrap();
    let err = store
        .set_challenge_status(c.id, None, ChallengeStatus::Open, t0())
        .unwrap_err();
    assert_eq!(err.kind(), "invalid_transition");
    let fields: Vec<&str> = err
        .field_errors()
        .iter()
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(fields, vec!["brief", "deadline", "incentives"]);
    assert_eq!(
        store.challenge(c.id).unwrap().status,
        ChallengeStatus::Draft
    );

    let err = store
        .set_challenge_status(c.id, None, ChallengeStatus::Implementing, t0())
        .unwrap_err();
    assert_eq!(err.kind(), "invalid_transition");

    let ok = store.create_challenge(full_challenge(), t0()).unwrap();
    let opened = store
        .set_challenge_status(ok.id, Some(1), ChallengeStatus::Open, t0())
        .unwrap();
    assert_eq!(opened.meta.revision, 2);
    // An open challenge cannot lose its incentives.
    let mut edit = opened.body.clone();
    edit.incentives.clear();
    let err = store
        .update_challenge(ok.id, Some(2), edit, t0())
        .unwrap_err();
    assert_eq!(err.kind(), "validation");
    let closed = store
        .set_challenge_status(ok.id, None, ChallengeStatus::Closed, t0())
        .unwrap();
    // Closed is final for the lifecycle, but lessons can still be recorded.
    let err = store
        .set_challenge_status(ok.id, None, ChallengeStatus::Open, t0())
        .unwrap_err();
    assert_eq!(err.kind(), "invalid_transition");
    let mut lesson = closed.body.clone();
    lesson
        .lessons
        .push("Sand casting needed too much machining".into());
    let saved = store.update_challenge(ok.id, None, lesson, t0()).unwrap();
    assert_eq!(saved.status, ChallengeStatus::Closed);
    assert_eq!(saved.body.lessons.len(), 2);
}

#[test]
fn stale_revision_is_a_conflict() {
    let (_d, store) = open_ws();
    let c = store.create_challenge(full_challenge(), t0()).unwrap();
    let mut edit = c.body.clone();
    edit.title = "Edited".into();
    store
        .update_challenge(c.id, Some(1), edit.clone(), t0())
        .unwrap();
    edit.title = "Edited again from a stale form".into();
    let err = store
        .update_challenge(c.id, Some(1), edit, t0())
        .unwrap_err();
    assert_eq!(err.kind(), "conflict");
    assert_eq!(store.challenge(c.id).unwrap().body.title, "Edited");
}

#[test]
fn unknown_ids_and_references_are_refused() {
    let (_d, store) = open_ws();
    let err = store.challenge(crate::ids::ChallengeId::new()).unwrap_err();
    assert_eq!(err.kind(), "not_found");
    let mut input = full_challenge();
    input.required_agreements = vec![crate::ids::AgreementId::new()];
    let err = store.create_challenge(input, t0()).unwrap_err();
    assert_eq!(err.field_errors()[0].field, "required_agreements.0");
}

#[test]
fn contributors_filter_by_kind_and_expertise() {
    let (_d, store) = open_ws();
    let mut lab = ContributorInput::new("Fluid Lab", ContributorKind::UniversityLab);
    lab.expertise = vec!["CFD".into(), "Acoustics".into()];
    let lab = store.create_contributor(lab, t0()).unwrap();
    let mut sup = ContributorInput::new("Berg", ContributorKind::Supplier);
    sup.expertise = vec!["acoustics".into()];
    store.create_contributor(sup, t0()).unwrap();
    let mut bad = ContributorInput::new("", ContributorKind::Expert);
    bad.contact.email = "nope".into();
    let err = store.create_contributor(bad, t0()).unwrap_err();
    let fields: Vec<&str> = err
        .field_errors()
        .iter()
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(fields, vec!["name", "contact.email"]);

    let acoustics = store
        .contributors(
            &ContributorFilter {
                expertise: Some("ACOUSTICS".into()),
                ..Default::default()
            },
            PageRequest::all(),
        )
        .unwrap();
    assert_eq!(acoustics.len(), 2);
    let labs = store
        .contributors(
            &ContributorFilter {
                kind: Some(ContributorKind::UniversityLab),
                expertise: Some("acoustics".into()),
                ..Default::default()
            },
            PageRequest::all(),
        )
        .unwrap();
    assert_eq!(labs.iter().map(|c| c.id).collect::<Vec<_>>(), vec![lab.id]);
}

#[test]
fn published_versions_never_change_and_edits_make_new_versions() {
    let (_d, store) = open_ws();
    let a = store
        .create_agreement(
            AgreementInput {
                title: "NDA".into(),
                kind: AgreementKind::Nda,
                summary: String::new(),
                draft: "Keep secrets.".into(),
            },
            t0(),
        )
        .unwrap();
    assert!(a.has_unpublished_changes());
    let v1 = store.publish_agreement(a.id, None, t0()).unwrap();
    assert_eq!(v1.versions.len(), 1);
    assert_eq!(
        v1.versions[0].sha256,
        crate::agreement::text_sha256("Keep secrets.")
    );
    let again = store.publish_agreement(a.id, None, t0()).unwrap_err();
    assert_eq!(again.field_errors()[0].code, "unchanged");

    let mut edit = v1.body.clone();
    edit.draft = "Keep secrets for 3 years.".into();
    let edited = store.update_agreement(a.id, None, edit, t0()).unwrap();
    assert_eq!(
        edited.versions, v1.versions,
        "editing leaves versions alone"
    );
    let v2 = store.publish_agreement(a.id, None, t0()).unwrap();
    assert_eq!(v2.versions.len(), 2);
    assert_eq!(v2.versions[0], v1.versions[0]);
    assert_eq!(v2.versions[1].number, 2);
    assert_eq!(v2.versions[1].text, "Keep secrets for 3 years.");

    let c = store
        .create_contributor(ContributorInput::new("Bob", ContributorKind::Expert), t0())
        .unwrap();
    let acc = store.record_acceptance(a.id, Some(1), c.id, t0()).unwrap();
    assert_eq!(acc.version_sha256, v1.versions[0].sha256);
    assert!(!store.has_accepted_latest(a.id, c.id).unwrap());
    let same = store.record_acceptance(a.id, Some(1), c.id, t0()).unwrap();
    assert_eq!(same.id, acc.id, "accepting twice is a no-op");
    store.record_acceptance(a.id, None, c.id, t0()).unwrap();
    assert!(store.has_accepted_latest(a.id, c.id).unwrap());
    let missing = store
        .record_acceptance(a.id, Some(9), c.id, t0())
        .unwrap_err();
    assert_eq!(missing.kind(), "validation");
}

#[test]
fn every_change_is_logged_and_chained() {
    let (_d, store) = open_ws();
    let c = store.create_challenge(full_challenge(), t0()).unwrap();
    store
        .set_challenge_status(c.id, None, ChallengeStatus::Open, t0())
        .unwrap();
    let entries = store.activity(0, 100).unwrap();
    assert_eq!(entries.len(), 3, "workspace, create, open");
    assert_eq!(entries[0].seq, 2, "newest first");
    assert_eq!(entries[0].prev_sha256, entries[1].sha256);
    assert_eq!(
        entries[0].actor,
        Some(store.require_workspace().unwrap().user)
    );
    assert_eq!(store.activity_for(&[c.id.to_string()]).unwrap().len(), 2);
    let Verification::Intact { entries: n, .. } = store.verify_log().unwrap() else {
        panic!("log should verify")
    };
    assert_eq!(n, 3);
}

#[test]
fn tampering_with_a_stored_entry_breaks_verification_at_that_entry() {
    let (_d, store) = open_ws();
    let c = store.create_challenge(full_challenge(), t0()).unwrap();
    let mut edit = c.body.clone();
    edit.title = "Renamed".into();
    store.update_challenge(c.id, None, edit, t0()).unwrap();
    let log = store.tree(super::T::Log);
    let key = 1u64.to_be_bytes();
    let raw = log.get(key).unwrap().unwrap();
    let mut entry: serde_json::Value = serde_json::from_slice(&raw).unwrap();
    entry["actor"] = "Mallory".into();
    log.insert(key, serde_json::to_vec(&entry).unwrap())
        .unwrap();
    match store.verify_log().unwrap() {
        Verification::Broken { seq, reason } => {
            assert_eq!(seq, 1);
            assert!(reason.contains("altered"), "{reason}");
        }
        other => panic!("expected broken chain, got {other:?}"),
    }
}

#[test]
fn removing_the_last_entry_is_detected() {
    let (_d, store) = open_ws();
    store.create_challenge(full_challenge(), t0()).unwrap();
    store
        .tree(super::T::Log)
        .remove(1u64.to_be_bytes())
        .unwrap();
    assert!(matches!(
        store.verify_log().unwrap(),
        Verification::Broken { seq: 1, .. }
    ));
}

#[test]
fn archived_records_cannot_change_until_restored() {
    let (_d, store) = open_ws();
    let c = store.create_challenge(full_challenge(), t0()).unwrap();
    store.archive_challenge(c.id, t0()).unwrap();
    let err = store
        .update_challenge(c.id, None, full_challenge(), t0())
        .unwrap_err();
    assert_eq!(err.kind(), "archived");
    let err = store
        .set_challenge_status(c.id, None, ChallengeStatus::Open, t0())
        .unwrap_err();
    assert_eq!(err.kind(), "archived");
    store.restore_challenge(c.id, t0()).unwrap();
    store
        .set_challenge_status(c.id, None, ChallengeStatus::Open, t0())
        .unwrap();
}

#[test]
fn a_passed_deadline_does_not_block_recording_decisions_later_on() {
    let (_d, store) = open_ws();
    let c = store.create_challenge(full_challenge(), t0()).unwrap();
    store
        .set_challenge_status(c.id, None, ChallengeStatus::Open, t0())
        .unwrap();
    store
        .set_challenge_status(c.id, None, ChallengeStatus::Evaluating, t0())
        .unwrap();
    let later = t0().checked_add_days(Days::new(400)).unwrap();
    let mut edit = store.challenge(c.id).unwrap().body.clone();
    edit.decisions.push(Decision {
        id: RowId::default(),
        kind: DecisionKind::Decision,
        date: later.date_naive(),
        text: "Selected the winner".into(),
        by: "Ada".into(),
        resolution: String::new(),
    });
    let saved = store.update_challenge(c.id, None, edit, later).unwrap();
    assert_eq!(saved.body.decisions.len(), 2);
}

#[test]
fn required_agreements_must_be_published_to_open_and_stay_while_in_use() {
    let (_d, store) = open_ws();
    let a = store
        .create_agreement(
            AgreementInput {
                title: "IP assignment".into(),
                kind: AgreementKind::IpAssignment,
                summary: String::new(),
                draft: "Assign.".into(),
            },
            t0(),
        )
        .unwrap();
    let mut input = full_challenge();
    input.required_agreements = vec![a.id];
    let c = store.create_challenge(input, t0()).unwrap();
    let err = store
        .set_challenge_status(c.id, None, ChallengeStatus::Open, t0())
        .unwrap_err();
    assert_eq!(err.field_errors()[0].code, "unpublished");
    store.publish_agreement(a.id, None, t0()).unwrap();
    store
        .set_challenge_status(c.id, None, ChallengeStatus::Open, t0())
        .unwrap();
    let err = store.archive_agreement(a.id, t0()).unwrap_err();
    assert_eq!(err.kind(), "in_use");
    assert!(err.to_string().contains("Quiet pump"), "{err}");
    let found = store
        .agreements(
            &crate::agreement::AgreementFilter {
                text: Some("ip assignment".into()),
                include_archived: false,
            },
            PageRequest::all(),
        )
        .unwrap();
    assert_eq!(found.len(), 1, "search matches the kind");
}

#[test]
fn organization_can_be_renamed_and_staffed_but_the_user_stays() {
    use crate::workspace::{OrganizationInput, PersonInput};
    let (_d, store) = open_ws();
    let ws = store.workspace().unwrap().unwrap();
    let me = ws.user;
    let input = OrganizationInput {
        name: "Acme Pumps GmbH".into(),
        people: vec![
            PersonInput {
                id: Some(me),
                name: "Ada L.".into(),
                role: "Innovation lead".into(),
                conflicts: vec![],
            },
            PersonInput {
                id: None,
                name: "Jonas".into(),
                role: "R&D".into(),
                conflicts: vec![],
            },
        ],
    };
    let saved = store.update_organization(Some(1), input, t0()).unwrap();
    assert_eq!(saved.organization.name, "Acme Pumps GmbH");
    assert_eq!(saved.organization.people.len(), 2);
    assert_eq!(saved.actor(), "Ada L.");
    assert_eq!(saved.organization.meta.revision, 2);
    let without_me = OrganizationInput {
        name: "Acme".into(),
        people: vec![PersonInput {
            id: None,
            name: "Jonas".into(),
            role: String::new(),
            conflicts: vec![],
        }],
    };
    let err = store
        .update_organization(None, without_me, t0())
        .unwrap_err();
    assert_eq!(err.field_errors()[0].code, "user_removed");
    assert!(store.verify_log().unwrap().is_intact());
}

#[test]
fn rows_keep_their_ids_when_edited_and_new_rows_get_fresh_ones() {
    let (_d, store) = open_ws();
    let c = store.create_challenge(full_challenge(), t0()).unwrap();
    let criterion = c.body.criteria[0].id;
    let incentive = c.body.incentives[0].id;
    assert!(!criterion.is_new() && !incentive.is_new());
    assert_ne!(criterion, incentive);
    let mut edit = c.body.clone();
    edit.criteria[0].name = "Noise (dB)".into();
    edit.criteria.push(Criterion {
        id: RowId::default(),
        name: "Cost".into(),
        weight: 10,
        description: String::new(),
    });
    // A copied id is a new row, not a second copy of the first.
    edit.risks.push(Risk {
        id: c.body.risks[0].id,
        risk: "Copy".into(),
        mitigation: String::new(),
    });
    let saved = store.update_challenge(c.id, None, edit, t0()).unwrap();
    assert_eq!(
        saved.body.criteria[0].id, criterion,
        "edited row keeps its id"
    );
    assert!(!saved.body.criteria[1].id.is_new());
    assert_ne!(saved.body.criteria[1].id, criterion);
    assert_ne!(saved.body.risks[0].id, saved.body.risks[1].id);
    assert_eq!(store.challenge(c.id).unwrap(), saved);
}

#[test]
fn log_entries_are_structured_data() {
    let (_d, store) = open_ws();
    let c = store.create_challenge(full_challenge(), t0()).unwrap();
    let mut edit = c.body.clone();
    edit.title = "Quieter pump".into();
    edit.goals.push("-9 dB".into());
    store.update_challenge(c.id, None, edit, t0()).unwrap();
    store
        .set_challenge_status(c.id, None, ChallengeStatus::Open, t0())
        .unwrap();
    store.archive_challenge(c.id, t0()).unwrap();
    let entries = store.activity_for(&[c.id.to_string()]).unwrap();
    let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "challenge.archived",
            "challenge.status_changed",
            "challenge.updated",
            "challenge.created"
        ]
    );
    let ws = store.require_workspace().unwrap();
    for e in &entries {
        assert_eq!(e.actor, Some(ws.user));
        assert_eq!(e.org, Some(ws.organization.id));
        assert_eq!(e.record_id, c.id.to_string());
        assert!(e.legacy.is_none());
    }
    assert_eq!(entries[1].detail["from"], "draft");
    assert_eq!(entries[1].detail["to"], "open");
    assert_eq!(
        entries[2].detail["fields"],
        serde_json::json!(["goals", "title"])
    );
    assert_eq!(entries[2].detail["label"], "Quieter pump");
    assert!(store.verify_log().unwrap().is_intact());
}

#[test]
fn lists_are_paged_filtered_and_agree_with_the_records() {
    let (_d, store) = open_ws();
    let kinds = [
        ContributorKind::Supplier,
        ContributorKind::UniversityLab,
        ContributorKind::Expert,
    ];
    let mut ids = Vec::new();
    for i in 0..60 {
        let mut input = ContributorInput::new(format!("Person {i:02}"), kinds[i % 3]);
        input.expertise = vec![if i % 2 == 0 { "Acoustics" } else { "CFD" }.into()];
        input.groups = vec!["Makers".into()];
        ids.push(store.create_contributor(input, t0()).unwrap());
    }
    // Edits move records between filters; archiving hides them.
    let mut edit = ids[0].body.clone();
    edit.kind = ContributorKind::Customer;
    edit.name = "Zed".into();
    store
        .update_contributor(ids[0].id, None, edit, t0())
        .unwrap();
    store.archive_contributor(ids[3].id, t0()).unwrap();

    let labs = ContributorFilter {
        kind: Some(ContributorKind::UniversityLab),
        expertise: Some("acoustics".into()),
        ..Default::default()
    };
    let all = store.contributors(&labs, PageRequest::all()).unwrap();
    let expected: Vec<String> = (0..60)
        .filter(|i| i % 3 == 1 && i % 2 == 0)
        .map(|i| format!("Person {i:02}"))
        .collect();
    let names: Vec<String> = all.iter().map(|c| c.name.clone()).collect();
    assert_eq!(names, expected, "sorted by name");
    assert_eq!(all.total, expected.len());
    let page = store.contributors(&labs, PageRequest::new(2, 3)).unwrap();
    assert_eq!(page.total, expected.len());
    assert_eq!(
        page.iter().map(|c| c.name.clone()).collect::<Vec<_>>(),
        expected[2..5]
    );

    let everyone = store
        .contributors(&ContributorFilter::default(), PageRequest::new(55, 50))
        .unwrap();
    assert_eq!(everyone.total, 59, "one archived");
    assert_eq!(everyone.len(), 4);
    assert_eq!(everyone.last().unwrap().name, "Zed");
    let with_archived = ContributorFilter {
        include_archived: true,
        ..Default::default()
    };
    assert_eq!(
        store
            .contributors(&with_archived, PageRequest::new(0, 0))
            .unwrap()
            .total,
        60
    );
    let customers = ContributorFilter {
        kind: Some(ContributorKind::Customer),
        ..Default::default()
    };
    assert_eq!(
        store
            .contributors(&customers, PageRequest::all())
            .unwrap()
            .len(),
        1
    );
    let search = ContributorFilter {
        text: Some("pers 0".into()),
        ..Default::default()
    };
    // "pers" and "0" must both start a word: Person 00 … Person 09, minus
    // the renamed 00 and the archived 03.
    assert_eq!(
        store
            .contributors(&search, PageRequest::all())
            .unwrap()
            .total,
        8
    );
    let search = ContributorFilter {
        text: Some("pers 07".into()),
        ..Default::default()
    };
    assert_eq!(
        store
            .contributors(&search, PageRequest::all())
            .unwrap()
            .total,
        1
    );
    assert!(store.check_indexes().unwrap().is_empty());
}

#[test]
fn indexes_rebuild_to_the_same_state() {
    let (_d, store) = open_ws();
    crate::demo::seed(&store, t0()).unwrap();
    assert_eq!(store.check_indexes().unwrap(), Vec::<String>::new());
    store.tree(super::T::Index).clear().unwrap();
    assert!(!store.check_indexes().unwrap().is_empty());
    store.rebuild_indexes().unwrap();
    assert_eq!(store.check_indexes().unwrap(), Vec::<String>::new());
}

#[test]
fn ids_can_be_given_by_a_unique_prefix() {
    let (_d, store) = open_ws();
    let c = store.create_challenge(full_challenge(), t0()).unwrap();
    let full = c.id.to_string();
    assert_eq!(store.find_challenge(&full[..8]).unwrap().id, c.id);
    assert_eq!(
        store.find_challenge(&full[..13]).unwrap().id,
        c.id,
        "with a hyphen"
    );
    assert_eq!(
        store.find_challenge(&full[..7]).unwrap_err().kind(),
        "invalid_id"
    );
    assert_eq!(
        store.find_challenge("ffffffff").unwrap_err().kind(),
        if full.starts_with("ffffffff") {
            "ambiguous_id"
        } else {
            "not_found"
        }
    );
}

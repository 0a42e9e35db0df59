//! What the UI receives where it needs more than the stored record: rendered
//! Markdown, allowed next statuses, resolved references, computed flags,
//! people's names for log entries. Conversion only: every rule and number
//! comes from the core.

use chrono::{DateTime, Utc};
use opencall_core::activity::LogEntry;
use opencall_core::agreement::{text_sha256, Agreement};
use opencall_core::challenge::{Challenge, ChallengeStatus, Criterion};
use opencall_core::contributor::ContributorKind;
use opencall_core::idea::{
    weighted_score, Comment, Idea, IdeaStage, IdeaSummary, Review, Reviewer,
};
use opencall_core::ids::{AgreementId, ChallengeId, ContributorId, IdeaId};
use opencall_core::record::RecordKind;
use opencall_core::validation::FieldError;
use opencall_core::workspace::Workspace;
use opencall_core::Store;
use serde::Serialize;

#[derive(Serialize)]
pub struct WorkspaceStatus {
    pub initialized: bool,
    pub organization_name: Option<String>,
    pub user_name: Option<String>,
    pub key_fingerprint: Option<String>,
    /// The signing key id as minisign shows it (what partners compare).
    pub key_id: Option<String>,
    pub data_dir: String,
    pub schema_version: u32,
}

impl WorkspaceStatus {
    pub fn new(ws: Option<Workspace>, data_dir: String) -> Self {
        Self {
            initialized: ws.is_some(),
            organization_name: ws.as_ref().map(|w| w.organization.name.clone()),
            user_name: ws.as_ref().map(Workspace::actor),
            key_fingerprint: ws.as_ref().map(|w| w.organization.key_fingerprint()),
            key_id: ws.as_ref().and_then(|w| w.organization.key_id_display()),
            data_dir,
            schema_version: opencall_core::store::SCHEMA_VERSION,
        }
    }
}

/// The workspace settings page: the organization (without any secret), the
/// user, where data lives.
#[derive(Serialize)]
pub struct WorkspaceView {
    pub organization: opencall_core::workspace::Organization,
    pub user: opencall_core::ids::PersonId,
    pub key_fingerprint: String,
    /// The key id as minisign shows it.
    pub minisign_key_id: String,
    /// The public key line of the minisign `.pub` file.
    pub minisign_public_key: String,
    pub data_dir: String,
    pub schema_version: u32,
}

impl WorkspaceView {
    pub fn new(ws: Workspace, data_dir: &std::path::Path) -> Self {
        let pub_file = opencall_core::sign::public_key_file(
            &ws.organization.public_key,
            &ws.organization.key_id,
        )
        .unwrap_or_default();
        Self {
            minisign_key_id: pub_file
                .lines()
                .next()
                .and_then(|l| l.rsplit(' ').next())
                .unwrap_or_default()
                .to_owned(),
            minisign_public_key: pub_file.lines().nth(1).unwrap_or_default().to_owned(),
            key_fingerprint: ws.organization.key_fingerprint(),
            organization: ws.organization,
            user: ws.user,
            data_dir: data_dir.display().to_string(),
            schema_version: opencall_core::store::SCHEMA_VERSION,
        }
    }
}

/// A required agreement as the challenge page names it.
#[derive(Serialize)]
pub struct AgreementRef {
    pub id: AgreementId,
    pub title: String,
    pub latest_version: Option<u32>,
    pub archived: bool,
}

/// An invited contributor as the challenge page names them.
#[derive(Serialize)]
pub struct ContributorRef {
    pub id: ContributorId,
    pub name: String,
    pub kind: ContributorKind,
    pub archived: bool,
}

#[derive(Serialize)]
pub struct ChallengeView {
    #[serde(flatten)]
    pub challenge: Challenge,
    /// The brief, rendered from Markdown and sanitized in Rust.
    pub brief_html: String,
    pub next_statuses: &'static [ChallengeStatus],
    /// What would stop it from opening now (empty when it could).
    pub open_requirements: Vec<FieldError>,
    pub total_weight: i64,
    pub required_agreement_refs: Vec<AgreementRef>,
    pub invited_contributors: Vec<ContributorRef>,
    /// Where it came from (`provenance`) and whether another organization
    /// keeps it (`foreign`: read-only here).
    #[serde(flatten)]
    pub origin: opencall_core::store::Origin,
}

impl ChallengeView {
    pub fn new(
        challenge: Challenge,
        store: &Store,
        now: DateTime<Utc>,
    ) -> opencall_core::Result<Self> {
        let mut required_agreement_refs = Vec::new();
        for id in &challenge.body.required_agreements {
            let a = store.agreement(*id)?;
            required_agreement_refs.push(AgreementRef {
                id: a.id,
                latest_version: a.latest().map(|v| v.number),
                archived: a.meta.archived,
                title: a.body.title,
            });
        }
        let mut invited_contributors = Vec::new();
        for id in &challenge.body.audience.contributors {
            let c = store.contributor(*id)?;
            invited_contributors.push(ContributorRef {
                id: c.id,
                kind: c.body.kind,
                archived: c.meta.archived,
                name: c.body.name,
            });
        }
        Ok(Self {
            origin: store.origin(challenge.id.key(), &challenge.meta)?,
            brief_html: opencall_core::markdown::render(&challenge.body.brief),
            next_statuses: challenge.status.next(),
            open_requirements: store.open_problems(&challenge, now)?,
            total_weight: challenge.total_weight(),
            required_agreement_refs,
            invited_contributors,
            challenge,
        })
    }
}

#[derive(Serialize)]
pub struct AgreementView {
    #[serde(flatten)]
    pub agreement: Agreement,
    pub has_unpublished_changes: bool,
    pub draft_sha256: String,
    /// What stops publishing the draft now (empty: it may be published).
    pub publish_problems: Vec<FieldError>,
    /// Where it came from (`provenance`) and whether another organization
    /// keeps it (`foreign`: read-only here).
    #[serde(flatten)]
    pub origin: opencall_core::store::Origin,
}

impl AgreementView {
    pub fn new(agreement: Agreement, store: &Store) -> opencall_core::Result<Self> {
        Ok(Self {
            has_unpublished_changes: agreement.has_unpublished_changes(),
            draft_sha256: text_sha256(&agreement.body.draft),
            publish_problems: agreement.publish_problems(),
            origin: store.origin(agreement.id.key(), &agreement.meta)?,
            agreement,
        })
    }
}

/// A contributor with where the profile came from.
#[derive(Serialize)]
pub struct ContributorView {
    #[serde(flatten)]
    pub contributor: opencall_core::contributor::Contributor,
    /// Where it came from (`provenance`) and whether another organization
    /// keeps it (`foreign`: read-only here).
    #[serde(flatten)]
    pub origin: opencall_core::store::Origin,
}

impl ContributorView {
    pub fn new(
        contributor: opencall_core::contributor::Contributor,
        store: &Store,
    ) -> opencall_core::Result<Self> {
        Ok(Self {
            origin: store.origin(contributor.id.key(), &contributor.meta)?,
            contributor,
        })
    }
}

/// A log entry with its actor's name resolved for display.
#[derive(Serialize)]
pub struct LogEntryView {
    #[serde(flatten)]
    pub entry: LogEntry,
    pub actor_name: Option<String>,
}

impl LogEntryView {
    pub fn new(entry: LogEntry, ws: Option<&Workspace>) -> Self {
        let actor_name = entry
            .actor
            .and_then(|id| ws.and_then(|w| w.person_name(id)).map(str::to_owned));
        Self { entry, actor_name }
    }
}

/// The answer to archive/restore.
#[derive(Serialize)]
pub struct ArchiveState {
    pub kind: RecordKind,
    pub id: String,
    pub archived: bool,
    pub revision: u64,
}

/// A person or contributor, named, as idea pages show them.
#[derive(Serialize)]
pub struct PartyRef {
    pub kind: &'static str,
    pub id: String,
    pub name: String,
}

fn party(store: &Store, who: Reviewer) -> PartyRef {
    let (kind, id) = match who {
        Reviewer::Person(id) => ("person", id.to_string()),
        Reviewer::Contributor(id) => ("contributor", id.to_string()),
    };
    PartyRef {
        kind,
        id,
        name: store.party_name(who),
    }
}

/// An author as the idea page names them.
#[derive(Serialize)]
pub struct AuthorRef {
    pub id: ContributorId,
    pub name: String,
    pub kind: ContributorKind,
    pub affiliation: String,
    pub archived: bool,
}

fn author(store: &Store, id: ContributorId) -> Option<AuthorRef> {
    store.contributor(id).ok().map(|c| AuthorRef {
        id: c.id,
        kind: c.body.kind,
        affiliation: c.body.affiliation,
        archived: c.meta.archived,
        name: c.body.name,
    })
}

/// A row of the Ideas list: the summary plus names for display.
#[derive(Serialize)]
pub struct IdeaRow {
    #[serde(flatten)]
    pub idea: IdeaSummary,
    pub author_names: Vec<String>,
    pub challenge_title: String,
}

impl IdeaRow {
    pub fn new(idea: IdeaSummary, store: &Store) -> Self {
        Self {
            author_names: idea
                .authors
                .iter()
                .map(|a| {
                    store
                        .contributor(*a)
                        .map_or_else(|_| a.to_string(), |c| c.body.name)
                })
                .collect(),
            challenge_title: store
                .challenge(idea.challenge)
                .map(|c| c.body.title)
                .unwrap_or_default(),
            idea,
        }
    }
}

/// The challenge as an idea page needs it: criteria with weights.
#[derive(Serialize)]
pub struct ChallengeRef {
    pub id: ChallengeId,
    pub title: String,
    pub status: ChallengeStatus,
    pub blind_review: bool,
    pub criteria: Vec<Criterion>,
    pub total_weight: i64,
}

impl ChallengeRef {
    fn of(c: &Challenge) -> Self {
        Self {
            id: c.id,
            title: c.body.title.clone(),
            status: c.status,
            blind_review: c.body.blind_review,
            criteria: c.body.criteria.clone(),
            total_weight: c.total_weight(),
        }
    }
}

#[derive(Serialize)]
pub struct AcceptedRef {
    pub contributor: ContributorId,
    pub contributor_name: String,
    pub agreement: AgreementId,
    pub agreement_title: String,
    pub version: u32,
    pub sha256: String,
}

#[derive(Serialize)]
pub struct ReviewRow {
    #[serde(flatten)]
    pub review: Review,
    pub reviewer_ref: PartyRef,
    pub weighted_score: Option<f64>,
}

#[derive(Serialize)]
pub struct CommentRow {
    #[serde(flatten)]
    pub comment: Comment,
    pub author_ref: PartyRef,
}

#[derive(Serialize)]
pub struct IdeaLink {
    pub id: IdeaId,
    pub title: String,
}

/// The idea page.
#[derive(Serialize)]
pub struct IdeaView {
    #[serde(flatten)]
    pub idea: Idea,
    pub body_html: String,
    pub next_stages: &'static [IdeaStage],
    pub author_refs: Vec<AuthorRef>,
    pub challenge_ref: ChallengeRef,
    pub accepted_refs: Vec<AcceptedRef>,
    pub reviews: Vec<ReviewRow>,
    pub weighted_score: Option<f64>,
    pub comments: Vec<CommentRow>,
    pub merged_into_ref: Option<IdeaLink>,
    pub merged_from_refs: Vec<IdeaLink>,
    /// Where it came from (`provenance`) and whether another organization
    /// keeps it (`foreign`: read-only here).
    #[serde(flatten)]
    pub origin: opencall_core::store::Origin,
    /// Sponsors' signed receipts, each checked now.
    pub receipts: Vec<ReceiptRow>,
}

#[derive(Serialize)]
pub struct ReceiptRow {
    #[serde(flatten)]
    pub receipt: opencall_core::store::Receipt,
    pub check: opencall_core::store::ReceiptCheck,
}

impl IdeaView {
    pub fn new(idea: Idea, store: &Store) -> opencall_core::Result<Self> {
        let c = store.challenge(idea.challenge)?;
        let reviews = store.reviews_of(idea.id)?;
        let overall = weighted_score(&c, reviews.iter().map(|r| r.scores.as_slice()));
        let link = |id: IdeaId| IdeaLink {
            id,
            title: store.idea(id).map(|i| i.body.title).unwrap_or_default(),
        };
        let receipts = store
            .receipts_for(idea.id)?
            .into_iter()
            .map(|r| {
                Ok(ReceiptRow {
                    check: store.check_receipt(idea.id, &r.id)?,
                    receipt: r,
                })
            })
            .collect::<opencall_core::Result<Vec<_>>>()?;
        Ok(Self {
            origin: store.origin(idea.id.key(), &idea.meta)?,
            receipts,
            body_html: opencall_core::markdown::render(&idea.body.body),
            next_stages: idea.next_stages(),
            author_refs: idea
                .body
                .authors
                .iter()
                .filter_map(|a| author(store, *a))
                .collect(),
            accepted_refs: idea
                .accepted_versions
                .iter()
                .map(|v| AcceptedRef {
                    contributor: v.contributor,
                    contributor_name: store
                        .contributor(v.contributor)
                        .map(|c| c.body.name)
                        .unwrap_or_default(),
                    agreement: v.agreement,
                    agreement_title: store
                        .agreement(v.agreement)
                        .map(|a| a.body.title)
                        .unwrap_or_default(),
                    version: v.version,
                    sha256: v.sha256.clone(),
                })
                .collect(),
            reviews: reviews
                .into_iter()
                .map(|r| ReviewRow {
                    reviewer_ref: party(store, r.reviewer),
                    weighted_score: weighted_score(&c, [r.scores.as_slice()]),
                    review: r,
                })
                .collect(),
            weighted_score: overall,
            comments: store
                .comments_of(idea.id)?
                .into_iter()
                .map(|cm| CommentRow {
                    author_ref: party(store, cm.author),
                    comment: cm,
                })
                .collect(),
            merged_into_ref: idea.merged_into.map(link),
            merged_from_refs: idea.merged_from.iter().copied().map(link).collect(),
            challenge_ref: ChallengeRef::of(&c),
            idea,
        })
    }
}

/// What a reviewer sees: the idea and the criteria; with blind review, no
/// authors and no affiliations.
#[derive(Serialize)]
pub struct ReviewSheet {
    pub id: IdeaId,
    pub title: String,
    pub summary: String,
    pub body_html: String,
    pub attachments: Vec<opencall_core::idea::Attachment>,
    pub content_hash: String,
    pub stage: IdeaStage,
    pub challenge_ref: ChallengeRef,
    pub blind: bool,
    /// Absent under blind review.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_refs: Option<Vec<AuthorRef>>,
    /// Every review so far (scores only), to resume one's own.
    pub reviews: Vec<ReviewRow>,
}

impl ReviewSheet {
    pub fn new(idea: Idea, store: &Store) -> opencall_core::Result<Self> {
        let c = store.challenge(idea.challenge)?;
        let blind = c.body.blind_review;
        let reviews = store
            .reviews_of(idea.id)?
            .into_iter()
            .map(|r| ReviewRow {
                reviewer_ref: party(store, r.reviewer),
                weighted_score: weighted_score(&c, [r.scores.as_slice()]),
                review: r,
            })
            .collect();
        Ok(Self {
            id: idea.id,
            title: idea.body.title.clone(),
            summary: idea.body.summary.clone(),
            body_html: opencall_core::markdown::render(&idea.body.body),
            attachments: idea.body.attachments.clone(),
            content_hash: idea.content_hash.clone(),
            stage: idea.stage,
            challenge_ref: ChallengeRef::of(&c),
            blind,
            author_refs: (!blind).then(|| {
                idea.body
                    .authors
                    .iter()
                    .filter_map(|a| author(store, *a))
                    .collect()
            }),
            reviews,
        })
    }
}

/// A question with the asker's and answerer's names.
#[derive(Serialize)]
pub struct QuestionRow {
    #[serde(flatten)]
    pub question: opencall_core::work::Question,
    pub asked_by_ref: PartyRef,
    pub answered_by_name: Option<String>,
}

impl QuestionRow {
    pub fn new(question: opencall_core::work::Question, store: &Store) -> Self {
        Self {
            asked_by_ref: party(store, question.asked_by),
            answered_by_name: question
                .answer
                .as_ref()
                .and_then(|a| store.person_name(a.by).ok().flatten()),
            question,
        }
    }
}

/// A dispute with names for who raised it, wrote each note and decided.
#[derive(Serialize)]
pub struct DisputeRow {
    #[serde(flatten)]
    pub dispute: opencall_core::work::Dispute,
    pub raised_by_ref: PartyRef,
    pub note_authors: Vec<PartyRef>,
    pub decided_by_name: Option<String>,
}

impl DisputeRow {
    pub fn new(dispute: opencall_core::work::Dispute, store: &Store) -> Self {
        Self {
            raised_by_ref: party(store, dispute.raised_by),
            note_authors: dispute.notes.iter().map(|n| party(store, n.by)).collect(),
            decided_by_name: dispute
                .resolution
                .as_ref()
                .and_then(|r| store.person_name(r.decided_by).ok().flatten()),
            dispute,
        }
    }
}

/// An obligation with names and the overdue flag (computed in the core).
#[derive(Serialize)]
pub struct ObligationRow {
    #[serde(flatten)]
    pub obligation: opencall_core::work::Obligation,
    pub contributor_name: String,
    pub idea_title: String,
    pub overdue: bool,
}

impl ObligationRow {
    pub fn new(
        o: opencall_core::work::Obligation,
        store: &Store,
        today: chrono::NaiveDate,
    ) -> Self {
        Self {
            contributor_name: store
                .contributor(o.contributor)
                .map(|c| c.body.name)
                .unwrap_or_default(),
            idea_title: store.idea(o.idea).map(|i| i.body.title).unwrap_or_default(),
            overdue: o.overdue(today),
            obligation: o,
        }
    }
}

/// Help › About: version, where the data lives, the signing key.
#[derive(Serialize)]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
    pub organization: Option<String>,
    pub key_id: Option<String>,
    pub key_fingerprint: Option<String>,
}

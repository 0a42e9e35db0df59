//! What the UI receives where it needs more than the stored record: rendered
//! Markdown, allowed next statuses, resolved references, computed flags,
//! people's names for log entries. Conversion only: every rule and number
//! comes from the core.

use chrono::{DateTime, Utc};
use opencall_core::activity::LogEntry;
use opencall_core::agreement::{text_sha256, Agreement};
use opencall_core::challenge::{Challenge, ChallengeStatus};
use opencall_core::contributor::ContributorKind;
use opencall_core::ids::{AgreementId, ContributorId};
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
    pub data_dir: String,
    pub schema_version: u32,
}

impl WorkspaceView {
    pub fn new(ws: Workspace, data_dir: &std::path::Path) -> Self {
        Self {
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
}

impl From<Agreement> for AgreementView {
    fn from(agreement: Agreement) -> Self {
        Self {
            has_unpublished_changes: agreement.has_unpublished_changes(),
            draft_sha256: text_sha256(&agreement.body.draft),
            publish_problems: agreement.publish_problems(),
            agreement,
        }
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

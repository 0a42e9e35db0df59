//! What the UI receives where it needs more than the stored record: rendered
//! Markdown, allowed next statuses, computed flags. Conversion only.

use chrono::{DateTime, Utc};
use opencall_core::agreement::{text_sha256, Agreement};
use opencall_core::challenge::{Challenge, ChallengeStatus};
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

#[derive(Serialize)]
pub struct ChallengeView {
    #[serde(flatten)]
    pub challenge: Challenge,
    /// The brief, rendered from Markdown and sanitized in Rust.
    pub brief_html: String,
    pub next_statuses: &'static [ChallengeStatus],
    /// What would stop it from opening now (empty when it could).
    pub open_requirements: Vec<FieldError>,
    pub total_weight: u32,
}

impl ChallengeView {
    pub fn new(
        challenge: Challenge,
        store: &Store,
        now: DateTime<Utc>,
    ) -> opencall_core::Result<Self> {
        Ok(Self {
            brief_html: opencall_core::markdown::render(&challenge.brief),
            next_statuses: challenge.status.next(),
            open_requirements: store.open_problems(&challenge, now)?,
            total_weight: challenge.total_weight(),
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
}

impl From<Agreement> for AgreementView {
    fn from(agreement: Agreement) -> Self {
        Self {
            has_unpublished_changes: agreement.has_unpublished_changes(),
            draft_sha256: text_sha256(&agreement.draft),
            agreement,
        }
    }
}

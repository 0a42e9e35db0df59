//! Agreements: templates (NDA, submission terms, IP assignment, licence, joint
//! development, participation rules) with immutable published versions, each
//! identified by the SHA-256 of its text, and acceptances of those versions.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::ids::{AcceptanceId, AgreementId, ContributorId};
use crate::record::RecordMeta;
use crate::validation::{FieldError, Validator, MAX_LINE, MAX_TEXT, MAX_TITLE};
use crate::Result;

crate::named_enum! {
    pub enum AgreementKind {
        Nda = "nda",
        NonConfidentialSubmission = "non_confidential_submission",
        IpAssignment = "ip_assignment",
        Licence = "licence",
        JointDevelopment = "joint_development",
        ParticipationRules = "participation_rules",
    }
}

/// SHA-256 of an agreement text, lowercase hex. This is the version's identity.
pub fn text_sha256(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// A published version. Once stored it never changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementVersion {
    pub number: u32,
    pub text: String,
    pub sha256: String,
    pub published_at: DateTime<Utc>,
    pub published_by: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    pub id: AgreementId,
    pub meta: RecordMeta,
    #[serde(flatten)]
    pub body: AgreementBody,
    /// Published versions, oldest first. Never edited: publishing appends.
    pub versions: Vec<AgreementVersion>,
}

impl Agreement {
    pub fn latest(&self) -> Option<&AgreementVersion> {
        self.versions.last()
    }

    pub fn version(&self, number: u32) -> Option<&AgreementVersion> {
        self.versions.iter().find(|v| v.number == number)
    }

    /// True when the draft differs from the latest published text (or nothing
    /// is published yet).
    pub fn has_unpublished_changes(&self) -> bool {
        self.latest()
            .is_none_or(|v| v.sha256 != text_sha256(&self.body.draft))
    }

    /// What stops the draft from being published now (empty: it may be).
    pub fn publish_problems(&self) -> Vec<FieldError> {
        if self.body.draft.trim().is_empty() {
            return vec![FieldError::new(
                "draft",
                "required",
                "Write the agreement text before publishing it.",
            )];
        }
        let sha256 = text_sha256(&self.body.draft);
        match self.versions.iter().find(|v| v.sha256 == sha256) {
            Some(same) => vec![FieldError::new(
                "draft",
                "unchanged",
                format!(
                    "This text is already published as version {}. Edit it to publish a new version.",
                    same.number
                ),
            )
            .with("version", same.number)],
            None => vec![],
        }
    }
}

/// The editable part of an agreement, declared once: title, kind, summary
/// and the working draft. Published versions are not part of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementBody {
    pub title: String,
    pub kind: AgreementKind,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub draft: String,
}

/// What the form and the CLI send: the body itself.
pub type AgreementInput = AgreementBody;

impl crate::store::Body for AgreementBody {
    fn normalized(self) -> Self {
        AgreementBody::normalized(self)
    }
    fn validate(&self) -> Result<()> {
        AgreementBody::validate(self)
    }
}

impl AgreementBody {
    pub fn normalized(mut self) -> Self {
        self.title = self.title.trim().to_owned();
        self.summary = self.summary.trim().to_owned();
        self
    }

    pub fn validate(&self) -> Result<()> {
        let mut v = Validator::new();
        v.required("title", &self.title, MAX_TITLE);
        v.max_len("summary", &self.summary, MAX_LINE);
        v.max_len("draft", &self.draft, MAX_TEXT);
        v.finish()
    }
}

/// Who accepted which agreement version, when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acceptance {
    pub id: AcceptanceId,
    pub meta: RecordMeta,
    pub agreement: AgreementId,
    pub version: u32,
    pub version_sha256: String,
    pub contributor: ContributorId,
    pub accepted_at: DateTime<Utc>,
    /// Who in the workspace recorded it.
    pub recorded_by: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AcceptanceFilter {
    pub agreement: Option<AgreementId>,
    pub contributor: Option<ContributorId>,
}

/// Filter ids of the agreement and acceptance indexes.
pub(crate) const F_KIND: u8 = 1;
pub(crate) const F_AGREEMENT: u8 = 1;
pub(crate) const F_CONTRIBUTOR: u8 = 2;

/// An agreement as lists show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementSummary {
    pub id: AgreementId,
    pub title: String,
    pub kind: AgreementKind,
    pub summary: String,
    pub latest_version: Option<u32>,
    /// The latest version's SHA-256.
    pub latest_sha256: Option<String>,
    /// How many versions are published.
    pub versions: usize,
    pub has_unpublished_changes: bool,
    pub archived: bool,
    pub revision: u64,
}

impl AgreementSummary {
    pub fn of(a: &Agreement) -> Self {
        Self {
            id: a.id,
            title: a.body.title.clone(),
            kind: a.body.kind,
            summary: a.body.summary.clone(),
            latest_version: a.latest().map(|v| v.number),
            latest_sha256: a.latest().map(|v| v.sha256.clone()),
            versions: a.versions.len(),
            has_unpublished_changes: a.has_unpublished_changes(),
            archived: a.meta.archived,
            revision: a.meta.revision,
        }
    }
}

/// Filters for the agreement list.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AgreementFilter {
    /// Words over title, summary and kind.
    pub text: Option<String>,
    pub include_archived: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_hash_is_sha256_hex() {
        assert_eq!(
            text_sha256("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}

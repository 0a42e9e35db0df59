//! Agreements: templates (NDA, submission terms, IP assignment, licence, joint
//! development, participation rules) with immutable published versions, each
//! identified by the SHA-256 of its text, and acceptances of those versions.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::ids::{AcceptanceId, AgreementId, ContributorId};
use crate::record::RecordMeta;
use crate::validation::{Validator, MAX_LINE, MAX_TEXT, MAX_TITLE};
use crate::Result;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementKind {
    Nda,
    NonConfidentialSubmission,
    IpAssignment,
    Licence,
    JointDevelopment,
    ParticipationRules,
}

impl AgreementKind {
    pub const ALL: [AgreementKind; 6] = [
        AgreementKind::Nda,
        AgreementKind::NonConfidentialSubmission,
        AgreementKind::IpAssignment,
        AgreementKind::Licence,
        AgreementKind::JointDevelopment,
        AgreementKind::ParticipationRules,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AgreementKind::Nda => "nda",
            AgreementKind::NonConfidentialSubmission => "non_confidential_submission",
            AgreementKind::IpAssignment => "ip_assignment",
            AgreementKind::Licence => "licence",
            AgreementKind::JointDevelopment => "joint_development",
            AgreementKind::ParticipationRules => "participation_rules",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().replace('-', "_").to_lowercase();
        Self::ALL.into_iter().find(|k| k.as_str() == s)
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
    pub title: String,
    pub kind: AgreementKind,
    pub summary: String,
    /// The working text; publishing freezes it into a new version.
    pub draft: String,
    /// Published versions, oldest first.
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
            .is_none_or(|v| v.sha256 != text_sha256(&self.draft))
    }

    pub fn input(&self) -> AgreementInput {
        AgreementInput {
            title: self.title.clone(),
            kind: self.kind,
            summary: self.summary.clone(),
            draft: self.draft.clone(),
        }
    }
}

/// The editable part of an agreement. Versions are not editable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementInput {
    pub title: String,
    pub kind: AgreementKind,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub draft: String,
}

impl AgreementInput {
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

impl AcceptanceFilter {
    pub fn matches(&self, a: &Acceptance) -> bool {
        self.agreement.is_none_or(|id| id == a.agreement)
            && self.contributor.is_none_or(|id| id == a.contributor)
    }
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

//! The workspace: this copy's own organization, its people, the person using
//! this copy, and the organization's signing identity (an Ed25519 key pair
//! created on first run; later issues sign bundles with it in minisign format).

use ed25519_dalek::SigningKey;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::ids::{ContributorId, OrgId, PersonId};
use crate::record::RecordMeta;
use crate::validation::{Validator, MAX_TITLE};
use crate::Result;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    pub role: String,
    /// Contributors this person declared a conflict of interest with: they
    /// may not review those contributors' ideas.
    #[serde(default)]
    pub conflicts: Vec<ContributorId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organization {
    pub id: OrgId,
    pub name: String,
    pub people: Vec<Person>,
    /// Public half of the signing identity, hex.
    pub public_key: String,
    /// minisign-style 8-byte key id, hex.
    pub key_id: String,
    /// Its own origin is itself.
    pub meta: RecordMeta,
}

impl Organization {
    /// The signing key id as minisign shows it (16 hex digits): what
    /// partners compare before trusting a bundle.
    pub fn key_id_display(&self) -> Option<String> {
        crate::sign::key_id_from_hex(&self.key_id)
    }

    /// A short fingerprint of the public key people can compare by eye.
    pub fn key_fingerprint(&self) -> String {
        let digest = Sha256::digest(self.public_key.as_bytes());
        let hex = hex::encode(&digest[..8]).to_uppercase();
        hex.as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// This copy's organization plus who is using it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    pub organization: Organization,
    pub user: PersonId,
}

impl Workspace {
    /// The person using this copy (falls back to the first person).
    pub fn user(&self) -> Option<&Person> {
        self.organization
            .people
            .iter()
            .find(|p| p.id == self.user)
            .or_else(|| self.organization.people.first())
    }

    /// The user's name.
    pub fn actor(&self) -> String {
        self.user().map(|p| p.name.clone()).unwrap_or_default()
    }

    /// Who the activity log records for changes made in this copy.
    pub fn author(&self) -> Actor {
        Actor {
            person: self.user().map_or(self.user, |p| p.id),
            org: self.organization.id,
        }
    }

    /// A person's name, if they belong to this organization.
    pub fn person_name(&self, id: PersonId) -> Option<&str> {
        self.organization
            .people
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.as_str())
    }
}

/// Who made a change: a person and their organization (ids, never names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub person: PersonId,
    pub org: OrgId,
}

/// The secret half of the signing identity. Never leaves the core.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct Identity {
    pub key_id: String,
    pub secret_key: String,
    pub public_key: String,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identity")
            .field("key_id", &self.key_id)
            .finish_non_exhaustive()
    }
}

impl Identity {
    pub(crate) fn generate() -> Self {
        let key = SigningKey::generate(&mut rand_core::OsRng);
        let mut key_id = [0u8; 8];
        rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut key_id);
        Self {
            key_id: hex::encode(key_id),
            secret_key: hex::encode(key.to_bytes()),
            public_key: hex::encode(key.verifying_key().to_bytes()),
        }
    }
}

/// What the first-run screen asks for.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct WorkspaceInput {
    pub organization_name: String,
    pub user_name: String,
    #[serde(default)]
    pub user_role: String,
}

impl WorkspaceInput {
    pub fn validate(&self) -> Result<()> {
        let mut v = Validator::new();
        v.required("organization_name", &self.organization_name, MAX_TITLE);
        v.required("user_name", &self.user_name, MAX_TITLE);
        v.max_len("user_role", &self.user_role, MAX_TITLE);
        v.finish()
    }
}

/// One person in the organization edit form; `id` is `None` for a new person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonInput {
    #[serde(default)]
    pub id: Option<PersonId>,
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub conflicts: Vec<ContributorId>,
}

/// The editable part of the own organization: its name and its people.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganizationInput {
    pub name: String,
    pub people: Vec<PersonInput>,
}

impl OrganizationInput {
    pub fn validate(&self, user: PersonId) -> Result<()> {
        let mut v = Validator::new();
        v.required("name", &self.name, MAX_TITLE);
        for (i, p) in self.people.iter().enumerate() {
            v.required(&format!("people.{i}.name"), &p.name, MAX_TITLE);
            v.max_len(&format!("people.{i}.role"), &p.role, MAX_TITLE);
        }
        if !self.people.iter().any(|p| p.id == Some(user)) {
            v.error(
                "people",
                "user_removed",
                "You cannot remove yourself: this copy of Opencall records your changes under your name.",
            );
        }
        v.finish()
    }
}

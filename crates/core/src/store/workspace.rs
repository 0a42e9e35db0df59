//! Creating and reading the workspace (own organization and user).

use chrono::{DateTime, Utc};

use super::{Put, Store, T};
use crate::activity::{LogDraft, Verb};
use crate::ids::{OrgId, PersonId};
use crate::record::{RecordKind, RecordMeta};
use crate::workspace::{
    Actor, Identity, Organization, OrganizationInput, Person, Workspace, WorkspaceInput,
};
use crate::{Error, Result};

const WORKSPACE: &str = "workspace";
/// The meta key of the signing identity (a backup carries it).
pub(super) const IDENTITY: &str = "identity";

impl Store {
    /// The workspace, if it has been set up.
    pub fn workspace(&self) -> Result<Option<Workspace>> {
        self.meta_get(WORKSPACE)
    }

    /// First run: creates the organization, the user and the signing identity.
    pub fn init_workspace(&self, input: WorkspaceInput, now: DateTime<Utc>) -> Result<Workspace> {
        input.validate()?;
        let _guard = self.lock();
        if let Some(existing) = self.workspace()? {
            return Err(Error::AlreadyInitialized(existing.organization.name));
        }
        let identity = Identity::generate();
        let person = Person {
            id: PersonId::new(),
            name: input.user_name.trim().to_owned(),
            role: input.user_role.trim().to_owned(),
            conflicts: Vec::new(),
        };
        let org_id = OrgId::new();
        let organization = Organization {
            id: org_id,
            name: input.organization_name.trim().to_owned(),
            people: vec![person.clone()],
            public_key: identity.public_key.clone(),
            key_id: identity.key_id.clone(),
            meta: RecordMeta::new(org_id, now),
        };
        let workspace = Workspace {
            user: person.id,
            organization,
        };
        let log = LogDraft::new(
            RecordKind::Workspace,
            Verb::Created,
            workspace.organization.id,
        )
        .with("label", workspace.organization.name.clone());
        let put = Put::raw(T::Meta, WORKSPACE, &workspace, log)?;
        self.commit(
            &workspace.author(),
            now,
            vec![put],
            vec![(IDENTITY, serde_json::to_vec(&identity)?)],
        )?;
        Ok(workspace)
    }

    /// Renames the organization and edits its people (the user must stay).
    pub fn update_organization(
        &self,
        expected_revision: Option<u64>,
        input: OrganizationInput,
        now: DateTime<Utc>,
    ) -> Result<Workspace> {
        let _guard = self.lock();
        let mut ws = self.require_workspace()?;
        input.validate(ws.user)?;
        super::check_revision(
            RecordKind::Workspace,
            expected_revision,
            ws.organization.meta.revision,
        )?;
        let before = ws.organization.clone();
        let org = &mut ws.organization;
        org.name = input.name.trim().to_owned();
        org.people = input
            .people
            .into_iter()
            .map(|p| Person {
                id: p.id.unwrap_or_else(PersonId::new),
                name: p.name.trim().to_owned(),
                role: p.role.trim().to_owned(),
                conflicts: p.conflicts,
            })
            .collect();
        let mut fields = Vec::new();
        if org.name != before.name {
            fields.push("name");
        }
        if org.people != before.people {
            fields.push("people");
        }
        if fields.is_empty() {
            return Ok(ws);
        }
        org.meta.touch(now);
        let log = LogDraft::new(RecordKind::Workspace, Verb::Updated, ws.organization.id)
            .with("label", ws.organization.name.clone())
            .with("fields", fields);
        let put = Put::raw(T::Meta, WORKSPACE, &ws, log)?;
        self.commit(&ws.author(), now, vec![put], vec![])?;
        Ok(ws)
    }

    /// The organization's public key as a standard minisign `.pub` file.
    pub fn public_key_file(&self) -> Result<String> {
        let ws = self.require_workspace()?;
        crate::sign::public_key_file(&ws.organization.public_key, &ws.organization.key_id)
    }

    /// The organization's key id as minisign shows it.
    pub fn key_id_display(&self) -> Result<String> {
        self.require_workspace()?
            .organization
            .key_id_display()
            .ok_or_else(|| Error::Corrupt("the stored key id is not 8 bytes".into()))
    }

    /// The base64 line of the minisign public key (what bundles carry).
    pub fn public_key_line(&self) -> Result<String> {
        Ok(self
            .public_key_file()?
            .lines()
            .nth(1)
            .unwrap_or_default()
            .to_owned())
    }

    /// The producer facts of a new bundle signed by this workspace.
    pub(crate) fn bag_info(
        &self,
        kind: crate::bundle::BundleKind,
        recipients: Vec<String>,
        now: DateTime<Utc>,
    ) -> Result<crate::bundle::BagInfo> {
        let ws = self.require_workspace()?;
        Ok(crate::bundle::BagInfo {
            bundle_id: uuid::Uuid::new_v4().to_string(),
            kind,
            organization: ws.organization.name.clone(),
            organization_id: ws.organization.id.to_string(),
            key_id: self.key_id_display()?,
            public_key: self.public_key_line()?,
            created: now,
            recipients,
        })
    }

    /// Signs `data` with the organization's key (minisign, detached). The
    /// secret key is read for this call and never leaves the core.
    pub fn sign_detached(&self, data: &[u8], trusted_comment: &str) -> Result<String> {
        let identity: Identity = self.meta_get(IDENTITY)?.ok_or(Error::NotInitialized)?;
        crate::sign::Signer8::from_hex(&identity.secret_key, &identity.key_id)?
            .sign(data, trusted_comment)
    }

    /// Who the log records for changes made now.
    pub(crate) fn actor(&self) -> Result<Actor> {
        Ok(self.require_workspace()?.author())
    }

    /// A person's name by id (for rendering log entries), if known here.
    pub fn person_name(&self, id: PersonId) -> Result<Option<String>> {
        Ok(self
            .workspace()?
            .and_then(|ws| ws.person_name(id).map(str::to_owned)))
    }
}

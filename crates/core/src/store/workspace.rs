//! Creating and reading the workspace (own organization and user).

use chrono::{DateTime, Utc};

use super::{Put, Store, T};
use crate::activity::{Action, LogDraft};
use crate::ids::{OrgId, PersonId};
use crate::record::{RecordKind, RecordMeta};
use crate::workspace::{
    Identity, Organization, OrganizationInput, Person, Workspace, WorkspaceInput,
};
use crate::{Error, Result};

const WORKSPACE: &str = "workspace";
const IDENTITY: &str = "identity";

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
        let put = Put {
            tree: T::Meta,
            key: WORKSPACE.as_bytes().to_vec(),
            value: serde_json::to_vec(&workspace)?,
            log: LogDraft {
                action: Action::Created,
                record_kind: RecordKind::Workspace,
                record_id: workspace.organization.id.to_string(),
                summary: format!("Created workspace for {}", workspace.organization.name),
            },
        };
        self.commit(
            &person.name,
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
        let org = &mut ws.organization;
        org.name = input.name.trim().to_owned();
        org.people = input
            .people
            .into_iter()
            .map(|p| Person {
                id: p.id.unwrap_or_else(PersonId::new),
                name: p.name.trim().to_owned(),
                role: p.role.trim().to_owned(),
            })
            .collect();
        org.meta.touch(now);
        let put = Put {
            tree: T::Meta,
            key: WORKSPACE.as_bytes().to_vec(),
            value: serde_json::to_vec(&ws)?,
            log: LogDraft {
                action: Action::Updated,
                record_kind: RecordKind::Workspace,
                record_id: ws.organization.id.to_string(),
                summary: format!("Edited organization {}", ws.organization.name),
            },
        };
        self.commit(&ws.actor(), now, vec![put], vec![])?;
        Ok(ws)
    }

    /// The actor name and own organization id, for records being written.
    pub(crate) fn author(&self) -> Result<(String, OrgId)> {
        let ws = self.require_workspace()?;
        Ok((ws.actor(), ws.organization.id))
    }
}

//! Creating and reading the workspace (own organization and user).

use chrono::{DateTime, Utc};

use super::{Put, Store, T};
use crate::activity::{Action, LogDraft};
use crate::ids::{OrgId, PersonId};
use crate::record::RecordKind;
use crate::workspace::{Identity, Organization, Person, Workspace, WorkspaceInput};
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
        let organization = Organization {
            id: OrgId::new(),
            name: input.organization_name.trim().to_owned(),
            people: vec![person.clone()],
            public_key: identity.public_key.clone(),
            key_id: identity.key_id.clone(),
            created_at: now,
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

    /// The actor name and own organization id, for records being written.
    pub(crate) fn author(&self) -> Result<(String, OrgId)> {
        let ws = self.require_workspace()?;
        Ok((ws.actor(), ws.organization.id))
    }
}

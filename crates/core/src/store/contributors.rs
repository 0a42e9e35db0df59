//! Contributor records in the store.

use chrono::{DateTime, Utc};

use super::{check_not_archived, check_revision, Put, Store, T};
use crate::activity::{Action, LogDraft};
use crate::contributor::{Contributor, ContributorFilter, ContributorInput};
use crate::ids::ContributorId;
use crate::record::{RecordKind, RecordMeta};
use crate::Result;

const KIND: RecordKind = RecordKind::Contributor;

fn log(action: Action, c: &Contributor, summary: String) -> LogDraft {
    LogDraft {
        action,
        record_kind: KIND,
        record_id: c.id.to_string(),
        summary,
    }
}

impl Store {
    pub fn create_contributor(
        &self,
        input: ContributorInput,
        now: DateTime<Utc>,
    ) -> Result<Contributor> {
        let input = input.normalized();
        input.validate()?;
        let _guard = self.lock();
        let (actor, origin) = self.author()?;
        let mut c = Contributor {
            id: ContributorId::new(),
            meta: RecordMeta::new(origin, now),
            name: String::new(),
            entity: input.entity,
            kind: input.kind,
            affiliation: String::new(),
            expertise: Vec::new(),
            groups: Vec::new(),
            contact: Default::default(),
            notes: String::new(),
            recognition: Vec::new(),
        };
        c.apply(input);
        let entry = log(Action::Created, &c, format!("Added contributor {}", c.name));
        self.commit(
            &actor,
            now,
            vec![Put::new(T::Contributors, c.id.key(), &c, entry)?],
            vec![],
        )?;
        Ok(c)
    }

    pub fn contributor(&self, id: ContributorId) -> Result<Contributor> {
        self.get(T::Contributors, KIND, id.key(), id)
    }

    /// Matching contributors, sorted by name.
    pub fn contributors(&self, filter: &ContributorFilter) -> Result<Vec<Contributor>> {
        let mut list: Vec<Contributor> = self.all(T::Contributors)?;
        list.retain(|c| filter.matches(c));
        list.sort_by_cached_key(|c| c.name.to_lowercase());
        Ok(list)
    }

    /// Saves an edit; `expected_revision` (if given) must be the stored one.
    pub fn update_contributor(
        &self,
        id: ContributorId,
        expected_revision: Option<u64>,
        input: ContributorInput,
        now: DateTime<Utc>,
    ) -> Result<Contributor> {
        let input = input.normalized();
        input.validate()?;
        let _guard = self.lock();
        let (actor, _) = self.author()?;
        let mut c = self.contributor(id)?;
        check_revision(KIND, expected_revision, c.meta.revision)?;
        check_not_archived(KIND, &c.meta)?;
        if c.input() == input {
            return Ok(c);
        }
        c.apply(input);
        c.meta.touch(now);
        let entry = log(
            Action::Updated,
            &c,
            format!("Edited contributor {}", c.name),
        );
        self.commit(
            &actor,
            now,
            vec![Put::new(T::Contributors, c.id.key(), &c, entry)?],
            vec![],
        )?;
        Ok(c)
    }

    /// Archives (hides from lists) or restores a contributor.
    pub fn archive_contributor(
        &self,
        id: ContributorId,
        archived: bool,
        now: DateTime<Utc>,
    ) -> Result<Contributor> {
        let _guard = self.lock();
        let (actor, _) = self.author()?;
        let mut c = self.contributor(id)?;
        if c.meta.archived == archived {
            return Ok(c);
        }
        c.meta.archived = archived;
        c.meta.touch(now);
        let (action, verb) = if archived {
            (Action::Archived, "Archived")
        } else {
            (Action::Restored, "Restored")
        };
        let entry = log(action, &c, format!("{verb} contributor {}", c.name));
        self.commit(
            &actor,
            now,
            vec![Put::new(T::Contributors, c.id.key(), &c, entry)?],
            vec![],
        )?;
        Ok(c)
    }
}

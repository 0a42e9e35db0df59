//! Contributor records in the store.

use chrono::{DateTime, Utc};

use super::{check_not_archived, check_revision, stored, Store, T};
use crate::activity::Action;
use crate::contributor::{Contributor, ContributorFilter, ContributorInput};
use crate::ids::ContributorId;
use crate::record::{RecordKind, RecordMeta};
use crate::Result;

const KIND: RecordKind = RecordKind::Contributor;

stored!(Contributor, T::Contributors, KIND, |c| c.name.clone());

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
        let summary = format!("Added contributor {}", c.name);
        self.save(&actor, now, &c, Action::Created, summary)?;
        Ok(c)
    }

    pub fn contributor(&self, id: ContributorId) -> Result<Contributor> {
        self.get(id.key(), id)
    }

    /// Matching contributors, sorted by name.
    pub fn contributors(&self, filter: &ContributorFilter) -> Result<Vec<Contributor>> {
        let mut list: Vec<Contributor> = self.all()?;
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
        let summary = format!("Edited contributor {}", c.name);
        self.save(&actor, now, &c, Action::Updated, summary)?;
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
        let c = self.contributor(id)?;
        self.set_archived(&actor, c, archived, now)
    }
}

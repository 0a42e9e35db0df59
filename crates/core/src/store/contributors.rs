//! Contributor records in the store.

use chrono::{DateTime, Utc};

use super::{stored, Editable, IndexKeys, Page, PageRequest, Query, Store, Stored, T};
use crate::contributor::{
    Contributor, ContributorBody, ContributorFilter, ContributorInput, ContributorSummary,
    F_EXPERTISE, F_GROUP, F_KIND,
};
use crate::ids::ContributorId;
use crate::record::{RecordKind, RecordMeta};
use crate::Result;

impl Stored for Contributor {
    const TREE: T = T::Contributors;
    const KIND: RecordKind = RecordKind::Contributor;
    type Summary = ContributorSummary;
    stored!();

    fn label(&self) -> String {
        self.body.name.clone()
    }

    fn summary(&self) -> ContributorSummary {
        ContributorSummary::of(self)
    }

    fn index(&self, ix: &mut IndexKeys) {
        let b = &self.body;
        ix.field(F_KIND, b.kind.as_str());
        for t in &b.expertise {
            ix.field(F_EXPERTISE, t);
        }
        for g in &b.groups {
            ix.field(F_GROUP, g);
        }
        for text in [&b.name, &b.affiliation]
            .into_iter()
            .chain(&b.expertise)
            .chain(&b.groups)
        {
            ix.words(text);
        }
        ix.sort_by(b.name.to_lowercase().as_bytes());
    }
}

impl Editable for Contributor {
    type Body = ContributorBody;
    fn body(&self) -> &ContributorBody {
        &self.body
    }
    fn body_mut(&mut self) -> &mut ContributorBody {
        &mut self.body
    }
}

impl Store {
    pub fn create_contributor(
        &self,
        input: ContributorInput,
        now: DateTime<Utc>,
    ) -> Result<Contributor> {
        let body = input.normalized();
        body.validate()?;
        let _guard = self.lock();
        let actor = self.actor()?;
        let c = Contributor {
            id: ContributorId::new(),
            meta: RecordMeta::new(actor.org, now),
            body,
        };
        self.insert(&actor, now, &c)?;
        Ok(c)
    }

    pub fn contributor(&self, id: ContributorId) -> Result<Contributor> {
        self.get(id.key(), id)
    }

    /// The contributor whose id is or starts with `prefix` (8+ hex digits).
    pub fn find_contributor(&self, prefix: &str) -> Result<Contributor> {
        let key = self.resolve::<Contributor>(prefix)?;
        self.get(key, prefix)
    }

    /// A page of matching contributors, sorted by name.
    pub fn contributors(
        &self,
        filter: &ContributorFilter,
        page: PageRequest,
    ) -> Result<Page<ContributorSummary>> {
        let mut q = Query {
            text: filter.text.clone(),
            include_archived: filter.include_archived,
            ..Query::default()
        };
        if let Some(k) = filter.kind {
            q.fields.push((F_KIND, k.as_str().into()));
        }
        for (field, value) in [(F_EXPERTISE, &filter.expertise), (F_GROUP, &filter.group)] {
            if let Some(v) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
                q.fields.push((field, v.into()));
            }
        }
        self.list::<Contributor>(&q, page)
    }

    /// Saves an edit; `expected_revision` (if given) must be the stored one.
    pub fn update_contributor(
        &self,
        id: ContributorId,
        expected_revision: Option<u64>,
        input: ContributorInput,
        now: DateTime<Utc>,
    ) -> Result<Contributor> {
        self.update::<Contributor>(
            id,
            expected_revision,
            input,
            now,
            |_, _, _| Ok(()),
            |_, _| Ok(()),
        )
    }

    /// Archives a contributor: hidden from lists, frozen until restored.
    pub fn archive_contributor(
        &self,
        id: ContributorId,
        now: DateTime<Utc>,
    ) -> Result<Contributor> {
        self.archive(id, now)
    }

    /// Restores an archived contributor.
    pub fn restore_contributor(
        &self,
        id: ContributorId,
        now: DateTime<Utc>,
    ) -> Result<Contributor> {
        self.restore(id, now)
    }
}

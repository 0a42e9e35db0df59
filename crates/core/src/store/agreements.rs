//! Agreement templates, their immutable published versions, and acceptances.

use chrono::{DateTime, Utc};

use super::{
    check_not_archived, check_revision, stored, Editable, IndexKeys, Page, PageRequest, Query,
    Store, Stored, T,
};
use crate::activity::{LogDraft, Verb};
use crate::agreement::{
    text_sha256, Acceptance, AcceptanceFilter, Agreement, AgreementBody, AgreementFilter,
    AgreementInput, AgreementSummary, AgreementVersion, F_AGREEMENT, F_CONTRIBUTOR, F_KIND,
};
use crate::challenge::{Challenge, ChallengeStatus};
use crate::ids::{AcceptanceId, AgreementId, ContributorId};
use crate::record::{RecordKind, RecordMeta};
use crate::validation::FieldError;
use crate::{Error, Result};

const KIND: RecordKind = RecordKind::Agreement;

impl Stored for Agreement {
    const TREE: T = T::Agreements;
    const KIND: RecordKind = KIND;
    type Summary = AgreementSummary;
    stored!();

    fn label(&self) -> String {
        self.body.title.clone()
    }

    fn summary(&self) -> AgreementSummary {
        AgreementSummary::of(self)
    }

    fn index(&self, ix: &mut IndexKeys) {
        ix.field(F_KIND, self.body.kind.as_str());
        ix.words(&self.body.title);
        ix.words(&self.body.summary);
        ix.words(self.body.kind.as_str());
        ix.sort_by(self.body.title.to_lowercase().as_bytes());
    }

    /// An agreement that open challenges require cannot be archived.
    fn check_archive(&self, store: &Store) -> Result<()> {
        let in_use: Vec<String> = store
            .all::<Challenge>()?
            .into_iter()
            .filter(|c| {
                !c.meta.archived
                    && c.status != ChallengeStatus::Closed
                    && c.body.required_agreements.contains(&self.id)
            })
            .map(|c| format!("“{}”", c.body.title))
            .collect();
        if in_use.is_empty() {
            return Ok(());
        }
        Err(Error::InUse {
            message: format!(
                "“{}” is required by {}. Remove it from those challenges (or close them) before archiving it.",
                self.body.title,
                in_use.join(", ")
            ),
            by: in_use,
            code: "required_by_challenges",
            args: [("title".to_owned(), self.body.title.clone())].into(),
        })
    }
}

impl Editable for Agreement {
    type Body = AgreementBody;
    fn body(&self) -> &AgreementBody {
        &self.body
    }
    fn body_mut(&mut self) -> &mut AgreementBody {
        &mut self.body
    }
}

impl Stored for Acceptance {
    const TREE: T = T::Acceptances;
    const KIND: RecordKind = RecordKind::Acceptance;
    type Summary = Acceptance;
    stored!();

    fn label(&self) -> String {
        self.id.to_string()
    }

    fn summary(&self) -> Acceptance {
        self.clone()
    }

    fn index(&self, ix: &mut IndexKeys) {
        ix.field(F_AGREEMENT, &self.agreement.to_string());
        ix.field(F_CONTRIBUTOR, &self.contributor.to_string());
        // Newest first.
        ix.sort_by(&super::index::newest_first(self.accepted_at));
    }
}

impl Store {
    /// Creates an agreement template with an unpublished draft text.
    pub fn create_agreement(&self, input: AgreementInput, now: DateTime<Utc>) -> Result<Agreement> {
        let body = input.normalized();
        body.validate()?;
        let _guard = self.lock();
        let actor = self.actor()?;
        let a = Agreement {
            id: AgreementId::new(),
            meta: RecordMeta::new(actor.org, now),
            body,
            versions: Vec::new(),
        };
        self.insert(&actor, now, &a)?;
        Ok(a)
    }

    pub fn agreement(&self, id: AgreementId) -> Result<Agreement> {
        self.get(id.key(), id)
    }

    /// The agreement whose id is or starts with `prefix` (8+ hex digits).
    pub fn find_agreement(&self, prefix: &str) -> Result<Agreement> {
        let key = self.resolve::<Agreement>(prefix)?;
        self.get(key, prefix)
    }

    /// A page of matching agreements (words over title, summary and kind),
    /// sorted by title.
    pub fn agreements(
        &self,
        filter: &AgreementFilter,
        page: PageRequest,
    ) -> Result<Page<AgreementSummary>> {
        let q = Query {
            text: filter.text.clone(),
            include_archived: filter.include_archived,
            ..Query::default()
        };
        self.list::<Agreement>(&q, page)
    }

    /// Edits title, kind, summary and the draft text. Published versions are
    /// never touched: changing the text only changes the draft, which becomes
    /// a new version when published.
    pub fn update_agreement(
        &self,
        id: AgreementId,
        expected_revision: Option<u64>,
        input: AgreementInput,
        now: DateTime<Utc>,
    ) -> Result<Agreement> {
        self.update::<Agreement>(
            id,
            expected_revision,
            input,
            now,
            |_, _, _| Ok(()),
            |_, _| Ok(()),
        )
    }

    /// Publishes the draft as a new immutable version.
    pub fn publish_agreement(
        &self,
        id: AgreementId,
        expected_revision: Option<u64>,
        now: DateTime<Utc>,
    ) -> Result<Agreement> {
        let _guard = self.lock();
        let actor = self.actor()?;
        let old = self.agreement(id)?;
        self.check_own(KIND, &old.meta, &actor)?;
        check_revision(KIND, expected_revision, old.meta.revision)?;
        check_not_archived(KIND, &old.meta)?;
        let problems = old.publish_problems();
        if !problems.is_empty() {
            return Err(Error::Validation(problems));
        }
        let mut a = old.clone();
        let number = a.latest().map_or(1, |v| v.number + 1);
        a.versions.push(AgreementVersion {
            number,
            text: a.body.draft.clone(),
            sha256: text_sha256(&a.body.draft),
            published_at: now,
            published_by: self.require_workspace()?.actor(),
        });
        a.meta.touch(now);
        let log = LogDraft::new(KIND, Verb::Published, a.id)
            .with("label", a.body.title.clone())
            .with("version", number);
        self.save(&actor, now, Some(&old), &a, log)?;
        Ok(a)
    }

    /// Archives an agreement, unless open challenges require it.
    pub fn archive_agreement(&self, id: AgreementId, now: DateTime<Utc>) -> Result<Agreement> {
        self.archive(id, now)
    }

    /// Restores an archived agreement.
    pub fn restore_agreement(&self, id: AgreementId, now: DateTime<Utc>) -> Result<Agreement> {
        self.restore(id, now)
    }

    /// Records that a contributor accepted a published version (the latest
    /// when `version` is `None`). Accepting the same version twice is a no-op.
    pub fn record_acceptance(
        &self,
        agreement: AgreementId,
        version: Option<u32>,
        contributor: ContributorId,
        now: DateTime<Utc>,
    ) -> Result<Acceptance> {
        let _guard = self.lock();
        let actor = self.actor()?;
        let a = self.agreement(agreement)?;
        let c = self.contributor(contributor)?;
        check_not_archived(KIND, &a.meta)?;
        check_not_archived(RecordKind::Contributor, &c.meta)?;
        let v = match version {
            Some(n) => a.version(n),
            None => a.latest(),
        }
        .ok_or_else(|| {
            let problem = FieldError::new(
                "version",
                "unpublished",
                match version {
                    Some(n) => format!("“{}” has no published version {n}.", a.body.title),
                    None => format!(
                        "“{}” has no published version yet; publish it first.",
                        a.body.title
                    ),
                },
            )
            .with("title", &a.body.title);
            Error::Validation(vec![match version {
                Some(n) => problem.with("version", n),
                None => problem,
            }])
        })?;
        let existing = self
            .acceptances(&AcceptanceFilter {
                agreement: Some(agreement),
                contributor: Some(contributor),
            })?
            .into_iter()
            .find(|x| x.version_sha256 == v.sha256);
        if let Some(existing) = existing {
            return Ok(existing);
        }
        let acc = Acceptance {
            id: AcceptanceId::new(),
            meta: RecordMeta::new(actor.org, now),
            agreement,
            version: v.number,
            version_sha256: v.sha256.clone(),
            contributor,
            accepted_at: now,
            recorded_by: self.require_workspace()?.actor(),
        };
        let log = LogDraft::new(RecordKind::Acceptance, Verb::Created, acc.id)
            .with("label", c.body.name.clone())
            .with("contributor", contributor.to_string())
            .with("agreement", agreement.to_string())
            .with("agreement_title", a.body.title.clone())
            .with("version", v.number);
        self.save(&actor, now, None, &acc, log)?;
        Ok(acc)
    }

    /// Acceptances, newest first (through the index: per agreement or
    /// contributor lists never read the others).
    pub fn acceptances(&self, filter: &AcceptanceFilter) -> Result<Vec<Acceptance>> {
        let mut q = Query::default();
        if let Some(a) = filter.agreement {
            q.fields.push((F_AGREEMENT, a.to_string()));
        }
        if let Some(c) = filter.contributor {
            q.fields.push((F_CONTRIBUTOR, c.to_string()));
        }
        Ok(self.list::<Acceptance>(&q, PageRequest::all())?.items)
    }

    /// Whether the contributor has accepted the agreement's latest version.
    pub fn has_accepted_latest(
        &self,
        agreement: AgreementId,
        contributor: ContributorId,
    ) -> Result<bool> {
        let a = self.agreement(agreement)?;
        let Some(latest) = a.latest() else {
            return Ok(false);
        };
        Ok(self
            .acceptances(&AcceptanceFilter {
                agreement: Some(agreement),
                contributor: Some(contributor),
            })?
            .iter()
            .any(|x| x.version_sha256 == latest.sha256))
    }
}

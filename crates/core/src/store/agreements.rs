//! Agreement templates, their immutable published versions, and acceptances.

use chrono::{DateTime, Utc};

use super::{check_not_archived, check_revision, stored, Store, T};
use crate::activity::Action;
use crate::agreement::{
    text_sha256, Acceptance, AcceptanceFilter, Agreement, AgreementInput, AgreementVersion,
};
use crate::ids::{AcceptanceId, AgreementId, ContributorId};
use crate::record::{RecordKind, RecordMeta};
use crate::validation::FieldError;
use crate::{Error, Result};

const KIND: RecordKind = RecordKind::Agreement;

stored!(Agreement, T::Agreements, KIND, |a| format!("“{}”", a.title));
stored!(Acceptance, T::Acceptances, RecordKind::Acceptance, |a| a
    .id
    .to_string());

impl Store {
    /// Creates an agreement template with an unpublished draft text.
    pub fn create_agreement(&self, input: AgreementInput, now: DateTime<Utc>) -> Result<Agreement> {
        let input = input.normalized();
        input.validate()?;
        let _guard = self.lock();
        let (actor, origin) = self.author()?;
        let a = Agreement {
            id: AgreementId::new(),
            meta: RecordMeta::new(origin, now),
            title: input.title,
            kind: input.kind,
            summary: input.summary,
            draft: input.draft,
            versions: Vec::new(),
        };
        let summary = format!("Created agreement “{}”", a.title);
        self.save(&actor, now, &a, Action::Created, summary)?;
        Ok(a)
    }

    pub fn agreement(&self, id: AgreementId) -> Result<Agreement> {
        self.get(id.key(), id)
    }

    /// Matching agreements (text over title, summary and kind), sorted by title.
    pub fn agreements(&self, text: Option<&str>, include_archived: bool) -> Result<Vec<Agreement>> {
        let needle = text.map(|t| t.trim().to_lowercase()).unwrap_or_default();
        let mut list: Vec<Agreement> = self.all()?;
        list.retain(|a| {
            (include_archived || !a.meta.archived)
                && (needle.is_empty()
                    || a.title.to_lowercase().contains(&needle)
                    || a.summary.to_lowercase().contains(&needle)
                    || a.kind.as_str().replace('_', " ").contains(&needle))
        });
        list.sort_by_cached_key(|a| a.title.to_lowercase());
        Ok(list)
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
        let input = input.normalized();
        input.validate()?;
        let _guard = self.lock();
        let (actor, _) = self.author()?;
        let mut a = self.agreement(id)?;
        check_revision(KIND, expected_revision, a.meta.revision)?;
        check_not_archived(KIND, &a.meta)?;
        if a.input() == input {
            return Ok(a);
        }
        a.title = input.title;
        a.kind = input.kind;
        a.summary = input.summary;
        a.draft = input.draft;
        a.meta.touch(now);
        let summary = format!("Edited agreement “{}”", a.title);
        self.save(&actor, now, &a, Action::Updated, summary)?;
        Ok(a)
    }

    /// Publishes the draft as a new immutable version.
    pub fn publish_agreement(
        &self,
        id: AgreementId,
        expected_revision: Option<u64>,
        now: DateTime<Utc>,
    ) -> Result<Agreement> {
        let _guard = self.lock();
        let (actor, _) = self.author()?;
        let mut a = self.agreement(id)?;
        check_revision(KIND, expected_revision, a.meta.revision)?;
        check_not_archived(KIND, &a.meta)?;
        if a.draft.trim().is_empty() {
            return Err(Error::Validation(vec![FieldError::new(
                "draft",
                "required",
                "Write the agreement text before publishing it.",
            )]));
        }
        let sha256 = text_sha256(&a.draft);
        if let Some(same) = a.versions.iter().find(|v| v.sha256 == sha256) {
            return Err(Error::Validation(vec![FieldError::new(
                "draft",
                "unchanged",
                format!(
                    "This text is already published as version {}. Edit it to publish a new version.",
                    same.number
                ),
            )]));
        }
        let number = a.latest().map_or(1, |v| v.number + 1);
        a.versions.push(AgreementVersion {
            number,
            text: a.draft.clone(),
            sha256,
            published_at: now,
            published_by: actor.clone(),
        });
        a.meta.touch(now);
        let summary = format!("Published “{}” version {number}", a.title);
        self.save(&actor, now, &a, Action::Published, summary)?;
        Ok(a)
    }

    pub fn archive_agreement(
        &self,
        id: AgreementId,
        archived: bool,
        now: DateTime<Utc>,
    ) -> Result<Agreement> {
        let _guard = self.lock();
        let (actor, _) = self.author()?;
        let a = self.agreement(id)?;
        if archived && !a.meta.archived {
            let in_use: Vec<String> = self
                .all::<crate::challenge::Challenge>()?
                .into_iter()
                .filter(|c| {
                    !c.meta.archived
                        && c.status != crate::challenge::ChallengeStatus::Closed
                        && c.required_agreements.contains(&id)
                })
                .map(|c| format!("“{}”", c.title))
                .collect();
            if !in_use.is_empty() {
                return Err(Error::Transition {
                    message: format!(
                        "“{}” is required by {}. Remove it from those challenges (or close them) before archiving it.",
                        a.title,
                        in_use.join(", ")
                    ),
                    problems: vec![],
                });
            }
        }
        self.set_archived(&actor, a, archived, now)
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
        let (actor, origin) = self.author()?;
        let a = self.agreement(agreement)?;
        let c = self.contributor(contributor)?;
        check_not_archived(KIND, &a.meta)?;
        check_not_archived(RecordKind::Contributor, &c.meta)?;
        let v = match version {
            Some(n) => a.version(n),
            None => a.latest(),
        }
        .ok_or_else(|| {
            Error::Validation(vec![FieldError::new(
                "version",
                "unpublished",
                match version {
                    Some(n) => format!("“{}” has no published version {n}.", a.title),
                    None => format!(
                        "“{}” has no published version yet; publish it first.",
                        a.title
                    ),
                },
            )])
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
            meta: RecordMeta::new(origin, now),
            agreement,
            version: v.number,
            version_sha256: v.sha256.clone(),
            contributor,
            accepted_at: now,
            recorded_by: actor.clone(),
        };
        let summary = format!("{} accepted “{}” version {}", c.name, a.title, v.number);
        self.save(&actor, now, &acc, Action::Accepted, summary)?;
        Ok(acc)
    }

    /// Acceptances, newest first.
    pub fn acceptances(&self, filter: &AcceptanceFilter) -> Result<Vec<Acceptance>> {
        let mut list: Vec<Acceptance> = self.all()?;
        list.retain(|a| filter.matches(a));
        list.sort_by_key(|a| std::cmp::Reverse(a.accepted_at));
        Ok(list)
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

//! Challenge records in the store, with the lifecycle checks.

use chrono::{DateTime, Utc};

use super::{
    check_revision, stored, Editable, IndexKeys, Page, PageRequest, Query, Store, Stored, T,
};
use crate::activity::{LogDraft, Verb};
use crate::challenge::{
    Challenge, ChallengeBody, ChallengeFilter, ChallengeInput, ChallengeStatus, ChallengeSummary,
    F_STATUS, F_TYPE,
};
use crate::ids::ChallengeId;
use crate::record::{RecordKind, RecordMeta};
use crate::validation::FieldError;
use crate::{Error, Result};

const KIND: RecordKind = RecordKind::Challenge;

impl Stored for Challenge {
    const TREE: T = T::Challenges;
    const KIND: RecordKind = KIND;
    type Summary = ChallengeSummary;
    stored!();

    fn label(&self) -> String {
        self.body.title.clone()
    }

    fn summary(&self) -> ChallengeSummary {
        ChallengeSummary::of(self)
    }

    fn index(&self, ix: &mut IndexKeys) {
        ix.field(F_STATUS, self.status.as_str());
        ix.field(F_TYPE, self.body.challenge_type.as_str());
        ix.words(&self.body.title);
        ix.words(&self.body.brief);
        // Most recently updated first, then by title.
        let mut sort = super::index::newest_first(self.meta.updated_at).to_vec();
        sort.extend_from_slice(self.body.title.to_lowercase().as_bytes());
        ix.sort_by(&sort);
    }
}

impl Editable for Challenge {
    type Body = ChallengeBody;
    fn body(&self) -> &ChallengeBody {
        &self.body
    }
    fn body_mut(&mut self) -> &mut ChallengeBody {
        &mut self.body
    }
}

impl Store {
    /// Creates a challenge as a draft.
    pub fn create_challenge(&self, input: ChallengeInput, now: DateTime<Utc>) -> Result<Challenge> {
        let mut body = input.normalized();
        body.validate()?;
        let _guard = self.lock();
        let actor = self.actor()?;
        self.check_references(&body)?;
        if body.lead.is_empty() {
            body.lead = self.require_workspace()?.actor();
        }
        let c = Challenge {
            id: ChallengeId::new(),
            meta: RecordMeta::new(actor.org, now),
            status: ChallengeStatus::Draft,
            body,
        };
        self.insert(&actor, now, &c)?;
        Ok(c)
    }

    pub fn challenge(&self, id: ChallengeId) -> Result<Challenge> {
        self.get(id.key(), id)
    }

    /// The challenge whose id is or starts with `prefix` (8+ hex digits).
    pub fn find_challenge(&self, prefix: &str) -> Result<Challenge> {
        let key = self.resolve::<Challenge>(prefix)?;
        self.get(key, prefix)
    }

    /// A page of matching challenges, most recently updated first.
    pub fn challenges(
        &self,
        filter: &ChallengeFilter,
        page: PageRequest,
    ) -> Result<Page<ChallengeSummary>> {
        let mut q = Query {
            text: filter.text.clone(),
            include_archived: filter.include_archived,
            ..Query::default()
        };
        if let Some(s) = filter.status {
            q.fields.push((F_STATUS, s.as_str().into()));
        }
        if let Some(t) = filter.challenge_type {
            q.fields.push((F_TYPE, t.as_str().into()));
        }
        self.list::<Challenge>(&q, page)
    }

    /// Saves an edit. An open challenge must keep meeting the requirements for
    /// being open; an archived one cannot be edited. A closed challenge stays
    /// editable so lessons and decisions can still be recorded.
    pub fn update_challenge(
        &self,
        id: ChallengeId,
        expected_revision: Option<u64>,
        input: ChallengeInput,
        now: DateTime<Utc>,
    ) -> Result<Challenge> {
        self.update::<Challenge>(
            id,
            expected_revision,
            input,
            now,
            |store, _, body| store.check_references(body),
            |store, c| {
                // An open challenge must stay openable; later stages keep
                // their history (a passed deadline must not block recording
                // a decision).
                if c.status == ChallengeStatus::Open {
                    let problems = store.open_problems(c, now)?;
                    if !problems.is_empty() {
                        return Err(Error::Validation(problems));
                    }
                }
                Ok(())
            },
        )
    }

    /// Moves a challenge along its lifecycle, checking the transition.
    pub fn set_challenge_status(
        &self,
        id: ChallengeId,
        expected_revision: Option<u64>,
        to: ChallengeStatus,
        now: DateTime<Utc>,
    ) -> Result<Challenge> {
        let _guard = self.lock();
        let actor = self.actor()?;
        let old = self.challenge(id)?;
        check_revision(KIND, expected_revision, old.meta.revision)?;
        super::check_not_archived(KIND, &old.meta)?;
        self.check_own(KIND, &old.meta, &actor)?;
        let from = old.status;
        if from == to {
            return Ok(old);
        }
        super::check_move(KIND, ("become", "status"), from, to, from.next())?;
        if to == ChallengeStatus::Open {
            let problems: Vec<FieldError> = self.open_problems(&old, now)?;
            if !problems.is_empty() {
                let list: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
                return Err(Error::Transition {
                    message: format!("This challenge cannot open yet. {}", list.join(" ")),
                    problems,
                    code: "cannot_open",
                    args: Default::default(),
                });
            }
        }
        let mut c = old.clone();
        c.status = to;
        c.meta.touch(now);
        let log = LogDraft::new(KIND, Verb::StatusChanged, c.id)
            .with("label", c.body.title.clone())
            .with("from", from.as_str())
            .with("to", to.as_str());
        self.save(&actor, now, Some(&old), &c, log)?;
        Ok(c)
    }

    /// Archives a challenge: it leaves the list and is frozen until restored.
    pub fn archive_challenge(&self, id: ChallengeId, now: DateTime<Utc>) -> Result<Challenge> {
        self.archive(id, now)
    }

    /// Restores an archived challenge.
    pub fn restore_challenge(&self, id: ChallengeId, now: DateTime<Utc>) -> Result<Challenge> {
        self.restore(id, now)
    }

    /// Everything that stops `c` from being open: [`Challenge::open_requirements`]
    /// plus every required agreement being published and not archived (else
    /// nobody could accept it).
    pub fn open_problems(&self, c: &Challenge, now: DateTime<Utc>) -> Result<Vec<FieldError>> {
        let mut problems = c.open_requirements(now);
        for (i, id) in c.body.required_agreements.iter().enumerate() {
            let a = self.agreement(*id)?;
            let field = format!("required_agreements.{i}");
            if a.meta.archived {
                problems.push(
                    FieldError::new(
                        field,
                        "archived",
                        format!(
                            "The required agreement “{}” is archived; restore it or remove it.",
                            a.body.title
                        ),
                    )
                    .with("title", &a.body.title),
                );
            } else if a.versions.is_empty() {
                problems.push(
                    FieldError::new(
                        field,
                        "unpublished",
                        format!("The required agreement “{}” has no published version for contributors to accept; publish it first.", a.body.title),
                    )
                    .with("title", &a.body.title),
                );
            }
        }
        Ok(problems)
    }

    /// Every agreement and invited contributor a challenge names must exist.
    fn check_references(&self, input: &ChallengeBody) -> Result<()> {
        let mut problems = Vec::new();
        for (i, a) in input.required_agreements.iter().enumerate() {
            if self.agreement(*a).is_err() {
                problems.push(FieldError::new(
                    format!("required_agreements.{i}"),
                    "unknown",
                    "This agreement does not exist in the workspace.",
                ));
            }
        }
        for (i, c) in input.audience.contributors.iter().enumerate() {
            if self.contributor(*c).is_err() {
                problems.push(FieldError::new(
                    format!("audience.contributors.{i}"),
                    "unknown",
                    "This contributor does not exist in the workspace.",
                ));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Validation(problems))
        }
    }
}

//! Challenge records in the store, with the lifecycle checks.

use chrono::{DateTime, Utc};

use super::{check_not_archived, check_revision, stored, Store, T};
use crate::activity::Action;
use crate::challenge::{Challenge, ChallengeFilter, ChallengeInput, ChallengeStatus};
use crate::ids::ChallengeId;
use crate::record::{RecordKind, RecordMeta};
use crate::validation::FieldError;
use crate::{Error, Result};

const KIND: RecordKind = RecordKind::Challenge;

stored!(Challenge, T::Challenges, KIND, |c| format!("“{}”", c.title));

impl Store {
    /// Creates a challenge as a draft.
    pub fn create_challenge(&self, input: ChallengeInput, now: DateTime<Utc>) -> Result<Challenge> {
        let input = input.normalized();
        input.validate()?;
        let _guard = self.lock();
        let (actor, origin) = self.author()?;
        self.check_references(&input)?;
        let mut c = Challenge {
            id: ChallengeId::new(),
            meta: RecordMeta::new(origin, now),
            status: ChallengeStatus::Draft,
            title: String::new(),
            brief: String::new(),
            problem: String::new(),
            goals: Vec::new(),
            success_criteria: Vec::new(),
            assets_shared: Vec::new(),
            lessons: Vec::new(),
            constraints: Vec::new(),
            challenge_type: input.challenge_type,
            lead: String::new(),
            deadline: None,
            audience: Default::default(),
            rules: Default::default(),
            required_agreements: Vec::new(),
            incentives: Vec::new(),
            criteria: Vec::new(),
            risks: Vec::new(),
            decisions: Vec::new(),
        };
        c.apply(input);
        if c.lead.is_empty() {
            c.lead = actor.clone();
        }
        let summary = format!("Created challenge “{}”", c.title);
        self.save(&actor, now, &c, Action::Created, summary)?;
        Ok(c)
    }

    pub fn challenge(&self, id: ChallengeId) -> Result<Challenge> {
        self.get(id.key(), id)
    }

    /// Matching challenges, most recently updated first.
    pub fn challenges(&self, filter: &ChallengeFilter) -> Result<Vec<Challenge>> {
        let mut list: Vec<Challenge> = self.all()?;
        list.retain(|c| filter.matches(c));
        list.sort_by(|a, b| {
            b.meta
                .updated_at
                .cmp(&a.meta.updated_at)
                .then_with(|| a.title.to_lowercase().cmp(&b.title.to_lowercase()))
        });
        Ok(list)
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
        let input = input.normalized();
        input.validate()?;
        let _guard = self.lock();
        let (actor, _) = self.author()?;
        self.check_references(&input)?;
        let mut c = self.challenge(id)?;
        check_revision(KIND, expected_revision, c.meta.revision)?;
        check_not_archived(KIND, &c.meta)?;
        if c.input() == input {
            return Ok(c);
        }
        c.apply(input);
        // An open challenge must stay openable; later stages keep their history
        // (a passed deadline must not block recording a decision).
        if c.status == ChallengeStatus::Open {
            let problems = self.open_problems(&c, now)?;
            if !problems.is_empty() {
                return Err(Error::Validation(problems));
            }
        }
        c.meta.touch(now);
        let summary = format!("Edited challenge “{}”", c.title);
        self.save(&actor, now, &c, Action::Updated, summary)?;
        Ok(c)
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
        let (actor, _) = self.author()?;
        let mut c = self.challenge(id)?;
        check_revision(KIND, expected_revision, c.meta.revision)?;
        let from = c.status;
        if from == to {
            return Ok(c);
        }
        if !from.next().contains(&to) {
            let allowed: Vec<&str> = from.next().iter().map(|s| s.as_str()).collect();
            return Err(Error::Transition {
                message: if allowed.is_empty() {
                    format!("A {} challenge cannot change status.", from.as_str())
                } else {
                    format!(
                        "A {} challenge cannot become {}; it can become: {}.",
                        from.as_str(),
                        to.as_str(),
                        allowed.join(", ")
                    )
                },
                problems: vec![],
            });
        }
        if to == ChallengeStatus::Open {
            let problems: Vec<FieldError> = self.open_problems(&c, now)?;
            if !problems.is_empty() {
                let list: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
                return Err(Error::Transition {
                    message: format!("This challenge cannot open yet. {}", list.join(" ")),
                    problems,
                });
            }
        }
        if c.meta.archived {
            return Err(Error::Transition {
                message: "Restore this challenge from the archive before changing its status."
                    .into(),
                problems: vec![],
            });
        }
        c.status = to;
        c.meta.touch(now);
        let summary = format!(
            "Moved “{}” from {} to {}",
            c.title,
            from.as_str(),
            to.as_str()
        );
        self.save(&actor, now, &c, Action::StatusChanged, summary)?;
        Ok(c)
    }

    /// Archives (hides from lists) or restores a challenge.
    pub fn archive_challenge(
        &self,
        id: ChallengeId,
        archived: bool,
        now: DateTime<Utc>,
    ) -> Result<Challenge> {
        let _guard = self.lock();
        let (actor, _) = self.author()?;
        let c = self.challenge(id)?;
        self.set_archived(&actor, c, archived, now)
    }

    /// Everything that stops `c` from being open: [`Challenge::open_requirements`]
    /// plus every required agreement being published and not archived (else
    /// nobody could accept it).
    pub fn open_problems(&self, c: &Challenge, now: DateTime<Utc>) -> Result<Vec<FieldError>> {
        let mut problems = c.open_requirements(now);
        for (i, id) in c.required_agreements.iter().enumerate() {
            let a = self.agreement(*id)?;
            let field = format!("required_agreements.{i}");
            if a.meta.archived {
                problems.push(FieldError::new(
                    field,
                    "archived",
                    format!(
                        "The required agreement “{}” is archived; restore it or remove it.",
                        a.title
                    ),
                ));
            } else if a.versions.is_empty() {
                problems.push(FieldError::new(
                    field,
                    "unpublished",
                    format!("The required agreement “{}” has no published version for contributors to accept; publish it first.", a.title),
                ));
            }
        }
        Ok(problems)
    }

    /// Every agreement and invited contributor a challenge names must exist.
    fn check_references(&self, input: &ChallengeInput) -> Result<()> {
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

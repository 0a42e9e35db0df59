//! Sub-problems, questions, disputes, obligations, recognition and the
//! dashboard in the store.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Days, Utc};

use super::{
    check_not_archived, stored, Editable, IndexKeys, PageRequest, Put, Query, Store, Stored, T,
};
use crate::activity::{LogDraft, Verb};
use crate::contributor::{ContributorKind, F_EXPERTISE};
use crate::idea::{Idea, IdeaFilter, IdeaStage, Reviewer};
use crate::ids::{
    ChallengeId, ContributorId, DisputeId, ObligationId, QuestionId, RowId, SubProblemId,
};
use crate::record::{RecordKind, RecordMeta};
use crate::validation::FieldError;
use crate::work::*;
use crate::{Error, Result};

use super::index::{newest_first, oldest_first};

impl Stored for SubProblem {
    const TREE: T = T::SubProblems;
    const KIND: RecordKind = RecordKind::SubProblem;
    type Summary = SubProblem;
    stored!();
    fn label(&self) -> String {
        self.body.title.clone()
    }
    fn summary(&self) -> SubProblem {
        self.clone()
    }
    fn index(&self, ix: &mut IndexKeys) {
        ix.field(F_SP_CHALLENGE, &self.challenge.to_string());
        ix.field(F_SP_STATUS, self.status.as_str());
        for c in self.claimed_by.iter().chain(&self.body.assigned) {
            ix.field(F_SP_PERSON, &c.to_string());
        }
        ix.sort_by(&oldest_first(self.meta.created_at));
    }
}

impl Editable for SubProblem {
    type Body = SubProblemBody;
    fn body(&self) -> &SubProblemBody {
        &self.body
    }
    fn body_mut(&mut self) -> &mut SubProblemBody {
        &mut self.body
    }
}

impl Stored for Question {
    const TREE: T = T::Questions;
    const KIND: RecordKind = RecordKind::Question;
    type Summary = Question;
    stored!();
    fn label(&self) -> String {
        self.text.chars().take(80).collect()
    }
    fn summary(&self) -> Question {
        self.clone()
    }
    fn index(&self, ix: &mut IndexKeys) {
        ix.field(F_Q_CHALLENGE, &self.challenge.to_string());
        ix.field(
            F_Q_STATE,
            if self.answer.is_some() {
                "answered"
            } else {
                "open"
            },
        );
        ix.words(&self.text);
        ix.sort_by(&oldest_first(self.meta.created_at));
    }
}

impl Stored for Dispute {
    const TREE: T = T::Disputes;
    const KIND: RecordKind = RecordKind::Dispute;
    type Summary = Dispute;
    stored!();
    fn label(&self) -> String {
        self.text.chars().take(80).collect()
    }
    fn summary(&self) -> Dispute {
        self.clone()
    }
    fn index(&self, ix: &mut IndexKeys) {
        ix.field(F_D_CHALLENGE, &self.challenge.to_string());
        ix.field(
            F_D_STATE,
            if self.resolution.is_some() {
                "resolved"
            } else {
                "open"
            },
        );
        ix.sort_by(&newest_first(self.meta.created_at));
    }
}

impl Stored for Obligation {
    const TREE: T = T::Obligations;
    const KIND: RecordKind = RecordKind::Obligation;
    type Summary = Obligation;
    stored!();
    fn label(&self) -> String {
        self.description.clone()
    }
    fn summary(&self) -> Obligation {
        self.clone()
    }
    fn index(&self, ix: &mut IndexKeys) {
        ix.field(F_O_CHALLENGE, &self.challenge.to_string());
        ix.field(F_O_STATUS, self.status.as_str());
        ix.field(F_O_CONTRIBUTOR, &self.contributor.to_string());
        ix.field(F_O_IDEA, &self.idea.to_string());
        let mut sort = self.due.format("%Y%m%d").to_string().into_bytes();
        sort.extend_from_slice(self.id.to_string().as_bytes());
        ix.sort_by(&sort);
    }
}

fn bad(field: &str, code: &str, message: impl Into<String>) -> Error {
    Error::Validation(vec![FieldError::new(field, code, message)])
}

impl Store {
    fn by_field<R: Stored>(&self, fields: Vec<(u8, String)>) -> Result<Vec<R::Summary>> {
        let q = Query {
            fields,
            ..Query::default()
        };
        Ok(self.list::<R>(&q, PageRequest::all())?.items)
    }

    fn check_party(&self, who: Reviewer) -> Result<()> {
        match who {
            Reviewer::Contributor(id) => self.contributor(id).map(|_| ()),
            Reviewer::Person(id) => match self.person_name(id)? {
                Some(_) => Ok(()),
                None => Err(Error::not_found(
                    RecordKind::Workspace,
                    format!("person {id}"),
                )),
            },
        }
    }

    // ---- sub-problems ---------------------------------------------------------

    /// Adds a work package to a challenge (under `parent`, if given).
    pub fn create_sub_problem(
        &self,
        input: SubProblemInput,
        now: DateTime<Utc>,
    ) -> Result<SubProblem> {
        let challenge = input.challenge.ok_or_else(|| {
            bad(
                "challenge",
                "required",
                "Choose the challenge it belongs to.",
            )
        })?;
        let body = input.body.normalized();
        body.validate()?;
        let _guard = self.lock();
        let actor = self.actor()?;
        let c = self.challenge(challenge)?;
        check_not_archived(RecordKind::Challenge, &c.meta)?;
        if let Some(p) = input.parent {
            let parent = self.sub_problem(p)?;
            if parent.challenge != challenge {
                return Err(bad(
                    "parent",
                    "other_challenge",
                    "The parent belongs to another challenge.",
                ));
            }
        }
        for (i, a) in body.assigned.iter().enumerate() {
            if self.contributor(*a).is_err() {
                return Err(bad(
                    &format!("assigned.{i}"),
                    "unknown",
                    "This contributor does not exist.",
                ));
            }
        }
        let sp = SubProblem {
            id: SubProblemId::new(),
            meta: RecordMeta::new(actor.org, now),
            challenge,
            parent: input.parent,
            status: if body.assigned.is_empty() {
                SubProblemStatus::Open
            } else {
                SubProblemStatus::Claimed
            },
            body,
            claimed_by: vec![],
        };
        self.insert(&actor, now, &sp)?;
        Ok(sp)
    }

    pub fn sub_problem(&self, id: SubProblemId) -> Result<SubProblem> {
        self.get(id.key(), id)
    }

    pub fn find_sub_problem(&self, prefix: &str) -> Result<SubProblem> {
        let key = self.resolve::<SubProblem>(prefix)?;
        self.get(key, prefix)
    }

    pub fn update_sub_problem(
        &self,
        id: SubProblemId,
        expected_revision: Option<u64>,
        body: SubProblemBody,
        now: DateTime<Utc>,
    ) -> Result<SubProblem> {
        self.update::<SubProblem>(
            id,
            expected_revision,
            body,
            now,
            |_, _, _| Ok(()),
            |_, _| Ok(()),
        )
    }

    /// The challenge's sub-problems as a tree with rolled-up completion.
    pub fn sub_problems(&self, challenge: ChallengeId) -> Result<SubProblemTree> {
        Ok(roll_up(self.sub_problem_list(challenge)?))
    }

    /// The challenge's sub-problems, oldest first (parents before children).
    pub fn sub_problem_list(&self, challenge: ChallengeId) -> Result<Vec<SubProblem>> {
        self.by_field::<SubProblem>(vec![(F_SP_CHALLENGE, challenge.to_string())])
    }

    /// A contributor claims a sub-problem (an open one becomes claimed).
    pub fn claim_sub_problem(
        &self,
        id: SubProblemId,
        contributor: ContributorId,
        now: DateTime<Utc>,
    ) -> Result<SubProblem> {
        let _guard = self.lock();
        let actor = self.actor()?;
        let old = self.sub_problem(id)?;
        check_not_archived(RecordKind::SubProblem, &old.meta)?;
        let who = self.contributor(contributor)?;
        if matches!(
            old.status,
            SubProblemStatus::Done | SubProblemStatus::Dropped
        ) {
            return Err(Error::transition(
                "not_claimable",
                format!(
                    "“{}” is {}; it cannot be claimed.",
                    old.body.title, old.status
                ),
            )
            .with("title", &old.body.title)
            .with("status", old.status));
        }
        if old.claimed_by.contains(&contributor) {
            return Ok(old);
        }
        let mut sp = old.clone();
        sp.claimed_by.push(contributor);
        if sp.status == SubProblemStatus::Open {
            sp.status = SubProblemStatus::Claimed;
        }
        sp.meta.touch(now);
        let log = LogDraft::new(RecordKind::SubProblem, Verb::Claimed, sp.id)
            .with("label", sp.body.title.clone())
            .with("contributor", contributor.to_string())
            .with("contributor_name", who.body.name);
        self.save(&actor, now, Some(&old), &sp, log)?;
        Ok(sp)
    }

    /// Moves a sub-problem along open → claimed → in progress → done (or dropped).
    pub fn set_sub_problem_status(
        &self,
        id: SubProblemId,
        to: SubProblemStatus,
        now: DateTime<Utc>,
    ) -> Result<SubProblem> {
        let _guard = self.lock();
        let actor = self.actor()?;
        let old = self.sub_problem(id)?;
        self.check_own(RecordKind::SubProblem, &old.meta, &actor)?;
        check_not_archived(RecordKind::SubProblem, &old.meta)?;
        if old.status == to {
            return Ok(old);
        }
        super::check_move(
            RecordKind::SubProblem,
            ("become", "status"),
            old.status,
            to,
            old.status.next(),
        )?;
        let mut sp = old.clone();
        sp.status = to;
        sp.meta.touch(now);
        let log = LogDraft::new(RecordKind::SubProblem, Verb::StatusChanged, sp.id)
            .with("label", sp.body.title.clone())
            .with("from", old.status.as_str())
            .with("to", to.as_str());
        self.save(&actor, now, Some(&old), &sp, log)?;
        Ok(sp)
    }

    /// "Who could take this": contributors ranked by how many of the
    /// sub-problem's tags their expertise matches, then by their record (done
    /// sub-problems sharing a tag), then by name.
    pub fn candidates(&self, id: SubProblemId, limit: usize) -> Result<Vec<Candidate>> {
        let sp = self.sub_problem(id)?;
        let mut matches: HashMap<[u8; 16], Vec<String>> = HashMap::new();
        let kind = RecordKind::Contributor as u8;
        for tag in &sp.body.expertise {
            let key = super::index::field_key(kind, F_EXPERTISE, tag);
            if let Some(v) = self.tree(T::Postings).get(key)? {
                for k in super::index::posting_keys(&v) {
                    matches.entry(k).or_default().push(tag.clone());
                }
            }
        }
        let tags: HashSet<String> = sp.body.expertise.iter().map(|t| t.to_lowercase()).collect();
        let mut out = Vec::new();
        for (key, matching) in matches {
            let c: crate::contributor::Contributor = self.get(key, hex::encode(key))?;
            if c.meta.archived {
                continue;
            }
            let record = self
                .by_field::<SubProblem>(vec![
                    (F_SP_PERSON, c.id.to_string()),
                    (F_SP_STATUS, SubProblemStatus::Done.as_str().into()),
                ])?
                .iter()
                .filter(|d| {
                    d.id != sp.id
                        && d.body
                            .expertise
                            .iter()
                            .any(|t| tags.contains(&t.to_lowercase()))
                })
                .count();
            out.push(Candidate {
                contributor: c.id,
                name: c.body.name,
                kind: c.body.kind,
                matching,
                record,
            });
        }
        out.sort_by(|a, b| {
            b.matching
                .len()
                .cmp(&a.matching.len())
                .then(b.record.cmp(&a.record))
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        out.truncate(limit);
        Ok(out)
    }

    // ---- questions ------------------------------------------------------------

    /// A question on a challenge, asked by staff or recorded for a contributor.
    pub fn ask_question(
        &self,
        challenge: ChallengeId,
        asked_by: Reviewer,
        text: &str,
        now: DateTime<Utc>,
    ) -> Result<Question> {
        let text = text.trim();
        check_text("text", text)?;
        let _guard = self.lock();
        let actor = self.actor()?;
        let c = self.challenge(challenge)?;
        check_not_archived(RecordKind::Challenge, &c.meta)?;
        self.check_party(asked_by)?;
        if c.meta.origin != actor.org && matches!(asked_by, Reviewer::Person(_)) {
            // The sponsor only receives questions of the contributors it
            // addressed: ask on behalf of one of them.
            return Err(Error::refused(
                "ask_for_recipient",
                format!(
                    "“{}” came from another organization: ask on behalf of a contributor it was sent to.",
                    c.body.title
                ),
                vec![FieldError::new(
                    "asked_by",
                    "not_a_recipient",
                    "Choose the contributor the question is asked for.",
                )],
            )
            .with("title", &c.body.title));
        }
        let q = Question {
            id: QuestionId::new(),
            meta: RecordMeta::new(actor.org, now),
            challenge,
            asked_by,
            text: text.to_owned(),
            answer: None,
        };
        let log = LogDraft::new(RecordKind::Question, Verb::Created, q.id)
            .with("label", c.body.title.clone())
            .with("challenge", challenge.to_string());
        self.save(&actor, now, None, &q, log)?;
        Ok(q)
    }

    pub fn find_question(&self, prefix: &str) -> Result<Question> {
        let key = self.resolve::<Question>(prefix)?;
        self.get(key, prefix)
    }

    /// Answers (or re-answers) a question, public or internal.
    pub fn answer_question(
        &self,
        id: QuestionId,
        text: &str,
        public: bool,
        now: DateTime<Utc>,
    ) -> Result<Question> {
        let text = text.trim();
        check_text("text", text)?;
        let _guard = self.lock();
        let actor = self.actor()?;
        let old: Question = self.get(id.key(), id)?;
        // Answers are the sponsor's: refused on a challenge we received.
        let c = self.challenge(old.challenge)?;
        self.check_own(RecordKind::Challenge, &c.meta, &actor)?;
        let mut q = old.clone();
        q.answer = Some(Answer {
            text: text.to_owned(),
            by: actor.person,
            at: now,
            public,
        });
        q.meta.touch(now);
        let log = LogDraft::new(RecordKind::Question, Verb::Answered, q.id)
            .with("label", q.label())
            .with("public", public);
        self.save(&actor, now, Some(&old), &q, log)?;
        Ok(q)
    }

    /// A challenge's questions, oldest first.
    pub fn questions(&self, challenge: ChallengeId) -> Result<Vec<Question>> {
        self.by_field::<Question>(vec![(F_Q_CHALLENGE, challenge.to_string())])
    }

    // ---- disputes -------------------------------------------------------------

    pub fn raise_dispute(
        &self,
        challenge: ChallengeId,
        raised_by: Reviewer,
        about: Option<RecordRef>,
        text: &str,
        now: DateTime<Utc>,
    ) -> Result<Dispute> {
        let text = text.trim();
        check_text("text", text)?;
        let _guard = self.lock();
        let actor = self.actor()?;
        let c = self.challenge(challenge)?;
        self.check_party(raised_by)?;
        let d = Dispute {
            id: DisputeId::new(),
            meta: RecordMeta::new(actor.org, now),
            challenge,
            raised_by,
            about,
            text: text.to_owned(),
            notes: vec![],
            resolution: None,
        };
        let log = LogDraft::new(RecordKind::Dispute, Verb::Created, d.id)
            .with("label", c.body.title.clone())
            .with("challenge", challenge.to_string());
        self.save(&actor, now, None, &d, log)?;
        Ok(d)
    }

    pub fn find_dispute(&self, prefix: &str) -> Result<Dispute> {
        let key = self.resolve::<Dispute>(prefix)?;
        self.get(key, prefix)
    }

    /// Adds a note to an open dispute.
    pub fn add_dispute_note(
        &self,
        id: DisputeId,
        by: Reviewer,
        text: &str,
        now: DateTime<Utc>,
    ) -> Result<Dispute> {
        let text = text.trim();
        check_text("text", text)?;
        let _guard = self.lock();
        let actor = self.actor()?;
        self.check_party(by)?;
        let old: Dispute = self.get(id.key(), id)?;
        if old.resolution.is_some() {
            return Err(Error::transition(
                "dispute_resolved",
                "This dispute is resolved; raise a new one to reopen the matter.",
            ));
        }
        let mut d = old.clone();
        d.notes.push(DisputeNote {
            id: RowId::new(),
            by,
            at: now,
            text: text.to_owned(),
        });
        d.meta.touch(now);
        let log = LogDraft::new(RecordKind::Dispute, Verb::Updated, d.id)
            .with("label", d.label())
            .with("fields", vec!["notes"]);
        self.save(&actor, now, Some(&old), &d, log)?;
        Ok(d)
    }

    /// Resolves a dispute; the user of this copy is recorded as who decided.
    pub fn resolve_dispute(
        &self,
        id: DisputeId,
        resolution: &str,
        now: DateTime<Utc>,
    ) -> Result<Dispute> {
        let text = resolution.trim();
        check_text("resolution", text)?;
        let _guard = self.lock();
        let actor = self.actor()?;
        let old: Dispute = self.get(id.key(), id)?;
        if old.resolution.is_some() {
            return Err(Error::transition(
                "dispute_already_resolved",
                "This dispute is already resolved.",
            ));
        }
        let mut d = old.clone();
        d.resolution = Some(Resolution {
            text: text.to_owned(),
            decided_by: actor.person,
            at: now,
        });
        d.meta.touch(now);
        let log = LogDraft::new(RecordKind::Dispute, Verb::Resolved, d.id).with("label", d.label());
        self.save(&actor, now, Some(&old), &d, log)?;
        Ok(d)
    }

    /// A challenge's disputes, newest first.
    pub fn disputes(&self, challenge: ChallengeId) -> Result<Vec<Dispute>> {
        self.by_field::<Dispute>(vec![(F_D_CHALLENGE, challenge.to_string())])
    }

    // ---- obligations ----------------------------------------------------------

    /// The obligations selecting `idea` creates: one per challenge incentive
    /// per author, skipping those that already exist (re-selection).
    pub(crate) fn obligation_puts(&self, idea: &Idea, now: DateTime<Utc>) -> Result<Vec<Put>> {
        let c = self.challenge(idea.challenge)?;
        let existing = self.by_field::<Obligation>(vec![(F_O_IDEA, idea.id.to_string())])?;
        let org = self.require_workspace()?.organization.id;
        let due = now
            .date_naive()
            .checked_add_days(Days::new(OBLIGATION_DAYS))
            .unwrap_or(now.date_naive());
        let mut puts = Vec::new();
        for inc in &c.body.incentives {
            for author in &idea.body.authors {
                if existing
                    .iter()
                    .any(|o| o.incentive == inc.id && o.contributor == *author)
                {
                    continue;
                }
                let o = Obligation {
                    id: ObligationId::new(),
                    meta: RecordMeta::new(org, now),
                    challenge: c.id,
                    idea: idea.id,
                    incentive: inc.id,
                    kind: inc.kind,
                    description: inc.description.clone(),
                    contributor: *author,
                    due,
                    status: ObligationStatus::Outstanding,
                    settled_at: None,
                    settled_by: None,
                    note: String::new(),
                };
                let log = LogDraft::new(RecordKind::Obligation, Verb::Created, o.id)
                    .with("label", o.description.clone())
                    .with("idea", idea.id.to_string())
                    .with("contributor", author.to_string());
                puts.push(Put::record(None, &o, log)?);
            }
        }
        Ok(puts)
    }

    pub fn obligation(&self, id: ObligationId) -> Result<Obligation> {
        self.get(id.key(), id)
    }

    pub fn find_obligation(&self, prefix: &str) -> Result<Obligation> {
        let key = self.resolve::<Obligation>(prefix)?;
        self.get(key, prefix)
    }

    /// Obligations, soonest due first, optionally of one challenge,
    /// contributor or status.
    pub fn obligations(
        &self,
        challenge: Option<ChallengeId>,
        contributor: Option<ContributorId>,
        status: Option<ObligationStatus>,
    ) -> Result<Vec<Obligation>> {
        let mut fields = Vec::new();
        if let Some(c) = challenge {
            fields.push((F_O_CHALLENGE, c.to_string()));
        }
        if let Some(c) = contributor {
            fields.push((F_O_CONTRIBUTOR, c.to_string()));
        }
        if let Some(s) = status {
            fields.push((F_O_STATUS, s.as_str().to_owned()));
        }
        self.by_field::<Obligation>(fields)
    }

    /// Marks an obligation delivered (when, by whom, a note as evidence) or
    /// waived (the note is the reason, required).
    pub fn settle_obligation(
        &self,
        id: ObligationId,
        to: ObligationStatus,
        note: &str,
        now: DateTime<Utc>,
    ) -> Result<Obligation> {
        let note = note.trim();
        if to == ObligationStatus::Waived && note.is_empty() {
            return Err(bad(
                "note",
                "required",
                "Say why the promise is waived; the contributor is owed an explanation.",
            ));
        }
        let _guard = self.lock();
        let actor = self.actor()?;
        let old = self.obligation(id)?;
        if old.status != ObligationStatus::Outstanding {
            return Err(Error::transition(
                "obligation_settled",
                format!("This obligation is already {}.", old.status),
            )
            .with("status", old.status));
        }
        if to == ObligationStatus::Outstanding {
            return Ok(old);
        }
        let mut o = old.clone();
        o.status = to;
        o.settled_at = Some(now);
        o.settled_by = Some(actor.person);
        o.note = note.to_owned();
        o.meta.touch(now);
        let log = LogDraft::new(RecordKind::Obligation, Verb::StatusChanged, o.id)
            .with("label", o.description.clone())
            .with("from", old.status.as_str())
            .with("to", to.as_str());
        self.save(&actor, now, Some(&old), &o, log)?;
        Ok(o)
    }

    // ---- recognition ----------------------------------------------------------

    /// Recognition points per contributor from [`POINTS`], best first; only
    /// events at or after `since`, and only contributors of `kind`, if given.
    pub fn leaderboard(
        &self,
        since: Option<DateTime<Utc>>,
        kind: Option<ContributorKind>,
    ) -> Result<Vec<LeaderboardRow>> {
        let after = |t: DateTime<Utc>| since.is_none_or(|s| t >= s);
        let mut tally: HashMap<ContributorId, BTreeMap<&'static str, u32>> = HashMap::new();
        let mut add = |c: ContributorId, rule: &'static str| {
            *tally.entry(c).or_default().entry(rule).or_default() += points(rule);
        };
        for i in self
            .ideas(
                &IdeaFilter {
                    include_archived: true,
                    ..Default::default()
                },
                PageRequest::all(),
            )?
            .iter()
        {
            if i.merged_into.is_some() {
                continue;
            }
            for a in &i.authors {
                if after(i.created_at) {
                    add(*a, "idea_submitted");
                }
                if matches!(
                    i.stage,
                    IdeaStage::Selected | IdeaStage::Implementing | IdeaStage::Done
                ) && after(i.created_at)
                {
                    add(*a, "idea_selected");
                }
            }
        }
        for r in self
            .list::<crate::idea::Review>(&Query::default(), PageRequest::all())?
            .iter()
        {
            if let Reviewer::Contributor(c) = r.reviewer {
                if after(r.created_at) {
                    add(c, "review_written");
                }
            }
        }
        for q in self
            .list::<Question>(&Query::default(), PageRequest::all())?
            .iter()
        {
            if let (Reviewer::Contributor(c), Some(a)) = (q.asked_by, &q.answer) {
                if a.public && after(a.at) {
                    add(c, "question_answered_publicly");
                }
            }
        }
        for sp in self
            .list::<SubProblem>(
                &Query {
                    fields: vec![(F_SP_STATUS, SubProblemStatus::Done.as_str().into())],
                    ..Query::default()
                },
                PageRequest::all(),
            )?
            .iter()
        {
            if after(sp.meta.updated_at) {
                let people: HashSet<ContributorId> = sp
                    .claimed_by
                    .iter()
                    .chain(&sp.body.assigned)
                    .copied()
                    .collect();
                for c in people {
                    add(c, "sub_problem_done");
                }
            }
        }
        let mut rows = Vec::new();
        for (c, rules) in tally {
            let Ok(who) = self.contributor(c) else {
                continue;
            };
            if kind.is_some_and(|k| k != who.body.kind) {
                continue;
            }
            rows.push(LeaderboardRow {
                rank: 0,
                contributor: c,
                name: who.body.name,
                kind: who.body.kind,
                points: rules.values().sum(),
                by_rule: rules.into_iter().map(|(r, p)| (r.to_owned(), p)).collect(),
            });
        }
        rows.sort_by(|a, b| {
            b.points
                .cmp(&a.points)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        for (i, r) in rows.iter_mut().enumerate() {
            r.rank = i + 1;
        }
        Ok(rows)
    }

    // ---- dashboard ------------------------------------------------------------

    /// The portfolio: the dashboard of each challenge on a page of the
    /// challenge list (archived ones left out), in list order.
    pub fn portfolio(
        &self,
        page: PageRequest,
        now: DateTime<Utc>,
    ) -> Result<crate::store::Page<Dashboard>> {
        let list = self.challenges(&Default::default(), page)?;
        let mut items = Vec::with_capacity(list.len());
        for c in list.iter() {
            items.push(self.dashboard(c.id, now)?);
        }
        Ok(crate::store::Page {
            items,
            total: list.total,
            offset: list.offset,
            limit: list.limit,
        })
    }

    /// What a contributor gave (ideas, reviews, claims, questions) and
    /// received (obligations, points).
    pub fn contributions_of(&self, contributor: ContributorId) -> Result<Contributions> {
        let ideas = self
            .ideas(
                &IdeaFilter {
                    author: Some(contributor),
                    include_archived: true,
                    ..Default::default()
                },
                PageRequest::all(),
            )?
            .items;
        let q = Query {
            fields: vec![(
                crate::idea::F_REVIEW_REVIEWER,
                Reviewer::Contributor(contributor).to_string(),
            )],
            ..Query::default()
        };
        let reviews = self
            .list::<crate::idea::Review>(&q, PageRequest::new(0, 0))?
            .total;
        let claims = self.by_field::<SubProblem>(vec![(F_SP_PERSON, contributor.to_string())])?;
        let obligations = self.obligations(None, Some(contributor), None)?;
        let points = self
            .leaderboard(None, None)?
            .into_iter()
            .find(|r| r.contributor == contributor)
            .map_or(0, |r| r.points);
        Ok(Contributions {
            ideas,
            reviews,
            claims,
            obligations,
            points,
        })
    }

    /// Every number a challenge's dashboard shows, in one call.
    pub fn dashboard(&self, challenge: ChallengeId, now: DateTime<Utc>) -> Result<Dashboard> {
        let c = self.challenge(challenge)?;
        let ideas = self.ideas(
            &IdeaFilter {
                challenge: Some(challenge),
                ..Default::default()
            },
            PageRequest::all(),
        )?;
        let mut funnel: Vec<(IdeaStage, usize)> = IdeaStage::ALL.iter().map(|s| (*s, 0)).collect();
        let mut authors: HashSet<ContributorId> = HashSet::new();
        let mut count = 0;
        for i in ideas.iter().filter(|i| i.merged_into.is_none()) {
            count += 1;
            if let Some(f) = funnel.iter_mut().find(|(s, _)| *s == i.stage) {
                f.1 += 1;
            }
            authors.extend(i.authors.iter().copied());
        }
        let mut participants: BTreeMap<ContributorKind, usize> = BTreeMap::new();
        for a in authors {
            if let Ok(who) = self.contributor(a) {
                *participants.entry(who.body.kind).or_default() += 1;
            }
        }
        let tree = self.sub_problems(challenge)?;
        let open = |field: u8, cf: u8| Query {
            fields: vec![(cf, challenge.to_string()), (field, "open".to_owned())],
            ..Query::default()
        };
        let open_questions = self
            .list::<Question>(&open(F_Q_STATE, F_Q_CHALLENGE), PageRequest::new(0, 0))?
            .total;
        let open_disputes = self
            .list::<Dispute>(&open(F_D_STATE, F_D_CHALLENGE), PageRequest::new(0, 0))?
            .total;
        let mut obligations = ObligationCounts::default();
        for o in self.obligations(Some(challenge), None, None)? {
            match o.status {
                ObligationStatus::Outstanding => {
                    obligations.outstanding += 1;
                    if o.overdue(now.date_naive()) {
                        obligations.overdue += 1;
                    }
                }
                ObligationStatus::Delivered => obligations.delivered += 1,
                ObligationStatus::Waived => obligations.waived += 1,
            }
        }
        Ok(Dashboard {
            challenge,
            title: c.body.title.clone(),
            funnel,
            ideas: count,
            subproblems: SubProblemCounts {
                done: tree.done,
                total: tree.total,
                completion: tree.completion,
            },
            days_to_deadline: c.body.deadline.map(|d| (d - now.date_naive()).num_days()),
            participants: participants.into_iter().collect(),
            open_questions,
            open_disputes,
            obligations,
        })
    }
}

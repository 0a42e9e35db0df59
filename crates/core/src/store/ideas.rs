//! Ideas, reviews, comments and attachments in the store: who may
//! contribute, the stage pipeline, conflict-of-interest rules, merging and
//! ranking.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::{
    check_not_archived, check_revision, stored, Editable, IndexKeys, Page, PageRequest, Put, Query,
    Store, Stored, T,
};
use crate::activity::{LogDraft, Verb};
use crate::agreement::AcceptanceFilter;
use crate::challenge::{AudienceKind, Challenge, ChallengeStatus};
use crate::contributor::{Contributor, ContributorKind};
use crate::idea::{
    AcceptedVersion, Attachment, Comment, CommentInput, CriterionMean, Idea, IdeaBody, IdeaFilter,
    IdeaInput, IdeaStage, IdeaSummary, IdeaVersion, MergedNote, RankRow, Rejection, Review,
    ReviewInput, ReviewSummary, Reviewer, F_AUTHOR, F_CHALLENGE, F_COMMENT_IDEA,
    F_REVIEW_CHALLENGE, F_REVIEW_IDEA, F_STAGE, MAX_ATTACHMENT,
};
use crate::ids::{ChallengeId, CommentId, ContributorId, IdeaId, ReviewId};
use crate::record::{RecordKind, RecordMeta};
use crate::validation::{FieldError, MAX_LINE};
use crate::{Error, Result};

const KIND: RecordKind = RecordKind::Idea;

impl Stored for Idea {
    const TREE: T = T::Ideas;
    const KIND: RecordKind = KIND;
    type Summary = IdeaSummary;
    stored!();

    fn label(&self) -> String {
        self.body.title.clone()
    }

    fn summary(&self) -> IdeaSummary {
        IdeaSummary::of(self)
    }

    fn index(&self, ix: &mut IndexKeys) {
        ix.field(F_CHALLENGE, &self.challenge.to_string());
        ix.field(F_STAGE, self.stage.as_str());
        for a in &self.body.authors {
            ix.field(F_AUTHOR, &a.to_string());
        }
        ix.words(&self.body.title);
        ix.words(&self.body.summary);
        ix.words(&self.body.body);
        // Newest first.
        let mut sort = super::index::newest_first(self.meta.created_at).to_vec();
        sort.extend_from_slice(self.body.title.to_lowercase().as_bytes());
        ix.sort_by(&sort);
    }
}

impl Editable for Idea {
    type Body = IdeaBody;
    fn body(&self) -> &IdeaBody {
        &self.body
    }
    fn body_mut(&mut self) -> &mut IdeaBody {
        &mut self.body
    }
    /// Keeps the previous version readable and refreshes the fingerprint.
    fn edited(&mut self, old: &Self, now: DateTime<Utc>) {
        self.history.push(IdeaVersion {
            revision: old.meta.revision,
            saved_at: now,
            content_hash: old.content_hash.clone(),
            body: old.body.clone(),
        });
        self.content_hash = self.body.content_hash();
    }
}

impl Stored for Review {
    const TREE: T = T::Reviews;
    const KIND: RecordKind = RecordKind::Review;
    type Summary = ReviewSummary;
    stored!();

    fn label(&self) -> String {
        self.reviewer.to_string()
    }

    fn summary(&self) -> ReviewSummary {
        ReviewSummary {
            id: self.id,
            idea: self.idea,
            reviewer: self.reviewer,
            scores: self.scores.clone(),
            created_at: self.meta.created_at,
        }
    }

    fn index(&self, ix: &mut IndexKeys) {
        ix.field(F_REVIEW_IDEA, &self.idea.to_string());
        ix.field(F_REVIEW_CHALLENGE, &self.challenge.to_string());
        ix.field(crate::idea::F_REVIEW_REVIEWER, &self.reviewer.to_string());
        ix.sort_by(&super::index::oldest_first(self.meta.created_at));
    }
}

impl Stored for Comment {
    const TREE: T = T::Comments;
    const KIND: RecordKind = RecordKind::Comment;
    type Summary = Comment;
    stored!();

    fn label(&self) -> String {
        self.text.chars().take(80).collect()
    }

    fn summary(&self) -> Comment {
        self.clone()
    }

    fn index(&self, ix: &mut IndexKeys) {
        ix.field(F_COMMENT_IDEA, &self.idea.to_string());
        // Oldest first: a conversation reads top down.
        ix.sort_by(&super::index::oldest_first(self.meta.created_at));
    }
}

impl Store {
    // ---- attachments ------------------------------------------------------

    /// Stores a file's bytes once under their SHA-256 (a file already stored
    /// is not stored again) and returns the reference an idea keeps.
    pub fn add_attachment(&self, name: &str, bytes: &[u8]) -> Result<Attachment> {
        self.add_attachment_limited(name, bytes, MAX_ATTACHMENT)
    }

    pub fn add_attachment_limited(
        &self,
        name: &str,
        bytes: &[u8],
        limit: u64,
    ) -> Result<Attachment> {
        let name = std::path::Path::new(name.trim())
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let size = bytes.len() as u64;
        crate::idea::check_attachment_size(&name, size, limit)?;
        if name.is_empty() {
            return Err(Error::Validation(vec![FieldError::new(
                "attachments",
                "required",
                "An attachment needs a file name.",
            )]));
        }
        let sha256 = hex::encode(Sha256::digest(bytes));
        let blobs = self.tree(T::Blobs);
        if !blobs.contains_key(sha256.as_bytes())? {
            self.check_space(size)?;
            blobs.insert(sha256.as_bytes(), bytes)?;
            self.db.flush()?;
        }
        Ok(Attachment { name, sha256, size })
    }

    /// The bytes of a stored attachment.
    pub fn attachment_bytes(&self, sha256: &str) -> Result<Vec<u8>> {
        self.tree(T::Blobs)
            .get(sha256.as_bytes())?
            .map(|v| v.to_vec())
            .ok_or_else(|| Error::NotFound {
                kind: KIND,
                id: format!("attachment {sha256}"),
            })
    }

    // ---- who may contribute -----------------------------------------------

    /// Why the authors may not contribute to `c` now (empty: they may), each
    /// problem saying who must do what; and the agreement versions they
    /// accepted, for the idea to record.
    pub fn contribution_problems(
        &self,
        c: &Challenge,
        authors: &[ContributorId],
    ) -> Result<(Vec<FieldError>, Vec<AcceptedVersion>)> {
        self.contribution_problems_with(c, authors, &[], &[])
    }

    /// The same gate, counting `extra` acceptances (from a bundle being
    /// imported) as if they were stored; authors the bundle carries but the
    /// workspace does not yet hold are checked by the import itself.
    pub(crate) fn contribution_problems_with(
        &self,
        c: &Challenge,
        authors: &[ContributorId],
        extra: &[crate::agreement::Acceptance],
        extra_people: &[crate::contributor::Contributor],
    ) -> Result<(Vec<FieldError>, Vec<AcceptedVersion>)> {
        let mut problems = Vec::new();
        let mut accepted = Vec::new();
        if c.status != ChallengeStatus::Open {
            problems.push(
                FieldError::new(
                    "challenge",
                    "not_open",
                    format!(
                        "“{}” is {}, not open: it takes no contributions now.",
                        c.body.title, c.status
                    ),
                )
                .with("title", &c.body.title)
                .with("status", c.status),
            );
            return Ok((problems, accepted));
        }
        for (i, id) in authors.iter().enumerate() {
            let field = format!("authors.{i}");
            let found = extra_people
                .iter()
                .find(|p| p.id == *id)
                .cloned()
                .or_else(|| self.contributor(*id).ok());
            let Some(a) = found else {
                problems.push(FieldError::new(
                    &field,
                    "unknown",
                    "This contributor does not exist in the workspace.",
                ));
                continue;
            };
            if a.meta.archived {
                problems.push(
                    FieldError::new(
                        &field,
                        "archived",
                        format!("{} is archived; restore them first.", a.body.name),
                    )
                    .with("name", &a.body.name),
                );
                continue;
            }
            let name = &a.body.name;
            match c.body.audience.kind {
                AudienceKind::InternalOnly if a.body.kind != ContributorKind::Employee => {
                    problems.push(
                        FieldError::new(
                            &field,
                            "not_invited",
                            format!("“{}” is internal only and {name} is not an employee. Invite them (audience: invited) or open the challenge.", c.body.title),
                        )
                        .with("case", "internal_only")
                        .with("title", &c.body.title)
                        .with("name", name),
                    );
                }
                AudienceKind::Invited => {
                    let invited = c.body.audience.contributors.contains(id)
                        || a.body.groups.iter().any(|g| {
                            c.body
                                .audience
                                .groups
                                .iter()
                                .any(|x| x.eq_ignore_ascii_case(g))
                        });
                    if !invited {
                        problems.push(
                            FieldError::new(
                                &field,
                                "not_invited",
                                format!("{name} is not among the invited contributors or groups of “{}”. Invite them on the challenge first.", c.body.title),
                            )
                            .with("case", "invited")
                            .with("title", &c.body.title)
                            .with("name", name),
                        );
                    }
                }
                _ => {}
            }
            for agreement in &c.body.required_agreements {
                let ag = self.agreement(*agreement)?;
                let Some(latest) = ag.latest() else {
                    problems.push(
                        FieldError::new(
                            &field,
                            "unpublished",
                            format!(
                                "The required agreement “{}” is not published yet.",
                                ag.body.title
                            ),
                        )
                        .with("case", "author")
                        .with("title", &ag.body.title),
                    );
                    continue;
                };
                let mut mine = self.acceptances(&AcceptanceFilter {
                    agreement: Some(*agreement),
                    contributor: Some(*id),
                })?;
                mine.extend(
                    extra
                        .iter()
                        .filter(|x| x.agreement == *agreement && x.contributor == *id)
                        .cloned(),
                );
                if mine.iter().any(|x| x.version_sha256 == latest.sha256) {
                    accepted.push(AcceptedVersion {
                        contributor: *id,
                        agreement: *agreement,
                        version: latest.number,
                        sha256: latest.sha256.clone(),
                    });
                } else if let Some(old) = mine.iter().map(|x| x.version).max() {
                    problems.push(
                        FieldError::new(
                            &field,
                            "outdated_acceptance",
                            format!("{name} accepted “{}” v{old}, but v{} is now published: record {name}'s acceptance of “{}” v{} first.", ag.body.title, latest.number, ag.body.title, latest.number),
                        )
                        .with("name", name)
                        .with("title", &ag.body.title)
                        .with("old", old)
                        .with("version", latest.number),
                    );
                } else {
                    problems.push(
                        FieldError::new(
                            &field,
                            "missing_acceptance",
                            format!("Record {name}'s acceptance of “{}” v{} first: the challenge requires it.", ag.body.title, latest.number),
                        )
                        .with("name", name)
                        .with("title", &ag.body.title)
                        .with("version", latest.number),
                    );
                }
            }
        }
        Ok((problems, accepted))
    }

    // ---- ideas --------------------------------------------------------------

    /// Records an idea on a challenge: by staff on behalf of contributors,
    /// by employees, or (later) from a partner's bundle. Refused unless the
    /// challenge is open and every author may contribute.
    pub fn create_idea(&self, input: IdeaInput, now: DateTime<Utc>) -> Result<Idea> {
        let Some(challenge) = input.challenge else {
            return Err(Error::Validation(vec![FieldError::new(
                "challenge",
                "required",
                "Choose the challenge this idea answers.",
            )]));
        };
        let body = input.body.normalized();
        body.validate()?;
        let _guard = self.lock();
        let actor = self.actor()?;
        let c = self.challenge(challenge)?;
        check_not_archived(RecordKind::Challenge, &c.meta)?;
        self.check_attachments(&body)?;
        let (problems, accepted_versions) = self.contribution_problems(&c, &body.authors)?;
        if !problems.is_empty() {
            let first = problems
                .first()
                .map(|p| p.message.clone())
                .unwrap_or_default();
            return Err(Error::refused(
                "idea_not_recordable",
                format!("This idea cannot be recorded yet. {first}"),
                problems,
            ));
        }
        let idea = Idea {
            id: IdeaId::new(),
            meta: RecordMeta::new(actor.org, now),
            challenge,
            stage: IdeaStage::Submitted,
            content_hash: body.content_hash(),
            body,
            accepted_versions,
            rejection: None,
            merged_into: None,
            merged_from: Vec::new(),
            merged_notes: Vec::new(),
            history: Vec::new(),
        };
        self.insert(&actor, now, &idea)?;
        Ok(idea)
    }

    fn check_attachments(&self, body: &IdeaBody) -> Result<()> {
        let mut problems = Vec::new();
        for (i, a) in body.attachments.iter().enumerate() {
            if !self.tree(T::Blobs).contains_key(a.sha256.as_bytes())? {
                problems.push(
                    FieldError::new(
                        format!("attachments.{i}"),
                        "unknown",
                        format!(
                            "The file “{}” is not stored in this workspace; attach it again.",
                            a.name
                        ),
                    )
                    .with("name", &a.name),
                );
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Validation(problems))
        }
    }

    pub fn idea(&self, id: IdeaId) -> Result<Idea> {
        self.get(id.key(), id)
    }

    /// The idea whose id is or starts with `prefix` (8+ hex digits).
    pub fn find_idea(&self, prefix: &str) -> Result<Idea> {
        let key = self.resolve::<Idea>(prefix)?;
        self.get(key, prefix)
    }

    /// A page of matching ideas, newest first.
    pub fn ideas(&self, filter: &IdeaFilter, page: PageRequest) -> Result<Page<IdeaSummary>> {
        let mut q = Query {
            text: filter.text.clone(),
            include_archived: filter.include_archived,
            ..Query::default()
        };
        if let Some(c) = filter.challenge {
            q.fields.push((F_CHALLENGE, c.to_string()));
        }
        if let Some(s) = filter.stage {
            q.fields.push((F_STAGE, s.as_str().into()));
        }
        if let Some(a) = filter.author {
            q.fields.push((F_AUTHOR, a.to_string()));
        }
        self.list::<Idea>(&q, page)
    }

    /// Edits an idea; the previous version stays in its history. Authors
    /// added by the edit must be allowed to contribute, like new ideas.
    pub fn update_idea(
        &self,
        id: IdeaId,
        expected_revision: Option<u64>,
        body: IdeaBody,
        now: DateTime<Utc>,
    ) -> Result<Idea> {
        self.update::<Idea>(
            id,
            expected_revision,
            body,
            now,
            |store, old, body| {
                if let Some(into) = old.merged_into {
                    return Err(Error::transition(
                        "merged_edit",
                        format!("This idea was merged into {into}; edit that one instead."),
                    )
                    .with("into", into));
                }
                store.check_attachments(body)?;
                let added: Vec<ContributorId> = body
                    .authors
                    .iter()
                    .filter(|a| !old.body.authors.contains(a))
                    .copied()
                    .collect();
                if !added.is_empty() {
                    let c = store.challenge(old.challenge)?;
                    let (problems, _) = store.contribution_problems(&c, &added)?;
                    if !problems.is_empty() {
                        let first = problems
                            .first()
                            .map(|p| p.message.clone())
                            .unwrap_or_default();
                        return Err(Error::refused(
                            "coauthor_not_addable",
                            format!("A new co-author cannot be added yet. {first}"),
                            problems,
                        ));
                    }
                }
                Ok(())
            },
            |_, _| Ok(()),
        )
    }

    /// Moves an idea along the pipeline. A rejection needs a reason; with
    /// `share_as_lesson` the reason joins the challenge's lessons ("what did
    /// not work") in the same transaction.
    pub fn set_idea_stage(
        &self,
        id: IdeaId,
        expected_revision: Option<u64>,
        to: IdeaStage,
        reason: Option<String>,
        share_as_lesson: bool,
        now: DateTime<Utc>,
    ) -> Result<Idea> {
        let _guard = self.lock();
        let actor = self.actor()?;
        let old = self.idea(id)?;
        check_revision(KIND, expected_revision, old.meta.revision)?;
        check_not_archived(KIND, &old.meta)?;
        // The stage is the sponsor's: refused on a partner's challenge.
        let c = self.challenge(old.challenge)?;
        self.check_own(RecordKind::Challenge, &c.meta, &actor)?;
        if let Some(into) = old.merged_into {
            return Err(Error::transition(
                "merged_stage",
                format!("This idea was merged into {into}; its stage no longer changes."),
            )
            .with("into", into));
        }
        let from = old.stage;
        if from == to {
            return Ok(old);
        }
        super::check_move(KIND, ("move to", "stage"), from, to, from.next())?;
        let reason = reason
            .map(|r| r.trim().to_owned())
            .filter(|r| !r.is_empty());
        let mut idea = old.clone();
        let mut puts = Vec::new();
        if to == IdeaStage::Rejected {
            let Some(reason) = reason.clone() else {
                return Err(Error::Validation(vec![FieldError::new(
                    "reason",
                    "required",
                    "Say why the idea is rejected; contributors are told, and it can be shared as a lesson.",
                )]));
            };
            if reason.chars().count() > MAX_LINE {
                return Err(Error::Validation(vec![FieldError::new(
                    "reason",
                    "too_long",
                    format!("At most {MAX_LINE} characters."),
                )
                .with("max", MAX_LINE)]));
            }
            idea.rejection = Some(Rejection {
                reason: reason.clone(),
                share_as_lesson,
            });
            if share_as_lesson {
                let c_old = self.challenge(idea.challenge)?;
                check_not_archived(RecordKind::Challenge, &c_old.meta)?;
                let mut c = c_old.clone();
                c.body
                    .lessons
                    .push(format!("{} — {reason}", idea.body.title));
                c.meta.touch(now);
                let log = LogDraft::new(RecordKind::Challenge, Verb::Updated, c.id)
                    .with("label", c.body.title.clone())
                    .with("fields", vec!["lessons"])
                    .with("lesson_from_idea", idea.id.to_string());
                puts.push(Put::record(Some(&c_old), &c, log)?);
            }
        } else {
            idea.rejection = None;
        }
        idea.stage = to;
        idea.meta.touch(now);
        let mut log = LogDraft::new(KIND, Verb::StatusChanged, idea.id)
            .with("label", idea.body.title.clone())
            .with("from", from.as_str())
            .with("to", to.as_str());
        if let Some(r) = &reason {
            log = log.with("reason", r.clone());
        }
        if share_as_lesson && to == IdeaStage::Rejected {
            log = log.with("share_as_lesson", true);
        }
        puts.insert(0, Put::record(Some(&old), &idea, log)?);
        if to == IdeaStage::Selected {
            // Every promised incentive becomes an obligation to each author.
            puts.extend(self.obligation_puts(&idea, now)?);
        }
        self.commit(&actor, now, puts, vec![])?;
        Ok(idea)
    }

    /// Merges duplicate idea `from` into `into`: `into` credits both ideas'
    /// authors and keeps the notes of `from`'s reviews as history; `from`'s
    /// comments move to `into`; `from` stays readable as "merged into". One
    /// transaction, logged on both.
    pub fn merge_idea(&self, from: IdeaId, into: IdeaId, now: DateTime<Utc>) -> Result<Idea> {
        let _guard = self.lock();
        let actor = self.actor()?;
        if from == into {
            return Err(Error::Validation(vec![FieldError::new(
                "into",
                "same",
                "An idea cannot be merged into itself.",
            )]));
        }
        let b_old = self.idea(from)?;
        let a_old = self.idea(into)?;
        for i in [&a_old, &b_old] {
            check_not_archived(KIND, &i.meta)?;
            if let Some(m) = i.merged_into {
                return Err(Error::transition(
                    "already_merged",
                    format!("“{}” was already merged into {m}.", i.body.title),
                )
                .with("title", &i.body.title)
                .with("into", m));
            }
        }
        if a_old.challenge != b_old.challenge {
            return Err(Error::transition(
                "merge_other_challenge",
                "Only ideas on the same challenge can be merged.",
            ));
        }
        let mut a = a_old.clone();
        let mut b = b_old.clone();
        let before = a.body.clone();
        for author in &b.body.authors {
            if !a.body.authors.contains(author) {
                a.body.authors.push(*author);
            }
        }
        a.merged_from.push(b.id);
        for r in self.reviews_of(b.id)? {
            if !r.note.trim().is_empty() {
                a.merged_notes.push(MergedNote {
                    from: b.id,
                    reviewer: r.reviewer,
                    note: r.note,
                });
            }
        }
        if a.body != before {
            a.edited(&a_old, now);
        }
        a.meta.touch(now);
        b.merged_into = Some(a.id);
        b.meta.touch(now);
        let mut puts = vec![
            Put::record(
                Some(&a_old),
                &a,
                LogDraft::new(KIND, Verb::Merged, a.id)
                    .with("label", a.body.title.clone())
                    .with("from", b.id.to_string())
                    .with("from_label", b.body.title.clone()),
            )?,
            Put::record(
                Some(&b_old),
                &b,
                LogDraft::new(KIND, Verb::MergedInto, b.id)
                    .with("label", b.body.title.clone())
                    .with("into", a.id.to_string())
                    .with("into_label", a.body.title.clone()),
            )?,
        ];
        for c_old in self.comments_of(b.id)? {
            let mut c = c_old.clone();
            c.idea = a.id;
            c.moved_from = Some(b.id);
            c.meta.touch(now);
            let log = LogDraft::new(RecordKind::Comment, Verb::Moved, c.id)
                .with("label", c.label())
                .with("from", b.id.to_string())
                .with("to", a.id.to_string());
            puts.push(Put::record(Some(&c_old), &c, log)?);
        }
        self.commit(&actor, now, puts, vec![])?;
        Ok(a)
    }

    /// Archives an idea.
    pub fn archive_idea(&self, id: IdeaId, now: DateTime<Utc>) -> Result<Idea> {
        self.archive(id, now)
    }

    /// Restores an archived idea.
    pub fn restore_idea(&self, id: IdeaId, now: DateTime<Utc>) -> Result<Idea> {
        self.restore(id, now)
    }

    /// The name of a person of this organization or of a contributor, for
    /// display; the id when it is unknown here.
    pub fn party_name(&self, who: Reviewer) -> String {
        match who {
            Reviewer::Person(p) => self
                .person_name(p)
                .ok()
                .flatten()
                .unwrap_or_else(|| p.to_string()),
            Reviewer::Contributor(c) => self
                .contributor(c)
                .map_or_else(|_| c.to_string(), |x| x.body.name),
        }
    }

    // ---- reviews ------------------------------------------------------------

    /// Why `reviewer` may not review `idea` (conflict of interest, as the
    /// `reviewer` field's problem), or `None`.
    pub fn review_conflict(&self, reviewer: Reviewer, idea: &Idea) -> Result<Option<FieldError>> {
        let conflict = |case: &str, message: String| {
            FieldError::new("reviewer", "conflict_of_interest", message).with("case", case)
        };
        let authors: Vec<Contributor> = idea
            .body
            .authors
            .iter()
            .filter_map(|a| self.contributor(*a).ok())
            .collect();
        match reviewer {
            Reviewer::Contributor(id) => {
                let me = self.contributor(id)?;
                if let Some(a) = authors.iter().find(|a| a.id == id) {
                    return Ok(Some(
                        conflict(
                            "own_idea",
                            format!(
                                "{} is an author of “{}” and cannot review their own idea.",
                                a.body.name, idea.body.title
                            ),
                        )
                        .with("name", &a.body.name)
                        .with("title", &idea.body.title),
                    ));
                }
                let mine = me.body.affiliation.trim();
                if !mine.is_empty() {
                    if let Some(a) = authors
                        .iter()
                        .find(|a| a.body.affiliation.trim().eq_ignore_ascii_case(mine))
                    {
                        return Ok(Some(
                            conflict(
                                "affiliation",
                                format!(
                                    "{} shares an affiliation ({mine}) with the author {}: conflict of interest.",
                                    me.body.name, a.body.name
                                ),
                            )
                            .with("name", &me.body.name)
                            .with("affiliation", mine)
                            .with("author", &a.body.name),
                        ));
                    }
                }
                if let Some(a) = authors
                    .iter()
                    .find(|a| me.body.conflicts.contains(&a.id) || a.body.conflicts.contains(&id))
                {
                    return Ok(Some(
                        conflict(
                            "declared",
                            format!(
                                "A conflict of interest between {} and the author {} is declared.",
                                me.body.name, a.body.name
                            ),
                        )
                        .with("name", &me.body.name)
                        .with("author", &a.body.name),
                    ));
                }
            }
            Reviewer::Person(id) => {
                let ws = self.require_workspace()?;
                let Some(p) = ws.organization.people.iter().find(|p| p.id == id) else {
                    return Err(Error::not_found(
                        RecordKind::Workspace,
                        format!("person {id}"),
                    ));
                };
                if let Some(a) = authors.iter().find(|a| p.conflicts.contains(&a.id)) {
                    return Ok(Some(
                        conflict(
                            "declared",
                            format!(
                                "{} declared a conflict of interest with the author {}.",
                                p.name, a.body.name
                            ),
                        )
                        .with("name", &p.name)
                        .with("author", &a.body.name),
                    ));
                }
            }
        }
        Ok(None)
    }

    /// Records (or replaces) a reviewer's scores of an idea.
    pub fn add_review(&self, input: ReviewInput, now: DateTime<Utc>) -> Result<Review> {
        let _guard = self.lock();
        let actor = self.actor()?;
        let idea = self.idea(input.idea)?;
        check_not_archived(KIND, &idea.meta)?;
        if idea.merged_into.is_some() {
            return Err(Error::transition(
                "merged_review",
                "This idea was merged into another; review that one.",
            ));
        }
        if matches!(idea.stage, IdeaStage::Rejected | IdeaStage::Done) {
            return Err(Error::transition(
                "not_reviewed",
                format!("A {} idea is no longer reviewed.", idea.stage),
            )
            .with("stage", idea.stage));
        }
        let c = self.challenge(idea.challenge)?;
        let mut input = input;
        input.note = input.note.trim().to_owned();
        input.validate(&c)?;
        if let Some(problem) = self.review_conflict(input.reviewer, &idea)? {
            return Err(Error::refused(
                "conflict_of_interest",
                format!("Conflict of interest: {}", problem.message),
                vec![problem],
            ));
        }
        let existing = self
            .reviews_of(idea.id)?
            .into_iter()
            .find(|r| r.reviewer == input.reviewer);
        let (old, review) = match existing {
            Some(old) => {
                let mut r = old.clone();
                r.scores = input.scores;
                r.note = input.note;
                r.blind = c.body.blind_review;
                r.meta.touch(now);
                (Some(old), r)
            }
            None => (
                None,
                Review {
                    id: ReviewId::new(),
                    meta: RecordMeta::new(actor.org, now),
                    idea: idea.id,
                    challenge: idea.challenge,
                    reviewer: input.reviewer,
                    scores: input.scores,
                    note: input.note,
                    blind: c.body.blind_review,
                },
            ),
        };
        if old
            .as_ref()
            .is_some_and(|o| o.scores == review.scores && o.note == review.note)
        {
            return Ok(review);
        }
        let verb = if old.is_some() {
            Verb::Updated
        } else {
            Verb::Created
        };
        let log = LogDraft::new(RecordKind::Review, verb, review.id)
            .with("label", idea.body.title.clone())
            .with("idea", idea.id.to_string())
            .with("scores", review.scores.len());
        self.save(&actor, now, old.as_ref(), &review, log)?;
        Ok(review)
    }

    /// Every review of an idea, oldest first.
    pub fn reviews_of(&self, idea: IdeaId) -> Result<Vec<Review>> {
        let q = Query {
            fields: vec![(F_REVIEW_IDEA, idea.to_string())],
            ..Query::default()
        };
        self.list::<Review>(&q, PageRequest::all())?
            .items
            .into_iter()
            .map(|r| self.get::<Review>(r.id.key(), r.id))
            .collect()
    }

    /// A challenge's ideas ranked by weighted score, best first (ideas
    /// nobody scored last; merged and archived ideas left out).
    pub fn rank(&self, challenge: ChallengeId) -> Result<Vec<RankRow>> {
        let c = self.challenge(challenge)?;
        let ideas = self.ideas(
            &IdeaFilter {
                challenge: Some(challenge),
                ..Default::default()
            },
            PageRequest::all(),
        )?;
        let q = Query {
            fields: vec![(F_REVIEW_CHALLENGE, challenge.to_string())],
            ..Query::default()
        };
        let reviews = self.list::<Review>(&q, PageRequest::all())?;
        let mut by_idea: HashMap<IdeaId, Vec<&ReviewSummary>> = HashMap::new();
        for r in reviews.iter() {
            by_idea.entry(r.idea).or_default().push(r);
        }
        let mut rows: Vec<RankRow> = ideas
            .items
            .into_iter()
            .filter(|i| i.merged_into.is_none())
            .map(|i| {
                let mine = by_idea.get(&i.id).map(Vec::as_slice).unwrap_or_default();
                let criteria = c
                    .body
                    .criteria
                    .iter()
                    .map(|cr| {
                        let scores: Vec<i64> = mine
                            .iter()
                            .flat_map(|r| r.scores.iter())
                            .filter(|s| s.criterion == cr.id)
                            .map(|s| s.score)
                            .collect();
                        CriterionMean {
                            criterion: cr.id,
                            mean: (!scores.is_empty())
                                .then(|| scores.iter().sum::<i64>() as f64 / scores.len() as f64),
                        }
                    })
                    .collect();
                RankRow {
                    rank: 0,
                    id: i.id,
                    title: i.title,
                    stage: i.stage,
                    weighted_score: crate::idea::weighted_score(
                        &c,
                        mine.iter().map(|r| r.scores.as_slice()),
                    ),
                    reviews: mine.len(),
                    criteria,
                }
            })
            .collect();
        rows.sort_by(|a, b| {
            let (x, y) = (
                a.weighted_score.unwrap_or(-1.0),
                b.weighted_score.unwrap_or(-1.0),
            );
            y.total_cmp(&x)
                .then(b.reviews.cmp(&a.reviews))
                .then_with(|| a.title.to_lowercase().cmp(&b.title.to_lowercase()))
        });
        for (i, r) in rows.iter_mut().enumerate() {
            r.rank = i + 1;
        }
        Ok(rows)
    }

    // ---- comments -----------------------------------------------------------

    /// Adds a comment (or a reply to a top-level comment) on an idea.
    pub fn add_comment(&self, input: CommentInput, now: DateTime<Utc>) -> Result<Comment> {
        let mut input = input;
        input.text = input.text.trim().to_owned();
        input.validate()?;
        let _guard = self.lock();
        let actor = self.actor()?;
        let idea = self.idea(input.idea)?;
        check_not_archived(KIND, &idea.meta)?;
        if let Some(p) = input.parent {
            let parent: Comment = self.get(p.key(), p)?;
            if parent.idea != idea.id {
                return Err(Error::Validation(vec![FieldError::new(
                    "parent",
                    "unknown",
                    "Reply to a comment on the same idea.",
                )]));
            }
            if parent.parent.is_some() {
                return Err(Error::Validation(vec![FieldError::new(
                    "parent",
                    "too_deep",
                    "Replies go one level deep: reply to the comment that started the thread.",
                )]));
            }
        }
        match input.author {
            Reviewer::Contributor(id) => {
                self.contributor(id)?;
            }
            Reviewer::Person(id) => {
                if self.person_name(id)?.is_none() {
                    return Err(Error::not_found(
                        RecordKind::Workspace,
                        format!("person {id}"),
                    ));
                }
            }
        }
        let comment = Comment {
            id: CommentId::new(),
            meta: RecordMeta::new(actor.org, now),
            idea: idea.id,
            parent: input.parent,
            author: input.author,
            text: input.text,
            moved_from: None,
        };
        let log = LogDraft::new(RecordKind::Comment, Verb::Created, comment.id)
            .with("label", idea.body.title.clone())
            .with("idea", idea.id.to_string());
        self.save(&actor, now, None, &comment, log)?;
        Ok(comment)
    }

    /// An idea's comments, oldest first.
    pub fn comments_of(&self, idea: IdeaId) -> Result<Vec<Comment>> {
        let q = Query {
            fields: vec![(F_COMMENT_IDEA, idea.to_string())],
            ..Query::default()
        };
        Ok(self.list::<Comment>(&q, PageRequest::all())?.items)
    }
}

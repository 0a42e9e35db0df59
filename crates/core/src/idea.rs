//! Ideas (contributions to a challenge), the reviews that score them against
//! the challenge's weighted criteria, and comments.
//!
//! An idea's **content hash** is the SHA-256 of a canonical form of its
//! title, summary, body, authors and attachment hashes: its fingerprint.
//! Edits keep history (earlier versions with their hashes stay readable).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::challenge::Challenge;
use crate::ids::{ChallengeId, CommentId, ContributorId, IdeaId, PersonId, ReviewId, RowId};
use crate::record::RecordMeta;
use crate::validation::{FieldError, Validator, MAX_LINE, MAX_TEXT, MAX_TITLE};
use crate::Result;

/// Largest attachment accepted by default: 25 MB.
pub const MAX_ATTACHMENT: u64 = 25 * 1024 * 1024;
/// Refuses a file larger than `limit` bytes, naming it. Shells call it with
/// the size on disk before reading a file, so a huge one is never loaded.
pub fn check_attachment_size(name: &str, size: u64, limit: u64) -> Result<()> {
    if size <= limit {
        return Ok(());
    }
    let size_mb = format!("{:.1}", size as f64 / 1_048_576.0);
    let max_mb = limit / 1_048_576;
    Err(crate::Error::Validation(vec![FieldError::new(
        "attachments",
        "too_large",
        format!(
            "“{name}” is {size_mb} MB; attachments can be at most {max_mb} MB. Share a smaller file or a link to it."
        ),
    )
    .with("name", name)
    .with("size_mb", size_mb)
    .with("max_mb", max_mb)]))
}

/// Scores run from 0 to 10.
pub const MAX_SCORE: i64 = 10;

crate::named_enum! {
    /// Where an idea stands: submitted → screening → evaluation → selected →
    /// implementing → done, or rejected (with a reason).
    #[derive(Default)]
    pub enum IdeaStage {
        #[default]
        Submitted = "submitted",
        Screening = "screening",
        Evaluation = "evaluation",
        Selected = "selected",
        Implementing = "implementing",
        Done = "done",
        Rejected = "rejected",
    }
}

impl IdeaStage {
    /// The stages an idea may move to from this one.
    pub fn next(self) -> &'static [IdeaStage] {
        use IdeaStage::*;
        match self {
            Submitted => &[Screening, Rejected],
            Screening => &[Evaluation, Rejected],
            Evaluation => &[Selected, Rejected, Screening],
            Selected => &[Implementing, Evaluation, Rejected],
            Implementing => &[Done],
            Done | Rejected => &[],
        }
    }
}

/// A file attached to an idea, stored once by its SHA-256 in the workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// The file name as given (no path).
    pub name: String,
    pub sha256: String,
    pub size: u64,
}

/// An agreement version an author had accepted when the idea was made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptedVersion {
    pub contributor: ContributorId,
    pub agreement: crate::ids::AgreementId,
    pub version: u32,
    pub sha256: String,
}

/// Everything about an idea an edit may change, declared once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdeaBody {
    pub title: String,
    pub summary: String,
    /// Markdown.
    pub body: String,
    /// Co-authors share credit; the first is the lead author.
    pub authors: Vec<ContributorId>,
    pub attachments: Vec<Attachment>,
    /// The sub-problem (work package) it addresses, if any.
    pub sub_problem: Option<crate::ids::SubProblemId>,
}

/// What the form and the CLI send for a new idea.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdeaInput {
    pub challenge: Option<ChallengeId>,
    #[serde(flatten)]
    pub body: IdeaBody,
}

impl IdeaBody {
    pub fn normalized(mut self) -> Self {
        self.title = self.title.trim().to_owned();
        self.summary = self.summary.trim().to_owned();
        let mut seen = Vec::new();
        self.authors.retain(|a| {
            let new = !seen.contains(a);
            seen.push(*a);
            new
        });
        let mut hashes = Vec::new();
        self.attachments.retain(|a| {
            let new = !hashes.contains(&a.sha256);
            hashes.push(a.sha256.clone());
            new
        });
        self
    }

    pub fn validate(&self) -> Result<()> {
        let mut v = Validator::new();
        v.required("title", &self.title, MAX_TITLE);
        v.max_len("summary", &self.summary, MAX_LINE * 2);
        v.max_len("body", &self.body, MAX_TEXT);
        if self.authors.is_empty() {
            v.error(
                "authors",
                "required",
                "Name at least one author (the contributor the idea comes from).",
            );
        }
        for (i, a) in self.attachments.iter().enumerate() {
            v.required(&format!("attachments.{i}.name"), &a.name, MAX_TITLE);
        }
        v.finish()
    }

    /// SHA-256 of the canonical form: title, summary, body, authors (sorted)
    /// and attachment hashes (sorted), as compact JSON.
    pub fn content_hash(&self) -> String {
        let mut authors: Vec<String> = self.authors.iter().map(|a| a.to_string()).collect();
        authors.sort();
        let mut files: Vec<&str> = self.attachments.iter().map(|a| a.sha256.as_str()).collect();
        files.sort_unstable();
        let canonical = serde_json::json!({
            "attachments": files,
            "authors": authors,
            "body": self.body,
            "summary": self.summary,
            "title": self.title,
        });
        hex::encode(Sha256::digest(canonical.to_string().as_bytes()))
    }
}

impl crate::store::Body for IdeaBody {
    fn normalized(self) -> Self {
        IdeaBody::normalized(self)
    }
    fn validate(&self) -> Result<()> {
        IdeaBody::validate(self)
    }
}

/// An earlier version of an idea, kept when it is edited.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaVersion {
    pub revision: u64,
    pub saved_at: DateTime<Utc>,
    pub content_hash: String,
    #[serde(flatten)]
    pub body: IdeaBody,
}

/// Why an idea was rejected, and whether that is shared as a lesson.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rejection {
    pub reason: String,
    pub share_as_lesson: bool,
}

/// A note of a review of an idea that was merged into this one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergedNote {
    pub from: IdeaId,
    pub reviewer: Reviewer,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Idea {
    pub id: IdeaId,
    pub meta: RecordMeta,
    pub challenge: ChallengeId,
    pub stage: IdeaStage,
    #[serde(flatten)]
    pub body: IdeaBody,
    /// The idea's fingerprint: [`IdeaBody::content_hash`] of the current body.
    pub content_hash: String,
    /// The agreement versions its authors had accepted when it was made.
    #[serde(default)]
    pub accepted_versions: Vec<AcceptedVersion>,
    #[serde(default)]
    pub rejection: Option<Rejection>,
    /// Set when this idea was merged into another; it is then read-only.
    #[serde(default)]
    pub merged_into: Option<IdeaId>,
    #[serde(default)]
    pub merged_from: Vec<IdeaId>,
    /// Notes of reviews of ideas merged into this one.
    #[serde(default)]
    pub merged_notes: Vec<MergedNote>,
    /// Earlier versions, oldest first.
    #[serde(default)]
    pub history: Vec<IdeaVersion>,
}

impl Idea {
    /// The stages this idea may move to now: none once merged into another.
    pub fn next_stages(&self) -> &'static [IdeaStage] {
        if self.merged_into.is_some() {
            &[]
        } else {
            self.stage.next()
        }
    }
}

/// Filter ids of the idea list's index.
pub(crate) const F_CHALLENGE: u8 = 1;
pub(crate) const F_STAGE: u8 = 2;
pub(crate) const F_AUTHOR: u8 = 3;

/// An idea as lists show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaSummary {
    pub id: IdeaId,
    pub challenge: ChallengeId,
    pub title: String,
    pub summary: String,
    pub stage: IdeaStage,
    pub authors: Vec<ContributorId>,
    pub attachments: usize,
    pub content_hash: String,
    pub merged_into: Option<IdeaId>,
    pub archived: bool,
    pub created_at: DateTime<Utc>,
    pub revision: u64,
}

impl IdeaSummary {
    pub fn of(i: &Idea) -> Self {
        Self {
            id: i.id,
            challenge: i.challenge,
            title: i.body.title.clone(),
            summary: i.body.summary.clone(),
            stage: i.stage,
            authors: i.body.authors.clone(),
            attachments: i.body.attachments.len(),
            content_hash: i.content_hash.clone(),
            merged_into: i.merged_into,
            archived: i.meta.archived,
            created_at: i.meta.created_at,
            revision: i.meta.revision,
        }
    }
}

/// Filters for the idea list. Empty fields match everything.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct IdeaFilter {
    pub challenge: Option<ChallengeId>,
    pub stage: Option<IdeaStage>,
    pub author: Option<ContributorId>,
    /// Words over title, summary and body.
    pub text: Option<String>,
    pub include_archived: bool,
}

/// Who reviews or comments: a person of the organization, or a contributor
/// (an outside expert, or someone staff record on behalf of).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Reviewer {
    Person(PersonId),
    Contributor(ContributorId),
}

impl std::fmt::Display for Reviewer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reviewer::Person(p) => write!(f, "person:{p}"),
            Reviewer::Contributor(c) => write!(f, "contributor:{c}"),
        }
    }
}

/// One criterion's score (0 to 10) in a review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// The challenge criterion's row id.
    pub criterion: RowId,
    /// 0 to 10. Signed so wrong values reach validation.
    pub score: i64,
}

/// What the review form and the CLI send.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewInput {
    pub idea: IdeaId,
    pub reviewer: Reviewer,
    pub scores: Vec<Score>,
    #[serde(default)]
    pub note: String,
}

/// A reviewer's scores of one idea. One per reviewer and idea: reviewing
/// again replaces the scores.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub id: ReviewId,
    pub meta: RecordMeta,
    pub idea: IdeaId,
    pub challenge: ChallengeId,
    pub reviewer: Reviewer,
    pub scores: Vec<Score>,
    pub note: String,
    /// Whether the reviewer saw the idea without its authors.
    pub blind: bool,
}

pub(crate) const F_REVIEW_IDEA: u8 = 1;
pub(crate) const F_REVIEW_CHALLENGE: u8 = 2;
pub(crate) const F_REVIEW_REVIEWER: u8 = 3;

/// A review as the ranking reads it: no note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewSummary {
    pub id: ReviewId,
    pub idea: IdeaId,
    pub reviewer: Reviewer,
    pub scores: Vec<Score>,
    pub created_at: DateTime<Utc>,
}

impl ReviewInput {
    /// Scores are whole numbers 0–10 on the challenge's criteria, each once.
    pub fn validate(&self, challenge: &Challenge) -> Result<()> {
        let mut v = Validator::new();
        if self.scores.is_empty() {
            v.error(
                "scores",
                "required",
                "Score the idea on at least one criterion.",
            );
        }
        let mut seen = Vec::new();
        for (i, s) in self.scores.iter().enumerate() {
            let field = format!("scores.{i}.score");
            if !challenge.body.criteria.iter().any(|c| c.id == s.criterion) {
                v.error(
                    format!("scores.{i}.criterion"),
                    "unknown",
                    "This criterion is not one of the challenge's criteria.",
                );
            } else if seen.contains(&s.criterion) {
                v.error(
                    format!("scores.{i}.criterion"),
                    "duplicate",
                    "This criterion is scored twice.",
                );
            }
            seen.push(s.criterion);
            if !(0..=MAX_SCORE).contains(&s.score) {
                v.push(
                    FieldError::new(
                        field,
                        "out_of_range",
                        "A score is a whole number from 0 to 10.",
                    )
                    .with("min", 0)
                    .with("max", MAX_SCORE),
                );
            }
        }
        v.max_len("note", &self.note, MAX_TEXT);
        v.finish()
    }
}

/// The weighted score of one idea: Σ wᵢ·s̄ᵢ / Σ wᵢ over the criteria someone
/// scored, s̄ᵢ being the mean of all reviewers' scores on criterion i. `None`
/// when nobody scored any criterion.
pub fn weighted_score<'a>(
    challenge: &Challenge,
    reviews: impl IntoIterator<Item = &'a [Score]>,
) -> Option<f64> {
    let criteria = &challenge.body.criteria;
    let mut sums = vec![(0i64, 0u32); criteria.len()];
    for scores in reviews {
        for s in scores {
            if let Some(i) = criteria.iter().position(|c| c.id == s.criterion) {
                sums[i].0 += s.score;
                sums[i].1 += 1;
            }
        }
    }
    let (mut num, mut den) = (0.0, 0.0);
    for (c, (sum, n)) in criteria.iter().zip(sums) {
        if n > 0 && c.weight > 0 {
            let mean = sum as f64 / f64::from(n);
            num += c.weight as f64 * mean;
            den += c.weight as f64;
        }
    }
    (den > 0.0).then(|| num / den)
}

/// One row of a challenge's ranking, best first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RankRow {
    pub rank: usize,
    pub id: IdeaId,
    pub title: String,
    pub stage: IdeaStage,
    /// 0–10; `None` until someone scores it.
    pub weighted_score: Option<f64>,
    pub reviews: usize,
    /// Mean score per criterion (by criterion id), for the table.
    pub criteria: Vec<CriterionMean>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CriterionMean {
    pub criterion: RowId,
    pub mean: Option<f64>,
}

/// Who wrote a comment.
pub type CommentAuthor = Reviewer;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentInput {
    pub idea: IdeaId,
    #[serde(default)]
    pub parent: Option<CommentId>,
    pub author: CommentAuthor,
    pub text: String,
}

/// A comment on an idea; replies have a parent (one level deep).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub id: CommentId,
    pub meta: RecordMeta,
    pub idea: IdeaId,
    pub parent: Option<CommentId>,
    pub author: CommentAuthor,
    pub text: String,
    /// Set when the comment came over from an idea merged into this one.
    #[serde(default)]
    pub moved_from: Option<IdeaId>,
}

pub(crate) const F_COMMENT_IDEA: u8 = 1;

impl CommentInput {
    pub fn validate(&self) -> Result<()> {
        let mut v = Validator::new();
        v.required("text", &self.text, MAX_TEXT);
        v.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::challenge::{ChallengeBody, ChallengeStatus, Criterion};

    fn challenge(weights: &[i64]) -> Challenge {
        let mut body = ChallengeBody::titled("C");
        for (i, w) in weights.iter().enumerate() {
            body.criteria.push(Criterion {
                id: RowId::new(),
                name: format!("c{i}"),
                weight: *w,
                description: String::new(),
            });
        }
        Challenge {
            id: ChallengeId::new(),
            meta: RecordMeta::new(crate::ids::OrgId::new(), Utc::now()),
            status: ChallengeStatus::Open,
            body,
        }
    }

    #[test]
    fn weighted_score_matches_hand_computed_values() {
        // Novelty 60, Cost 40. Reviewer A: 8, 5. Reviewer B: 6, (none).
        let c = challenge(&[60, 40]);
        let (n, k) = (c.body.criteria[0].id, c.body.criteria[1].id);
        let a = vec![
            Score {
                criterion: n,
                score: 8,
            },
            Score {
                criterion: k,
                score: 5,
            },
        ];
        let b = vec![Score {
            criterion: n,
            score: 6,
        }];
        // mean novelty 7, mean cost 5 → (60·7 + 40·5) / 100 = 6.2
        let s = weighted_score(&c, [a.as_slice(), b.as_slice()]).unwrap();
        assert!((s - 6.2).abs() < 1e-9, "{s}");
        // Only novelty scored → cost left out of both sums → 6.
        let s = weighted_score(&c, [b.as_slice()]).unwrap();
        assert!((s - 6.0).abs() < 1e-9, "{s}");
        assert_eq!(weighted_score(&c, std::iter::empty()), None);
    }

    #[test]
    fn content_hash_ignores_author_order_but_not_content() {
        let (a, b) = (ContributorId::new(), ContributorId::new());
        let mut x = IdeaBody {
            title: "T".into(),
            authors: vec![a, b],
            ..Default::default()
        };
        let h = x.content_hash();
        x.authors = vec![b, a];
        assert_eq!(x.content_hash(), h);
        x.body = "more".into();
        assert_ne!(x.content_hash(), h);
        assert_eq!(h.len(), 64);
    }

    #[test]
    fn stages_move_along_the_pipeline() {
        use IdeaStage::*;
        assert!(Submitted.next().contains(&Screening));
        assert!(!Submitted.next().contains(&Selected));
        assert!(Rejected.next().is_empty() && Done.next().is_empty());
    }
}

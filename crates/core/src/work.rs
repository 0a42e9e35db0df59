//! Working together: sub-problems (work packages) with expertise matching and
//! roll-up progress, questions and answers, disputes, obligations (promised
//! incentives owed to each author of a selected idea), recognition points,
//! and the per-challenge dashboard.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::challenge::IncentiveKind;
use crate::idea::Reviewer;
use crate::ids::{
    ChallengeId, ContributorId, DisputeId, IdeaId, ObligationId, PersonId, QuestionId, RowId,
    SubProblemId,
};
use crate::record::{RecordKind, RecordMeta};
use crate::validation::{clean_tags, Validator, MAX_LINE, MAX_TEXT, MAX_TITLE};
use crate::Result;

crate::named_enum! {
    /// open → claimed → in progress → done, or dropped.
    #[derive(Default)]
    pub enum SubProblemStatus {
        #[default]
        Open = "open",
        Claimed = "claimed",
        InProgress = "in_progress",
        Done = "done",
        Dropped = "dropped",
    }
}

impl SubProblemStatus {
    /// The statuses a sub-problem may move to from this one.
    pub fn next(self) -> &'static [SubProblemStatus] {
        use SubProblemStatus::*;
        match self {
            Open => &[Claimed, InProgress, Dropped],
            Claimed => &[InProgress, Done, Open, Dropped],
            InProgress => &[Done, Claimed, Dropped],
            Done => &[InProgress],
            Dropped => &[Open],
        }
    }
}

/// Everything about a sub-problem an edit may change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SubProblemBody {
    pub title: String,
    /// Markdown.
    pub description: String,
    /// Tags a contributor's expertise should match.
    pub expertise: Vec<String>,
    pub due: Option<NaiveDate>,
    /// Contributors the lead assigned.
    pub assigned: Vec<ContributorId>,
}

impl SubProblemBody {
    pub fn normalized(mut self) -> Self {
        self.title = self.title.trim().to_owned();
        self.expertise = clean_tags(&self.expertise);
        let mut seen = Vec::new();
        self.assigned.retain(|a| {
            let new = !seen.contains(a);
            seen.push(*a);
            new
        });
        self
    }

    pub fn validate(&self) -> Result<()> {
        let mut v = Validator::new();
        v.required("title", &self.title, MAX_TITLE);
        v.max_len("description", &self.description, MAX_TEXT);
        for (i, t) in self.expertise.iter().enumerate() {
            v.max_len(&format!("expertise.{i}"), t, 80);
        }
        v.finish()
    }
}

impl crate::store::Body for SubProblemBody {
    fn normalized(self) -> Self {
        SubProblemBody::normalized(self)
    }
    fn validate(&self) -> Result<()> {
        SubProblemBody::validate(self)
    }
}

/// A part of a challenge people can work on in parallel; a tree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubProblem {
    pub id: SubProblemId,
    pub meta: RecordMeta,
    pub challenge: ChallengeId,
    pub parent: Option<SubProblemId>,
    pub status: SubProblemStatus,
    #[serde(flatten)]
    pub body: SubProblemBody,
    /// Contributors who claimed it.
    #[serde(default)]
    pub claimed_by: Vec<ContributorId>,
}

/// What the form and the CLI send for a new sub-problem.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SubProblemInput {
    pub challenge: Option<ChallengeId>,
    pub parent: Option<SubProblemId>,
    #[serde(flatten)]
    pub body: SubProblemBody,
}

pub(crate) const F_SP_CHALLENGE: u8 = 1;
pub(crate) const F_SP_STATUS: u8 = 2;
pub(crate) const F_SP_PERSON: u8 = 3;

/// A sub-problem in the challenge's tree, with its rolled-up completion.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubProblemNode {
    #[serde(flatten)]
    pub sub_problem: SubProblem,
    /// 0.0–1.0: done = 1, others 0; a parent is the mean of its children
    /// that were not dropped.
    pub completion: f64,
    /// The statuses it may move to (the core's rule, for the UI's buttons).
    pub next_statuses: Vec<SubProblemStatus>,
    pub children: Vec<SubProblemNode>,
}

/// The challenge's sub-problems as a tree, and its completion.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubProblemTree {
    pub completion: f64,
    pub done: usize,
    pub total: usize,
    pub roots: Vec<SubProblemNode>,
}

/// Builds the tree and rolls completion up (dropped nodes don't count).
pub fn roll_up(all: Vec<SubProblem>) -> SubProblemTree {
    fn build(parent: Option<SubProblemId>, all: &[SubProblem]) -> Vec<SubProblemNode> {
        let mut nodes: Vec<SubProblemNode> = all
            .iter()
            .filter(|s| s.parent == parent)
            .map(|s| {
                let children = build(Some(s.id), all);
                let counted: Vec<f64> = children
                    .iter()
                    .filter(|c| c.sub_problem.status != SubProblemStatus::Dropped)
                    .map(|c| c.completion)
                    .collect();
                let completion = if counted.is_empty() {
                    if s.status == SubProblemStatus::Done {
                        1.0
                    } else {
                        0.0
                    }
                } else {
                    counted.iter().sum::<f64>() / counted.len() as f64
                };
                SubProblemNode {
                    sub_problem: s.clone(),
                    completion,
                    next_statuses: s.status.next().to_vec(),
                    children,
                }
            })
            .collect();
        nodes.sort_by(|a, b| {
            let (x, y) = (&a.sub_problem, &b.sub_problem);
            x.meta.created_at.cmp(&y.meta.created_at).then_with(|| {
                x.body
                    .title
                    .to_lowercase()
                    .cmp(&y.body.title.to_lowercase())
            })
        });
        nodes
    }
    // Nodes whose parent is missing are shown at the top.
    let ids: Vec<SubProblemId> = all.iter().map(|s| s.id).collect();
    let fixed: Vec<SubProblem> = all
        .into_iter()
        .map(|mut s| {
            if s.parent.is_some_and(|p| !ids.contains(&p)) {
                s.parent = None;
            }
            s
        })
        .collect();
    let roots = build(None, &fixed);
    let counted: Vec<f64> = roots
        .iter()
        .filter(|r| r.sub_problem.status != SubProblemStatus::Dropped)
        .map(|r| r.completion)
        .collect();
    let live = fixed
        .iter()
        .filter(|s| s.status != SubProblemStatus::Dropped);
    SubProblemTree {
        completion: if counted.is_empty() {
            0.0
        } else {
            counted.iter().sum::<f64>() / counted.len() as f64
        },
        done: live
            .clone()
            .filter(|s| s.status == SubProblemStatus::Done)
            .count(),
        total: live.count(),
        roots,
    }
}

/// A contributor who could take a sub-problem.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub contributor: ContributorId,
    pub name: String,
    pub kind: crate::contributor::ContributorKind,
    /// The sub-problem's tags this contributor has.
    pub matching: Vec<String>,
    /// Done sub-problems they worked on that share a tag (tie-break).
    pub record: usize,
}

/// A question on a challenge and, once given, its answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: QuestionId,
    pub meta: RecordMeta,
    pub challenge: ChallengeId,
    pub asked_by: Reviewer,
    pub text: String,
    pub answer: Option<Answer>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub text: String,
    pub by: PersonId,
    pub at: DateTime<Utc>,
    /// Shared with every participant (and carried in bundles), or internal.
    pub public: bool,
}

pub(crate) const F_Q_CHALLENGE: u8 = 1;
pub(crate) const F_Q_STATE: u8 = 2;

/// A record a dispute is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordRef {
    pub kind: RecordKind,
    pub id: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisputeNote {
    pub id: RowId,
    pub by: Reviewer,
    pub at: DateTime<Utc>,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resolution {
    pub text: String,
    pub decided_by: PersonId,
    pub at: DateTime<Utc>,
}

/// A dispute: raised, discussed in notes, resolved with who decided.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dispute {
    pub id: DisputeId,
    pub meta: RecordMeta,
    pub challenge: ChallengeId,
    pub raised_by: Reviewer,
    pub about: Option<RecordRef>,
    pub text: String,
    #[serde(default)]
    pub notes: Vec<DisputeNote>,
    pub resolution: Option<Resolution>,
}

pub(crate) const F_D_CHALLENGE: u8 = 1;
pub(crate) const F_D_STATE: u8 = 2;

crate::named_enum! {
    #[derive(Default)]
    pub enum ObligationStatus {
        #[default]
        Outstanding = "outstanding",
        Delivered = "delivered",
        Waived = "waived",
    }
}

/// One promised incentive owed to one author of a selected idea.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Obligation {
    pub id: ObligationId,
    pub meta: RecordMeta,
    pub challenge: ChallengeId,
    pub idea: IdeaId,
    /// The challenge incentive's row id.
    pub incentive: RowId,
    pub kind: IncentiveKind,
    /// The amount or what exactly, from the incentive.
    pub description: String,
    pub contributor: ContributorId,
    pub due: NaiveDate,
    pub status: ObligationStatus,
    /// When delivered or waived, by whom, and the note (evidence or reason).
    pub settled_at: Option<DateTime<Utc>>,
    pub settled_by: Option<PersonId>,
    #[serde(default)]
    pub note: String,
}

impl Obligation {
    /// Outstanding past its due date.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.status == ObligationStatus::Outstanding && self.due < today
    }
}

pub(crate) const F_O_CHALLENGE: u8 = 1;
pub(crate) const F_O_STATUS: u8 = 2;
pub(crate) const F_O_CONTRIBUTOR: u8 = 3;
pub(crate) const F_O_IDEA: u8 = 4;

/// Days an obligation is due after the idea is selected.
pub const OBLIGATION_DAYS: u64 = 30;

/// Recognition points, documented once: what earns how many.
pub const POINTS: &[(&str, u32)] = &[
    ("idea_submitted", 5),
    ("idea_selected", 20),
    ("review_written", 3),
    ("question_answered_publicly", 2),
    ("sub_problem_done", 10),
];

/// The points a rule is worth.
pub fn points(rule: &str) -> u32 {
    POINTS
        .iter()
        .find(|(r, _)| *r == rule)
        .map_or(0, |(_, p)| *p)
}

/// One row of the leaderboard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaderboardRow {
    pub rank: usize,
    pub contributor: ContributorId,
    pub name: String,
    pub kind: crate::contributor::ContributorKind,
    pub points: u32,
    /// Points per rule.
    pub by_rule: Vec<(String, u32)>,
}

/// Counts for a challenge's dashboard, from one core query.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    pub challenge: ChallengeId,
    pub title: String,
    /// Ideas per stage, in pipeline order.
    pub funnel: Vec<(crate::idea::IdeaStage, usize)>,
    pub ideas: usize,
    pub subproblems: SubProblemCounts,
    pub days_to_deadline: Option<i64>,
    /// Distinct authors per contributor kind.
    pub participants: Vec<(crate::contributor::ContributorKind, usize)>,
    pub open_questions: usize,
    pub open_disputes: usize,
    pub obligations: ObligationCounts,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SubProblemCounts {
    pub done: usize,
    pub total: usize,
    pub completion: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObligationCounts {
    pub outstanding: usize,
    pub overdue: usize,
    pub delivered: usize,
    pub waived: usize,
}

/// What a contributor gave and received.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contributions {
    pub ideas: Vec<crate::idea::IdeaSummary>,
    pub reviews: usize,
    pub claims: Vec<SubProblem>,
    pub obligations: Vec<Obligation>,
    pub points: u32,
}

/// Text limits shared by questions, answers, disputes and notes.
pub(crate) fn check_text(field: &str, text: &str) -> Result<()> {
    let mut v = Validator::new();
    v.required(field, text, MAX_LINE * 4);
    v.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(parent: Option<SubProblemId>, status: SubProblemStatus, n: i64) -> SubProblem {
        SubProblem {
            id: SubProblemId::new(),
            meta: RecordMeta::new(
                crate::ids::OrgId::new(),
                DateTime::from_timestamp(n, 0).unwrap_or_default(),
            ),
            challenge: ChallengeId::new(),
            parent,
            status,
            body: SubProblemBody::default(),
            claimed_by: vec![],
        }
    }

    #[test]
    fn completion_rolls_up_and_ignores_dropped() {
        use SubProblemStatus::*;
        let a = sp(None, Open, 1);
        let b = sp(None, Done, 2);
        let c = sp(None, Dropped, 3);
        // a has two children: one done, one open → a = 0.5.
        let a1 = sp(Some(a.id), Done, 4);
        let a2 = sp(Some(a.id), InProgress, 5);
        let a3 = sp(Some(a.id), Dropped, 6);
        let t = roll_up(vec![a.clone(), b, c, a1, a2, a3]);
        assert_eq!(t.roots.len(), 3);
        assert!((t.roots[0].completion - 0.5).abs() < 1e-9);
        // challenge = mean(a 0.5, b 1.0) = 0.75; c dropped.
        assert!((t.completion - 0.75).abs() < 1e-9);
        assert_eq!((t.done, t.total), (2, 4));
    }
}

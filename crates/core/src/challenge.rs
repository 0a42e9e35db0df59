//! Challenges: the open questions a sponsor poses, with everything that makes
//! participation safe and worthwhile — rules, IP regime, required agreements,
//! incentives, weighted evaluation criteria, risks — and a checked lifecycle.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::{AgreementId, ChallengeId, ContributorId, RowId};
use crate::record::RecordMeta;
use crate::validation::{
    clean_lines, clean_tags, FieldError, Validator, MAX_LINE, MAX_TEXT, MAX_TITLE,
};
use crate::Result;

crate::named_enum! {
    #[derive(Default)]
    pub enum ChallengeType {
        #[default]
        Ideation = "ideation",
        Theoretical = "theoretical",
        Prototype = "prototype",
        PartnerScouting = "partner_scouting",
    }
}

crate::named_enum! {
    /// Lifecycle: draft → open → evaluating → implementing → closed.
    #[derive(Default)]
    pub enum ChallengeStatus {
        #[default]
        Draft = "draft",
        Open = "open",
        Evaluating = "evaluating",
        Implementing = "implementing",
        Closed = "closed",
    }
}

impl ChallengeStatus {
    /// The statuses a challenge may move to from this one.
    pub fn next(self) -> &'static [ChallengeStatus] {
        use ChallengeStatus::*;
        match self {
            Draft => &[Open, Closed],
            Open => &[Evaluating, Draft, Closed],
            Evaluating => &[Implementing, Open, Closed],
            Implementing => &[Closed],
            Closed => &[],
        }
    }
}

crate::named_enum! {
    #[derive(Default)]
    pub enum AudienceKind {
        /// Only the sponsor's own staff.
        #[default]
        InternalOnly = "internal_only",
        /// Named contributors and groups.
        Invited = "invited",
        /// Anyone who receives the challenge.
        Open = "open",
    }
}

/// Who is invited: an open environment need not be open to anyone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    pub kind: AudienceKind,
    #[serde(default)]
    pub contributors: Vec<ContributorId>,
    #[serde(default)]
    pub groups: Vec<String>,
}

crate::named_enum! {
    #[derive(Default)]
    pub enum IpRegime {
        /// Contributors keep their IP; nothing is licensed.
        #[default]
        None = "none",
        NonExclusiveLicence = "non_exclusive_licence",
        ExclusiveAssignment = "exclusive_assignment",
    }
}

/// Rules of participation: how to behave, what may be said, how ideas are
/// handled, and how disputes are resolved.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    #[serde(default)]
    pub conduct: String,
    #[serde(default)]
    pub confidentiality: String,
    #[serde(default)]
    pub idea_handling: String,
    #[serde(default)]
    pub dispute_resolution: String,
    #[serde(default)]
    pub ip_regime: IpRegime,
}

crate::named_enum! {
    pub enum IncentiveKind {
        Money = "money",
        Contacts = "contacts",
        Collaboration = "collaboration",
        Recognition = "recognition",
        IdeaExchange = "idea_exchange",
        Other = "other",
    }
}

/// What participants get in return, said exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Incentive {
    #[serde(default)]
    pub id: RowId,
    pub kind: IncentiveKind,
    pub description: String,
}

/// An evaluation criterion; weights are relative (they need not sum to 100).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    #[serde(default)]
    pub id: RowId,
    pub name: String,
    /// 1 to 100. Signed so that a wrong value reaches validation and comes
    /// back as a field error instead of failing to parse.
    pub weight: i64,
    #[serde(default)]
    pub description: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Risk {
    #[serde(default)]
    pub id: RowId,
    pub risk: String,
    #[serde(default)]
    pub mitigation: String,
}

crate::named_enum! {
    pub enum DecisionKind {
        Decision = "decision",
        Dispute = "dispute",
    }
}

/// One entry of the challenge's decisions and disputes log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    #[serde(default)]
    pub id: RowId,
    pub kind: DecisionKind,
    pub date: NaiveDate,
    pub text: String,
    #[serde(default)]
    pub by: String,
    /// For disputes: how it was resolved (empty while open).
    #[serde(default)]
    pub resolution: String,
}

/// A challenge: its identity and lifecycle status, plus the editable body.
/// The body is flattened so the stored JSON reads as one flat object.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Challenge {
    pub id: ChallengeId,
    pub meta: RecordMeta,
    pub status: ChallengeStatus,
    #[serde(flatten)]
    pub body: ChallengeBody,
}

/// Everything about a challenge that an edit may change, declared once: the
/// stored record flattens it, the edit form and the CLI send it. Status
/// changes go through [`crate::Store::set_challenge_status`], never an edit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChallengeBody {
    pub title: String,
    /// Markdown.
    pub brief: String,
    pub problem: String,
    pub goals: Vec<String>,
    pub success_criteria: Vec<String>,
    /// What the sponsor shares: assets, data, plans.
    pub assets_shared: Vec<String>,
    /// Lessons learned and what did not work.
    pub lessons: Vec<String>,
    pub constraints: Vec<String>,
    pub challenge_type: ChallengeType,
    pub lead: String,
    pub deadline: Option<NaiveDate>,
    pub audience: Audience,
    pub rules: Rules,
    pub required_agreements: Vec<AgreementId>,
    pub incentives: Vec<Incentive>,
    pub criteria: Vec<Criterion>,
    pub risks: Vec<Risk>,
    pub decisions: Vec<Decision>,
    /// Blind review: reviewers do not see who wrote an idea.
    pub blind_review: bool,
}

/// What the edit form and the CLI send: the body itself.
pub type ChallengeInput = ChallengeBody;

impl ChallengeBody {
    pub fn titled(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            ..Self::default()
        }
    }

    /// Trims text and drops blank list lines.
    pub fn normalized(mut self) -> Self {
        self.title = self.title.trim().to_owned();
        self.lead = self.lead.trim().to_owned();
        self.goals = clean_lines(&self.goals);
        self.success_criteria = clean_lines(&self.success_criteria);
        self.assets_shared = clean_lines(&self.assets_shared);
        self.lessons = clean_lines(&self.lessons);
        self.constraints = clean_lines(&self.constraints);
        self.audience.groups = clean_tags(&self.audience.groups);
        let mut seen = Vec::new();
        self.required_agreements.retain(|a| {
            let new = !seen.contains(a);
            seen.push(*a);
            new
        });
        crate::ids::assign_row_ids(
            self.incentives
                .iter_mut()
                .map(|r| &mut r.id)
                .chain(self.criteria.iter_mut().map(|r| &mut r.id))
                .chain(self.risks.iter_mut().map(|r| &mut r.id))
                .chain(self.decisions.iter_mut().map(|r| &mut r.id)),
        );
        self
    }

    pub fn validate(&self) -> Result<()> {
        let mut v = Validator::new();
        v.required("title", &self.title, MAX_TITLE);
        v.max_len("brief", &self.brief, MAX_TEXT);
        v.max_len("problem", &self.problem, MAX_TEXT);
        v.max_len("lead", &self.lead, MAX_TITLE);
        for (field, lines) in [
            ("goals", &self.goals),
            ("success_criteria", &self.success_criteria),
            ("assets_shared", &self.assets_shared),
            ("lessons", &self.lessons),
            ("constraints", &self.constraints),
        ] {
            v.lines(field, lines);
        }
        for (field, text) in [
            ("rules.conduct", &self.rules.conduct),
            ("rules.confidentiality", &self.rules.confidentiality),
            ("rules.idea_handling", &self.rules.idea_handling),
            ("rules.dispute_resolution", &self.rules.dispute_resolution),
        ] {
            v.max_len(field, text, MAX_TEXT);
        }
        if self.audience.kind == AudienceKind::Invited
            && self.audience.contributors.is_empty()
            && self.audience.groups.is_empty()
        {
            v.error(
                "audience",
                "no_invitees",
                "An invited audience needs at least one contributor or group.",
            );
        }
        for (i, inc) in self.incentives.iter().enumerate() {
            v.required(
                &format!("incentives.{i}.description"),
                &inc.description,
                MAX_LINE,
            );
        }
        for (i, c) in self.criteria.iter().enumerate() {
            v.required(&format!("criteria.{i}.name"), &c.name, MAX_LINE);
            v.max_len(
                &format!("criteria.{i}.description"),
                &c.description,
                MAX_LINE,
            );
            if !(1..=100).contains(&c.weight) {
                v.push(
                    FieldError::new(
                        format!("criteria.{i}.weight"),
                        "out_of_range",
                        "A weight is a whole number from 1 to 100.",
                    )
                    .with("min", 1)
                    .with("max", 100),
                );
            }
        }
        for (i, r) in self.risks.iter().enumerate() {
            v.required(&format!("risks.{i}.risk"), &r.risk, MAX_LINE);
            v.max_len(&format!("risks.{i}.mitigation"), &r.mitigation, MAX_LINE);
        }
        for (i, d) in self.decisions.iter().enumerate() {
            v.required(&format!("decisions.{i}.text"), &d.text, MAX_LINE);
            v.max_len(
                &format!("decisions.{i}.resolution"),
                &d.resolution,
                MAX_LINE,
            );
        }
        v.finish()
    }
}

impl Challenge {
    /// What stops this challenge from being open to contributors: it needs a
    /// title, a brief, a deadline that has not passed and at least one
    /// incentive. Empty means it may open.
    pub fn open_requirements(&self, now: DateTime<Utc>) -> Vec<FieldError> {
        let mut v = Vec::new();
        let b = &self.body;
        // `case`: what an open challenge needs, not what any form needs.
        if b.title.trim().is_empty() {
            v.push(
                FieldError::new("title", "required", "An open challenge needs a title.")
                    .with("case", "open"),
            );
        }
        if b.brief.trim().is_empty() {
            v.push(
                FieldError::new("brief", "required", "An open challenge needs a brief.")
                    .with("case", "open"),
            );
        }
        match b.deadline {
            None => v.push(
                FieldError::new(
                    "deadline",
                    "required",
                    "An open challenge needs a deadline.",
                )
                .with("case", "open"),
            ),
            Some(d) if d < now.date_naive() && self.status == ChallengeStatus::Draft => {
                v.push(FieldError::new(
                    "deadline",
                    "in_past",
                    "The deadline has passed; set a later one before opening.",
                ))
            }
            Some(_) => {}
        }
        if b.incentives.is_empty() {
            v.push(
                FieldError::new(
                    "incentives",
                    "required",
                    "Say what participants get in return: add at least one incentive.",
                )
                .with("case", "open"),
            );
        }
        v
    }

    /// Total of the criteria weights (for showing percentages).
    pub fn total_weight(&self) -> i64 {
        self.body.criteria.iter().map(|c| c.weight).sum()
    }
}

/// Filters for the challenge list. Empty fields match everything.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ChallengeFilter {
    pub status: Option<ChallengeStatus>,
    pub challenge_type: Option<ChallengeType>,
    /// Free text over title and brief.
    pub text: Option<String>,
    pub include_archived: bool,
}

/// Filter ids of the challenge list's index.
pub(crate) const F_STATUS: u8 = 1;
pub(crate) const F_TYPE: u8 = 2;

/// A challenge as lists show it: no brief, no Markdown rendering.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChallengeSummary {
    pub id: ChallengeId,
    pub title: String,
    pub status: ChallengeStatus,
    pub challenge_type: ChallengeType,
    pub deadline: Option<NaiveDate>,
    pub lead: String,
    pub incentive_kinds: Vec<IncentiveKind>,
    pub archived: bool,
    pub updated_at: DateTime<Utc>,
    pub revision: u64,
}

impl ChallengeSummary {
    pub fn of(c: &Challenge) -> Self {
        Self {
            id: c.id,
            title: c.body.title.clone(),
            status: c.status,
            challenge_type: c.body.challenge_type,
            deadline: c.body.deadline,
            lead: c.body.lead.clone(),
            incentive_kinds: c.body.incentives.iter().map(|i| i.kind).collect(),
            archived: c.meta.archived,
            updated_at: c.meta.updated_at,
            revision: c.meta.revision,
        }
    }
}

impl crate::store::Body for ChallengeBody {
    fn normalized(self) -> Self {
        ChallengeBody::normalized(self)
    }
    fn validate(&self) -> Result<()> {
        ChallengeBody::validate(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifecycle_moves_forward_and_never_leaves_closed() {
        use ChallengeStatus::*;
        assert!(Draft.next().contains(&Open));
        assert!(!Draft.next().contains(&Evaluating));
        assert!(Open.next().contains(&Evaluating));
        assert!(Closed.next().is_empty());
    }

    #[test]
    fn criteria_weights_are_checked_per_row() {
        let mut input = ChallengeInput::titled("T");
        input.criteria.push(Criterion {
            id: RowId::default(),
            name: "Cost".into(),
            weight: 0,
            description: String::new(),
        });
        let err = input.validate().unwrap_err();
        assert_eq!(err.field_errors()[0].field, "criteria.0.weight");
    }

    #[test]
    fn invited_audience_needs_someone() {
        let mut input = ChallengeInput::titled("T");
        input.audience.kind = AudienceKind::Invited;
        let err = input.validate().unwrap_err();
        assert_eq!(err.field_errors()[0].field, "audience");
    }
}

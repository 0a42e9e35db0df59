//! Challenges: the open questions a sponsor poses, with everything that makes
//! participation safe and worthwhile — rules, IP regime, required agreements,
//! incentives, weighted evaluation criteria, risks — and a checked lifecycle.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::{AgreementId, ChallengeId, ContributorId};
use crate::record::RecordMeta;
use crate::validation::{
    clean_lines, clean_tags, FieldError, Validator, MAX_LINE, MAX_TEXT, MAX_TITLE,
};
use crate::Result;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChallengeType {
    #[default]
    Ideation,
    Theoretical,
    Prototype,
    PartnerScouting,
}

impl ChallengeType {
    pub const ALL: [ChallengeType; 4] = [
        ChallengeType::Ideation,
        ChallengeType::Theoretical,
        ChallengeType::Prototype,
        ChallengeType::PartnerScouting,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ChallengeType::Ideation => "ideation",
            ChallengeType::Theoretical => "theoretical",
            ChallengeType::Prototype => "prototype",
            ChallengeType::PartnerScouting => "partner_scouting",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().replace('-', "_").to_lowercase();
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Lifecycle: draft → open → evaluating → implementing → closed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChallengeStatus {
    #[default]
    Draft,
    Open,
    Evaluating,
    Implementing,
    Closed,
}

impl ChallengeStatus {
    pub const ALL: [ChallengeStatus; 5] = [
        ChallengeStatus::Draft,
        ChallengeStatus::Open,
        ChallengeStatus::Evaluating,
        ChallengeStatus::Implementing,
        ChallengeStatus::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ChallengeStatus::Draft => "draft",
            ChallengeStatus::Open => "open",
            ChallengeStatus::Evaluating => "evaluating",
            ChallengeStatus::Implementing => "implementing",
            ChallengeStatus::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().to_lowercase();
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

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

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AudienceKind {
    /// Only the sponsor's own staff.
    #[default]
    InternalOnly,
    /// Named contributors and groups.
    Invited,
    /// Anyone who receives the challenge.
    Open,
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

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IpRegime {
    /// Contributors keep their IP; nothing is licensed.
    #[default]
    None,
    NonExclusiveLicence,
    ExclusiveAssignment,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncentiveKind {
    Money,
    Contacts,
    Collaboration,
    Recognition,
    IdeaExchange,
    Other,
}

impl IncentiveKind {
    pub const ALL: [IncentiveKind; 6] = [
        IncentiveKind::Money,
        IncentiveKind::Contacts,
        IncentiveKind::Collaboration,
        IncentiveKind::Recognition,
        IncentiveKind::IdeaExchange,
        IncentiveKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            IncentiveKind::Money => "money",
            IncentiveKind::Contacts => "contacts",
            IncentiveKind::Collaboration => "collaboration",
            IncentiveKind::Recognition => "recognition",
            IncentiveKind::IdeaExchange => "idea_exchange",
            IncentiveKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().replace('-', "_").to_lowercase();
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// What participants get in return, said exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Incentive {
    pub kind: IncentiveKind,
    pub description: String,
}

/// An evaluation criterion; weights are relative (they need not sum to 100).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    pub name: String,
    pub weight: u32,
    #[serde(default)]
    pub description: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Risk {
    pub risk: String,
    #[serde(default)]
    pub mitigation: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    Decision,
    Dispute,
}

/// One entry of the challenge's decisions and disputes log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub kind: DecisionKind,
    pub date: NaiveDate,
    pub text: String,
    #[serde(default)]
    pub by: String,
    /// For disputes: how it was resolved (empty while open).
    #[serde(default)]
    pub resolution: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Challenge {
    pub id: ChallengeId,
    pub meta: RecordMeta,
    pub status: ChallengeStatus,
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
}

/// The editable part of a challenge. Status changes go through
/// [`crate::Store::set_challenge_status`], never through an edit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChallengeInput {
    pub title: String,
    pub brief: String,
    pub problem: String,
    pub goals: Vec<String>,
    pub success_criteria: Vec<String>,
    pub assets_shared: Vec<String>,
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
}

impl ChallengeInput {
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
                v.error(
                    format!("criteria.{i}.weight"),
                    "out_of_range",
                    "A weight is a whole number from 1 to 100.",
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
    pub fn input(&self) -> ChallengeInput {
        ChallengeInput {
            title: self.title.clone(),
            brief: self.brief.clone(),
            problem: self.problem.clone(),
            goals: self.goals.clone(),
            success_criteria: self.success_criteria.clone(),
            assets_shared: self.assets_shared.clone(),
            lessons: self.lessons.clone(),
            constraints: self.constraints.clone(),
            challenge_type: self.challenge_type,
            lead: self.lead.clone(),
            deadline: self.deadline,
            audience: self.audience.clone(),
            rules: self.rules.clone(),
            required_agreements: self.required_agreements.clone(),
            incentives: self.incentives.clone(),
            criteria: self.criteria.clone(),
            risks: self.risks.clone(),
            decisions: self.decisions.clone(),
        }
    }

    pub(crate) fn apply(&mut self, i: ChallengeInput) {
        self.title = i.title;
        self.brief = i.brief;
        self.problem = i.problem;
        self.goals = i.goals;
        self.success_criteria = i.success_criteria;
        self.assets_shared = i.assets_shared;
        self.lessons = i.lessons;
        self.constraints = i.constraints;
        self.challenge_type = i.challenge_type;
        self.lead = i.lead;
        self.deadline = i.deadline;
        self.audience = i.audience;
        self.rules = i.rules;
        self.required_agreements = i.required_agreements;
        self.incentives = i.incentives;
        self.criteria = i.criteria;
        self.risks = i.risks;
        self.decisions = i.decisions;
    }

    /// What stops this challenge from being open to contributors: it needs a
    /// title, a brief, a deadline that has not passed and at least one
    /// incentive. Empty means it may open.
    pub fn open_requirements(&self, now: DateTime<Utc>) -> Vec<FieldError> {
        let mut v = Vec::new();
        if self.title.trim().is_empty() {
            v.push(FieldError::new(
                "title",
                "required",
                "An open challenge needs a title.",
            ));
        }
        if self.brief.trim().is_empty() {
            v.push(FieldError::new(
                "brief",
                "required",
                "An open challenge needs a brief.",
            ));
        }
        match self.deadline {
            None => v.push(FieldError::new(
                "deadline",
                "required",
                "An open challenge needs a deadline.",
            )),
            Some(d) if d < now.date_naive() && self.status == ChallengeStatus::Draft => {
                v.push(FieldError::new(
                    "deadline",
                    "in_past",
                    "The deadline has passed; set a later one before opening.",
                ))
            }
            Some(_) => {}
        }
        if self.incentives.is_empty() {
            v.push(FieldError::new(
                "incentives",
                "required",
                "Say what participants get in return: add at least one incentive.",
            ));
        }
        v
    }

    /// Total of the criteria weights (for showing percentages).
    pub fn total_weight(&self) -> u32 {
        self.criteria.iter().map(|c| c.weight).sum()
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

impl ChallengeFilter {
    pub fn matches(&self, c: &Challenge) -> bool {
        if c.meta.archived && !self.include_archived {
            return false;
        }
        if self.status.is_some_and(|s| s != c.status) {
            return false;
        }
        if self.challenge_type.is_some_and(|t| t != c.challenge_type) {
            return false;
        }
        if let Some(text) = self
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            let needle = text.to_lowercase();
            if !c.title.to_lowercase().contains(&needle)
                && !c.brief.to_lowercase().contains(&needle)
            {
                return false;
            }
        }
        true
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

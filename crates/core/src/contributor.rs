//! Contributors: the people and organizations ideas come from — suppliers,
//! independent inventors, university labs, customers, experts, partner firms
//! and employees — with their expertise, groups and recognition earned.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::ContributorId;
use crate::record::RecordMeta;
use crate::validation::{clean_tags, Validator, MAX_LINE, MAX_TEXT, MAX_TITLE};
use crate::Result;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContributorKind {
    Supplier,
    IndependentInventor,
    UniversityLab,
    Customer,
    Expert,
    PartnerFirm,
    Employee,
}

impl ContributorKind {
    pub const ALL: [ContributorKind; 7] = [
        ContributorKind::Supplier,
        ContributorKind::IndependentInventor,
        ContributorKind::UniversityLab,
        ContributorKind::Customer,
        ContributorKind::Expert,
        ContributorKind::PartnerFirm,
        ContributorKind::Employee,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ContributorKind::Supplier => "supplier",
            ContributorKind::IndependentInventor => "independent_inventor",
            ContributorKind::UniversityLab => "university_lab",
            ContributorKind::Customer => "customer",
            ContributorKind::Expert => "expert",
            ContributorKind::PartnerFirm => "partner_firm",
            ContributorKind::Employee => "employee",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().replace('-', "_").to_lowercase();
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Whether the contributor is one person or an organization.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    #[default]
    Person,
    Organization,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub website: String,
}

/// Recognition a contributor has earned (delivered, not just promised).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recognition {
    pub date: NaiveDate,
    pub what: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contributor {
    pub id: ContributorId,
    pub meta: RecordMeta,
    pub name: String,
    pub entity: EntityKind,
    pub kind: ContributorKind,
    pub affiliation: String,
    pub expertise: Vec<String>,
    pub groups: Vec<String>,
    pub contact: Contact,
    pub notes: String,
    pub recognition: Vec<Recognition>,
}

/// The editable part of a contributor (what the form and the CLI send).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContributorInput {
    pub name: String,
    #[serde(default)]
    pub entity: EntityKind,
    pub kind: ContributorKind,
    #[serde(default)]
    pub affiliation: String,
    #[serde(default)]
    pub expertise: Vec<String>,
    #[serde(default)]
    pub groups: Vec<String>,
    #[serde(default)]
    pub contact: Contact,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub recognition: Vec<Recognition>,
}

impl ContributorInput {
    pub fn new(name: impl Into<String>, kind: ContributorKind) -> Self {
        Self {
            name: name.into(),
            entity: EntityKind::Person,
            kind,
            affiliation: String::new(),
            expertise: Vec::new(),
            groups: Vec::new(),
            contact: Contact::default(),
            notes: String::new(),
            recognition: Vec::new(),
        }
    }

    /// Trims text and tidies tag lists.
    pub fn normalized(mut self) -> Self {
        self.name = self.name.trim().to_owned();
        self.affiliation = self.affiliation.trim().to_owned();
        self.expertise = clean_tags(&self.expertise);
        self.groups = clean_tags(&self.groups);
        self.contact.email = self.contact.email.trim().to_owned();
        self.contact.phone = self.contact.phone.trim().to_owned();
        self.contact.website = self.contact.website.trim().to_owned();
        self
    }

    pub fn validate(&self) -> Result<()> {
        let mut v = Validator::new();
        v.required("name", &self.name, MAX_TITLE);
        v.max_len("affiliation", &self.affiliation, MAX_TITLE);
        v.max_len("notes", &self.notes, MAX_TEXT);
        for (i, t) in self.expertise.iter().enumerate() {
            v.max_len(&format!("expertise.{i}"), t, 80);
        }
        for (i, t) in self.groups.iter().enumerate() {
            v.max_len(&format!("groups.{i}"), t, 80);
        }
        let email = &self.contact.email;
        if !email.is_empty() {
            let ok = email
                .split_once('@')
                .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'));
            if !ok {
                v.error(
                    "contact.email",
                    "invalid_email",
                    "This does not look like an email address (name@example.org).",
                );
            }
        }
        let site = &self.contact.website;
        if !site.is_empty() && !site.starts_with("https://") && !site.starts_with("http://") {
            v.error(
                "contact.website",
                "invalid_url",
                "A website starts with https:// or http://.",
            );
        }
        for (i, r) in self.recognition.iter().enumerate() {
            v.required(&format!("recognition.{i}.what"), &r.what, MAX_LINE);
        }
        v.finish()
    }
}

impl Contributor {
    pub fn input(&self) -> ContributorInput {
        ContributorInput {
            name: self.name.clone(),
            entity: self.entity,
            kind: self.kind,
            affiliation: self.affiliation.clone(),
            expertise: self.expertise.clone(),
            groups: self.groups.clone(),
            contact: self.contact.clone(),
            notes: self.notes.clone(),
            recognition: self.recognition.clone(),
        }
    }

    pub(crate) fn apply(&mut self, input: ContributorInput) {
        self.name = input.name;
        self.entity = input.entity;
        self.kind = input.kind;
        self.affiliation = input.affiliation;
        self.expertise = input.expertise;
        self.groups = input.groups;
        self.contact = input.contact;
        self.notes = input.notes;
        self.recognition = input.recognition;
    }
}

/// Filters for the contributor list. Empty fields match everything.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ContributorFilter {
    #[serde(default)]
    pub kind: Option<ContributorKind>,
    /// Matches an expertise tag, case-insensitively.
    #[serde(default)]
    pub expertise: Option<String>,
    #[serde(default)]
    pub group: Option<String>,
    /// Free text over name, affiliation, expertise and groups.
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub include_archived: bool,
}

impl ContributorFilter {
    pub fn matches(&self, c: &Contributor) -> bool {
        if c.meta.archived && !self.include_archived {
            return false;
        }
        if self.kind.is_some_and(|k| k != c.kind) {
            return false;
        }
        let has_tag = |tags: &[String], want: &str| {
            let want = want.trim();
            want.is_empty() || tags.iter().any(|t| t.eq_ignore_ascii_case(want))
        };
        if let Some(tag) = &self.expertise {
            if !has_tag(&c.expertise, tag) {
                return false;
            }
        }
        if let Some(group) = &self.group {
            if !has_tag(&c.groups, group) {
                return false;
            }
        }
        if let Some(text) = self
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            let needle = text.to_lowercase();
            let hay = [&c.name, &c.affiliation]
                .into_iter()
                .chain(c.expertise.iter())
                .chain(c.groups.iter());
            if !hay.into_iter().any(|h| h.to_lowercase().contains(&needle)) {
                return false;
            }
        }
        true
    }
}

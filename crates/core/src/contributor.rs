//! Contributors: the people and organizations ideas come from — suppliers,
//! independent inventors, university labs, customers, experts, partner firms
//! and employees — with their expertise, groups and recognition earned.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::ContributorId;
use crate::record::RecordMeta;
use crate::validation::{clean_tags, Validator, MAX_LINE, MAX_TEXT, MAX_TITLE};
use crate::Result;

crate::named_enum! {
    pub enum ContributorKind {
        Supplier = "supplier",
        IndependentInventor = "independent_inventor",
        UniversityLab = "university_lab",
        Customer = "customer",
        Expert = "expert",
        PartnerFirm = "partner_firm",
        Employee = "employee",
    }
}

crate::named_enum! {
    /// Whether the contributor is one person or an organization.
    #[derive(Default)]
    pub enum EntityKind {
        #[default]
        Person = "person",
        Organization = "organization",
    }
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
    #[serde(flatten)]
    pub body: ContributorBody,
}

/// Everything about a contributor an edit may change, declared once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContributorBody {
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
    /// Contributors this one declared a conflict of interest with: they may
    /// not review each other's ideas.
    #[serde(default)]
    pub conflicts: Vec<ContributorId>,
}

/// What the form and the CLI send: the body itself.
pub type ContributorInput = ContributorBody;

impl ContributorBody {
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
            conflicts: Vec::new(),
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

/// Filter ids of the contributor list's index.
pub(crate) const F_KIND: u8 = 1;
pub(crate) const F_EXPERTISE: u8 = 2;
pub(crate) const F_GROUP: u8 = 3;

/// A contributor as lists show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContributorSummary {
    pub id: ContributorId,
    pub name: String,
    pub kind: ContributorKind,
    pub entity: EntityKind,
    pub affiliation: String,
    pub expertise: Vec<String>,
    pub groups: Vec<String>,
    pub archived: bool,
    pub revision: u64,
}

impl ContributorSummary {
    pub fn of(c: &Contributor) -> Self {
        let b = &c.body;
        Self {
            id: c.id,
            name: b.name.clone(),
            kind: b.kind,
            entity: b.entity,
            affiliation: b.affiliation.clone(),
            expertise: b.expertise.clone(),
            groups: b.groups.clone(),
            archived: c.meta.archived,
            revision: c.meta.revision,
        }
    }
}

impl crate::store::Body for ContributorBody {
    fn normalized(self) -> Self {
        ContributorBody::normalized(self)
    }
    fn validate(&self) -> Result<()> {
        ContributorBody::validate(self)
    }
}

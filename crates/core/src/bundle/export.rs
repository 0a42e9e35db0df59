//! Building bundles from the workspace. Only what a kind is meant to carry
//! leaves, in the records' own shapes with internal fields emptied:
//!
//! - **challenge** (sponsor → partners): the challenge without invitees,
//!   groups, risks or decisions; its sub-problems (claims by recipients
//!   only); the published texts of its required agreements (no drafts); the
//!   public Q&A; the recipients' profiles without contact, notes, groups,
//!   recognition or conflicts.
//! - **response** (partner → sponsor): our ideas on the sponsor's challenge
//!   with their attachments, our questions, our contributors' profiles
//!   (without internal notes), their acceptances, and sub-problem claims.
//! - **update** (sponsor → one partner): the challenge part again, that
//!   partner's questions (internal answers removed), the stages of their
//!   ideas, and a signed receipt for each idea received from them.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::docs::{self, Claim, ResponseDoc, StageNote, UpdateDoc};
use super::{refuse, BagInfo, BundleFault as F, BundleKind};
use crate::activity::{LogDraft, Verb};
use crate::challenge::Challenge;
use crate::contributor::Contributor;
use crate::idea::{IdeaFilter, Reviewer};
use crate::ids::{ChallengeId, ContributorId};
use crate::record::RecordKind;
use crate::store::{PageRequest, Put, Receipt, T};
use crate::{Error, Result, Store};

/// What to send.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportRequest {
    pub kind: BundleKind,
    pub challenge: Option<ChallengeId>,
    pub recipients: Vec<ContributorId>,
}

/// One thing a bundle carries, for the preview "what will leave".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Carried {
    pub kind: RecordKind,
    pub id: String,
    pub label: String,
}

/// What an export carries (shown before saving, and returned after).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportSummary {
    pub bundle_id: String,
    pub kind: BundleKind,
    pub challenge: ChallengeId,
    pub challenge_title: String,
    /// Who it is for, by name.
    pub recipients: Vec<String>,
    pub items: Vec<Carried>,
    /// Attachments carried: count and bytes.
    pub attachments: usize,
    pub attachment_bytes: u64,
    /// Every file under `data/`.
    pub files: usize,
}

/// A bundle sent or received, as the `bundles` tree keeps it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BundleRecord {
    pub bundle_id: String,
    pub kind: BundleKind,
    /// `sent` or `received`.
    pub direction: String,
    pub organization: String,
    pub key_id: String,
    pub at: DateTime<Utc>,
    pub challenge: Option<ChallengeId>,
    pub items: Vec<serde_json::Value>,
}

struct Parts {
    payload: BTreeMap<String, Vec<u8>>,
    info: BagInfo,
    summary: ExportSummary,
}

fn carried(kind: RecordKind, id: impl ToString, label: impl Into<String>) -> Carried {
    Carried {
        kind,
        id: id.to_string(),
        label: label.into(),
    }
}

impl Store {
    /// What a bundle would carry, without writing anything.
    pub fn export_preview(&self, req: &ExportRequest, now: DateTime<Utc>) -> Result<ExportSummary> {
        Ok(self.bundle_parts(req, now)?.summary)
    }

    /// Builds and signs a bundle; logs `bundle.exported` (with what it
    /// carried) and records it among the bundles sent.
    pub fn export_bundle(
        &self,
        req: &ExportRequest,
        now: DateTime<Utc>,
    ) -> Result<(Vec<u8>, ExportSummary)> {
        let parts = self.bundle_parts(req, now)?;
        let comment = format!(
            "opencall {} bundle {}",
            parts.info.kind, parts.info.bundle_id
        );
        let bytes = super::write(&parts.info, &parts.payload, |t| {
            self.sign_detached(t, &comment)
        })?;
        let s = &parts.summary;
        let record = BundleRecord {
            bundle_id: s.bundle_id.clone(),
            kind: s.kind,
            direction: "sent".into(),
            organization: parts.info.organization.clone(),
            key_id: parts.info.key_id.clone(),
            at: now,
            challenge: Some(s.challenge),
            items: s
                .items
                .iter()
                .map(serde_json::to_value)
                .collect::<std::result::Result<_, _>>()?,
        };
        let log = LogDraft::new(RecordKind::Bundle, Verb::Exported, s.bundle_id.clone())
            .with("label", s.challenge_title.clone())
            .with("kind", s.kind.as_str())
            .with("challenge", s.challenge.to_string())
            .with("recipients", s.recipients.clone())
            .with("records", s.items.len())
            .with("attachments", s.attachments);
        let _guard = self.lock();
        let actor = self.actor()?;
        let put = Put::raw(T::Bundles, &s.bundle_id, &record, log)?;
        self.commit(&actor, now, vec![put], vec![])?;
        Ok((bytes, parts.summary))
    }

    fn bundle_parts(&self, req: &ExportRequest, now: DateTime<Utc>) -> Result<Parts> {
        let ws = self.require_workspace()?;
        let id = req.challenge.ok_or_else(|| {
            Error::Validation(vec![crate::validation::FieldError::new(
                "challenge",
                "required",
                "Choose the challenge the bundle is about.",
            )])
        })?;
        let c = self.challenge(id)?;
        let ours = c.meta.origin == ws.organization.id;
        let mut payload = BTreeMap::new();
        let mut items = Vec::new();
        let mut attachments = 0;
        let mut attachment_bytes = 0;
        let recipients: Vec<String>;
        match req.kind {
            BundleKind::Challenge | BundleKind::Update => {
                if !ours {
                    return Err(refuse(
                        F::ForeignRecord,
                        "challenge_foreign",
                        format!("“{}” came from another organization: send them a response bundle instead.", c.body.title),
                    )
                    .with("title", &c.body.title));
                }
                if req.kind == BundleKind::Update && req.recipients.len() != 1 {
                    return Err(Error::Validation(vec![crate::validation::FieldError::new(
                        "recipients",
                        "required",
                        "An update bundle is for exactly one partner: name one recipient contributor.",
                    )]));
                }
                let people = req
                    .recipients
                    .iter()
                    .map(|r| self.contributor(*r))
                    .collect::<Result<Vec<_>>>()?;
                recipients = people.iter().map(|p| p.body.name.clone()).collect();
                self.challenge_docs(&c, &people, &mut payload, &mut items)?;
                if req.kind == BundleKind::Update {
                    self.update_docs(&c, &people[0], &mut payload, &mut items)?;
                }
            }
            BundleKind::Backup => {
                return Err(Error::Validation(vec![crate::validation::FieldError::new(
                    "kind",
                    "invalid_choice",
                    "Backups are made with `backup create` (or Backups in the app), not exported.",
                )
                .with("case", "backup")]))
            }
            BundleKind::Response => {
                if ours {
                    return Err(refuse(
                        F::ForeignRecord,
                        "challenge_own",
                        format!("“{}” is this workspace's own challenge: send partners a challenge or update bundle.", c.body.title),
                    )
                    .with("title", &c.body.title));
                }
                let sponsor = self
                    .provenance(c.id.key())?
                    .map(|p| p.organization)
                    .unwrap_or_default();
                recipients = vec![sponsor];
                (attachments, attachment_bytes) =
                    self.response_docs(&c, &mut payload, &mut items)?;
            }
        }
        let info = self.bag_info(req.kind, recipients.clone(), now)?;
        let summary = ExportSummary {
            bundle_id: info.bundle_id.clone(),
            kind: req.kind,
            challenge: c.id,
            challenge_title: c.body.title.clone(),
            recipients,
            items,
            attachments,
            attachment_bytes,
            files: payload.len(),
        };
        Ok(Parts {
            payload,
            info,
            summary,
        })
    }

    /// The challenge as `recipients` may see it, with what goes with it.
    fn challenge_docs(
        &self,
        c: &Challenge,
        recipients: &[Contributor],
        payload: &mut BTreeMap<String, Vec<u8>>,
        items: &mut Vec<Carried>,
    ) -> Result<()> {
        let ids: BTreeSet<ContributorId> = recipients.iter().map(|r| r.id).collect();
        let mut shared = c.clone();
        let b = &mut shared.body;
        b.risks.clear();
        b.decisions.clear();
        b.audience.groups.clear();
        b.audience.contributors.retain(|x| ids.contains(x));
        items.push(carried(RecordKind::Challenge, c.id, &c.body.title));
        payload.insert(docs::CHALLENGE.into(), docs::to_bytes(&shared)?);

        let mut agreements = Vec::new();
        for id in &c.body.required_agreements {
            let mut a = self.agreement(*id)?;
            // The draft is internal; partners get the published texts.
            a.body.draft = a.latest().map(|v| v.text.clone()).unwrap_or_default();
            items.push(carried(RecordKind::Agreement, a.id, &a.body.title));
            agreements.push(a);
        }
        payload.insert(docs::AGREEMENTS.into(), docs::to_bytes(&agreements)?);

        let mut subs = self.sub_problem_list(c.id)?;
        for s in &mut subs {
            s.claimed_by.retain(|x| ids.contains(x));
            s.body.assigned.retain(|x| ids.contains(x));
            items.push(carried(RecordKind::SubProblem, s.id, &s.body.title));
        }
        payload.insert(docs::SUB_PROBLEMS.into(), docs::to_bytes(&subs)?);

        let mut faq = Vec::new();
        for mut q in self.questions(c.id)? {
            let public = q.answer.as_ref().is_some_and(|a| a.public);
            let theirs = matches!(q.asked_by, Reviewer::Contributor(x) if ids.contains(&x));
            if !public && !theirs {
                continue;
            }
            if !public {
                // Their own question; an internal answer stays here.
                q.answer = None;
            }
            if !theirs {
                // Another participant's question, published by the sponsor.
                if let Some(a) = &q.answer {
                    q.asked_by = Reviewer::Person(a.by);
                }
            }
            items.push(carried(RecordKind::Question, q.id, &q.text));
            faq.push(q);
        }
        payload.insert(docs::QUESTIONS.into(), docs::to_bytes(&faq)?);

        let mut profiles = Vec::new();
        for r in recipients {
            let mut p = r.clone();
            p.body.contact = Default::default();
            p.body.notes.clear();
            p.body.groups.clear();
            p.body.recognition.clear();
            p.body.conflicts.clear();
            items.push(carried(RecordKind::Contributor, p.id, &p.body.name));
            profiles.push(p);
        }
        payload.insert(docs::RECIPIENTS.into(), docs::to_bytes(&profiles)?);
        Ok(())
    }

    /// Stages and receipts of one partner's ideas.
    fn update_docs(
        &self,
        c: &Challenge,
        recipient: &Contributor,
        payload: &mut BTreeMap<String, Vec<u8>>,
        items: &mut Vec<Carried>,
    ) -> Result<()> {
        let ws = self.require_workspace()?;
        let key_id = self.key_id_display()?;
        let public_key = self.public_key_line()?;
        let filter = IdeaFilter {
            challenge: Some(c.id),
            author: Some(recipient.id),
            include_archived: true,
            ..IdeaFilter::default()
        };
        let mut stages = Vec::new();
        let mut receipts = Vec::new();
        for s in self.ideas(&filter, PageRequest::all())?.items {
            let idea = self.idea(s.id)?;
            // Only ideas the partner sent: ideas staff recorded here on
            // their behalf are not in the partner's copy.
            if idea.meta.origin == ws.organization.id {
                continue;
            }
            stages.push(StageNote {
                idea: idea.id,
                stage: idea.stage,
                rejection: idea.rejection.clone(),
                revision: idea.meta.revision,
            });
            items.push(carried(RecordKind::Idea, idea.id, &idea.body.title));
            if let Some(p) = self.provenance(idea.id.key())? {
                let statement = Receipt::statement_for(
                    idea.id,
                    c.id,
                    &idea.content_hash,
                    p.updated_at,
                    &ws.organization.name,
                    &ws.organization.id.to_string(),
                    &key_id,
                );
                let signature = self.sign_detached(
                    statement.as_bytes(),
                    &format!("opencall receipt for idea {}", idea.id),
                )?;
                let id = super::sha256_hex(
                    format!("{}{}{}", idea.id, idea.content_hash, p.updated_at).as_bytes(),
                )[..32]
                    .to_owned();
                items.push(carried(RecordKind::Receipt, &id, &idea.body.title));
                receipts.push(Receipt {
                    id,
                    idea: idea.id,
                    challenge: c.id,
                    content_hash: idea.content_hash.clone(),
                    received_at: p.updated_at,
                    sponsor: ws.organization.name.clone(),
                    sponsor_id: ws.organization.id.to_string(),
                    key_id: key_id.clone(),
                    public_key: public_key.clone(),
                    statement,
                    signature,
                });
            }
        }
        payload.insert(
            docs::UPDATE.into(),
            docs::to_bytes(&UpdateDoc {
                challenge: c.id,
                recipient: recipient.id,
            })?,
        );
        payload.insert(docs::STAGES.into(), docs::to_bytes(&stages)?);
        payload.insert(docs::RECEIPTS.into(), docs::to_bytes(&receipts)?);
        Ok(())
    }

    /// Our ideas, questions, profiles, acceptances and claims on a sponsor's
    /// challenge. Returns the attachments' count and bytes.
    fn response_docs(
        &self,
        c: &Challenge,
        payload: &mut BTreeMap<String, Vec<u8>>,
        items: &mut Vec<Carried>,
    ) -> Result<(usize, u64)> {
        let own = self.require_workspace()?.organization.id;
        let mut people: BTreeSet<ContributorId> = BTreeSet::new();
        let mut ideas = Vec::new();
        let mut files: BTreeMap<String, u64> = BTreeMap::new();
        let filter = IdeaFilter {
            challenge: Some(c.id),
            ..IdeaFilter::default()
        };
        for s in self.ideas(&filter, PageRequest::all())?.items {
            let idea = self.idea(s.id)?;
            if idea.meta.origin != own {
                continue;
            }
            people.extend(idea.body.authors.iter().copied());
            for a in &idea.body.attachments {
                files.insert(a.sha256.clone(), a.size);
            }
            items.push(carried(RecordKind::Idea, idea.id, &idea.body.title));
            ideas.push(idea);
        }
        let mut questions = Vec::new();
        for q in self.questions(c.id)? {
            if q.meta.origin != own {
                continue;
            }
            if let Reviewer::Contributor(x) = q.asked_by {
                people.insert(x);
            }
            items.push(carried(RecordKind::Question, q.id, &q.text));
            questions.push(q);
        }
        let mut claims = Vec::new();
        for s in self.sub_problem_list(c.id)? {
            let mine: Vec<ContributorId> = s
                .claimed_by
                .iter()
                .copied()
                .filter(|x| {
                    self.contributor(*x)
                        .map(|p| p.meta.origin == own || c.body.audience.contributors.contains(x))
                        .unwrap_or(false)
                })
                .collect();
            if !mine.is_empty() {
                people.extend(mine.iter().copied());
                items.push(carried(RecordKind::SubProblem, s.id, &s.body.title));
                claims.push(Claim {
                    sub_problem: s.id,
                    contributors: mine,
                });
            }
        }
        let mut profiles = Vec::new();
        let mut acceptances = Vec::new();
        for id in &people {
            let mut p = self.contributor(*id)?;
            p.body.notes.clear();
            p.body.recognition.clear();
            items.push(carried(RecordKind::Contributor, p.id, &p.body.name));
            for ag in &c.body.required_agreements {
                for a in self.acceptances(&crate::agreement::AcceptanceFilter {
                    agreement: Some(*ag),
                    contributor: Some(*id),
                })? {
                    if a.meta.origin == own {
                        items.push(carried(RecordKind::Acceptance, a.id, &p.body.name));
                        acceptances.push(a);
                    }
                }
            }
            profiles.push(p);
        }
        payload.insert(
            docs::RESPONSE.into(),
            docs::to_bytes(&ResponseDoc { challenge: c.id })?,
        );
        payload.insert(docs::IDEAS.into(), docs::to_bytes(&ideas)?);
        payload.insert(docs::QUESTIONS.into(), docs::to_bytes(&questions)?);
        payload.insert(docs::CLAIMS.into(), docs::to_bytes(&claims)?);
        payload.insert(docs::CONTRIBUTORS.into(), docs::to_bytes(&profiles)?);
        payload.insert(docs::ACCEPTANCES.into(), docs::to_bytes(&acceptances)?);
        let mut bytes = 0;
        for (sha, size) in &files {
            payload.insert(
                format!("{}{sha}", docs::ATTACHMENTS),
                self.attachment_bytes(sha)?,
            );
            bytes += size;
        }
        Ok((files.len(), bytes))
    }
}

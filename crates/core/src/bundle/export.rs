//! Building bundles from the workspace. Only what a kind is meant to carry
//! leaves: a challenge bundle has no reviews, ideas, contacts, invitees,
//! internal answers, risks or decisions.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde_json::json;

use super::{BagInfo, BundleKind};
use crate::ids::ChallengeId;
use crate::{Result, Store};

impl Store {
    /// A signed challenge bundle for `recipients` (names shown in
    /// `bag-info.txt`): the challenge as partners see it, its sub-problems,
    /// the published texts of its required agreements and its public Q&A.
    pub fn export_challenge_bundle(
        &self,
        challenge: ChallengeId,
        recipients: Vec<String>,
        now: DateTime<Utc>,
    ) -> Result<Vec<u8>> {
        let (payload, info) = self.challenge_bundle_parts(challenge, recipients, now)?;
        let comment = format!("opencall {} bundle {}", info.kind, info.bundle_id);
        super::write(&info, &payload, |t| self.sign_detached(t, &comment))
    }

    /// What a challenge bundle would carry (the preview shows the same).
    pub fn challenge_bundle_parts(
        &self,
        challenge: ChallengeId,
        recipients: Vec<String>,
        now: DateTime<Utc>,
    ) -> Result<(BTreeMap<String, Vec<u8>>, BagInfo)> {
        let ws = self.require_workspace()?;
        let c = self.challenge(challenge)?;
        let b = &c.body;
        let doc = json!({
            "id": c.id,
            "revision": c.meta.revision,
            "origin": c.meta.origin,
            "updated_at": c.meta.updated_at,
            "status": c.status,
            "title": b.title,
            "brief": b.brief,
            "problem": b.problem,
            "goals": b.goals,
            "success_criteria": b.success_criteria,
            "assets_shared": b.assets_shared,
            "lessons": b.lessons,
            "constraints": b.constraints,
            "challenge_type": b.challenge_type,
            "lead": b.lead,
            "deadline": b.deadline,
            "audience": b.audience.kind,
            "rules": b.rules,
            "required_agreements": b.required_agreements,
            "incentives": b.incentives,
            "criteria": b.criteria,
            "blind_review": b.blind_review,
        });
        let mut payload = BTreeMap::new();
        payload.insert(
            "challenge.json".to_owned(),
            serde_json::to_vec_pretty(&doc)?,
        );
        let mut agreements = Vec::new();
        for id in &b.required_agreements {
            let a = self.agreement(*id)?;
            agreements.push(json!({
                "id": a.id,
                "title": a.body.title,
                "kind": a.body.kind,
                "summary": a.body.summary,
                "versions": a.versions,
            }));
        }
        payload.insert(
            "agreements.json".to_owned(),
            serde_json::to_vec_pretty(&agreements)?,
        );
        let subs: Vec<serde_json::Value> = self
            .sub_problem_list(challenge)?
            .into_iter()
            .map(|s| {
                json!({
                    "id": s.id, "parent": s.parent, "status": s.status, "title": s.body.title,
                    "description": s.body.description, "expertise": s.body.expertise, "due": s.body.due,
                    "revision": s.meta.revision,
                })
            })
            .collect();
        payload.insert(
            "sub_problems.json".to_owned(),
            serde_json::to_vec_pretty(&subs)?,
        );
        let faq: Vec<serde_json::Value> = self
            .questions(challenge)?
            .into_iter()
            .filter_map(|q| {
                let a = q.answer.filter(|a| a.public)?;
                Some(json!({ "id": q.id, "question": q.text, "answer": a.text, "answered_at": a.at }))
            })
            .collect();
        payload.insert(
            "questions.json".to_owned(),
            serde_json::to_vec_pretty(&faq)?,
        );
        let pub_file = self.public_key_file()?;
        let info = BagInfo {
            bundle_id: uuid::Uuid::new_v4().to_string(),
            kind: BundleKind::Challenge,
            organization: ws.organization.name.clone(),
            organization_id: ws.organization.id.to_string(),
            key_id: self.key_id_display()?,
            public_key: pub_file.lines().nth(1).unwrap_or_default().to_owned(),
            created: now,
            recipients,
        };
        Ok((payload, info))
    }
}

//! Importing a verified bundle: a plan first (what would be added, updated,
//! left unchanged, skipped as older, or kept as a conflict), shown as the
//! preview; then the same plan applied in one transaction with the signer's
//! pin, the provenance of every record and the bundle's own entry.
//!
//! Rules: a signer vouches only for its own records (another origin is
//! refused; our own records coming back are left unchanged). A record is
//! updated only by a higher revision than the one last received; the same
//! revision with other content is a conflict — the local record stays and
//! the incoming one is kept with the bundle's entry, for the user to see.
//! Every record is validated by the same rules as local input, every
//! reference must resolve, and an idea must pass the challenge's
//! contribution gate.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::docs::{self, Claim, ResponseDoc, StageNote, UpdateDoc};
use super::export::BundleRecord;
use super::{refuse, BagInfo, BundleFault as F, BundleKind, Limits, VerifiedBundle};
use crate::activity::{LogDraft, Verb};
use crate::agreement::{Acceptance, Agreement};
use crate::challenge::Challenge;
use crate::contributor::Contributor;
use crate::idea::{Idea, IdeaStage, Reviewer};
use crate::ids::{ChallengeId, ContributorId, OrgId};
use crate::record::RecordKind;
use crate::store::{Provenance, Put, Receipt, Stored, TrustState, T};
use crate::work::{Question, SubProblem};
use crate::{Error, Result, Store};

crate::named_enum! {
    /// What an import does with one record.
    pub enum ItemAction {
        Add = "add",
        Update = "update",
        Unchanged = "unchanged",
        /// An older revision than the one here: never overwrites.
        Older = "older",
        /// Same revision, other content: the local record stays.
        Conflict = "conflict",
    }
}

/// One line of the preview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    pub kind: RecordKind,
    pub id: String,
    pub label: String,
    pub action: ItemAction,
    /// Why, as a code the UI words (`None`: nothing to add).
    pub reason: Option<ItemReason>,
    /// The reason's value: a revision, a stage, a fingerprint, a version.
    pub value: String,
}

crate::named_enum! {
    /// Why an import does what it does with a record.
    pub enum ItemReason {
        /// A record of ours coming back: left as it is.
        Yours = "yours",
        /// Updated to the sender's revision `value`.
        Revision = "revision",
        /// The sender's revision `value` is older than the one here.
        OlderRevision = "older_revision",
        /// Revision `value` differs from the copy here, which is kept.
        ConflictKept = "conflict_kept",
        /// Passed on by the sender, but the copy here came from its maker.
        KeptFromMaker = "kept_from_maker",
        /// About a record that is not in this workspace: skipped.
        NotHere = "not_here",
        /// The sponsor's answer to our question.
        Answer = "answer",
        /// Contributors claimed the sub-problem.
        Claimed = "claimed",
        /// The idea's stage is now `value`.
        Stage = "stage",
        /// The idea's fingerprint `value`.
        Fingerprint = "fingerprint",
        /// Agreement version `value`.
        Version = "version",
    }
}

/// Counts per action.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanCounts {
    pub add: usize,
    pub update: usize,
    pub unchanged: usize,
    pub older: usize,
    pub conflict: usize,
}

/// What importing a bundle would do (and, after import, what it did).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub bundle_id: String,
    pub kind: BundleKind,
    pub organization: String,
    pub organization_id: String,
    pub key_id: String,
    pub created: DateTime<Utc>,
    pub recipients: Vec<String>,
    pub trust: TrustState,
    /// Why the import would be refused as things stand (`untrusted_signer`
    /// until the user trusts the key), as `{kind, message}`.
    pub refusal: Option<Refusal>,
    pub already_imported: bool,
    /// Importing would write no record (already imported, or every item
    /// unchanged or older): the import has nothing to do.
    pub nothing_to_import: bool,
    pub counts: PlanCounts,
    pub items: Vec<PlanItem>,
}

/// One line of the bundle history.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BundleHistoryRow {
    #[serde(flatten)]
    pub record: BundleRecord,
    pub challenge_title: Option<String>,
    pub records: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub kind: String,
    pub message: String,
}

/// A plan under construction.
struct Plan<'a> {
    store: &'a Store,
    info: &'a BagInfo,
    signer: OrgId,
    own: OrgId,
    now: DateTime<Utc>,
    items: Vec<PlanItem>,
    puts: Vec<Put>,
    /// Blobs already planned.
    blobs: BTreeSet<String>,
    /// The challenge the bundle is about.
    challenge: Option<crate::ids::ChallengeId>,
}

fn sha_json<R: Serialize>(r: &R) -> Result<String> {
    Ok(super::sha256_hex(&serde_json::to_vec(r)?))
}

fn dangling(code: &'static str, message: String) -> Error {
    refuse(F::DanglingReference, code, message)
}

fn invalid(kind: RecordKind, id: impl ToString, e: Error) -> Error {
    let why = e
        .field_errors()
        .iter()
        .map(|f| format!("{}: {}", f.field, f.message))
        .collect::<Vec<_>>()
        .join("; ");
    let why = if why.is_empty() { e.to_string() } else { why };
    let id = id.to_string();
    refuse(
        F::InvalidRecord,
        "invalid_record",
        format!("The bundle's {kind} {id} is not valid here ({why})."),
    )
    .with("kind", kind)
    .with("id", id)
    .caused_by(e)
}

/// Refuses the same id twice in one document.
fn unique<'r, R: Stored + 'r>(records: impl IntoIterator<Item = &'r R>, doc: &str) -> Result<()> {
    let mut seen = HashSet::new();
    for r in records {
        if !seen.insert(r.key()) {
            return Err(refuse(
                F::DuplicateId,
                "duplicate_record",
                format!("data/{doc} lists {} {} twice.", R::KIND, r.id_string()),
            )
            .with("name", format!("data/{doc}"))
            .with("kind", R::KIND)
            .with("id", r.id_string()));
        }
    }
    Ok(())
}

impl<'a> Plan<'a> {
    fn item(
        &mut self,
        kind: RecordKind,
        id: impl ToString,
        label: &str,
        action: ItemAction,
        reason: Option<ItemReason>,
        value: impl ToString,
    ) {
        self.items.push(PlanItem {
            kind,
            id: id.to_string(),
            label: label.to_owned(),
            action,
            reason,
            value: value.to_string(),
        });
    }

    fn log(&self, kind: RecordKind, verb: Verb, id: impl ToString, label: &str) -> LogDraft {
        LogDraft::new(kind, verb, id.to_string())
            .with("label", label.to_owned())
            .with("bundle", self.info.bundle_id.clone())
            .with("from", self.info.organization.clone())
            .with("key_id", self.info.key_id.clone())
    }

    fn provenance(&self, old: Option<&Provenance>, revision: u64, sha: String) -> Provenance {
        Provenance {
            bundle_id: self.info.bundle_id.clone(),
            organization: self.info.organization.clone(),
            organization_id: self.info.organization_id.clone(),
            key_id: self.info.key_id.clone(),
            received_at: old.map_or(self.now, |p| p.received_at),
            updated_at: self.now,
            remote_revision: revision,
            remote_sha256: sha,
        }
    }

    /// The origin rule: the signer's records, or ours coming back.
    fn check_origin<R: Stored>(&self, r: &R) -> Result<bool> {
        let origin = r.meta().origin;
        if origin == self.own {
            return Ok(true);
        }
        if origin != self.signer {
            return Err(refuse(
                F::ForeignRecord,
                "foreign_record",
                format!(
                    "The bundle carries {} {} made by another organization; “{}” may only send its own records.",
                    R::KIND,
                    r.id_string(),
                    self.info.organization
                ),
            )
            .with("kind", R::KIND)
            .with("id", r.id_string())
            .with("organization", &self.info.organization));
        }
        Ok(false)
    }

    /// Compares an incoming record with what was last received.
    fn compare(
        &self,
        incoming_rev: u64,
        sha: &str,
        prov: Option<&Provenance>,
        local_rev: u64,
    ) -> ItemAction {
        let (rev, known_sha) = match prov {
            Some(p) => (p.remote_revision, Some(p.remote_sha256.as_str())),
            None => (local_rev, None),
        };
        if incoming_rev > rev {
            ItemAction::Update
        } else if incoming_rev < rev {
            ItemAction::Older
        } else if known_sha.is_none_or(|k| k == sha) {
            ItemAction::Unchanged
        } else {
            ItemAction::Conflict
        }
    }

    /// A record the sender keeps and we mirror as is (challenges,
    /// agreements, sub-problems, published questions, profiles).
    /// `merge` carries local-only parts (our claims) into the new copy.
    ///
    /// With `relay`, the record may have been made by a third organization
    /// and passed on by the signer (a sponsor publishing another partner's
    /// question, or naming several recipients): it is accepted as new, but
    /// never overwrites a copy that came from elsewhere.
    fn mirror<R: Stored>(
        &mut self,
        incoming: R,
        merge: impl Fn(&mut R, &R),
        relay: bool,
    ) -> Result<()> {
        let label = incoming.label();
        let id = incoming.id_string();
        let origin = incoming.meta().origin;
        if origin == self.own {
            self.item(
                R::KIND,
                &id,
                &label,
                ItemAction::Unchanged,
                Some(ItemReason::Yours),
                "",
            );
            return Ok(());
        }
        if origin != self.signer {
            if !relay {
                self.check_origin(&incoming)?;
            }
            if let Some(p) = self.store.provenance(incoming.key())? {
                if p.organization_id != self.info.organization_id {
                    self.item(
                        R::KIND,
                        &id,
                        &label,
                        ItemAction::Unchanged,
                        Some(ItemReason::KeptFromMaker),
                        "",
                    );
                    return Ok(());
                }
            }
        }
        let sha = sha_json(&incoming)?;
        let rev = incoming.meta().revision;
        let local: Option<R> = match self.store.tree(R::TREE).get(incoming.key())? {
            Some(b) => Some(serde_json::from_slice(&b)?),
            None => None,
        };
        let Some(local) = local else {
            let log = self.log(R::KIND, Verb::Imported, &id, &label);
            self.puts.push(Put::record(None, &incoming, log)?);
            let p = self.provenance(None, rev, sha);
            self.puts.push(Store::provenance_put(incoming.key(), &p)?);
            self.item(R::KIND, &id, &label, ItemAction::Add, None, "");
            return Ok(());
        };
        let prov = self.store.provenance(incoming.key())?;
        let action = self.compare(rev, &sha, prov.as_ref(), local.meta().revision);
        match action {
            ItemAction::Update => {
                let mut new = incoming;
                merge(&mut new, &local);
                new.meta_mut().archived = local.meta().archived;
                let log = self
                    .log(R::KIND, Verb::Imported, &id, &label)
                    .with("revision", rev);
                self.puts.push(Put::record(Some(&local), &new, log)?);
                let p = self.provenance(prov.as_ref(), rev, sha);
                self.puts.push(Store::provenance_put(new.key(), &p)?);
                self.item(
                    R::KIND,
                    &id,
                    &label,
                    action,
                    Some(ItemReason::Revision),
                    rev,
                );
            }
            ItemAction::Conflict => self.conflict(&incoming, &local, rev)?,
            ItemAction::Older => self.item(
                R::KIND,
                &id,
                &label,
                action,
                Some(ItemReason::OlderRevision),
                rev,
            ),
            _ => self.item(R::KIND, &id, &label, action, None, ""),
        }
        Ok(())
    }

    /// Keeps the local record; the incoming one is logged and kept with the
    /// bundle's entry so nothing is lost.
    fn conflict<R: Stored>(&mut self, incoming: &R, local: &R, rev: u64) -> Result<()> {
        let id = incoming.id_string();
        let label = local.label();
        let log = self
            .log(R::KIND, Verb::Conflict, &id, &label)
            .with("revision", rev);
        let key = format!("{}/conflict/{id}", self.info.bundle_id);
        let kept = serde_json::json!({ "kind": R::KIND, "id": id, "incoming": incoming });
        self.puts.push(Put::raw(T::Bundles, &key, &kept, log)?);
        self.item(
            R::KIND,
            &id,
            &label,
            ItemAction::Conflict,
            Some(ItemReason::ConflictKept),
            rev,
        );
        Ok(())
    }

    fn blob(&mut self, payload: &BTreeMap<String, Vec<u8>>, sha: &str, name: &str) -> Result<()> {
        if self.blobs.contains(sha) || self.store.tree(T::Blobs).contains_key(sha.as_bytes())? {
            return Ok(());
        }
        let bytes = payload
            .get(&format!("{}{sha}", docs::ATTACHMENTS))
            .ok_or_else(|| {
                dangling(
                    "attachment_missing",
                    format!("The attachment “{name}” ({sha}) is missing from the bundle."),
                )
                .with("name", name)
                .with("sha", sha)
            })?;
        if super::sha256_hex(bytes) != sha {
            return Err(refuse(
                F::HashMismatch,
                "attachment_hash",
                format!("The attachment “{name}” does not match its SHA-256."),
            )
            .with("name", name));
        }
        crate::idea::check_attachment_size(name, bytes.len() as u64, crate::idea::MAX_ATTACHMENT)
            .map_err(|e| refuse(F::TooLarge, "attachment_too_large", e.to_string()).caused_by(e))?;
        self.blobs.insert(sha.to_owned());
        self.puts
            .push(Put::quiet(T::Blobs, sha.as_bytes().to_vec(), bytes.clone()));
        Ok(())
    }
}

impl Store {
    /// Verifies a bundle and says what importing it would do. Writes nothing.
    pub fn preview_import(&self, bytes: &[u8], now: DateTime<Utc>) -> Result<ImportPreview> {
        let bundle = super::read(bytes, Limits::default())?;
        let _guard = self.lock();
        let (preview, _) = self.plan_import(&bundle, now, false)?;
        Ok(preview)
    }

    /// Verifies and imports a bundle in one transaction. Refused (with
    /// nothing written) when the signer is not trusted — unless
    /// `trust_signer`, which pins it in the same transaction.
    pub fn import_bundle(
        &self,
        bytes: &[u8],
        trust_signer: bool,
        now: DateTime<Utc>,
    ) -> Result<ImportPreview> {
        let bundle = super::read(bytes, Limits::default())?;
        let _guard = self.lock();
        let actor = self.actor()?;
        let (preview, plan) = self.plan_import(&bundle, now, trust_signer)?;
        if let Some(r) = preview.trust.refusal(&bundle.info, trust_signer) {
            return Err(r);
        }
        let Some(mut puts) = plan else {
            return Ok(preview);
        };
        if preview.trust == TrustState::Unknown {
            puts.insert(0, self.pin_put(&bundle.info, now)?);
        }
        self.commit(&actor, now, puts, vec![])?;
        Ok(preview)
    }

    /// Bundles sent and received, newest first, with what a history list
    /// shows: the challenge's title (when it is in this workspace) and how
    /// many records each carried.
    pub fn bundle_history_rows(&self) -> Result<Vec<BundleHistoryRow>> {
        let mut titles: BTreeMap<ChallengeId, Option<String>> = BTreeMap::new();
        self.bundle_history()?
            .into_iter()
            .map(|record| {
                let challenge_title = match record.challenge {
                    None => None,
                    Some(id) => match titles.get(&id) {
                        Some(t) => t.clone(),
                        None => {
                            let t = self.challenge(id).ok().map(|c| c.body.title);
                            titles.insert(id, t.clone());
                            t
                        }
                    },
                };
                Ok(BundleHistoryRow {
                    records: record.items.len(),
                    challenge_title,
                    record,
                })
            })
            .collect()
    }

    /// Bundles sent and received, newest first.
    pub fn bundle_history(&self) -> Result<Vec<BundleRecord>> {
        let mut out: Vec<BundleRecord> = self
            .tree(T::Bundles)
            .iter()
            .filter(|kv| kv.as_ref().map_or(true, |(k, _)| !k.contains(&b'/')))
            .map(|kv| Ok(serde_json::from_slice(&kv?.1)?))
            .collect::<Result<_>>()?;
        out.sort_by_key(|b| std::cmp::Reverse(b.at));
        Ok(out)
    }

    /// The preview, and the writes when there is anything to write.
    fn plan_import(
        &self,
        bundle: &VerifiedBundle,
        now: DateTime<Utc>,
        trust_signer: bool,
    ) -> Result<(ImportPreview, Option<Vec<Put>>)> {
        let ws = self.require_workspace()?;
        let info = &bundle.info;
        let trust = self.trust_state(info)?;
        let signer: OrgId = info.organization_id.parse().map_err(|_| {
            refuse(
                F::BagInvalid,
                "bag_info_no_org_id",
                "bag-info.txt names no valid Producer-Organization-Id.",
            )
        })?;
        let already_imported = self
            .tree(T::Bundles)
            .contains_key(info.bundle_id.as_bytes())?;
        let mut plan = Plan {
            store: self,
            info,
            signer,
            own: ws.organization.id,
            now,
            items: Vec::new(),
            puts: Vec::new(),
            blobs: BTreeSet::new(),
            challenge: None,
        };
        // A refused signer still gets a preview of what the bundle holds.
        match info.kind {
            BundleKind::Challenge => self.plan_challenge(&mut plan, &bundle.payload, None)?,
            BundleKind::Update => {
                let u: UpdateDoc = docs::require(&bundle.payload, docs::UPDATE)?;
                if self.contributor(u.recipient).is_err() {
                    return Err(refuse(
                        F::NotForYou,
                        "update_recipient_unknown",
                        format!(
                            "This update from “{}” is addressed to contributor {}, who is not in this workspace.",
                            info.organization, u.recipient
                        ),
                    )
                    .with("organization", &info.organization)
                    .with("recipient", u.recipient));
                }
                self.plan_challenge(&mut plan, &bundle.payload, Some(&u))?;
                self.plan_update(&mut plan, &bundle.payload, &u)?;
            }
            BundleKind::Response => self.plan_response(&mut plan, &bundle.payload)?,
            BundleKind::Backup => {
                return Err(refuse(
                    F::NotForYou,
                    "backup_not_bundle",
                    "This is a workspace backup, not a bundle from a partner: restore it from Backups instead.",
                ))
            }
        }
        let mut counts = PlanCounts::default();
        for i in &plan.items {
            match i.action {
                ItemAction::Add => counts.add += 1,
                ItemAction::Update => counts.update += 1,
                ItemAction::Unchanged => counts.unchanged += 1,
                ItemAction::Older => counts.older += 1,
                ItemAction::Conflict => counts.conflict += 1,
            }
        }
        let refusal = trust.refusal(info, trust_signer).map(|e| Refusal {
            kind: e.kind().to_owned(),
            message: e.to_string(),
        });
        let preview = ImportPreview {
            bundle_id: info.bundle_id.clone(),
            kind: info.kind,
            organization: info.organization.clone(),
            organization_id: info.organization_id.clone(),
            key_id: info.key_id.clone(),
            created: info.created,
            recipients: info.recipients.clone(),
            trust,
            refusal,
            already_imported,
            nothing_to_import: already_imported || plan.puts.is_empty(),
            counts,
            items: plan.items.clone(),
        };
        if preview.nothing_to_import {
            return Ok((preview, None));
        }
        let record = BundleRecord {
            bundle_id: info.bundle_id.clone(),
            kind: info.kind,
            direction: "received".into(),
            organization: info.organization.clone(),
            key_id: info.key_id.clone(),
            at: now,
            challenge: plan.challenge,
            items: plan
                .items
                .iter()
                .map(serde_json::to_value)
                .collect::<std::result::Result<_, _>>()?,
        };
        let c = &preview.counts;
        let log = LogDraft::new(RecordKind::Bundle, Verb::Imported, info.bundle_id.clone())
            .with("label", info.organization.clone())
            .with("kind", info.kind.as_str())
            .with("key_id", info.key_id.clone())
            .with("added", c.add)
            .with("updated", c.update)
            .with("unchanged", c.unchanged)
            .with("older", c.older)
            .with("conflicts", c.conflict);
        let mut puts = plan.puts;
        puts.push(Put::raw(T::Bundles, &info.bundle_id, &record, log)?);
        Ok((preview, Some(puts)))
    }

    /// The challenge part of challenge and update bundles.
    fn plan_challenge(
        &self,
        plan: &mut Plan,
        payload: &BTreeMap<String, Vec<u8>>,
        update: Option<&UpdateDoc>,
    ) -> Result<()> {
        let c: Challenge = docs::require(payload, docs::CHALLENGE)?;
        plan.challenge = Some(c.id);
        if let Some(u) = update {
            if u.challenge != c.id {
                return Err(dangling(
                    "update_other_challenge",
                    format!(
                        "update.json is about challenge {}, but the bundle carries {}.",
                        u.challenge, c.id
                    ),
                )
                .with("update", u.challenge)
                .with("challenge", c.id));
            }
        }
        let agreements: Vec<Agreement> = docs::require(payload, docs::AGREEMENTS)?;
        let subs: Vec<SubProblem> = docs::read(payload, docs::SUB_PROBLEMS)?.unwrap_or_default();
        let questions: Vec<Question> = docs::read(payload, docs::QUESTIONS)?.unwrap_or_default();
        let people: Vec<Contributor> = docs::read(payload, docs::RECIPIENTS)?.unwrap_or_default();
        unique(&agreements, docs::AGREEMENTS)?;
        unique(&subs, docs::SUB_PROBLEMS)?;
        unique(&questions, docs::QUESTIONS)?;
        unique(&people, docs::RECIPIENTS)?;

        // Validate everything before planning anything.
        c.body
            .validate()
            .map_err(|e| invalid(RecordKind::Challenge, c.id, e))?;
        for a in &agreements {
            a.body
                .validate()
                .map_err(|e| invalid(RecordKind::Agreement, a.id, e))?;
            for v in &a.versions {
                if crate::agreement::text_sha256(&v.text) != v.sha256 {
                    return Err(refuse(
                        F::HashMismatch,
                        "agreement_version_hash",
                        format!(
                            "Version {} of agreement “{}” does not match its SHA-256: its text was changed.",
                            v.number, a.body.title
                        ),
                    )
                    .with("version", v.number)
                    .with("title", &a.body.title));
                }
            }
        }
        let agreement_ids: BTreeSet<_> = agreements.iter().map(|a| a.id).collect();
        for r in &c.body.required_agreements {
            if !agreement_ids.contains(r) && self.agreement(*r).is_err() {
                return Err(dangling(
                    "agreement_missing",
                    format!(
                        "The challenge requires agreement {r}, which the bundle does not carry."
                    ),
                )
                .with("id", r));
            }
        }
        let sub_ids: BTreeSet<_> = subs.iter().map(|s| s.id).collect();
        for s in &subs {
            s.body
                .validate()
                .map_err(|e| invalid(RecordKind::SubProblem, s.id, e))?;
            if s.challenge != c.id || s.parent.is_some_and(|p| !sub_ids.contains(&p)) {
                return Err(dangling(
                    "sub_problem_dangling",
                    format!(
                        "Sub-problem {} points at a challenge or parent the bundle does not carry.",
                        s.id
                    ),
                )
                .with("id", s.id));
            }
        }
        for q in &questions {
            crate::work::check_text("text", &q.text)
                .map_err(|e| invalid(RecordKind::Question, q.id, e))?;
            if q.challenge != c.id {
                return Err(dangling(
                    "question_other_challenge",
                    format!(
                        "Question {} is about another challenge than the bundle's.",
                        q.id
                    ),
                )
                .with("id", q.id));
            }
        }
        let people_ids: BTreeSet<ContributorId> = people.iter().map(|p| p.id).collect();
        for p in &people {
            p.body
                .validate()
                .map_err(|e| invalid(RecordKind::Contributor, p.id, e))?;
        }
        for id in &c.body.audience.contributors {
            if !people_ids.contains(id) && self.contributor(*id).is_err() {
                return Err(dangling(
                    "contributor_missing",
                    format!(
                        "The challenge names contributor {id}, whom the bundle does not carry."
                    ),
                )
                .with("id", id));
            }
        }

        for p in people {
            plan.mirror(p, |_, _| {}, true)?;
        }
        for a in agreements {
            plan.mirror(a, |_, _| {}, false)?;
        }
        plan.mirror(c, |_, _| {}, false)?;
        for s in subs {
            let own = plan.own;
            let store = self;
            plan.mirror(
                s,
                move |new: &mut SubProblem, local: &SubProblem| {
                    // Keep our own contributors' claims until the sponsor has them.
                    for x in &local.claimed_by {
                        let ours = store
                            .contributor(*x)
                            .map(|p| p.meta.origin == own)
                            .unwrap_or(false);
                        if ours && !new.claimed_by.contains(x) {
                            new.claimed_by.push(*x);
                        }
                    }
                },
                false,
            )?;
        }
        for q in questions {
            if q.meta.origin == plan.own {
                self.plan_answer(plan, q)?;
            } else {
                plan.mirror(q, |_, _| {}, true)?;
            }
        }
        Ok(())
    }

    /// An answer the sponsor gave to one of our questions.
    fn plan_answer(&self, plan: &mut Plan, incoming: Question) -> Result<()> {
        let label = incoming.label();
        let Ok(local) = self.get::<Question>(incoming.id.key(), incoming.id) else {
            return Err(dangling(
                "question_unknown",
                format!(
                    "The bundle answers question {}, which is not in this workspace.",
                    incoming.id
                ),
            )
            .with("id", incoming.id));
        };
        let prov = self.provenance(incoming.id.key())?;
        let known = prov.as_ref().map_or(0, |p| p.remote_revision);
        if incoming.meta.revision <= known
            || incoming.answer == local.answer
            || incoming.answer.is_none()
        {
            plan.item(
                RecordKind::Question,
                incoming.id,
                &label,
                ItemAction::Unchanged,
                None,
                "",
            );
            return Ok(());
        }
        let mut q = local.clone();
        q.answer = incoming.answer.clone();
        q.meta.touch(plan.now);
        let log = plan.log(RecordKind::Question, Verb::Answered, q.id, &label);
        plan.puts.push(Put::record(Some(&local), &q, log)?);
        let p = plan.provenance(prov.as_ref(), incoming.meta.revision, sha_json(&incoming)?);
        plan.puts.push(Store::provenance_put(q.id.key(), &p)?);
        plan.item(
            RecordKind::Question,
            q.id,
            &label,
            ItemAction::Update,
            Some(ItemReason::Answer),
            "",
        );
        Ok(())
    }

    /// Stages of our ideas and receipts for them.
    fn plan_update(
        &self,
        plan: &mut Plan,
        payload: &BTreeMap<String, Vec<u8>>,
        u: &UpdateDoc,
    ) -> Result<()> {
        let stages: Vec<StageNote> = docs::read(payload, docs::STAGES)?.unwrap_or_default();
        let receipts: Vec<Receipt> = docs::read(payload, docs::RECEIPTS)?.unwrap_or_default();
        let mut seen = HashSet::new();
        for s in &stages {
            if !seen.insert(s.idea) {
                return Err(refuse(
                    F::DuplicateId,
                    "duplicate_record",
                    format!("data/stages.json lists idea {} twice.", s.idea),
                )
                .with("name", "data/stages.json")
                .with("kind", RecordKind::Idea)
                .with("id", s.idea));
            }
        }
        let mut seen = HashSet::new();
        for r in &receipts {
            if !seen.insert(r.id.clone()) {
                return Err(refuse(
                    F::DuplicateId,
                    "duplicate_record",
                    format!("data/receipts.json lists receipt {} twice.", r.id),
                )
                .with("name", "data/receipts.json")
                .with("kind", RecordKind::Receipt)
                .with("id", &r.id));
            }
        }
        for s in stages {
            let Ok(local) = self.idea(s.idea) else {
                // Sent from another copy of the recipient's (a colleague's):
                // nothing of it is here to move.
                plan.item(
                    RecordKind::Idea,
                    s.idea,
                    "",
                    ItemAction::Unchanged,
                    Some(ItemReason::NotHere),
                    "",
                );
                continue;
            };
            if local.meta.origin != plan.own || local.challenge != u.challenge {
                return Err(refuse(
                    F::ForeignRecord,
                    "stage_not_ours",
                    format!(
                        "The bundle moves idea “{}”, which is not ours on this challenge.",
                        local.body.title
                    ),
                )
                .with("title", &local.body.title));
            }
            let label = local.body.title.clone();
            let prov = self.provenance(s.idea.key())?;
            let known = prov.as_ref().map_or(0, |p| p.remote_revision);
            if s.revision < known {
                plan.item(
                    RecordKind::Idea,
                    s.idea,
                    &label,
                    ItemAction::Older,
                    None,
                    "",
                );
                continue;
            }
            if s.revision == known || (local.stage == s.stage && local.rejection == s.rejection) {
                plan.item(
                    RecordKind::Idea,
                    s.idea,
                    &label,
                    ItemAction::Unchanged,
                    Some(ItemReason::Stage),
                    s.stage,
                );
                continue;
            }
            let mut idea = local.clone();
            idea.stage = s.stage;
            idea.rejection = s.rejection.clone();
            idea.meta.touch(plan.now);
            let log = plan
                .log(RecordKind::Idea, Verb::StatusChanged, idea.id, &label)
                .with("from", local.stage.as_str())
                .with("to", s.stage.as_str())
                .with("sender", plan.info.organization.clone());
            plan.puts.push(Put::record(Some(&local), &idea, log)?);
            let p = plan.provenance(prov.as_ref(), s.revision, sha_json(&s)?);
            plan.puts.push(Store::provenance_put(idea.id.key(), &p)?);
            plan.item(
                RecordKind::Idea,
                idea.id,
                &label,
                ItemAction::Update,
                Some(ItemReason::Stage),
                s.stage,
            );
        }
        for r in receipts {
            let Ok(idea) = self.idea(r.idea) else {
                plan.item(
                    RecordKind::Receipt,
                    &r.id,
                    "",
                    ItemAction::Unchanged,
                    Some(ItemReason::NotHere),
                    "",
                );
                continue;
            };
            if idea.meta.origin != plan.own || r.challenge != u.challenge {
                return Err(refuse(
                    F::ForeignRecord,
                    "receipt_not_ours",
                    format!(
                        "The bundle holds a receipt for “{}”, which is not ours on this challenge.",
                        idea.body.title
                    ),
                )
                .with("title", &idea.body.title));
            }
            if r.key_id != plan.info.key_id || r.public_key != plan.info.public_key {
                return Err(refuse(
                    F::KeyMismatch,
                    "receipt_other_key",
                    format!(
                        "The receipt for “{}” is signed by another key than the bundle.",
                        idea.body.title
                    ),
                )
                .with("title", &idea.body.title));
            }
            r.verify()?;
            if self.has_receipt(&r)? {
                plan.item(
                    RecordKind::Receipt,
                    &r.id,
                    &idea.body.title,
                    ItemAction::Unchanged,
                    None,
                    "",
                );
                continue;
            }
            let log = plan
                .log(RecordKind::Receipt, Verb::Created, &r.id, &idea.body.title)
                .with("idea", idea.id.to_string())
                .with("content_hash", r.content_hash.clone());
            plan.puts
                .push(Put::keyed(T::Receipts, Store::receipt_key(&r), &r, log)?);
            plan.item(
                RecordKind::Receipt,
                &r.id,
                &idea.body.title,
                ItemAction::Add,
                Some(ItemReason::Fingerprint),
                &r.content_hash,
            );
        }
        Ok(())
    }

    /// A partner's response to one of our challenges.
    fn plan_response(&self, plan: &mut Plan, payload: &BTreeMap<String, Vec<u8>>) -> Result<()> {
        let r: ResponseDoc = docs::require(payload, docs::RESPONSE)?;
        plan.challenge = Some(r.challenge);
        let c = self.challenge(r.challenge).map_err(|_| {
            dangling(
                "response_challenge_unknown",
                format!(
                    "This response is about challenge {}, which is not in this workspace.",
                    r.challenge
                ),
            )
            .with("id", r.challenge)
        })?;
        if c.meta.origin != plan.own {
            return Err(refuse(
                F::NotForYou,
                "response_not_ours",
                format!(
                    "This response is about “{}”, which this workspace did not pose.",
                    c.body.title
                ),
            )
            .with("title", &c.body.title));
        }
        let people: Vec<Contributor> = docs::read(payload, docs::CONTRIBUTORS)?.unwrap_or_default();
        let acceptances: Vec<Acceptance> =
            docs::read(payload, docs::ACCEPTANCES)?.unwrap_or_default();
        let ideas: Vec<Idea> = docs::read(payload, docs::IDEAS)?.unwrap_or_default();
        let questions: Vec<Question> = docs::read(payload, docs::QUESTIONS)?.unwrap_or_default();
        let claims: Vec<Claim> = docs::read(payload, docs::CLAIMS)?.unwrap_or_default();
        unique(&people, docs::CONTRIBUTORS)?;
        unique(&acceptances, docs::ACCEPTANCES)?;
        unique(&ideas, docs::IDEAS)?;
        unique(&questions, docs::QUESTIONS)?;

        let people_ids: BTreeSet<ContributorId> = people.iter().map(|p| p.id).collect();
        let known = |id: &ContributorId| people_ids.contains(id) || self.contributor(*id).is_ok();
        for p in &people {
            p.body
                .validate()
                .map_err(|e| invalid(RecordKind::Contributor, p.id, e))?;
        }
        for a in &acceptances {
            let ag = self.agreement(a.agreement).map_err(|_| {
                dangling(
                    "acceptance_agreement_unknown",
                    format!(
                        "Acceptance {} is of agreement {}, which is not in this workspace.",
                        a.id, a.agreement
                    ),
                )
                .with("id", a.id)
                .with("agreement", a.agreement)
            })?;
            if !known(&a.contributor) {
                return Err(dangling(
                    "acceptance_contributor_missing",
                    format!(
                        "Acceptance {} is by contributor {}, whom the bundle does not carry.",
                        a.id, a.contributor
                    ),
                )
                .with("id", a.id)
                .with("contributor", a.contributor));
            }
            match ag.version(a.version) {
                Some(v) if v.sha256 == a.version_sha256 => {}
                _ => {
                    return Err(refuse(
                        F::HashMismatch,
                        "acceptance_hash",
                        format!("An acceptance names version {} of “{}” with a text hash this workspace never published.", a.version, ag.body.title),
                    )
                    .with("version", a.version)
                    .with("title", &ag.body.title))
                }
            }
        }
        for i in &ideas {
            i.body
                .validate()
                .map_err(|e| invalid(RecordKind::Idea, i.id, e))?;
            if i.body.content_hash() != i.content_hash {
                return Err(refuse(
                    F::HashMismatch,
                    "idea_fingerprint",
                    format!(
                        "Idea “{}” does not match its fingerprint: it was changed.",
                        i.body.title
                    ),
                )
                .with("title", &i.body.title));
            }
            if i.challenge != c.id {
                return Err(dangling(
                    "idea_other_challenge",
                    format!(
                        "Idea {} is about another challenge than the response's.",
                        i.id
                    ),
                )
                .with("id", i.id));
            }
            for a in &i.body.authors {
                if !known(a) {
                    return Err(dangling(
                        "idea_author_missing",
                        format!(
                            "Idea “{}” names author {}, whom the bundle does not carry.",
                            i.body.title, a
                        ),
                    )
                    .with("title", &i.body.title)
                    .with("author", a));
                }
            }
            if let Some(s) = i.body.sub_problem {
                if self
                    .sub_problem(s)
                    .map(|s| s.challenge != c.id)
                    .unwrap_or(true)
                {
                    return Err(dangling(
                        "idea_sub_problem_other",
                        format!(
                            "Idea “{}” addresses sub-problem {s}, which is not part of “{}”.",
                            i.body.title, c.body.title
                        ),
                    )
                    .with("title", &i.body.title)
                    .with("sub_problem", s)
                    .with("challenge", &c.body.title));
                }
            }
        }
        for q in &questions {
            crate::work::check_text("text", &q.text)
                .map_err(|e| invalid(RecordKind::Question, q.id, e))?;
            let asker_known = match q.asked_by {
                Reviewer::Contributor(x) => known(&x),
                Reviewer::Person(_) => false,
            };
            if q.challenge != c.id || !asker_known {
                return Err(dangling(
                    "question_asker_unknown",
                    format!("Question {} is about another challenge or by someone the bundle does not carry.", q.id),
                )
                .with("id", q.id));
            }
        }
        for cl in &claims {
            let s = self.sub_problem(cl.sub_problem).map_err(|_| {
                dangling(
                    "claim_sub_problem_unknown",
                    format!(
                        "A claim is on sub-problem {}, which is not in this workspace.",
                        cl.sub_problem
                    ),
                )
                .with("id", cl.sub_problem)
            })?;
            if s.challenge != c.id || cl.contributors.iter().any(|x| !known(x)) {
                return Err(dangling(
                    "claim_contributor_missing",
                    format!(
                        "A claim on “{}” names someone the bundle does not carry.",
                        s.body.title
                    ),
                )
                .with("title", &s.body.title));
            }
        }

        for p in people.iter().cloned() {
            plan.mirror(p, |_, _| {}, false)?;
        }
        for a in &acceptances {
            if plan.check_origin(a)? {
                continue;
            }
            let same = self
                .acceptances(&crate::agreement::AcceptanceFilter {
                    agreement: Some(a.agreement),
                    contributor: Some(a.contributor),
                })?
                .into_iter()
                .any(|x| x.id == a.id || x.version_sha256 == a.version_sha256);
            let label = a.recorded_by.clone();
            if same {
                plan.item(
                    RecordKind::Acceptance,
                    a.id,
                    &label,
                    ItemAction::Unchanged,
                    None,
                    "",
                );
                continue;
            }
            let log = plan
                .log(RecordKind::Acceptance, Verb::Imported, a.id, &label)
                .with("contributor", a.contributor.to_string())
                .with("agreement", a.agreement.to_string())
                .with("version", a.version);
            plan.puts.push(Put::record(None, a, log)?);
            let p = plan.provenance(None, a.meta.revision, sha_json(a)?);
            plan.puts.push(Store::provenance_put(a.key(), &p)?);
            plan.item(
                RecordKind::Acceptance,
                a.id,
                &label,
                ItemAction::Add,
                Some(ItemReason::Version),
                a.version,
            );
        }
        for i in ideas {
            self.plan_idea(plan, payload, &c, i, &acceptances, &people)?;
        }
        for q in questions {
            if plan.check_origin(&q)? {
                continue;
            }
            if self.get::<Question>(q.id.key(), q.id).is_ok() {
                plan.item(
                    RecordKind::Question,
                    q.id,
                    &q.text,
                    ItemAction::Unchanged,
                    None,
                    "",
                );
                continue;
            }
            let mut q = q;
            q.answer = None;
            let log = plan
                .log(RecordKind::Question, Verb::Imported, q.id, &q.text)
                .with("challenge", c.id.to_string());
            plan.puts.push(Put::record(None, &q, log)?);
            let p = plan.provenance(None, q.meta.revision, sha_json(&q)?);
            plan.puts.push(Store::provenance_put(q.key(), &p)?);
            plan.item(
                RecordKind::Question,
                q.id,
                &q.text.clone(),
                ItemAction::Add,
                None,
                "",
            );
        }
        // Claims go after profiles, so the sub-problem's record is current.
        let mut touched: BTreeMap<[u8; 16], SubProblem> = BTreeMap::new();
        for cl in claims {
            let old = self.sub_problem(cl.sub_problem)?;
            let mut s = touched.remove(&old.id.key()).unwrap_or_else(|| old.clone());
            let new: Vec<_> = cl
                .contributors
                .iter()
                .filter(|x| !s.claimed_by.contains(x))
                .copied()
                .collect();
            if new.is_empty() {
                plan.item(
                    RecordKind::SubProblem,
                    s.id,
                    &s.body.title,
                    ItemAction::Unchanged,
                    Some(ItemReason::Claimed),
                    "",
                );
                touched.insert(old.id.key(), s);
                continue;
            }
            s.claimed_by.extend(new.iter().copied());
            s.meta.touch(plan.now);
            let log = plan
                .log(RecordKind::SubProblem, Verb::Claimed, s.id, &s.body.title)
                .with(
                    "contributors",
                    new.iter().map(|x| x.to_string()).collect::<Vec<_>>(),
                );
            plan.puts.push(Put::record(Some(&old), &s, log)?);
            plan.item(
                RecordKind::SubProblem,
                s.id,
                &s.body.title.clone(),
                ItemAction::Update,
                Some(ItemReason::Claimed),
                "",
            );
            touched.insert(old.id.key(), s);
        }
        Ok(())
    }

    /// A partner's idea: new (through the contribution gate) or a newer
    /// version of one received before (the stage here is ours and stays).
    fn plan_idea(
        &self,
        plan: &mut Plan,
        payload: &BTreeMap<String, Vec<u8>>,
        c: &Challenge,
        incoming: Idea,
        acceptances: &[Acceptance],
        people: &[Contributor],
    ) -> Result<()> {
        if plan.check_origin(&incoming)? {
            plan.item(
                RecordKind::Idea,
                incoming.id,
                &incoming.body.title,
                ItemAction::Unchanged,
                Some(ItemReason::Yours),
                "",
            );
            return Ok(());
        }
        let label = incoming.body.title.clone();
        let sha = sha_json(&incoming.body)?;
        let rev = incoming.meta.revision;
        let local = self.get::<Idea>(incoming.id.key(), incoming.id).ok();
        let prov = self.provenance(incoming.id.key())?;
        let action = match &local {
            None => ItemAction::Add,
            Some(l) => plan.compare(rev, &sha, prov.as_ref(), l.meta.revision),
        };
        if matches!(action, ItemAction::Add | ItemAction::Update) {
            for a in &incoming.body.attachments {
                plan.blob(payload, &a.sha256, &a.name)?;
            }
        }
        match (action, local) {
            (ItemAction::Add, _) => {
                let (problems, accepted) = self.contribution_problems_with(
                    c,
                    &incoming.body.authors,
                    acceptances,
                    people,
                )?;
                if let Some(p) = problems.first() {
                    return Err(refuse(
                        F::NotContributable,
                        "not_contributable",
                        format!("Idea “{label}” cannot be accepted: {}", p.message),
                    )
                    .with("title", &label)
                    .caused_by(Error::Validation(vec![p.clone()])));
                }
                let mut idea = incoming;
                idea.stage = IdeaStage::Submitted;
                idea.rejection = None;
                idea.merged_into = None;
                idea.merged_from.clear();
                idea.merged_notes.clear();
                idea.accepted_versions = accepted;
                idea.meta.archived = false;
                let log = plan
                    .log(RecordKind::Idea, Verb::Imported, idea.id, &label)
                    .with("challenge", c.id.to_string())
                    .with("content_hash", idea.content_hash.clone());
                plan.puts.push(Put::record(None, &idea, log)?);
                let p = plan.provenance(None, rev, sha);
                plan.puts.push(Store::provenance_put(idea.key(), &p)?);
                plan.item(
                    RecordKind::Idea,
                    idea.id,
                    &label,
                    ItemAction::Add,
                    Some(ItemReason::Fingerprint),
                    &idea.content_hash,
                );
            }
            (ItemAction::Update, Some(local)) => {
                let mut idea = local.clone();
                idea.history.push(crate::idea::IdeaVersion {
                    revision: local.meta.revision,
                    saved_at: local.meta.updated_at,
                    content_hash: local.content_hash.clone(),
                    body: local.body.clone(),
                });
                idea.body = incoming.body;
                idea.content_hash = incoming.content_hash;
                idea.meta.touch(plan.now);
                let log = plan
                    .log(RecordKind::Idea, Verb::Imported, idea.id, &label)
                    .with("revision", rev)
                    .with("content_hash", idea.content_hash.clone());
                plan.puts.push(Put::record(Some(&local), &idea, log)?);
                let p = plan.provenance(prov.as_ref(), rev, sha);
                plan.puts.push(Store::provenance_put(idea.key(), &p)?);
                plan.item(
                    RecordKind::Idea,
                    idea.id,
                    &label,
                    ItemAction::Update,
                    Some(ItemReason::Fingerprint),
                    &idea.content_hash,
                );
            }
            (ItemAction::Conflict, Some(local)) => plan.conflict(&incoming, &local, rev)?,
            (action, _) => plan.item(RecordKind::Idea, incoming.id, &label, action, None, ""),
        }
        Ok(())
    }
}

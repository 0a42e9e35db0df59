//! Trust between firms: partner keys pinned on first contact (and revoked by
//! the user), where each imported record came from, and signed receipts.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Put, Store, T};
use crate::activity::{LogDraft, Verb};
use crate::bundle::{refuse, BagInfo, BundleFault as F};
use crate::ids::{ChallengeId, IdeaId};
use crate::record::RecordKind;
use crate::sign::PublicKey;
use crate::{Error, Result};

/// A partner organization's signing key, pinned when the user trusted it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustedKey {
    /// As minisign shows it (16 hex digits).
    pub key_id: String,
    /// The base64 line of the minisign public key.
    pub public_key: String,
    pub organization: String,
    pub organization_id: String,
    pub trusted_at: DateTime<Utc>,
    /// Set when the user revoked it: bundles it signed are refused.
    pub revoked_at: Option<DateTime<Utc>>,
}

/// What the workspace knows of a bundle's signer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum TrustState {
    /// Pinned and not revoked.
    Trusted { trusted_at: DateTime<Utc> },
    /// Never seen: the user decides.
    Unknown,
    /// The organization is known with another key: refused.
    Changed { known_key_id: String },
    /// The user revoked this key: refused.
    Revoked { revoked_at: DateTime<Utc> },
    /// Signed by this workspace itself: nothing to import.
    Own,
}

impl TrustState {
    /// Why an import under this state is refused (`None`: it may go on,
    /// `Unknown` only when the user trusts the signer).
    pub fn refusal(&self, info: &BagInfo, trust_signer: bool) -> Option<Error> {
        match self {
            TrustState::Trusted { .. } => None,
            TrustState::Unknown if trust_signer => None,
            TrustState::Unknown => Some(
                refuse(
                    F::UntrustedSigner,
                    "untrusted_signer",
                    format!(
                        "This bundle is signed by key {} of “{}”, which this workspace does not trust yet. Compare the key id with {} (by phone or in person), then import again and trust the signer (--trust-signer).",
                        info.key_id, info.organization, info.organization
                    ),
                )
                .with("key_id", &info.key_id)
                .with("organization", &info.organization),
            ),
            TrustState::Changed { known_key_id } => Some(
                refuse(
                    F::KeyChanged,
                    "key_changed",
                    format!(
                        "Refused: this bundle claims to come from “{}” but is signed by key {}, while this workspace knows “{}” by key {}. It may be forged. Ask {} whether they changed keys; if so, revoke key {} in Settings and import again.",
                        info.organization, info.key_id, info.organization, known_key_id, info.organization, known_key_id
                    ),
                )
                .with("organization", &info.organization)
                .with("key_id", &info.key_id)
                .with("known_key_id", known_key_id),
            ),
            TrustState::Revoked { revoked_at } => Some(
                refuse(
                    F::KeyRevoked,
                    "key_revoked",
                    format!(
                        "Refused: key {} of “{}” was revoked in this workspace on {}.",
                        info.key_id,
                        info.organization,
                        revoked_at.format("%Y-%m-%d")
                    ),
                )
                .with("key_id", &info.key_id)
                .with("organization", &info.organization)
                .with("date", revoked_at.format("%Y-%m-%d")),
            ),
            TrustState::Own => Some(refuse(
                F::OwnBundle,
                "own_bundle",
                "This bundle was made by this workspace; there is nothing to import from it.",
            )),
        }
    }
}

/// Where an imported record came from. Kept per record key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    pub bundle_id: String,
    pub organization: String,
    pub organization_id: String,
    pub key_id: String,
    /// When this workspace first received the record.
    pub received_at: DateTime<Utc>,
    /// When it was last updated from a bundle.
    pub updated_at: DateTime<Utc>,
    /// The sender's revision last applied (never go back below it).
    pub remote_revision: u64,
    /// SHA-256 of the record as last received (same revision, other
    /// content: a conflict).
    pub remote_sha256: String,
}

/// Where a record comes from, as the views show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// Set when it was received in a bundle.
    pub provenance: Option<Provenance>,
    /// Kept by another organization: read-only here.
    pub foreign: bool,
}

/// A sponsor's signed statement that it received one of our ideas, with
/// that idea's content hash: evidence for IP, checkable again at any time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub id: String,
    pub idea: IdeaId,
    pub challenge: ChallengeId,
    pub content_hash: String,
    pub received_at: DateTime<Utc>,
    pub sponsor: String,
    pub sponsor_id: String,
    pub key_id: String,
    /// The sponsor's public key (base64 line), kept to check again later.
    pub public_key: String,
    /// The exact text that was signed (canonical JSON of the fields above).
    pub statement: String,
    /// minisign signature of `statement`.
    pub signature: String,
}

/// What checking a receipt found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptCheck {
    pub valid: bool,
    /// The content hash matches the idea's current or an earlier version.
    pub matches_idea: bool,
    pub message: String,
}

impl Receipt {
    /// The canonical statement a sponsor signs.
    pub fn statement_for(
        idea: IdeaId,
        challenge: ChallengeId,
        content_hash: &str,
        received_at: DateTime<Utc>,
        sponsor: &str,
        sponsor_id: &str,
        key_id: &str,
    ) -> String {
        serde_json::json!({
            "format": "opencall-receipt/1",
            "idea": idea,
            "challenge": challenge,
            "content_hash": content_hash,
            "received_at": received_at.to_rfc3339(),
            "sponsor": sponsor,
            "sponsor_id": sponsor_id,
            "key_id": key_id,
        })
        .to_string()
    }

    /// Checks the signature and that the signed statement says what the
    /// receipt's fields say.
    pub fn verify(&self) -> Result<()> {
        let expected = Self::statement_for(
            self.idea,
            self.challenge,
            &self.content_hash,
            self.received_at,
            &self.sponsor,
            &self.sponsor_id,
            &self.key_id,
        );
        if expected != self.statement {
            return Err(refuse(
                F::HashMismatch,
                "receipt_hash",
                format!(
                    "The receipt for idea {} does not match what was signed.",
                    self.idea
                ),
            )
            .with("idea", self.idea));
        }
        let key = PublicKey::parse(&self.public_key).map_err(|_| {
            refuse(
                F::InvalidKey,
                "receipt_key_unreadable",
                "The receipt's key cannot be read.",
            )
        })?;
        if crate::sign::key_id_display(&key.key_id) != self.key_id {
            return Err(refuse(
                F::KeyMismatch,
                "receipt_key_mismatch",
                "The receipt names one key but carries another.",
            ));
        }
        key.verify(self.statement.as_bytes(), &self.signature)
            .map_err(|_| {
                refuse(
                    F::BadSignature,
                    "receipt_bad_signature",
                    format!(
                        "The receipt for idea {} is not signed by key {}.",
                        self.idea, self.key_id
                    ),
                )
                .with("idea", self.idea)
                .with("key_id", &self.key_id)
            })?;
        Ok(())
    }
}

fn get_json<V: serde::de::DeserializeOwned>(tree: &sled::Tree, key: &[u8]) -> Result<Option<V>> {
    tree.get(key)?
        .map(|b| serde_json::from_slice(&b).map_err(Error::from))
        .transpose()
}

impl Store {
    /// Pinned partner keys, revoked ones included (they stay refused).
    pub fn trusted_keys(&self) -> Result<Vec<TrustedKey>> {
        self.tree(T::Trust)
            .iter()
            .values()
            .map(|v| Ok(serde_json::from_slice(&v?)?))
            .collect()
    }

    /// What this workspace knows of the signer of a bundle.
    pub fn trust_state(&self, info: &BagInfo) -> Result<TrustState> {
        let ws = self.require_workspace()?;
        if info.key_id == self.key_id_display()? {
            return Ok(TrustState::Own);
        }
        let keys = self.trusted_keys()?;
        if let Some(k) = keys.iter().find(|k| k.key_id == info.key_id) {
            return Ok(match k.revoked_at {
                Some(revoked_at) => TrustState::Revoked { revoked_at },
                None => TrustState::Trusted {
                    trusted_at: k.trusted_at,
                },
            });
        }
        let same_org = |k: &&TrustedKey| {
            k.revoked_at.is_none()
                && (k.organization_id == info.organization_id
                    || k.organization.trim().to_lowercase()
                        == info.organization.trim().to_lowercase())
        };
        if let Some(k) = keys.iter().find(same_org) {
            return Ok(TrustState::Changed {
                known_key_id: k.key_id.clone(),
            });
        }
        if info.organization_id == ws.organization.id.to_string() {
            return Ok(TrustState::Changed {
                known_key_id: self.key_id_display()?,
            });
        }
        Ok(TrustState::Unknown)
    }

    /// The write that pins a bundle's signer (inside the import's commit).
    pub(crate) fn pin_put(&self, info: &BagInfo, now: DateTime<Utc>) -> Result<Put> {
        let key = TrustedKey {
            key_id: info.key_id.clone(),
            public_key: info.public_key.clone(),
            organization: info.organization.clone(),
            organization_id: info.organization_id.clone(),
            trusted_at: now,
            revoked_at: None,
        };
        let log = LogDraft::new(RecordKind::Key, Verb::Trusted, key.key_id.clone())
            .with("label", key.organization.clone())
            .with("organization_id", key.organization_id.clone());
        Put::raw(T::Trust, &key.key_id, &key, log)
    }

    /// Revokes a pinned key: bundles it signs are refused from now on.
    pub fn revoke_key(&self, key_id: &str, now: DateTime<Utc>) -> Result<TrustedKey> {
        let _guard = self.lock();
        let actor = self.actor()?;
        let wanted = key_id.trim().to_uppercase();
        let mut key: TrustedKey =
            get_json(self.tree(T::Trust), wanted.as_bytes())?.ok_or_else(|| Error::NotFound {
                kind: RecordKind::Key,
                id: key_id.to_owned(),
            })?;
        if key.revoked_at.is_some() {
            return Ok(key);
        }
        key.revoked_at = Some(now);
        let log = LogDraft::new(RecordKind::Key, Verb::Revoked, key.key_id.clone())
            .with("label", key.organization.clone());
        let put = Put::raw(T::Trust, &key.key_id, &key, log)?;
        self.commit(&actor, now, vec![put], vec![])?;
        Ok(key)
    }

    /// Where a record comes from and whether it is ours to change.
    pub fn origin(&self, record: [u8; 16], meta: &crate::record::RecordMeta) -> Result<Origin> {
        Ok(Origin {
            provenance: self.provenance(record)?,
            foreign: !self.is_own(meta)?,
        })
    }

    /// Where an imported record came from, if it was imported.
    pub fn provenance(&self, record: [u8; 16]) -> Result<Option<Provenance>> {
        get_json(self.tree(T::Provenance), &record)
    }

    pub(crate) fn provenance_put(record: [u8; 16], p: &Provenance) -> Result<Put> {
        Ok(Put::quiet(
            T::Provenance,
            record.to_vec(),
            serde_json::to_vec(p)?,
        ))
    }

    /// Receipts for one of our ideas, oldest first.
    pub fn receipts_for(&self, idea: IdeaId) -> Result<Vec<Receipt>> {
        let mut out: Vec<Receipt> = self
            .tree(T::Receipts)
            .scan_prefix(idea.key())
            .values()
            .map(|v| Ok(serde_json::from_slice(&v?)?))
            .collect::<Result<_>>()?;
        out.sort_by_key(|r| r.received_at);
        Ok(out)
    }

    /// The key receipts are stored under: the idea, then the receipt id.
    pub(crate) fn receipt_key(r: &Receipt) -> Vec<u8> {
        let mut k = r.idea.key().to_vec();
        k.extend_from_slice(r.id.as_bytes());
        k
    }

    pub(crate) fn has_receipt(&self, r: &Receipt) -> Result<bool> {
        Ok(self.tree(T::Receipts).contains_key(Self::receipt_key(r))?)
    }

    /// Checks a stored receipt again: its signature, and that its content
    /// hash is the idea's current or an earlier fingerprint.
    pub fn check_receipt(&self, idea: IdeaId, receipt_id: &str) -> Result<ReceiptCheck> {
        let r = self
            .receipts_for(idea)?
            .into_iter()
            .find(|r| r.id == receipt_id)
            .ok_or_else(|| Error::NotFound {
                kind: RecordKind::Receipt,
                id: receipt_id.to_owned(),
            })?;
        let i = self.idea(idea)?;
        let matches_idea = i.content_hash == r.content_hash
            || i.history.iter().any(|h| h.content_hash == r.content_hash);
        Ok(match r.verify() {
            Ok(()) => ReceiptCheck {
                valid: true,
                matches_idea,
                message: format!(
                    "Valid: signed by {} (key {}); received {}.",
                    r.sponsor,
                    r.key_id,
                    r.received_at.to_rfc3339()
                ),
            },
            Err(e) => ReceiptCheck {
                valid: false,
                matches_idea,
                message: e.to_string(),
            },
        })
    }
}

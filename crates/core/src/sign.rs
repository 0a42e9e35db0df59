//! Signatures in the **minisign** format, made with the workspace's Ed25519
//! key, so that the `minisign` command (and anyone with the public key)
//! can check what Opencall signs without Opencall.
//!
//! - Public key file: `untrusted comment: …` then base64 of `"Ed"`, the
//!   8-byte key id and the 32-byte public key.
//! - Signature file (`.minisig`): `untrusted comment: …`, base64 of `"ED"`
//!   (BLAKE2b-512 prehashed), the key id and the 64-byte signature of the
//!   hash; `trusted comment: …`, and base64 of the global signature over the
//!   signature followed by the trusted comment.
//!
//! Key ids are shown like minisign shows them: the 8 bytes read as a
//! little-endian number, in upper-case hex.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use blake2::{Blake2b512, Digest};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};

use crate::{Error, Result};

/// A key id as minisign prints it (from the 8 stored bytes).
pub fn key_id_display(key_id: &[u8; 8]) -> String {
    format!("{:016X}", u64::from_le_bytes(*key_id))
}

/// The display key id from the 16 hex digits the workspace stores.
pub fn key_id_from_hex(stored: &str) -> Option<String> {
    let bytes: [u8; 8] = hex::decode(stored).ok()?.try_into().ok()?;
    Some(key_id_display(&bytes))
}

fn decode_hex<const N: usize>(hex_text: &str, what: &str) -> Result<[u8; N]> {
    hex::decode(hex_text)
        .ok()
        .and_then(|v| v.try_into().ok())
        .ok_or_else(|| Error::Corrupt(format!("the stored {what} is not {N} bytes of hex")))
}

/// A workspace's signing key, loaded for one operation.
pub(crate) struct Signer8 {
    key: SigningKey,
    key_id: [u8; 8],
}

impl Signer8 {
    pub(crate) fn from_hex(secret: &str, key_id: &str) -> Result<Self> {
        Ok(Self {
            key: SigningKey::from_bytes(&decode_hex::<32>(secret, "secret key")?),
            key_id: decode_hex::<8>(key_id, "key id")?,
        })
    }

    /// A detached minisign signature of `data`, prehashed (`ED`).
    pub(crate) fn sign(&self, data: &[u8], trusted_comment: &str) -> Result<String> {
        if trusted_comment.contains(['\n', '\r']) {
            return Err(Error::Validation(vec![crate::validation::FieldError::new(
                "trusted_comment",
                "invalid",
                "A trusted comment is one line.",
            )]));
        }
        let hash = Blake2b512::digest(data);
        let signature = self.key.sign(&hash);
        let mut sig_block = Vec::with_capacity(74);
        sig_block.extend_from_slice(b"ED");
        sig_block.extend_from_slice(&self.key_id);
        sig_block.extend_from_slice(&signature.to_bytes());
        let mut global_input = signature.to_bytes().to_vec();
        global_input.extend_from_slice(trusted_comment.as_bytes());
        let global = self.key.sign(&global_input);
        Ok(format!(
            "untrusted comment: signature from opencall secret key\n{}\ntrusted comment: {trusted_comment}\n{}\n",
            B64.encode(sig_block),
            B64.encode(global.to_bytes())
        ))
    }
}

/// The public key as a standard minisign `.pub` file.
pub fn public_key_file(public_key_hex: &str, key_id_hex: &str) -> Result<String> {
    let public: [u8; 32] = decode_hex(public_key_hex, "public key")?;
    let key_id: [u8; 8] = decode_hex(key_id_hex, "key id")?;
    let mut block = Vec::with_capacity(42);
    block.extend_from_slice(b"Ed");
    block.extend_from_slice(&key_id);
    block.extend_from_slice(&public);
    Ok(format!(
        "untrusted comment: minisign public key {}\n{}\n",
        key_id_display(&key_id),
        B64.encode(block)
    ))
}

/// A parsed minisign public key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicKey {
    pub key_id: [u8; 8],
    pub key: [u8; 32],
}

impl PublicKey {
    /// Reads a `.pub` file (or just its base64 line).
    pub fn parse(text: &str) -> Result<Self> {
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
            .ok_or_else(|| bad_key("empty", "it is empty"))?;
        let bytes = B64
            .decode(line)
            .map_err(|_| bad_key("not_base64", "it is not base64"))?;
        if bytes.len() != 42 || &bytes[..2] != b"Ed" {
            return Err(bad_key("not_ed25519", "it is not an Ed25519 minisign key"));
        }
        let mut key_id = [0u8; 8];
        key_id.copy_from_slice(&bytes[2..10]);
        let mut key = [0u8; 32];
        key.copy_from_slice(&bytes[10..42]);
        Ok(Self { key_id, key })
    }

    /// Checks a `.minisig` against `data`; returns the trusted comment.
    pub fn verify(&self, data: &[u8], minisig: &str) -> Result<String> {
        let mut lines = minisig.lines();
        let _untrusted = lines.next();
        let sig = lines
            .next()
            .ok_or_else(|| bad_sig("cut_short", "it is cut short"))?;
        let trusted = lines
            .next()
            .and_then(|l| l.strip_prefix("trusted comment: "))
            .ok_or_else(|| bad_sig("no_trusted_comment", "it has no trusted comment"))?;
        let global = lines
            .next()
            .ok_or_else(|| bad_sig("cut_short", "it is cut short"))?;
        let sig = B64
            .decode(sig.trim())
            .map_err(|_| bad_sig("not_base64", "it is not base64"))?;
        if sig.len() != 74 {
            return Err(bad_sig(
                "wrong_length",
                "its signature has the wrong length",
            ));
        }
        if sig[2..10] != self.key_id {
            let made_with = key_id_display(&sig[2..10].try_into().unwrap_or_default());
            let expected = key_id_display(&self.key_id);
            let why = format!("it was made with key {made_with}, not {expected}");
            return Err(Error::Validation(vec![sig_problem("other_key", &why)
                .with("made_with", made_with)
                .with("expected", expected)]));
        }
        let key = VerifyingKey::from_bytes(&self.key)
            .map_err(|_| bad_key("invalid", "the key is not valid"))?;
        let signature = Signature::from_slice(&sig[10..74])
            .map_err(|_| bad_sig("malformed", "the signature is malformed"))?;
        let message = match &sig[..2] {
            b"ED" => Blake2b512::digest(data).to_vec(),
            b"Ed" => data.to_vec(),
            _ => return Err(bad_sig("unknown_algorithm", "its algorithm is unknown")),
        };
        key.verify(&message, &signature).map_err(|_| {
            bad_sig(
                "data_changed",
                "the data does not match it (changed after signing)",
            )
        })?;
        let global = B64
            .decode(global.trim())
            .map_err(|_| bad_sig("not_base64", "it is not base64"))?;
        let global = Signature::from_slice(&global)
            .map_err(|_| bad_sig("global_malformed", "the global signature is malformed"))?;
        let mut input = sig[10..74].to_vec();
        input.extend_from_slice(trusted.as_bytes());
        key.verify(&input, &global)
            .map_err(|_| bad_sig("comment_changed", "its trusted comment was changed"))?;
        Ok(trusted.to_owned())
    }
}

/// `why_code` names the reason (stable, for translations), `why` says it.
fn bad_key(why_code: &str, why: &str) -> Error {
    Error::Validation(vec![crate::validation::FieldError::new(
        "public_key",
        "invalid_key",
        format!("This is not a usable minisign public key: {why}."),
    )
    .with("why", why_code)])
}

fn bad_sig(why_code: &str, why: &str) -> Error {
    Error::Validation(vec![sig_problem(why_code, why)])
}

/// `why_code` names the reason (stable, for translations), `why` says it.
fn sig_problem(why_code: &str, why: &str) -> crate::validation::FieldError {
    crate::validation::FieldError::new(
        "signature",
        "bad_signature",
        format!("The signature does not verify: {why}."),
    )
    .with("why", why_code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_verify_and_tampering_is_caught() {
        let key = SigningKey::from_bytes(&[7u8; 32]);
        let signer = Signer8 {
            key: key.clone(),
            key_id: [1, 2, 3, 4, 5, 6, 7, 8],
        };
        let pub_file = public_key_file(
            &hex::encode(key.verifying_key().to_bytes()),
            &hex::encode([1u8, 2, 3, 4, 5, 6, 7, 8]),
        )
        .unwrap();
        assert!(pub_file.starts_with("untrusted comment: minisign public key 0807060504030201\n"));
        let pk = PublicKey::parse(&pub_file).unwrap();
        let sig = signer.sign(b"hello", "bundle 1").unwrap();
        assert_eq!(pk.verify(b"hello", &sig).unwrap(), "bundle 1");
        assert_eq!(
            pk.verify(b"hellO", &sig).unwrap_err().field_errors()[0].code,
            "bad_signature"
        );
        let forged = sig.replace("trusted comment: bundle 1", "trusted comment: bundle 2");
        assert!(pk.verify(b"hello", &forged).is_err());
        assert!(signer.sign(b"x", "two\nlines").is_err());
    }
}

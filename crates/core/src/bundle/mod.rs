//! Bundles, format v1: one `.ocbundle` file, a zip archive holding one
//! BagIt (RFC 8493) bag with SHA-256 manifests, plus the minisign signature
//! of `tagmanifest-sha256.txt` beside it (listed in no manifest). See
//! `docs/bundle-format.md`.
//!
//! This module writes bags and reads them back with every check made on the
//! bytes actually read: entry count and size limits, safe names, BagIt
//! completeness and validity, the signature and the format version. Nothing
//! is extracted to the file system.

use std::collections::{BTreeMap, HashSet};
use std::io::{Read, Write};

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use crate::sign::PublicKey;

mod export;
use crate::validation::FieldError;
use crate::{Error, Result};

/// The format this build writes; readers refuse another major version.
pub const FORMAT: &str = "opencall-bundle";
pub const FORMAT_VERSION: (u32, u32) = (1, 0);
pub const SIGNATURE_FILE: &str = "tagmanifest-sha256.txt.minisig";

crate::named_enum! {
    /// What a bundle carries.
    #[derive(Default)]
    pub enum BundleKind {
        /// Sponsor → partners: a challenge to take part in.
        #[default]
        Challenge = "challenge",
        /// Partner → sponsor: contributions.
        Response = "response",
        /// Sponsor → partner: answers, stage changes, receipts.
        Update = "update",
    }
}

/// Limits a reader enforces on what it actually reads.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub max_entries: usize,
    pub max_entry_bytes: u64,
    pub max_total_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_entries: 50_000,
            max_entry_bytes: crate::idea::MAX_ATTACHMENT + 1024,
            max_total_bytes: 2 * 1024 * 1024 * 1024,
        }
    }
}

/// The producer and addressing facts of `bag-info.txt`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BagInfo {
    pub bundle_id: String,
    pub kind: BundleKind,
    pub organization: String,
    pub organization_id: String,
    /// Key id as minisign shows it.
    pub key_id: String,
    /// The base64 line of the producer's minisign public key.
    pub public_key: String,
    pub created: DateTime<Utc>,
    pub recipients: Vec<String>,
}

/// A bundle whose bag and signature verified.
#[derive(Clone, Debug)]
pub struct VerifiedBundle {
    pub info: BagInfo,
    /// Payload files by their path inside `data/`.
    pub payload: BTreeMap<String, Vec<u8>>,
}

fn refuse(code: &str, message: impl Into<String>) -> Error {
    Error::Validation(vec![FieldError::new("bundle", code, message)])
}

fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// BagIt tag values may not contain line breaks.
fn one_line(value: &str) -> String {
    value.replace(['\r', '\n'], " ")
}

/// Writes a signed bundle: `payload` maps paths under `data/` to bytes.
pub fn write(
    info: &BagInfo,
    payload: &BTreeMap<String, Vec<u8>>,
    sign: impl FnOnce(&[u8]) -> Result<String>,
) -> Result<Vec<u8>> {
    for path in payload.keys() {
        check_name(&format!("data/{path}"))?;
    }
    let bagit = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".to_owned();
    let mut manifest = String::new();
    let mut octets: u64 = 0;
    for (path, bytes) in payload {
        manifest.push_str(&format!("{}  data/{path}\n", sha(bytes)));
        octets += bytes.len() as u64;
    }
    let mut bag_info = format!(
        "Opencall-Format: {FORMAT}\nOpencall-Format-Version: {}.{}\nBundle-Id: {}\nBundle-Kind: {}\nProducer-Organization: {}\nProducer-Organization-Id: {}\nProducer-Key-Id: {}\nProducer-Public-Key: {}\nCreated: {}\nBagging-Date: {}\nPayload-Oxum: {octets}.{}\n",
        FORMAT_VERSION.0,
        FORMAT_VERSION.1,
        one_line(&info.bundle_id),
        info.kind,
        one_line(&info.organization),
        one_line(&info.organization_id),
        one_line(&info.key_id),
        one_line(&info.public_key),
        info.created.to_rfc3339(),
        info.created.format("%Y-%m-%d"),
        payload.len(),
    );
    for r in &info.recipients {
        bag_info.push_str(&format!("Recipient: {}\n", one_line(r)));
    }
    let tagmanifest = format!(
        "{}  bagit.txt\n{}  bag-info.txt\n{}  manifest-sha256.txt\n",
        sha(bagit.as_bytes()),
        sha(bag_info.as_bytes()),
        sha(manifest.as_bytes())
    );
    let signature = sign(tagmanifest.as_bytes())?;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o644);
    let zerr =
        |e: zip::result::ZipError| Error::Storage(format!("could not write the bundle: {e}"));
    for (name, bytes) in [
        ("bagit.txt", bagit.as_bytes()),
        ("bag-info.txt", bag_info.as_bytes()),
        ("manifest-sha256.txt", manifest.as_bytes()),
        ("tagmanifest-sha256.txt", tagmanifest.as_bytes()),
        (SIGNATURE_FILE, signature.as_bytes()),
    ] {
        zip.start_file(name, options).map_err(zerr)?;
        zip.write_all(bytes)?;
    }
    for (path, bytes) in payload {
        zip.start_file(format!("data/{path}"), options)
            .map_err(zerr)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish().map_err(zerr)?.into_inner())
}

/// Refuses names that could escape or confuse: absolute, `..`, backslashes,
/// control characters, empty segments.
fn check_name(name: &str) -> Result<()> {
    let bad = name.is_empty()
        || name.starts_with('/')
        || name.contains('\\')
        || name.contains(':')
        || name.chars().any(char::is_control)
        || name
            .split('/')
            .any(|seg| seg.is_empty() || seg == "." || seg == "..");
    if bad {
        return Err(refuse(
            "unsafe_path",
            format!("The bundle holds an unsafe file name ({name:?}); it is refused."),
        ));
    }
    Ok(())
}

/// Reads and verifies a bundle entirely in memory. Nothing is written.
pub fn read(bytes: &[u8], limits: Limits) -> Result<VerifiedBundle> {
    if bytes.len() as u64 > limits.max_total_bytes {
        return Err(refuse(
            "too_large",
            "This bundle is larger than Opencall accepts.",
        ));
    }
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| {
        refuse(
            "not_a_bundle",
            "This file is not an Opencall bundle (not a readable zip archive).",
        )
    })?;
    if zip.len() > limits.max_entries {
        return Err(refuse(
            "too_many_files",
            format!(
                "This bundle holds {} files; at most {} are accepted.",
                zip.len(),
                limits.max_entries
            ),
        ));
    }
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut folded: HashSet<String> = HashSet::new();
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|_| {
            refuse(
                "corrupt_archive",
                "An entry of this bundle cannot be read; the file is damaged.",
            )
        })?;
        let name = entry.name().to_owned();
        if entry.is_dir() {
            check_name(name.trim_end_matches('/'))?;
            continue;
        }
        check_name(&name)?;
        if entry.is_symlink() {
            return Err(refuse(
                "link",
                format!("The bundle holds a link ({name}); links are refused."),
            ));
        }
        if !folded.insert(name.to_lowercase()) {
            return Err(refuse(
                "duplicate_name",
                format!("The bundle holds “{name}” twice (or differing only in case)."),
            ));
        }
        // Read at most the limit + 1 byte: declared sizes are not trusted.
        let mut buf = Vec::new();
        (&mut entry)
            .take(limits.max_entry_bytes + 1)
            .read_to_end(&mut buf)
            .map_err(|_| {
                refuse(
                    "corrupt_archive",
                    format!("“{name}” in the bundle cannot be read; the file is damaged."),
                )
            })?;
        if buf.len() as u64 > limits.max_entry_bytes {
            return Err(refuse(
                "too_large",
                format!("“{name}” in the bundle is larger than Opencall accepts."),
            ));
        }
        total += buf.len() as u64;
        if total > limits.max_total_bytes {
            return Err(refuse(
                "too_large",
                "This bundle unpacks to more than Opencall accepts.",
            ));
        }
        files.insert(name, buf);
    }
    verify_bag(files)
}

fn text<'a>(files: &'a BTreeMap<String, Vec<u8>>, name: &str) -> Result<&'a str> {
    let bytes = files.get(name).ok_or_else(|| {
        refuse(
            "not_a_bag",
            format!("This bundle has no {name}; it is not a BagIt bag."),
        )
    })?;
    std::str::from_utf8(bytes)
        .map_err(|_| refuse("bag_invalid", format!("{name} is not UTF-8 text.")))
}

/// `checksum  path` lines → path → checksum; refuses malformed lines.
fn manifest_lines(text: &str, name: &str) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let (sum, path) = line
            .split_once(char::is_whitespace)
            .map(|(s, p)| (s.trim(), p.trim()))
            .ok_or_else(|| refuse("bag_invalid", format!("{name} has a malformed line.")))?;
        if sum.len() != 64 || !sum.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(refuse(
                "bag_invalid",
                format!("{name} lists a checksum that is not SHA-256."),
            ));
        }
        if out.insert(path.to_owned(), sum.to_lowercase()).is_some() {
            return Err(refuse(
                "bag_invalid",
                format!("{name} lists “{path}” twice."),
            ));
        }
    }
    Ok(out)
}

fn verify_bag(mut files: BTreeMap<String, Vec<u8>>) -> Result<VerifiedBundle> {
    let bagit = text(&files, "bagit.txt")?;
    if !bagit
        .lines()
        .any(|l| l.trim() == "BagIt-Version: 1.0" || l.trim() == "BagIt-Version: 0.97")
    {
        return Err(refuse(
            "bag_invalid",
            "bagit.txt does not declare a BagIt version Opencall reads (1.0).",
        ));
    }
    if files.contains_key("fetch.txt") {
        return Err(refuse(
            "fetch_refused",
            "The bag asks to fetch files from elsewhere (fetch.txt); bundles must be complete.",
        ));
    }
    let signature = files.remove(SIGNATURE_FILE).ok_or_else(|| {
        refuse(
            "unsigned",
            "This bundle is not signed (no tagmanifest-sha256.txt.minisig).",
        )
    })?;
    let tagmanifest_bytes = files
        .get("tagmanifest-sha256.txt")
        .cloned()
        .ok_or_else(|| refuse("not_a_bag", "This bundle has no tagmanifest-sha256.txt."))?;
    let info = parse_bag_info(text(&files, "bag-info.txt")?)?;
    // The signature first: nothing below is trusted before it holds.
    let key = PublicKey::parse(&info.public_key)?;
    if crate::sign::key_id_display(&key.key_id) != info.key_id {
        return Err(refuse(
            "key_mismatch",
            format!(
                "bag-info.txt names key {} but carries key {}.",
                info.key_id,
                crate::sign::key_id_display(&key.key_id)
            ),
        ));
    }
    let sig_text = std::str::from_utf8(&signature)
        .map_err(|_| refuse("bad_signature", "The signature file is not text."))?;
    key.verify(&tagmanifest_bytes, sig_text)?;
    let tagmanifest = manifest_lines(
        text(&files, "tagmanifest-sha256.txt")?,
        "tagmanifest-sha256.txt",
    )?;
    for required in ["bagit.txt", "bag-info.txt", "manifest-sha256.txt"] {
        if !tagmanifest.contains_key(required) {
            return Err(refuse(
                "bag_invalid",
                format!("tagmanifest-sha256.txt does not cover {required}."),
            ));
        }
    }
    for (path, sum) in &tagmanifest {
        let bytes = files.get(path).ok_or_else(|| {
            refuse(
                "bag_invalid",
                format!("tagmanifest-sha256.txt lists {path}, which is missing."),
            )
        })?;
        if &sha(bytes) != sum {
            return Err(refuse(
                "checksum_mismatch",
                format!("{path} does not match its checksum: it was changed."),
            ));
        }
    }
    let manifest = manifest_lines(text(&files, "manifest-sha256.txt")?, "manifest-sha256.txt")?;
    let mut payload = BTreeMap::new();
    for (name, bytes) in &files {
        if let Some(path) = name.strip_prefix("data/") {
            let sum = manifest.get(name).ok_or_else(|| {
                refuse(
                    "bag_invalid",
                    format!("{name} is in the bag but not in its manifest."),
                )
            })?;
            if &sha(bytes) != sum {
                return Err(refuse(
                    "checksum_mismatch",
                    format!("{name} does not match its checksum: it was changed."),
                ));
            }
            payload.insert(path.to_owned(), bytes.clone());
        } else if !tagmanifest.contains_key(name) && name != "tagmanifest-sha256.txt" {
            return Err(refuse(
                "bag_invalid",
                format!("{name} is a tag file no manifest covers."),
            ));
        }
    }
    for path in manifest.keys() {
        if !files.contains_key(path) {
            return Err(refuse(
                "bag_incomplete",
                format!("The manifest lists {path}, which is missing."),
            ));
        }
    }
    Ok(VerifiedBundle { info, payload })
}

fn parse_bag_info(text: &str) -> Result<BagInfo> {
    let mut fields: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let (k, v) = line
            .split_once(':')
            .ok_or_else(|| refuse("bag_invalid", "bag-info.txt has a malformed line."))?;
        fields
            .entry(k.trim().to_owned())
            .or_default()
            .push(v.trim().to_owned());
    }
    let one = |k: &str| -> Result<String> {
        match fields.get(k).map(Vec::as_slice) {
            Some([v]) => Ok(v.clone()),
            Some(_) => Err(refuse(
                "bag_invalid",
                format!("bag-info.txt gives {k} more than once."),
            )),
            None => Err(refuse(
                "not_an_opencall_bundle",
                format!("bag-info.txt has no {k}: this bag is not an Opencall bundle."),
            )),
        }
    };
    if one("Opencall-Format")? != FORMAT {
        return Err(refuse(
            "not_an_opencall_bundle",
            "This bag is not an Opencall bundle.",
        ));
    }
    let version = one("Opencall-Format-Version")?;
    let major: u32 = version
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .ok_or_else(|| {
            refuse(
                "unknown_version",
                format!("The bundle format version “{version}” cannot be read."),
            )
        })?;
    if major != FORMAT_VERSION.0 {
        return Err(refuse(
            "unknown_version",
            format!("This bundle uses format version {version}; this Opencall reads version {}.x. Update Opencall to import it.", FORMAT_VERSION.0),
        ));
    }
    let created = DateTime::parse_from_rfc3339(&one("Created")?)
        .map_err(|_| refuse("bag_invalid", "bag-info.txt has no valid Created time."))?
        .with_timezone(&Utc);
    Ok(BagInfo {
        bundle_id: one("Bundle-Id")?,
        kind: BundleKind::parse(&one("Bundle-Kind")?).ok_or_else(|| {
            refuse(
                "unknown_kind",
                "The bundle's kind is not one this Opencall knows.",
            )
        })?,
        organization: one("Producer-Organization")?,
        organization_id: one("Producer-Organization-Id")?,
        key_id: one("Producer-Key-Id")?,
        public_key: one("Producer-Public-Key")?,
        created,
        recipients: fields.get("Recipient").cloned().unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests;

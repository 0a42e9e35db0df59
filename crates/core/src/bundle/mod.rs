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

pub mod docs;
pub mod export;
pub mod import;
use crate::{Error, Result};
pub use export::{ExportRequest, ExportSummary};
pub use import::{ImportPreview, ItemAction, PlanItem};

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
        /// The whole workspace, for its own restore (never imported).
        Backup = "backup",
    }
}

crate::named_enum! {
    /// Why a bundle was refused: each is the error's stable `kind`.
    pub enum BundleFault {
        NotABundle = "not_a_bundle",
        CorruptArchive = "corrupt_archive",
        UnsafePath = "unsafe_path",
        DuplicateName = "duplicate_name",
        Link = "link",
        TooLarge = "too_large",
        TooManyFiles = "too_many_files",
        NotABag = "not_a_bag",
        BagInvalid = "bag_invalid",
        BagIncomplete = "bag_incomplete",
        FetchRefused = "fetch_refused",
        Unsigned = "unsigned",
        BadSignature = "bad_signature",
        InvalidKey = "invalid_key",
        KeyMismatch = "key_mismatch",
        ChecksumMismatch = "checksum_mismatch",
        NotAnOpencallBundle = "not_an_opencall_bundle",
        UnknownVersion = "unknown_version",
        UnknownKind = "unknown_kind",
        BadJson = "bad_json",
        JsonTooDeep = "json_too_deep",
        DuplicateKey = "duplicate_key",
        DuplicateId = "duplicate_id",
        MissingDocument = "missing_document",
        DanglingReference = "dangling_reference",
        InvalidRecord = "invalid_record",
        ForeignRecord = "foreign_record",
        HashMismatch = "hash_mismatch",
        OwnBundle = "own_bundle",
        UntrustedSigner = "untrusted_signer",
        KeyChanged = "key_changed",
        KeyRevoked = "key_revoked",
        NotForYou = "not_for_you",
        NotContributable = "not_contributable",
    }
}
use BundleFault as F;

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

/// A refusal: its fault (the error's stable kind), which of the fault's
/// messages it is (`code`, stable, for translations) and what to do. Add the
/// message's specifics with [`Error::with`].
pub(crate) fn refuse(fault: BundleFault, code: &'static str, message: impl Into<String>) -> Error {
    Error::Bundle {
        fault,
        message: message.into(),
        code,
        args: Default::default(),
        cause: None,
    }
}

/// An error's message without a field prefix.
fn plain(e: &Error) -> String {
    e.field_errors()
        .first()
        .map_or_else(|| e.to_string(), |f| f.message.clone())
}

/// SHA-256 of `bytes`, lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
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
        manifest.push_str(&format!("{}  data/{path}\n", sha256_hex(bytes)));
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
        sha256_hex(bagit.as_bytes()),
        sha256_hex(bag_info.as_bytes()),
        sha256_hex(manifest.as_bytes())
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
            F::UnsafePath,
            "unsafe_name",
            format!("The bundle holds an unsafe file name ({name:?}); it is refused."),
        )
        .with("name", format!("{name:?}")));
    }
    Ok(())
}

/// Reads and verifies a bundle entirely in memory. Nothing is written.
pub fn read(bytes: &[u8], limits: Limits) -> Result<VerifiedBundle> {
    if bytes.len() as u64 > limits.max_total_bytes {
        return Err(refuse(
            F::TooLarge,
            "bundle_too_large",
            "This bundle is larger than Opencall accepts.",
        ));
    }
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| {
        refuse(
            F::NotABundle,
            "not_zip",
            "This file is not an Opencall bundle (not a readable zip archive).",
        )
    })?;
    if zip.len() > limits.max_entries {
        return Err(refuse(
            F::TooManyFiles,
            "too_many_files",
            format!(
                "This bundle holds {} files; at most {} are accepted.",
                zip.len(),
                limits.max_entries
            ),
        )
        .with("count", zip.len())
        .with("max", limits.max_entries));
    }
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut folded: HashSet<String> = HashSet::new();
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|_| {
            refuse(
                F::CorruptArchive,
                "entry_unreadable",
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
                F::Link,
                "link",
                format!("The bundle holds a link ({name}); links are refused."),
            )
            .with("name", &name));
        }
        if !folded.insert(name.to_lowercase()) {
            return Err(refuse(
                F::DuplicateName,
                "duplicate_name",
                format!("The bundle holds “{name}” twice (or differing only in case)."),
            )
            .with("name", &name));
        }
        // Read at most the limit + 1 byte: declared sizes are not trusted.
        let mut buf = Vec::new();
        (&mut entry)
            .take(limits.max_entry_bytes + 1)
            .read_to_end(&mut buf)
            .map_err(|_| {
                refuse(
                    F::CorruptArchive,
                    "file_unreadable",
                    format!("“{name}” in the bundle cannot be read; the file is damaged."),
                )
                .with("name", &name)
            })?;
        if buf.len() as u64 > limits.max_entry_bytes {
            return Err(refuse(
                F::TooLarge,
                "file_too_large",
                format!("“{name}” in the bundle is larger than Opencall accepts."),
            )
            .with("name", &name));
        }
        total += buf.len() as u64;
        if total > limits.max_total_bytes {
            return Err(refuse(
                F::TooLarge,
                "unpacked_too_large",
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
            F::NotABag,
            "missing_tag_file",
            format!("This bundle has no {name}; it is not a BagIt bag."),
        )
        .with("name", name)
    })?;
    std::str::from_utf8(bytes).map_err(|_| {
        refuse(
            F::BagInvalid,
            "not_utf8",
            format!("{name} is not UTF-8 text."),
        )
        .with("name", name)
    })
}

/// The checksum algorithms BagIt bags use; Opencall writes SHA-256.
const ALGORITHMS: [&str; 6] = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

fn digest(algorithm: &str, bytes: &[u8]) -> String {
    use md5::Md5;
    match algorithm {
        "md5" => hex::encode(Md5::digest(bytes)),
        "sha1" => hex::encode(sha1::Sha1::digest(bytes)),
        "sha224" => hex::encode(sha2::Sha224::digest(bytes)),
        "sha384" => hex::encode(sha2::Sha384::digest(bytes)),
        "sha512" => hex::encode(sha2::Sha512::digest(bytes)),
        _ => sha256_hex(bytes),
    }
}

/// A manifest's `checksum  path` lines → path → checksum. Paths may start
/// with `./`, carry md5sum's `*` marker, and encode CR, LF and `%` (BagIt
/// 1.0); a path that leaves the bag, or one listed twice, is a BagIt fault.
fn manifest_lines(
    text: &str,
    name: &str,
    algorithm: &str,
    strict: bool,
) -> Result<BTreeMap<String, String>> {
    let width = digest(algorithm, b"").len();
    let mut out = BTreeMap::new();
    for line in text
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty())
    {
        let (sum, path) = line
            .split_once(char::is_whitespace)
            .map(|(s, p)| (s.trim(), p.trim_start()))
            .ok_or_else(|| {
                refuse(
                    F::BagInvalid,
                    "manifest_malformed_line",
                    format!("{name} has a malformed line."),
                )
                .with("name", name)
            })?;
        if sum.len() != width || !sum.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(refuse(
                F::BagInvalid,
                "manifest_bad_checksum",
                format!("{name} lists a checksum that is not {algorithm}."),
            )
            .with("name", name)
            .with("algorithm", algorithm));
        }
        let path = path.strip_prefix('*').unwrap_or(path);
        let path = path.strip_prefix("./").unwrap_or(path);
        let path = path
            .replace("%0A", "\n")
            .replace("%0a", "\n")
            .replace("%0D", "\r")
            .replace("%0d", "\r")
            .replace("%25", "%");
        if path.starts_with('~') || check_name(&path).is_err() {
            return Err(refuse(
                F::UnsafePath,
                "manifest_path_outside",
                format!("{name} lists “{path}”, a path outside the bag (BagIt forbids it)."),
            )
            .with("name", name)
            .with("path", &path));
        }
        let sum = sum.to_lowercase();
        if let Some(old) = out.insert(path.clone(), sum.clone()) {
            // Before BagIt 1.0 the same line twice was only a warning.
            if !strict && old == sum {
                continue;
            }
            return Err(refuse(
                F::BagInvalid,
                "manifest_duplicate_path",
                format!("{name} lists “{path}” twice."),
            )
            .with("name", name)
            .with("path", &path));
        }
    }
    Ok(out)
}

/// `bagit.txt`: no byte-order mark, `Label: value` lines with no space
/// before the colon, a MAJOR.MINOR version and the tag file encoding.
/// Returns the declared encoding.
fn check_bagit_txt(files: &BTreeMap<String, Vec<u8>>) -> Result<(String, bool)> {
    let bytes = files.get("bagit.txt").ok_or_else(|| {
        refuse(
            F::NotABag,
            "no_bagit",
            "This file holds no bagit.txt: it is not a BagIt bag, so not an Opencall bundle.",
        )
    })?;
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Err(refuse(
            F::BagInvalid,
            "bagit_bom",
            "bagit.txt starts with a byte-order mark, which BagIt forbids.",
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| {
        refuse(
            F::BagInvalid,
            "bagit_not_utf8",
            "bagit.txt is not UTF-8 text, which BagIt requires.",
        )
    })?;
    let mut version = None;
    let mut encoding = None;
    for line in text
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.is_empty())
    {
        let (label, value) = line
            .split_once(": ")
            .filter(|(l, _)| !l.ends_with(char::is_whitespace) && !l.is_empty())
            .ok_or_else(|| {
                refuse(
                    F::BagInvalid,
                    "bagit_malformed_line",
                    format!(
                        "bagit.txt has a malformed line (“{line}”): BagIt wants “Label: value”."
                    ),
                )
                .with("line", line)
            })?;
        match label {
            "BagIt-Version" => version = Some(value.trim().to_owned()),
            "Tag-File-Character-Encoding" => encoding = Some(value.trim().to_owned()),
            _ => {}
        }
    }
    let version = version.ok_or_else(|| {
        refuse(
            F::BagInvalid,
            "bagit_no_version",
            "bagit.txt declares no BagIt-Version.",
        )
    })?;
    let ok = version.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && a.chars().chain(b.chars()).all(|c| c.is_ascii_digit())
    });
    if !ok {
        return Err(refuse(
            F::BagInvalid,
            "bagit_bad_version",
            format!(
                "bagit.txt gives the version “{version}”; BagIt versions are MAJOR.MINOR numbers."
            ),
        )
        .with("version", &version));
    }
    let encoding = encoding.ok_or_else(|| {
        refuse(
            F::BagInvalid,
            "bagit_no_encoding",
            "bagit.txt does not declare Tag-File-Character-Encoding, which BagIt requires.",
        )
    })?;
    let major: u32 = version
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    Ok((encoding, major >= 1))
}

/// Checks a bag as BagIt (RFC 8493) defines it: bagit.txt, no fetch,
/// every manifest and tag manifest complete and matching, every payload
/// file listed in every manifest, Payload-Oxum right. Faults found here
/// are the bag's, named as such, before anything Opencall-specific.
fn check_bag(files: &BTreeMap<String, Vec<u8>>) -> Result<()> {
    let (encoding, strict) = check_bagit_txt(files)?;
    if !encoding.eq_ignore_ascii_case("UTF-8") {
        return Err(refuse(
            F::NotAnOpencallBundle,
            "not_utf8_bag",
            format!("This bag's tag files are in {encoding}; Opencall bundles are UTF-8, so this is not one."),
        )
        .with("encoding", &encoding));
    }
    if let Some(fetch) = files.get("fetch.txt") {
        let text = String::from_utf8_lossy(fetch);
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let path = line
                .splitn(3, char::is_whitespace)
                .nth(2)
                .unwrap_or("")
                .trim();
            if path.starts_with('~') || check_name(path).is_err() || !path.starts_with("data/") {
                return Err(refuse(
                    F::UnsafePath,
                    "fetch_path_outside",
                    format!("fetch.txt names “{path}”, a path outside the bag (BagIt forbids it)."),
                )
                .with("path", path));
            }
        }
        return Err(refuse(
            F::FetchRefused,
            "fetch",
            "The bag asks to fetch files from elsewhere (fetch.txt); bundles must be complete.",
        ));
    }
    let mut payload_manifests = 0;
    for (name, bytes) in files {
        let Some(rest) = name
            .strip_prefix("manifest-")
            .or_else(|| name.strip_prefix("tagmanifest-"))
        else {
            continue;
        };
        let Some(algorithm) = rest.strip_suffix(".txt") else {
            continue;
        };
        if !ALGORITHMS.contains(&algorithm) {
            return Err(refuse(
                F::BagInvalid,
                "unknown_algorithm",
                format!("{name} uses a checksum algorithm Opencall does not know."),
            )
            .with("name", name));
        }
        let tag = name.starts_with("tag");
        let text = std::str::from_utf8(bytes).map_err(|_| {
            refuse(
                F::BagInvalid,
                "not_utf8",
                format!("{name} is not UTF-8 text."),
            )
            .with("name", name)
        })?;
        let lines = manifest_lines(text, name, algorithm, strict)?;
        for (path, sum) in &lines {
            if !tag && !path.starts_with("data/") {
                return Err(refuse(
                    F::BagInvalid,
                    "manifest_not_payload",
                    format!("{name} lists “{path}”, which is not payload (under data/)."),
                )
                .with("name", name)
                .with("path", path));
            }
            let got = files.get(path).ok_or_else(|| {
                refuse(
                    F::BagIncomplete,
                    "missing_file",
                    format!("{name} lists {path}, which is missing from the bag."),
                )
                .with("name", name)
                .with("path", path)
            })?;
            if &digest(algorithm, got) != sum {
                return Err(refuse(
                    F::ChecksumMismatch,
                    "checksum_mismatch",
                    format!(
                        "{path} does not match its {algorithm} checksum in {name}: it was changed."
                    ),
                )
                .with("path", path)
                .with("algorithm", algorithm)
                .with("name", name));
            }
        }
        if !tag {
            payload_manifests += 1;
            if let Some(extra) = files
                .keys()
                .find(|f| f.starts_with("data/") && !lines.contains_key(*f))
            {
                return Err(refuse(
                    F::BagInvalid,
                    "unlisted_payload",
                    format!("{extra} is in the bag's payload but not in {name}."),
                )
                .with("path", extra)
                .with("name", name));
            }
        }
    }
    if payload_manifests == 0 {
        return Err(refuse(
            F::BagInvalid,
            "no_payload_manifest",
            "The bag has no payload manifest (manifest-<algorithm>.txt).",
        ));
    }
    if let Some(info) = files.get("bag-info.txt") {
        let text = String::from_utf8_lossy(info);
        if let Some(oxum) = text.lines().find_map(|l| l.strip_prefix("Payload-Oxum:")) {
            let payload: Vec<&Vec<u8>> = files
                .iter()
                .filter(|(k, _)| k.starts_with("data/"))
                .map(|(_, v)| v)
                .collect();
            let found = format!(
                "{}.{}",
                payload.iter().map(|v| v.len() as u64).sum::<u64>(),
                payload.len()
            );
            if oxum.trim() != found {
                return Err(refuse(
                    F::BagInvalid,
                    "oxum_mismatch",
                    format!("bag-info.txt says Payload-Oxum {} but the payload is {found} (octets.files).", oxum.trim()),
                )
                .with("declared", oxum.trim())
                .with("found", &found));
            }
        }
    }
    Ok(())
}

fn verify_bag(mut files: BTreeMap<String, Vec<u8>>) -> Result<VerifiedBundle> {
    check_bag(&files)?;
    // A valid bag; now what makes it an Opencall bundle.
    for required in [
        "manifest-sha256.txt",
        "tagmanifest-sha256.txt",
        "bag-info.txt",
    ] {
        if !files.contains_key(required) {
            return Err(refuse(
                F::NotAnOpencallBundle,
                "missing_required_file",
                format!(
                    "This is a valid BagIt bag but not an Opencall bundle (it has no {required})."
                ),
            )
            .with("name", required));
        }
    }
    let foreign_manifest = |k: &String| {
        (k.starts_with("tagmanifest-") && k != "tagmanifest-sha256.txt" && k != SIGNATURE_FILE)
            || (k.starts_with("manifest-") && k != "manifest-sha256.txt")
    };
    if files.keys().any(foreign_manifest) {
        return Err(refuse(
            F::NotAnOpencallBundle,
            "foreign_manifest",
            "This bag carries manifests Opencall does not write (other algorithms than SHA-256); it is not an Opencall bundle.",
        ));
    }
    let info = parse_bag_info(text(&files, "bag-info.txt")?)?;
    let signature = files.remove(SIGNATURE_FILE).ok_or_else(|| {
        refuse(
            F::Unsigned,
            "unsigned",
            "This bundle is not signed (no tagmanifest-sha256.txt.minisig).",
        )
    })?;
    let tagmanifest_bytes = files
        .get("tagmanifest-sha256.txt")
        .cloned()
        .unwrap_or_default();
    let key = PublicKey::parse(&info.public_key)
        .map_err(|e| refuse(F::InvalidKey, "invalid_key", plain(&e)).caused_by(e))?;
    if crate::sign::key_id_display(&key.key_id) != info.key_id {
        return Err(refuse(
            F::KeyMismatch,
            "bag_key_mismatch",
            format!(
                "bag-info.txt names key {} but carries key {}.",
                info.key_id,
                crate::sign::key_id_display(&key.key_id)
            ),
        )
        .with("named", &info.key_id)
        .with("carried", crate::sign::key_id_display(&key.key_id)));
    }
    let sig_text = std::str::from_utf8(&signature).map_err(|_| {
        refuse(
            F::BadSignature,
            "signature_not_text",
            "The signature file is not text.",
        )
    })?;
    key.verify(&tagmanifest_bytes, sig_text)
        .map_err(|e| refuse(F::BadSignature, "bad_signature", plain(&e)).caused_by(e))?;
    let tagmanifest = manifest_lines(
        text(&files, "tagmanifest-sha256.txt")?,
        "tagmanifest-sha256.txt",
        "sha256",
        true,
    )?;
    for required in ["bagit.txt", "bag-info.txt", "manifest-sha256.txt"] {
        if !tagmanifest.contains_key(required) {
            return Err(refuse(
                F::BagInvalid,
                "tagmanifest_incomplete",
                format!("tagmanifest-sha256.txt does not cover {required}, so the signature would not cover it."),
            )
            .with("name", required));
        }
    }
    let mut payload = BTreeMap::new();
    for (name, bytes) in files {
        if let Some(path) = name.strip_prefix("data/") {
            payload.insert(path.to_owned(), bytes);
        } else if !tagmanifest.contains_key(&name) && name != "tagmanifest-sha256.txt" {
            return Err(refuse(
                F::BagInvalid,
                "uncovered_tag_file",
                format!("{name} is a tag file the signed tag manifest does not cover."),
            )
            .with("name", &name));
        }
    }
    Ok(VerifiedBundle { info, payload })
}

fn parse_bag_info(text: &str) -> Result<BagInfo> {
    let mut fields: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let (k, v) = line.split_once(':').ok_or_else(|| {
            refuse(
                F::BagInvalid,
                "bag_info_malformed_line",
                "bag-info.txt has a malformed line.",
            )
        })?;
        fields
            .entry(k.trim().to_owned())
            .or_default()
            .push(v.trim().to_owned());
    }
    let one = |k: &str| -> Result<String> {
        match fields.get(k).map(Vec::as_slice) {
            Some([v]) => Ok(v.clone()),
            Some(_) => Err(refuse(
                F::BagInvalid,
                "bag_info_repeated",
                format!("bag-info.txt gives {k} more than once."),
            )
            .with("label", k)),
            None => Err(refuse(
                F::NotAnOpencallBundle,
                "bag_info_missing",
                format!("bag-info.txt has no {k}: this bag is not an Opencall bundle."),
            )
            .with("label", k)),
        }
    };
    if one("Opencall-Format")? != FORMAT {
        return Err(refuse(
            F::NotAnOpencallBundle,
            "not_opencall",
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
                F::UnknownVersion,
                "version_unreadable",
                format!("The bundle format version “{version}” cannot be read."),
            )
            .with("version", &version)
        })?;
    if major != FORMAT_VERSION.0 {
        return Err(refuse(
            F::UnknownVersion,
            "version_unsupported",
            format!("This bundle uses format version {version}; this Opencall reads version {}.x. Update Opencall to import it.", FORMAT_VERSION.0),
        )
        .with("version", &version)
        .with("supported", format!("{}.x", FORMAT_VERSION.0)));
    }
    let created = DateTime::parse_from_rfc3339(&one("Created")?)
        .map_err(|_| {
            refuse(
                F::BagInvalid,
                "bag_info_no_created",
                "bag-info.txt has no valid Created time.",
            )
        })?
        .with_timezone(&Utc);
    Ok(BagInfo {
        bundle_id: one("Bundle-Id")?,
        kind: BundleKind::parse(&one("Bundle-Kind")?).ok_or_else(|| {
            refuse(
                F::UnknownKind,
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
pub(crate) mod import_tests;
#[cfg(test)]
mod tests;

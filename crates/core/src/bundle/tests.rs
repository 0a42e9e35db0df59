//! Writing and reading bundles: round trip and refusals.

use std::collections::BTreeMap;
use std::io::Write;

use chrono::{TimeZone, Utc};

use super::*;

fn signer() -> (tempfile::TempDir, crate::Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::Store::open(dir.path()).unwrap();
    store
        .init_workspace(
            crate::workspace::WorkspaceInput {
                organization_name: "Brightwater Pumps".into(),
                user_name: "Maria".into(),
                user_role: String::new(),
            },
            Utc::now(),
        )
        .unwrap();
    (dir, store)
}

fn info(store: &crate::Store) -> BagInfo {
    let ws = store.require_workspace().unwrap();
    let pub_file = store.public_key_file().unwrap();
    BagInfo {
        bundle_id: "b-1".into(),
        kind: BundleKind::Challenge,
        organization: ws.organization.name.clone(),
        organization_id: ws.organization.id.to_string(),
        key_id: store.key_id_display().unwrap(),
        public_key: pub_file.lines().nth(1).unwrap().to_owned(),
        created: Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).single().unwrap(),
        recipients: vec!["Fluid Lab".into()],
    }
}

fn payload() -> BTreeMap<String, Vec<u8>> {
    BTreeMap::from([
        (
            "challenge.json".to_owned(),
            br#"{"title":"Quiet"}"#.to_vec(),
        ),
        ("attachments/abc".to_owned(), b"bytes".to_vec()),
    ])
}

fn bundle(store: &crate::Store) -> Vec<u8> {
    write(&info(store), &payload(), |t| {
        store.sign_detached(t, "opencall bundle b-1")
    })
    .unwrap()
}

fn code(err: &crate::Error) -> String {
    err.kind().to_owned()
}

/// Rewrites a bundle's entries with `edit` applied (no re-signing).
fn rezip(
    bytes: &[u8],
    edit: impl Fn(&str, Vec<u8>) -> Option<(String, Vec<u8>)>,
    extra: &[(&str, &[u8])],
) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for i in 0..zip.len() {
        let mut e = zip.by_index(i).unwrap();
        let name = e.name().to_owned();
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut e, &mut buf).unwrap();
        if let Some((n, b)) = edit(&name, buf) {
            out.start_file(n, opts).unwrap();
            out.write_all(&b).unwrap();
        }
    }
    for (n, b) in extra {
        out.start_file(*n, opts).unwrap();
        out.write_all(b).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn a_bundle_round_trips() {
    let (_d, store) = signer();
    let read = read(&bundle(&store), Limits::default()).unwrap();
    assert_eq!(read.info, info(&store));
    assert_eq!(read.payload, payload());
}

#[test]
fn broken_and_hostile_bundles_are_refused_with_their_cause() {
    let (_d, store) = signer();
    let good = bundle(&store);
    let keep = |n: &str, b: Vec<u8>| Some((n.to_owned(), b));
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("not_a_bundle", b"PK not really".to_vec()),
        ("not_a_bundle", Vec::new()),
        (
            "checksum_mismatch",
            rezip(
                &good,
                |n, b| {
                    if n == "data/challenge.json" {
                        Some((n.into(), b"{}".to_vec()))
                    } else {
                        Some((n.into(), b))
                    }
                },
                &[],
            ),
        ),
        (
            "bad_signature",
            rezip(
                &good,
                |n, b| {
                    if n == "tagmanifest-sha256.txt" {
                        let mut b = b;
                        b.push(b'\n');
                        Some((n.into(), b))
                    } else {
                        Some((n.into(), b))
                    }
                },
                &[],
            ),
        ),
        (
            "unsigned",
            rezip(
                &good,
                |n, b| (n != SIGNATURE_FILE).then(|| (n.to_owned(), b)),
                &[],
            ),
        ),
        (
            "not_a_bag",
            rezip(
                &good,
                |n, b| (n != "bagit.txt").then(|| (n.to_owned(), b)),
                &[],
            ),
        ),
        (
            "fetch_refused",
            rezip(&good, keep, &[("fetch.txt", b"http://x 1 data/y")]),
        ),
        ("unsafe_path", rezip(&good, keep, &[("../evil", b"x")])),
        ("unsafe_path", rezip(&good, keep, &[("/etc/passwd", b"x")])),
        ("unsafe_path", rezip(&good, keep, &[("data/a\\b", b"x")])),
        (
            "duplicate_name",
            rezip(&good, keep, &[("DATA/challenge.json", b"x")]),
        ),
        (
            "bag_invalid",
            rezip(&good, keep, &[("data/extra.json", b"{}")]),
        ),
        (
            "bag_incomplete",
            rezip(
                &good,
                |n, b| (n != "data/attachments/abc").then(|| (n.to_owned(), b)),
                &[],
            ),
        ),
    ];
    for (want, bytes) in cases {
        let err = read(&bytes, Limits::default()).unwrap_err();
        assert_eq!(code(&err), want, "{err}");
    }
    let small = Limits {
        max_entries: 3,
        ..Limits::default()
    };
    assert_eq!(code(&read(&good, small).unwrap_err()), "too_many_files");
    let tiny = Limits {
        max_entry_bytes: 8,
        ..Limits::default()
    };
    assert_eq!(code(&read(&good, tiny).unwrap_err()), "too_large");
}

#[test]
fn another_major_version_and_a_foreign_key_are_refused() {
    let (_d, store) = signer();
    let (_d2, other) = signer();
    // Signed by another key than the one it names.
    let mut forged = info(&store);
    forged.public_key = other
        .public_key_file()
        .unwrap()
        .lines()
        .nth(1)
        .unwrap()
        .to_owned();
    let bytes = write(&forged, &payload(), |t| store.sign_detached(t, "x")).unwrap();
    assert_eq!(
        code(&read(&bytes, Limits::default()).unwrap_err()),
        "key_mismatch"
    );
    let mut forged = info(&other);
    forged.key_id = other.key_id_display().unwrap();
    let bytes = write(&forged, &payload(), |t| store.sign_detached(t, "x")).unwrap();
    assert_eq!(
        code(&read(&bytes, Limits::default()).unwrap_err()),
        "bad_signature"
    );
}

#[test]
fn random_damage_is_refused_without_a_panic() {
    let (_d, store) = signer();
    let good = bundle(&store);
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in 0..2_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let mut bytes = good.clone();
        let at = (x as usize) % bytes.len();
        if i % 4 == 0 {
            bytes.truncate(at);
        } else {
            bytes[at] ^= 1 << (x % 8);
        }
        // Either refused, or (a flip in an unchecked zip field) read intact.
        if let Ok(b) = read(&bytes, Limits::default()) {
            assert_eq!(
                b.payload,
                payload(),
                "flip {i} at {at} changed the content unnoticed"
            );
        }
    }
}

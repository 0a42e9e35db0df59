//! The Persian catalog against the core's sources: every field-error code,
//! every refusal code and every error variant a person can meet has real
//! Persian, with its specifics kept.

use std::path::Path;

use super::*;
use crate::error::Args;
use crate::i18n::Label;
use crate::Lang;

// ---- reading the sources ---------------------------------------------------

/// The core's library sources (no tests, not this catalog), by path.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                if name != "i18n" {
                    walk(&path, out);
                }
            } else if name.ends_with(".rs") && !name.ends_with("tests.rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                // Inline test modules sit at the end of a file.
                let text = match text.find("#[cfg(test)]\nmod tests") {
                    Some(at) => text[..at].to_owned(),
                    None => text,
                };
                out.push((path.display().to_string(), text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    assert!(out.len() > 20, "the sources were not found");
    out
}

/// One call in the sources: where, its arguments (as written) and the
/// `.with("name", value)` calls chained on it.
#[derive(Debug)]
struct Call {
    at: String,
    args: Vec<String>,
    with: Vec<(String, String)>,
    caused: bool,
}

/// The arguments of the call whose `(` is at `open`, and the index after
/// its `)`. Strings, chars and nesting are skipped over.
fn arguments(text: &str, open: usize) -> (Vec<String>, usize) {
    let bytes = text.as_bytes();
    let (mut i, mut depth, mut start) = (open + 1, 0usize, open + 1);
    let mut args = Vec::new();
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'\'' if bytes.get(i + 1) == Some(&b'\\') => {
                i += 2;
                while bytes[i] != b'\'' {
                    i += 1;
                }
            }
            b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 2,
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth > 0 => depth -= 1,
            b')' => {
                let last = text[start..i].trim();
                if !last.is_empty() {
                    args.push(last.to_owned());
                }
                return (args, i + 1);
            }
            b',' if depth == 0 => {
                args.push(text[start..i].trim().to_owned());
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    panic!("unclosed call at {open}");
}

/// Every call of `name(` in the sources, with its chain of `.with(…)`.
fn calls(sources: &[(String, String)], name: &str) -> Vec<Call> {
    let mut out = Vec::new();
    for (path, text) in sources {
        let mut from = 0;
        while let Some(found) = text[from..].find(name) {
            let at = from + found;
            from = at + name.len();
            let before = text[..at].chars().next_back().unwrap_or(' ');
            if before.is_alphanumeric() || before == '_' || text[..at].ends_with("fn ") {
                continue;
            }
            let (args, mut end) = arguments(text, at + name.len() - 1);
            let mut with = Vec::new();
            let mut caused = false;
            loop {
                let rest = text[end..].trim_start();
                let skipped = text.len() - rest.len();
                if rest.starts_with(".with(") {
                    let (a, e) = arguments(text, skipped + ".with".len());
                    with.push((a[0].clone(), a[1].clone()));
                    end = e;
                } else if rest.starts_with(".caused_by(") {
                    let (_, e) = arguments(text, skipped + ".caused_by".len());
                    caused = true;
                    end = e;
                } else {
                    break;
                }
            }
            let line = text[..at].lines().count();
            out.push(Call {
                at: format!("{path}:{line}"),
                args,
                with,
                caused,
            });
        }
    }
    out
}

/// A string literal's text (`None` for an expression).
fn literal(arg: &str) -> Option<String> {
    let arg = arg.trim();
    (arg.len() >= 2 && arg.starts_with('"') && arg.ends_with('"'))
        .then(|| arg[1..arg.len() - 1].to_owned())
}

/// A field path as a call writes it: a literal, or `format!("a.{i}.b")`
/// with its holes filled; anything else stands for some field.
fn field_of(arg: &str) -> String {
    if let Some(l) = literal(arg) {
        return l;
    }
    if let Some(f) = arg.trim_start_matches('&').strip_prefix("format!(") {
        if let Some(l) = f
            .split(',')
            .next()
            .and_then(|s| literal(s.trim_end_matches(')')))
        {
            let mut out = String::new();
            let mut hole = false;
            for c in l.chars() {
                match c {
                    '{' => hole = true,
                    '}' => {
                        hole = false;
                        out.push('0');
                    }
                    _ if !hole => out.push(c),
                    _ => {}
                }
            }
            return out;
        }
    }
    "field".to_owned()
}

/// The specifics a call adds, each with a value of its own (`case` keeps
/// its literal: it picks the message).
fn sample_args(call: &Call) -> Args {
    call.with
        .iter()
        .enumerate()
        .filter_map(|(i, (name, value))| {
            let name = literal(name)?;
            // A `case` passed on by a helper is checked at the helper's calls.
            let value = if name == "case" {
                literal(value)?
            } else {
                format!("#{i}#")
            };
            Some((name, value))
        })
        .collect()
}

// ---- what Persian text must be ----------------------------------------------

/// Technical words a Persian message may keep as they are.
const KEPT: [&str; 12] = [
    "Opencall", "BagIt", "minisign", "trusted", "comment", "Label", "value", "Created", "JSON",
    "mailto", "MAJOR", "MINOR",
];

/// Runs of ASCII letters (4 or more) that read as English words: code
/// spans, names of files, paths, commands and ids (anything with a digit
/// or `.-_/@:<>#`) and the kept technical words do not count.
fn english_words(text: &str) -> Vec<String> {
    let mut plain = String::new();
    let mut code = false;
    for c in text.chars() {
        if c == '`' {
            code = !code;
        } else if !code {
            plain.push(c);
        }
    }
    plain
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| "()«»،؛,;:.!?\"'".contains(c)))
        .filter(|t| {
            !t.chars()
                .any(|c| c.is_ascii_digit() || ".-_/@:<>#=".contains(c))
        })
        .filter(|t| t.len() >= 4 && t.chars().all(|c| c.is_ascii_alphabetic()))
        .filter(|t| !KEPT.contains(t))
        .map(str::to_owned)
        .collect()
}

/// Persian, whole (no hole left), no English sentence, ZWNJ where Persian
/// wants it.
fn check(text: &str, context: &str) {
    // A validation error names its field by its path (`title: …`), the
    // name the CLI's flags and the JSON use: not an English sentence.
    let text = match text.split_once(": ") {
        Some((path, rest))
            if !path.is_empty()
                && path
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._".contains(c)) =>
        {
            rest
        }
        _ => text,
    };
    assert!(
        text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{context}: no Persian in {text:?}"
    );
    assert!(
        !text.contains('{') && !text.contains('}'),
        "{context}: a hole is left in {text:?}"
    );
    let english = english_words(text);
    assert!(
        english.is_empty(),
        "{context}: English words {english:?} in {text:?}"
    );
    let padded = format!(" {text} ");
    for detached in [" می ", " نمی ", " ها ", " های "] {
        assert!(
            !padded.contains(detached),
            "{context}: {detached:?} needs a ZWNJ in {text:?}"
        );
    }
}

/// Every sample value the message was given appears in it (`case` and
/// `why` are words, not specifics).
fn keeps_specifics(text: &str, args: &Args, context: &str) {
    for (name, value) in args {
        if name != "case" && name != "why" {
            assert!(
                text.contains(value.as_str()),
                "{context}: {name} ({value}) is missing from {text:?}"
            );
        }
    }
}

// ---- (a) field errors ----------------------------------------------------------

#[test]
fn every_field_error_code_in_the_core_has_persian() {
    let sources = sources();
    let mut sites = Vec::new();
    for name in ["FieldError::new(", "v.error(", "self.error(", "bad("] {
        sites.extend(calls(&sources, name));
    }
    let mut codes = std::collections::BTreeSet::new();
    let mut checked = 0;
    for call in &sites {
        let Some(code) = call.args.get(1).and_then(|a| literal(a)) else {
            continue; // a helper passing its own parameters on
        };
        codes.insert(code.clone());
        let mut error = FieldError::new(field_of(&call.args[0]), &code, "English");
        error.args = sample_args(call);
        let context = format!("{} ({code} on {})", call.at, error.field);
        let text = field(&error).unwrap_or_else(|| panic!("{context}: no Persian for this code"));
        check(&text, &context);
        keeps_specifics(&text, &error.args, &context);
        assert_eq!(error.message_in(Lang::Fa), text);
        checked += 1;
    }
    // Helpers that make one code's field errors, their first argument the
    // `case`.
    for (helper, code, field_name) in [("conflict(", "conflict_of_interest", "reviewer")] {
        let mut found = 0;
        for call in calls(&sources, helper) {
            let Some(case) = call.args.first().and_then(|a| literal(a)) else {
                continue;
            };
            let mut error = FieldError::new(field_name, code, "English");
            error.args = sample_args(&call);
            error.args.insert("case".into(), case.clone());
            let context = format!("{} ({code}, {case})", call.at);
            let text = field(&error).unwrap();
            check(&text, &context);
            keeps_specifics(&text, &error.args, &context);
            found += 1;
        }
        assert!(found >= 3, "{helper}: {found} calls");
        checked += found;
    }
    assert!(checked >= 55, "only {checked} field errors found");
    for code in [
        "required",
        "too_long",
        "invalid_choice",
        "not_a_number",
        "invalid_date",
        "invalid_id",
        "invalid_type",
        "out_of_range",
        "invalid",
        "conflict_of_interest",
        "missing_acceptance",
        "invalid_key",
        "bad_signature",
    ] {
        assert!(codes.contains(code), "{code} was not found in the sources");
    }
    // A signature's or key's reason is said, not dropped.
    for (helper, code) in [
        ("bad_key(", "invalid_key"),
        ("bad_sig(", "bad_signature"),
        ("sig_problem(", "bad_signature"),
    ] {
        let general = field(&FieldError::new("x", code, "")).unwrap();
        for call in calls(&sources, helper) {
            let Some(why) = call.args.first().and_then(|a| literal(a)) else {
                continue;
            };
            let error = FieldError::new("x", code, "").with("why", &why);
            let text = field(&error).unwrap();
            check(&text, &call.at);
            assert_ne!(text, general, "{}: {why} is not said in Persian", call.at);
        }
    }
}

// ---- (b) errors ------------------------------------------------------------------

/// One of each variant, in the order they are declared.
fn one_of_each() -> Vec<Error> {
    let problem = FieldError::new("title", "required", "An open challenge needs a title.")
        .with("case", "open");
    vec![
        Error::not_found(RecordKind::Agreement, "a-17"),
        Error::Validation(vec![FieldError::new("title", "required", "x")]),
        Error::Transition {
            message: "This challenge cannot open yet.".into(),
            problems: vec![problem.clone()],
            code: "cannot_open",
            args: Args::new(),
        },
        Error::refused("idea_not_recordable", "x", vec![problem]),
        Error::Archived {
            kind: RecordKind::Contributor,
        },
        Error::InUse {
            message: "x".into(),
            by: vec!["“سامانهٔ آبیاری”".into()],
            code: "required_by_challenges",
            args: [("title".to_owned(), "قرارداد عدم افشا".to_owned())].into(),
        },
        Error::Ambiguous {
            kind: RecordKind::Idea,
            prefix: "3f".into(),
            count: 2,
        },
        Error::Conflict {
            kind: RecordKind::Challenge,
            expected: 3,
            actual: 5,
        },
        Error::NotInitialized,
        Error::AlreadyInitialized("شرکت آبان".into()),
        Error::SchemaTooNew {
            found: 9,
            supported: 4,
        },
        Error::Locked {
            path: "/tmp/ws".into(),
        },
        Error::DiskFull {
            free_mb: 12,
            needed_mb: 40,
        },
        Error::ReadOnly {
            path: "/tmp/ws".into(),
        },
        Error::Damaged {
            path: "/tmp/ws".into(),
            detail: "its database files are corrupt".into(),
            code: "corrupt",
            args: Args::new(),
        },
        Error::Storage("EIO".into()),
        Error::Corrupt("key 16".into()),
        Error::InvalidId("zz-9".into()),
        crate::bundle::refuse(crate::bundle::BundleFault::Unsigned, "unsigned", "x"),
    ]
}

#[test]
fn every_error_variant_and_bundle_fault_reads_in_persian() {
    let errors = one_of_each();
    // The compiler names a new variant here; the test then wants its Persian.
    let mut seen = [false; 19];
    for e in &errors {
        let index = match e {
            Error::NotFound { .. } => 0,
            Error::Validation(_) => 1,
            Error::Transition { .. } => 2,
            Error::Refused { .. } => 3,
            Error::Archived { .. } => 4,
            Error::InUse { .. } => 5,
            Error::Ambiguous { .. } => 6,
            Error::Conflict { .. } => 7,
            Error::NotInitialized => 8,
            Error::AlreadyInitialized(_) => 9,
            Error::SchemaTooNew { .. } => 10,
            Error::Locked { .. } => 11,
            Error::DiskFull { .. } => 12,
            Error::ReadOnly { .. } => 13,
            Error::Damaged { .. } => 14,
            Error::Storage(_) => 15,
            Error::Corrupt(_) => 16,
            Error::InvalidId(_) => 17,
            Error::Bundle { .. } => 18,
        };
        seen[index] = true;
        let text = e.message_in(Lang::Fa);
        check(&text, e.kind());
        assert_ne!(text, e.to_string(), "{}", e.kind());
    }
    assert!(seen.iter().all(|s| *s), "a variant is missing: {seen:?}");
    let restore =
        Error::AlreadyInitialized(format!("/tmp/target{}", crate::error::RESTORE_TARGET_HINT));
    let text = restore.message_in(Lang::Fa);
    check(&text, "restore target");
    assert!(text.starts_with("در /tmp/target از پیش"), "{text}");

    for fault in crate::bundle::BundleFault::ALL {
        let e = crate::bundle::refuse(*fault, "", "English");
        let text = e.message_in(Lang::Fa);
        check(&text, fault.as_str());
    }
}

#[test]
fn every_refusal_transition_and_damage_the_core_makes_has_persian() {
    let sources = sources();
    let mut checked = 0;
    // Bundles: `refuse(fault, "code", …)` and `dangling("code", …)`.
    for (name, code_at) in [("refuse(", 1), ("dangling(", 0)] {
        for call in calls(&sources, name) {
            let Some(code) = call.args.get(code_at).and_then(|a| literal(a)) else {
                continue;
            };
            let args = sample_args(&call);
            let cause = call.caused.then(|| {
                Error::Validation(vec![
                    FieldError::new("signature", "bad_signature", "x").with("why", "cut_short")
                ])
            });
            let code: &'static str = Box::leak(code.into_boxed_str());
            let context = format!("{} ({code})", call.at);
            let text = bundle(code, &args, cause.as_ref())
                .unwrap_or_else(|| panic!("{context}: no Persian for this refusal"));
            check(&text, &context);
            keeps_specifics(&text, &args, &context);
            let e = crate::bundle::refuse(crate::bundle::BundleFault::BadJson, code, "x");
            let e = args.iter().fold(e, |e, (k, v)| e.with(k, v));
            let e = match cause {
                Some(c) => e.caused_by(c),
                None => e,
            };
            assert_eq!(e.message_in(Lang::Fa), text, "{context}");
            checked += 1;
        }
    }
    // The codes `bundle::docs::parse` picks by the parser's complaint.
    for (code, specific) in [
        ("json_too_deep", "max"),
        ("duplicate_key", "key"),
        ("bad_json", "detail"),
    ] {
        let args: Args = [
            ("name".to_owned(), "data/ideas.json".to_owned()),
            (specific.to_owned(), "#7#".to_owned()),
        ]
        .into();
        let text = bundle(code, &args, None).unwrap();
        check(&text, code);
        keeps_specifics(&text, &args, code);
        checked += 1;
    }
    assert!(checked >= 90, "only {checked} refusals found");

    // Lifecycle moves, refusals, damage and use: by their constructors.
    let problem = vec![FieldError::new("x", "required", "")];
    let mut others = 0;
    for (name, make) in [
        ("Error::transition(", 0),
        ("Error::refused(", 1),
        ("damaged(", 2),
    ] {
        for call in calls(&sources, name) {
            let Some(code) = call.args.first().and_then(|a| literal(a)) else {
                continue;
            };
            let args = sample_args(&call);
            let code: &'static str = Box::leak(code.into_boxed_str());
            let context = format!("{} ({code})", call.at);
            let text = match make {
                0 => transition(code, &args, &problem),
                1 => refused(code, &args, &problem),
                _ => damage(code, &args),
            }
            .unwrap_or_else(|| panic!("{context}: no Persian for this code"));
            check(&text, &context);
            keeps_specifics(&text, &args, &context);
            others += 1;
        }
    }
    // Struct literals name their code in a `code:` field.
    for (path, text) in &sources {
        for (variant, make) in [("Error::Transition {", 0), ("Error::InUse {", 1)] {
            for (at, _) in text.match_indices(variant) {
                let body = &text[at..(at + 600).min(text.len())];
                let Some(code) = body
                    .split("code: \"")
                    .nth(1)
                    .and_then(|rest| rest.split('"').next())
                else {
                    continue;
                };
                let args: Args = [("title".to_owned(), "#t#".to_owned())].into();
                let words = match make {
                    0 => transition(code, &args, &problem),
                    _ => in_use(code, &args, &["“#b#”".to_owned()]),
                }
                .unwrap_or_else(|| panic!("{path}: no Persian for {code}"));
                check(&words, code);
                others += 1;
            }
        }
    }
    assert!(others >= 25, "only {others} codes found");
}

// ---- (c) exact words --------------------------------------------------------------

#[test]
fn persian_says_exactly_what_the_english_says() {
    let required = FieldError::new("name", "required", "This field is required.");
    assert_eq!(required.message_in(Lang::Fa), "این فیلد لازم است.");
    assert_eq!(required.message_in(Lang::En), "This field is required.");

    let mut v = crate::validation::Validator::new();
    v.required("title", &"x".repeat(201), 200);
    let err = v.finish().unwrap_err();
    assert_eq!(
        err.message_in(Lang::Fa),
        "حداکثر 200 نویسه (این متن 201 نویسه دارد)."
    );
    assert_eq!(
        err.to_string(),
        "title: At most 200 characters (this has 201)."
    );

    let missing = Error::not_found(RecordKind::Challenge, "c-42");
    assert_eq!(
        missing.message_in(Lang::Fa),
        "در این فضای کار، چالش با شناسهٔ c-42 وجود ندارد."
    );
    assert_eq!(
        missing.to_string(),
        "No challenge with id c-42 exists in this workspace."
    );
    assert_eq!(
        Error::Archived {
            kind: RecordKind::Agreement
        }
        .message_in(Lang::Fa),
        "این توافق‌نامه بایگانی شده است. پیش از تغییر دادن، آن را بازگردانی کنید."
    );

    // Choices keep what was typed and what may be.
    let wrong: Error = "finished"
        .parse::<crate::challenge::ChallengeStatus>()
        .unwrap_err();
    assert_eq!(
        wrong.message_in(Lang::Fa),
        "«finished» جزو گزینه‌ها نیست (گزینه‌ها: draft, open, evaluating, implementing, closed)."
    );
    // A shell's field error without specifics still reads whole.
    for code in [
        "invalid_choice",
        "too_large",
        "unreadable",
        "unwritable",
        "no_opener",
    ] {
        let text = FieldError::new("path", code, "English").message_in(Lang::Fa);
        check(&text, code);
        assert!(
            !text.contains("«»") && !text.contains("()"),
            "{code}: {text}"
        );
    }
    // A bundle refused on reading: Persian, with the English untouched.
    let not_zip = crate::bundle::read(b"not a zip", Default::default()).unwrap_err();
    assert_eq!(not_zip.kind(), "not_a_bundle");
    assert_eq!(
        not_zip.message_in(Lang::Fa),
        "این پرونده بستهٔ Opencall نیست (یک بایگانی zip معتبر نیست)."
    );
    assert_eq!(
        not_zip.to_string(),
        "This file is not an Opencall bundle (not a readable zip archive)."
    );
}

#[test]
fn a_lifecycle_refusal_names_its_states_in_persian() {
    use crate::challenge::ChallengeStatus;
    let e = crate::store::check_move(
        RecordKind::Challenge,
        ("become", "status"),
        ChallengeStatus::Draft,
        ChallengeStatus::Evaluating,
        ChallengeStatus::Draft.next(),
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "A draft challenge cannot become evaluating; it can become: open, closed."
    );
    assert_eq!(
        e.message_in(Lang::Fa),
        "چالش در وضعیت «پیش‌نویس» نمی‌تواند به «در حال ارزیابی» برود؛ راه‌های ممکن: «باز»، «بسته»."
    );
    let done = crate::store::check_move(
        RecordKind::Challenge,
        ("become", "status"),
        ChallengeStatus::Closed,
        ChallengeStatus::Open,
        ChallengeStatus::Closed.next(),
    )
    .unwrap_err();
    assert_eq!(done.to_string(), "A closed challenge cannot change status.");
    check(&done.message_in(Lang::Fa), "final");
}

#[test]
fn every_record_kind_and_shown_value_has_a_persian_word() {
    let mut nouns = std::collections::BTreeSet::new();
    for kind in RecordKind::ALL {
        let noun = kind.label(Lang::Fa);
        check(noun, kind.as_str());
        assert!(nouns.insert(noun), "{kind}: {noun} is used twice");
        assert_eq!(kind.label(Lang::En), kind.as_str());
    }
    fn all<T: Label + std::fmt::Debug>(values: &[T]) {
        for v in values {
            check(v.label(Lang::Fa), &format!("{v:?}"));
        }
    }
    all(crate::challenge::ChallengeStatus::ALL);
    all(crate::challenge::ChallengeType::ALL);
    all(crate::challenge::AudienceKind::ALL);
    all(crate::challenge::IpRegime::ALL);
    all(crate::challenge::IncentiveKind::ALL);
    all(crate::challenge::DecisionKind::ALL);
    all(crate::idea::IdeaStage::ALL);
    all(crate::work::SubProblemStatus::ALL);
    all(crate::work::ObligationStatus::ALL);
    all(crate::contributor::ContributorKind::ALL);
    all(crate::contributor::EntityKind::ALL);
    all(crate::agreement::AgreementKind::ALL);
    all(crate::bundle::BundleKind::ALL);
}

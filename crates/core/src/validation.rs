//! Field-level validation: a [`Validator`] collects every problem of a form so
//! the UI can show each next to its field, not just the first.

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// One problem with one field. `field` is the input's path (`title`,
/// `incentives.0.description`); `code` is stable (`required`, `too_long`, …).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub code: String,
    /// The English message, for people.
    pub message: String,
    /// The specifics a message in another language needs (`max`, `name`…).
    /// `case` says which of a code's messages this is where one code has
    /// several on one field (`open`: what an open challenge needs).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub args: std::collections::BTreeMap<String, String>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            code: code.to_owned(),
            message: message.into(),
            args: Default::default(),
        }
    }

    /// Adds a specific that translations of the message use.
    pub fn with(mut self, name: &str, value: impl ToString) -> Self {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: crate::Lang) -> String {
        crate::i18n::field_message(self, lang)
    }
}

pub const MAX_TITLE: usize = 200;
pub const MAX_LINE: usize = 500;
pub const MAX_TEXT: usize = 100_000;

#[derive(Default, Debug)]
pub struct Validator {
    errors: Vec<FieldError>,
}

impl Validator {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn error(&mut self, field: impl Into<String>, code: &str, message: impl Into<String>) {
        self.errors.push(FieldError::new(field, code, message));
    }

    /// Adds a problem built with its `args`.
    pub fn push(&mut self, error: FieldError) {
        self.errors.push(error);
    }

    /// Requires non-blank text of at most `max` characters.
    pub fn required(&mut self, field: &str, value: &str, max: usize) {
        if value.trim().is_empty() {
            self.error(field, "required", "This field is required.");
        } else {
            self.max_len(field, value, max);
        }
    }

    pub fn max_len(&mut self, field: &str, value: &str, max: usize) {
        let len = value.chars().count();
        if len > max {
            self.push(
                FieldError::new(
                    field,
                    "too_long",
                    format!("At most {max} characters (this has {len})."),
                )
                .with("max", max)
                .with("len", len),
            );
        }
    }

    /// Each line of a list must be non-blank and short.
    pub fn lines(&mut self, field: &str, values: &[String]) {
        for (i, v) in values.iter().enumerate() {
            self.required(&format!("{field}.{i}"), v, MAX_LINE);
        }
    }

    pub fn finish(self) -> Result<()> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(Error::Validation(self.errors))
        }
    }
}

/// Trims, drops blank entries and case-insensitive duplicates, keeping order.
pub fn clean_tags(tags: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in tags {
        let t = t.trim();
        if !t.is_empty() && !out.iter().any(|o| o.eq_ignore_ascii_case(t)) {
            out.push(t.to_owned());
        }
    }
    out
}

/// Trims every line and drops blank ones.
pub fn clean_lines(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Reads a form or command input sent as JSON. A value of the wrong type,
/// an unknown choice or a malformed date becomes a [`FieldError`] on its
/// field (`criteria.0.weight`), in words a person can act on — never a
/// deserializer's message.
pub fn parse_input<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let mut field: Vec<String> = e
            .path()
            .iter()
            .filter_map(|seg| match seg {
                serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
                serde_path_to_error::Segment::Map { key } => Some(key.clone()),
                serde_path_to_error::Segment::Enum { variant } => Some(variant.clone()),
                serde_path_to_error::Segment::Unknown => None,
            })
            .collect();
        let text = e.inner().to_string();
        let mut problem = explain(&text, &mut field);
        problem.field = if field.is_empty() {
            "input".to_owned()
        } else {
            field.join(".")
        };
        Error::Validation(vec![problem])
    })
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(&text[from..to])
}

/// A deserializer's complaint, in words for people (the field is set by
/// the caller).
fn explain(text: &str, field: &mut Vec<String>) -> FieldError {
    if let Some(name) = between(text, "missing field `", "`") {
        field.push(name.to_owned());
        return FieldError::new("", "required", "This field is required.");
    }
    if let Some(got) = between(text, "unknown variant `", "`") {
        let choices = text
            .split("expected ")
            .nth(1)
            .map(|c| c.replace('`', "").replace("one of ", ""))
            .unwrap_or_default();
        return FieldError::new(
            "",
            "invalid_choice",
            format!("“{got}” is not one of the choices ({choices})."),
        )
        .with("got", got)
        .with("choices", choices);
    }
    let number = ["i64", "u64", "u32", "i32", "usize", "integer", "u8", "u16"];
    if text.starts_with("invalid value: integer")
        || text.contains("out of range") && text.contains("integer")
    {
        return FieldError::new("", "out_of_range", "This number is out of range.");
    }
    if text.starts_with("invalid type") {
        let expected = text.split("expected ").nth(1).unwrap_or_default();
        if number.iter().any(|n| expected.contains(n)) {
            return FieldError::new("", "not_a_number", "Enter a whole number.");
        }
        // `case`: what was expected, for translations.
        if expected.contains("sequence") {
            return FieldError::new("", "invalid_type", "Expected a list of values.")
                .with("case", "list");
        }
        if expected.contains("boolean") {
            return FieldError::new("", "invalid_type", "Expected yes or no.")
                .with("case", "boolean");
        }
        if expected.contains("string") || expected.contains("formatted date") {
            return FieldError::new("", "invalid_type", "Expected text.").with("case", "text");
        }
        return FieldError::new("", "invalid_type", "This value has the wrong type.");
    }
    if text.contains("UUID") {
        return FieldError::new("", "invalid_id", "This is not a valid id.");
    }
    if [
        "premature end",
        "invalid characters",
        "trailing input",
        "input is out of range",
        "input contains",
    ]
    .iter()
    .any(|t| text.contains(t))
    {
        return FieldError::new("", "invalid_date", "Enter a date as YYYY-MM-DD.");
    }
    FieldError::new("", "invalid", "This value is not valid here.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_input_becomes_field_errors_in_plain_words() {
        use crate::challenge::ChallengeBody;
        use serde_json::json;
        let cases = [
            (
                json!({"criteria": [{"name": "A", "weight": 1e30}]}),
                "criteria.0.weight",
                "not_a_number",
            ),
            (
                json!({"criteria": [{"name": "A", "weight": "abc"}]}),
                "criteria.0.weight",
                "not_a_number",
            ),
            (
                json!({"criteria": [{"name": "A", "weight": 2.5}]}),
                "criteria.0.weight",
                "not_a_number",
            ),
            (
                json!({"criteria": [{"name": "A"}]}),
                "criteria.0.weight",
                "required",
            ),
            (
                json!({"challenge_type": "bogus"}),
                "challenge_type",
                "invalid_choice",
            ),
            (
                json!({"incentives": [{"kind": 7, "description": "x"}]}),
                "incentives.0.kind",
                "invalid_type",
            ),
            (
                json!({"deadline": "31.12.2026"}),
                "deadline",
                "invalid_date",
            ),
            (
                json!({"rules": {"ip_regime": "mine"}}),
                "rules.ip_regime",
                "invalid_choice",
            ),
            (
                json!({"required_agreements": ["nope"]}),
                "required_agreements.0",
                "invalid_id",
            ),
            (json!({"goals": "one"}), "goals", "invalid_type"),
        ];
        for (input, field, code) in cases {
            let err = parse_input::<ChallengeBody>(input.clone()).unwrap_err();
            let f = &err.field_errors()[0];
            assert_eq!(
                (f.field.as_str(), f.code.as_str()),
                (field, code),
                "{input}: {f:?}"
            );
            assert!(!f.message.contains("expected"), "{f:?}");
            assert!(
                !f.message.contains("u32") && !f.message.contains("i64"),
                "{f:?}"
            );
        }
        let more = [
            (
                json!({"audience": {"kind": "everyone"}}),
                "audience.kind",
                "invalid_choice",
            ),
            (
                json!({"decisions": [{"kind": "vote", "date": "2026-01-01", "text": "x"}]}),
                "decisions.0.kind",
                "invalid_choice",
            ),
            (
                json!({"decisions": [{"kind": "decision", "date": "yesterday", "text": "x"}]}),
                "decisions.0.date",
                "invalid_date",
            ),
            (
                json!({"decisions": [{"kind": "decision", "date": 5, "text": "x"}]}),
                "decisions.0.date",
                "invalid_type",
            ),
        ];
        for (input, field, code) in more {
            let err = parse_input::<ChallengeBody>(input.clone()).unwrap_err();
            let f = &err.field_errors()[0];
            assert_eq!(
                (f.field.as_str(), f.code.as_str()),
                (field, code),
                "{input}: {f:?}"
            );
        }
        use crate::contributor::ContributorBody;
        for (input, field, code) in [
            (
                json!({"name": "N", "kind": "alien"}),
                "kind",
                "invalid_choice",
            ),
            (
                json!({"name": "N", "kind": "expert", "entity": 3}),
                "entity",
                "invalid_type",
            ),
            (
                json!({"name": "N", "kind": "expert", "recognition": [{"date": "soon", "what": "x"}]}),
                "recognition.0.date",
                "invalid_date",
            ),
            (json!({"name": "N"}), "kind", "required"),
        ] {
            let err = parse_input::<ContributorBody>(input.clone()).unwrap_err();
            let f = &err.field_errors()[0];
            assert_eq!(
                (f.field.as_str(), f.code.as_str()),
                (field, code),
                "{input}: {f:?}"
            );
        }
        let err = parse_input::<crate::agreement::AgreementBody>(
            json!({"title": "T", "kind": "contract"}),
        )
        .unwrap_err();
        assert_eq!(err.field_errors()[0].code, "invalid_choice");
        let err = parse_input::<crate::challenge::ChallengeStatus>(json!("finished")).unwrap_err();
        assert_eq!(
            (
                err.field_errors()[0].field.as_str(),
                err.field_errors()[0].code.as_str()
            ),
            ("input", "invalid_choice")
        );
        let err = parse_input::<Option<u32>>(json!(-1)).unwrap_err();
        assert_eq!(err.field_errors()[0].code, "out_of_range");
        let err = parse_input::<crate::store::PageRequest>(json!({"offset": "x"})).unwrap_err();
        assert_eq!(err.field_errors()[0].field, "offset");
        let ok: ChallengeBody =
            parse_input(json!({"title": "T", "criteria": [{"name": "A", "weight": 5}]})).unwrap();
        assert_eq!(ok.criteria[0].weight, 5);
        // Out of range but well-typed: the record's own validation answers.
        let negative: ChallengeBody =
            parse_input(json!({"title": "T", "criteria": [{"name": "A", "weight": -5}]})).unwrap();
        let err = negative.validate().unwrap_err();
        let f = &err.field_errors()[0];
        assert_eq!(
            (f.field.as_str(), f.code.as_str()),
            ("criteria.0.weight", "out_of_range")
        );
    }

    #[test]
    fn validator_collects_every_problem() {
        let mut v = Validator::new();
        v.required("title", "  ", MAX_TITLE);
        v.required("name", &"x".repeat(MAX_TITLE + 1), MAX_TITLE);
        let Err(Error::Validation(errors)) = v.finish() else {
            panic!("expected validation error")
        };
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].code, "required");
        assert_eq!(errors[1].code, "too_long");
    }

    #[test]
    fn tags_are_trimmed_and_deduplicated() {
        let tags = vec![
            " Acoustics".into(),
            "acoustics".into(),
            "".into(),
            "CFD".into(),
        ];
        assert_eq!(clean_tags(&tags), vec!["Acoustics", "CFD"]);
    }
}

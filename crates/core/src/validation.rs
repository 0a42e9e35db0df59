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
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            code: code.to_owned(),
            message: message.into(),
        }
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
            self.error(
                field,
                "too_long",
                format!("At most {max} characters (this has {len})."),
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

#[cfg(test)]
mod tests {
    use super::*;

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

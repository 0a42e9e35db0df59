//! The error shape the UI receives: `{kind, message, fields?}`. `kind` is the
//! core's stable code; `message` is for people; `fields` lists field-level
//! problems for inline validation. The UI never matches message text.

use std::sync::atomic::{AtomicUsize, Ordering};

use opencall_core::validation::FieldError;
use opencall_core::Lang;
use serde::Serialize;

/// The language the person chose in the UI (`set_language`): messages the
/// UI receives from the core are in it. One window, one language.
static LANG: AtomicUsize = AtomicUsize::new(0);

pub fn lang() -> Lang {
    Lang::ALL
        .get(LANG.load(Ordering::Relaxed))
        .copied()
        .unwrap_or_default()
}

pub fn set_lang(lang: Lang) {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LANG.store(index, Ordering::Relaxed);
}

#[derive(Clone, Debug, Serialize)]
pub struct UiError {
    pub kind: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

impl From<opencall_core::Error> for UiError {
    fn from(error: opencall_core::Error) -> Self {
        Self::localized(error, lang())
    }
}

impl UiError {
    /// `error` with its messages in `lang`.
    pub fn localized(error: opencall_core::Error, lang: Lang) -> Self {
        Self {
            kind: error.kind(),
            message: error.message_in(lang),
            fields: error
                .field_errors()
                .iter()
                .map(|f| FieldError {
                    message: f.message_in(lang),
                    ..f.clone()
                })
                .collect(),
        }
    }
}

pub type UiResult<T> = Result<T, UiError>;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn errors_reach_the_ui_as_kind_and_message() {
        let error: UiError = opencall_core::Error::NotInitialized.into();
        let value = serde_json::to_value(&error).unwrap();
        let object = value.as_object().unwrap();
        assert_eq!(
            object.len(),
            2,
            "no fields key when there are none: {value}"
        );
        assert_eq!(value["kind"], json!("not_initialized"));
        assert!(value["message"]
            .as_str()
            .unwrap()
            .contains("not been set up"));
    }

    #[test]
    fn validation_errors_carry_their_fields() {
        let error: UiError = opencall_core::Error::Validation(vec![FieldError::new(
            "title",
            "required",
            "This field is required.",
        )])
        .into();
        let value = serde_json::to_value(&error).unwrap();
        assert_eq!(value["kind"], json!("validation"));
        assert_eq!(
            value["fields"],
            json!([{"field": "title", "code": "required", "message": "This field is required."}])
        );
        assert!(value["message"].as_str().unwrap().starts_with("title:"));
    }

    #[test]
    fn errors_reach_the_ui_in_the_chosen_language() {
        let error = || {
            opencall_core::Error::Validation(vec![FieldError::new(
                "title",
                "required",
                "This field is required.",
            )])
        };
        let value = serde_json::to_value(UiError::localized(error(), Lang::Fa)).unwrap();
        assert_eq!(value["kind"], json!("validation"));
        assert_eq!(value["fields"][0]["code"], json!("required"));
        assert_eq!(value["fields"][0]["message"], json!("این فیلد لازم است."));
        assert!(value["message"].as_str().unwrap().contains("لازم"));
    }
}

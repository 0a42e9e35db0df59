//! The error shape the UI receives: `{kind, message, fields?}`. `kind` is the
//! core's stable code; `message` is for people; `fields` lists field-level
//! problems for inline validation. The UI never matches message text.

use opencall_core::validation::FieldError;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct UiError {
    pub kind: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

impl From<opencall_core::Error> for UiError {
    fn from(error: opencall_core::Error) -> Self {
        Self {
            kind: error.kind(),
            message: error.to_string(),
            fields: error.field_errors().to_vec(),
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
}

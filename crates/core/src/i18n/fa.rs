//! Persian (fa): every error a person can meet, written for SME staff.
//! Keyed by the error's variant and a field error's stable `code`; the
//! specifics come from the error's fields and a field error's `args`.

use crate::validation::FieldError;
use crate::Error;

/// The Persian message of `error`.
pub(super) fn error(error: &Error) -> String {
    match error {
        Error::Validation(fields) => match fields.as_slice() {
            [] => "برخی از فیلدها معتبر نیستند.".to_owned(),
            [one] => super::field_message(one, super::Lang::Fa),
            [first, rest @ ..] => format!(
                "{} (و {} مشکل دیگر)",
                super::field_message(first, super::Lang::Fa),
                rest.len()
            ),
        },
        _ => error.to_string(),
    }
}

/// The Persian message of a field error, `None` for a code without one.
pub(super) fn field(error: &FieldError) -> Option<String> {
    let arg = |name: &str| error.args.get(name).cloned().unwrap_or_default();
    Some(match error.code.as_str() {
        "required" => "این فیلد لازم است.".to_owned(),
        "too_long" => format!(
            "حداکثر {} نویسه (این متن {} نویسه دارد).",
            arg("max"),
            arg("len")
        ),
        _ => return None,
    })
}

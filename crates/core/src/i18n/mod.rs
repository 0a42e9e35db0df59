//! The languages Opencall speaks outside the web page: error messages (the
//! app's and the CLI's), the CLI's words and the challenge report. The UI's
//! own words live in `ui/js/i18n.js`; the shell tells the core which language
//! the person chose there (`set_language`), the CLI takes `--lang` or the
//! environment's locale.
//!
//! English is the text written where the error is made (`Display`); every
//! other language is a catalog here keyed by the error's stable kind and a
//! field error's `code`, filled from its `args`. JSON output never changes
//! with the language.

mod fa;

crate::named_enum! {
    /// A language people can read Opencall in.
    #[derive(Default)]
    pub enum Lang { #[default] En = "en", Fa = "fa" }
}

impl Lang {
    /// From a locale as `LANG` spells it (`fa_IR.UTF-8`), a BCP 47 tag
    /// (`fa-IR`) or a bare code (`fa`). `None` for a language we lack.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['_', '-', '.', '@']).next()?.trim();
        if primary.is_empty() {
            return None;
        }
        Lang::parse(primary)
    }

    /// The language of an environment, read through `get` the way gettext
    /// does: `LANGUAGE` (a `:` list), then `LC_ALL`, `LC_MESSAGES`, `LANG`;
    /// the first set one decides (`C`/`POSIX` and unknown ones mean English).
    pub fn from_env_with(get: impl Fn(&str) -> Option<String>) -> Lang {
        let set = |name: &str| get(name).filter(|v| !v.trim().is_empty());
        let locale = set("LC_ALL")
            .or_else(|| set("LC_MESSAGES"))
            .or_else(|| set("LANG"));
        // LANGUAGE is only honoured when a locale is set at all (as gettext).
        if locale.as_deref().is_some_and(|l| l != "C" && l != "POSIX") {
            if let Some(list) = set("LANGUAGE") {
                if let Some(lang) = list.split(':').find_map(Lang::from_tag) {
                    return lang;
                }
            }
        }
        locale
            .as_deref()
            .and_then(Lang::from_tag)
            .unwrap_or_default()
    }

    /// The language of this process's environment.
    pub fn from_env() -> Lang {
        Self::from_env_with(|name| std::env::var(name).ok())
    }

    /// `ltr` or `rtl`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
            Lang::Fa => "rtl",
        }
    }
}

/// An error's message in `lang`.
pub fn error_message(error: &crate::Error, lang: Lang) -> String {
    match lang {
        Lang::En => error.to_string(),
        Lang::Fa => fa::error(error),
    }
}

/// A field error's message in `lang`.
pub fn field_message(error: &crate::validation::FieldError, lang: Lang) -> String {
    match lang {
        Lang::En => error.message.clone(),
        Lang::Fa => fa::field(error).unwrap_or_else(|| error.message.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_comes_from_the_locale_the_way_gettext_reads_it() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(Lang::from_env_with(env(&[])), Lang::En);
        assert_eq!(
            Lang::from_env_with(env(&[("LANG", "fa_IR.UTF-8")])),
            Lang::Fa
        );
        assert_eq!(
            Lang::from_env_with(env(&[("LANG", "de_DE.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_env_with(env(&[("LANG", "fa_IR.UTF-8"), ("LC_ALL", "C")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_env_with(env(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "fa_IR")])),
            Lang::Fa
        );
        assert_eq!(
            Lang::from_env_with(env(&[("LANG", "en_US.UTF-8"), ("LANGUAGE", "de:fa:en")])),
            Lang::Fa
        );
        assert_eq!(Lang::from_tag("fa-IR"), Some(Lang::Fa));
        assert_eq!(Lang::from_tag("FA"), Some(Lang::Fa));
        assert_eq!(Lang::from_tag(""), None);
    }
}

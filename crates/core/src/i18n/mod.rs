//! The languages Opencall speaks outside the web page: error messages (the
//! app's and the CLI's), the words for values (statuses, stages, kinds — the
//! CLI uses them too) and the challenge report. The UI's own words live in
//! `ui/js/i18n.js`, the CLI's sentences in `crates/cli/src/i18n.rs`; the shell tells the core which language
//! the person chose there (`set_language`), the CLI takes `--lang` or the
//! environment's locale.
//!
//! English is the text written where the error is made (`Display`); every
//! other language is a catalog here keyed by the error's stable kind (and
//! `code`, for errors whose message is composed where they are made) and a
//! field error's `code`, filled from its `args`. The values people see
//! (statuses, stages, types) have words per language through [`Label`].
//! JSON output never changes with the language.

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
pub(crate) fn error_message(error: &crate::Error, lang: Lang) -> String {
    match lang {
        Lang::En => error.to_string(),
        Lang::Fa => fa::error(error),
    }
}

/// A field error's message in `lang`.
pub(crate) fn field_message(error: &crate::validation::FieldError, lang: Lang) -> String {
    match lang {
        Lang::En => error.message.clone(),
        Lang::Fa => fa::field(error).unwrap_or_else(|| error.message.clone()),
    }
}

/// A value people see (a record kind, a status, a stage, a type) in a
/// language. In English it is the value's one spelling, as the shells show
/// it today.
pub trait Label: Copy {
    fn label(self, lang: Lang) -> &'static str;
}

macro_rules! labels {
    ($($ty:ty => $fa:path),+ $(,)?) => {
        $(
            impl Label for $ty {
                fn label(self, lang: Lang) -> &'static str {
                    match lang {
                        Lang::En => self.as_str(),
                        Lang::Fa => $fa(self),
                    }
                }
            }
        )+
    };
}

labels! {
    crate::record::RecordKind => fa::record_kind,
    crate::challenge::ChallengeStatus => fa::challenge_status,
    crate::challenge::ChallengeType => fa::challenge_type,
    crate::challenge::AudienceKind => fa::audience_kind,
    crate::challenge::IpRegime => fa::ip_regime,
    crate::challenge::IncentiveKind => fa::incentive_kind,
    crate::challenge::DecisionKind => fa::decision_kind,
    crate::idea::IdeaStage => fa::idea_stage,
    crate::work::SubProblemStatus => fa::sub_problem_status,
    crate::work::ObligationStatus => fa::obligation_status,
    crate::contributor::ContributorKind => fa::contributor_kind,
    crate::contributor::EntityKind => fa::entity_kind,
    crate::agreement::AgreementKind => fa::agreement_kind,
    crate::bundle::BundleKind => fa::bundle_kind,
}

/// The words of the challenge report (`crate::Store::report_html`). Those
/// with `{…}` are filled in by the report.
pub(crate) struct ReportWords {
    pub status: &'static str,
    pub deadline: &'static str,
    pub lead: &'static str,
    pub not_set: &'static str,
    pub brief: &'static str,
    pub funnel: &'static str,
    pub stage: &'static str,
    pub ideas: &'static str,
    /// `{done}`, `{total}`, `{percent}`.
    pub subproblems: &'static str,
    pub ranking: &'static str,
    pub rank: &'static str,
    pub idea: &'static str,
    pub weighted_score: &'static str,
    pub reviews: &'static str,
    pub questions: &'static str,
    pub question: &'static str,
    pub answer: &'static str,
    pub lessons: &'static str,
    pub decisions: &'static str,
    pub resolved: &'static str,
    pub dispute: &'static str,
    pub dispute_open: &'static str,
    pub obligations: &'static str,
    pub to: &'static str,
    pub what: &'static str,
    pub due: &'static str,
    pub overdue: &'static str,
    /// Followed by the date.
    pub delivered: &'static str,
    /// `{when}`.
    pub generated: &'static str,
}

const REPORT_EN: ReportWords = ReportWords {
    status: "Status",
    deadline: "Deadline",
    lead: "Lead",
    not_set: "not set",
    brief: "Brief",
    funnel: "Idea funnel",
    stage: "Stage",
    ideas: "Ideas",
    subproblems: "Sub-problems: {done} of {total} done ({percent} %).",
    ranking: "Ranking",
    rank: "Rank",
    idea: "Idea",
    weighted_score: "Weighted score",
    reviews: "Reviews",
    questions: "Questions and answers",
    question: "Q",
    answer: "A",
    lessons: "Lessons learned",
    decisions: "Decisions and disputes",
    resolved: "resolved",
    dispute: "dispute",
    dispute_open: "dispute (open)",
    obligations: "Obligations",
    to: "To",
    what: "What",
    due: "Due",
    overdue: "overdue",
    delivered: "delivered",
    generated: "Generated by Opencall on {when}.",
};

/// The challenge report's words in `lang`.
pub(crate) fn report_words(lang: Lang) -> &'static ReportWords {
    match lang {
        Lang::En => &REPORT_EN,
        Lang::Fa => &fa::REPORT,
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

//! Every word the CLI prints for people, in every language it speaks.
//!
//! Each message is declared once, its English and Persian text side by
//! side, and becomes a method of [`Tr`] (`t.challenge_created(id, title)`):
//! a message that does not exist, or a missing or extra value, does not
//! compile. Values are named placeholders (`{title}`); the tests below check
//! that both languages use exactly the placeholders a message declares.
//!
//! - English is the CLI's historical output, byte for byte (scripts and the
//!   tests read it).
//! - Persian is written for the staff of Iranian firms, with the app's terms
//!   (`ui/js/i18n.js`): چالش، مشارکت‌کننده، توافق‌نامه، ایده، داوری، بسته.
//! - Numbers, ids, hashes and dates stay in Latin digits and ISO form in
//!   every language: people copy them from the terminal into commands and
//!   scripts. Titles are quoted “…” in English and «…» in Persian.
//! - `--json` output never goes through this module.
//! - Values of the core's enums (statuses, kinds, stages) have a label per
//!   language ([`Label`]), the core's own (`opencall_core::i18n::Label`)
//!   except for the few only the CLI shows; the English label is the
//!   value's one spelling.

use std::fmt::{Display, Write as _};

use opencall_core::activity::Verb;
use opencall_core::agreement::AgreementKind;
use opencall_core::bundle::import::ItemReason;
use opencall_core::bundle::{BundleKind, ItemAction};
use opencall_core::challenge::{
    AudienceKind, ChallengeStatus, ChallengeType, DecisionKind, IncentiveKind,
};
use opencall_core::contributor::{ContributorKind, EntityKind};
use opencall_core::idea::IdeaStage;
use opencall_core::record::RecordKind;
use opencall_core::work::{ObligationStatus, SubProblemStatus};
use opencall_core::Lang;

/// The words of one language: `ctx.t().no_ideas()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr(pub Lang);

impl Tr {
    fn pick(self, en: &'static str, fa: &'static str) -> &'static str {
        match self.0 {
            Lang::En => en,
            Lang::Fa => fa,
        }
    }

    /// The label of an enum value shown to people (`draft`, «پیش‌نویس»).
    pub fn label<L: Label>(self, value: L) -> &'static str {
        value.label(self.0)
    }

    /// What follows an archived record's status, kind or name (nothing
    /// when it is not archived).
    pub fn archived_if(self, archived: bool) -> &'static str {
        if archived {
            self.archived_suffix()
        } else {
            ""
        }
    }

    /// Whether `answer` to a `[y/N]` question means yes: `y` in every
    /// language, and the language's own word.
    pub fn is_yes(self, answer: &str) -> bool {
        let answer = answer.trim();
        answer.eq_ignore_ascii_case("y")
            || (self.0 == Lang::Fa && matches!(answer, "ب" | "بله" | "آری"))
    }
}

/// Text already worded in every language, for a failure reported later in
/// whichever language the run uses (and in English in JSON).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    en: String,
    fa: String,
}

impl Text {
    /// Words `f` in every language.
    pub fn new(f: impl Fn(Tr) -> String) -> Text {
        Text {
            en: f(Tr(Lang::En)),
            fa: f(Tr(Lang::Fa)),
        }
    }

    /// Text that is the same in every language (clap's own messages).
    pub fn same(text: impl Into<String>) -> Text {
        let text = text.into();
        Text {
            en: text.clone(),
            fa: text,
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fa => &self.fa,
        }
    }
}

/// An enum value's label in a language.
pub trait Label: Copy {
    fn label(self, lang: Lang) -> &'static str;
}

/// One catalog entry: its key (the method's name), both texts and the
/// placeholders it takes.
#[cfg(test)]
#[derive(Debug)]
pub struct Entry {
    pub key: &'static str,
    pub en: &'static str,
    pub fa: &'static str,
    pub params: &'static [&'static str],
}

/// Fills `{name}` placeholders of `template` from `args`.
fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        let closed = after[name_len..].starts_with('}');
        let value = args
            .iter()
            .find(|(n, _)| closed && !name.is_empty() && *n == name);
        match value {
            Some((_, v)) => {
                let _ = write!(out, "{v}");
                rest = &after[name_len + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Messages without values: `name: "English", "Persian";`.
macro_rules! words {
    ($( $(#[$meta:meta])* $name:ident: $en:literal, $fa:literal; )*) => {
        impl Tr {
            $(
                $(#[$meta])*
                pub fn $name(self) -> &'static str {
                    self.pick($en, $fa)
                }
            )*
        }

        /// Every message without values.
        #[cfg(test)]
        pub const WORDS: &[Entry] = &[
            $( Entry { key: stringify!($name), en: $en, fa: $fa, params: &[] } ),*
        ];
    };
}

/// Messages with values: `name(a, b): "English {a}", "Persian {b} {a}";`.
macro_rules! messages {
    ($( $(#[$meta:meta])* $name:ident($($arg:ident),+): $en:literal, $fa:literal; )*) => {
        #[allow(clippy::too_many_arguments)] // one argument per placeholder
        impl Tr {
            $(
                $(#[$meta])*
                pub fn $name(self, $($arg: impl Display),+) -> String {
                    fill(self.pick($en, $fa), &[$((stringify!($arg), &$arg as &dyn Display)),+])
                }
            )*
        }

        /// Every message with values.
        #[cfg(test)]
        pub const MESSAGES: &[Entry] = &[
            $( Entry { key: stringify!($name), en: $en, fa: $fa, params: &[$(stringify!($arg)),+] } ),*
        ];
    };
}

/// Labels of the core's enum values: `Type { Variant: "spelling", "Persian"; }`.
/// A variant without a label does not compile (the match is exhaustive).
macro_rules! labels {
    ($( $ty:ident { $( $variant:ident: $en:literal, $fa:literal; )* } )*) => {
        $(
            impl Label for $ty {
                fn label(self, lang: Lang) -> &'static str {
                    let (en, fa) = match self {
                        $( $ty::$variant => ($en, $fa), )*
                    };
                    Tr(lang).pick(en, fa)
                }
            }
        )*

        /// Every label with its value's spelling: (type, spelling, en, fa).
        #[cfg(test)]
        fn label_entries() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
            vec![$( $( (stringify!($ty), $ty::$variant.as_str(), $en, $fa), )* )*]
        }
    };
}

/// The core's enums speak through the core's labels (declared once, in
/// `opencall_core::i18n`); [`Label`] is the CLI's trait only so that its
/// own labels below (import actions and reasons, log verbs) are called the
/// same way.
macro_rules! core_labels {
    ($($ty:ty),+ $(,)?) => {$(
        impl Label for $ty {
            fn label(self, lang: Lang) -> &'static str {
                opencall_core::i18n::Label::label(self, lang)
            }
        }
    )+};
}

core_labels!(
    ChallengeStatus,
    ChallengeType,
    AudienceKind,
    IncentiveKind,
    DecisionKind,
    ContributorKind,
    EntityKind,
    AgreementKind,
    IdeaStage,
    SubProblemStatus,
    ObligationStatus,
    BundleKind,
    RecordKind,
);

/// Words for names found in data (the facts of a log entry): the English
/// word is the name itself.
macro_rules! names {
    ($( $name:literal: $fa:literal; )*) => {
        impl Tr {
            /// The word for a log entry's fact `key` (`None`: show the key).
            pub fn detail_key(self, key: &str) -> Option<&'static str> {
                match key {
                    $( $name => Some(self.pick($name, $fa)), )*
                    _ => None,
                }
            }
        }

        /// Every fact name with its Persian word.
        #[cfg(test)]
        const DETAIL_KEYS: &[(&str, &str)] = &[$( ($name, $fa) ),*];
    };
}

words! {
    // ---------------------------------------------------------------- shared
    /// Between the items of a list of names or tags.
    sep: ", ", "، ";
    /// Between the items of a list whose items contain commas.
    sep_strong: "; ", "؛ ";
    archived_suffix: " (archived)", " (بایگانی‌شده)";
    /// Before a failure's message on stderr.
    error: "error", "خطا";
    warning: "warning", "هشدار";
    value_true: "true", "بله";
    value_false: "false", "خیر";
    empty_data_dir: "--data-dir must not be empty.", "مقدار --data-dir نباید خالی باشد.";

    // What a mistyped value was meant to be ("… is not a valid {what}").
    what_status: "status", "وضعیت";
    what_type: "type", "نوع چالش";
    what_contributor_kind: "contributor kind", "نوع مشارکت‌کننده";
    what_incentive_kind: "incentive kind", "نوع مشوق";
    what_agreement_kind: "agreement kind", "نوع توافق‌نامه";
    what_audience: "audience (internal, invited, open)", "مخاطبان (internal، invited، open)";
    what_stage: "stage", "مرحلهٔ ایده";
    what_export: "export", "نوع برون‌بری";
    what_scale: "scale", "مقیاس";
    what_bundle_kind: "bundle kind", "نوع بسته";

    // What a paged list shows ("Showing 1–50 of 230 {noun}.").
    noun_challenges: "challenges", "چالش";
    noun_contributors: "contributors", "مشارکت‌کننده";
    noun_agreements: "agreements", "توافق‌نامه";
    noun_ideas: "ideas", "ایده";

    // ---------------------------------------------------------------- table headers
    h_status: "STATUS", "وضعیت";
    h_challenge_type: "CHALLENGE_TYPE", "نوع";
    h_deadline: "DEADLINE", "مهلت";
    h_title: "TITLE", "عنوان";
    h_id: "ID", "شناسه";
    h_kind: "KIND", "نوع";
    h_name: "NAME", "نام";
    h_affiliation: "AFFILIATION", "وابستگی سازمانی";
    h_expertise: "EXPERTISE", "تخصص";
    h_latest: "LATEST", "آخرین نسخه";
    h_draft: "DRAFT", "پیش‌نویس";
    h_stage: "STAGE", "مرحله";
    h_authors: "AUTHORS", "نویسندگان";
    h_fingerprint: "FINGERPRINT", "اثر انگشت";
    h_rank: "RANK", "رتبه";
    h_score: "SCORE", "امتیاز";
    h_reviews: "REVIEWS", "داوری‌ها";
    h_matching: "MATCHING", "برچسب‌های منطبق";
    h_done_before: "DONE BEFORE", "سابقه";
    h_due: "DUE", "سررسید";
    h_to: "TO", "برای";
    h_what: "WHAT", "شرح";
    h_points: "POINTS", "امتیاز";
    h_seq: "SEQ", "ردیف";
    h_at: "AT (UTC)", "زمان (UTC)";
    h_actor: "ACTOR", "چه کسی";
    h_action: "ACTION", "رویداد";
    h_record: "RECORD", "رکورد";
    h_detail: "DETAIL", "جزئیات";

    // ---------------------------------------------------------------- workspace
    f_user: "user:", "کاربر:";
    f_signing_key: "signing key:", "کلید امضا:";

    // ---------------------------------------------------------------- challenges
    no_challenges: "No challenges match.", "هیچ چالشی پیدا نشد.";
    f_id: "id:", "شناسه:";
    f_status: "status:", "وضعیت:";
    f_challenge_type: "challenge_type:", "نوع چالش:";
    f_deadline: "deadline:", "مهلت:";
    f_lead: "lead:", "مسئول:";
    f_revision: "revision:", "ویرایش:";
    s_brief: "Brief", "شرح";
    s_problem: "Problem", "بیان مسئله";
    s_goals: "Goals", "هدف‌ها";
    s_success_criteria: "Success criteria", "معیارهای موفقیت";
    s_assets_shared: "Shared by the sponsor", "آنچه حامی در اختیار می‌گذارد";
    s_lessons: "Lessons learned", "درس‌های آموخته";
    s_constraints: "Constraints", "محدودیت‌ها";
    s_audience: "Audience", "مخاطبان";
    audience_note_internal: "only your organization's staff see it", "فقط کارکنان سازمان شما آن را می‌بینند";
    audience_note_invited: "the invited contributors and groups below", "مشارکت‌کننده‌ها و گروه‌های دعوت‌شدهٔ زیر";
    audience_note_open: "anyone who receives it", "هر کسی که آن را دریافت کند";
    audience_contributors: "contributors", "مشارکت‌کننده‌ها";
    audience_groups: "groups", "گروه‌ها";
    s_rules: "Rules", "قواعد مشارکت";
    rule_conduct: "Conduct", "رفتار";
    rule_confidentiality: "Confidentiality", "محرمانگی";
    rule_idea_handling: "Idea handling", "شیوهٔ رسیدگی به ایده‌ها";
    rule_dispute_resolution: "Dispute resolution", "حل اختلاف";
    rule_ip_regime: "IP regime", "مالکیت معنوی";
    ip_none: "none — contributors keep their IP", "هیچ — مالکیت معنوی از آنِ مشارکت‌کننده‌ها می‌ماند";
    ip_non_exclusive_licence: "non-exclusive licence", "مجوز غیرانحصاری به ما";
    ip_exclusive_assignment: "exclusive assignment", "واگذاری انحصاری به ما";
    s_required_agreements: "Required agreements", "توافق‌نامه‌های لازم";
    s_incentives: "Incentives", "مشوق‌ها";
    s_criteria: "Evaluation criteria", "معیارهای ارزیابی";
    s_risks: "Risks", "ریسک‌ها";
    s_decisions: "Decisions and disputes", "تصمیم‌ها و اختلاف‌ها";

    // ---------------------------------------------------------------- contributors
    no_contributors: "No contributors match.", "هیچ مشارکت‌کننده‌ای پیدا نشد.";
    f_kind: "kind:", "نوع:";
    f_entity: "entity:", "ماهیت:";
    f_affiliation: "affiliation:", "وابستگی سازمانی:";
    f_email: "email", "رایانامه:";
    f_phone: "phone", "تلفن:";
    f_website: "website", "وبگاه:";
    s_expertise: "Expertise", "تخصص";
    s_groups: "Groups", "گروه‌ها";
    s_recognition: "Recognition", "قدردانی‌ها";
    s_agreements_accepted: "Agreements accepted", "توافق‌نامه‌های پذیرفته‌شده";
    s_notes: "Notes", "یادداشت‌ها";

    // ---------------------------------------------------------------- agreements
    no_agreements: "No agreements match.", "هیچ توافق‌نامه‌ای پیدا نشد.";
    unpublished: "unpublished", "منتشرنشده";
    unpublished_changes: "unpublished changes", "تغییرهای منتشرنشده";
    f_summary: "summary:", "خلاصه:";
    f_draft: "draft:", "پیش‌نویس:";
    matches_latest: "matches the latest version", "همانند آخرین نسخه";
    no_versions:
        "Published versions: none yet (publish the draft to make version 1).",
        "نسخه‌های منتشرشده: هنوز هیچ نسخه‌ای نیست (پیش‌نویس را منتشر کنید تا نسخهٔ 1 ساخته شود).";
    s_versions: "Published versions", "نسخه‌های منتشرشده";
    publish_usage:
        "give an agreement id, or --title, --kind and --text or --file to create and publish a new agreement.",
        "شناسهٔ یک توافق‌نامه را بدهید؛ یا برای ساختن و انتشار توافق‌نامه‌ای تازه، --title، --kind و --text (یا --file) را بدهید.";
    publish_empty:
        "agreement publish: the agreement text is empty; there is nothing to publish.",
        "انتشار توافق‌نامه (agreement publish): متن توافق‌نامه خالی است؛ چیزی برای انتشار نیست.";

    // ---------------------------------------------------------------- bundles
    anyone: "anyone it is sent to", "هر کسی که برایش فرستاده شود";
    signer_unknown:
        "  signer: NOT TRUSTED YET — this is the first bundle from this key",
        "  امضاکننده: هنوز مورد اعتماد نیست — این نخستین بسته‌ای است که با این کلید امضا شده";
    signer_own: "  signer: this workspace itself", "  امضاکننده: خود همین فضای کار";
    preview_already_imported:
        "  already imported: nothing will change",
        "  پیش‌تر وارد شده است: چیزی تغییر نمی‌کند";
    import_needs_yes:
        "Nothing was imported: check the preview above, then run again with --yes (and --trust-signer for a signer this workspace does not know yet).",
        "چیزی وارد نشد: پیش‌نمایش بالا را بررسی کنید و سپس دوباره با --yes اجرا کنید (و اگر این فضای کار امضاکننده را هنوز نمی‌شناسد، با --trust-signer).";
    ask_import: "Import it? [y/N] ", "وارد شود؟ [y/N] ";
    nothing_imported: "Nothing was imported.", "چیزی وارد نشد.";
    imported_before: "This bundle was imported before; nothing changed.", "این بسته پیش‌تر وارد شده است؛ چیزی تغییر نکرد.";
    s_bundles: "Bundles", "بسته‌ها";
    direction_sent: "sent", "فرستاده";
    direction_received: "received", "دریافتی";
    f_signed_by: "signed by:", "امضاکننده:";
    f_created: "created:", "زمان ساخت:";
    f_for: "for:", "برای:";
    s_files: "Files", "پرونده‌ها";

    // ---------------------------------------------------------------- backups, keys, identity
    s_backups: "Backups", "پشتیبان‌ها";
    no_backups: "There are no backups yet: run `backup create`.", "هنوز پشتیبانی نیست: `backup create` را اجرا کنید.";
    restore_needs_yes:
        "Nothing was restored: confirm with --yes to replace this workspace.",
        "چیزی بازگردانده نشد: برای جایگزین کردن این فضای کار، با --yes تأیید کنید.";
    restore_where:
        "Say where to restore: --to EMPTY_FOLDER, or --in-place to replace this workspace.",
        "مشخص کنید پشتیبان کجا بازگردانده شود: --to EMPTY_FOLDER برای یک پوشهٔ خالی، یا --in-place برای جایگزینی همین فضای کار.";
    s_trusted_keys: "Trusted keys", "کلیدهای مورد اعتماد";
    f_organization: "Organization:", "سازمان:";
    f_key_id: "Key id:", "شناسهٔ کلید:";
    f_public_key: "Public key:", "کلید عمومی:";
    f_key_fingerprint: "Fingerprint:", "اثر انگشت کلید:";

    // ---------------------------------------------------------------- activity log
    log_empty: "The activity log is empty.", "گزارش فعالیت‌ها خالی است.";
    /// Between the facts of a log entry.
    detail_sep: " ", "؛ ";

    // ---------------------------------------------------------------- ideas and reviews
    no_ideas: "No ideas match.", "هیچ ایده‌ای پیدا نشد.";
    merged_suffix: " (merged)", " (ادغام‌شده)";
    lesson_shared: "Its reason is now among the challenge's lessons.", "دلیل آن اکنون در میان درس‌های آموختهٔ چالش است.";
    f_challenge: "challenge:", "چالش:";
    f_stage: "stage:", "مرحله:";
    f_merged_into: "merged into:", "ادغام‌شده در:";
    f_fingerprint: "fingerprint:", "اثر انگشت:";
    f_from: "from:", "از:";
    f_receipt: "receipt:", "رسید:";
    f_authors: "authors:", "نویسندگان:";
    f_score: "score:", "امتیاز:";
    f_rejected: "rejected:", "دلیل رد:";
    signature_valid: "signature valid", "امضا معتبر است";
    signature_invalid: "SIGNATURE INVALID", "امضا نامعتبر است";
    authors_hidden: "hidden (blind review)", "پنهان (داوری نابینا)";
    not_reviewed: "not reviewed yet", "هنوز داوری نشده";
    shared_as_lesson: " (shared as a lesson)", " (به‌عنوان درس به اشتراک گذاشته شد)";
    s_summary: "Summary", "خلاصه";
    s_body: "Body", "توضیح";
    s_attachments: "Attachments", "پیوست‌ها";
    s_reviews: "Reviews", "داوری‌ها";
    s_comments: "Comments", "دیدگاه‌ها";
    s_earlier_versions: "Earlier versions", "نسخه‌های پیشین";

    // ---------------------------------------------------------------- working together
    no_candidates: "Nobody's expertise matches these tags yet.", "هنوز تخصص هیچ‌کس با این برچسب‌ها منطبق نیست.";
    visibility_public: "public", "عمومی";
    visibility_internal: "internal", "داخلی";
    unanswered: "A: (unanswered)", "پاسخ: (هنوز بی‌پاسخ)";
    dispute_resolved: "Resolved.", "اختلاف حل شد.";
    dispute_open: "open", "باز";
    no_obligations: "No obligations.", "هیچ تعهدی نیست.";
    overdue_suffix: " (OVERDUE)", " (سررسید گذشته)";
}

messages! {
    /// A title on its own line.
    quoted(title):
        "“{title}”",
        "«{title}»";

    // ---------------------------------------------------------------- parsing
    not_a_valid(value, what, values):
        "'{value}' is not a valid {what}. Valid values: {values}.",
        "«{value}» برای {what} معتبر نیست. مقدارهای معتبر: {values}.";
    bad_incentive(spec):
        "--incentive '{spec}' must look like KIND:TEXT, e.g. money:\"€5,000 prize\".",
        "مقدار --incentive «{spec}» باید به شکل KIND:TEXT باشد، مثلاً money:\"€5,000 prize\".";
    bad_criterion(spec):
        "--criterion '{spec}' must look like NAME:WEIGHT with a whole-number weight from 1 to 100, e.g. \"Cost:30\".",
        "مقدار --criterion «{spec}» باید به شکل NAME:WEIGHT باشد، با وزنی که عددی صحیح از 1 تا 100 است؛ مثلاً \"Cost:30\".";
    bad_date(value):
        "'{value}' is not a valid date; write it as YYYY-MM-DD, e.g. 2026-09-30.",
        "«{value}» تاریخ معتبری نیست؛ آن را به‌صورت میلادی و به شکل YYYY-MM-DD بنویسید، مثلاً 2026-09-30.";
    unknown_lang(tag, names):
        "--lang {tag}: not a language Opencall speaks; use one of: {names}.",
        "زبان «{tag}» (--lang) را Opencall نمی‌شناسد؛ یکی از این‌ها را به کار ببرید: {names}.";
    could_not_read(path, error):
        "could not read {path}: {error}",
        "خواندن {path} ممکن نشد: {error}";
    could_not_write(path, error):
        "could not write {path}: {error}",
        "نوشتن در {path} ممکن نشد: {error}";
    could_not_write_json(error):
        "could not write JSON: {error}",
        "نوشتن JSON ممکن نشد: {error}";

    // ---------------------------------------------------------------- workspace and demo
    initialized(org, dir):
        "Initialized workspace for {org} in {dir}",
        "فضای کار {org} در {dir} راه‌اندازی شد";
    demo_set_up(org, dir):
        "Set up the demo workspace for {org} in {dir}.",
        "فضای کار نمایشی {org} در {dir} راه‌اندازی شد.";
    demo_counts(challenges, contributors, agreements):
        "{challenges} challenges, {contributors} contributors, {agreements} agreements",
        "{challenges} چالش، {contributors} مشارکت‌کننده، {agreements} توافق‌نامه";
    demo_seeded(counts):
        "Seeded demo data: {counts}.",
        "داده‌های نمایشی افزوده شد: {counts}.";
    demo_already(counts):
        "The workspace already has challenges; added nothing ({counts}).",
        "این فضای کار از پیش چالش دارد؛ چیزی افزوده نشد ({counts}).";

    // ---------------------------------------------------------------- lists
    page_empty(noun, offset, total):
        "No {noun} on this page (offset {offset}); there are {total} in all.",
        "این صفحه (پس از {offset} مورد نخست) خالی است؛ در کل {total} {noun} هست.";
    page_range(from, to, total, noun):
        "Showing {from}–{to} of {total} {noun}.",
        "نمایش {from} تا {to} از {total} {noun}.";
    archived_record(kind, id, label):
        "Archived {kind} {id} “{label}”.",
        "{kind} {id} «{label}» بایگانی شد.";
    restored_record(kind, id, label):
        "Restored {kind} {id} “{label}”.",
        "{kind} {id} «{label}» بازگردانده شد.";

    // ---------------------------------------------------------------- challenges
    revision_line(revision, created, updated):
        "{revision} (created {created}, updated {updated})",
        "{revision} (ساخت {created}، به‌روزرسانی {updated})";
    not_published_yet(title):
        "{title} (not published yet)",
        "{title} (هنوز منتشر نشده)";
    missing(id):
        "{id} (missing)",
        "{id} (ناموجود)";
    criterion_line(name, weight, pct):
        "{name} — weight {weight} ({pct}%)",
        "{name} — وزن {weight} ({pct}%)";
    risk_line(risk, mitigation):
        "{risk} — mitigation: {mitigation}",
        "{risk} — کاهش ریسک: {mitigation}";
    decision_by(by):
        " (by {by})",
        " (از سوی {by})";
    decision_resolved(resolution):
        " — resolved: {resolution}",
        " — نتیجه: {resolution}";
    deadline_passed(date):
        "the deadline {date} has passed; set a later one before opening the challenge.",
        "مهلت {date} گذشته است؛ پیش از باز کردن چالش، مهلت دیرتری بگذارید.";
    challenge_created(id, title):
        "Created challenge {id} “{title}”",
        "چالش {id} «{title}» ساخته شد";
    challenge_already(id, title, status):
        "Challenge {id} “{title}” is already {status}.",
        "چالش {id} «{title}» هم‌اکنون در وضعیت «{status}» است.";
    challenge_moved(id, title, from, to):
        "Moved challenge {id} “{title}” from {from} to {to}.",
        "وضعیت چالش {id} «{title}» از «{from}» به «{to}» تغییر کرد.";

    // ---------------------------------------------------------------- contributors
    acceptance_line(title, version, when):
        "{title} v{version} accepted {when}",
        "{title} نسخهٔ {version}، پذیرفته‌شده در {when}";
    contributor_added(id, name, kind):
        "Added contributor {id} {name} ({kind})",
        "مشارکت‌کنندهٔ {id} {name} ({kind}) افزوده شد";

    // ---------------------------------------------------------------- agreements
    version_line(number, sha, when, who):
        "v{number} sha256 {sha} published {when} by {who}",
        "نسخهٔ {number}، sha256 {sha}، منتشرشده در {when} از سوی {who}";
    text_of_version(number):
        "Text of version {number}",
        "متن نسخهٔ {number}";
    accepted_recorded(name, title, version, sha):
        "Recorded: {name} accepted “{title}” version {version} (sha256 {sha}).",
        "ثبت شد: {name} نسخهٔ {version} از «{title}» را پذیرفت (sha256 {sha}).";
    published(title, version, sha, id):
        "Published “{title}” version {version} (sha256 {sha}) — agreement {id}",
        "نسخهٔ {version} از «{title}» منتشر شد (sha256 {sha}) — توافق‌نامهٔ {id}";
    publish_how(usage):
        "agreement publish: {usage}",
        "انتشار توافق‌نامه (agreement publish): {usage}";
    publish_no_text(usage):
        "agreement publish: give the text with --text or --file; {usage}",
        "انتشار توافق‌نامه (agreement publish): متن را با --text یا --file بدهید؛ {usage}";

    // ---------------------------------------------------------------- bundles
    export_carries(kind, recipients, title):
        "{kind} bundle for {recipients} on “{title}” carries:",
        "بستهٔ {kind} برای {recipients} دربارهٔ «{title}» این موارد را در بر دارد:";
    attachments_bytes(count, bytes):
        "  {count} attachments, {bytes} bytes",
        "  {count} پیوست، {bytes} بایت";
    wrote_bundle(kind, path, bytes):
        "Wrote {kind} bundle {path} ({bytes} bytes).",
        "بستهٔ {kind} در {path} نوشته شد ({bytes} بایت).";
    preview_head(kind, id, org, key, created):
        "{kind} bundle {id} from {org} (key {key}), made {created}",
        "بستهٔ {kind} {id} از {org} (کلید {key})، ساخته‌شده در {created}";
    signer_trusted(since):
        "  signer: trusted since {since}",
        "  امضاکننده: مورد اعتماد از {since}";
    signer_changed(key):
        "  signer: REFUSED — this organization is known here by key {key}",
        "  امضاکننده: پذیرفته نمی‌شود — این سازمان اینجا با کلید {key} شناخته می‌شود";
    signer_revoked(when):
        "  signer: REFUSED — key revoked {when}",
        "  امضاکننده: پذیرفته نمی‌شود — کلید در {when} باطل شده است";
    ask_trust(key, org):
        "Trust key {key} of “{org}” from now on? Compare it with them first. [y/N] ",
        "از این پس به کلید {key} متعلق به «{org}» اعتماد شود؟ نخست شناسهٔ کلید را با خود آن‌ها مقایسه کنید. [y/N] ";
    imported_summary(kind, id, org, add, update, unchanged, older, conflict):
        "Imported {kind} bundle {id} from {org}: {add} added, {update} updated, {unchanged} unchanged, {older} older skipped, {conflict} conflicts kept for you to review.",
        "بستهٔ {kind} {id} از {org} وارد شد: {add} افزوده، {update} به‌روزشده، {unchanged} بدون تغییر، {older} قدیمی‌تر و نادیده‌گرفته، {conflict} ناسازگاری که برای بررسی شما نگه داشته شد.";
    record_count(count):
        "({count} records)",
        "({count} رکورد)";
    bundle_valid(kind, id, org, key):
        "Valid {kind} bundle {id} signed by {org} (key {key}).",
        "بستهٔ {kind} {id} معتبر است و {org} آن را امضا کرده است (کلید {key}).";
    bundle_title(kind, id):
        "{kind} bundle {id}",
        "بستهٔ {kind} {id}";
    org_key(org, key):
        "{org} (key {key})",
        "{org} (کلید {key})";
    file_bytes(name, bytes):
        "{name} ({bytes} bytes)",
        "{name} ({bytes} بایت)";

    // ---------------------------------------------------------------- backups, keys
    megabytes(size):
        "{size} MB",
        "{size} مگابایت";
    backup_wrote(path, size):
        "Wrote backup {path} ({size}).",
        "پشتیبان {path} نوشته شد ({size}).";
    backup_valid(org, key, created, entries, attachments):
        "Valid backup of {org} (key {key}) made {created}: {entries} log entries, {attachments} attachments.",
        "پشتیبان {org} (کلید {key}) ساخته‌شده در {created} معتبر است: {entries} رویداد ثبت‌شده، {attachments} پیوست.";
    ask_replace(dir):
        "Replace the workspace in {dir} with this backup? The current one is kept aside. [y/N] ",
        "فضای کار در {dir} با این پشتیبان جایگزین شود؟ فضای کار کنونی کنار گذاشته می‌شود. [y/N] ";
    backup_restored(org, created, entries):
        "Restored the backup of {org} made {created} ({entries} log entries; the log verifies).",
        "پشتیبان {org} ساخته‌شده در {created} بازگردانده شد ({entries} رویداد ثبت‌شده؛ گزارش فعالیت‌ها سالم است).";
    trusted_since(when):
        "trusted {when}",
        "مورد اعتماد از {when}";
    revoked_at(when):
        ", REVOKED {when}",
        "، باطل‌شده در {when}";
    key_revoked(key, org):
        "Revoked key {key} of {org}: bundles it signs are refused from now on.",
        "کلید {key} متعلق به {org} باطل شد: از این پس بسته‌هایی که با آن امضا شوند پذیرفته نمی‌شوند.";

    // ---------------------------------------------------------------- activity log
    log_intact(entries, head):
        "Activity log intact: {entries} entries, head {head}",
        "گزارش فعالیت‌ها سالم است: {entries} مورد، سر زنجیره {head}";
    log_broken(seq, reason):
        "Activity log BROKEN at entry {seq}: {reason}",
        "زنجیرهٔ گزارش فعالیت‌ها در مورد {seq} گسسته است: {reason}";
    log_showing(shown, total, skipped):
        "Showing {shown} of {total} entries, newest first{skipped}.",
        "نمایش {shown} از {total} مورد، تازه‌ترین در ابتدا{skipped}.";
    log_skipped(offset):
        ", after skipping {offset}",
        "، پس از رد کردن {offset} مورد نخست";
    /// An entry's action: its record's kind and what happened to it.
    log_action(kind, verb):
        "{kind}.{verb}",
        "{kind}: {verb}";
    /// One fact of a log entry.
    detail_pair(key, value):
        "{key}={value}",
        "{key}: {value}";

    // ---------------------------------------------------------------- ideas and reviews
    idea_already(title, stage):
        "“{title}” is already {stage}.",
        "«{title}» هم‌اکنون در مرحلهٔ «{stage}» است.";
    idea_moved(title, from, to):
        "Moved idea “{title}” from {from} to {to}.",
        "مرحلهٔ ایدهٔ «{title}» از «{from}» به «{to}» تغییر کرد.";
    idea_merged(from, into, authors):
        "Merged “{from}” into “{into}”; {authors} author(s) credited.",
        "«{from}» در «{into}» ادغام شد؛ {authors} نویسنده در آن سهیم‌اند.";
    no_ideas_yet(title):
        "“{title}” has no ideas yet.",
        "«{title}» هنوز ایده‌ای ندارد.";
    bad_score_spec(spec):
        "--score '{spec}' must look like CRITERION=SCORE, e.g. Novelty=8.",
        "مقدار --score «{spec}» باید به شکل CRITERION=SCORE باشد، مثلاً Novelty=8.";
    not_a_criterion(name, title, names):
        "“{name}” is not a criterion of “{title}”. Criteria: {names}.",
        "«{name}» از معیارهای «{title}» نیست. معیارها: {names}.";
    bad_score(spec):
        "--score '{spec}': the score is a whole number from 0 to 10.",
        "مقدار --score «{spec}»: امتیاز عددی صحیح از 0 تا 10 است.";
    review_recorded(id, title, score):
        "Recorded review {id} of “{title}”: weighted {score}.",
        "داوری {id} برای «{title}» ثبت شد: امتیاز وزنی {score}.";
    idea_from(org, key, when, bundle):
        "{org} (key {key}), received {when}, bundle {bundle}",
        "{org} (کلید {key})، دریافت‌شده در {when}، بستهٔ {bundle}";
    receipt_line(sponsor, when, hash, check):
        "received by {sponsor} on {when}, fingerprint {hash} — {check}",
        "{sponsor} آن را در {when} دریافت کرد، اثر انگشت {hash} — {check}";
    score_of(score, reviews):
        "{score} of 10 ({reviews} reviews)",
        "{score} از 10 ({reviews} داوری)";
    attachment_line(name, size, sha):
        "{name} ({size} bytes, sha256 {sha})",
        "{name} ({size} بایت، sha256 {sha})";
    accepted_version(name, title, version, sha):
        "{name} accepted “{title}” v{version} ({sha})",
        "{name} نسخهٔ {version} از «{title}» را پذیرفت ({sha})";
    earlier_version(revision, title, hash):
        "revision {revision} “{title}” {hash}",
        "ویرایش {revision} «{title}» {hash}";

    // ---------------------------------------------------------------- working together
    subproblems_done(title, done, total, pct):
        "“{title}”: {done} of {total} sub-problems done, {pct} complete.",
        "«{title}»: {done} از {total} زیرمسئله انجام شده است، پیشرفت {pct}.";
    claimed(name, title):
        "{name} claimed “{title}”.",
        "{name} «{title}» را بر عهده گرفت.";
    now_status(title, status):
        "“{title}” is now {status}.",
        "«{title}» اکنون «{status}» است.";
    answered(visibility):
        "Answered ({visibility}).",
        "پاسخ داده شد ({visibility}).";
    question_line(text, id):
        "Q: {text} ({id})",
        "پرسش: {text} ({id})";
    answer_line(text, visibility):
        "A: {text} [{visibility}]",
        "پاسخ: {text} [{visibility}]";
    noted(count):
        "Noted ({count} notes).",
        "یادداشت شد ({count} یادداشت).";
    dispute_resolved_as(text):
        "resolved: {text}",
        "حل‌شده: {text}";
    delivered(what):
        "Delivered: {what}.",
        "تحویل شد: {what}.";
    waived(what):
        "Waived: {what}.",
        "چشم‌پوشی شد: {what}.";
    dashboard_title(title, ideas):
        "“{title}” — {ideas} ideas",
        "«{title}» — {ideas} ایده";
    dashboard_subproblems(done, total, pct):
        "Sub-problems: {done} of {total} done ({pct}).",
        "زیرمسئله‌ها: {done} از {total} انجام شده است ({pct}).";
    days_to_deadline(days):
        "Days to deadline: {days}",
        "روزهای باقی‌مانده تا مهلت: {days}";
    open_items(questions, disputes):
        "Open questions: {questions} · open disputes: {disputes}",
        "پرسش‌های باز: {questions} · اختلاف‌های باز: {disputes}";
    obligation_counts(outstanding, overdue, delivered, waived):
        "Obligations: {outstanding} outstanding ({overdue} overdue), {delivered} delivered, {waived} waived",
        "تعهدها: {outstanding} مانده ({overdue} با سررسید گذشته)، {delivered} تحویل‌شده، {waived} چشم‌پوشی‌شده";
    report_extension(path):
        "{path}: the report is written as .html or .md; name the file accordingly.",
        "گزارش فقط به‌صورت HTML یا Markdown نوشته می‌شود؛ نام پرونده باید به .html یا .md ختم شود: {path}";
    wrote_file(path, bytes):
        "Wrote {path} ({bytes} bytes).",
        "پروندهٔ {path} نوشته شد ({bytes} بایت).";
}

labels! {
    ItemAction {
        Add: "add", "افزودن";
        Update: "update", "به‌روزرسانی";
        Unchanged: "unchanged", "بدون تغییر";
        Older: "older", "قدیمی‌تر";
        Conflict: "conflict", "ناسازگاری";
    }
    ItemReason {
        Yours: "yours", "مال شما";
        Revision: "revision", "ویرایش";
        OlderRevision: "older revision", "ویرایش قدیمی‌تر";
        ConflictKept: "conflict kept", "ناسازگار؛ نسخهٔ شما می‌ماند";
        KeptFromMaker: "kept from maker", "همان‌گونه که از سازنده رسیده";
        NotHere: "not here", "اینجا نیست";
        Answer: "answer", "پاسخ";
        Claimed: "claimed", "برعهده‌گرفته";
        Stage: "stage", "مرحله";
        Fingerprint: "fingerprint", "اثر انگشت";
        Version: "version", "نسخه";
    }
    Verb {
        Created: "created", "ساخته شد";
        Updated: "updated", "ویرایش شد";
        StatusChanged: "status_changed", "وضعیت تغییر کرد";
        Archived: "archived", "بایگانی شد";
        Restored: "restored", "بازگردانده شد";
        Published: "published", "منتشر شد";
        Accepted: "accepted", "پذیرفته شد";
        Merged: "merged", "ایده‌ای در آن ادغام شد";
        MergedInto: "merged_into", "در ایدهٔ دیگری ادغام شد";
        Moved: "moved", "منتقل شد";
        Claimed: "claimed", "بر عهده گرفته شد";
        Answered: "answered", "پاسخ داده شد";
        Resolved: "resolved", "حل شد";
        Imported: "imported", "وارد شد";
        Exported: "exported", "فرستاده شد";
        Trusted: "trusted", "مورد اعتماد قرار گرفت";
        Revoked: "revoked", "باطل شد";
        Conflict: "conflict", "ناسازگاری؛ نسخهٔ اینجا ماند";
    }
}

names! {
    "from": "از";
    "to": "به";
    "challenge": "چالش";
    "idea": "ایده";
    "fields": "فیلدها";
    "contributor": "مشارکت‌کننده";
    "contributor_name": "نام مشارکت‌کننده";
    "version": "نسخه";
    "revision": "ویرایش";
    "content_hash": "اثر انگشت";
    "kind": "نوع";
    "key_id": "شناسهٔ کلید";
    "agreement": "توافق‌نامه";
    "agreement_title": "عنوان توافق‌نامه";
    "added": "افزوده";
    "updated": "به‌روزشده";
    "unchanged": "بدون تغییر";
    "older": "قدیمی‌تر";
    "conflicts": "ناسازگاری‌ها";
    "share_as_lesson": "به‌عنوان درس";
    "lesson_from_idea": "درس از ایده";
    "sender": "فرستنده";
    "scores": "امتیازها";
    "records": "رکوردها";
    "recipients": "گیرندگان";
    "reason": "دلیل";
    "public": "عمومی";
    "organization_id": "شناسهٔ سازمان";
    "into": "ادغام در";
    "into_label": "ادغام در ایدهٔ";
    "from_label": "از ایدهٔ";
    "bundle": "بسته";
    "attachments": "پیوست‌ها";
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn all() -> impl Iterator<Item = &'static Entry> {
        WORDS.iter().chain(MESSAGES)
    }

    fn placeholders(text: &str) -> BTreeSet<&str> {
        let mut found = BTreeSet::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            if let Some(close) = after.find('}') {
                found.insert(&after[..close]);
                rest = &after[close + 1..];
            } else {
                break;
            }
        }
        found
    }

    /// Whether `text` has words besides its placeholders.
    fn has_words(text: &str) -> bool {
        let mut rest = text.to_owned();
        for p in placeholders(text) {
            rest = rest.replace(&format!("{{{p}}}"), "");
        }
        rest.chars().any(char::is_alphabetic)
    }

    #[test]
    fn both_languages_use_exactly_the_declared_placeholders() {
        for e in all() {
            let declared: BTreeSet<&str> = e.params.iter().copied().collect();
            assert_eq!(placeholders(e.en), declared, "{}: English", e.key);
            assert_eq!(placeholders(e.fa), declared, "{}: Persian", e.key);
        }
    }

    #[test]
    fn every_persian_text_is_translated() {
        for e in all() {
            assert!(!e.fa.trim().is_empty(), "{}: empty", e.key);
            if has_words(e.en) {
                assert_ne!(e.en, e.fa, "{}: the Persian is the English", e.key);
            }
        }
        for (ty, spelling, en, fa) in label_entries() {
            assert_ne!(en, fa, "{ty}::{spelling}");
        }
        for (key, fa) in DETAIL_KEYS {
            assert_ne!(key, fa);
        }
    }

    #[test]
    fn keys_are_unique() {
        let mut seen = BTreeSet::new();
        for e in all() {
            assert!(seen.insert(e.key), "{} declared twice", e.key);
        }
        let mut seen = BTreeSet::new();
        for (key, _) in DETAIL_KEYS {
            assert!(seen.insert(key), "{key} declared twice");
        }
    }

    #[test]
    fn english_labels_are_the_values_spelling() {
        for (ty, spelling, en, _) in label_entries() {
            // Import reasons read as words: `older revision`.
            assert!(
                en == spelling || (ty == "ItemReason" && en == spelling.replace('_', " ")),
                "{ty}::{spelling} is labelled {en:?} in English"
            );
        }
    }

    #[test]
    fn persian_is_written_with_persian_letters_and_joiners() {
        let texts = all()
            .map(|e| (e.key, e.fa))
            .chain(label_entries().into_iter().map(|(ty, _, _, fa)| (ty, fa)))
            .chain(DETAIL_KEYS.iter().map(|(k, fa)| (*k, *fa)));
        for (key, fa) in texts {
            // Arabic yeh and kaf, not the Persian letters.
            assert!(!fa.contains(['\u{064A}', '\u{0643}']), "{key}: {fa}");
            // The prefix می and the suffixes ها/های join with a ZWNJ.
            let words: Vec<&str> = fa
                .split(|c: char| !c.is_alphabetic() && c != '\u{200C}')
                .collect();
            assert!(
                !words
                    .iter()
                    .any(|w| *w == "می" || *w == "ها" || *w == "های"),
                "{key}: a missing ZWNJ in {fa:?}"
            );
            assert!(
                !fa.contains("\u{200C} ") && !fa.contains(" \u{200C}"),
                "{key}: a stray ZWNJ"
            );
        }
    }

    #[test]
    fn messages_fill_their_placeholders_in_each_language() {
        let en = Tr(Lang::En);
        let fa = Tr(Lang::Fa);
        assert_eq!(
            en.challenge_created("c-1", "Quieter fans"),
            "Created challenge c-1 “Quieter fans”"
        );
        assert_eq!(
            fa.challenge_created("c-1", "پمپ"),
            "چالش c-1 «پمپ» ساخته شد"
        );
        assert_eq!(
            en.page_range(1, 50, 230, en.noun_challenges()),
            "Showing 1–50 of 230 challenges."
        );
        assert_eq!(
            fa.page_range(1, 50, 230, fa.noun_challenges()),
            "نمایش 1 تا 50 از 230 چالش."
        );
        // Braces in values are not placeholders.
        assert_eq!(en.missing("{id}"), "{id} (missing)");
        assert_eq!(fill("{a} {b} {", &[("a", &1)]), "1 {b} {");
    }

    #[test]
    fn labels_and_answers_follow_the_language() {
        assert_eq!(Tr(Lang::En).label(ChallengeStatus::Draft), "draft");
        assert_eq!(Tr(Lang::Fa).label(ChallengeStatus::Draft), "پیش‌نویس");
        assert_eq!(Tr(Lang::En).detail_key("from"), Some("from"));
        assert_eq!(Tr(Lang::Fa).detail_key("nope"), None);
        assert!(Tr(Lang::En).is_yes("Y\n"));
        assert!(!Tr(Lang::En).is_yes("بله"));
        assert!(Tr(Lang::Fa).is_yes("بله"));
        assert!(!Tr(Lang::Fa).is_yes(""));
    }
}

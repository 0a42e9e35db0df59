//! Persian (fa): every error a person can meet, written for SME staff.
//! Keyed by the error's variant (and its `code`, for the variants whose
//! message is composed where they are made) and a field error's stable
//! `code` (with its field, and its `case` arg where one code has several
//! messages on one field); the specifics come from the error's fields and
//! `args`. Names, ids, paths, file names, commands and numbers are kept as
//! the error carries them (ISO digits).
//!
//! Also the Persian words of the values people see (record kinds,
//! statuses, stages, types) and of the challenge report.

use crate::agreement::AgreementKind;
use crate::bundle::{BundleFault, BundleKind};
use crate::challenge::{
    AudienceKind, ChallengeStatus, ChallengeType, DecisionKind, IncentiveKind, IpRegime,
};
use crate::contributor::{ContributorKind, EntityKind};
use crate::error::Args;
use crate::idea::IdeaStage;
use crate::record::RecordKind;
use crate::validation::FieldError;
use crate::work::{ObligationStatus, SubProblemStatus};
use crate::Error;

/// `args[name]`, empty when absent.
fn arg(args: &Args, name: &str) -> String {
    args.get(name).cloned().unwrap_or_default()
}

/// A name quoted the Persian way.
fn q(text: &str) -> String {
    format!("«{text}»")
}

/// Field errors in Persian, one after another.
fn fields(problems: &[FieldError]) -> String {
    problems
        .iter()
        .map(|p| super::field_message(p, super::Lang::Fa))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The Persian message of `error`.
pub(super) fn error(error: &Error) -> String {
    match error {
        Error::NotFound { kind, id } => format!(
            "در این فضای کار، {} با شناسهٔ {id} وجود ندارد.",
            record_kind(*kind)
        ),
        Error::Validation(fields) => match fields.as_slice() {
            [] => "برخی از فیلدها معتبر نیستند.".to_owned(),
            [one] => super::field_message(one, super::Lang::Fa),
            [first, rest @ ..] => format!(
                "{} (و {} مشکل دیگر)",
                super::field_message(first, super::Lang::Fa),
                rest.len()
            ),
        },
        Error::Transition {
            code,
            args,
            problems,
            ..
        } => transition(code, args, problems).unwrap_or_else(|| {
            "این تغییر در وضعیت کنونی ممکن نیست.".to_owned()
        }),
        Error::Refused {
            code,
            args,
            problems,
            ..
        } => refused(code, args, problems).unwrap_or_else(|| {
            let first = problems.first().map(|p| super::field_message(p, super::Lang::Fa));
            match first {
                Some(p) => format!("این کار پذیرفته نشد. {p}"),
                None => "این کار پذیرفته نشد.".to_owned(),
            }
        }),
        Error::Archived { kind } => format!(
            "این {} بایگانی شده است. پیش از تغییر دادن، آن را بازگردانی کنید.",
            record_kind(*kind)
        ),
        Error::InUse { code, args, by, .. } => in_use(code, args, by).unwrap_or_else(|| {
            "این مورد هنوز در جای دیگری به کار می‌رود و نمی‌توان آن را بایگانی کرد.".to_owned()
        }),
        Error::Ambiguous {
            kind,
            prefix,
            count,
        } => format!(
            "{} با {count} {} مطابقت دارد؛ بخش بیشتری از شناسه را بنویسید.",
            q(prefix),
            record_kind(*kind)
        ),
        Error::Conflict {
            kind,
            expected,
            actual,
        } => format!(
            "این {} پس از آنکه بازش کردید، جای دیگری تغییر کرده است (شما روی ویرایش {expected} کار می‌کردید و اکنون ویرایش {actual} است). آن را دوباره بارگذاری کنید و تغییرهایتان را دوباره اعمال کنید.",
            record_kind(*kind)
        ),
        Error::NotInitialized => "این فضای کار هنوز راه‌اندازی نشده است. نخست آن را بسازید: در نخستین صفحهٔ برنامه، یا با `opencall-cli init --org NAME --user NAME`.".to_owned(),
        Error::AlreadyInitialized(what) => match what.strip_suffix(crate::error::RESTORE_TARGET_HINT) {
            Some(folder) => format!(
                "در {folder} از پیش یک فضای کار هست (یک پوشهٔ خالی انتخاب کنید، یا نخست فضای کار کنونی را به جای دیگری ببرید)."
            ),
            None => format!(
                "این فضای کار از پیش برای {} راه‌اندازی شده است.",
                q(what)
            ),
        },
        Error::SchemaTooNew { found, supported } => format!(
            "داده‌های این فضای کار با نسخهٔ تازه‌تری از Opencall نوشته شده است (نسخهٔ طرح‌واره {found}؛ این نسخه از Opencall تا نسخهٔ {supported} را می‌خواند). برای باز کردن آن، Opencall را به‌روز کنید."
        ),
        Error::Locked { path } => format!(
            "پنجره یا فرمان دیگری از Opencall در حال استفاده از فضای کار در {path} است. آن را ببندید و دوباره تلاش کنید."
        ),
        Error::DiskFull { free_mb, needed_mb } => format!(
            "دیسکی که فضای کار روی آن است تقریباً پر است ({free_mb} مگابایت آزاد است؛ این تغییر حدود {needed_mb} مگابایت جا لازم دارد). کمی فضا آزاد کنید و دوباره تلاش کنید. چیزی ذخیره نشد."
        ),
        Error::ReadOnly { path } => format!(
            "در پوشهٔ داده‌ها {path} نمی‌توان نوشت (فقط‌خواندنی است یا اجازهٔ نوشتن در آن را ندارید). Opencall هنگام کار در این پوشه می‌نویسد: اجازهٔ نوشتن در آن را فراهم کنید، یا از فضای کار در جایی که اجازهٔ نوشتن دارید رونوشت بگیرید و آن را از همان‌جا باز کنید."
        ),
        Error::Damaged {
            path,
            detail,
            code,
            args,
        } => format!(
            "فضای کار در {path} آسیب دیده است: {}. چیزی تغییر نکرد. تازه‌ترین پشتیبانی را که درستی‌اش تأیید می‌شود بازگردانی کنید: از «پشتیبان‌ها» در برنامه، یا با `opencall-cli backup list` و سپس `opencall-cli backup restore FILE --in-place`.",
            damage(code, args).unwrap_or_else(|| detail.clone())
        ),
        Error::Storage(detail) => format!(
            "خواندن یا نوشتن پایگاه دادهٔ فضای کار ممکن نشد ({detail}). مطمئن شوید اجازهٔ نوشتن در پوشهٔ داده‌ها را دارید و دیسک پر نیست."
        ),
        Error::Corrupt(detail) => format!(
            "یک رکورد ذخیره‌شده خوانده نشد ({detail}). ممکن است فضای کار آسیب دیده باشد؛ `opencall-cli log verify` را اجرا کنید."
        ),
        Error::InvalidId(id) => format!("{} شناسهٔ معتبری نیست.", q(id)),
        Error::Bundle {
            fault,
            code,
            args,
            cause,
            ..
        } => bundle(code, args, cause.as_deref()).unwrap_or_else(|| self::fault(*fault).to_owned()),
    }
}

/// A refused lifecycle move, by its `code`.
fn transition(code: &str, args: &Args, problems: &[FieldError]) -> Option<String> {
    let a = |name: &str| arg(args, name);
    let kind = a("kind");
    // What changes: an idea's stage, another record's status (the word,
    // and the word followed by what it is of).
    let (what, what_of) = if kind == RecordKind::Idea.as_str() {
        ("مرحله", "مرحلهٔ")
    } else {
        ("وضعیت", "وضعیت")
    };
    Some(match code {
        "cannot_open" => format!("این چالش را هنوز نمی‌توان باز کرد. {}", fields(problems)),
        "not_claimable" => format!(
            "{} در وضعیت {} است و نمی‌توان آن را بر عهده گرفت.",
            q(&a("title")),
            q(&state("sub_problem", &a("status")))
        ),
        "dispute_resolved" => {
            "این اختلاف حل شده است؛ برای باز کردن دوبارهٔ موضوع، اختلاف تازه‌ای مطرح کنید.".to_owned()
        }
        "dispute_already_resolved" => "این اختلاف پیش‌تر حل شده است.".to_owned(),
        "obligation_settled" => format!(
            "وضعیت این تعهد از پیش {} است.",
            q(&state("obligation", &a("status")))
        ),
        "final" => format!(
            "{} {} {} است و دیگر تغییر نمی‌کند.",
            what_of,
            record_kind_of(&kind),
            q(&state(&kind, &a("from")))
        ),
        "move" => {
            let allowed: Vec<String> = a("allowed")
                .split(',')
                .filter(|s| !s.is_empty())
                .map(|s| q(&state(&kind, s)))
                .collect();
            format!(
                "{} در {} {} نمی‌تواند به {} برود؛ راه‌های ممکن: {}.",
                record_kind_of(&kind),
                what,
                q(&state(&kind, &a("from"))),
                q(&state(&kind, &a("to"))),
                allowed.join("، ")
            )
        }
        "merged_edit" => format!(
            "این ایده در ایدهٔ {} ادغام شده است؛ آن ایده را ویرایش کنید.",
            a("into")
        ),
        "merged_stage" => format!(
            "این ایده در ایدهٔ {} ادغام شده است؛ مرحلهٔ آن دیگر تغییر نمی‌کند.",
            a("into")
        ),
        "already_merged" => format!(
            "{} پیش‌تر در ایدهٔ {} ادغام شده است.",
            q(&a("title")),
            a("into")
        ),
        "merge_other_challenge" => "فقط ایده‌های یک چالش را می‌توان با هم ادغام کرد.".to_owned(),
        "merged_review" => "این ایده در ایدهٔ دیگری ادغام شده است؛ آن یکی را داوری کنید.".to_owned(),
        "not_reviewed" => format!(
            "ایده‌ای که در مرحلهٔ {} است دیگر داوری نمی‌شود.",
            q(&state("idea", &a("stage")))
        ),
        _ => return None,
    })
}

/// An action a rule refuses, by its `code`.
fn refused(code: &str, args: &Args, problems: &[FieldError]) -> Option<String> {
    let a = |name: &str| arg(args, name);
    let first = problems
        .first()
        .map(|p| super::field_message(p, super::Lang::Fa))
        .unwrap_or_default();
    Some(match code {
        "ask_for_recipient" => format!(
            "{} از سازمان دیگری آمده است: پرسش را از طرف مشارکت‌کننده‌ای مطرح کنید که چالش برای او فرستاده شده است.",
            q(&a("title"))
        ),
        "not_yours" => format!(
            "این {} از {} آمده است؛ فقط خود آن‌ها می‌توانند تغییرش دهند (تغییرهایشان با بستهٔ بعدی‌شان می‌رسد).",
            record_kind_of(&a("kind")),
            args.get("who").map_or_else(|| "سازمان دیگری".to_owned(), |w| q(w))
        ),
        "idea_not_recordable" => format!("این ایده را هنوز نمی‌توان ثبت کرد. {first}"),
        "coauthor_not_addable" => format!("هنوز نمی‌توان هم‌نویسندهٔ تازه‌ای افزود. {first}"),
        "conflict_of_interest" => format!("تعارض منافع: {first}"),
        _ => return None,
    })
}

/// A record still in use, by its `code`.
fn in_use(code: &str, args: &Args, by: &[String]) -> Option<String> {
    let by: Vec<String> = by.iter().map(|b| q(b.trim_matches(['“', '”']))).collect();
    Some(match code {
        "required_by_challenges" => format!(
            "چالش‌های {} به {} نیاز دارند. پیش از بایگانی کردن، آن را از این چالش‌ها بردارید (یا آن چالش‌ها را ببندید).",
            by.join("، "),
            q(&arg(args, "title"))
        ),
        _ => return None,
    })
}

/// What is damaged in a workspace, by its `code`.
fn damage(code: &str, args: &Args) -> Option<String> {
    let a = |name: &str| arg(args, name);
    Some(match code {
        "unreadable" => "پرونده‌های پایگاه داده‌اش خوانده نمی‌شوند".to_owned(),
        "corrupt" => "پرونده‌های پایگاه داده‌اش خراب شده‌اند".to_owned(),
        "records_unreadable" => "رکوردهایش خوانده نمی‌شوند".to_owned(),
        "entries_lost" => format!(
            "گزارش فعالیت‌هایش {} رویداد دارد، اما {} رویداد در آن نوشته شده بود",
            a("held"),
            a("written")
        ),
        "entry_missing" => format!("رویداد شمارهٔ {} از گزارش فعالیت‌ها گم شده است", a("entry")),
        "entry_unreadable" => format!(
            "رویداد شمارهٔ {} در گزارش فعالیت‌ها خوانده نمی‌شود",
            a("entry")
        ),
        "entry_replaced" => format!(
            "رویداد شمارهٔ {} در گزارش فعالیت‌ها همان نیست که نوشته شده بود",
            a("entry")
        ),
        _ => return None,
    })
}

/// A refused bundle in general, for a message without its own words.
fn fault(fault: BundleFault) -> &'static str {
    use BundleFault as F;
    match fault {
        F::NotABundle => "این پرونده بستهٔ Opencall نیست.",
        F::CorruptArchive => "این بسته آسیب دیده است و خوانده نمی‌شود.",
        F::UnsafePath => "بسته نام یا مسیر پروندهٔ ناامنی دارد و پذیرفته نمی‌شود.",
        F::DuplicateName => "بسته یک پرونده را دو بار دارد و پذیرفته نمی‌شود.",
        F::Link => "بسته پیوند نمادین دارد؛ پیوندها پذیرفته نمی‌شوند.",
        F::TooLarge => "این بسته بزرگ‌تر از حدی است که Opencall می‌پذیرد.",
        F::TooManyFiles => "تعداد پرونده‌های این بسته بیش از حد مجاز است.",
        F::NotABag => "این پرونده ساختار BagIt ندارد، پس بستهٔ Opencall نیست.",
        F::BagInvalid => "ساختار BagIt این بسته معتبر نیست.",
        F::BagIncomplete => "بسته ناقص است: پرونده‌ای که در فهرست آن آمده، در خود بسته نیست.",
        F::FetchRefused => "بسته می‌خواهد پرونده‌هایی را از جای دیگری دریافت کند؛ هر بسته باید کامل باشد.",
        F::Unsigned => "این بسته امضا ندارد.",
        F::BadSignature => "امضای این بسته تأیید نمی‌شود.",
        F::InvalidKey => "کلید این بسته خوانده نمی‌شود.",
        F::KeyMismatch => "کلیدی که بسته نام می‌برد با کلیدی که با آن امضا شده یکی نیست.",
        F::ChecksumMismatch => "پرونده‌ای در بسته با درهم‌ساخت خود مطابقت ندارد: تغییر کرده است.",
        F::NotAnOpencallBundle => "این بسته، بستهٔ Opencall نیست.",
        F::UnknownVersion => "قالب این بسته را این نسخه از Opencall نمی‌شناسد. Opencall را به‌روز کنید.",
        F::UnknownKind => "نوع این بسته برای این نسخه از Opencall ناشناخته است.",
        F::BadJson => "داده‌های این بسته خوانده نمی‌شوند.",
        F::JsonTooDeep => "داده‌های این بسته بیش از حد تودرتو هستند.",
        F::DuplicateKey => "داده‌های این بسته نام یک فیلد را دو بار دارند.",
        F::DuplicateId => "بسته یک رکورد را دو بار دارد.",
        F::MissingDocument => "بخشی از داده‌ها که این نوع بسته لازم دارد، در آن نیست.",
        F::DanglingReference => {
            "بسته به رکوردی اشاره می‌کند که نه همراه دارد و نه در این فضای کار هست."
        }
        F::InvalidRecord => "یکی از رکوردهای بسته در این فضای کار معتبر نیست.",
        F::ForeignRecord => "بسته رکوردی دارد که فرستنده اجازهٔ فرستادنش را ندارد.",
        F::HashMismatch => "محتوای بسته با اثر انگشت خود مطابقت ندارد: تغییر کرده است.",
        F::OwnBundle => "این بسته را همین فضای کار ساخته است؛ چیزی برای وارد کردن از آن نیست.",
        F::UntrustedSigner => "امضاکنندهٔ این بسته هنوز مورد اعتماد این فضای کار نیست.",
        F::KeyChanged => "پذیرفته نشد: این بسته با کلیدی جز کلید شناخته‌شدهٔ فرستنده امضا شده است و ممکن است جعلی باشد.",
        F::KeyRevoked => "پذیرفته نشد: کلید امضاکنندهٔ این بسته در این فضای کار باطل شده است.",
        F::NotForYou => "این بسته برای این فضای کار نیست.",
        F::NotContributable => "یکی از ایده‌های این بسته را نمی‌توان پذیرفت.",
    }
}

/// A refused bundle's message, by its `code`; `None` for a code without
/// one (the fault's general message stands in).
pub(super) fn bundle(code: &str, args: &Args, cause: Option<&Error>) -> Option<String> {
    let a = |name: &str| arg(args, name);
    let cause_fa = || cause.map(error);
    Some(match code {
        // Reading the archive.
        "unsafe_name" => format!("بسته نام پروندهٔ ناامنی دارد ({})؛ پذیرفته نمی‌شود.", a("name")),
        "bundle_too_large" => "این بسته بزرگ‌تر از حدی است که Opencall می‌پذیرد.".to_owned(),
        "not_zip" => "این پرونده بستهٔ Opencall نیست (یک بایگانی zip معتبر نیست).".to_owned(),
        "too_many_files" => format!(
            "این بسته {} پرونده دارد؛ حداکثر {} پرونده پذیرفته می‌شود.",
            a("count"),
            a("max")
        ),
        "entry_unreadable" => "یکی از پرونده‌های درون این بسته خوانده نمی‌شود؛ پروندهٔ بسته آسیب دیده است.".to_owned(),
        "link" => format!(
            "بسته یک پیوند نمادین دارد ({})؛ پیوندها پذیرفته نمی‌شوند.",
            a("name")
        ),
        "duplicate_name" => format!(
            "بسته {} را دو بار دارد (یا دو نام دارد که فقط در کوچکی و بزرگی حروف با هم فرق دارند).",
            q(&a("name"))
        ),
        "file_unreadable" => format!(
            "{} در بسته خوانده نمی‌شود؛ پروندهٔ بسته آسیب دیده است.",
            q(&a("name"))
        ),
        "file_too_large" => format!(
            "{} در بسته بزرگ‌تر از حدی است که Opencall می‌پذیرد.",
            q(&a("name"))
        ),
        "unpacked_too_large" => {
            "محتوای این بسته پس از باز شدن بزرگ‌تر از حدی است که Opencall می‌پذیرد.".to_owned()
        }
        // The bag (BagIt).
        "missing_tag_file" => format!("این بسته {} ندارد، پس ساختار BagIt ندارد.", a("name")),
        "not_utf8" => format!("{} متن UTF-8 نیست.", a("name")),
        "manifest_malformed_line" => format!("{} سطری با قالب نادرست دارد.", a("name")),
        "manifest_bad_checksum" => format!(
            "{} درهم‌ساختی دارد که از نوع {} نیست.",
            a("name"),
            a("algorithm")
        ),
        "manifest_path_outside" => format!(
            "{} مسیر {} را نام می‌برد که بیرون از بسته است (BagIt اجازهٔ این کار را نمی‌دهد).",
            a("name"),
            q(&a("path"))
        ),
        "manifest_duplicate_path" => format!(
            "{} مسیر {} را دو بار فهرست کرده است.",
            a("name"),
            q(&a("path"))
        ),
        "no_bagit" => {
            "این پرونده bagit.txt ندارد: ساختار BagIt ندارد، پس بستهٔ Opencall نیست.".to_owned()
        }
        "bagit_bom" => {
            "bagit.txt با نشانهٔ ترتیب بایت (BOM) شروع می‌شود، در حالی که BagIt اجازهٔ آن را نمی‌دهد."
                .to_owned()
        }
        "bagit_not_utf8" => {
            "bagit.txt متن UTF-8 نیست، در حالی که BagIt آن را لازم دارد.".to_owned()
        }
        "bagit_malformed_line" => format!(
            "bagit.txt سطری نادرست دارد ({}): BagIt قالب «Label: value» را می‌خواهد.",
            q(&a("line"))
        ),
        "bagit_no_version" => "bagit.txt نسخهٔ BagIt را اعلام نمی‌کند (BagIt-Version).".to_owned(),
        "bagit_bad_version" => format!(
            "bagit.txt نسخه را {} اعلام می‌کند؛ نسخه‌های BagIt به شکل MAJOR.MINOR هستند.",
            q(&a("version"))
        ),
        "bagit_no_encoding" => "bagit.txt کدگذاری نویسه‌های پرونده‌های برچسب را اعلام نمی‌کند (Tag-File-Character-Encoding)، در حالی که BagIt آن را لازم دارد.".to_owned(),
        "not_utf8_bag" => format!(
            "پرونده‌های برچسب این بسته با کدگذاری {} نوشته شده‌اند؛ بسته‌های Opencall با UTF-8 نوشته می‌شوند، پس این بستهٔ Opencall نیست.",
            a("encoding")
        ),
        "fetch_path_outside" => format!(
            "fetch.txt مسیر {} را نام می‌برد که بیرون از بسته است (BagIt اجازهٔ این کار را نمی‌دهد).",
            q(&a("path"))
        ),
        "fetch" => "بسته می‌خواهد پرونده‌هایی را از جای دیگری دریافت کند (fetch.txt)؛ هر بسته باید کامل باشد.".to_owned(),
        "unknown_algorithm" => format!(
            "{} الگوریتم درهم‌سازی‌ای را به کار می‌برد که Opencall نمی‌شناسد.",
            a("name")
        ),
        "manifest_not_payload" => format!(
            "{} مسیر {} را فهرست کرده که جزو محتوای بسته (زیر data/) نیست.",
            a("name"),
            q(&a("path"))
        ),
        "missing_file" => format!(
            "{} پروندهٔ {} را فهرست کرده، اما این پرونده در بسته نیست.",
            a("name"),
            a("path")
        ),
        "checksum_mismatch" => format!(
            "{} با درهم‌ساخت {} خود در {} مطابقت ندارد: تغییر کرده است.",
            a("path"),
            a("algorithm"),
            a("name")
        ),
        "unlisted_payload" => format!(
            "{} جزو محتوای بسته است، اما در {} نیامده است.",
            a("path"),
            a("name")
        ),
        "no_payload_manifest" => "بسته فهرست محتوا ندارد (manifest-<algorithm>.txt).".to_owned(),
        "oxum_mismatch" => format!(
            "bag-info.txt مقدار Payload-Oxum را {} اعلام می‌کند، اما محتوا {} است (تعداد بایت.تعداد پرونده).",
            a("declared"),
            a("found")
        ),
        // What makes it an Opencall bundle.
        "missing_required_file" => format!(
            "این بسته ساختار BagIt معتبری دارد، اما بستهٔ Opencall نیست ({} ندارد).",
            a("name")
        ),
        "foreign_manifest" => "این بسته فهرست‌هایی دارد که Opencall نمی‌سازد (با الگوریتمی جز SHA-256)؛ پس بستهٔ Opencall نیست.".to_owned(),
        "unsigned" => "این بسته امضا ندارد (tagmanifest-sha256.txt.minisig در آن نیست).".to_owned(),
        "invalid_key" | "bad_signature" | "attachment_too_large" => cause_fa()?,
        "bag_key_mismatch" => format!(
            "bag-info.txt کلید {} را نام می‌برد، اما کلید {} را همراه دارد.",
            a("named"),
            a("carried")
        ),
        "signature_not_text" => "پروندهٔ امضا متنی نیست.".to_owned(),
        "tagmanifest_incomplete" => format!(
            "tagmanifest-sha256.txt پروندهٔ {} را پوشش نمی‌دهد، پس امضا هم آن را پوشش نمی‌دهد.",
            a("name")
        ),
        "uncovered_tag_file" => format!(
            "{} پروندهٔ برچسبی است که فهرست امضاشده آن را پوشش نمی‌دهد.",
            a("name")
        ),
        "bag_info_malformed_line" => "bag-info.txt سطری با قالب نادرست دارد.".to_owned(),
        "bag_info_repeated" => format!(
            "bag-info.txt مقدار {} را بیش از یک بار آورده است.",
            a("label")
        ),
        "bag_info_missing" => format!(
            "bag-info.txt مقدار {} را ندارد: این بسته، بستهٔ Opencall نیست.",
            a("label")
        ),
        "not_opencall" => "این بسته، بستهٔ Opencall نیست.".to_owned(),
        "version_unreadable" => format!(
            "نسخهٔ قالب بسته ({}) خوانده نمی‌شود.",
            q(&a("version"))
        ),
        "version_unsupported" => format!(
            "قالب این بسته نسخهٔ {} است، اما این نسخه از Opencall قالب {} را می‌خواند. برای وارد کردن آن، Opencall را به‌روز کنید.",
            a("version"),
            a("supported")
        ),
        "bag_info_no_created" => "bag-info.txt زمان ساخت معتبری ندارد (Created).".to_owned(),
        "bag_info_no_org_id" => "bag-info.txt شناسهٔ معتبری برای سازمان سازنده ندارد (Producer-Organization-Id).".to_owned(),
        "unknown_kind" => "نوع این بسته برای این نسخه از Opencall ناشناخته است.".to_owned(),
        // Its documents.
        "missing_document" => format!(
            "بسته {} را ندارد، در حالی که این نوع بسته آن را لازم دارد.",
            a("name")
        ),
        "document_too_large" => format!(
            "{} بزرگ‌تر از حدی است که Opencall می‌پذیرد.",
            a("name")
        ),
        "json_too_deep" => format!(
            "{} بیش از {} سطح تودرتو است؛ بسته پذیرفته نمی‌شود.",
            a("name"),
            a("max")
        ),
        "duplicate_key" => format!(
            "{} نام فیلد {} را دو بار دارد؛ بسته پذیرفته نمی‌شود.",
            a("name"),
            q(&a("key"))
        ),
        "bad_json" => format!(
            "{} JSON معتبری نیست ({})؛ بسته پذیرفته نمی‌شود.",
            a("name"),
            a("detail")
        ),
        "document_shape" => format!(
            "{} در {} شکل مورد انتظار را ندارد: {}.",
            a("name"),
            q(&a("path")),
            a("detail")
        ),
        // Its records.
        "duplicate_record" => format!(
            "{} {} {} را دو بار فهرست کرده است.",
            a("name"),
            record_kind_of(&a("kind")),
            a("id")
        ),
        "foreign_record" => format!(
            "بسته {} {} را همراه دارد که سازمان دیگری ساخته است؛ {} فقط می‌تواند رکوردهای خودش را بفرستد.",
            record_kind_of(&a("kind")),
            a("id"),
            q(&a("organization"))
        ),
        "invalid_record" => {
            let why = match cause {
                Some(Error::Validation(problems)) if !problems.is_empty() => problems
                    .iter()
                    .map(|p| super::field_message(p, super::Lang::Fa))
                    .map(|m| m.trim_end_matches('.').to_owned())
                    .collect::<Vec<_>>()
                    .join("؛ "),
                Some(e) => error(e).trim_end_matches('.').to_owned(),
                None => String::new(),
            };
            format!(
                "{} {} در این بسته، در این فضای کار معتبر نیست ({why}).",
                record_kind_of(&a("kind")),
                a("id")
            )
        }
        "attachment_missing" => format!(
            "پیوست {} ({}) در بسته نیست.",
            q(&a("name")),
            a("sha")
        ),
        "attachment_hash" => format!(
            "پیوست {} با درهم‌ساخت SHA-256 خود مطابقت ندارد.",
            q(&a("name"))
        ),
        "agreement_version_hash" => format!(
            "نسخهٔ {} توافق‌نامهٔ {} با درهم‌ساخت SHA-256 خود مطابقت ندارد: متن آن تغییر کرده است.",
            a("version"),
            q(&a("title"))
        ),
        "acceptance_hash" => format!(
            "یک پذیرش به نسخهٔ {} از {} اشاره می‌کند، اما درهم‌ساخت متن آن با هیچ متنی که این فضای کار منتشر کرده است یکی نیست.",
            a("version"),
            q(&a("title"))
        ),
        "idea_fingerprint" => format!(
            "ایدهٔ {} با اثر انگشت خود مطابقت ندارد: تغییر کرده است.",
            q(&a("title"))
        ),
        "update_other_challenge" => format!(
            "update.json دربارهٔ چالش {} است، اما بسته چالش {} را همراه دارد.",
            a("update"),
            a("challenge")
        ),
        "agreement_missing" => format!(
            "چالش به توافق‌نامهٔ {} نیاز دارد که بسته آن را همراه ندارد.",
            a("id")
        ),
        "sub_problem_dangling" => format!(
            "زیرمسئلهٔ {} به چالش یا زیرمسئلهٔ بالادستی‌ای اشاره می‌کند که بسته آن را همراه ندارد.",
            a("id")
        ),
        "question_other_challenge" => format!(
            "پرسش {} دربارهٔ چالشی جز چالش این بسته است.",
            a("id")
        ),
        "contributor_missing" => format!(
            "چالش مشارکت‌کنندهٔ {} را نام می‌برد که بسته او را همراه ندارد.",
            a("id")
        ),
        "question_unknown" => format!(
            "بسته به پرسش {} پاسخ می‌دهد که در این فضای کار نیست.",
            a("id")
        ),
        "response_challenge_unknown" => format!(
            "این پاسخ دربارهٔ چالش {} است که در این فضای کار نیست.",
            a("id")
        ),
        "acceptance_agreement_unknown" => format!(
            "پذیرش {} مربوط به توافق‌نامهٔ {} است که در این فضای کار نیست.",
            a("id"),
            a("agreement")
        ),
        "acceptance_contributor_missing" => format!(
            "پذیرش {} از مشارکت‌کنندهٔ {} است که بسته او را همراه ندارد.",
            a("id"),
            a("contributor")
        ),
        "idea_other_challenge" => format!(
            "ایدهٔ {} دربارهٔ چالشی جز چالش این پاسخ است.",
            a("id")
        ),
        "idea_author_missing" => format!(
            "ایدهٔ {} نویسندهٔ {} را نام می‌برد که بسته او را همراه ندارد.",
            q(&a("title")),
            a("author")
        ),
        "idea_sub_problem_other" => format!(
            "ایدهٔ {} به زیرمسئلهٔ {} می‌پردازد که بخشی از {} نیست.",
            q(&a("title")),
            a("sub_problem"),
            q(&a("challenge"))
        ),
        "question_asker_unknown" => format!(
            "پرسش {} دربارهٔ چالش دیگری است یا پرسنده‌اش را بسته همراه ندارد.",
            a("id")
        ),
        "claim_sub_problem_unknown" => format!(
            "بسته ادعای بر عهده گرفتن زیرمسئلهٔ {} را دارد که در این فضای کار نیست.",
            a("id")
        ),
        "claim_contributor_missing" => format!(
            "ادعای بر عهده گرفتن {} کسی را نام می‌برد که بسته او را همراه ندارد.",
            q(&a("title"))
        ),
        "stage_not_ours" => format!(
            "بسته مرحلهٔ ایدهٔ {} را تغییر می‌دهد، اما این ایده در این چالش از آنِ ما نیست.",
            q(&a("title"))
        ),
        "receipt_not_ours" => format!(
            "بسته رسیدی برای {} دارد، اما این ایده در این چالش از آنِ ما نیست.",
            q(&a("title"))
        ),
        "receipt_other_key" => format!(
            "رسید {} با کلیدی جز کلید بسته امضا شده است.",
            q(&a("title"))
        ),
        "not_contributable" => format!(
            "ایدهٔ {} پذیرفته نمی‌شود: {}",
            q(&a("title")),
            cause_fa().unwrap_or_default()
        ),
        // Who it is for.
        "update_recipient_unknown" => format!(
            "این به‌روزرسانی از {} برای مشارکت‌کنندهٔ {} است که در این فضای کار نیست.",
            q(&a("organization")),
            a("recipient")
        ),
        "backup_not_bundle" => "این پرونده پشتیبان فضای کار است، نه بسته‌ای از یک همکار: آن را از بخش «پشتیبان‌ها» بازگردانی کنید.".to_owned(),
        "response_not_ours" => format!(
            "این پاسخ دربارهٔ {} است که این فضای کار آن را مطرح نکرده است.",
            q(&a("title"))
        ),
        "challenge_foreign" => format!(
            "{} از سازمان دیگری آمده است: به جای آن، برای آن‌ها بستهٔ پاسخ بفرستید.",
            q(&a("title"))
        ),
        "challenge_own" => format!(
            "{} چالش خود این فضای کار است: برای همکاران بستهٔ چالش یا بستهٔ به‌روزرسانی بفرستید.",
            q(&a("title"))
        ),
        // Backups.
        "not_backup" => format!(
            "این یک بستهٔ {} است، نه پشتیبان: آن را وارد کنید.",
            q(&BundleKind::parse(&a("kind")).map_or_else(|| a("kind"), |k| bundle_kind(k).to_owned()))
        ),
        "backup_unknown_tree" => format!(
            "پشتیبان بخش ناشناخته‌ای به نام {} دارد.",
            q(&a("name"))
        ),
        "backup_bad_line" => format!("{} سطری با قالب نادرست دارد ({}).", a("name"), a("detail")),
        "backup_bad_key" => format!("{} شناسه‌ای دارد که هگزادسیمال نیست.", a("name")),
        "backup_no_identity" => "پشتیبان هویت فضای کار را ندارد.".to_owned(),
        "backup_other_key" => {
            "پشتیبان با کلیدی جز کلید فضای کاری که در آن است امضا شده است.".to_owned()
        }
        // Trust.
        "untrusted_signer" => format!(
            "این بسته با کلید {} متعلق به {} امضا شده است که این فضای کار هنوز به آن اعتماد ندارد. شناسهٔ کلید را با {} (تلفنی یا حضوری) مقایسه کنید، سپس بسته را دوباره وارد کنید و به امضاکننده اعتماد کنید (--trust-signer).",
            a("key_id"),
            q(&a("organization")),
            q(&a("organization"))
        ),
        "key_changed" => format!(
            "پذیرفته نشد: این بسته ادعا می‌کند از {org} آمده است، اما با کلید {} امضا شده، در حالی که این فضای کار {org} را با کلید {known} می‌شناسد. ممکن است جعلی باشد. از {org} بپرسید که آیا کلیدشان را عوض کرده‌اند؛ اگر چنین است، کلید {known} را در «تنظیمات» باطل کنید و بسته را دوباره وارد کنید.",
            a("key_id"),
            org = q(&a("organization")),
            known = a("known_key_id")
        ),
        "key_revoked" => format!(
            "پذیرفته نشد: کلید {} متعلق به {} در تاریخ {} در این فضای کار باطل شده است.",
            a("key_id"),
            q(&a("organization")),
            a("date")
        ),
        "own_bundle" => {
            "این بسته را همین فضای کار ساخته است؛ چیزی برای وارد کردن از آن نیست.".to_owned()
        }
        "receipt_hash" => format!(
            "رسید ایدهٔ {} با آنچه امضا شده بود مطابقت ندارد.",
            a("idea")
        ),
        "receipt_key_unreadable" => "کلید رسید خوانده نمی‌شود.".to_owned(),
        "receipt_key_mismatch" => "رسید یک کلید را نام می‌برد، اما کلید دیگری همراه دارد.".to_owned(),
        "receipt_bad_signature" => format!(
            "رسید ایدهٔ {} با کلید {} امضا نشده است.",
            a("idea"),
            a("key_id")
        ),
        _ => return None,
    })
}

/// A field path with its row numbers as `#` (`scores.#.criterion`).
fn shape(field: &str) -> String {
    field
        .split('.')
        .map(|s| {
            if !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()) {
                "#"
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// The Persian message of a field error, `None` for a code without one.
pub(super) fn field(error: &FieldError) -> Option<String> {
    let a = |name: &str| arg(&error.args, name);
    let shape = shape(&error.field);
    let case = error.args.get("case").map_or("", String::as_str);
    Some(match (error.code.as_str(), shape.as_str(), case) {
        ("required", "title", "open") => "چالش باز باید عنوان داشته باشد.".to_owned(),
        ("required", "brief", "open") => "چالش باز باید شرح داشته باشد.".to_owned(),
        ("required", "deadline", "open") => "چالش باز باید مهلت داشته باشد.".to_owned(),
        ("required", "incentives", _) => "بگویید مشارکت‌کننده‌ها در ازای مشارکت چه می‌گیرند: دست‌کم یک مشوق بیفزایید.".to_owned(),
        ("required", "authors", _) => "دست‌کم یک نویسنده را نام ببرید (مشارکت‌کننده‌ای که ایده از اوست).".to_owned(),
        ("required", "scores", _) => "دست‌کم بر پایهٔ یک معیار به ایده امتیاز دهید.".to_owned(),
        ("required", "challenge", _) => "چالش مربوط را انتخاب کنید.".to_owned(),
        ("required", "recipients", _) => "بستهٔ به‌روزرسانی دقیقاً برای یک همکار است: یک مشارکت‌کننده را به‌عنوان گیرنده نام ببرید.".to_owned(),
        ("required", "draft", _) => "پیش از انتشار، متن توافق‌نامه را بنویسید.".to_owned(),
        ("required", "attachments", _) => "پیوست باید نام پرونده داشته باشد.".to_owned(),
        ("required", "reason", _) => "بگویید چرا ایده رد می‌شود؛ دلیل به مشارکت‌کننده‌ها گفته می‌شود و می‌توان آن را به‌عنوان درس به اشتراک گذاشت.".to_owned(),
        ("required", "note", _) => "بگویید چرا از این تعهد چشم‌پوشی می‌شود؛ مشارکت‌کننده باید توضیحی بگیرد.".to_owned(),
        ("required", _, _) => "این فیلد لازم است.".to_owned(),
        ("too_long", _, _) => match error.args.get("len") {
            Some(len) => format!("حداکثر {} نویسه (این متن {len} نویسه دارد).", a("max")),
            None => format!("حداکثر {} نویسه.", a("max")),
        },
        ("too_large", _, _) => match error.args.get("size_mb") {
            Some(size) => format!(
                "حجم {} {size} مگابایت است؛ هر پیوست حداکثر {} مگابایت می‌تواند باشد. پروندهٔ کوچک‌تری پیوست کنید یا پیوندی به آن بگذارید.",
                q(&a("name")),
                a("max_mb")
            ),
            // A shell's own check, without the specifics.
            None => "این پرونده بزرگ‌تر از حدی است که Opencall می‌پذیرد.".to_owned(),
        },
        ("no_invitees", _, _) => "وقتی مخاطبان «دعوت‌شده» هستند، دست‌کم یک مشارکت‌کننده یا گروه را دعوت کنید.".to_owned(),
        ("out_of_range", _, _) => match (error.args.get("min"), error.args.get("max")) {
            (Some(min), Some(max)) => {
                let what = match shape.as_str() {
                    "criteria.#.weight" => "وزن",
                    "scores.#.score" => "امتیاز",
                    _ => "این مقدار",
                };
                format!("{what} باید عددی صحیح از {min} تا {max} باشد.")
            }
            _ => "این عدد بیرون از بازهٔ مجاز است.".to_owned(),
        },
        ("unknown", "scores.#.criterion", _) => "این معیار جزو معیارهای چالش نیست.".to_owned(),
        ("unknown", "required_agreements.#", _) => "این توافق‌نامه در فضای کار نیست.".to_owned(),
        ("unknown", "audience.contributors.#" | "authors.#" | "assigned.#", _) => {
            "این مشارکت‌کننده در فضای کار نیست.".to_owned()
        }
        ("unknown", "attachments.#", _) => format!(
            "پروندهٔ {} در این فضای کار ذخیره نشده است؛ دوباره آن را پیوست کنید.",
            q(&a("name"))
        ),
        ("unknown", "parent", _) => "فقط به دیدگاهی دربارهٔ همین ایده می‌توان پاسخ داد.".to_owned(),
        ("unknown", _, _) => "این مورد در فضای کار پیدا نشد.".to_owned(),
        ("duplicate", _, _) => "به این معیار دو بار امتیاز داده شده است.".to_owned(),
        ("invalid_email", _, _) => "این نشانی رایانامهٔ درستی به نظر نمی‌رسد (name@example.org).".to_owned(),
        ("invalid_url", _, _) => "نشانی وبگاه باید با https:// یا http:// شروع شود.".to_owned(),
        ("user_removed", _, _) => "نمی‌توانید خودتان را حذف کنید: این نسخه از Opencall تغییرهای شما را به نام خودتان ثبت می‌کند.".to_owned(),
        ("in_past", _, _) => "مهلت گذشته است؛ پیش از باز کردن چالش، مهلت دیرتری بگذارید.".to_owned(),
        ("invalid_choice", _, "backup") => "پشتیبان با `backup create` (یا «پشتیبان‌ها» در برنامه) ساخته می‌شود، نه با فرستادن بسته.".to_owned(),
        ("invalid_choice", _, _) => match error.args.get("got") {
            Some(got) => format!("{} جزو گزینه‌ها نیست (گزینه‌ها: {}).", q(got), a("choices")),
            None => "این گزینه اینجا ممکن نیست.".to_owned(),
        },
        ("invalid", "trusted_comment", _) => "توضیح مورد اعتماد (trusted comment) باید یک سطر باشد.".to_owned(),
        ("invalid", _, _) => "این مقدار اینجا معتبر نیست.".to_owned(),
        ("invalid_key", _, _) => {
            let why = match a("why").as_str() {
                "empty" => "خالی است",
                "not_base64" => "base64 نیست",
                "not_ed25519" => "کلید Ed25519 از نوع minisign نیست",
                "invalid" => "کلید نامعتبر است",
                _ => return Some("این کلید عمومی minisign قابل استفاده نیست.".to_owned()),
            };
            format!("این کلید عمومی minisign قابل استفاده نیست: {why}.")
        }
        ("bad_signature", _, _) => {
            let why = match a("why").as_str() {
                "cut_short" => "ناقص است".to_owned(),
                "no_trusted_comment" => "توضیح مورد اعتماد (trusted comment) ندارد".to_owned(),
                "not_base64" => "base64 نیست".to_owned(),
                "wrong_length" => "طول امضا نادرست است".to_owned(),
                "other_key" => format!(
                    "با کلید {} ساخته شده است، نه {}",
                    a("made_with"),
                    a("expected")
                ),
                "malformed" => "ساختار امضا نادرست است".to_owned(),
                "unknown_algorithm" => "الگوریتم آن ناشناخته است".to_owned(),
                "data_changed" => "داده با آن مطابقت ندارد (پس از امضا تغییر کرده است)".to_owned(),
                "global_malformed" => "ساختار امضای کلی نادرست است".to_owned(),
                "comment_changed" => "توضیح مورد اعتماد آن تغییر کرده است".to_owned(),
                _ => return Some("امضا تأیید نمی‌شود.".to_owned()),
            };
            format!("امضا تأیید نمی‌شود: {why}.")
        }
        // A required agreement (its title) or an author (their name).
        ("archived", _, _) => match (error.args.get("title"), error.args.get("name")) {
            (Some(title), _) => format!(
                "توافق‌نامهٔ لازم {} بایگانی شده است؛ آن را بازگردانی کنید یا از توافق‌نامه‌های لازم بردارید.",
                q(title)
            ),
            (None, Some(name)) => {
                format!("{name} بایگانی شده است؛ نخست او را بازگردانی کنید.")
            }
            (None, None) => "این مورد بایگانی شده است؛ نخست آن را بازگردانی کنید.".to_owned(),
        },
        ("unpublished", "required_agreements.#", _) => format!(
            "توافق‌نامهٔ لازم {} هیچ نسخهٔ منتشرشده‌ای ندارد که مشارکت‌کننده‌ها بپذیرند؛ نخست آن را منتشر کنید.",
            q(&a("title"))
        ),
        ("unpublished", "version", _) => match error.args.get("version") {
            Some(v) => format!("{} نسخهٔ منتشرشده‌ای با شمارهٔ {v} ندارد.", q(&a("title"))),
            None => format!(
                "{} هنوز نسخهٔ منتشرشده‌ای ندارد؛ نخست آن را منتشر کنید.",
                q(&a("title"))
            ),
        },
        ("unpublished", _, _) => format!(
            "توافق‌نامهٔ لازم {} هنوز منتشر نشده است.",
            q(&a("title"))
        ),
        ("unchanged", _, _) => format!(
            "این متن پیش‌تر به‌عنوان نسخهٔ {} منتشر شده است. برای انتشار نسخهٔ تازه، آن را ویرایش کنید.",
            a("version")
        ),
        ("not_a_recipient", _, _) => "مشارکت‌کننده‌ای را انتخاب کنید که پرسش از طرف او مطرح می‌شود.".to_owned(),
        ("not_yours", _, _) => match error.args.get("who") {
            Some(who) => format!("نگه‌دارندهٔ این مورد {} است.", q(who)),
            None => "نگه‌دارندهٔ این مورد سازمان دیگری است.".to_owned(),
        },
        ("not_open", _, _) => format!(
            "{} در وضعیت {} است، نه «باز»: اکنون مشارکتی نمی‌پذیرد.",
            q(&a("title")),
            q(&state("challenge", &a("status")))
        ),
        ("not_invited", _, "internal_only") => format!(
            "{} فقط درون‌سازمانی است و {} کارمند نیست. او را دعوت کنید (مخاطبان: دعوت‌شده) یا مخاطبان چالش را «باز» کنید.",
            q(&a("title")),
            a("name")
        ),
        ("not_invited", _, _) => format!(
            "{} جزو مشارکت‌کننده‌ها یا گروه‌های دعوت‌شدهٔ {} نیست. نخست او را در خود چالش دعوت کنید.",
            a("name"),
            q(&a("title"))
        ),
        ("outdated_acceptance", _, _) => format!(
            "{name} نسخهٔ {} از {title} را پذیرفته است، اما اکنون نسخهٔ {version} منتشر شده است: نخست پذیرش نسخهٔ {version} از {title} را برای {name} ثبت کنید.",
            a("old"),
            name = a("name"),
            title = q(&a("title")),
            version = a("version")
        ),
        ("missing_acceptance", _, _) => format!(
            "نخست پذیرش نسخهٔ {} از {} را برای {} ثبت کنید: چالش آن را لازم دارد.",
            a("version"),
            q(&a("title")),
            a("name")
        ),
        ("same", _, _) => "یک ایده را نمی‌توان در خودش ادغام کرد.".to_owned(),
        ("conflict_of_interest", _, "own_idea") => format!(
            "{} از نویسندگان {} است و نمی‌تواند ایدهٔ خودش را داوری کند.",
            a("name"),
            q(&a("title"))
        ),
        ("conflict_of_interest", _, "affiliation") => format!(
            "{} و نویسندهٔ ایده، {}، وابستگی سازمانی مشترک دارند ({})؛ این تعارض منافع است.",
            a("name"),
            a("author"),
            a("affiliation")
        ),
        ("conflict_of_interest", _, "declared") => format!(
            "میان {} و نویسندهٔ ایده، {}، تعارض منافع اعلام شده است.",
            a("name"),
            a("author")
        ),
        ("conflict_of_interest", _, _) => "تعارض منافع.".to_owned(),
        ("too_deep", _, _) => "پاسخ‌ها فقط یک سطح دارند: به دیدگاهی پاسخ دهید که گفت‌وگو را آغاز کرد.".to_owned(),
        ("unsafe_link", _, _) => "فقط پیوندهای وب (https://، http://) و رایانامه (mailto:) باز می‌شوند. از این یکی رونوشت بردارید.".to_owned(),
        ("other_challenge", _, _) => "زیرمسئلهٔ بالادستی متعلق به چالش دیگری است.".to_owned(),
        // Codes the shells use for files and links (the app's own checks).
        ("unreadable", _, _) => "این پرونده خوانده نشد. مطمئن شوید پرونده وجود دارد و اجازهٔ باز کردنش را دارید.".to_owned(),
        ("unwritable", _, _) => "پرونده ذخیره نشد؛ پوشهٔ دیگری انتخاب کنید.".to_owned(),
        ("no_opener", _, _) => "هیچ برنامه‌ای نتوانست این پیوند را باز کند. از آن رونوشت بردارید.".to_owned(),
        ("not_a_number", _, _) => "یک عدد صحیح وارد کنید.".to_owned(),
        ("invalid_type", _, "list") => "اینجا فهرستی از مقادیر لازم است.".to_owned(),
        ("invalid_type", _, "boolean") => "اینجا «بله» یا «خیر» لازم است.".to_owned(),
        ("invalid_type", _, "text") => "اینجا متن لازم است.".to_owned(),
        ("invalid_type", _, _) => "نوع این مقدار نادرست است.".to_owned(),
        ("invalid_id", _, _) => "این شناسهٔ معتبری نیست.".to_owned(),
        ("invalid_date", _, _) => "تاریخ را به شکل YYYY-MM-DD وارد کنید.".to_owned(),
        _ => return None,
    })
}

// ---- the words of values -------------------------------------------------

/// A record kind as a Persian noun.
pub(crate) fn record_kind(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Workspace => "فضای کار",
        RecordKind::Contributor => "مشارکت‌کننده",
        RecordKind::Challenge => "چالش",
        RecordKind::Agreement => "توافق‌نامه",
        RecordKind::Acceptance => "پذیرش توافق‌نامه",
        RecordKind::Idea => "ایده",
        RecordKind::Review => "داوری",
        RecordKind::Comment => "دیدگاه",
        RecordKind::SubProblem => "زیرمسئله",
        RecordKind::Question => "پرسش",
        RecordKind::Dispute => "اختلاف",
        RecordKind::Obligation => "تعهد",
        RecordKind::Bundle => "بسته",
        RecordKind::Key => "کلید امضا",
        RecordKind::Receipt => "رسید",
    }
}

/// [`record_kind`] of a kind's name (the name itself when unknown).
fn record_kind_of(name: &str) -> String {
    RecordKind::parse(name).map_or_else(|| name.to_owned(), |k| record_kind(k).to_owned())
}

/// A status or stage value of a record of kind `kind`, in Persian (the
/// value itself when unknown).
fn state(kind: &str, value: &str) -> String {
    let label = match RecordKind::parse(kind) {
        Some(RecordKind::Challenge) => ChallengeStatus::parse(value).map(challenge_status),
        Some(RecordKind::Idea) => IdeaStage::parse(value).map(idea_stage),
        Some(RecordKind::SubProblem) => SubProblemStatus::parse(value).map(sub_problem_status),
        Some(RecordKind::Obligation) => ObligationStatus::parse(value).map(obligation_status),
        _ => None,
    };
    label.map_or_else(|| value.to_owned(), str::to_owned)
}

pub(crate) fn challenge_status(s: ChallengeStatus) -> &'static str {
    match s {
        ChallengeStatus::Draft => "پیش‌نویس",
        ChallengeStatus::Open => "باز",
        ChallengeStatus::Evaluating => "در حال ارزیابی",
        ChallengeStatus::Implementing => "در حال اجرا",
        ChallengeStatus::Closed => "بسته",
    }
}

pub(crate) fn challenge_type(t: ChallengeType) -> &'static str {
    match t {
        ChallengeType::Ideation => "ایده‌پردازی",
        ChallengeType::Theoretical => "نظری",
        ChallengeType::Prototype => "نمونهٔ اولیه",
        ChallengeType::PartnerScouting => "یافتن شریک",
    }
}

pub(crate) fn audience_kind(k: AudienceKind) -> &'static str {
    match k {
        AudienceKind::InternalOnly => "فقط داخلی",
        AudienceKind::Invited => "دعوت‌شده",
        AudienceKind::Open => "باز",
    }
}

pub(crate) fn ip_regime(r: IpRegime) -> &'static str {
    match r {
        IpRegime::None => "هیچ: مالکیت معنوی از آنِ مشارکت‌کننده‌ها می‌ماند",
        IpRegime::NonExclusiveLicence => "مجوز غیرانحصاری به ما",
        IpRegime::ExclusiveAssignment => "واگذاری انحصاری به ما",
    }
}

pub(crate) fn incentive_kind(k: IncentiveKind) -> &'static str {
    match k {
        IncentiveKind::Money => "پول",
        IncentiveKind::Contacts => "ارتباطات",
        IncentiveKind::Collaboration => "همکاری",
        IncentiveKind::Recognition => "قدردانی",
        IncentiveKind::IdeaExchange => "تبادل ایده",
        IncentiveKind::Other => "دیگر",
    }
}

pub(crate) fn decision_kind(k: DecisionKind) -> &'static str {
    match k {
        DecisionKind::Decision => "تصمیم",
        DecisionKind::Dispute => "اختلاف",
    }
}

pub(crate) fn idea_stage(s: IdeaStage) -> &'static str {
    match s {
        IdeaStage::Submitted => "ارسال‌شده",
        IdeaStage::Screening => "غربالگری",
        IdeaStage::Evaluation => "ارزیابی",
        IdeaStage::Selected => "برگزیده",
        IdeaStage::Implementing => "در حال اجرا",
        IdeaStage::Done => "انجام‌شده",
        IdeaStage::Rejected => "ردشده",
    }
}

pub(crate) fn sub_problem_status(s: SubProblemStatus) -> &'static str {
    match s {
        SubProblemStatus::Open => "باز",
        SubProblemStatus::Claimed => "برعهده‌گرفته",
        SubProblemStatus::InProgress => "در جریان",
        SubProblemStatus::Done => "انجام‌شده",
        SubProblemStatus::Dropped => "کنارگذاشته",
    }
}

pub(crate) fn obligation_status(s: ObligationStatus) -> &'static str {
    match s {
        ObligationStatus::Outstanding => "مانده",
        ObligationStatus::Delivered => "تحویل‌شده",
        ObligationStatus::Waived => "چشم‌پوشی‌شده",
    }
}

pub(crate) fn contributor_kind(k: ContributorKind) -> &'static str {
    match k {
        ContributorKind::Supplier => "تأمین‌کننده",
        ContributorKind::IndependentInventor => "مخترع مستقل",
        ContributorKind::UniversityLab => "آزمایشگاه دانشگاهی",
        ContributorKind::Customer => "مشتری",
        ContributorKind::Expert => "متخصص",
        ContributorKind::PartnerFirm => "شرکت همکار",
        ContributorKind::Employee => "کارمند",
    }
}

pub(crate) fn entity_kind(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "شخص حقیقی",
        EntityKind::Organization => "سازمان",
    }
}

pub(crate) fn agreement_kind(k: AgreementKind) -> &'static str {
    match k {
        AgreementKind::Nda => "توافق‌نامهٔ عدم افشا (NDA)",
        AgreementKind::NonConfidentialSubmission => "شرایط ارسال غیرمحرمانه",
        AgreementKind::IpAssignment => "واگذاری مالکیت معنوی",
        AgreementKind::Licence => "مجوز بهره‌برداری",
        AgreementKind::JointDevelopment => "توسعهٔ مشترک",
        AgreementKind::ParticipationRules => "قواعد مشارکت",
    }
}

pub(crate) fn bundle_kind(k: BundleKind) -> &'static str {
    match k {
        BundleKind::Challenge => "چالش",
        BundleKind::Response => "پاسخ",
        BundleKind::Update => "به‌روزرسانی",
        BundleKind::Backup => "پشتیبان",
    }
}

// ---- the challenge report ------------------------------------------------

/// The challenge report's words.
pub(super) const REPORT: super::ReportWords = super::ReportWords {
    status: "وضعیت",
    deadline: "مهلت",
    lead: "مسئول",
    not_set: "تعیین نشده",
    brief: "شرح چالش",
    funnel: "قیف ایده‌ها",
    stage: "مرحله",
    ideas: "ایده‌ها",
    subproblems: "زیرمسئله‌ها: {done} از {total} انجام شده است ({percent}%).",
    ranking: "رتبه‌بندی",
    rank: "رتبه",
    idea: "ایده",
    weighted_score: "امتیاز وزنی",
    reviews: "داوری‌ها",
    questions: "پرسش‌ها و پاسخ‌ها",
    question: "پرسش",
    answer: "پاسخ",
    lessons: "درس‌های آموخته",
    decisions: "تصمیم‌ها و اختلاف‌ها",
    resolved: "نتیجه",
    dispute: "اختلاف",
    dispute_open: "اختلاف (باز)",
    obligations: "تعهدها",
    to: "برای",
    what: "شرح",
    due: "سررسید",
    overdue: "سررسید گذشته",
    delivered: "تحویل‌شده در",
    generated: "تهیه‌شده با Opencall در {when}.",
};

#[cfg(test)]
#[path = "fa_tests.rs"]
mod tests;

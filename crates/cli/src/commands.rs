//! What each command does: open the store, call the core, print the result.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::Value;

use opencall_core::activity::{LogEntry, Verb, Verification};
use opencall_core::agreement::{AcceptanceFilter, AgreementFilter, AgreementInput, AgreementKind};
use opencall_core::challenge::{
    AudienceKind, ChallengeFilter, ChallengeInput, ChallengeStatus, ChallengeType, Criterion,
    Incentive, IncentiveKind, IpRegime,
};
use opencall_core::contributor::{
    Contact, ContributorFilter, ContributorInput, ContributorKind, EntityKind,
};
use opencall_core::demo::Scale;
use opencall_core::ids::{AgreementId, RowId};
use opencall_core::record::RecordKind;
use opencall_core::workspace::WorkspaceInput;
use opencall_core::Lang;
use opencall_core::{paths, Page, PageRequest, Store};

use crate::args::{
    AgreementCmd, ChallengeCmd, Cli, Command, ContributorCmd, CreateChallenge, LogCmd,
    PublishAgreement,
};
use crate::i18n::{Text, Tr};
use crate::output::{pad, pad_left, truncate, Failure, Fields, Out};

pub(crate) type Res<T = ExitCode> = Result<T, Failure>;

/// Runs one parsed command line, writing stdout into `out`.
pub fn run(cli: Cli, out: &mut Out) -> Res {
    let lang = crate::output::lang(&cli.global)?;
    let dir = match cli.global.data_dir {
        Some(d) if d.as_os_str().is_empty() => {
            return Err(Failure::usage(|t| t.empty_data_dir().into()))
        }
        Some(d) => d,
        None => paths::default_data_dir(),
    };
    let ctx = Ctx {
        dir,
        json: cli.global.json,
        lang,
        now: Utc::now(),
    };
    match cli.command {
        Command::Init { org, user, role } => init(&ctx, out, org, user, role),
        Command::Demo { scale, partner } => demo(&ctx, out, &scale, partner),
        Command::Challenge(cmd) => {
            let store = ctx.open()?;
            match cmd {
                ChallengeCmd::List {
                    status,
                    challenge_type,
                    search,
                    archived,
                    page,
                } => {
                    let filter = ChallengeFilter {
                        status: status
                            .map(|s| parse_enum::<ChallengeStatus>(Tr::what_status, &s))
                            .transpose()?,
                        challenge_type: challenge_type
                            .map(|t| parse_enum::<ChallengeType>(Tr::what_type, &t))
                            .transpose()?,
                        text: search,
                        include_archived: archived,
                    };
                    challenge_list(&ctx, out, &store, &filter, page.request())
                }
                ChallengeCmd::Show { id } => challenge_show(&ctx, out, &store, &id),
                ChallengeCmd::Create(args) => challenge_create(&ctx, out, &store, args),
                ChallengeCmd::Status { id, status } => {
                    challenge_status(&ctx, out, &store, &id, &status)
                }
                ChallengeCmd::Dashboard { id } => crate::work::dashboard(&ctx, out, &store, &id),
                ChallengeCmd::Archive { id } => {
                    let c = store.find_challenge(&id)?;
                    let c = store.archive_challenge(c.id, ctx.now)?;
                    archived_line(
                        &ctx,
                        out,
                        RecordKind::Challenge,
                        &c.id,
                        &c.body.title,
                        &c.meta,
                    )
                }
                ChallengeCmd::Restore { id } => {
                    let c = store.find_challenge(&id)?;
                    let c = store.restore_challenge(c.id, ctx.now)?;
                    archived_line(
                        &ctx,
                        out,
                        RecordKind::Challenge,
                        &c.id,
                        &c.body.title,
                        &c.meta,
                    )
                }
            }
        }
        Command::Contributor(cmd) => {
            let store = ctx.open()?;
            match cmd {
                ContributorCmd::List {
                    kind,
                    expertise,
                    group,
                    search,
                    archived,
                    page,
                } => {
                    let filter = ContributorFilter {
                        kind: kind
                            .map(|k| parse_enum::<ContributorKind>(Tr::what_contributor_kind, &k))
                            .transpose()?,
                        expertise,
                        group,
                        text: search,
                        include_archived: archived,
                    };
                    contributor_list(&ctx, out, &store, &filter, page.request())
                }
                ContributorCmd::Show { id } => contributor_show(&ctx, out, &store, &id),
                ContributorCmd::Archive { id } => {
                    let c = store.find_contributor(&id)?;
                    let c = store.archive_contributor(c.id, ctx.now)?;
                    archived_line(
                        &ctx,
                        out,
                        RecordKind::Contributor,
                        &c.id,
                        &c.body.name,
                        &c.meta,
                    )
                }
                ContributorCmd::Restore { id } => {
                    let c = store.find_contributor(&id)?;
                    let c = store.restore_contributor(c.id, ctx.now)?;
                    archived_line(
                        &ctx,
                        out,
                        RecordKind::Contributor,
                        &c.id,
                        &c.body.name,
                        &c.meta,
                    )
                }
                ContributorCmd::Add {
                    name,
                    kind,
                    org,
                    affiliation,
                    expertise,
                    groups,
                    email,
                } => {
                    let mut input = ContributorInput::new(
                        name,
                        parse_enum::<ContributorKind>(Tr::what_contributor_kind, &kind)?,
                    );
                    if org {
                        input.entity = EntityKind::Organization;
                    }
                    input.affiliation = affiliation.unwrap_or_default();
                    input.expertise = expertise;
                    input.groups = groups;
                    input.contact = Contact {
                        email: email.unwrap_or_default(),
                        ..Contact::default()
                    };
                    contributor_add(&ctx, out, &store, input)
                }
            }
        }
        Command::Agreement(cmd) => {
            let store = ctx.open()?;
            match cmd {
                AgreementCmd::List {
                    archived,
                    search,
                    page,
                } => {
                    let filter = AgreementFilter {
                        text: search,
                        include_archived: archived,
                    };
                    agreement_list(&ctx, out, &store, &filter, page.request())
                }
                AgreementCmd::Show { id } => agreement_show(&ctx, out, &store, &id),
                AgreementCmd::Accept {
                    id,
                    contributor,
                    version,
                } => agreement_accept(&ctx, out, &store, &id, &contributor, version),
                AgreementCmd::Publish(args) => agreement_publish(&ctx, out, &store, args),
                AgreementCmd::Archive { id } => {
                    let a = store.find_agreement(&id)?;
                    let a = store.archive_agreement(a.id, ctx.now)?;
                    archived_line(
                        &ctx,
                        out,
                        RecordKind::Agreement,
                        &a.id,
                        &a.body.title,
                        &a.meta,
                    )
                }
                AgreementCmd::Restore { id } => {
                    let a = store.find_agreement(&id)?;
                    let a = store.restore_agreement(a.id, ctx.now)?;
                    archived_line(
                        &ctx,
                        out,
                        RecordKind::Agreement,
                        &a.id,
                        &a.body.title,
                        &a.meta,
                    )
                }
            }
        }
        Command::Subproblem(cmd) => crate::work::subproblem(&ctx, out, &ctx.open()?, cmd),
        Command::Question(cmd) => crate::work::question(&ctx, out, &ctx.open()?, cmd),
        Command::Dispute(cmd) => crate::work::dispute(&ctx, out, &ctx.open()?, cmd),
        Command::Obligation(cmd) => crate::work::obligation(&ctx, out, &ctx.open()?, cmd),
        Command::Leaderboard { since, kind } => {
            crate::work::leaderboard(&ctx, out, &ctx.open()?, since, kind)
        }
        Command::Bundle(cmd) => bundle(&ctx, out, cmd),
        Command::Trust(cmd) => trust(&ctx, out, cmd),
        Command::Backup(cmd) => backup(&ctx, out, cmd),
        Command::Identity(crate::args::IdentityCmd::Show { public }) => {
            let store = ctx.open()?;
            identity_show(&ctx, out, &store, public)
        }
        Command::Export(cmd) => crate::work::export(&ctx, out, &ctx.open()?, cmd),
        Command::Idea(cmd) => {
            let store = ctx.open()?;
            crate::ideas::run(&ctx, out, &store, cmd)
        }
        Command::Review(cmd) => {
            let store = ctx.open()?;
            crate::ideas::review(&ctx, out, &store, cmd)
        }
        Command::Log(cmd) => {
            let store = ctx.open()?;
            match cmd {
                LogCmd::Verify => log_verify(&ctx, out, &store),
                LogCmd::List { page } => log_list(&ctx, out, &store, page.request()),
            }
        }
    }
}

pub(crate) struct Ctx {
    dir: PathBuf,
    pub(crate) json: bool,
    /// The language of human output (never of `--json`).
    pub(crate) lang: Lang,
    pub(crate) now: DateTime<Utc>,
}

impl Ctx {
    /// The words of the run's language.
    pub(crate) fn t(&self) -> Tr {
        Tr(self.lang)
    }

    /// Opens an existing, set-up workspace without creating anything.
    fn open(&self) -> Res<Store> {
        Ok(Store::open_existing(&self.dir)?)
    }
}

// ---------------------------------------------------------------- parsing

/// Parses an enum value typed on the command line (`-` may stand for `_`);
/// on failure lists the valid values in their one spelling. `what` names
/// what the value is, in a language (`Tr::what_status`).
pub(crate) fn parse_enum<T: NamedEnum>(what: fn(Tr) -> &'static str, value: &str) -> Res<T> {
    T::parse_name(value)
        .ok_or_else(|| Failure::usage(|t| t.not_a_valid(value, what(t), T::all_names().join(", "))))
}

/// The parts of a `named_enum!` the CLI needs, for generic parsing.
pub(crate) trait NamedEnum: Sized {
    fn parse_name(s: &str) -> Option<Self>;
    fn all_names() -> Vec<&'static str>;
}

macro_rules! named {
    ($($t:ty),*) => {$(
        impl NamedEnum for $t {
            fn parse_name(s: &str) -> Option<Self> {
                <$t>::parse(s)
            }
            fn all_names() -> Vec<&'static str> {
                <$t>::names()
            }
        }
    )*};
}
named!(
    ChallengeStatus,
    ChallengeType,
    ContributorKind,
    IncentiveKind,
    AgreementKind,
    AudienceKind,
    opencall_core::idea::IdeaStage,
    opencall_core::work::SubProblemStatus,
    opencall_core::export::CsvKind
);

fn parse_incentive(spec: &str) -> Res<Incentive> {
    let Some((kind, text)) = spec.split_once(':') else {
        return Err(Failure::usage(|t| t.bad_incentive(spec)));
    };
    let kind = parse_enum::<IncentiveKind>(Tr::what_incentive_kind, kind)?;
    Ok(Incentive {
        id: RowId::default(),
        kind,
        description: text.trim().to_owned(),
    })
}

fn parse_criterion(spec: &str) -> Res<Criterion> {
    let bad = || Failure::usage(|t| t.bad_criterion(spec));
    let (name, weight) = spec.rsplit_once(':').ok_or_else(bad)?;
    let weight: i64 = weight.trim().parse().map_err(|_| bad())?;
    Ok(Criterion {
        id: RowId::default(),
        name: name.trim().to_owned(),
        weight,
        description: String::new(),
    })
}

pub(crate) fn parse_date(value: &str) -> Res<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| Failure::usage(|t| t.bad_date(value)))
}

// ---------------------------------------------------------------- labels

fn ip_regime(t: Tr, r: IpRegime) -> &'static str {
    match r {
        IpRegime::None => t.ip_none(),
        IpRegime::NonExclusiveLicence => t.ip_non_exclusive_licence(),
        IpRegime::ExclusiveAssignment => t.ip_exclusive_assignment(),
    }
}

fn date_or_dash(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "-".to_owned(), |d| d.to_string())
}

pub(crate) fn short_time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M").to_string()
}

pub(crate) fn short_hash(h: &str) -> &str {
    h.get(..12).unwrap_or(h)
}

// ---------------------------------------------------------------- workspace

fn init(ctx: &Ctx, out: &mut Out, org: String, user: String, role: String) -> Res {
    let store = Store::open(&ctx.dir)?;
    let ws = store.init_workspace(
        WorkspaceInput {
            organization_name: org,
            user_name: user,
            user_role: role,
        },
        ctx.now,
    )?;
    if ctx.json {
        out.json(&ws)?;
    } else {
        let t = ctx.t();
        out.line(t.initialized(&ws.organization.name, ctx.dir.display()));
        let f = Fields::new("  ", 13, &[t.f_user(), t.f_signing_key()]);
        if let Some(p) = ws.user() {
            if p.role.is_empty() {
                f.line(out, t.f_user(), &p.name);
            } else {
                f.line(out, t.f_user(), format!("{} ({})", p.name, p.role));
            }
        }
        f.line(out, t.f_signing_key(), ws.organization.key_fingerprint());
    }
    Ok(ExitCode::SUCCESS)
}

fn demo(ctx: &Ctx, out: &mut Out, scale: &str, partner: bool) -> Res {
    let scale = match scale.trim().to_lowercase().as_str() {
        "small" => Scale::Small,
        "large" => Scale::LARGE,
        other => {
            return Err(Failure::usage(|t| {
                t.not_a_valid(other, t.what_scale(), "small, large")
            }))
        }
    };
    let store = Store::open(&ctx.dir)?;
    let report = if partner {
        opencall_core::demo::seed_partner(&store, ctx.now)?
    } else {
        opencall_core::demo::seed_scaled(&store, ctx.now, scale)?
    };
    if ctx.json {
        #[derive(Serialize)]
        struct DemoJson {
            data_dir: String,
            initialized: bool,
            seeded: bool,
            challenges: usize,
            contributors: usize,
            agreements: usize,
        }
        out.json(&DemoJson {
            data_dir: ctx.dir.display().to_string(),
            initialized: report.initialized,
            seeded: report.seeded,
            challenges: report.challenges,
            contributors: report.contributors,
            agreements: report.agreements,
        })?;
        return Ok(ExitCode::SUCCESS);
    }
    let t = ctx.t();
    if report.initialized {
        let org = store
            .workspace()?
            .map(|w| w.organization.name)
            .unwrap_or_default();
        out.line(t.demo_set_up(org, ctx.dir.display()));
    }
    let counts = t.demo_counts(report.challenges, report.contributors, report.agreements);
    if report.seeded {
        out.line(t.demo_seeded(counts));
    } else {
        out.line(t.demo_already(counts));
    }
    Ok(ExitCode::SUCCESS)
}

/// "Showing 1–50 of 230 challenges." under a paged table.
pub(crate) fn paging_note<T>(t: Tr, out: &mut Out, page: &Page<T>, noun: &str) {
    if page.limit.is_none() && page.offset == 0 {
        return;
    }
    out.blank();
    if page.is_empty() {
        out.line(t.page_empty(noun, page.offset, page.total));
    } else {
        out.line(t.page_range(page.offset + 1, page.offset + page.len(), page.total, noun));
    }
}

/// What archiving or restoring did; `meta` is the record's after it, so it
/// tells which of the two happened.
fn archived_line(
    ctx: &Ctx,
    out: &mut Out,
    kind: RecordKind,
    id: &dyn std::fmt::Display,
    label: &str,
    meta: &opencall_core::record::RecordMeta,
) -> Res {
    if ctx.json {
        #[derive(Serialize)]
        struct ArchiveJson<'a> {
            kind: &'a str,
            id: String,
            archived: bool,
            revision: u64,
        }
        out.json(&ArchiveJson {
            kind: kind.as_str(),
            id: id.to_string(),
            archived: meta.archived,
            revision: meta.revision,
        })?;
    } else {
        let t = ctx.t();
        let kind = t.label(kind);
        out.line(if meta.archived {
            t.archived_record(kind, id, label)
        } else {
            t.restored_record(kind, id, label)
        });
    }
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------- challenges

fn challenge_list(
    ctx: &Ctx,
    out: &mut Out,
    store: &Store,
    filter: &ChallengeFilter,
    page: PageRequest,
) -> Res {
    let list = store.challenges(filter, page)?;
    if ctx.json {
        out.json(&list.items)?;
        return Ok(ExitCode::SUCCESS);
    }
    let t = ctx.t();
    if list.total == 0 {
        out.line(t.no_challenges());
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|c| {
            vec![
                format!("{}{}", t.label(c.status), t.archived_if(c.archived)),
                t.label(c.challenge_type).to_owned(),
                date_or_dash(c.deadline),
                truncate(&c.title, 60),
                c.id.to_string(),
            ]
        })
        .collect();
    out.table(
        &[
            t.h_status(),
            t.h_challenge_type(),
            t.h_deadline(),
            t.h_title(),
            t.h_id(),
        ],
        &rows,
    );
    paging_note(t, out, &list, t.noun_challenges());
    Ok(ExitCode::SUCCESS)
}

fn challenge_show(ctx: &Ctx, out: &mut Out, store: &Store, id: &str) -> Res {
    let c = store.find_challenge(id)?;
    if ctx.json {
        out.json(&c)?;
        return Ok(ExitCode::SUCCESS);
    }
    let t = ctx.t();
    let b = &c.body;
    out.line(t.quoted(&b.title));
    let f = Fields::new(
        "  ",
        16,
        &[
            t.f_id(),
            t.f_status(),
            t.f_challenge_type(),
            t.f_deadline(),
            t.f_lead(),
            t.f_revision(),
        ],
    );
    f.line(out, t.f_id(), c.id.to_string());
    f.line(
        out,
        t.f_status(),
        format!("{}{}", t.label(c.status), t.archived_if(c.meta.archived)),
    );
    f.line(out, t.f_challenge_type(), t.label(b.challenge_type));
    f.line(out, t.f_deadline(), date_or_dash(b.deadline));
    f.line(out, t.f_lead(), &b.lead);
    f.line(
        out,
        t.f_revision(),
        t.revision_line(
            c.meta.revision,
            short_time(c.meta.created_at),
            short_time(c.meta.updated_at),
        ),
    );

    out.section(t.s_brief(), &b.brief);
    out.section(t.s_problem(), &b.problem);
    out.list(t.s_goals(), &b.goals);
    out.list(t.s_success_criteria(), &b.success_criteria);
    out.list(t.s_assets_shared(), &b.assets_shared);
    out.list(t.s_lessons(), &b.lessons);
    out.list(t.s_constraints(), &b.constraints);

    out.blank();
    out.line(format!("{}:", t.s_audience()));
    out.line(format!(
        "  {} — {}",
        t.label(b.audience.kind),
        match b.audience.kind {
            AudienceKind::InternalOnly => t.audience_note_internal(),
            AudienceKind::Invited => t.audience_note_invited(),
            AudienceKind::Open => t.audience_note_open(),
        }
    ));
    if !b.audience.contributors.is_empty() {
        let names: Vec<String> = b
            .audience
            .contributors
            .iter()
            .map(|id| {
                store
                    .contributor(*id)
                    .map_or_else(|_| id.to_string(), |p| p.body.name)
            })
            .collect();
        out.line(format!(
            "  {}: {}",
            t.audience_contributors(),
            names.join(t.sep())
        ));
    }
    if !b.audience.groups.is_empty() {
        out.line(format!(
            "  {}: {}",
            t.audience_groups(),
            b.audience.groups.join(t.sep())
        ));
    }

    out.blank();
    out.line(format!("{}:", t.s_rules()));
    for (label, text) in [
        (t.rule_conduct(), &b.rules.conduct),
        (t.rule_confidentiality(), &b.rules.confidentiality),
        (t.rule_idea_handling(), &b.rules.idea_handling),
        (t.rule_dispute_resolution(), &b.rules.dispute_resolution),
    ] {
        if !text.trim().is_empty() {
            out.line(format!("  {label}: {}", text.trim()));
        }
    }
    out.line(format!(
        "  {}: {}",
        t.rule_ip_regime(),
        ip_regime(t, b.rules.ip_regime)
    ));

    let agreements: Vec<String> = b
        .required_agreements
        .iter()
        .map(|id| match store.agreement(*id) {
            Ok(a) => match a.latest() {
                Some(v) => format!(
                    "{} (v{}, {})",
                    a.body.title,
                    v.number,
                    short_hash(&v.sha256)
                ),
                None => t.not_published_yet(&a.body.title),
            },
            Err(_) => t.missing(id),
        })
        .collect();
    out.list(t.s_required_agreements(), &agreements);

    let incentives: Vec<String> = b
        .incentives
        .iter()
        .map(|i| format!("{}: {}", t.label(i.kind), i.description))
        .collect();
    out.list(t.s_incentives(), &incentives);

    let total = c.total_weight().max(1);
    let criteria: Vec<String> = b
        .criteria
        .iter()
        .map(|k| {
            let pct = (k.weight as f64 * 100.0 / total as f64).round();
            let mut line = t.criterion_line(&k.name, k.weight, pct);
            if !k.description.is_empty() {
                line.push_str(&format!(": {}", k.description));
            }
            line
        })
        .collect();
    out.list(t.s_criteria(), &criteria);

    let risks: Vec<String> = b
        .risks
        .iter()
        .map(|r| {
            if r.mitigation.is_empty() {
                r.risk.clone()
            } else {
                t.risk_line(&r.risk, &r.mitigation)
            }
        })
        .collect();
    out.list(t.s_risks(), &risks);

    let decisions: Vec<String> = b
        .decisions
        .iter()
        .map(|d| {
            let mut line = format!("{} {}: {}", d.date, t.label(d.kind), d.text);
            if !d.by.is_empty() {
                line.push_str(&t.decision_by(&d.by));
            }
            if !d.resolution.is_empty() {
                line.push_str(&t.decision_resolved(&d.resolution));
            }
            line
        })
        .collect();
    out.list(t.s_decisions(), &decisions);
    Ok(ExitCode::SUCCESS)
}

fn challenge_create(ctx: &Ctx, out: &mut Out, store: &Store, args: CreateChallenge) -> Res {
    let mut input = ChallengeInput::titled(args.title);
    input.brief = args.brief.unwrap_or_default();
    input.problem = args.problem.unwrap_or_default();
    if let Some(t) = args.challenge_type {
        input.challenge_type = parse_enum::<ChallengeType>(Tr::what_type, &t)?;
    }
    input.deadline = args.deadline.as_deref().map(parse_date).transpose()?;
    input.lead = args.lead.unwrap_or_default();
    input.incentives = args
        .incentives
        .iter()
        .map(|s| parse_incentive(s))
        .collect::<Res<_>>()?;
    input.criteria = args
        .criteria
        .iter()
        .map(|s| parse_criterion(s))
        .collect::<Res<_>>()?;
    input.goals = args.goals;
    input.required_agreements = args
        .require_agreements
        .iter()
        .map(|a| Ok(store.find_agreement(a)?.id))
        .collect::<Res<_>>()?;
    if let Some(a) = args.audience {
        let a = if a.trim().eq_ignore_ascii_case("internal") {
            "internal_only".to_owned()
        } else {
            a
        };
        input.audience.kind = parse_enum::<AudienceKind>(Tr::what_audience, &a)?;
    }
    input.audience.contributors = args
        .invite
        .iter()
        .map(|c| Ok(store.find_contributor(c)?.id))
        .collect::<Res<_>>()?;
    input.audience.groups = args.invite_groups;
    input.blind_review = args.blind_review;
    let c = store.create_challenge(input, ctx.now)?;
    if let Some(d) = c.body.deadline.filter(|d| *d < ctx.now.date_naive()) {
        warn(
            ctx,
            "deadline_in_past",
            &Text::new(|t| t.deadline_passed(d)),
        );
    }
    if ctx.json {
        out.json(&c)?;
    } else {
        out.line(ctx.t().challenge_created(c.id, &c.body.title));
    }
    Ok(ExitCode::SUCCESS)
}

/// A warning on stderr (JSON with --json, its message in English): the
/// command still succeeded.
fn warn(ctx: &Ctx, kind: &str, message: &Text) {
    let text = if ctx.json {
        serde_json::json!({ "warning": kind, "message": message.get(Lang::En) }).to_string()
    } else {
        format!("{}: {}", ctx.t().warning(), message.get(ctx.lang))
    };
    eprintln!("{text}");
}

fn challenge_status(ctx: &Ctx, out: &mut Out, store: &Store, id: &str, status: &str) -> Res {
    let to = parse_enum::<ChallengeStatus>(Tr::what_status, status)?;
    let before = store.find_challenge(id)?;
    let c = store.set_challenge_status(before.id, None, to, ctx.now)?;
    if ctx.json {
        out.json(&c)?;
    } else if before.status == c.status {
        let t = ctx.t();
        out.line(t.challenge_already(c.id, &c.body.title, t.label(c.status)));
    } else {
        let t = ctx.t();
        out.line(t.challenge_moved(
            c.id,
            &c.body.title,
            t.label(before.status),
            t.label(c.status),
        ));
    }
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------- contributors

fn contributor_list(
    ctx: &Ctx,
    out: &mut Out,
    store: &Store,
    filter: &ContributorFilter,
    page: PageRequest,
) -> Res {
    let list = store.contributors(filter, page)?;
    if ctx.json {
        out.json(&list.items)?;
        return Ok(ExitCode::SUCCESS);
    }
    let t = ctx.t();
    if list.total == 0 {
        out.line(t.no_contributors());
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|c| {
            vec![
                t.label(c.kind).to_owned(),
                truncate(&c.name, 40) + t.archived_if(c.archived),
                truncate(&c.affiliation, 40),
                truncate(&c.expertise.join(t.sep()), 50),
                c.id.to_string(),
            ]
        })
        .collect();
    out.table(
        &[
            t.h_kind(),
            t.h_name(),
            t.h_affiliation(),
            t.h_expertise(),
            t.h_id(),
        ],
        &rows,
    );
    paging_note(t, out, &list, t.noun_contributors());
    Ok(ExitCode::SUCCESS)
}

fn contributor_show(ctx: &Ctx, out: &mut Out, store: &Store, id: &str) -> Res {
    let c = store.find_contributor(id)?;
    let accepted = store.acceptances(&AcceptanceFilter {
        contributor: Some(c.id),
        agreement: None,
    })?;
    if ctx.json {
        #[derive(Serialize)]
        struct ContributorJson<'a> {
            #[serde(flatten)]
            contributor: &'a opencall_core::contributor::Contributor,
            acceptances: &'a [opencall_core::agreement::Acceptance],
        }
        out.json(&ContributorJson {
            contributor: &c,
            acceptances: &accepted,
        })?;
        return Ok(ExitCode::SUCCESS);
    }
    let t = ctx.t();
    let b = &c.body;
    out.line(b.name.clone());
    let f = Fields::new(
        "  ",
        13,
        &[
            t.f_id(),
            t.f_kind(),
            t.f_entity(),
            t.f_affiliation(),
            t.f_email(),
            t.f_phone(),
            t.f_website(),
            t.f_revision(),
        ],
    );
    f.line(out, t.f_id(), c.id.to_string());
    f.line(
        out,
        t.f_kind(),
        format!("{}{}", t.label(b.kind), t.archived_if(c.meta.archived)),
    );
    f.line(out, t.f_entity(), t.label(b.entity));
    if !b.affiliation.is_empty() {
        f.line(out, t.f_affiliation(), &b.affiliation);
    }
    for (label, value) in [
        (t.f_email(), &b.contact.email),
        (t.f_phone(), &b.contact.phone),
        (t.f_website(), &b.contact.website),
    ] {
        if !value.is_empty() {
            f.line(out, label, value);
        }
    }
    f.line(out, t.f_revision(), c.meta.revision.to_string());
    out.list(t.s_expertise(), &b.expertise);
    out.list(t.s_groups(), &b.groups);
    let recognition: Vec<String> = b
        .recognition
        .iter()
        .map(|r| format!("{} {}", r.date, r.what))
        .collect();
    out.list(t.s_recognition(), &recognition);
    let acceptances: Vec<String> = accepted
        .iter()
        .map(|x| {
            let title = store
                .agreement(x.agreement)
                .map_or_else(|_| x.agreement.to_string(), |a| a.body.title);
            t.acceptance_line(title, x.version, short_time(x.accepted_at))
        })
        .collect();
    out.list(t.s_agreements_accepted(), &acceptances);
    out.section(t.s_notes(), &b.notes);
    Ok(ExitCode::SUCCESS)
}

fn contributor_add(ctx: &Ctx, out: &mut Out, store: &Store, input: ContributorInput) -> Res {
    let c = store.create_contributor(input, ctx.now)?;
    if ctx.json {
        out.json(&c)?;
    } else {
        let t = ctx.t();
        out.line(t.contributor_added(c.id, &c.body.name, t.label(c.body.kind)));
    }
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------- agreements

fn agreement_list(
    ctx: &Ctx,
    out: &mut Out,
    store: &Store,
    filter: &AgreementFilter,
    page: PageRequest,
) -> Res {
    let list = store.agreements(filter, page)?;
    if ctx.json {
        out.json(&list.items)?;
        return Ok(ExitCode::SUCCESS);
    }
    let t = ctx.t();
    if list.total == 0 {
        out.line(t.no_agreements());
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|a| {
            let latest = match (a.latest_version, &a.latest_sha256) {
                (Some(n), Some(sha)) => format!("v{n} {}", short_hash(sha)),
                _ => t.unpublished().to_owned(),
            };
            let changes = if a.has_unpublished_changes {
                t.unpublished_changes()
            } else {
                "-"
            };
            vec![
                truncate(&a.title, 50) + t.archived_if(a.archived),
                t.label(a.kind).to_owned(),
                latest,
                changes.to_owned(),
                a.id.to_string(),
            ]
        })
        .collect();
    out.table(
        &[t.h_title(), t.h_kind(), t.h_latest(), t.h_draft(), t.h_id()],
        &rows,
    );
    paging_note(t, out, &list, t.noun_agreements());
    Ok(ExitCode::SUCCESS)
}

fn agreement_show(ctx: &Ctx, out: &mut Out, store: &Store, id: &str) -> Res {
    let a = store.find_agreement(id)?;
    if ctx.json {
        out.json(&a)?;
        return Ok(ExitCode::SUCCESS);
    }
    let t = ctx.t();
    out.line(t.quoted(&a.body.title));
    let f = Fields::new(
        "  ",
        10,
        &[t.f_id(), t.f_kind(), t.f_summary(), t.f_draft()],
    );
    f.line(out, t.f_id(), a.id.to_string());
    f.line(
        out,
        t.f_kind(),
        format!("{}{}", t.label(a.body.kind), t.archived_if(a.meta.archived)),
    );
    if !a.body.summary.is_empty() {
        f.line(out, t.f_summary(), &a.body.summary);
    }
    f.line(
        out,
        t.f_draft(),
        if a.has_unpublished_changes() {
            t.unpublished_changes()
        } else {
            t.matches_latest()
        },
    );
    let versions: Vec<String> = a
        .versions
        .iter()
        .map(|v| {
            t.version_line(
                v.number,
                &v.sha256,
                short_time(v.published_at),
                &v.published_by,
            )
        })
        .collect();
    if versions.is_empty() {
        out.blank();
        out.line(t.no_versions());
    }
    out.list(t.s_versions(), &versions);
    if let Some(v) = a.latest() {
        out.section(&t.text_of_version(v.number), &v.text);
    }
    Ok(ExitCode::SUCCESS)
}

fn bundle(ctx: &Ctx, out: &mut Out, cmd: crate::args::BundleCmd) -> Res {
    use crate::args::BundleCmd;
    use opencall_core::bundle::{read, BundleKind, Limits};
    let t = ctx.t();
    match cmd {
        BundleCmd::Export {
            kind,
            challenge,
            to,
            recipients,
            preview,
        } => {
            let store = ctx.open()?;
            let kind = BundleKind::parse(&kind).ok_or_else(|| {
                Failure::usage(|t| {
                    t.not_a_valid(&kind, t.what_bundle_kind(), BundleKind::names().join(", "))
                })
            })?;
            let req = opencall_core::bundle::ExportRequest {
                kind,
                challenge: Some(store.find_challenge(&challenge)?.id),
                recipients: recipients
                    .iter()
                    .map(|r| Ok(store.find_contributor(r)?.id))
                    .collect::<Res<Vec<_>>>()?,
            };
            if preview {
                let s = store.export_preview(&req, ctx.now)?;
                if ctx.json {
                    out.json(&s)?;
                } else {
                    print_export(t, out, &s);
                }
                return Ok(ExitCode::SUCCESS);
            }
            let (bytes, summary) = store.export_bundle(&req, ctx.now)?;
            std::fs::write(&to, &bytes)
                .map_err(|e| Failure::other(|t| t.could_not_write(to.display(), &e)))?;
            if ctx.json {
                out.json(&serde_json::json!({
                    "path": to.display().to_string(),
                    "bytes": bytes.len(),
                    "kind": kind,
                    "bundle_id": summary.bundle_id,
                    "summary": summary,
                }))?;
            } else {
                print_export(t, out, &summary);
                out.line(t.wrote_bundle(t.label(kind), to.display(), bytes.len()));
            }
            Ok(ExitCode::SUCCESS)
        }
        BundleCmd::Import {
            file,
            yes,
            trust_signer,
        } => {
            let store = ctx.open()?;
            let bytes = std::fs::read(&file)
                .map_err(|e| Failure::other(|t| t.could_not_read(file.display(), &e)))?;
            let preview = store.preview_import(&bytes, ctx.now)?;
            let interactive = !yes && std::io::IsTerminal::is_terminal(&std::io::stdin());
            let mut trust = trust_signer;
            if !ctx.json {
                print_preview(t, out, &preview);
            }
            if let Some(r) = &preview.refusal {
                let unknown = r.kind == "untrusted_signer";
                if unknown && interactive && !trust {
                    trust = ask(t, &t.ask_trust(&preview.key_id, &preview.organization));
                }
            }
            if !yes && !interactive {
                return Err(Failure::usage(|t| t.import_needs_yes().into()));
            }
            if interactive && !ask(t, t.ask_import()) {
                out.line(t.nothing_imported());
                return Ok(ExitCode::SUCCESS);
            }
            let done = store.import_bundle(&bytes, trust, ctx.now)?;
            if ctx.json {
                out.json(&done)?;
            } else if done.already_imported {
                out.line(t.imported_before());
            } else {
                let c = &done.counts;
                out.line(t.imported_summary(
                    t.label(done.kind),
                    &done.bundle_id,
                    &done.organization,
                    c.add,
                    c.update,
                    c.unchanged,
                    c.older,
                    c.conflict,
                ));
            }
            Ok(ExitCode::SUCCESS)
        }
        BundleCmd::History => {
            let store = ctx.open()?;
            let list = store.bundle_history()?;
            if ctx.json {
                out.json(&list)?;
            } else {
                let rows: Vec<String> = list
                    .iter()
                    .map(|b| {
                        let direction = match b.direction.as_str() {
                            "sent" => t.direction_sent(),
                            "received" => t.direction_received(),
                            other => other,
                        };
                        format!(
                            "{}  {}  {}  {}  {} {}",
                            short_time(b.at),
                            pad(direction, 8),
                            pad(t.label(b.kind), 9),
                            b.bundle_id,
                            b.organization,
                            t.record_count(b.items.len())
                        )
                    })
                    .collect();
                out.list(t.s_bundles(), &rows);
            }
            Ok(ExitCode::SUCCESS)
        }
        BundleCmd::Verify { file } => {
            let bytes = std::fs::read(&file)
                .map_err(|e| Failure::other(|t| t.could_not_read(file.display(), &e)))?;
            let b = read(&bytes, Limits::default())?;
            if ctx.json {
                out.json(&serde_json::json!({
                    "status": "valid",
                    "kind": b.info.kind,
                    "bundle_id": b.info.bundle_id,
                    "organization": b.info.organization,
                    "key_id": b.info.key_id,
                }))?;
            } else {
                out.line(t.bundle_valid(
                    t.label(b.info.kind),
                    &b.info.bundle_id,
                    &b.info.organization,
                    &b.info.key_id,
                ));
            }
            Ok(ExitCode::SUCCESS)
        }
        BundleCmd::Inspect { file } => {
            let bytes = std::fs::read(&file)
                .map_err(|e| Failure::other(|t| t.could_not_read(file.display(), &e)))?;
            let b = read(&bytes, Limits::default())?;
            let files: Vec<serde_json::Value> = b
                .payload
                .iter()
                .map(|(p, v)| serde_json::json!({"path": p, "bytes": v.len()}))
                .collect();
            if ctx.json {
                out.json(&serde_json::json!({
                    "kind": b.info.kind,
                    "bundle_id": b.info.bundle_id,
                    "organization": b.info.organization,
                    "organization_id": b.info.organization_id,
                    "key_id": b.info.key_id,
                    "created": b.info.created,
                    "recipients": b.info.recipients,
                    "files": files,
                }))?;
            } else {
                out.line(t.bundle_title(t.label(b.info.kind), &b.info.bundle_id));
                let f = Fields::new("  ", 12, &[t.f_signed_by(), t.f_created(), t.f_for()]);
                f.line(
                    out,
                    t.f_signed_by(),
                    t.org_key(&b.info.organization, &b.info.key_id),
                );
                f.line(out, t.f_created(), b.info.created.to_rfc3339());
                if !b.info.recipients.is_empty() {
                    f.line(out, t.f_for(), b.info.recipients.join(t.sep()));
                }
                let list: Vec<String> = b
                    .payload
                    .iter()
                    .map(|(p, v)| t.file_bytes(format!("data/{p}"), v.len()))
                    .collect();
                out.list(t.s_files(), &list);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// What an export carries (`bundle export --preview`, and before writing).
fn print_export(t: Tr, out: &mut Out, s: &opencall_core::bundle::ExportSummary) {
    out.line(t.export_carries(
        t.label(s.kind),
        if s.recipients.is_empty() {
            t.anyone().to_owned()
        } else {
            s.recipients.join(t.sep())
        },
        &s.challenge_title,
    ));
    for i in &s.items {
        out.line(format!(
            "  {} {}  {}",
            pad(t.label(i.kind), 12),
            i.id,
            i.label
        ));
    }
    if s.attachments > 0 {
        out.line(t.attachments_bytes(s.attachments, s.attachment_bytes));
    }
}

fn print_preview(t: Tr, out: &mut Out, p: &opencall_core::bundle::ImportPreview) {
    use opencall_core::store::TrustState;
    out.line(t.preview_head(
        t.label(p.kind),
        &p.bundle_id,
        &p.organization,
        &p.key_id,
        p.created.to_rfc3339(),
    ));
    out.line(match &p.trust {
        TrustState::Trusted { trusted_at } => t.signer_trusted(trusted_at.to_rfc3339()),
        TrustState::Unknown => t.signer_unknown().into(),
        TrustState::Changed { known_key_id } => t.signer_changed(known_key_id),
        TrustState::Revoked { revoked_at } => t.signer_revoked(revoked_at.to_rfc3339()),
        TrustState::Own => t.signer_own().into(),
    });
    if p.already_imported {
        out.line(t.preview_already_imported());
    }
    let action_width = opencall_core::bundle::ItemAction::ALL
        .iter()
        .map(|a| crate::output::width(t.label(*a)))
        .max()
        .unwrap_or(0)
        .max(9);
    for i in &p.items {
        out.line(format!(
            "  {} {} {}  {}{}",
            pad(t.label(i.action), action_width),
            pad(t.label(i.kind), 12),
            i.id,
            i.label,
            match i.reason {
                None => String::new(),
                Some(r) => format!(
                    " ({}{})",
                    t.label(r),
                    if i.value.is_empty() {
                        String::new()
                    } else {
                        format!(" {}", i.value)
                    }
                ),
            }
        ));
    }
}

/// Asks a yes/no question on the terminal.
fn ask(t: Tr, question: &str) -> bool {
    use std::io::Write;
    eprint!("{question}");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).is_ok() && t.is_yes(&line)
}

fn backup(ctx: &Ctx, out: &mut Out, cmd: crate::args::BackupCmd) -> Res {
    use crate::args::BackupCmd;
    use opencall_core::store::backup;
    let t = ctx.t();
    let human = |b: u64| t.megabytes(format!("{:.1}", b as f64 / 1_048_576.0));
    match cmd {
        BackupCmd::Create { keep } => {
            let store = ctx.open()?;
            let f = store.create_backup(ctx.now, keep)?;
            if ctx.json {
                out.json(&f)?;
            } else {
                out.line(t.backup_wrote(&f.path, human(f.bytes)));
            }
        }
        BackupCmd::List => {
            let list = backup::list_backups(&ctx.dir)?;
            if ctx.json {
                out.json(&list)?;
            } else {
                let rows: Vec<String> = list
                    .iter()
                    .map(|b| {
                        format!(
                            "{}  {}  {}",
                            short_time(b.created),
                            pad_left(&human(b.bytes), 9),
                            b.path
                        )
                    })
                    .collect();
                out.list(t.s_backups(), &rows);
            }
        }
        BackupCmd::Verify { file } => {
            let path = match file {
                Some(f) => f,
                None => backup::list_backups(&ctx.dir)?
                    .first()
                    .map(|b| std::path::PathBuf::from(&b.path))
                    .ok_or_else(|| Failure::usage(|t| t.no_backups().into()))?,
            };
            let c = backup::verify_backup(&path)?;
            if ctx.json {
                out.json(&c)?;
            } else {
                out.line(t.backup_valid(
                    &c.organization,
                    &c.key_id,
                    c.created.to_rfc3339(),
                    c.log_entries,
                    c.attachments,
                ));
            }
        }
        BackupCmd::Restore {
            file,
            to,
            in_place,
            yes,
        } => {
            let c = match (to, in_place) {
                (Some(dir), _) => backup::restore_backup(&file, &dir)?,
                (None, true) => {
                    let interactive = std::io::IsTerminal::is_terminal(&std::io::stdin());
                    let question = t.ask_replace(ctx.dir.display());
                    let confirmed = yes || (interactive && ask(t, &question));
                    if !confirmed {
                        return Err(Failure::usage(|t| t.restore_needs_yes().into()));
                    }
                    backup::restore_in_place(&file, &ctx.dir, ctx.now)?
                }
                (None, false) => return Err(Failure::usage(|t| t.restore_where().into())),
            };
            if ctx.json {
                out.json(&c)?;
            } else {
                out.line(t.backup_restored(&c.organization, c.created.to_rfc3339(), c.log_entries));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn trust(ctx: &Ctx, out: &mut Out, cmd: crate::args::TrustCmd) -> Res {
    let store = ctx.open()?;
    let t = ctx.t();
    match cmd {
        crate::args::TrustCmd::List => {
            let keys = store.trusted_keys()?;
            if ctx.json {
                out.json(&keys)?;
            } else {
                let rows: Vec<String> = keys
                    .iter()
                    .map(|k| {
                        format!(
                            "{}  {}  {}{}",
                            k.key_id,
                            k.organization,
                            t.trusted_since(short_time(k.trusted_at)),
                            k.revoked_at
                                .map(|r| t.revoked_at(short_time(r)))
                                .unwrap_or_default()
                        )
                    })
                    .collect();
                out.list(t.s_trusted_keys(), &rows);
            }
        }
        crate::args::TrustCmd::Revoke { key_id } => {
            let k = store.revoke_key(&key_id, ctx.now)?;
            if ctx.json {
                out.json(&k)?;
            } else {
                out.line(t.key_revoked(&k.key_id, &k.organization));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn identity_show(ctx: &Ctx, out: &mut Out, store: &Store, public: bool) -> Res {
    let ws = store.require_workspace()?;
    let pub_file = store.public_key_file()?;
    if public {
        // The .pub file itself, ready for `minisign -V -p`.
        out.line(pub_file.trim_end());
        return Ok(ExitCode::SUCCESS);
    }
    let key_id = store.key_id_display()?;
    let public_key = store.public_key_line()?;
    if ctx.json {
        out.json(&serde_json::json!({
            "organization": ws.organization.name,
            "key_id": key_id,
            "public_key": public_key,
            "fingerprint": ws.organization.key_fingerprint(),
        }))?;
    } else {
        let t = ctx.t();
        let f = Fields::new(
            "",
            14,
            &[
                t.f_organization(),
                t.f_key_id(),
                t.f_public_key(),
                t.f_key_fingerprint(),
            ],
        );
        f.line(out, t.f_organization(), &ws.organization.name);
        f.line(out, t.f_key_id(), key_id);
        f.line(out, t.f_public_key(), public_key);
        f.line(
            out,
            t.f_key_fingerprint(),
            ws.organization.key_fingerprint(),
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn agreement_accept(
    ctx: &Ctx,
    out: &mut Out,
    store: &Store,
    id: &str,
    contributor: &str,
    version: Option<u32>,
) -> Res {
    let a = store.find_agreement(id)?;
    let c = store.find_contributor(contributor)?;
    let acc = store.record_acceptance(a.id, version, c.id, ctx.now)?;
    if ctx.json {
        out.json(&acc)?;
    } else {
        out.line(ctx.t().accepted_recorded(
            &c.body.name,
            &a.body.title,
            acc.version,
            short_hash(&acc.version_sha256),
        ));
    }
    Ok(ExitCode::SUCCESS)
}

fn agreement_publish(ctx: &Ctx, out: &mut Out, store: &Store, args: PublishAgreement) -> Res {
    let id = match args.id {
        Some(id) => store.find_agreement(&id)?.id,
        None => create_agreement(ctx, store, args)?,
    };
    let a = store.publish_agreement(id, None, ctx.now)?;
    if ctx.json {
        out.json(&a)?;
    } else if let Some(v) = a.latest() {
        out.line(ctx.t().published(&a.body.title, v.number, &v.sha256, a.id));
    }
    Ok(ExitCode::SUCCESS)
}

/// The `publish --title --kind (--text | --file)` form: creates the agreement
/// (its draft is the text) and returns its id for publishing.
fn create_agreement(ctx: &Ctx, store: &Store, args: PublishAgreement) -> Res<AgreementId> {
    let (Some(title), Some(kind)) = (args.title, args.kind) else {
        return Err(Failure::usage(|t| t.publish_how(t.publish_usage())));
    };
    let kind = parse_enum::<AgreementKind>(Tr::what_agreement_kind, &kind)?;
    let text = match (args.text, args.file) {
        (Some(text), None) => text,
        (None, Some(path)) => read_text(&path)?,
        _ => return Err(Failure::usage(|t| t.publish_no_text(t.publish_usage()))),
    };
    if text.trim().is_empty() {
        return Err(Failure::usage(|t| t.publish_empty().into()));
    }
    let a = store.create_agreement(
        AgreementInput {
            title,
            kind,
            summary: args.summary.unwrap_or_default(),
            draft: text,
        },
        ctx.now,
    )?;
    Ok(a.id)
}

pub(crate) fn read_text(path: &Path) -> Res<String> {
    std::fs::read_to_string(path)
        .map_err(|e| Failure::other(|t| t.could_not_read(path.display(), &e)))
}

// ---------------------------------------------------------------- activity log

fn log_verify(ctx: &Ctx, out: &mut Out, store: &Store) -> Res {
    let v = store.verify_log()?;
    if ctx.json {
        out.json(&v)?;
    }
    match v {
        Verification::Intact { entries, head } => {
            if !ctx.json {
                out.line(ctx.t().log_intact(entries, head));
            }
            Ok(ExitCode::SUCCESS)
        }
        Verification::Broken { seq, reason } => {
            if !ctx.json {
                out.line(ctx.t().log_broken(seq, reason));
            }
            Ok(ExitCode::from(1))
        }
    }
}

/// The verb of an entry whose action is `{record_kind}.{verb}`.
fn entry_verb(e: &LogEntry) -> Option<Verb> {
    let (kind, verb) = e.action.split_once('.')?;
    let verb = Verb::parse(verb)?;
    (kind == e.record_kind.as_str()).then_some(verb)
}

/// What happened, in words: `challenge.status_changed` in English (the
/// action code), «چالش: وضعیت تغییر کرد» in Persian.
fn action_text(t: Tr, e: &LogEntry) -> String {
    match entry_verb(e) {
        Some(verb) => t.log_action(t.label(e.record_kind), t.label(verb)),
        None => e.action.clone(),
    }
}

/// A fact's value in words: a status or stage by its label, a yes/no by the
/// language's word; anything else as recorded.
fn detail_value(t: Tr, e: &LogEntry, key: &str, value: &str) -> String {
    use opencall_core::idea::IdeaStage;
    use opencall_core::work::ObligationStatus;
    use opencall_core::work::SubProblemStatus;
    let status = matches!(key, "from" | "to") && entry_verb(e) == Some(Verb::StatusChanged);
    let label = match (e.record_kind, key) {
        (RecordKind::Challenge, _) if status => ChallengeStatus::parse(value).map(|v| t.label(v)),
        (RecordKind::Idea, _) if status => IdeaStage::parse(value).map(|v| t.label(v)),
        (RecordKind::SubProblem, _) if status => SubProblemStatus::parse(value).map(|v| t.label(v)),
        (RecordKind::Obligation, _) if status => ObligationStatus::parse(value).map(|v| t.label(v)),
        (RecordKind::Bundle | RecordKind::Key, "kind") => {
            opencall_core::bundle::BundleKind::parse(value).map(|v| t.label(v))
        }
        _ => None,
    };
    label.map_or_else(|| value.to_owned(), str::to_owned)
}

/// A log entry's facts as `key=value` words (the CLI's rendering; the app
/// renders the same data through its translations).
fn detail_text(t: Tr, e: &LogEntry) -> String {
    if let Some(legacy) = &e.legacy {
        return legacy.summary.clone();
    }
    let mut parts = Vec::new();
    for (k, v) in &e.detail {
        if k == "label" {
            continue;
        }
        let value = match v {
            Value::String(s) => detail_value(t, e, k, s),
            Value::Array(items) => items
                .iter()
                .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned))
                .collect::<Vec<_>>()
                .join(","),
            Value::Bool(true) => t.value_true().to_owned(),
            Value::Bool(false) => t.value_false().to_owned(),
            other => other.to_string(),
        };
        parts.push(t.detail_pair(t.detail_key(k).unwrap_or(k), value));
    }
    parts.join(t.detail_sep())
}

fn log_list(ctx: &Ctx, out: &mut Out, store: &Store, page: PageRequest) -> Res {
    let total = store.activity_len()?;
    let limit = page
        .limit
        .unwrap_or_else(|| usize::try_from(total).unwrap_or(usize::MAX));
    let entries = store.activity(page.offset, limit)?;
    if ctx.json {
        out.json(&entries.items)?;
        return Ok(ExitCode::SUCCESS);
    }
    let t = ctx.t();
    if total == 0 {
        out.line(t.log_empty());
        return Ok(ExitCode::SUCCESS);
    }
    let ws = store.workspace()?;
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            let actor = match (&e.legacy, e.actor) {
                (Some(l), _) => l.actor.clone(),
                (None, Some(id)) => ws
                    .as_ref()
                    .and_then(|w| w.person_name(id))
                    .map_or_else(|| id.to_string(), str::to_owned),
                (None, None) => "-".to_owned(),
            };
            let label = e.detail.get("label").and_then(Value::as_str).unwrap_or("");
            vec![
                e.seq.to_string(),
                short_time(e.at),
                actor,
                action_text(t, e),
                truncate(label, 40),
                detail_text(t, e),
            ]
        })
        .collect();
    if !rows.is_empty() {
        out.table(
            &[
                t.h_seq(),
                t.h_at(),
                t.h_actor(),
                t.h_action(),
                t.h_record(),
                t.h_detail(),
            ],
            &rows,
        );
        out.blank();
    }
    out.line(t.log_showing(
        entries.len(),
        total,
        if page.offset > 0 {
            t.log_skipped(page.offset)
        } else {
            String::new()
        },
    ));
    Ok(ExitCode::SUCCESS)
}

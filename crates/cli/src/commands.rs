//! What each command does: open the store, call the core, print the result.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::Value;

use opencall_core::activity::{LogEntry, Verification};
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
use opencall_core::workspace::WorkspaceInput;
use opencall_core::Lang;
use opencall_core::{paths, Page, PageRequest, Store};

use crate::args::{
    AgreementCmd, ChallengeCmd, Cli, Command, ContributorCmd, CreateChallenge, LogCmd,
    PublishAgreement,
};
use crate::output::{truncate, Failure, Out};

pub(crate) type Res<T = ExitCode> = Result<T, Failure>;

/// Runs one parsed command line, writing stdout into `out`.
pub fn run(cli: Cli, out: &mut Out) -> Res {
    let lang = crate::output::lang(&cli.global)?;
    let dir = match cli.global.data_dir {
        Some(d) if d.as_os_str().is_empty() => {
            return Err(Failure::Usage("--data-dir must not be empty.".into()))
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
                            .map(|s| parse_enum::<ChallengeStatus>("status", &s))
                            .transpose()?,
                        challenge_type: challenge_type
                            .map(|t| parse_enum::<ChallengeType>("type", &t))
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
                    archived_line(&ctx, out, "challenge", &c.id, &c.body.title, &c.meta, true)
                }
                ChallengeCmd::Restore { id } => {
                    let c = store.find_challenge(&id)?;
                    let c = store.restore_challenge(c.id, ctx.now)?;
                    archived_line(&ctx, out, "challenge", &c.id, &c.body.title, &c.meta, false)
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
                            .map(|k| parse_enum::<ContributorKind>("contributor kind", &k))
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
                    archived_line(&ctx, out, "contributor", &c.id, &c.body.name, &c.meta, true)
                }
                ContributorCmd::Restore { id } => {
                    let c = store.find_contributor(&id)?;
                    let c = store.restore_contributor(c.id, ctx.now)?;
                    archived_line(
                        &ctx,
                        out,
                        "contributor",
                        &c.id,
                        &c.body.name,
                        &c.meta,
                        false,
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
                        parse_enum::<ContributorKind>("contributor kind", &kind)?,
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
                    archived_line(&ctx, out, "agreement", &a.id, &a.body.title, &a.meta, true)
                }
                AgreementCmd::Restore { id } => {
                    let a = store.find_agreement(&id)?;
                    let a = store.restore_agreement(a.id, ctx.now)?;
                    archived_line(&ctx, out, "agreement", &a.id, &a.body.title, &a.meta, false)
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
    /// Opens an existing, set-up workspace without creating anything.
    fn open(&self) -> Res<Store> {
        Ok(Store::open_existing(&self.dir)?)
    }
}

// ---------------------------------------------------------------- parsing

/// Parses an enum value typed on the command line (`-` may stand for `_`);
/// on failure lists the valid values in their one spelling.
pub(crate) fn parse_enum<T: NamedEnum>(what: &str, value: &str) -> Res<T> {
    T::parse_name(value).ok_or_else(|| {
        Failure::Usage(format!(
            "'{value}' is not a valid {what}. Valid values: {}.",
            T::all_names().join(", ")
        ))
    })
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
        return Err(Failure::Usage(format!(
            "--incentive '{spec}' must look like KIND:TEXT, e.g. money:\"€5,000 prize\"."
        )));
    };
    let kind = parse_enum::<IncentiveKind>("incentive kind", kind)?;
    Ok(Incentive {
        id: RowId::default(),
        kind,
        description: text.trim().to_owned(),
    })
}

fn parse_criterion(spec: &str) -> Res<Criterion> {
    let bad = || {
        Failure::Usage(format!(
            "--criterion '{spec}' must look like NAME:WEIGHT with a whole-number weight from 1 to 100, e.g. \"Cost:30\"."
        ))
    };
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
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| {
        Failure::Usage(format!(
            "'{value}' is not a valid date; write it as YYYY-MM-DD, e.g. 2026-09-30."
        ))
    })
}

// ---------------------------------------------------------------- labels

fn ip_regime(r: IpRegime) -> &'static str {
    match r {
        IpRegime::None => "none — contributors keep their IP",
        IpRegime::NonExclusiveLicence => "non-exclusive licence",
        IpRegime::ExclusiveAssignment => "exclusive assignment",
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
        out.line(format!(
            "Initialized workspace for {} in {}",
            ws.organization.name,
            ctx.dir.display()
        ));
        if let Some(p) = ws.user() {
            if p.role.is_empty() {
                out.line(format!("  user:        {}", p.name));
            } else {
                out.line(format!("  user:        {} ({})", p.name, p.role));
            }
        }
        out.line(format!(
            "  signing key: {}",
            ws.organization.key_fingerprint()
        ));
    }
    Ok(ExitCode::SUCCESS)
}

fn demo(ctx: &Ctx, out: &mut Out, scale: &str, partner: bool) -> Res {
    let scale = match scale.trim().to_lowercase().as_str() {
        "small" => Scale::Small,
        "large" => Scale::LARGE,
        other => {
            return Err(Failure::Usage(format!(
                "'{other}' is not a valid scale. Valid values: small, large."
            )))
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
    if report.initialized {
        let org = store
            .workspace()?
            .map(|w| w.organization.name)
            .unwrap_or_default();
        out.line(format!(
            "Set up the demo workspace for {org} in {}.",
            ctx.dir.display()
        ));
    }
    let counts = format!(
        "{} challenges, {} contributors, {} agreements",
        report.challenges, report.contributors, report.agreements
    );
    if report.seeded {
        out.line(format!("Seeded demo data: {counts}."));
    } else {
        out.line(format!(
            "The workspace already has challenges; added nothing ({counts})."
        ));
    }
    Ok(ExitCode::SUCCESS)
}

/// "Showing 1–50 of 230 challenges." under a paged table.
pub(crate) fn paging_note<T>(out: &mut Out, page: &Page<T>, noun: &str) {
    if page.limit.is_none() && page.offset == 0 {
        return;
    }
    out.blank();
    if page.is_empty() {
        out.line(format!(
            "No {noun} on this page (offset {}); there are {} in all.",
            page.offset, page.total
        ));
    } else {
        out.line(format!(
            "Showing {}–{} of {} {noun}.",
            page.offset + 1,
            page.offset + page.len(),
            page.total
        ));
    }
}

fn archived_line(
    ctx: &Ctx,
    out: &mut Out,
    kind: &str,
    id: &dyn std::fmt::Display,
    label: &str,
    meta: &opencall_core::record::RecordMeta,
    archived: bool,
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
            kind,
            id: id.to_string(),
            archived: meta.archived,
            revision: meta.revision,
        })?;
    } else {
        let verb = if archived { "Archived" } else { "Restored" };
        out.line(format!("{verb} {kind} {id} “{label}”."));
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
    if list.total == 0 {
        out.line("No challenges match.");
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|c| {
            let mut status = c.status.as_str().to_owned();
            if c.archived {
                status.push_str(" (archived)");
            }
            vec![
                status,
                c.challenge_type.as_str().to_owned(),
                date_or_dash(c.deadline),
                truncate(&c.title, 60),
                c.id.to_string(),
            ]
        })
        .collect();
    out.table(
        &["STATUS", "CHALLENGE_TYPE", "DEADLINE", "TITLE", "ID"],
        &rows,
    );
    paging_note(out, &list, "challenges");
    Ok(ExitCode::SUCCESS)
}

fn challenge_show(ctx: &Ctx, out: &mut Out, store: &Store, id: &str) -> Res {
    let c = store.find_challenge(id)?;
    if ctx.json {
        out.json(&c)?;
        return Ok(ExitCode::SUCCESS);
    }
    let b = &c.body;
    out.line(format!("“{}”", b.title));
    out.line(format!("  id:             {}", c.id));
    let archived = if c.meta.archived { " (archived)" } else { "" };
    out.line(format!("  status:         {}{archived}", c.status));
    out.line(format!("  challenge_type: {}", b.challenge_type));
    out.line(format!("  deadline:       {}", date_or_dash(b.deadline)));
    out.line(format!("  lead:           {}", b.lead));
    out.line(format!(
        "  revision:       {} (created {}, updated {})",
        c.meta.revision,
        short_time(c.meta.created_at),
        short_time(c.meta.updated_at)
    ));

    out.section("Brief", &b.brief);
    out.section("Problem", &b.problem);
    out.list("Goals", &b.goals);
    out.list("Success criteria", &b.success_criteria);
    out.list("Shared by the sponsor", &b.assets_shared);
    out.list("Lessons learned", &b.lessons);
    out.list("Constraints", &b.constraints);

    out.blank();
    out.line("Audience:");
    out.line(format!(
        "  {} — {}",
        b.audience.kind,
        match b.audience.kind {
            AudienceKind::InternalOnly => "only your organization's staff see it",
            AudienceKind::Invited => "the invited contributors and groups below",
            AudienceKind::Open => "anyone who receives it",
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
        out.line(format!("  contributors: {}", names.join(", ")));
    }
    if !b.audience.groups.is_empty() {
        out.line(format!("  groups: {}", b.audience.groups.join(", ")));
    }

    out.blank();
    out.line("Rules:");
    for (label, text) in [
        ("Conduct", &b.rules.conduct),
        ("Confidentiality", &b.rules.confidentiality),
        ("Idea handling", &b.rules.idea_handling),
        ("Dispute resolution", &b.rules.dispute_resolution),
    ] {
        if !text.trim().is_empty() {
            out.line(format!("  {label}: {}", text.trim()));
        }
    }
    out.line(format!("  IP regime: {}", ip_regime(b.rules.ip_regime)));

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
                None => format!("{} (not published yet)", a.body.title),
            },
            Err(_) => format!("{id} (missing)"),
        })
        .collect();
    out.list("Required agreements", &agreements);

    let incentives: Vec<String> = b
        .incentives
        .iter()
        .map(|i| format!("{}: {}", i.kind, i.description))
        .collect();
    out.list("Incentives", &incentives);

    let total = c.total_weight().max(1);
    let criteria: Vec<String> = b
        .criteria
        .iter()
        .map(|k| {
            let pct = (k.weight as f64 * 100.0 / total as f64).round();
            let mut line = format!("{} — weight {} ({pct}%)", k.name, k.weight);
            if !k.description.is_empty() {
                line.push_str(&format!(": {}", k.description));
            }
            line
        })
        .collect();
    out.list("Evaluation criteria", &criteria);

    let risks: Vec<String> = b
        .risks
        .iter()
        .map(|r| {
            if r.mitigation.is_empty() {
                r.risk.clone()
            } else {
                format!("{} — mitigation: {}", r.risk, r.mitigation)
            }
        })
        .collect();
    out.list("Risks", &risks);

    let decisions: Vec<String> = b
        .decisions
        .iter()
        .map(|d| {
            let mut line = format!("{} {}: {}", d.date, d.kind, d.text);
            if !d.by.is_empty() {
                line.push_str(&format!(" (by {})", d.by));
            }
            if !d.resolution.is_empty() {
                line.push_str(&format!(" — resolved: {}", d.resolution));
            }
            line
        })
        .collect();
    out.list("Decisions and disputes", &decisions);
    Ok(ExitCode::SUCCESS)
}

fn challenge_create(ctx: &Ctx, out: &mut Out, store: &Store, args: CreateChallenge) -> Res {
    let mut input = ChallengeInput::titled(args.title);
    input.brief = args.brief.unwrap_or_default();
    input.problem = args.problem.unwrap_or_default();
    if let Some(t) = args.challenge_type {
        input.challenge_type = parse_enum::<ChallengeType>("type", &t)?;
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
        input.audience.kind = parse_enum::<AudienceKind>("audience (internal, invited, open)", &a)?;
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
            &format!("the deadline {d} has passed; set a later one before opening the challenge."),
        );
    }
    if ctx.json {
        out.json(&c)?;
    } else {
        out.line(format!("Created challenge {} “{}”", c.id, c.body.title));
    }
    Ok(ExitCode::SUCCESS)
}

/// A warning on stderr (JSON with --json): the command still succeeded.
fn warn(ctx: &Ctx, kind: &str, message: &str) {
    let text = if ctx.json {
        serde_json::json!({ "warning": kind, "message": message }).to_string()
    } else {
        format!("warning: {message}")
    };
    eprintln!("{text}");
}

fn challenge_status(ctx: &Ctx, out: &mut Out, store: &Store, id: &str, status: &str) -> Res {
    let to = parse_enum::<ChallengeStatus>("status", status)?;
    let before = store.find_challenge(id)?;
    let c = store.set_challenge_status(before.id, None, to, ctx.now)?;
    if ctx.json {
        out.json(&c)?;
    } else if before.status == c.status {
        out.line(format!(
            "Challenge {} “{}” is already {}.",
            c.id, c.body.title, c.status
        ));
    } else {
        out.line(format!(
            "Moved challenge {} “{}” from {} to {}.",
            c.id, c.body.title, before.status, c.status
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
    if list.total == 0 {
        out.line("No contributors match.");
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|c| {
            let mut name = truncate(&c.name, 40);
            if c.archived {
                name.push_str(" (archived)");
            }
            vec![
                c.kind.as_str().to_owned(),
                name,
                truncate(&c.affiliation, 40),
                truncate(&c.expertise.join(", "), 50),
                c.id.to_string(),
            ]
        })
        .collect();
    out.table(&["KIND", "NAME", "AFFILIATION", "EXPERTISE", "ID"], &rows);
    paging_note(out, &list, "contributors");
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
    let b = &c.body;
    out.line(b.name.clone());
    out.line(format!("  id:          {}", c.id));
    let archived = if c.meta.archived { " (archived)" } else { "" };
    out.line(format!("  kind:        {}{archived}", b.kind));
    out.line(format!("  entity:      {}", b.entity));
    if !b.affiliation.is_empty() {
        out.line(format!("  affiliation: {}", b.affiliation));
    }
    for (label, value) in [
        ("email", &b.contact.email),
        ("phone", &b.contact.phone),
        ("website", &b.contact.website),
    ] {
        if !value.is_empty() {
            out.line(format!("  {label:<12} {value}"));
        }
    }
    out.line(format!("  revision:    {}", c.meta.revision));
    out.list("Expertise", &b.expertise);
    out.list("Groups", &b.groups);
    let recognition: Vec<String> = b
        .recognition
        .iter()
        .map(|r| format!("{} {}", r.date, r.what))
        .collect();
    out.list("Recognition", &recognition);
    let acceptances: Vec<String> = accepted
        .iter()
        .map(|x| {
            let title = store
                .agreement(x.agreement)
                .map_or_else(|_| x.agreement.to_string(), |a| a.body.title);
            format!(
                "{title} v{} accepted {}",
                x.version,
                short_time(x.accepted_at)
            )
        })
        .collect();
    out.list("Agreements accepted", &acceptances);
    out.section("Notes", &b.notes);
    Ok(ExitCode::SUCCESS)
}

fn contributor_add(ctx: &Ctx, out: &mut Out, store: &Store, input: ContributorInput) -> Res {
    let c = store.create_contributor(input, ctx.now)?;
    if ctx.json {
        out.json(&c)?;
    } else {
        out.line(format!(
            "Added contributor {} {} ({})",
            c.id, c.body.name, c.body.kind
        ));
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
    if list.total == 0 {
        out.line("No agreements match.");
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|a| {
            let latest = match (a.latest_version, &a.latest_sha256) {
                (Some(n), Some(sha)) => format!("v{n} {}", short_hash(sha)),
                _ => "unpublished".to_owned(),
            };
            let changes = if a.has_unpublished_changes {
                "unpublished changes"
            } else {
                "-"
            };
            let mut title = truncate(&a.title, 50);
            if a.archived {
                title.push_str(" (archived)");
            }
            vec![
                title,
                a.kind.as_str().to_owned(),
                latest,
                changes.to_owned(),
                a.id.to_string(),
            ]
        })
        .collect();
    out.table(&["TITLE", "KIND", "LATEST", "DRAFT", "ID"], &rows);
    paging_note(out, &list, "agreements");
    Ok(ExitCode::SUCCESS)
}

fn agreement_show(ctx: &Ctx, out: &mut Out, store: &Store, id: &str) -> Res {
    let a = store.find_agreement(id)?;
    if ctx.json {
        out.json(&a)?;
        return Ok(ExitCode::SUCCESS);
    }
    out.line(format!("“{}”", a.body.title));
    out.line(format!("  id:       {}", a.id));
    let archived = if a.meta.archived { " (archived)" } else { "" };
    out.line(format!("  kind:     {}{archived}", a.body.kind));
    if !a.body.summary.is_empty() {
        out.line(format!("  summary:  {}", a.body.summary));
    }
    out.line(format!(
        "  draft:    {}",
        if a.has_unpublished_changes() {
            "unpublished changes"
        } else {
            "matches the latest version"
        }
    ));
    let versions: Vec<String> = a
        .versions
        .iter()
        .map(|v| {
            format!(
                "v{} sha256 {} published {} by {}",
                v.number,
                v.sha256,
                short_time(v.published_at),
                v.published_by
            )
        })
        .collect();
    if versions.is_empty() {
        out.blank();
        out.line("Published versions: none yet (publish the draft to make version 1).");
    }
    out.list("Published versions", &versions);
    if let Some(v) = a.latest() {
        out.section(&format!("Text of version {}", v.number), &v.text);
    }
    Ok(ExitCode::SUCCESS)
}

fn bundle(ctx: &Ctx, out: &mut Out, cmd: crate::args::BundleCmd) -> Res {
    use crate::args::BundleCmd;
    use opencall_core::bundle::{read, BundleKind, Limits};
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
                Failure::Usage(format!(
                    "'{kind}' is not a valid bundle kind. Valid values: {}.",
                    BundleKind::names().join(", ")
                ))
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
                    print_export(out, &s);
                }
                return Ok(ExitCode::SUCCESS);
            }
            let (bytes, summary) = store.export_bundle(&req, ctx.now)?;
            std::fs::write(&to, &bytes)
                .map_err(|e| Failure::Other(format!("could not write {}: {e}", to.display())))?;
            if ctx.json {
                out.json(&serde_json::json!({
                    "path": to.display().to_string(),
                    "bytes": bytes.len(),
                    "kind": kind,
                    "bundle_id": summary.bundle_id,
                    "summary": summary,
                }))?;
            } else {
                print_export(out, &summary);
                out.line(format!(
                    "Wrote {} bundle {} ({} bytes).",
                    kind,
                    to.display(),
                    bytes.len()
                ));
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
                .map_err(|e| Failure::Other(format!("could not read {}: {e}", file.display())))?;
            let preview = store.preview_import(&bytes, ctx.now)?;
            let interactive = !yes && std::io::IsTerminal::is_terminal(&std::io::stdin());
            let mut trust = trust_signer;
            if !ctx.json {
                print_preview(out, &preview);
            }
            if let Some(r) = &preview.refusal {
                let unknown = r.kind == "untrusted_signer";
                if unknown && interactive && !trust {
                    trust = ask(&format!(
                        "Trust key {} of “{}” from now on? Compare it with them first. [y/N] ",
                        preview.key_id, preview.organization
                    ));
                }
            }
            if !yes && !interactive {
                return Err(Failure::Usage(
                    "Nothing was imported: check the preview above, then run again with --yes (and --trust-signer for a signer this workspace does not know yet).".into(),
                ));
            }
            if interactive && !ask("Import it? [y/N] ") {
                out.line("Nothing was imported.");
                return Ok(ExitCode::SUCCESS);
            }
            let done = store.import_bundle(&bytes, trust, ctx.now)?;
            if ctx.json {
                out.json(&done)?;
            } else if done.already_imported {
                out.line("This bundle was imported before; nothing changed.");
            } else {
                let c = &done.counts;
                out.line(format!(
                    "Imported {} bundle {} from {}: {} added, {} updated, {} unchanged, {} older skipped, {} conflicts kept for you to review.",
                    done.kind, done.bundle_id, done.organization, c.add, c.update, c.unchanged, c.older, c.conflict
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
                        format!(
                            "{}  {:8}  {:9}  {}  {} ({} records)",
                            short_time(b.at),
                            b.direction,
                            b.kind.as_str(),
                            b.bundle_id,
                            b.organization,
                            b.items.len()
                        )
                    })
                    .collect();
                out.list("Bundles", &rows);
            }
            Ok(ExitCode::SUCCESS)
        }
        BundleCmd::Verify { file } => {
            let bytes = std::fs::read(&file)
                .map_err(|e| Failure::Other(format!("could not read {}: {e}", file.display())))?;
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
                out.line(format!(
                    "Valid {} bundle {} signed by {} (key {}).",
                    b.info.kind, b.info.bundle_id, b.info.organization, b.info.key_id
                ));
            }
            Ok(ExitCode::SUCCESS)
        }
        BundleCmd::Inspect { file } => {
            let bytes = std::fs::read(&file)
                .map_err(|e| Failure::Other(format!("could not read {}: {e}", file.display())))?;
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
                out.line(format!("{} bundle {}", b.info.kind, b.info.bundle_id));
                out.line(format!(
                    "  signed by:  {} (key {})",
                    b.info.organization, b.info.key_id
                ));
                out.line(format!("  created:    {}", b.info.created.to_rfc3339()));
                if !b.info.recipients.is_empty() {
                    out.line(format!("  for:        {}", b.info.recipients.join(", ")));
                }
                let list: Vec<String> = b
                    .payload
                    .iter()
                    .map(|(p, v)| format!("data/{p} ({} bytes)", v.len()))
                    .collect();
                out.list("Files", &list);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn print_export(out: &mut Out, s: &opencall_core::bundle::ExportSummary) {
    out.line(format!(
        "{} bundle for {} on “{}” carries:",
        s.kind,
        if s.recipients.is_empty() {
            "anyone it is sent to".to_owned()
        } else {
            s.recipients.join(", ")
        },
        s.challenge_title
    ));
    for i in &s.items {
        out.line(format!("  {:12} {}  {}", i.kind.as_str(), i.id, i.label));
    }
    if s.attachments > 0 {
        out.line(format!(
            "  {} attachments, {} bytes",
            s.attachments, s.attachment_bytes
        ));
    }
}

fn print_preview(out: &mut Out, p: &opencall_core::bundle::ImportPreview) {
    use opencall_core::store::TrustState;
    out.line(format!(
        "{} bundle {} from {} (key {}), made {}",
        p.kind,
        p.bundle_id,
        p.organization,
        p.key_id,
        p.created.to_rfc3339()
    ));
    out.line(match &p.trust {
        TrustState::Trusted { trusted_at } => {
            format!("  signer: trusted since {}", trusted_at.to_rfc3339())
        }
        TrustState::Unknown => {
            "  signer: NOT TRUSTED YET — this is the first bundle from this key".into()
        }
        TrustState::Changed { known_key_id } => {
            format!("  signer: REFUSED — this organization is known here by key {known_key_id}")
        }
        TrustState::Revoked { revoked_at } => {
            format!(
                "  signer: REFUSED — key revoked {}",
                revoked_at.to_rfc3339()
            )
        }
        TrustState::Own => "  signer: this workspace itself".into(),
    });
    if p.already_imported {
        out.line("  already imported: nothing will change");
    }
    for i in &p.items {
        out.line(format!(
            "  {:9} {:12} {}  {}{}",
            i.action.as_str(),
            i.kind.as_str(),
            i.id,
            i.label,
            match i.reason {
                None => String::new(),
                Some(r) => format!(
                    " ({}{})",
                    r.as_str().replace('_', " "),
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
fn ask(question: &str) -> bool {
    use std::io::Write;
    eprint!("{question}");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).is_ok() && line.trim().eq_ignore_ascii_case("y")
}

fn backup(ctx: &Ctx, out: &mut Out, cmd: crate::args::BackupCmd) -> Res {
    use crate::args::BackupCmd;
    use opencall_core::store::backup;
    let human = |b: u64| format!("{:.1} MB", b as f64 / 1_048_576.0);
    match cmd {
        BackupCmd::Create { keep } => {
            let store = ctx.open()?;
            let f = store.create_backup(ctx.now, keep)?;
            if ctx.json {
                out.json(&f)?;
            } else {
                out.line(format!("Wrote backup {} ({}).", f.path, human(f.bytes)));
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
                            "{}  {:>9}  {}",
                            short_time(b.created),
                            human(b.bytes),
                            b.path
                        )
                    })
                    .collect();
                out.list("Backups", &rows);
            }
        }
        BackupCmd::Verify { file } => {
            let path = match file {
                Some(f) => f,
                None => backup::list_backups(&ctx.dir)?
                    .first()
                    .map(|b| std::path::PathBuf::from(&b.path))
                    .ok_or_else(|| {
                        Failure::Usage("There are no backups yet: run `backup create`.".into())
                    })?,
            };
            let c = backup::verify_backup(&path)?;
            if ctx.json {
                out.json(&c)?;
            } else {
                out.line(format!(
                    "Valid backup of {} (key {}) made {}: {} log entries, {} attachments.",
                    c.organization,
                    c.key_id,
                    c.created.to_rfc3339(),
                    c.log_entries,
                    c.attachments
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
                    let question = format!(
                        "Replace the workspace in {} with this backup? The current one is kept aside. [y/N] ",
                        ctx.dir.display()
                    );
                    let confirmed = yes || (interactive && ask(&question));
                    if !confirmed {
                        return Err(Failure::Usage(
                            "Nothing was restored: confirm with --yes to replace this workspace.".into(),
                        ));
                    }
                    backup::restore_in_place(&file, &ctx.dir, ctx.now)?
                }
                (None, false) => {
                    return Err(Failure::Usage(
                        "Say where to restore: --to EMPTY_FOLDER, or --in-place to replace this workspace.".into(),
                    ))
                }
            };
            if ctx.json {
                out.json(&c)?;
            } else {
                out.line(format!(
                    "Restored the backup of {} made {} ({} log entries; the log verifies).",
                    c.organization,
                    c.created.to_rfc3339(),
                    c.log_entries
                ));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn trust(ctx: &Ctx, out: &mut Out, cmd: crate::args::TrustCmd) -> Res {
    let store = ctx.open()?;
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
                            "{}  {}  trusted {}{}",
                            k.key_id,
                            k.organization,
                            short_time(k.trusted_at),
                            k.revoked_at
                                .map(|r| format!(", REVOKED {}", short_time(r)))
                                .unwrap_or_default()
                        )
                    })
                    .collect();
                out.list("Trusted keys", &rows);
            }
        }
        crate::args::TrustCmd::Revoke { key_id } => {
            let k = store.revoke_key(&key_id, ctx.now)?;
            if ctx.json {
                out.json(&k)?;
            } else {
                out.line(format!(
                    "Revoked key {} of {}: bundles it signs are refused from now on.",
                    k.key_id, k.organization
                ));
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
        out.line(format!("Organization: {}", ws.organization.name));
        out.line(format!("Key id:       {key_id}"));
        out.line(format!("Public key:   {public_key}"));
        out.line(format!(
            "Fingerprint:  {}",
            ws.organization.key_fingerprint()
        ));
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
        out.line(format!(
            "Recorded: {} accepted “{}” version {} (sha256 {}).",
            c.body.name,
            a.body.title,
            acc.version,
            short_hash(&acc.version_sha256)
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
        out.line(format!(
            "Published “{}” version {} (sha256 {}) — agreement {}",
            a.body.title, v.number, v.sha256, a.id
        ));
    }
    Ok(ExitCode::SUCCESS)
}

/// The `publish --title --kind (--text | --file)` form: creates the agreement
/// (its draft is the text) and returns its id for publishing.
fn create_agreement(ctx: &Ctx, store: &Store, args: PublishAgreement) -> Res<AgreementId> {
    let usage = "give an agreement id, or --title, --kind and --text or --file to create and publish a new agreement.";
    let (Some(title), Some(kind)) = (args.title, args.kind) else {
        return Err(Failure::Usage(format!("agreement publish: {usage}")));
    };
    let kind = parse_enum::<AgreementKind>("agreement kind", &kind)?;
    let text = match (args.text, args.file) {
        (Some(text), None) => text,
        (None, Some(path)) => read_text(&path)?,
        _ => {
            return Err(Failure::Usage(format!(
                "agreement publish: give the text with --text or --file; {usage}"
            )))
        }
    };
    if text.trim().is_empty() {
        return Err(Failure::Usage(
            "agreement publish: the agreement text is empty; there is nothing to publish.".into(),
        ));
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
        .map_err(|e| Failure::Other(format!("could not read {}: {e}", path.display())))
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
                out.line(format!(
                    "Activity log intact: {entries} entries, head {head}"
                ));
            }
            Ok(ExitCode::SUCCESS)
        }
        Verification::Broken { seq, reason } => {
            if !ctx.json {
                out.line(format!("Activity log BROKEN at entry {seq}: {reason}"));
            }
            Ok(ExitCode::from(1))
        }
    }
}

/// A log entry's facts as `key=value` words (the CLI's rendering; the app
/// renders the same data through its translations).
fn detail_text(e: &LogEntry) -> String {
    if let Some(legacy) = &e.legacy {
        return legacy.summary.clone();
    }
    let mut parts = Vec::new();
    for (k, v) in &e.detail {
        if k == "label" {
            continue;
        }
        let value = match v {
            Value::String(s) => s.clone(),
            Value::Array(items) => items
                .iter()
                .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned))
                .collect::<Vec<_>>()
                .join(","),
            other => other.to_string(),
        };
        parts.push(format!("{k}={value}"));
    }
    parts.join(" ")
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
    if total == 0 {
        out.line("The activity log is empty.");
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
                e.action.clone(),
                truncate(label, 40),
                detail_text(e),
            ]
        })
        .collect();
    if !rows.is_empty() {
        out.table(
            &["SEQ", "AT (UTC)", "ACTOR", "ACTION", "RECORD", "DETAIL"],
            &rows,
        );
        out.blank();
    }
    out.line(format!(
        "Showing {} of {total} entries, newest first{}.",
        entries.len(),
        if page.offset > 0 {
            format!(", after skipping {}", page.offset)
        } else {
            String::new()
        }
    ));
    Ok(ExitCode::SUCCESS)
}

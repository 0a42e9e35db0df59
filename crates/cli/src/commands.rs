//! What each command does: open the store, call the core, print the result.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::Value;

use opencall_core::activity::Verification;
use opencall_core::agreement::{Agreement, AgreementInput, AgreementKind};
use opencall_core::challenge::{
    AudienceKind, Challenge, ChallengeFilter, ChallengeInput, ChallengeStatus, ChallengeType,
    Criterion, Incentive, IncentiveKind, IpRegime,
};
use opencall_core::contributor::{
    Contact, Contributor, ContributorFilter, ContributorInput, ContributorKind, EntityKind,
};
use opencall_core::ids::{AgreementId, ChallengeId};
use opencall_core::workspace::WorkspaceInput;
use opencall_core::{paths, Store};

use crate::args::{
    AgreementCmd, ChallengeCmd, Cli, Command, ContributorCmd, CreateChallenge, LogCmd,
    PublishAgreement,
};
use crate::output::{truncate, Failure, Out};

type Res<T = ExitCode> = Result<T, Failure>;

/// Runs one parsed command line, writing stdout into `out`.
pub fn run(cli: Cli, out: &mut Out) -> Res {
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
        now: Utc::now(),
    };
    match cli.command {
        Command::Init { org, user, role } => init(&ctx, out, org, user, role),
        Command::Demo => demo(&ctx, out),
        Command::Challenge(cmd) => {
            let store = ctx.open()?;
            match cmd {
                ChallengeCmd::List {
                    status,
                    challenge_type,
                    search,
                    archived,
                } => {
                    let filter = ChallengeFilter {
                        status: status.map(|s| parse_status(&s)).transpose()?,
                        challenge_type: challenge_type.map(|t| parse_type(&t)).transpose()?,
                        text: search,
                        include_archived: archived,
                    };
                    challenge_list(&ctx, out, &store, &filter)
                }
                ChallengeCmd::Show { id } => challenge_show(&ctx, out, &store, &id),
                ChallengeCmd::Create(args) => challenge_create(&ctx, out, &store, args),
                ChallengeCmd::Status { id, status } => {
                    challenge_status(&ctx, out, &store, &id, &status)
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
                } => {
                    let filter = ContributorFilter {
                        kind: kind.map(|k| parse_contributor_kind(&k)).transpose()?,
                        expertise,
                        group,
                        text: search,
                        include_archived: archived,
                    };
                    contributor_list(&ctx, out, &store, &filter)
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
                    let mut input = ContributorInput::new(name, parse_contributor_kind(&kind)?);
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
                AgreementCmd::List { archived } => agreement_list(&ctx, out, &store, archived),
                AgreementCmd::Publish(args) => agreement_publish(&ctx, out, &store, args),
            }
        }
        Command::Log(cmd) => {
            let store = ctx.open()?;
            match cmd {
                LogCmd::Verify => log_verify(&ctx, out, &store),
                LogCmd::List { limit } => log_list(&ctx, out, &store, limit),
            }
        }
    }
}

struct Ctx {
    dir: PathBuf,
    json: bool,
    now: DateTime<Utc>,
}

impl Ctx {
    /// Opens an existing, set-up workspace without creating anything.
    fn open(&self) -> Res<Store> {
        Ok(Store::open_existing(&self.dir)?)
    }
}

// ---------------------------------------------------------------- parsing

/// The values people may type for an enum: its names, with hyphens.
fn names<T: Copy>(all: &[T], as_str: fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|v| as_str(*v).replace('_', "-")).collect()
}

/// Parses `value` with a core `parse` helper; on failure lists the valid values.
fn parse_enum<T>(
    what: &str,
    value: &str,
    parse: fn(&str) -> Option<T>,
    valid: &[String],
) -> Res<T> {
    parse(value).ok_or_else(|| {
        Failure::Usage(format!(
            "'{value}' is not a valid {what}. Valid values: {}.",
            valid.join(", ")
        ))
    })
}

fn parse_contributor_kind(value: &str) -> Res<ContributorKind> {
    let valid = names(&ContributorKind::ALL, ContributorKind::as_str);
    parse_enum("contributor kind", value, ContributorKind::parse, &valid)
}

fn parse_status(value: &str) -> Res<ChallengeStatus> {
    let valid = names(&ChallengeStatus::ALL, ChallengeStatus::as_str);
    parse_enum("status", value, ChallengeStatus::parse, &valid)
}

fn parse_type(value: &str) -> Res<ChallengeType> {
    let valid = names(&ChallengeType::ALL, ChallengeType::as_str);
    parse_enum("type", value, ChallengeType::parse, &valid)
}

fn parse_incentive(spec: &str) -> Res<Incentive> {
    let Some((kind, text)) = spec.split_once(':') else {
        return Err(Failure::Usage(format!(
            "--incentive '{spec}' must look like KIND:TEXT, e.g. money:\"€5,000 prize\"."
        )));
    };
    let valid = names(&IncentiveKind::ALL, IncentiveKind::as_str);
    let kind = parse_enum("incentive kind", kind, IncentiveKind::parse, &valid)?;
    Ok(Incentive {
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
    let weight: u32 = weight.trim().parse().map_err(|_| bad())?;
    Ok(Criterion {
        name: name.trim().to_owned(),
        weight,
        description: String::new(),
    })
}

fn parse_date(value: &str) -> Res<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| {
        Failure::Usage(format!(
            "'{value}' is not a valid date; write it as YYYY-MM-DD, e.g. 2026-09-30."
        ))
    })
}

fn parse_challenge_id(value: &str) -> Res<ChallengeId> {
    Ok(value.parse::<ChallengeId>()?)
}

// ---------------------------------------------------------------- labels

/// The serde (snake_case) name of a unit enum value.
fn snake<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

/// A snake_case name as people read it.
fn words<T: Serialize>(value: &T) -> String {
    snake(value).replace('_', " ")
}

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

fn short_time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M").to_string()
}

fn short_hash(h: &str) -> &str {
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

fn demo(ctx: &Ctx, out: &mut Out) -> Res {
    let store = Store::open(&ctx.dir)?;
    let report = opencall_core::demo::seed(&store, ctx.now)?;
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

// ---------------------------------------------------------------- challenges

/// One row of `challenge list --json`.
#[derive(Serialize)]
struct ChallengeRow<'a> {
    id: ChallengeId,
    title: &'a str,
    status: ChallengeStatus,
    #[serde(rename = "type")]
    challenge_type: ChallengeType,
    deadline: Option<NaiveDate>,
    lead: &'a str,
    archived: bool,
    revision: u64,
    updated_at: DateTime<Utc>,
}

fn challenge_row(c: &Challenge) -> ChallengeRow<'_> {
    ChallengeRow {
        id: c.id,
        title: &c.title,
        status: c.status,
        challenge_type: c.challenge_type,
        deadline: c.deadline,
        lead: &c.lead,
        archived: c.meta.archived,
        revision: c.meta.revision,
        updated_at: c.meta.updated_at,
    }
}

fn challenge_list(ctx: &Ctx, out: &mut Out, store: &Store, filter: &ChallengeFilter) -> Res {
    let list = store.challenges(filter)?;
    if ctx.json {
        let rows: Vec<ChallengeRow<'_>> = list.iter().map(challenge_row).collect();
        out.json(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    if list.is_empty() {
        out.line("No challenges match.");
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|c| {
            let mut status = c.status.as_str().to_owned();
            if c.meta.archived {
                status.push_str(" (archived)");
            }
            vec![
                status,
                date_or_dash(c.deadline),
                truncate(&c.title, 60),
                c.id.to_string(),
            ]
        })
        .collect();
    out.table(&["STATUS", "DEADLINE", "TITLE", "ID"], &rows);
    Ok(ExitCode::SUCCESS)
}

fn challenge_show(ctx: &Ctx, out: &mut Out, store: &Store, id: &str) -> Res {
    let c = store.challenge(parse_challenge_id(id)?)?;
    if ctx.json {
        out.json(&c)?;
        return Ok(ExitCode::SUCCESS);
    }
    out.line(format!("“{}”", c.title));
    out.line(format!("  id:        {}", c.id));
    let archived = if c.meta.archived { " (archived)" } else { "" };
    out.line(format!("  status:    {}{archived}", c.status.as_str()));
    out.line(format!("  type:      {}", words(&c.challenge_type)));
    out.line(format!("  deadline:  {}", date_or_dash(c.deadline)));
    out.line(format!("  lead:      {}", c.lead));
    out.line(format!(
        "  revision:  {} (created {}, updated {})",
        c.meta.revision,
        short_time(c.meta.created_at),
        short_time(c.meta.updated_at)
    ));

    out.section("Brief", &c.brief);
    out.section("Problem", &c.problem);
    out.list("Goals", &c.goals);
    out.list("Success criteria", &c.success_criteria);
    out.list("Shared by the sponsor", &c.assets_shared);
    out.list("Lessons learned", &c.lessons);
    out.list("Constraints", &c.constraints);

    out.blank();
    out.line("Audience:");
    out.line(format!(
        "  {}",
        match c.audience.kind {
            AudienceKind::InternalOnly => "internal only (own staff)",
            AudienceKind::Invited => "invited contributors and groups",
            AudienceKind::Open => "open to anyone who receives it",
        }
    ));
    if !c.audience.contributors.is_empty() {
        let names: Vec<String> = c
            .audience
            .contributors
            .iter()
            .map(|id| {
                store
                    .contributor(*id)
                    .map_or_else(|_| id.to_string(), |p| p.name)
            })
            .collect();
        out.line(format!("  contributors: {}", names.join(", ")));
    }
    if !c.audience.groups.is_empty() {
        out.line(format!("  groups: {}", c.audience.groups.join(", ")));
    }

    out.blank();
    out.line("Rules:");
    for (label, text) in [
        ("Conduct", &c.rules.conduct),
        ("Confidentiality", &c.rules.confidentiality),
        ("Idea handling", &c.rules.idea_handling),
        ("Dispute resolution", &c.rules.dispute_resolution),
    ] {
        if !text.trim().is_empty() {
            out.line(format!("  {label}: {}", text.trim()));
        }
    }
    out.line(format!("  IP regime: {}", ip_regime(c.rules.ip_regime)));

    let agreements: Vec<String> = c
        .required_agreements
        .iter()
        .map(|id| match store.agreement(*id) {
            Ok(a) => match a.latest() {
                Some(v) => format!("{} (v{}, {})", a.title, v.number, short_hash(&v.sha256)),
                None => format!("{} (not published yet)", a.title),
            },
            Err(_) => format!("{id} (missing)"),
        })
        .collect();
    out.list("Required agreements", &agreements);

    let incentives: Vec<String> = c
        .incentives
        .iter()
        .map(|i| format!("{}: {}", words(&i.kind), i.description))
        .collect();
    out.list("Incentives", &incentives);

    let total = c.total_weight().max(1);
    let criteria: Vec<String> = c
        .criteria
        .iter()
        .map(|k| {
            let pct = (f64::from(k.weight) * 100.0 / f64::from(total)).round();
            let mut line = format!("{} — weight {} ({pct}%)", k.name, k.weight);
            if !k.description.is_empty() {
                line.push_str(&format!(": {}", k.description));
            }
            line
        })
        .collect();
    out.list("Evaluation criteria", &criteria);

    let risks: Vec<String> = c
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

    let decisions: Vec<String> = c
        .decisions
        .iter()
        .map(|d| {
            let mut line = format!("{} {}: {}", d.date, words(&d.kind), d.text);
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
        input.challenge_type = parse_type(&t)?;
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
    let c = store.create_challenge(input, ctx.now)?;
    if ctx.json {
        out.json(&c)?;
    } else {
        out.line(format!("Created challenge {} “{}”", c.id, c.title));
    }
    Ok(ExitCode::SUCCESS)
}

fn challenge_status(ctx: &Ctx, out: &mut Out, store: &Store, id: &str, status: &str) -> Res {
    let id = parse_challenge_id(id)?;
    let to = parse_status(status)?;
    let before = store.challenge(id)?.status;
    let c = store.set_challenge_status(id, None, to, ctx.now)?;
    if ctx.json {
        out.json(&c)?;
    } else if before == c.status {
        out.line(format!(
            "Challenge {} “{}” is already {}.",
            c.id,
            c.title,
            c.status.as_str()
        ));
    } else {
        out.line(format!(
            "Moved challenge {} “{}” from {} to {}.",
            c.id,
            c.title,
            before.as_str(),
            c.status.as_str()
        ));
    }
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------- contributors

fn contributor_list(ctx: &Ctx, out: &mut Out, store: &Store, filter: &ContributorFilter) -> Res {
    let list: Vec<Contributor> = store.contributors(filter)?;
    if ctx.json {
        out.json(&list)?;
        return Ok(ExitCode::SUCCESS);
    }
    if list.is_empty() {
        out.line("No contributors match.");
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|c| {
            vec![
                c.kind.as_str().replace('_', "-"),
                truncate(&c.name, 40),
                truncate(&c.affiliation, 40),
                truncate(&c.expertise.join(", "), 50),
                c.id.to_string(),
            ]
        })
        .collect();
    out.table(&["KIND", "NAME", "AFFILIATION", "EXPERTISE", "ID"], &rows);
    Ok(ExitCode::SUCCESS)
}

fn contributor_add(ctx: &Ctx, out: &mut Out, store: &Store, input: ContributorInput) -> Res {
    let c = store.create_contributor(input, ctx.now)?;
    if ctx.json {
        out.json(&c)?;
    } else {
        out.line(format!(
            "Added contributor {} {} ({})",
            c.id,
            c.name,
            c.kind.as_str().replace('_', "-")
        ));
    }
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------- agreements

/// One row of `agreement list --json`.
#[derive(Serialize)]
struct AgreementRow<'a> {
    id: AgreementId,
    title: &'a str,
    kind: AgreementKind,
    summary: &'a str,
    /// The latest published version (without its text), if any.
    latest_version: Option<VersionRow<'a>>,
    versions: usize,
    unpublished_changes: bool,
    archived: bool,
    revision: u64,
}

#[derive(Serialize)]
struct VersionRow<'a> {
    number: u32,
    sha256: &'a str,
    published_at: DateTime<Utc>,
    published_by: &'a str,
}

fn agreement_row(a: &Agreement) -> AgreementRow<'_> {
    AgreementRow {
        id: a.id,
        title: &a.title,
        kind: a.kind,
        summary: &a.summary,
        latest_version: a.latest().map(|v| VersionRow {
            number: v.number,
            sha256: &v.sha256,
            published_at: v.published_at,
            published_by: &v.published_by,
        }),
        versions: a.versions.len(),
        unpublished_changes: a.has_unpublished_changes(),
        archived: a.meta.archived,
        revision: a.meta.revision,
    }
}

fn agreement_list(ctx: &Ctx, out: &mut Out, store: &Store, archived: bool) -> Res {
    let list = store.agreements(None, archived)?;
    if ctx.json {
        let rows: Vec<AgreementRow<'_>> = list.iter().map(agreement_row).collect();
        out.json(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    if list.is_empty() {
        out.line("No agreements yet.");
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|a| {
            let latest = a.latest().map_or_else(
                || "unpublished".to_owned(),
                |v| format!("v{} {}", v.number, short_hash(&v.sha256)),
            );
            let changes = if a.has_unpublished_changes() {
                "unpublished changes"
            } else {
                "-"
            };
            vec![
                truncate(&a.title, 50),
                a.kind.as_str().replace('_', "-"),
                latest,
                changes.to_owned(),
                a.id.to_string(),
            ]
        })
        .collect();
    out.table(&["TITLE", "KIND", "LATEST", "DRAFT", "ID"], &rows);
    Ok(ExitCode::SUCCESS)
}

fn agreement_publish(ctx: &Ctx, out: &mut Out, store: &Store, args: PublishAgreement) -> Res {
    let id = match args.id {
        Some(id) => id.parse::<AgreementId>()?,
        None => create_agreement(ctx, store, args)?,
    };
    let a = store.publish_agreement(id, None, ctx.now)?;
    if ctx.json {
        out.json(&a)?;
    } else if let Some(v) = a.latest() {
        out.line(format!(
            "Published “{}” version {} (sha256 {}) — agreement {}",
            a.title, v.number, v.sha256, a.id
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
    let valid = names(&AgreementKind::ALL, AgreementKind::as_str);
    let kind = parse_enum("agreement kind", &kind, AgreementKind::parse, &valid)?;
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

fn read_text(path: &Path) -> Res<String> {
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

fn log_list(ctx: &Ctx, out: &mut Out, store: &Store, limit: usize) -> Res {
    let entries = store.activity(0, limit)?;
    if ctx.json {
        out.json(&entries)?;
        return Ok(ExitCode::SUCCESS);
    }
    if entries.is_empty() {
        out.line("The activity log is empty.");
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            vec![
                e.seq.to_string(),
                short_time(e.at),
                e.actor.clone(),
                words(&e.action),
                e.summary.clone(),
            ]
        })
        .collect();
    out.table(&["SEQ", "AT (UTC)", "ACTOR", "ACTION", "SUMMARY"], &rows);
    out.blank();
    out.line(format!(
        "Showing {} of {} entries, newest first.",
        entries.len(),
        store.activity_len()
    ));
    Ok(ExitCode::SUCCESS)
}

//! `subproblem`, `question`, `dispute`, `obligation`, `leaderboard`,
//! `challenge dashboard` and `export`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use opencall_core::contributor::ContributorKind;
use opencall_core::export::CsvKind;
use opencall_core::idea::Reviewer;
use opencall_core::work::{ObligationStatus, SubProblemBody, SubProblemInput, SubProblemStatus};
use opencall_core::Store;

use crate::commands::{parse_date, parse_enum, Ctx, Res};
use crate::i18n::Tr;
use crate::output::{truncate, Failure, Out};

#[derive(Debug, Subcommand)]
pub enum SubproblemCmd {
    /// Add a sub-problem to a challenge
    Add {
        #[arg(long, value_name = "CHALLENGE_ID")]
        challenge: String,
        #[arg(long)]
        title: String,
        /// Markdown description
        #[arg(long)]
        description: Option<String>,
        /// Under this sub-problem
        #[arg(long, value_name = "SUBPROBLEM_ID")]
        parent: Option<String>,
        /// A required expertise tag (repeatable)
        #[arg(long = "expertise", value_name = "TAG")]
        expertise: Vec<String>,
        /// YYYY-MM-DD
        #[arg(long)]
        due: Option<String>,
    },
    /// The challenge's sub-problems as a tree, with completion
    List {
        #[arg(long, value_name = "CHALLENGE_ID")]
        challenge: String,
    },
    /// A contributor claims a sub-problem
    Claim {
        id: String,
        #[arg(long, value_name = "CONTRIBUTOR_ID")]
        contributor: String,
    },
    /// Move a sub-problem: open, claimed, in_progress, done, dropped
    Status { id: String, status: String },
    /// Who could take this: contributors ranked by matching expertise
    Candidates {
        id: String,
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
}

#[derive(Debug, Subcommand)]
pub enum QuestionCmd {
    /// Ask a question on a challenge (as you, or for a contributor)
    Ask {
        #[arg(long, value_name = "CHALLENGE_ID")]
        challenge: String,
        #[arg(long)]
        text: String,
        /// Recorded on behalf of this contributor
        #[arg(long, value_name = "CONTRIBUTOR_ID")]
        contributor: Option<String>,
    },
    /// Answer a question (internal unless --public)
    Answer {
        id: String,
        #[arg(long)]
        text: String,
        /// Share the answer with all participants
        #[arg(long)]
        public: bool,
    },
    /// A challenge's questions and answers
    List {
        #[arg(long, value_name = "CHALLENGE_ID")]
        challenge: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum DisputeCmd {
    /// Raise a dispute on a challenge
    Raise {
        #[arg(long, value_name = "CHALLENGE_ID")]
        challenge: String,
        #[arg(long)]
        text: String,
        /// Raised by this contributor (default: you)
        #[arg(long, value_name = "CONTRIBUTOR_ID")]
        by: Option<String>,
        /// The idea it is about
        #[arg(long, value_name = "IDEA_ID")]
        idea: Option<String>,
    },
    /// Add a note to the discussion
    Note {
        id: String,
        #[arg(long)]
        text: String,
    },
    /// Resolve it (you are recorded as who decided)
    Resolve {
        id: String,
        #[arg(long)]
        resolution: String,
    },
    /// A challenge's disputes
    List {
        #[arg(long, value_name = "CHALLENGE_ID")]
        challenge: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ObligationCmd {
    /// Obligations, soonest due first
    List {
        #[arg(long, value_name = "CHALLENGE_ID")]
        challenge: Option<String>,
        #[arg(long, value_name = "CONTRIBUTOR_ID")]
        contributor: Option<String>,
    },
    /// Mark an obligation delivered
    Deliver {
        id: String,
        /// Evidence: what was delivered, how
        #[arg(long)]
        note: Option<String>,
    },
    /// Waive an obligation (say why)
    Waive {
        id: String,
        #[arg(long)]
        reason: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportCmd {
    /// CSV of ideas, contributors, reviews or obligations
    Csv {
        /// ideas, contributors, reviews or obligations
        kind: String,
        #[arg(long, value_name = "CHALLENGE_ID")]
        challenge: Option<String>,
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
    /// A challenge report: FILE.html (self-contained) or FILE.md
    Report {
        #[arg(long, value_name = "CHALLENGE_ID")]
        challenge: String,
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
}

fn party(store: &Store, contributor: Option<String>) -> Res<Reviewer> {
    Ok(match contributor {
        Some(c) => Reviewer::Contributor(store.find_contributor(&c)?.id),
        None => Reviewer::Person(store.require_workspace()?.user),
    })
}

fn pct(x: f64) -> String {
    format!("{:.0} %", x * 100.0)
}

pub(crate) fn subproblem(ctx: &Ctx, out: &mut Out, store: &Store, cmd: SubproblemCmd) -> Res {
    let t = ctx.t();
    match cmd {
        SubproblemCmd::Add {
            challenge,
            title,
            description,
            parent,
            expertise,
            due,
        } => {
            let c = store.find_challenge(&challenge)?;
            let parent = parent
                .map(|p| Ok::<_, Failure>(store.find_sub_problem(&p)?.id))
                .transpose()?;
            let sp = store.create_sub_problem(
                SubProblemInput {
                    challenge: Some(c.id),
                    parent,
                    body: SubProblemBody {
                        title,
                        description: description.unwrap_or_default(),
                        expertise,
                        due: due.as_deref().map(parse_date).transpose()?,
                        assigned: vec![],
                    },
                },
                ctx.now,
            )?;
            if ctx.json {
                out.json(&sp)?;
            } else {
                out.line(sp.id.to_string());
            }
        }
        SubproblemCmd::List { challenge } => {
            let c = store.find_challenge(&challenge)?;
            let tree = store.sub_problems(c.id)?;
            if ctx.json {
                out.json(&tree)?;
                return Ok(ExitCode::SUCCESS);
            }
            out.line(t.subproblems_done(
                &c.body.title,
                tree.done,
                tree.total,
                pct(tree.completion),
            ));
            fn walk(
                t: Tr,
                out: &mut Out,
                nodes: &[opencall_core::work::SubProblemNode],
                depth: usize,
            ) {
                for n in nodes {
                    let s = &n.sub_problem;
                    out.line(format!(
                        "{}- [{}] {} ({}{}{}) {}",
                        "  ".repeat(depth),
                        t.label(s.status),
                        s.body.title,
                        pct(n.completion),
                        t.sep(),
                        s.body.expertise.join(t.sep()),
                        s.id
                    ));
                    walk(t, out, &n.children, depth + 1);
                }
            }
            walk(t, out, &tree.roots, 0);
        }
        SubproblemCmd::Claim { id, contributor } => {
            let sp = store.find_sub_problem(&id)?;
            let who = store.find_contributor(&contributor)?;
            let sp = store.claim_sub_problem(sp.id, who.id, ctx.now)?;
            if ctx.json {
                out.json(&sp)?;
            } else {
                out.line(t.claimed(&who.body.name, &sp.body.title));
            }
        }
        SubproblemCmd::Status { id, status } => {
            let to = parse_enum::<SubProblemStatus>(Tr::what_status, &status)?;
            let sp = store.find_sub_problem(&id)?;
            let sp = store.set_sub_problem_status(sp.id, to, ctx.now)?;
            if ctx.json {
                out.json(&sp)?;
            } else {
                out.line(t.now_status(&sp.body.title, t.label(sp.status)));
            }
        }
        SubproblemCmd::Candidates { id, limit } => {
            let sp = store.find_sub_problem(&id)?;
            let list = store.candidates(sp.id, limit)?;
            if ctx.json {
                out.json(&list)?;
                return Ok(ExitCode::SUCCESS);
            }
            if list.is_empty() {
                out.line(t.no_candidates());
            }
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|c| {
                    vec![
                        truncate(&c.name, 40),
                        t.label(c.kind).to_owned(),
                        c.matching.join(t.sep()),
                        c.record.to_string(),
                        c.contributor.to_string(),
                    ]
                })
                .collect();
            out.table(
                &[
                    t.h_name(),
                    t.h_kind(),
                    t.h_matching(),
                    t.h_done_before(),
                    t.h_id(),
                ],
                &rows,
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn question(ctx: &Ctx, out: &mut Out, store: &Store, cmd: QuestionCmd) -> Res {
    let t = ctx.t();
    let visibility = |public: bool| {
        if public {
            t.visibility_public()
        } else {
            t.visibility_internal()
        }
    };
    match cmd {
        QuestionCmd::Ask {
            challenge,
            text,
            contributor,
        } => {
            let c = store.find_challenge(&challenge)?;
            let q = store.ask_question(c.id, party(store, contributor)?, &text, ctx.now)?;
            if ctx.json {
                out.json(&q)?;
            } else {
                out.line(q.id.to_string());
            }
        }
        QuestionCmd::Answer { id, text, public } => {
            let q = store.find_question(&id)?;
            let q = store.answer_question(q.id, &text, public, ctx.now)?;
            if ctx.json {
                out.json(&q)?;
            } else {
                out.line(t.answered(visibility(public)));
            }
        }
        QuestionCmd::List { challenge } => {
            let c = store.find_challenge(&challenge)?;
            let list = store.questions(c.id)?;
            if ctx.json {
                out.json(&list)?;
                return Ok(ExitCode::SUCCESS);
            }
            for q in list {
                out.line(t.question_line(&q.text, q.id));
                match q.answer {
                    Some(a) => out.line(t.answer_line(&a.text, visibility(a.public))),
                    None => out.line(t.unanswered()),
                }
                out.blank();
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn dispute(ctx: &Ctx, out: &mut Out, store: &Store, cmd: DisputeCmd) -> Res {
    let t = ctx.t();
    match cmd {
        DisputeCmd::Raise {
            challenge,
            text,
            by,
            idea,
        } => {
            let c = store.find_challenge(&challenge)?;
            let about = idea
                .map(|i| {
                    Ok::<_, Failure>(opencall_core::work::RecordRef {
                        kind: opencall_core::record::RecordKind::Idea,
                        id: store.find_idea(&i)?.id.to_string(),
                    })
                })
                .transpose()?;
            let d = store.raise_dispute(c.id, party(store, by)?, about, &text, ctx.now)?;
            if ctx.json {
                out.json(&d)?;
            } else {
                out.line(d.id.to_string());
            }
        }
        DisputeCmd::Note { id, text } => {
            let d = store.find_dispute(&id)?;
            let d = store.add_dispute_note(d.id, party(store, None)?, &text, ctx.now)?;
            if ctx.json {
                out.json(&d)?;
            } else {
                out.line(t.noted(d.notes.len()));
            }
        }
        DisputeCmd::Resolve { id, resolution } => {
            let d = store.find_dispute(&id)?;
            let d = store.resolve_dispute(d.id, &resolution, ctx.now)?;
            if ctx.json {
                out.json(&d)?;
            } else {
                out.line(t.dispute_resolved());
            }
        }
        DisputeCmd::List { challenge } => {
            let c = store.find_challenge(&challenge)?;
            let list = store.disputes(c.id)?;
            if ctx.json {
                out.json(&list)?;
                return Ok(ExitCode::SUCCESS);
            }
            for d in list {
                let state = d
                    .resolution
                    .as_ref()
                    .map_or(t.dispute_open().to_owned(), |r| {
                        t.dispute_resolved_as(&r.text)
                    });
                out.line(format!("{} — {state} ({})", d.text, d.id));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn obligation(ctx: &Ctx, out: &mut Out, store: &Store, cmd: ObligationCmd) -> Res {
    let t = ctx.t();
    match cmd {
        ObligationCmd::List {
            challenge,
            contributor,
        } => {
            let challenge = challenge
                .map(|c| Ok::<_, Failure>(store.find_challenge(&c)?.id))
                .transpose()?;
            let contributor = contributor
                .map(|c| Ok::<_, Failure>(store.find_contributor(&c)?.id))
                .transpose()?;
            let list = store.obligations(challenge, contributor, None)?;
            if ctx.json {
                #[derive(serde::Serialize)]
                struct Row<'a> {
                    #[serde(flatten)]
                    o: &'a opencall_core::work::Obligation,
                    overdue: bool,
                }
                let rows: Vec<Row<'_>> = list
                    .iter()
                    .map(|o| Row {
                        o,
                        overdue: o.overdue(ctx.now.date_naive()),
                    })
                    .collect();
                out.json(&rows)?;
                return Ok(ExitCode::SUCCESS);
            }
            if list.is_empty() {
                out.line(t.no_obligations());
            }
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|o| {
                    let mut status = t.label(o.status).to_owned();
                    if o.overdue(ctx.now.date_naive()) {
                        status.push_str(t.overdue_suffix());
                    }
                    vec![
                        o.due.to_string(),
                        status,
                        store
                            .contributor(o.contributor)
                            .map(|c| c.body.name)
                            .unwrap_or_default(),
                        truncate(&o.description, 40),
                        o.id.to_string(),
                    ]
                })
                .collect();
            out.table(
                &[t.h_due(), t.h_status(), t.h_to(), t.h_what(), t.h_id()],
                &rows,
            );
        }
        ObligationCmd::Deliver { id, note } => {
            let o = store.find_obligation(&id)?;
            let o = store.settle_obligation(
                o.id,
                ObligationStatus::Delivered,
                note.as_deref().unwrap_or(""),
                ctx.now,
            )?;
            if ctx.json {
                out.json(&o)?;
            } else {
                out.line(t.delivered(&o.description));
            }
        }
        ObligationCmd::Waive { id, reason } => {
            let o = store.find_obligation(&id)?;
            let o = store.settle_obligation(o.id, ObligationStatus::Waived, &reason, ctx.now)?;
            if ctx.json {
                out.json(&o)?;
            } else {
                out.line(t.waived(&o.description));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn leaderboard(
    ctx: &Ctx,
    out: &mut Out,
    store: &Store,
    since: Option<String>,
    kind: Option<String>,
) -> Res {
    let since = since
        .as_deref()
        .map(parse_date)
        .transpose()?
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc());
    let kind = kind
        .map(|k| parse_enum::<ContributorKind>(Tr::what_contributor_kind, &k))
        .transpose()?;
    let rows = store.leaderboard(since, kind)?;
    if ctx.json {
        out.json(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let t = ctx.t();
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.rank.to_string(),
                r.points.to_string(),
                truncate(&r.name, 40),
                t.label(r.kind).to_owned(),
            ]
        })
        .collect();
    out.table(&[t.h_rank(), t.h_points(), t.h_name(), t.h_kind()], &table);
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn dashboard(ctx: &Ctx, out: &mut Out, store: &Store, id: &str) -> Res {
    let c = store.find_challenge(id)?;
    let d = store.dashboard(c.id, ctx.now)?;
    if ctx.json {
        // `funnel` as an object of counts per stage, as scripts expect.
        let funnel: serde_json::Map<String, serde_json::Value> = d
            .funnel
            .iter()
            .map(|(s, n)| (s.to_string(), (*n).into()))
            .collect();
        let participants: serde_json::Map<String, serde_json::Value> = d
            .participants
            .iter()
            .map(|(k, n)| (k.to_string(), (*n).into()))
            .collect();
        out.json(&serde_json::json!({
            "challenge": d.challenge,
            "title": d.title,
            "ideas": d.ideas,
            "funnel": funnel,
            "subproblems": d.subproblems,
            "days_to_deadline": d.days_to_deadline,
            "participants": participants,
            "open_questions": d.open_questions,
            "open_disputes": d.open_disputes,
            "obligations": d.obligations,
        }))?;
        return Ok(ExitCode::SUCCESS);
    }
    let t = ctx.t();
    out.line(t.dashboard_title(&d.title, d.ideas));
    for (s, n) in &d.funnel {
        // Unpadded, as ever (`{:<13}` never padded a stage's `Display`).
        out.line(format!("  {} {n}", t.label(*s)));
    }
    out.line(t.dashboard_subproblems(
        d.subproblems.done,
        d.subproblems.total,
        pct(d.subproblems.completion),
    ));
    if let Some(days) = d.days_to_deadline {
        out.line(t.days_to_deadline(days));
    }
    out.line(t.open_items(d.open_questions, d.open_disputes));
    let o = &d.obligations;
    out.line(t.obligation_counts(o.outstanding, o.overdue, o.delivered, o.waived));
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn export(ctx: &Ctx, out: &mut Out, store: &Store, cmd: ExportCmd) -> Res {
    let (bytes, to) = match cmd {
        ExportCmd::Csv {
            kind,
            challenge,
            to,
        } => {
            let kind = parse_enum::<CsvKind>(Tr::what_export, &kind)?;
            let challenge = challenge
                .map(|c| Ok::<_, Failure>(store.find_challenge(&c)?.id))
                .transpose()?;
            (store.export_csv(kind, challenge, ctx.now)?, to)
        }
        ExportCmd::Report { challenge, to } => {
            let c = store.find_challenge(&challenge)?;
            let ext = to
                .extension()
                .map(|e| e.to_string_lossy().to_lowercase())
                .unwrap_or_default();
            let text = match ext.as_str() {
                "html" | "htm" => store.report_html(c.id, ctx.now, ctx.lang)?,
                "md" | "markdown" => store.report_markdown(c.id, ctx.now, ctx.lang)?,
                _ => return Err(Failure::usage(|t| t.report_extension(to.display()))),
            };
            (text.into_bytes(), to)
        }
    };
    std::fs::write(&to, &bytes)
        .map_err(|e| Failure::other(|t| t.could_not_write(to.display(), &e)))?;
    if ctx.json {
        out.json(&serde_json::json!({ "path": to.display().to_string(), "bytes": bytes.len() }))?;
    } else {
        out.line(ctx.t().wrote_file(to.display(), bytes.len()));
    }
    Ok(ExitCode::SUCCESS)
}

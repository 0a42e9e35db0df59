//! `idea …` and `review …`: record, list, show, move, merge, rank, review.

use std::process::ExitCode;

use opencall_core::idea::{
    CommentInput, IdeaBody, IdeaFilter, IdeaInput, IdeaStage, ReviewInput, Reviewer, Score,
};
use opencall_core::ids::{CommentId, PersonId};
use opencall_core::Store;
use serde::Serialize;

use crate::args::{IdeaCmd, ReviewCmd};
use crate::commands::{paging_note, parse_enum, read_text, short_hash, short_time, Ctx, Res};
use crate::i18n::Tr;
use crate::output::{truncate, Failure, Fields, Out};

pub(crate) fn run(ctx: &Ctx, out: &mut Out, store: &Store, cmd: IdeaCmd) -> Res {
    let t = ctx.t();
    match cmd {
        IdeaCmd::Add {
            challenge,
            title,
            summary,
            body_file,
            authors,
            attach,
        } => {
            let challenge = store.find_challenge(&challenge)?;
            let authors = authors
                .iter()
                .map(|a| Ok(store.find_contributor(a)?.id))
                .collect::<Res<Vec<_>>>()?;
            let body = body_file.as_deref().map(read_text).transpose()?;
            let mut attachments = Vec::new();
            for path in &attach {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let size = std::fs::metadata(path)
                    .map_err(|e| Failure::other(|t| t.could_not_read(path.display(), &e)))?
                    .len();
                // Refuse without reading a huge file into memory.
                opencall_core::idea::check_attachment_size(
                    &name,
                    size,
                    opencall_core::idea::MAX_ATTACHMENT,
                )?;
                let bytes = std::fs::read(path)
                    .map_err(|e| Failure::other(|t| t.could_not_read(path.display(), &e)))?;
                attachments.push(store.add_attachment(&name, &bytes)?);
            }
            let idea = store.create_idea(
                IdeaInput {
                    challenge: Some(challenge.id),
                    body: IdeaBody {
                        title,
                        summary: summary.unwrap_or_default(),
                        body: body.unwrap_or_default(),
                        authors,
                        attachments,
                        sub_problem: None,
                    },
                },
                ctx.now,
            )?;
            if ctx.json {
                out.json(&idea)?;
            } else {
                out.line(idea.id.to_string());
            }
            Ok(ExitCode::SUCCESS)
        }
        IdeaCmd::List {
            challenge,
            stage,
            author,
            search,
            archived,
            page,
        } => {
            let filter = IdeaFilter {
                challenge: challenge
                    .map(|c| Ok::<_, Failure>(store.find_challenge(&c)?.id))
                    .transpose()?,
                stage: stage
                    .map(|s| parse_enum::<IdeaStage>(Tr::what_stage, &s))
                    .transpose()?,
                author: author
                    .map(|a| Ok::<_, Failure>(store.find_contributor(&a)?.id))
                    .transpose()?,
                text: search,
                include_archived: archived,
            };
            let list = store.ideas(&filter, page.request())?;
            if ctx.json {
                out.json(&list.items)?;
                return Ok(ExitCode::SUCCESS);
            }
            if list.total == 0 {
                out.line(t.no_ideas());
                return Ok(ExitCode::SUCCESS);
            }
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|i| {
                    let authors: Vec<String> = i
                        .authors
                        .iter()
                        .map(|a| {
                            store
                                .contributor(*a)
                                .map_or_else(|_| a.to_string(), |c| c.body.name)
                        })
                        .collect();
                    let mut stage = t.label(i.stage).to_owned();
                    if i.merged_into.is_some() {
                        stage.push_str(t.merged_suffix());
                    }
                    vec![
                        stage,
                        truncate(&i.title, 50),
                        truncate(&authors.join(t.sep()), 40),
                        short_hash(&i.content_hash).to_owned(),
                        i.id.to_string(),
                    ]
                })
                .collect();
            out.table(
                &[
                    t.h_stage(),
                    t.h_title(),
                    t.h_authors(),
                    t.h_fingerprint(),
                    t.h_id(),
                ],
                &rows,
            );
            paging_note(t, out, &list, t.noun_ideas());
            Ok(ExitCode::SUCCESS)
        }
        IdeaCmd::Show { id, as_reviewer } => show(ctx, out, store, &id, as_reviewer),
        IdeaCmd::Stage {
            id,
            stage,
            reason,
            share_as_lesson,
        } => {
            let to = parse_enum::<IdeaStage>(Tr::what_stage, &stage)?;
            let before = store.find_idea(&id)?;
            let idea =
                store.set_idea_stage(before.id, None, to, reason, share_as_lesson, ctx.now)?;
            if ctx.json {
                out.json(&idea)?;
            } else if before.stage == idea.stage {
                out.line(t.idea_already(&idea.body.title, t.label(idea.stage)));
            } else {
                out.line(t.idea_moved(
                    &idea.body.title,
                    t.label(before.stage),
                    t.label(idea.stage),
                ));
                if share_as_lesson && idea.stage == IdeaStage::Rejected {
                    out.line(t.lesson_shared());
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        IdeaCmd::Merge { id, into } => {
            let from = store.find_idea(&id)?;
            let into = store.find_idea(&into)?;
            let merged = store.merge_idea(from.id, into.id, ctx.now)?;
            if ctx.json {
                out.json(&merged)?;
            } else {
                out.line(t.idea_merged(
                    &from.body.title,
                    &merged.body.title,
                    merged.body.authors.len(),
                ));
            }
            Ok(ExitCode::SUCCESS)
        }
        IdeaCmd::Rank { challenge } => {
            let c = store.find_challenge(&challenge)?;
            let rows = store.rank(c.id)?;
            if ctx.json {
                out.json(&rows)?;
                return Ok(ExitCode::SUCCESS);
            }
            if rows.is_empty() {
                out.line(t.no_ideas_yet(&c.body.title));
                return Ok(ExitCode::SUCCESS);
            }
            let table: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.rank.to_string(),
                        r.weighted_score
                            .map_or_else(|| "-".into(), |s| format!("{s:.2}")),
                        r.reviews.to_string(),
                        t.label(r.stage).to_owned(),
                        truncate(&r.title, 50),
                        r.id.to_string(),
                    ]
                })
                .collect();
            out.table(
                &[
                    t.h_rank(),
                    t.h_score(),
                    t.h_reviews(),
                    t.h_stage(),
                    t.h_title(),
                    t.h_id(),
                ],
                &table,
            );
            Ok(ExitCode::SUCCESS)
        }
        IdeaCmd::Comment {
            id,
            text,
            by,
            reply_to,
        } => {
            let idea = store.find_idea(&id)?;
            let author = match by {
                Some(c) => Reviewer::Contributor(store.find_contributor(&c)?.id),
                None => Reviewer::Person(store.require_workspace()?.user),
            };
            let parent = reply_to.map(|p| p.parse::<CommentId>()).transpose()?;
            let c = store.add_comment(
                CommentInput {
                    idea: idea.id,
                    parent,
                    author,
                    text,
                },
                ctx.now,
            )?;
            if ctx.json {
                out.json(&c)?;
            } else {
                out.line(c.id.to_string());
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A person of the organization (by id or prefix), else a contributor.
fn reviewer(store: &Store, text: &str) -> Res<Reviewer> {
    let ws = store.require_workspace()?;
    let t = text.trim().to_lowercase();
    let people: Vec<PersonId> = ws
        .organization
        .people
        .iter()
        .filter(|p| t.len() >= 8 && p.id.to_string().starts_with(&t))
        .map(|p| p.id)
        .collect();
    if let [one] = people.as_slice() {
        return Ok(Reviewer::Person(*one));
    }
    Ok(Reviewer::Contributor(store.find_contributor(text)?.id))
}

pub(crate) fn review(ctx: &Ctx, out: &mut Out, store: &Store, cmd: ReviewCmd) -> Res {
    let ReviewCmd::Add {
        idea,
        reviewer: who,
        scores,
        note,
    } = cmd;
    let idea = store.find_idea(&idea)?;
    let challenge = store.challenge(idea.challenge)?;
    let who = reviewer(store, &who)?;
    let mut parsed = Vec::new();
    for spec in &scores {
        let Some((name, value)) = spec.rsplit_once('=') else {
            return Err(Failure::usage(|t| t.bad_score_spec(spec)));
        };
        let name = name.trim();
        let criterion = challenge
            .body
            .criteria
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(name) || c.id.to_string() == name)
            .ok_or_else(|| {
                let names: Vec<&str> = challenge
                    .body
                    .criteria
                    .iter()
                    .map(|c| c.name.as_str())
                    .collect();
                Failure::usage(|t| {
                    t.not_a_criterion(name, &challenge.body.title, names.join(t.sep()))
                })
            })?;
        let score: i64 = value
            .trim()
            .parse()
            .map_err(|_| Failure::usage(|t| t.bad_score(spec)))?;
        parsed.push(Score {
            criterion: criterion.id,
            score,
        });
    }
    let r = store.add_review(
        ReviewInput {
            idea: idea.id,
            reviewer: who,
            scores: parsed,
            note: note.unwrap_or_default(),
        },
        ctx.now,
    )?;
    if ctx.json {
        out.json(&r)?;
    } else {
        let score = opencall_core::idea::weighted_score(&challenge, [r.scores.as_slice()]);
        out.line(ctx.t().review_recorded(
            r.id,
            &idea.body.title,
            score.map_or_else(|| "-".into(), |s| format!("{s:.2}")),
        ));
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct ShowJson<'a> {
    #[serde(flatten)]
    idea: &'a opencall_core::idea::Idea,
    weighted_score: Option<f64>,
    reviews: &'a [opencall_core::idea::Review],
    comments: &'a [opencall_core::idea::Comment],
    /// Where it came from, when it arrived in a bundle.
    provenance: Option<opencall_core::store::Provenance>,
    /// Sponsors' signed receipts for it (partner side).
    receipts: Vec<opencall_core::store::Receipt>,
}

/// A reviewer's view: no authors under blind review.
#[derive(Serialize)]
struct ReviewerJson<'a> {
    id: opencall_core::ids::IdeaId,
    title: &'a str,
    summary: &'a str,
    body: &'a str,
    attachments: &'a [opencall_core::idea::Attachment],
    content_hash: &'a str,
    blind: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    authors: Option<&'a [opencall_core::ids::ContributorId]>,
}

fn show(ctx: &Ctx, out: &mut Out, store: &Store, id: &str, as_reviewer: bool) -> Res {
    let idea = store.find_idea(id)?;
    let c = store.challenge(idea.challenge)?;
    let blind = as_reviewer && c.body.blind_review;
    let reviews = store.reviews_of(idea.id)?;
    let comments = store.comments_of(idea.id)?;
    let score =
        opencall_core::idea::weighted_score(&c, reviews.iter().map(|r| r.scores.as_slice()));
    if ctx.json {
        if as_reviewer {
            out.json(&ReviewerJson {
                id: idea.id,
                title: &idea.body.title,
                summary: &idea.body.summary,
                body: &idea.body.body,
                attachments: &idea.body.attachments,
                content_hash: &idea.content_hash,
                blind,
                authors: (!blind).then_some(idea.body.authors.as_slice()),
            })?;
        } else {
            out.json(&ShowJson {
                idea: &idea,
                weighted_score: score,
                reviews: &reviews,
                comments: &comments,
                provenance: store.provenance(idea.id.key())?,
                receipts: store.receipts_for(idea.id)?,
            })?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let t = ctx.t();
    let name = |id| {
        store
            .contributor(id)
            .map_or_else(|_| format!("{id}"), |c| c.body.name)
    };
    out.line(t.quoted(&idea.body.title));
    let f = Fields::new(
        "  ",
        13,
        &[
            t.f_id(),
            t.f_challenge(),
            t.f_stage(),
            t.f_merged_into(),
            t.f_fingerprint(),
            t.f_from(),
            t.f_receipt(),
            t.f_authors(),
            t.f_score(),
            t.f_rejected(),
        ],
    );
    f.line(out, t.f_id(), idea.id.to_string());
    f.line(out, t.f_challenge(), format!("{} ({})", c.body.title, c.id));
    f.line(out, t.f_stage(), t.label(idea.stage));
    if let Some(into) = idea.merged_into {
        f.line(out, t.f_merged_into(), into.to_string());
    }
    f.line(out, t.f_fingerprint(), &idea.content_hash);
    if let Some(p) = store.provenance(idea.id.key())? {
        f.line(
            out,
            t.f_from(),
            t.idea_from(
                &p.organization,
                &p.key_id,
                p.received_at.to_rfc3339(),
                &p.bundle_id,
            ),
        );
    }
    for r in store.receipts_for(idea.id)? {
        let check = store.check_receipt(idea.id, &r.id)?;
        f.line(
            out,
            t.f_receipt(),
            t.receipt_line(
                &r.sponsor,
                r.received_at.to_rfc3339(),
                &r.content_hash,
                if check.valid {
                    t.signature_valid()
                } else {
                    t.signature_invalid()
                },
            ),
        );
    }
    if blind {
        f.line(out, t.f_authors(), t.authors_hidden());
    } else {
        let authors: Vec<String> = idea
            .body
            .authors
            .iter()
            .map(|a| match store.contributor(*a) {
                Ok(c) if !c.body.affiliation.is_empty() => format!(
                    "{} ({}{}{})",
                    c.body.name,
                    t.label(c.body.kind),
                    t.sep(),
                    c.body.affiliation
                ),
                Ok(c) => format!("{} ({})", c.body.name, t.label(c.body.kind)),
                Err(_) => a.to_string(),
            })
            .collect();
        f.line(out, t.f_authors(), authors.join(t.sep_strong()));
    }
    f.line(
        out,
        t.f_score(),
        score.map_or_else(
            || t.not_reviewed().into(),
            |s| t.score_of(format!("{s:.2}"), reviews.len()),
        ),
    );
    if let Some(r) = &idea.rejection {
        f.line(
            out,
            t.f_rejected(),
            format!(
                "{}{}",
                r.reason,
                if r.share_as_lesson {
                    t.shared_as_lesson()
                } else {
                    ""
                }
            ),
        );
    }
    out.section(t.s_summary(), &idea.body.summary);
    out.section(t.s_body(), &idea.body.body);
    let files: Vec<String> = idea
        .body
        .attachments
        .iter()
        .map(|a| t.attachment_line(&a.name, a.size, short_hash(&a.sha256)))
        .collect();
    out.list(t.s_attachments(), &files);
    if !blind {
        let accepted: Vec<String> = idea
            .accepted_versions
            .iter()
            .map(|v| {
                let title = store
                    .agreement(v.agreement)
                    .map(|a| a.body.title)
                    .unwrap_or_default();
                t.accepted_version(name(v.contributor), title, v.version, short_hash(&v.sha256))
            })
            .collect();
        out.list(t.s_agreements_accepted(), &accepted);
    }
    let crit = |id| {
        c.body
            .criteria
            .iter()
            .find(|x| x.id == id)
            .map_or_else(|| "?".to_owned(), |x| x.name.clone())
    };
    let review_lines: Vec<String> = reviews
        .iter()
        .map(|r| {
            let who = store.party_name(r.reviewer);
            let scores: Vec<String> = r
                .scores
                .iter()
                .map(|s| format!("{}={}", crit(s.criterion), s.score))
                .collect();
            let mut line = format!("{who}: {}", scores.join(t.sep()));
            if !r.note.is_empty() {
                line.push_str(&format!(" — {}", r.note));
            }
            line
        })
        .collect();
    out.list(t.s_reviews(), &review_lines);
    let comment_lines: Vec<String> = comments
        .iter()
        .map(|cm| {
            let who = store.party_name(cm.author);
            let indent = if cm.parent.is_some() { "  ↳ " } else { "" };
            format!(
                "{indent}{who} ({}): {}",
                short_time(cm.meta.created_at),
                cm.text
            )
        })
        .collect();
    out.list(t.s_comments(), &comment_lines);
    let history: Vec<String> = idea
        .history
        .iter()
        .map(|v| t.earlier_version(v.revision, &v.body.title, short_hash(&v.content_hash)))
        .collect();
    out.list(t.s_earlier_versions(), &history);
    Ok(ExitCode::SUCCESS)
}

//! Exports: CSV (UTF-8 with a BOM so spreadsheet programs detect it, a header
//! row, quoting by the `csv` crate) of ideas, contributors, reviews and
//! obligations; and a challenge report as one self-contained HTML file
//! (inline CSS, no script, printable) or Markdown.

use std::collections::HashMap;
use std::fmt::Write as _;

use chrono::{DateTime, Utc};

use crate::challenge::Challenge;
use crate::i18n::{report_words, Label, Lang, ReportWords};
use crate::idea::{IdeaFilter, Reviewer};
use crate::ids::{ChallengeId, ContributorId};
use crate::store::{PageRequest, Store};
use crate::work::ObligationStatus;
use crate::{Error, Result};

crate::named_enum! {
    /// What `export csv` can write.
    pub enum CsvKind {
        Ideas = "ideas",
        Contributors = "contributors",
        Reviews = "reviews",
        Obligations = "obligations",
    }
}

/// The byte order mark that tells spreadsheet programs the file is UTF-8.
const BOM: &[u8] = "\u{feff}".as_bytes();

fn writer() -> csv::Writer<Vec<u8>> {
    csv::Writer::from_writer(BOM.to_vec())
}

fn finish(w: csv::Writer<Vec<u8>>) -> Result<Vec<u8>> {
    w.into_inner()
        .map_err(|e| Error::Storage(format!("could not write the CSV: {e}")))
}

fn csv_err(e: csv::Error) -> Error {
    Error::Storage(format!("could not write the CSV: {e}"))
}

fn score(s: Option<f64>) -> String {
    s.map_or_else(String::new, |s| format!("{s:.2}"))
}

impl Store {
    /// [`Store::party_name`] of a contributor, remembered for a long export.
    fn contributor_name(
        &self,
        c: ContributorId,
        cache: &mut HashMap<ContributorId, String>,
    ) -> String {
        cache
            .entry(c)
            .or_insert_with(|| self.party_name(Reviewer::Contributor(c)))
            .clone()
    }

    /// One CSV export, optionally limited to one challenge.
    pub fn export_csv(
        &self,
        kind: CsvKind,
        challenge: Option<ChallengeId>,
        now: DateTime<Utc>,
    ) -> Result<Vec<u8>> {
        let mut w = writer();
        let mut names = HashMap::new();
        match kind {
            CsvKind::Ideas => {
                w.write_record([
                    "id",
                    "challenge",
                    "title",
                    "stage",
                    "authors",
                    "weighted_score",
                    "rank",
                    "reviews",
                    "fingerprint",
                    "created_at",
                ])
                .map_err(csv_err)?;
                let ideas = self.ideas(
                    &IdeaFilter {
                        challenge,
                        ..Default::default()
                    },
                    PageRequest::all(),
                )?;
                let mut ranks: HashMap<ChallengeId, RankOf> = HashMap::new();
                let mut titles: HashMap<ChallengeId, String> = HashMap::new();
                for i in ideas.iter() {
                    if let std::collections::hash_map::Entry::Vacant(slot) =
                        ranks.entry(i.challenge)
                    {
                        let rows = self.rank(i.challenge)?;
                        slot.insert(
                            rows.into_iter()
                                .map(|r| (r.id, (r.rank, r.weighted_score, r.reviews)))
                                .collect(),
                        );
                        titles.insert(i.challenge, self.challenge(i.challenge)?.body.title);
                    }
                    let (rank, weighted, reviews) = ranks
                        .get(&i.challenge)
                        .and_then(|m| m.get(&i.id))
                        .copied()
                        .unwrap_or((0, None, 0));
                    let authors: Vec<String> = i
                        .authors
                        .iter()
                        .map(|a| self.contributor_name(*a, &mut names))
                        .collect();
                    w.write_record([
                        i.id.to_string(),
                        titles.get(&i.challenge).cloned().unwrap_or_default(),
                        i.title.clone(),
                        i.stage.to_string(),
                        authors.join("; "),
                        score(weighted),
                        if rank == 0 {
                            String::new()
                        } else {
                            rank.to_string()
                        },
                        reviews.to_string(),
                        i.content_hash.clone(),
                        i.created_at.to_rfc3339(),
                    ])
                    .map_err(csv_err)?;
                }
            }
            CsvKind::Contributors => {
                w.write_record([
                    "id",
                    "name",
                    "kind",
                    "entity",
                    "affiliation",
                    "expertise",
                    "groups",
                    "email",
                    "points",
                ])
                .map_err(csv_err)?;
                let points: HashMap<ContributorId, u32> = self
                    .leaderboard(None, None)?
                    .into_iter()
                    .map(|r| (r.contributor, r.points))
                    .collect();
                for c in self
                    .contributors(&Default::default(), PageRequest::all())?
                    .iter()
                {
                    let email = self
                        .contributor(c.id)
                        .map(|x| x.body.contact.email)
                        .unwrap_or_default();
                    w.write_record([
                        c.id.to_string(),
                        c.name.clone(),
                        c.kind.to_string(),
                        c.entity.to_string(),
                        c.affiliation.clone(),
                        c.expertise.join("; "),
                        c.groups.join("; "),
                        email,
                        points.get(&c.id).copied().unwrap_or(0).to_string(),
                    ])
                    .map_err(csv_err)?;
                }
            }
            CsvKind::Reviews => {
                w.write_record([
                    "id",
                    "idea",
                    "idea_title",
                    "reviewer",
                    "scores",
                    "weighted_score",
                    "note",
                    "reviewed_at",
                ])
                .map_err(csv_err)?;
                let ideas = self.ideas(
                    &IdeaFilter {
                        challenge,
                        ..Default::default()
                    },
                    PageRequest::all(),
                )?;
                let mut challenges: HashMap<ChallengeId, Challenge> = HashMap::new();
                for i in ideas.iter() {
                    if let std::collections::hash_map::Entry::Vacant(slot) =
                        challenges.entry(i.challenge)
                    {
                        slot.insert(self.challenge(i.challenge)?);
                    }
                    let Some(c) = challenges.get(&i.challenge) else {
                        continue;
                    };
                    for r in self.reviews_of(i.id)? {
                        let scores: Vec<String> = r
                            .scores
                            .iter()
                            .map(|s| {
                                let name = c
                                    .body
                                    .criteria
                                    .iter()
                                    .find(|x| x.id == s.criterion)
                                    .map_or("?", |x| x.name.as_str());
                                format!("{name}={}", s.score)
                            })
                            .collect();
                        w.write_record([
                            r.id.to_string(),
                            i.id.to_string(),
                            i.title.clone(),
                            self.party_name(r.reviewer),
                            scores.join("; "),
                            score(crate::idea::weighted_score(c, [r.scores.as_slice()])),
                            r.note.clone(),
                            r.meta.created_at.to_rfc3339(),
                        ])
                        .map_err(csv_err)?;
                    }
                }
            }
            CsvKind::Obligations => {
                w.write_record([
                    "id",
                    "challenge",
                    "idea",
                    "contributor",
                    "incentive_kind",
                    "what",
                    "due",
                    "status",
                    "overdue",
                    "settled_at",
                    "note",
                ])
                .map_err(csv_err)?;
                for o in self.obligations(challenge, None, None)? {
                    let idea = self.idea(o.idea).map(|i| i.body.title).unwrap_or_default();
                    let title = self
                        .challenge(o.challenge)
                        .map(|c| c.body.title)
                        .unwrap_or_default();
                    w.write_record([
                        o.id.to_string(),
                        title,
                        idea,
                        self.contributor_name(o.contributor, &mut names),
                        o.kind.to_string(),
                        o.description.clone(),
                        o.due.to_string(),
                        o.status.to_string(),
                        if o.overdue(now.date_naive()) {
                            "yes"
                        } else {
                            "no"
                        }
                        .to_owned(),
                        o.settled_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
                        o.note.clone(),
                    ])
                    .map_err(csv_err)?;
                }
            }
        }
        w.flush().map_err(|e| Error::Storage(e.to_string()))?;
        finish(w)
    }

    /// The challenge report as Markdown, in `lang`. Numbers and dates keep
    /// ISO digits in every language (as all exports do): they are read back
    /// and compared, and stay unambiguous.
    pub fn report_markdown(
        &self,
        challenge: ChallengeId,
        now: DateTime<Utc>,
        lang: Lang,
    ) -> Result<String> {
        let r = self.report_data(challenge, now, lang)?;
        let w = report_words(lang);
        let mut md = String::new();
        let esc = |s: &str| s.replace('|', "\\|").replace('\n', " ");
        let _ = writeln!(md, "# {}\n", r.c.body.title);
        let _ = writeln!(
            md,
            "{}: {} · {}: {} · {}: {}\n",
            w.status,
            r.c.status.label(lang),
            w.deadline,
            r.c.body
                .deadline
                .map_or(w.not_set.into(), |d| d.to_string()),
            w.lead,
            r.c.body.lead
        );
        let _ = writeln!(md, "## {}\n\n{}\n", w.brief, r.c.body.brief);
        let _ = writeln!(
            md,
            "## {}\n\n| {} | {} |\n|---|---|",
            w.funnel, w.stage, w.ideas
        );
        for (s, n) in &r.dash.funnel {
            let _ = writeln!(md, "| {} | {n} |", s.label(lang));
        }
        let _ = writeln!(md, "\n{}\n", subproblems(w, &r.dash.subproblems));
        let _ = writeln!(
            md,
            "## {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|",
            w.ranking, w.rank, w.idea, w.weighted_score, w.reviews
        );
        for row in &r.ranking {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |",
                row.rank,
                esc(&row.title),
                score(row.weighted_score),
                row.reviews
            );
        }
        let _ = writeln!(md, "\n## {}\n", w.questions);
        for (q, a) in &r.faq {
            let _ = writeln!(md, "**{}:** {}\n\n**{}:** {}\n", w.question, q, w.answer, a);
        }
        let _ = writeln!(md, "## {}\n", w.lessons);
        for l in &r.c.body.lessons {
            let _ = writeln!(md, "- {l}");
        }
        let _ = writeln!(md, "\n## {}\n", w.decisions);
        for d in &r.decisions {
            let _ = writeln!(md, "- {d}");
        }
        let _ = writeln!(
            md,
            "\n## {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|",
            w.obligations, w.to, w.what, w.due, w.status
        );
        for o in &r.obligations {
            let _ = writeln!(md, "| {} | {} | {} | {} |", esc(&o.0), esc(&o.1), o.2, o.3);
        }
        let _ = writeln!(md, "\n_{}_", generated(w, now));
        Ok(md)
    }

    /// The challenge report as one self-contained, printable HTML file in
    /// `lang` (`dir="rtl"` for Persian; people's own text carries
    /// `dir="auto"`): all user text escaped, the brief rendered and
    /// sanitized, no script. Numbers and dates keep ISO digits in every
    /// language, as all exports do.
    pub fn report_html(
        &self,
        challenge: ChallengeId,
        now: DateTime<Utc>,
        lang: Lang,
    ) -> Result<String> {
        let r = self.report_data(challenge, now, lang)?;
        let w = report_words(lang);
        let e = |s: &str| {
            s.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
                .replace('\'', "&#39;")
        };
        let mut h = String::new();
        let html = match lang {
            Lang::En => "<html lang=\"en\">".to_owned(),
            _ => format!("<html lang=\"{lang}\" dir=\"{}\">", lang.dir()),
        };
        let _ = write!(
            h,
            "<!doctype html>{html}<head><meta charset=\"utf-8\"><title>{}</title>",
            e(&r.c.body.title)
        );
        h.push_str("<style>body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d2320}html[lang=fa] body{font-family:Vazirmatn,Tahoma,system-ui,sans-serif;line-height:1.7}h1{margin-bottom:.2rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #d9ddd9;padding:.35rem .5rem;text-align:start;overflow-wrap:anywhere}.bar{background:#2f6f5e;height:.6rem;display:inline-block}.muted{color:#5b655f}@media print{body{margin:0}}</style></head><body>");
        let _ =
            write!(
            h,
            "<h1 dir=\"auto\">{}</h1><p class=\"muted\">{}: {} · {}: {} · {}: <bdi>{}</bdi></p>",
            e(&r.c.body.title),
            w.status,
            r.c.status.label(lang),
            w.deadline,
            r.c.body.deadline.map_or(w.not_set.into(), |d| d.to_string()),
            w.lead,
            e(&r.c.body.lead)
        );
        let _ = write!(
            h,
            "<h2>{}</h2><div dir=\"auto\">{}</div>",
            w.brief,
            crate::markdown::render(&r.c.body.brief)
        );
        let _ = write!(
            h,
            "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th></th></tr>",
            w.funnel, w.stage, w.ideas
        );
        let max = r
            .dash
            .funnel
            .iter()
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(0)
            .max(1);
        for (s, n) in &r.dash.funnel {
            let _ = write!(h, "<tr><td>{}</td><td>{n}</td><td><span class=\"bar\" style=\"width:{}%\"></span></td></tr>", s.label(lang), n * 100 / max);
        }
        let _ = write!(h, "</table><p>{}</p>", subproblems(w, &r.dash.subproblems));
        let _ = write!(
            h,
            "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            w.ranking, w.rank, w.idea, w.weighted_score, w.reviews
        );
        for row in &r.ranking {
            let _ = write!(
                h,
                "<tr><td>{}</td><td dir=\"auto\">{}</td><td>{}</td><td>{}</td></tr>",
                row.rank,
                e(&row.title),
                score(row.weighted_score),
                row.reviews
            );
        }
        let _ = write!(h, "</table><h2>{}</h2>", w.questions);
        for (q, a) in &r.faq {
            let _ = write!(h, "<p><strong>{}:</strong> <bdi dir=\"auto\">{}</bdi></p><p><strong>{}:</strong> <bdi dir=\"auto\">{}</bdi></p>", w.question, e(q), w.answer, e(a));
        }
        let _ = write!(h, "<h2>{}</h2><ul>", w.lessons);
        for l in &r.c.body.lessons {
            let _ = write!(h, "<li dir=\"auto\">{}</li>", e(l));
        }
        let _ = write!(h, "</ul><h2>{}</h2><ul>", w.decisions);
        for d in &r.decisions {
            let _ = write!(h, "<li dir=\"auto\">{}</li>", e(d));
        }
        let _ = write!(
            h,
            "</ul><h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            w.obligations, w.to, w.what, w.due, w.status
        );
        for o in &r.obligations {
            let _ = write!(
                h,
                "<tr><td><bdi>{}</bdi></td><td dir=\"auto\">{}</td><td>{}</td><td>{}</td></tr>",
                e(&o.0),
                e(&o.1),
                o.2,
                o.3
            );
        }
        let _ = writeln!(
            h,
            "</table><p class=\"muted\">{}</p></body></html>",
            generated(w, now)
        );
        Ok(h)
    }

    fn report_data(
        &self,
        challenge: ChallengeId,
        now: DateTime<Utc>,
        lang: Lang,
    ) -> Result<ReportData> {
        let w = report_words(lang);
        let c = self.challenge(challenge)?;
        let dash = self.dashboard(challenge, now)?;
        let ranking = self.rank(challenge)?;
        let faq = self
            .questions(challenge)?
            .into_iter()
            .filter_map(|q| q.answer.filter(|a| a.public).map(|a| (q.text, a.text)))
            .collect();
        let mut decisions: Vec<String> = c
            .body
            .decisions
            .iter()
            .map(|d| {
                let mut s = format!("{} {}: {}", d.date, d.kind.label(lang), d.text);
                if !d.resolution.is_empty() {
                    s.push_str(&format!(" — {}: {}", w.resolved, d.resolution));
                }
                s
            })
            .collect();
        for d in self.disputes(challenge)? {
            match &d.resolution {
                Some(r) => decisions.push(format!(
                    "{} {}: {} — {}: {}",
                    r.at.date_naive(),
                    w.dispute,
                    d.text,
                    w.resolved,
                    r.text
                )),
                None => decisions.push(format!(
                    "{} {}: {}",
                    d.meta.created_at.date_naive(),
                    w.dispute_open,
                    d.text
                )),
            }
        }
        let mut names = HashMap::new();
        let obligations = self
            .obligations(Some(challenge), None, None)?
            .into_iter()
            .map(|o| {
                let status = if o.overdue(now.date_naive()) {
                    w.overdue.to_owned()
                } else if o.status == ObligationStatus::Delivered {
                    format!(
                        "{} {}",
                        w.delivered,
                        o.settled_at
                            .map(|t| t.date_naive().to_string())
                            .unwrap_or_default()
                    )
                } else {
                    o.status.label(lang).to_owned()
                };
                (
                    self.contributor_name(o.contributor, &mut names),
                    o.description,
                    o.due.to_string(),
                    status,
                )
            })
            .collect();
        Ok(ReportData {
            c,
            dash,
            ranking,
            faq,
            decisions,
            obligations,
        })
    }
}

/// "Sub-problems: 2 of 5 done (40 %)." in the report's words.
fn subproblems(w: &ReportWords, s: &crate::work::SubProblemCounts) -> String {
    w.subproblems
        .replace("{done}", &s.done.to_string())
        .replace("{total}", &s.total.to_string())
        .replace("{percent}", &format!("{:.0}", s.completion * 100.0))
}

/// The report's last line, with the time in ISO form.
fn generated(w: &ReportWords, now: DateTime<Utc>) -> String {
    w.generated
        .replace("{when}", &now.format("%Y-%m-%d %H:%M UTC").to_string())
}

/// Rank, weighted score and review count of each idea of one challenge.
type RankOf = HashMap<crate::ids::IdeaId, (usize, Option<f64>, usize)>;

struct ReportData {
    c: Challenge,
    dash: crate::work::Dashboard,
    ranking: Vec<crate::idea::RankRow>,
    faq: Vec<(String, String)>,
    decisions: Vec<String>,
    obligations: Vec<(String, String, String, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::challenge::{
        AudienceKind, ChallengeBody, ChallengeStatus, Criterion, Incentive, IncentiveKind,
    };
    use crate::contributor::{ContributorInput, ContributorKind};
    use crate::idea::{IdeaBody, IdeaInput, IdeaStage, ReviewInput, Score};
    use crate::ids::RowId;
    use crate::workspace::WorkspaceInput;
    use chrono::{Days, TimeZone};

    #[test]
    fn csv_exports_read_back_with_commas_quotes_newlines_persian_and_emoji() {
        let now = Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).single().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store
            .init_workspace(
                WorkspaceInput {
                    organization_name: "Acme".into(),
                    user_name: "Ada".into(),
                    user_role: String::new(),
                },
                now,
            )
            .unwrap();
        let tricky = "Noise, \"quiet\" pumps\nline two — نوآوری باز 🚀";
        let mut p = ContributorInput::new("مریم احمدی, \"Lab\" 🚀", ContributorKind::UniversityLab);
        p.affiliation = "دانشگاه تهران".into();
        let person = store.create_contributor(p, now).unwrap();
        let mut body = ChallengeBody::titled("چالش");
        body.brief = "b".into();
        body.deadline = now.date_naive().checked_add_days(Days::new(5));
        body.incentives.push(Incentive {
            id: RowId::default(),
            kind: IncentiveKind::Money,
            description: "€1,000, \"cash\"".into(),
        });
        body.criteria.push(Criterion {
            id: RowId::default(),
            name: "Novelty".into(),
            weight: 1,
            description: String::new(),
        });
        body.audience.kind = AudienceKind::Open;
        let c = store.create_challenge(body, now).unwrap();
        let c = store
            .set_challenge_status(c.id, None, ChallengeStatus::Open, now)
            .unwrap();
        let idea = store
            .create_idea(
                IdeaInput {
                    challenge: Some(c.id),
                    body: IdeaBody {
                        title: tricky.into(),
                        authors: vec![person.id],
                        ..Default::default()
                    },
                },
                now,
            )
            .unwrap();
        let me = crate::idea::Reviewer::Person(store.require_workspace().unwrap().user);
        store
            .add_review(
                ReviewInput {
                    idea: idea.id,
                    reviewer: me,
                    scores: vec![Score {
                        criterion: c.body.criteria[0].id,
                        score: 7,
                    }],
                    note: tricky.into(),
                },
                now,
            )
            .unwrap();
        for s in [
            IdeaStage::Screening,
            IdeaStage::Evaluation,
            IdeaStage::Selected,
        ] {
            store
                .set_idea_stage(idea.id, None, s, None, false, now)
                .unwrap();
        }
        for kind in CsvKind::ALL {
            let bytes = store.export_csv(*kind, None, now).unwrap();
            assert!(bytes.starts_with(BOM), "{kind}: BOM");
            let mut r = csv::Reader::from_reader(&bytes[BOM.len()..]);
            let header = r.headers().unwrap().clone();
            assert!(header.len() >= 5, "{kind}: {header:?}");
            let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
            assert_eq!(rows.len(), 1, "{kind}");
            let row = &rows[0];
            assert_eq!(row.len(), header.len());
            match kind {
                CsvKind::Ideas => {
                    assert_eq!(&row[2], tricky);
                    assert_eq!(&row[4], "مریم احمدی, \"Lab\" 🚀");
                    assert_eq!(&row[5], "7.00");
                    assert_eq!(&row[6], "1");
                }
                CsvKind::Contributors => assert_eq!(&row[4], "دانشگاه تهران"),
                CsvKind::Reviews => assert_eq!(&row[6], tricky),
                CsvKind::Obligations => assert_eq!(&row[5], "€1,000, \"cash\""),
            }
        }
        let html = store.report_html(c.id, now, Lang::En).unwrap();
        assert!(!html.contains("<script"), "no script");
        assert!(html.contains("&quot;quiet&quot;") && html.contains("نوآوری باز"));
        let md = store.report_markdown(c.id, now, Lang::En).unwrap();
        assert!(md.contains("## Ranking") && md.contains("| 1 |"));
    }

    #[test]
    fn the_persian_report_of_the_demo_reads_right_to_left_with_iso_dates() {
        let now = Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).single().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        crate::demo::seed(&store, now).unwrap();
        let challenges = store
            .challenges(&Default::default(), PageRequest::all())
            .unwrap();
        assert!(challenges.total >= 3);
        let mut decisions = 0;
        for summary in challenges.iter() {
            let c = store.challenge(summary.id).unwrap();
            let html = store.report_html(c.id, now, Lang::Fa).unwrap();
            let md = store.report_markdown(c.id, now, Lang::Fa).unwrap();
            assert!(
                html.starts_with("<!doctype html><html lang=\"fa\" dir=\"rtl\">"),
                "{}",
                &html[..80]
            );
            assert!(
                html.contains("<h1 dir=\"auto\">"),
                "people's text has dir=auto"
            );
            for heading in [
                "شرح چالش",
                "قیف ایده‌ها",
                "رتبه‌بندی",
                "پرسش‌ها و پاسخ‌ها",
                "درس‌های آموخته",
                "تصمیم‌ها و اختلاف‌ها",
                "تعهدها",
            ] {
                assert!(html.contains(&format!("<h2>{heading}</h2>")), "{heading}");
                assert!(md.contains(&format!("## {heading}")), "{heading}");
            }
            for english in [
                "Idea funnel",
                "Ranking",
                "Status:",
                "Deadline:",
                "Generated by",
            ] {
                assert!(
                    !html.contains(english) && !md.contains(english),
                    "{english}"
                );
            }
            // Values people see are Persian too; numbers and dates stay ISO.
            let status = format!("وضعیت: {}", c.status.label(Lang::Fa));
            assert!(html.contains(&status) && md.contains(&status), "{status}");
            assert!(md.contains("| ارسال‌شده |"), "stages in Persian");
            if let Some(deadline) = c.body.deadline {
                let iso = deadline.format("%Y-%m-%d").to_string();
                assert!(html.contains(&iso) && md.contains(&iso), "{iso}");
            }
            let generated = "تهیه‌شده با Opencall در 2026-11-01 09:00 UTC.";
            assert!(html.contains(generated) && md.contains(generated));
            for d in &c.body.decisions {
                let line = format!("{} {}: ", d.date.format("%Y-%m-%d"), d.kind.label(Lang::Fa));
                assert!(html.contains(&line) && md.contains(&line), "{line}");
                decisions += 1;
            }
            assert!(!html.contains("<script"));
        }
        assert!(decisions >= 2, "the demo has decisions to show");
    }
}

//! IPC commands. Each one converts its arguments, calls the core once, and
//! converts the answer back; no behaviour lives here. Structured arguments
//! arrive as JSON values and are read with [`parse_input`], so a value of the
//! wrong type comes back as a field error, never as an IPC message.
//!
//! The list of commands is declared once, in `main.rs` (`build.rs` reads it
//! from there; a test checks the capability file and `ui/js/api.js`).

use chrono::Utc;
use opencall_core::activity::Verification;
use opencall_core::agreement::{Acceptance, AcceptanceFilter, AgreementFilter, AgreementSummary};
use opencall_core::bundle::import::BundleHistoryRow;
use opencall_core::bundle::{ExportRequest, ExportSummary, ImportPreview};
use opencall_core::challenge::{ChallengeFilter, ChallengeStatus, ChallengeSummary};
use opencall_core::contributor::ContributorKind;
use opencall_core::contributor::{Contributor, ContributorFilter, ContributorSummary};
use opencall_core::export::CsvKind;
use opencall_core::idea::{Attachment, Comment, IdeaFilter, IdeaStage, RankRow, Review, Reviewer};
use opencall_core::ids::{AgreementId, ChallengeId, ContributorId, IdeaId};
use opencall_core::record::RecordKind;
use opencall_core::store::{ReceiptCheck, TrustedKey};
use opencall_core::validation::{parse_input, FieldError};
use opencall_core::work::{
    Candidate, Contributions, Dashboard, Dispute, LeaderboardRow, Obligation, ObligationStatus,
    Question, RecordRef, SubProblem, SubProblemStatus, SubProblemTree,
};
use opencall_core::{Error, Page, PageRequest};
use serde::de::DeserializeOwned;
use serde_json::Value;
use tauri::State;

use crate::error::UiResult;
use crate::state::AppState;
use crate::views::AppInfo;
use crate::views::{
    AgreementView, ArchiveState, ChallengeView, ContributorView, DisputeRow, IdeaRow, IdeaView,
    LogEntryView, ObligationRow, QuestionRow, ReviewSheet, WorkspaceStatus, WorkspaceView,
};
use opencall_core::store::backup::{self, BackupCheck, BackupFile};

fn id<T: std::str::FromStr<Err = Error>>(s: &str) -> UiResult<T> {
    Ok(s.parse()?)
}

/// A structured argument; `None` (missing) reads as the type's default.
fn arg<T: DeserializeOwned + Default>(value: Option<Value>) -> UiResult<T> {
    match value {
        None | Some(Value::Null) => Ok(T::default()),
        Some(v) => Ok(parse_input(v)?),
    }
}

fn input<T: DeserializeOwned>(value: Value) -> UiResult<T> {
    Ok(parse_input(value)?)
}

// ---- workspace -------------------------------------------------------------

#[tauri::command(async)]
pub fn workspace_status(state: State<'_, AppState>) -> UiResult<WorkspaceStatus> {
    let store = state.store()?;
    Ok(WorkspaceStatus::new(
        store.workspace()?,
        state.data_dir().display().to_string(),
    ))
}

#[tauri::command(async)]
pub fn init_workspace(state: State<'_, AppState>, input: Value) -> UiResult<WorkspaceStatus> {
    let store = state.store()?;
    let ws = store.init_workspace(self::input(input)?, Utc::now())?;
    Ok(WorkspaceStatus::new(
        Some(ws),
        state.data_dir().display().to_string(),
    ))
}

#[tauri::command(async)]
pub fn get_workspace(state: State<'_, AppState>) -> UiResult<WorkspaceView> {
    let ws = state.store()?.require_workspace()?;
    Ok(WorkspaceView::new(ws, state.data_dir()))
}

#[tauri::command(async)]
pub fn update_organization(
    state: State<'_, AppState>,
    revision: Option<u64>,
    input: Value,
) -> UiResult<WorkspaceView> {
    let ws = state
        .store()?
        .update_organization(revision, self::input(input)?, Utc::now())?;
    Ok(WorkspaceView::new(ws, state.data_dir()))
}

/// Markdown preview for the edit form (rendered and sanitized in Rust).
#[tauri::command(async)]
pub fn render_markdown(markdown: String) -> String {
    opencall_core::markdown::render(&markdown)
}

/// Opens a web or mail link in the system's browser or mail program, after
/// the UI asked the user. Only `https:`, `http:` and `mailto:` are allowed.
#[tauri::command(async)]
pub fn open_external(url: String) -> UiResult<()> {
    let url = opencall_core::markdown::external_link(&url)?;
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    std::process::Command::new(opener)
        .arg(&url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| {
            Error::Validation(vec![FieldError::new(
                "url",
                "no_opener",
                format!("No program could open the link ({e}). Copy it instead."),
            )])
        })?;
    Ok(())
}

// ---- records, whatever their kind -----------------------------------------

/// Archives a record: it leaves lists and is frozen until restored.
#[tauri::command(async)]
pub fn archive_record(
    state: State<'_, AppState>,
    kind: String,
    id: String,
) -> UiResult<ArchiveState> {
    set_archived(&state, &kind, &id, true)
}

/// Restores an archived record.
#[tauri::command(async)]
pub fn restore_record(
    state: State<'_, AppState>,
    kind: String,
    id: String,
) -> UiResult<ArchiveState> {
    set_archived(&state, &kind, &id, false)
}

fn set_archived(state: &AppState, kind: &str, id: &str, archive: bool) -> UiResult<ArchiveState> {
    let store = state.store()?;
    let now = Utc::now();
    let kind: RecordKind = kind.parse()?;
    let meta = match (kind, archive) {
        (RecordKind::Challenge, true) => store.archive_challenge(self::id(id)?, now)?.meta,
        (RecordKind::Challenge, false) => store.restore_challenge(self::id(id)?, now)?.meta,
        (RecordKind::Contributor, true) => store.archive_contributor(self::id(id)?, now)?.meta,
        (RecordKind::Contributor, false) => store.restore_contributor(self::id(id)?, now)?.meta,
        (RecordKind::Agreement, true) => store.archive_agreement(self::id(id)?, now)?.meta,
        (RecordKind::Agreement, false) => store.restore_agreement(self::id(id)?, now)?.meta,
        (RecordKind::Idea, true) => store.archive_idea(self::id(id)?, now)?.meta,
        (RecordKind::Idea, false) => store.restore_idea(self::id(id)?, now)?.meta,
        _ => {
            return Err(Error::Validation(vec![FieldError::new(
                "kind",
                "invalid_choice",
                format!("A {kind} cannot be archived."),
            )])
            .into())
        }
    };
    Ok(ArchiveState {
        kind,
        id: id.to_owned(),
        archived: meta.archived,
        revision: meta.revision,
    })
}

// ---- challenges ------------------------------------------------------------

#[tauri::command(async)]
pub fn list_challenges(
    state: State<'_, AppState>,
    filter: Option<Value>,
    page: Option<Value>,
) -> UiResult<Page<ChallengeSummary>> {
    let filter: ChallengeFilter = arg(filter)?;
    Ok(state
        .store()?
        .challenges(&filter, arg::<PageRequest>(page)?)?)
}

#[tauri::command(async)]
pub fn get_challenge(state: State<'_, AppState>, id: String) -> UiResult<ChallengeView> {
    let store = state.store()?;
    let c = store.challenge(self::id::<ChallengeId>(&id)?)?;
    Ok(ChallengeView::new(c, &store, Utc::now())?)
}

#[tauri::command(async)]
pub fn create_challenge(state: State<'_, AppState>, input: Value) -> UiResult<ChallengeView> {
    let now = Utc::now();
    let store = state.store()?;
    let c = store.create_challenge(self::input(input)?, now)?;
    Ok(ChallengeView::new(c, &store, now)?)
}

#[tauri::command(async)]
pub fn update_challenge(
    state: State<'_, AppState>,
    id: String,
    revision: Option<u64>,
    input: Value,
) -> UiResult<ChallengeView> {
    let now = Utc::now();
    let store = state.store()?;
    let c = store.update_challenge(self::id(&id)?, revision, self::input(input)?, now)?;
    Ok(ChallengeView::new(c, &store, now)?)
}

#[tauri::command(async)]
pub fn set_challenge_status(
    state: State<'_, AppState>,
    id: String,
    revision: Option<u64>,
    status: Value,
) -> UiResult<ChallengeView> {
    let now = Utc::now();
    let store = state.store()?;
    let status: ChallengeStatus = self::input(status)?;
    let c = store.set_challenge_status(self::id(&id)?, revision, status, now)?;
    Ok(ChallengeView::new(c, &store, now)?)
}

// ---- contributors ----------------------------------------------------------

#[tauri::command(async)]
pub fn list_contributors(
    state: State<'_, AppState>,
    filter: Option<Value>,
    page: Option<Value>,
) -> UiResult<Page<ContributorSummary>> {
    let filter: ContributorFilter = arg(filter)?;
    Ok(state
        .store()?
        .contributors(&filter, arg::<PageRequest>(page)?)?)
}

#[tauri::command(async)]
pub fn get_contributor(state: State<'_, AppState>, id: String) -> UiResult<ContributorView> {
    let store = state.store()?;
    let c = store.contributor(self::id::<ContributorId>(&id)?)?;
    Ok(ContributorView::new(c, &store)?)
}

#[tauri::command(async)]
pub fn create_contributor(state: State<'_, AppState>, input: Value) -> UiResult<Contributor> {
    Ok(state
        .store()?
        .create_contributor(self::input(input)?, Utc::now())?)
}

#[tauri::command(async)]
pub fn update_contributor(
    state: State<'_, AppState>,
    id: String,
    revision: Option<u64>,
    input: Value,
) -> UiResult<Contributor> {
    Ok(state.store()?.update_contributor(
        self::id(&id)?,
        revision,
        self::input(input)?,
        Utc::now(),
    )?)
}

// ---- agreements ------------------------------------------------------------

#[tauri::command(async)]
pub fn list_agreements(
    state: State<'_, AppState>,
    filter: Option<Value>,
    page: Option<Value>,
) -> UiResult<Page<AgreementSummary>> {
    let filter: AgreementFilter = arg(filter)?;
    Ok(state
        .store()?
        .agreements(&filter, arg::<PageRequest>(page)?)?)
}

#[tauri::command(async)]
pub fn get_agreement(state: State<'_, AppState>, id: String) -> UiResult<AgreementView> {
    let store = state.store()?;
    let a = store.agreement(self::id::<AgreementId>(&id)?)?;
    Ok(AgreementView::new(a, &store)?)
}

#[tauri::command(async)]
pub fn create_agreement(state: State<'_, AppState>, input: Value) -> UiResult<AgreementView> {
    let store = state.store()?;
    let a = store.create_agreement(self::input(input)?, Utc::now())?;
    Ok(AgreementView::new(a, &store)?)
}

#[tauri::command(async)]
pub fn update_agreement(
    state: State<'_, AppState>,
    id: String,
    revision: Option<u64>,
    input: Value,
) -> UiResult<AgreementView> {
    let store = state.store()?;
    let a = store.update_agreement(self::id(&id)?, revision, self::input(input)?, Utc::now())?;
    Ok(AgreementView::new(a, &store)?)
}

#[tauri::command(async)]
pub fn publish_agreement(
    state: State<'_, AppState>,
    id: String,
    revision: Option<u64>,
) -> UiResult<AgreementView> {
    let store = state.store()?;
    let a = store.publish_agreement(self::id(&id)?, revision, Utc::now())?;
    Ok(AgreementView::new(a, &store)?)
}

#[tauri::command(async)]
pub fn record_acceptance(
    state: State<'_, AppState>,
    agreement: String,
    version: Option<Value>,
    contributor: String,
) -> UiResult<Acceptance> {
    let version: Option<u32> = arg(version)?;
    Ok(state.store()?.record_acceptance(
        self::id(&agreement)?,
        version,
        self::id(&contributor)?,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn list_acceptances(
    state: State<'_, AppState>,
    filter: Option<Value>,
) -> UiResult<Vec<Acceptance>> {
    let filter: AcceptanceFilter = arg(filter)?;
    Ok(state.store()?.acceptances(&filter)?)
}

// ---- ideas -----------------------------------------------------------------

#[tauri::command(async)]
pub fn list_ideas(
    state: State<'_, AppState>,
    filter: Option<Value>,
    page: Option<Value>,
) -> UiResult<Page<IdeaRow>> {
    let store = state.store()?;
    let filter: IdeaFilter = arg(filter)?;
    let page = store.ideas(&filter, arg::<PageRequest>(page)?)?;
    Ok(page.map(|i| IdeaRow::new(i, &store)))
}

#[tauri::command(async)]
pub fn get_idea(state: State<'_, AppState>, id: String) -> UiResult<IdeaView> {
    let store = state.store()?;
    let idea = store.idea(self::id::<IdeaId>(&id)?)?;
    Ok(IdeaView::new(idea, &store)?)
}

/// The idea as a reviewer sees it: without authors when the challenge
/// reviews blind.
#[tauri::command(async)]
pub fn get_idea_for_review(state: State<'_, AppState>, id: String) -> UiResult<ReviewSheet> {
    let store = state.store()?;
    let idea = store.idea(self::id::<IdeaId>(&id)?)?;
    Ok(ReviewSheet::new(idea, &store)?)
}

/// Whether these authors may contribute to the challenge now, and if not,
/// who must do what (shown before the user submits).
#[tauri::command(async)]
pub fn check_contribution(
    state: State<'_, AppState>,
    challenge: String,
    authors: Vec<String>,
) -> UiResult<Vec<FieldError>> {
    let store = state.store()?;
    let c = store.challenge(self::id::<ChallengeId>(&challenge)?)?;
    let authors = authors
        .iter()
        .map(|a| self::id::<ContributorId>(a))
        .collect::<UiResult<Vec<_>>>()?;
    Ok(store.contribution_problems(&c, &authors)?.0)
}

#[tauri::command(async)]
pub fn create_idea(state: State<'_, AppState>, input: Value) -> UiResult<IdeaView> {
    let store = state.store()?;
    let idea = store.create_idea(self::input(input)?, Utc::now())?;
    Ok(IdeaView::new(idea, &store)?)
}

#[tauri::command(async)]
pub fn update_idea(
    state: State<'_, AppState>,
    id: String,
    revision: Option<u64>,
    input: Value,
) -> UiResult<IdeaView> {
    let store = state.store()?;
    let idea = store.update_idea(self::id(&id)?, revision, self::input(input)?, Utc::now())?;
    Ok(IdeaView::new(idea, &store)?)
}

#[tauri::command(async)]
pub fn set_idea_stage(
    state: State<'_, AppState>,
    id: String,
    revision: Option<u64>,
    stage: Value,
    reason: Option<String>,
    share_as_lesson: Option<bool>,
) -> UiResult<IdeaView> {
    let store = state.store()?;
    let stage: IdeaStage = self::input(stage)?;
    let idea = store.set_idea_stage(
        self::id(&id)?,
        revision,
        stage,
        reason,
        share_as_lesson.unwrap_or(false),
        Utc::now(),
    )?;
    Ok(IdeaView::new(idea, &store)?)
}

#[tauri::command(async)]
pub fn merge_idea(state: State<'_, AppState>, from: String, into: String) -> UiResult<IdeaView> {
    let store = state.store()?;
    let idea = store.merge_idea(self::id(&from)?, self::id(&into)?, Utc::now())?;
    Ok(IdeaView::new(idea, &store)?)
}

#[tauri::command(async)]
pub fn add_review(state: State<'_, AppState>, input: Value) -> UiResult<Review> {
    Ok(state.store()?.add_review(self::input(input)?, Utc::now())?)
}

#[tauri::command(async)]
pub fn rank_ideas(state: State<'_, AppState>, challenge: String) -> UiResult<Vec<RankRow>> {
    Ok(state.store()?.rank(self::id(&challenge)?)?)
}

#[tauri::command(async)]
pub fn add_comment(state: State<'_, AppState>, input: Value) -> UiResult<Comment> {
    Ok(state
        .store()?
        .add_comment(self::input(input)?, Utc::now())?)
}

/// Stores the file at `path` (picked with the dialog plugin) as an
/// attachment: content-addressed, at most 25 MB.
#[tauri::command(async)]
pub fn attach_file(state: State<'_, AppState>, path: String) -> UiResult<Attachment> {
    let store = state.store()?;
    let path = std::path::PathBuf::from(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let unreadable = |e: std::io::Error| {
        Error::Validation(vec![FieldError::new(
            "attachments",
            "unreadable",
            format!(
                "“{name}” could not be read ({e}). Check that the file exists and you may open it."
            ),
        )])
    };
    let size = std::fs::metadata(&path).map_err(unreadable)?.len();
    // Refuse before reading a huge file into memory.
    opencall_core::idea::check_attachment_size(&name, size, opencall_core::idea::MAX_ATTACHMENT)?;
    let bytes = std::fs::read(&path).map_err(unreadable)?;
    Ok(store.add_attachment(&name, &bytes)?)
}

/// Writes a stored attachment to `path` (chosen with the dialog plugin).
#[tauri::command(async)]
pub fn save_attachment(state: State<'_, AppState>, sha256: String, path: String) -> UiResult<()> {
    let bytes = state.store()?.attachment_bytes(&sha256)?;
    std::fs::write(&path, bytes).map_err(|e| {
        Error::Validation(vec![FieldError::new(
            "path",
            "unwritable",
            format!("The file could not be saved to {path} ({e}). Choose another folder."),
        )])
    })?;
    Ok(())
}

// ---- working together --------------------------------------------------------

fn reviewer(value: Value) -> UiResult<Reviewer> {
    input(value)
}

#[tauri::command(async)]
pub fn list_sub_problems(
    state: State<'_, AppState>,
    challenge: String,
) -> UiResult<SubProblemTree> {
    Ok(state.store()?.sub_problems(self::id(&challenge)?)?)
}

#[tauri::command(async)]
pub fn create_sub_problem(state: State<'_, AppState>, input: Value) -> UiResult<SubProblem> {
    Ok(state
        .store()?
        .create_sub_problem(self::input(input)?, Utc::now())?)
}

#[tauri::command(async)]
pub fn update_sub_problem(
    state: State<'_, AppState>,
    id: String,
    revision: Option<u64>,
    input: Value,
) -> UiResult<SubProblem> {
    Ok(state.store()?.update_sub_problem(
        self::id(&id)?,
        revision,
        self::input(input)?,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn claim_sub_problem(
    state: State<'_, AppState>,
    id: String,
    contributor: String,
) -> UiResult<SubProblem> {
    Ok(state
        .store()?
        .claim_sub_problem(self::id(&id)?, self::id(&contributor)?, Utc::now())?)
}

#[tauri::command(async)]
pub fn set_sub_problem_status(
    state: State<'_, AppState>,
    id: String,
    status: Value,
) -> UiResult<SubProblem> {
    let status: SubProblemStatus = input(status)?;
    Ok(state
        .store()?
        .set_sub_problem_status(self::id(&id)?, status, Utc::now())?)
}

/// "Who could take this": contributors ranked by matching expertise.
#[tauri::command(async)]
pub fn sub_problem_candidates(state: State<'_, AppState>, id: String) -> UiResult<Vec<Candidate>> {
    Ok(state.store()?.candidates(self::id(&id)?, 20)?)
}

#[tauri::command(async)]
pub fn list_questions(state: State<'_, AppState>, challenge: String) -> UiResult<Vec<QuestionRow>> {
    let store = state.store()?;
    Ok(store
        .questions(self::id(&challenge)?)?
        .into_iter()
        .map(|q| QuestionRow::new(q, &store))
        .collect())
}

#[tauri::command(async)]
pub fn ask_question(
    state: State<'_, AppState>,
    challenge: String,
    asked_by: Value,
    text: String,
) -> UiResult<Question> {
    Ok(state.store()?.ask_question(
        self::id(&challenge)?,
        reviewer(asked_by)?,
        &text,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn answer_question(
    state: State<'_, AppState>,
    id: String,
    text: String,
    public: bool,
) -> UiResult<Question> {
    Ok(state
        .store()?
        .answer_question(self::id(&id)?, &text, public, Utc::now())?)
}

#[tauri::command(async)]
pub fn list_disputes(state: State<'_, AppState>, challenge: String) -> UiResult<Vec<DisputeRow>> {
    let store = state.store()?;
    Ok(store
        .disputes(self::id(&challenge)?)?
        .into_iter()
        .map(|d| DisputeRow::new(d, &store))
        .collect())
}

#[tauri::command(async)]
pub fn raise_dispute(
    state: State<'_, AppState>,
    challenge: String,
    raised_by: Value,
    about: Option<Value>,
    text: String,
) -> UiResult<Dispute> {
    let about: Option<RecordRef> = arg(about)?;
    Ok(state.store()?.raise_dispute(
        self::id(&challenge)?,
        reviewer(raised_by)?,
        about,
        &text,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn add_dispute_note(
    state: State<'_, AppState>,
    id: String,
    by: Value,
    text: String,
) -> UiResult<Dispute> {
    Ok(state
        .store()?
        .add_dispute_note(self::id(&id)?, reviewer(by)?, &text, Utc::now())?)
}

#[tauri::command(async)]
pub fn resolve_dispute(
    state: State<'_, AppState>,
    id: String,
    resolution: String,
) -> UiResult<Dispute> {
    Ok(state
        .store()?
        .resolve_dispute(self::id(&id)?, &resolution, Utc::now())?)
}

#[tauri::command(async)]
pub fn list_obligations(
    state: State<'_, AppState>,
    challenge: Option<String>,
    contributor: Option<String>,
) -> UiResult<Vec<ObligationRow>> {
    let store = state.store()?;
    let challenge = challenge.map(|c| self::id::<ChallengeId>(&c)).transpose()?;
    let contributor = contributor
        .map(|c| self::id::<ContributorId>(&c))
        .transpose()?;
    let today = Utc::now().date_naive();
    Ok(store
        .obligations(challenge, contributor, None)?
        .into_iter()
        .map(|o| ObligationRow::new(o, &store, today))
        .collect())
}

/// Marks an obligation delivered (note = evidence) or waived (note = reason).
#[tauri::command(async)]
pub fn settle_obligation(
    state: State<'_, AppState>,
    id: String,
    status: Value,
    note: String,
) -> UiResult<Obligation> {
    let status: ObligationStatus = input(status)?;
    Ok(state
        .store()?
        .settle_obligation(self::id(&id)?, status, &note, Utc::now())?)
}

#[tauri::command(async)]
pub fn leaderboard(
    state: State<'_, AppState>,
    since: Option<String>,
    kind: Option<Value>,
) -> UiResult<Vec<LeaderboardRow>> {
    let since = since
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
                Error::Validation(vec![FieldError::new(
                    "since",
                    "invalid_date",
                    "Enter a date as YYYY-MM-DD.",
                )])
            })
        })
        .transpose()?
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc());
    let kind: Option<ContributorKind> = arg(kind)?;
    Ok(state.store()?.leaderboard(since, kind)?)
}

/// The documented recognition rules and their points.
#[tauri::command(async)]
pub fn points_rules() -> Vec<(&'static str, u32)> {
    opencall_core::work::POINTS.to_vec()
}

#[tauri::command(async)]
pub fn get_dashboard(state: State<'_, AppState>, challenge: String) -> UiResult<Dashboard> {
    Ok(state
        .store()?
        .dashboard(self::id(&challenge)?, Utc::now())?)
}

#[tauri::command(async)]
pub fn get_portfolio(state: State<'_, AppState>, page: Option<Value>) -> UiResult<Page<Dashboard>> {
    Ok(state
        .store()?
        .portfolio(arg::<PageRequest>(page)?, Utc::now())?)
}

#[tauri::command(async)]
pub fn get_contributions(
    state: State<'_, AppState>,
    contributor: String,
) -> UiResult<Contributions> {
    Ok(state.store()?.contributions_of(self::id(&contributor)?)?)
}

/// Writes a CSV export to `path` (chosen with the save dialog).
#[tauri::command(async)]
pub fn export_csv(
    state: State<'_, AppState>,
    kind: Value,
    challenge: Option<String>,
    path: String,
) -> UiResult<usize> {
    let kind: CsvKind = input(kind)?;
    let challenge = challenge.map(|c| self::id::<ChallengeId>(&c)).transpose()?;
    let bytes = state.store()?.export_csv(kind, challenge, Utc::now())?;
    write_file(&path, &bytes)
}

/// Writes a challenge report to `path`: HTML, or Markdown when the file
/// name ends in `.md`.
#[tauri::command(async)]
pub fn export_report(
    state: State<'_, AppState>,
    challenge: String,
    path: String,
) -> UiResult<usize> {
    let store = state.store()?;
    let id = self::id::<ChallengeId>(&challenge)?;
    let lower = path.to_lowercase();
    let text = if lower.ends_with(".md") || lower.ends_with(".markdown") {
        store.report_markdown(id, Utc::now(), crate::error::lang())?
    } else {
        store.report_html(id, Utc::now(), crate::error::lang())?
    };
    write_file(&path, text.as_bytes())
}

fn write_file(path: &str, bytes: &[u8]) -> UiResult<usize> {
    std::fs::write(path, bytes).map_err(|e| {
        Error::Validation(vec![FieldError::new(
            "path",
            "unwritable",
            format!("The file could not be saved to {path} ({e}). Choose another folder."),
        )])
    })?;
    Ok(bytes.len())
}

// ---- bundles and trust --------------------------------------------------------

/// What a bundle would carry: the list shown before saving.
#[tauri::command(async)]
pub fn preview_export(state: State<'_, AppState>, input: Value) -> UiResult<ExportSummary> {
    let req: ExportRequest = self::input(input)?;
    Ok(state.store()?.export_preview(&req, Utc::now())?)
}

/// Writes a signed bundle to `path` (chosen with the save dialog).
#[tauri::command(async)]
pub fn export_bundle(
    state: State<'_, AppState>,
    input: Value,
    path: String,
) -> UiResult<ExportSummary> {
    let req: ExportRequest = self::input(input)?;
    let (bytes, summary) = state.store()?.export_bundle(&req, Utc::now())?;
    write_file(&path, &bytes)?;
    Ok(summary)
}

fn read_bundle_file(path: &str) -> UiResult<Vec<u8>> {
    let unreadable = |e: std::io::Error| {
        Error::Validation(vec![FieldError::new(
            "path",
            "unreadable",
            format!("{path} could not be read ({e}). Check that the file exists."),
        )])
    };
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > opencall_core::bundle::Limits::default().max_total_bytes {
        return Err(Error::Validation(vec![FieldError::new(
            "path",
            "too_large",
            "This file is larger than any bundle Opencall accepts.",
        )])
        .into());
    }
    Ok(std::fs::read(path).map_err(unreadable)?)
}

/// Verifies the bundle at `path` and says what importing it would do.
#[tauri::command(async)]
pub fn preview_import(state: State<'_, AppState>, path: String) -> UiResult<ImportPreview> {
    let bytes = read_bundle_file(&path)?;
    Ok(state.store()?.preview_import(&bytes, Utc::now())?)
}

/// Imports the bundle at `path` in one transaction (pinning its signer
/// when `trust_signer`).
#[tauri::command(async)]
pub fn import_bundle(
    state: State<'_, AppState>,
    path: String,
    trust_signer: bool,
) -> UiResult<ImportPreview> {
    let bytes = read_bundle_file(&path)?;
    Ok(state
        .store()?
        .import_bundle(&bytes, trust_signer, Utc::now())?)
}

#[tauri::command(async)]
pub fn list_bundles(state: State<'_, AppState>) -> UiResult<Vec<BundleHistoryRow>> {
    Ok(state.store()?.bundle_history_rows()?)
}

#[tauri::command(async)]
pub fn list_trusted_keys(state: State<'_, AppState>) -> UiResult<Vec<TrustedKey>> {
    Ok(state.store()?.trusted_keys()?)
}

#[tauri::command(async)]
pub fn revoke_key(state: State<'_, AppState>, key_id: String) -> UiResult<TrustedKey> {
    Ok(state.store()?.revoke_key(&key_id, Utc::now())?)
}

#[tauri::command(async)]
pub fn check_receipt(
    state: State<'_, AppState>,
    idea: String,
    receipt: String,
) -> UiResult<ReceiptCheck> {
    Ok(state.store()?.check_receipt(self::id(&idea)?, &receipt)?)
}

// ---- backups and the desktop -------------------------------------------------

/// The backups beside the workspace, newest first (also when the workspace
/// cannot be opened: they are the way out).
#[tauri::command(async)]
pub fn list_backups(state: State<'_, AppState>) -> UiResult<Vec<BackupFile>> {
    Ok(backup::list_backups(state.data_dir())?)
}

#[tauri::command(async)]
pub fn create_backup(state: State<'_, AppState>) -> UiResult<BackupFile> {
    Ok(state.store()?.create_backup(Utc::now(), backup::KEEP)?)
}

#[tauri::command(async)]
pub fn verify_backup(path: String) -> UiResult<BackupCheck> {
    Ok(backup::verify_backup(std::path::Path::new(&path))?)
}

/// Restores a backup into the empty folder `into` (a new workspace), or —
/// without `into` — in place of this workspace, which is closed, kept aside
/// as `db.before-restore-…` and opened again.
#[tauri::command(async)]
pub fn restore_backup(
    state: State<'_, AppState>,
    path: String,
    into: Option<String>,
) -> UiResult<BackupCheck> {
    let file = std::path::PathBuf::from(path);
    match into {
        Some(dir) => Ok(backup::restore_backup(&file, std::path::Path::new(&dir))?),
        None => {
            state.with_store_closed(|dir| Ok(backup::restore_in_place(&file, dir, Utc::now())?))
        }
    }
}

/// The `.ocbundle` the app was started with (a double-click), once.
#[tauri::command(async)]
pub fn take_opened_file(state: State<'_, AppState>) -> Option<String> {
    state.take_opened_file()
}

/// The language the person chose in the UI: the core's messages and the
/// native menu follow it from now on.
#[tauri::command]
pub fn set_language(app: tauri::AppHandle, lang: String) -> UiResult<()> {
    let lang = opencall_core::Lang::from_tag(&lang).unwrap_or_default();
    // The menu is built in English at start: nothing to do until it changes.
    if lang == crate::error::lang() {
        return Ok(());
    }
    crate::error::set_lang(lang);
    crate::desktop::apply_language(&app, lang).map_err(|e| crate::error::UiError {
        kind: "menu",
        message: e.to_string(),
        fields: Vec::new(),
    })?;
    Ok(())
}

/// What Help › About shows.
#[tauri::command(async)]
pub fn app_info(state: State<'_, AppState>, app: tauri::AppHandle) -> UiResult<AppInfo> {
    let ws = state
        .store()
        .ok()
        .and_then(|s| s.workspace().ok().flatten());
    Ok(AppInfo {
        version: app.package_info().version.to_string(),
        data_dir: state.data_dir().display().to_string(),
        organization: ws.as_ref().map(|w| w.organization.name.clone()),
        key_id: ws.as_ref().and_then(|w| w.organization.key_id_display()),
        key_fingerprint: ws.as_ref().map(|w| w.organization.key_fingerprint()),
    })
}

// ---- activity --------------------------------------------------------------

#[tauri::command(async)]
pub fn list_activity(
    state: State<'_, AppState>,
    offset: Option<usize>,
    limit: Option<usize>,
    record_ids: Option<Vec<String>>,
) -> UiResult<Page<LogEntryView>> {
    let store = state.store()?;
    let ws = store.workspace()?;
    let page = match record_ids {
        Some(ids) => {
            let items = store.activity_for(&ids)?;
            Page {
                total: items.len(),
                offset: 0,
                limit: None,
                items,
            }
        }
        None => store.activity(offset.unwrap_or(0), limit.unwrap_or(100).min(1000))?,
    };
    Ok(page.map(|e| LogEntryView::new(e, ws.as_ref())))
}

#[tauri::command(async)]
pub fn verify_activity(state: State<'_, AppState>) -> UiResult<Verification> {
    Ok(state.store()?.verify_log()?)
}

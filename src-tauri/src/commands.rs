//! IPC commands. Each one converts its arguments, calls the core once, and
//! converts the answer back; no behaviour lives here.

use chrono::Utc;
use opencall_core::activity::{LogEntry, Verification};
use opencall_core::agreement::{Acceptance, AcceptanceFilter, AgreementInput};
use opencall_core::challenge::{ChallengeFilter, ChallengeInput, ChallengeStatus};
use opencall_core::contributor::{Contributor, ContributorFilter, ContributorInput};
use opencall_core::ids::{AgreementId, ChallengeId, ContributorId};
use opencall_core::workspace::{OrganizationInput, WorkspaceInput};
use tauri::State;

use crate::error::UiResult;
use crate::state::AppState;
use crate::views::{AgreementView, ChallengeView, WorkspaceStatus, WorkspaceView};

fn id<T: std::str::FromStr<Err = opencall_core::Error>>(s: &str) -> UiResult<T> {
    Ok(s.parse()?)
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
pub fn init_workspace(
    state: State<'_, AppState>,
    input: WorkspaceInput,
) -> UiResult<WorkspaceStatus> {
    let store = state.store()?;
    let ws = store.init_workspace(input, Utc::now())?;
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
    input: OrganizationInput,
) -> UiResult<WorkspaceView> {
    let ws = state
        .store()?
        .update_organization(revision, input, Utc::now())?;
    Ok(WorkspaceView::new(ws, state.data_dir()))
}

/// Markdown preview for the edit form (rendered and sanitized in Rust).
#[tauri::command(async)]
pub fn render_markdown(markdown: String) -> String {
    opencall_core::markdown::render(&markdown)
}

// ---- challenges ------------------------------------------------------------

#[tauri::command(async)]
pub fn list_challenges(
    state: State<'_, AppState>,
    filter: ChallengeFilter,
) -> UiResult<Vec<ChallengeView>> {
    let now = Utc::now();
    let store = state.store()?;
    let list = store.challenges(&filter)?;
    Ok(list
        .into_iter()
        .map(|c| ChallengeView::new(c, store, now))
        .collect::<Result<_, _>>()?)
}

#[tauri::command(async)]
pub fn get_challenge(state: State<'_, AppState>, id: String) -> UiResult<ChallengeView> {
    let store = state.store()?;
    let c = store.challenge(self::id::<ChallengeId>(&id)?)?;
    Ok(ChallengeView::new(c, store, Utc::now())?)
}

#[tauri::command(async)]
pub fn create_challenge(
    state: State<'_, AppState>,
    input: ChallengeInput,
) -> UiResult<ChallengeView> {
    let now = Utc::now();
    let store = state.store()?;
    let c = store.create_challenge(input, now)?;
    Ok(ChallengeView::new(c, store, now)?)
}

#[tauri::command(async)]
pub fn update_challenge(
    state: State<'_, AppState>,
    id: String,
    revision: Option<u64>,
    input: ChallengeInput,
) -> UiResult<ChallengeView> {
    let now = Utc::now();
    let store = state.store()?;
    let c = store.update_challenge(self::id(&id)?, revision, input, now)?;
    Ok(ChallengeView::new(c, store, now)?)
}

#[tauri::command(async)]
pub fn set_challenge_status(
    state: State<'_, AppState>,
    id: String,
    revision: Option<u64>,
    status: ChallengeStatus,
) -> UiResult<ChallengeView> {
    let now = Utc::now();
    let store = state.store()?;
    let c = store.set_challenge_status(self::id(&id)?, revision, status, now)?;
    Ok(ChallengeView::new(c, store, now)?)
}

#[tauri::command(async)]
pub fn archive_challenge(
    state: State<'_, AppState>,
    id: String,
    archived: bool,
) -> UiResult<ChallengeView> {
    let now = Utc::now();
    let store = state.store()?;
    let c = store.archive_challenge(self::id(&id)?, archived, now)?;
    Ok(ChallengeView::new(c, store, now)?)
}

// ---- contributors ----------------------------------------------------------

#[tauri::command(async)]
pub fn list_contributors(
    state: State<'_, AppState>,
    filter: ContributorFilter,
) -> UiResult<Vec<Contributor>> {
    Ok(state.store()?.contributors(&filter)?)
}

#[tauri::command(async)]
pub fn get_contributor(state: State<'_, AppState>, id: String) -> UiResult<Contributor> {
    Ok(state
        .store()?
        .contributor(self::id::<ContributorId>(&id)?)?)
}

#[tauri::command(async)]
pub fn create_contributor(
    state: State<'_, AppState>,
    input: ContributorInput,
) -> UiResult<Contributor> {
    Ok(state.store()?.create_contributor(input, Utc::now())?)
}

#[tauri::command(async)]
pub fn update_contributor(
    state: State<'_, AppState>,
    id: String,
    revision: Option<u64>,
    input: ContributorInput,
) -> UiResult<Contributor> {
    Ok(state
        .store()?
        .update_contributor(self::id(&id)?, revision, input, Utc::now())?)
}

#[tauri::command(async)]
pub fn archive_contributor(
    state: State<'_, AppState>,
    id: String,
    archived: bool,
) -> UiResult<Contributor> {
    Ok(state
        .store()?
        .archive_contributor(self::id(&id)?, archived, Utc::now())?)
}

// ---- agreements ------------------------------------------------------------

#[tauri::command(async)]
pub fn list_agreements(
    state: State<'_, AppState>,
    text: Option<String>,
    include_archived: Option<bool>,
) -> UiResult<Vec<AgreementView>> {
    let list = state
        .store()?
        .agreements(text.as_deref(), include_archived.unwrap_or(false))?;
    Ok(list.into_iter().map(AgreementView::from).collect())
}

#[tauri::command(async)]
pub fn get_agreement(state: State<'_, AppState>, id: String) -> UiResult<AgreementView> {
    Ok(state
        .store()?
        .agreement(self::id::<AgreementId>(&id)?)?
        .into())
}

#[tauri::command(async)]
pub fn create_agreement(
    state: State<'_, AppState>,
    input: AgreementInput,
) -> UiResult<AgreementView> {
    Ok(state.store()?.create_agreement(input, Utc::now())?.into())
}

#[tauri::command(async)]
pub fn update_agreement(
    state: State<'_, AppState>,
    id: String,
    revision: Option<u64>,
    input: AgreementInput,
) -> UiResult<AgreementView> {
    Ok(state
        .store()?
        .update_agreement(self::id(&id)?, revision, input, Utc::now())?
        .into())
}

#[tauri::command(async)]
pub fn publish_agreement(
    state: State<'_, AppState>,
    id: String,
    revision: Option<u64>,
) -> UiResult<AgreementView> {
    Ok(state
        .store()?
        .publish_agreement(self::id(&id)?, revision, Utc::now())?
        .into())
}

#[tauri::command(async)]
pub fn archive_agreement(
    state: State<'_, AppState>,
    id: String,
    archived: bool,
) -> UiResult<AgreementView> {
    Ok(state
        .store()?
        .archive_agreement(self::id(&id)?, archived, Utc::now())?
        .into())
}

#[tauri::command(async)]
pub fn record_acceptance(
    state: State<'_, AppState>,
    agreement: String,
    version: Option<u32>,
    contributor: String,
) -> UiResult<Acceptance> {
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
    filter: AcceptanceFilter,
) -> UiResult<Vec<Acceptance>> {
    Ok(state.store()?.acceptances(&filter)?)
}

// ---- activity --------------------------------------------------------------

#[tauri::command(async)]
pub fn list_activity(
    state: State<'_, AppState>,
    offset: Option<usize>,
    limit: Option<usize>,
    record_ids: Option<Vec<String>>,
) -> UiResult<Vec<LogEntry>> {
    let store = state.store()?;
    Ok(match record_ids {
        Some(ids) => store.activity_for(&ids)?,
        None => store.activity(offset.unwrap_or(0), limit.unwrap_or(200).min(1000))?,
    })
}

#[tauri::command(async)]
pub fn verify_activity(state: State<'_, AppState>) -> UiResult<Verification> {
    Ok(state.store()?.verify_log()?)
}

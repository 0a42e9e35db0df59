// The only module that touches window.__TAURI__. Every call returns the
// command's value or throws an ApiError {kind, message, fields}.
//
// Paged lists take `page = {offset, limit}` (limit null = everything) and
// return `{items, total, offset, limit}`.

import { t } from './i18n.js';

const tauri = window.__TAURI__;

export class ApiError extends Error {
  constructor({ kind = 'unknown', message = 'Something went wrong.', fields = [] } = {}) {
    super(message);
    this.kind = kind;
    this.fields = Array.isArray(fields) ? fields : [];
  }
}

async function call(command, args = {}) {
  if (!tauri || !tauri.core) {
    throw new ApiError({ kind: 'no_backend', message: t('errors.no_backend') });
  }
  try {
    return await tauri.core.invoke(command, args);
  } catch (e) {
    if (e && typeof e === 'object' && 'kind' in e) throw new ApiError(e);
    // Not one of our errors (e.g. the IPC layer refused the arguments): its
    // text is for developers, not for the people using the app.
    console.error(`${command}:`, e);
    throw new ApiError({ kind: 'ipc', message: t('errors.ipc') });
  }
}

const ALL = { offset: 0, limit: null };
const page = (p) => ({ offset: p?.offset ?? 0, limit: p?.limit ?? null });

export const api = {
  workspaceStatus: () => call('workspace_status'),
  /** The .ocbundle path the app was started with (a double-click), once → string | null. */
  takeOpenedFile: () => call('take_opened_file'),
  /** Help › About → {version, data_dir, organization, key_id, key_fingerprint} (the last three null without a workspace). */
  appInfo: () => call('app_info'),
  /** The language chosen here ('en' | 'fa'): the core's messages and the native menu follow it. */
  setLanguage: (lang) => call('set_language', { lang }),

  // ---- backups: signed copies of the whole workspace in <data>/backups ----
  /** → [{path, name, created, bytes}], newest first; works when the workspace cannot be opened. */
  listBackups: () => call('list_backups'),
  /** → {path, name, created, bytes} */
  createBackup: () => call('create_backup'),
  /** → {path, bundle_id, organization, key_id, created, records: {tree: n}, attachments, log_entries}; writes nothing. */
  verifyBackup: (path) => call('verify_backup', { path }),
  /** Restores into the empty folder `into` (a new workspace; this one is untouched) or, with
   *  into = null, in place of this workspace (kept aside as db.before-restore-…) → as verifyBackup. */
  restoreBackup: (path, into = null) => call('restore_backup', { path, into }),
  initWorkspace: (input) => call('init_workspace', { input }),
  getWorkspace: () => call('get_workspace'),
  updateOrganization: (revision, input) => call('update_organization', { revision, input }),
  renderMarkdown: (markdown) => call('render_markdown', { markdown }),

  /** filter: {text, status, challenge_type, include_archived} → Page<ChallengeSummary> */
  listChallenges: (filter = {}, p = ALL) => call('list_challenges', { filter, page: page(p) }),
  getChallenge: (id) => call('get_challenge', { id }),
  createChallenge: (input) => call('create_challenge', { input }),
  updateChallenge: (id, revision, input) => call('update_challenge', { id, revision, input }),
  setChallengeStatus: (id, revision, status) => call('set_challenge_status', { id, revision, status }),

  /** filter: {text, kind, expertise, group, include_archived} → Page<ContributorSummary> */
  listContributors: (filter = {}, p = ALL) => call('list_contributors', { filter, page: page(p) }),
  getContributor: (id) => call('get_contributor', { id }),
  createContributor: (input) => call('create_contributor', { input }),
  updateContributor: (id, revision, input) => call('update_contributor', { id, revision, input }),

  /** filter: {text, include_archived} → Page<AgreementSummary> */
  listAgreements: (filter = {}, p = ALL) => call('list_agreements', { filter, page: page(p) }),
  getAgreement: (id) => call('get_agreement', { id }),
  createAgreement: (input) => call('create_agreement', { input }),
  updateAgreement: (id, revision, input) => call('update_agreement', { id, revision, input }),
  publishAgreement: (id, revision) => call('publish_agreement', { id, revision }),
  recordAcceptance: (agreement, version, contributor) => call('record_acceptance', { agreement, version, contributor }),
  listAcceptances: (filter = {}) => call('list_acceptances', { filter }),

  /** filter: {challenge, stage, author, text, include_archived} → Page<IdeaRow> */
  listIdeas: (filter = {}, p = ALL) => call('list_ideas', { filter, page: page(p) }),
  /** The idea page: the idea with rendered body, next stages, names, reviews, comments. */
  getIdea: (id) => call('get_idea', { id }),
  /** What a reviewer may see: without authors when the challenge reviews blind. */
  getIdeaForReview: (id) => call('get_idea_for_review', { id }),
  /** → [{field, code, message}]: why these authors may not contribute now (empty: they may). */
  checkContribution: (challenge, authors) => call('check_contribution', { challenge, authors }),
  /** input: {challenge, title, summary, body, authors, attachments}; refusals come back as kind 'refused'. */
  createIdea: (input) => call('create_idea', { input }),
  updateIdea: (id, revision, input) => call('update_idea', { id, revision, input }),
  /** A rejection needs a reason; shareAsLesson adds it to the challenge's lessons. */
  setIdeaStage: (id, revision, stage, reason = null, shareAsLesson = false) => call('set_idea_stage', { id, revision, stage, reason, shareAsLesson }),
  /** Merges idea `from` into `into` → the idea `into`. */
  mergeIdea: (from, into) => call('merge_idea', { from, into }),
  /** input: {idea, reviewer: {kind: 'person'|'contributor', id}, scores: [{criterion, score}], note} */
  addReview: (input) => call('add_review', { input }),
  /** → [{rank, id, title, stage, weighted_score, reviews, criteria: [{criterion, mean}]}], best first */
  rankIdeas: (challenge) => call('rank_ideas', { challenge }),
  /** input: {idea, parent, author: {kind, id}, text} */
  addComment: (input) => call('add_comment', { input }),
  /** Stores the file at `path` in the workspace → {name, sha256, size}. */
  attachFile: (path) => call('attach_file', { path }),
  /** Writes a stored attachment to `path`. */
  saveAttachment: (sha256, path) => call('save_attachment', { sha256, path }),

  /** → {completion, done, total, roots: [node]}; node = sub-problem + {completion, children} */
  listSubProblems: (challenge) => call('list_sub_problems', { challenge }),
  /** input: {challenge, parent, title, description, expertise, due, assigned} */
  createSubProblem: (input) => call('create_sub_problem', { input }),
  /** input: {title, description, expertise, due, assigned} */
  updateSubProblem: (id, revision, input) => call('update_sub_problem', { id, revision, input }),
  claimSubProblem: (id, contributor) => call('claim_sub_problem', { id, contributor }),
  /** Illegal moves come back as kind 'invalid_transition'. */
  setSubProblemStatus: (id, status) => call('set_sub_problem_status', { id, status }),
  /** "Who could take this" → [{contributor, name, kind, matching, record}], best first */
  subProblemCandidates: (id) => call('sub_problem_candidates', { id }),

  /** → [QuestionRow], oldest first */
  listQuestions: (challenge) => call('list_questions', { challenge }),
  /** askedBy: {kind: 'person'|'contributor', id} */
  askQuestion: (challenge, askedBy, text) => call('ask_question', { challenge, askedBy, text }),
  answerQuestion: (id, text, isPublic) => call('answer_question', { id, text, public: isPublic }),

  /** → [DisputeRow], newest first */
  listDisputes: (challenge) => call('list_disputes', { challenge }),
  /** about: {kind, id} | null */
  raiseDispute: (challenge, raisedBy, about, text) => call('raise_dispute', { challenge, raisedBy, about, text }),
  addDisputeNote: (id, by, text) => call('add_dispute_note', { id, by, text }),
  resolveDispute: (id, resolution) => call('resolve_dispute', { id, resolution }),

  /** → [ObligationRow] (with contributor_name, idea_title, overdue) */
  listObligations: ({ challenge = null, contributor = null } = {}) => call('list_obligations', { challenge, contributor }),
  /** status: 'delivered' | 'waived' (a waiver needs a reason in `note`) */
  settleObligation: (id, status, note) => call('settle_obligation', { id, status, note }),

  /** since: 'YYYY-MM-DD' | null; kind: a contributor kind | null → [{rank, contributor, name, kind, points, by_rule}] */
  leaderboard: (since = null, kind = null) => call('leaderboard', { since, kind }),
  /** [[rule, points], …] as the core documents them. */
  pointsRules: () => call('points_rules'),
  /** One core query: the counts of a challenge's dashboard. */
  getDashboard: (challenge) => call('get_dashboard', { challenge }),
  /** A page of dashboards, one per challenge. */
  getPortfolio: (p = ALL) => call('get_portfolio', { page: page(p) }),
  /** What a contributor gave and received → {ideas, reviews, claims, obligations, points} */
  getContributions: (contributor) => call('get_contributions', { contributor }),
  /** kind: 'ideas' | 'contributors' | 'reviews' | 'obligations' → bytes written */
  exportCsv: (kind, challenge, path) => call('export_csv', { kind, challenge: challenge || null, path }),
  /** HTML, or Markdown when the path ends with .md → bytes written */
  exportReport: (challenge, path) => call('export_report', { challenge, path }),

  /** kind: 'challenge' | 'contributor' | 'agreement' | 'idea' → {kind, id, archived} */
  archiveRecord: (kind, id) => call('archive_record', { kind, id }),
  restoreRecord: (kind, id) => call('restore_record', { kind, id }),

  // ---- bundles: signed files exchanged with partner firms ----
  /** input: {kind: 'challenge'|'response'|'update', challenge, recipients: [contributor id]}
   *  → ExportSummary {bundle_id, kind, challenge, challenge_title, recipients, items: [{kind, id, label}], attachments, attachment_bytes, files} */
  previewExport: (input) => call('preview_export', { input }),
  /** Writes the signed .ocbundle to `path` → ExportSummary. */
  exportBundle: (input, path) => call('export_bundle', { input, path }),
  /** Verifies the bundle at `path` → ImportPreview (trust, refusal, counts, items); writes nothing. */
  previewImport: (path) => call('preview_import', { path }),
  /** Imports it in one transaction (pinning an unknown signer when trustSigner) → what was done. */
  importBundle: (path, trustSigner = false) => call('import_bundle', { path, trustSigner }),
  /** Bundles sent and received, newest first → [{bundle_id, kind, direction, organization, key_id, at, challenge, challenge_title, records, items}]. */
  listBundles: () => call('list_bundles'),
  /** Partner signing keys pinned here, revoked ones included. */
  listTrustedKeys: () => call('list_trusted_keys'),
  revokeKey: (keyId) => call('revoke_key', { keyId }),
  /** Checks a sponsor's signed receipt for one of our ideas again → {valid, matches_idea, message}. */
  checkReceipt: (idea, receipt) => call('check_receipt', { idea, receipt }),

  /** Newest first; with recordIds, only entries about those records. → Page<LogEntry> */
  listActivity: (offset = 0, limit = 100, recordIds = null) => call('list_activity', { offset, limit, recordIds }),
  verifyActivity: () => call('verify_activity'),

  /** Opens an http(s) or mailto link in the system browser. */
  openExternal: (url) => call('open_external', { url }),
};

/** Listens to an event the desktop shell sends (`open-bundle` with a path,
 *  `menu` with an item id); `handler` gets the payload. Resolves to a
 *  function that stops listening (a no-op outside the desktop window). */
export async function onShellEvent(name, handler) {
  if (!tauri || !tauri.event || !tauri.event.listen) return () => {};
  try {
    return await tauri.event.listen(name, (e) => handler(e ? e.payload : undefined));
  } catch (e) {
    console.error(`listen ${name}:`, e);
    return () => {};
  }
}

/** Long unbroken words would stretch a native dialog off screen: give them
 *  break opportunities (zero-width spaces) every 30 characters. */
const softBreak = (text) => String(text).replace(/\S{31,}/g, (word) => word.replace(/(\S{30})/g, '$1\u200B'));

/** Asks a yes/no question in a native dialog (tauri-plugin-dialog). */
export async function confirmDialog(message, { title = t('app.name'), okLabel = t('common.ok'), cancelLabel = t('common.cancel') } = {}) {
  const text = softBreak(message);
  if (tauri && tauri.dialog && tauri.dialog.ask) {
    return tauri.dialog.ask(text, { title, kind: 'warning', okLabel, cancelLabel });
  }
  return window.confirm(text);
}

/** The dialog plugin, looked up at each call. The narrow test hook: native
 *  file dialogs cannot be driven through WebDriver, so end-to-end tests
 *  replace `window.__TAURI__.dialog.open` / `.save` with functions that
 *  answer a path they chose (tests/it/e2e.rs); the app code path after the
 *  dialog is the real one. */
function dialogPlugin() {
  if (!tauri || !tauri.dialog) throw new ApiError({ kind: 'no_backend', message: t('errors.no_backend') });
  return tauri.dialog;
}

/** The native file picker (tauri-plugin-dialog) with `options` → the paths
 *  picked ([] when cancelled). */
async function openPaths(options) {
  const dialog = dialogPlugin();
  let picked;
  try {
    picked = await dialog.open(options);
  } catch (e) {
    console.error('dialog.open:', e);
    throw new ApiError({ kind: 'ipc', message: t('errors.ipc') });
  }
  if (!picked) return [];
  return (Array.isArray(picked) ? picked : [picked])
    .map((p) => (typeof p === 'string' ? p : p && p.path))
    .filter(Boolean);
}

/** The file-type filter of bundle files (.ocbundle) in the native dialogs. */
export const bundleFilters = () => [{ name: t('bundle.filterName'), extensions: ['ocbundle'] }];

/** Asks for files in the native file picker → their paths ([] when cancelled). */
export const pickFiles = ({ title } = {}) => openPaths({ multiple: true, directory: false, title });

/** Asks for one bundle file (.ocbundle) in the native file picker → its
 *  path, or null when cancelled. */
export async function pickBundleFile({ title } = {}) {
  return (await openPaths({ multiple: false, directory: false, title, filters: bundleFilters() }))[0] || null;
}

/** Asks for a folder in the native folder picker → its path, or null when
 *  cancelled. */
export async function pickFolder({ title } = {}) {
  return (await openPaths({ multiple: false, directory: true, title }))[0] || null;
}

/** Asks where to save a file in the native save dialog → a path, or null
 *  when cancelled. `filters`: [{name, extensions: ['ocbundle']}]. */
export async function pickSavePath(defaultName, { title, filters } = {}) {
  const dialog = dialogPlugin();
  try {
    const path = await dialog.save({ defaultPath: defaultName, title, ...(filters ? { filters } : {}) });
    return path || null;
  } catch (e) {
    console.error('dialog.save:', e);
    throw new ApiError({ kind: 'ipc', message: t('errors.ipc') });
  }
}

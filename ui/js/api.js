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

  /** kind: 'challenge' | 'contributor' | 'agreement' → {kind, id, archived} */
  archiveRecord: (kind, id) => call('archive_record', { kind, id }),
  restoreRecord: (kind, id) => call('restore_record', { kind, id }),

  /** Newest first; with recordIds, only entries about those records. → Page<LogEntry> */
  listActivity: (offset = 0, limit = 100, recordIds = null) => call('list_activity', { offset, limit, recordIds }),
  verifyActivity: () => call('verify_activity'),

  /** Opens an http(s) or mailto link in the system browser. */
  openExternal: (url) => call('open_external', { url }),
};

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

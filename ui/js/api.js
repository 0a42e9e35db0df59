// The only module that touches window.__TAURI__. Every call returns the
// command's value or throws an ApiError {kind, message, fields}.

const tauri = window.__TAURI__;

export class ApiError extends Error {
  constructor({ kind = 'unknown', message = 'Something went wrong.', fields = [] } = {}) {
    super(message);
    this.kind = kind;
    this.fields = fields;
  }
}

async function call(command, args = {}) {
  if (!tauri || !tauri.core) {
    throw new ApiError({ kind: 'no_backend', message: 'Opencall must run inside its desktop window.' });
  }
  try {
    return await tauri.core.invoke(command, args);
  } catch (e) {
    if (e && typeof e === 'object' && 'kind' in e) throw new ApiError(e);
    throw new ApiError({ kind: 'ipc', message: String(e) });
  }
}

export const api = {
  workspaceStatus: () => call('workspace_status'),
  initWorkspace: (input) => call('init_workspace', { input }),
  getWorkspace: () => call('get_workspace'),
  updateOrganization: (revision, input) => call('update_organization', { revision, input }),
  renderMarkdown: (markdown) => call('render_markdown', { markdown }),

  listChallenges: (filter = {}) => call('list_challenges', { filter }),
  getChallenge: (id) => call('get_challenge', { id }),
  createChallenge: (input) => call('create_challenge', { input }),
  updateChallenge: (id, revision, input) => call('update_challenge', { id, revision, input }),
  setChallengeStatus: (id, revision, status) => call('set_challenge_status', { id, revision, status }),
  archiveChallenge: (id, archived) => call('archive_challenge', { id, archived }),

  listContributors: (filter = {}) => call('list_contributors', { filter }),
  getContributor: (id) => call('get_contributor', { id }),
  createContributor: (input) => call('create_contributor', { input }),
  updateContributor: (id, revision, input) => call('update_contributor', { id, revision, input }),
  archiveContributor: (id, archived) => call('archive_contributor', { id, archived }),

  listAgreements: (text = null, includeArchived = false) => call('list_agreements', { text, includeArchived }),
  getAgreement: (id) => call('get_agreement', { id }),
  createAgreement: (input) => call('create_agreement', { input }),
  updateAgreement: (id, revision, input) => call('update_agreement', { id, revision, input }),
  publishAgreement: (id, revision) => call('publish_agreement', { id, revision }),
  archiveAgreement: (id, archived) => call('archive_agreement', { id, archived }),
  recordAcceptance: (agreement, version, contributor) => call('record_acceptance', { agreement, version, contributor }),
  listAcceptances: (filter = {}) => call('list_acceptances', { filter }),

  /** Newest first; with recordIds, only entries about those records. */
  listActivity: (offset = 0, limit = 100, recordIds = null) => call('list_activity', { offset, limit, recordIds }),
  verifyActivity: () => call('verify_activity'),
};

/** Asks a yes/no question in a native dialog (tauri-plugin-dialog). */
export async function confirmDialog(message, { title = 'Opencall', okLabel = 'OK', cancelLabel = 'Cancel' } = {}) {
  if (tauri && tauri.dialog && tauri.dialog.ask) {
    return tauri.dialog.ask(message, { title, kind: 'warning', okLabel, cancelLabel });
  }
  return window.confirm(message);
}

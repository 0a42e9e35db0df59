// Backups: signed copies of the whole workspace in <data folder>/backups
// (made by the shell every 30 minutes after a change and on exit, the newest
// 10 kept). The Backups page (#/backups: back up now, check, restore as a new
// workspace or in place) and the startup screen of a damaged workspace,
// which offers its newest backup that verifies.
//
// Every check and restore is the core's; the UI only words the results.

import { api, confirmDialog, pickFolder } from '../api.js';
import { h, clear, code } from '../dom.js';
import { t, tx, formatDateTime, formatBytes } from '../i18n.js';
import { mount, pageHeader, section, toast, showError, errorLines, isCurrent } from '../ui.js';

/** The sidebar entry (in the footer) and the route of this section. */
export const nav = { id: 'backups', label: 'nav.backups', place: 'footer' };
export const routes = [['/backups', (ctx) => page(ctx)]];

const backupFolder = (dataDir) => (dataDir ? `${String(dataDir).replace(/[\\/]+$/, '')}/backups` : 'backups');

/** Set before an in-place restore reloads the window; the reloaded app
 *  shows the toast (sessionStorage survives the reload, nothing else). */
const RESTORED_KEY = 'opencall.restored';

function reloadAfterRestore(created) {
  try { sessionStorage.setItem(RESTORED_KEY, created || ''); } catch { /* the toast is a nicety */ }
  location.reload();
}

/** After a reload that followed an in-place restore: say what happened. */
export function announceRestore() {
  let created = null;
  try {
    created = sessionStorage.getItem(RESTORED_KEY);
    sessionStorage.removeItem(RESTORED_KEY);
  } catch { return; }
  if (created != null) toast(t('backups.restoredInPlace', { date: formatDateTime(created) }));
}

/** "Verifies: 123 log entries and 4 attachments, signed by …" */
function checkWords(check) {
  const entries = t('backups.entries', { n: check.log_entries });
  const files = t('backups.attachments', { n: check.attachments });
  return tx('backups.verified', { entries, files, org: check.organization, key: code(check.key_id) });
}

function checkResult(state) {
  if (!state) return h('span', { class: 'muted small' }, t('backups.notChecked'));
  if (state.pending) return h('span', { class: 'muted small' }, t('backups.checking'));
  if (state.error) {
    return h('span', { class: 'check-result broken', dataset: { state: 'broken', kind: state.error.kind || '' } },
      h('span', { class: 'badge danger', 'aria-hidden': 'true' }, '✗'), ' ', h('span', { dir: 'auto' }, t('backups.broken', { message: errorLines(state.error).join(' ') })));
  }
  return h('span', { class: 'check-result ok', dataset: { state: 'ok', entries: String(state.check.log_entries), attachments: String(state.check.attachments) } },
    h('span', { class: 'badge trust-trusted', 'aria-hidden': 'true' }, '✓'), ' ', checkWords(state.check));
}

// ---- the Backups page -------------------------------------------------------------

export async function page(ctx) {
  const dataDir = ctx.workspace && ctx.workspace.data_dir;
  /** path → {pending} | {check} | {error}: what "Check" found, kept across refreshes. */
  const checks = new Map();
  const listCard = h('div', { id: 'backup-list-wrap' });
  const done = h('div', { id: 'restore-result', 'aria-live': 'polite' });
  let busy = false;
  let backups = [];

  const setBusy = (on) => {
    busy = on;
    document.querySelectorAll('.backups-page button, #backup-now').forEach((b) => { b.disabled = on; });
  };

  async function check(b, cell) {
    checks.set(b.path, { pending: true });
    clear(cell).append(checkResult(checks.get(b.path)));
    try {
      checks.set(b.path, { check: await api.verifyBackup(b.path) });
    } catch (e) {
      checks.set(b.path, { error: e });
    }
    if (cell.isConnected) clear(cell).append(checkResult(checks.get(b.path)));
    return checks.get(b.path);
  }

  async function restoreAsNew(b) {
    let folder;
    try { folder = await pickFolder({ title: t('backups.pickFolder') }); } catch (e) { showError(e); return; }
    if (!folder) return;
    setBusy(true);
    let r;
    try {
      r = await api.restoreBackup(b.path, folder);
    } catch (e) {
      setBusy(false);
      if (e.kind === 'already_initialized') showError({ kind: e.kind, message: t('backups.notEmpty') });
      else showError(e);
      return;
    }
    setBusy(false);
    if (!isCurrent(ctx)) return;
    const entries = t('backups.entries', { n: r.log_entries });
    const files = t('backups.attachments', { n: r.attachments });
    clear(done).append(h('section', { class: 'card restore-done', id: 'restore-done', 'aria-labelledby': 'restore-done-title' },
      h('h2', { id: 'restore-done-title', tabindex: '-1' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t('backups.restoredNew')),
      h('p', {}, tx('backups.restoredNewWhere', { date: formatDateTime(b.created), folder: code(folder, { class: 'break', id: 'restored-folder' }), entries, files })),
      h('p', {}, t('backups.restoredNewOpen')),
      h('pre', { class: 'commands', dir: 'ltr' }, code(`OPENCALL_DATA_DIR=${shellQuote(folder)} opencall\nopencall-cli --data-dir ${shellQuote(folder)} challenge list`))));
    document.getElementById('restore-done-title')?.focus();
  }

  async function restoreInPlace(b) {
    const date = formatDateTime(b.created);
    if (!(await confirmDialog(t('backups.confirmInPlace', { date }), { okLabel: t('backups.confirmOk'), cancelLabel: t('common.cancel') }))) return;
    setBusy(true);
    const status = document.getElementById('backups-status');
    if (status) status.textContent = t('backups.restoring');
    try {
      await api.restoreBackup(b.path, null);
    } catch (e) {
      setBusy(false);
      if (status) status.textContent = '';
      showError(e);
      return;
    }
    // Every view must read the restored data: start the app again.
    reloadAfterRestore(b.created);
  }

  function row(b, i) {
    const date = formatDateTime(b.created);
    const result = h('div', { class: 'check-cell', 'aria-live': 'polite' }, checkResult(checks.get(b.path)));
    return h('tr', { dataset: { name: b.name, path: b.path }, class: i === 0 ? 'is-newest' : '' },
      h('td', {}, h('strong', { class: 'backup-when' }, date), h('br'), code(b.name, { class: 'hash backup-name' })),
      h('td', { class: 'num backup-size' }, formatBytes(b.bytes)),
      h('td', {},
        h('button', { type: 'button', class: 'button small check-backup', 'aria-label': t('backups.checkLabel', { date }), onclick: () => check(b, result) }, t('backups.check')),
        result),
      h('td', { class: 'col-restore' }, h('div', { class: 'restore-buttons' },
        h('button', { type: 'button', class: 'button small restore-new', 'aria-label': t('backups.asNewLabel', { date }), onclick: () => restoreAsNew(b) }, t('backups.asNew')),
        h('button', { type: 'button', class: 'button small restore-in-place', 'aria-label': t('backups.inPlaceLabel', { date }), onclick: () => restoreInPlace(b) }, t('backups.inPlace')))));
  }

  async function refresh() {
    try {
      backups = await api.listBackups();
    } catch (e) {
      showError(e);
      backups = [];
    }
    if (!isCurrent(ctx)) return;
    clear(listCard).append(backups.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'table fixed backups-list', id: 'backup-list' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col', class: 'col-when' }, t('backups.when')),
          h('th', { scope: 'col', class: 'num col-size' }, t('backups.size')),
          h('th', { scope: 'col' }, t('backups.check')),
          h('th', { scope: 'col', class: 'col-restore' }, t('backups.restore')))),
        h('tbody', {}, backups.map(row))))
      : h('p', { class: 'muted', id: 'backup-list' }, t('backups.none')));
    if (busy) setBusy(true);
  }

  const now = h('button', {
    type: 'button', class: 'button primary', id: 'backup-now',
    onclick: async () => {
      setBusy(true);
      now.textContent = t('backups.making');
      try {
        await api.createBackup();
        toast(t('backups.made'));
      } catch (e) { showError(e); }
      now.textContent = t('backups.now');
      setBusy(false);
      await refresh();
    },
  }, t('backups.now'));

  await refresh();
  mount(ctx,
    pageHeader(t('backups.title'), { subtitle: t('backups.intro'), actions: [now] }),
    h('div', { class: 'backups-page' },
      h('div', { class: 'callout backups-note', id: 'backups-about', role: 'note' },
        h('p', {}, tx('backups.auto', { folder: code(backupFolder(dataDir), { class: 'break' }) })),
        h('p', { class: 'backups-private' }, h('strong', {}, t('backups.private')))),
      done,
      h('p', { class: 'visually-hidden', id: 'backups-status', role: 'status' }),
      section(t('backups.list'), listCard)));
}

/** A path as one shell word (for the commands shown after a restore). */
function shellQuote(path) {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${String(path).replace(/'/g, "'\\''")}'`;
}

// ---- the startup screen of a damaged workspace ---------------------------------------

/** Shown instead of the app when the workspace is damaged: its backups, the
 *  newest checked, and one button that restores the newest that verifies
 *  (after a native confirmation), then starts the app again. */
export async function damagedScreen(app, error) {
  let info = null;
  try { info = await api.appInfo(); } catch { /* the folder is a hint only */ }
  const folder = backupFolder(info && info.data_dir);
  const checks = new Map();
  const status = h('div', { class: 'damaged-status', id: 'damaged-status', role: 'status', 'aria-live': 'polite' });
  const list = h('div', { id: 'damaged-backups' }, h('p', { class: 'muted' }, t('damaged.loading')));
  const restore = h('button', { type: 'button', class: 'button primary', id: 'restore-newest', disabled: true }, t('damaged.restore'));
  const cells = new Map();
  let backups = [];

  const say = (...nodes) => clear(status).append(...nodes.map((n) => (typeof n === 'string' ? h('p', { dir: 'auto' }, n) : n)));

  /** One verification per backup, shared by whoever asks first. */
  function check(b) {
    if (!checks.has(b.path)) {
      const cell = cells.get(b.path);
      if (cell) clear(cell).append(checkResult({ pending: true }));
      checks.set(b.path, api.verifyBackup(b.path).then((c) => ({ check: c }), (e) => ({ error: e })).then((state) => {
        if (cell) clear(cell).append(checkResult(state));
        return state;
      }));
    }
    return checks.get(b.path);
  }

  restore.addEventListener('click', async () => {
    restore.disabled = true;
    restore.textContent = t('damaged.checking');
    let asked = false;
    const failures = [];
    for (const b of backups) {
      const state = await check(b);
      if (!state.check) continue;
      const date = formatDateTime(b.created);
      if (!asked) {
        const question = t('damaged.confirm', { date, org: state.check.organization });
        if (!(await confirmDialog(question, { okLabel: t('backups.confirmOk'), cancelLabel: t('common.cancel') }))) {
          restore.disabled = false;
          restore.textContent = t('damaged.restore');
          return;
        }
        asked = true;
      }
      restore.textContent = t('damaged.restoring');
      try {
        await api.restoreBackup(b.path, null);
        reloadAfterRestore(b.created);
        return;
      } catch (e) {
        // Try the next older one that verifies (the same question covers it).
        failures.push(h('p', { dir: 'auto', class: 'restore-failure' }, t('damaged.failed', { date, message: errorLines(e).join(' ') })));
      }
    }
    restore.textContent = t('damaged.restore');
    restore.disabled = false;
    say(...failures, h('p', {}, h('strong', {}, t('damaged.noneVerify'))),
      h('p', { class: 'muted small' }, tx('damaged.noneHint', { command: code('opencall-cli backup restore FILE --in-place') })));
  });

  app.className = 'app-setup';
  clear(app).append(h('main', { class: 'setup damaged', id: 'main', tabindex: '-1' },
    h('div', { class: 'setup-card damaged-card', id: 'damaged' },
      h('div', { class: 'damaged-head', role: 'alert' },
        h('h1', {}, t('damaged.title')),
        h('p', {}, t('damaged.intro'))),
      h('details', { class: 'damaged-detail' }, h('summary', {}, t('damaged.detail')), h('p', { dir: 'auto', class: 'small' }, error.message)),
      h('h2', {}, t('damaged.backups')),
      list,
      h('div', { class: 'form-actions' }, restore),
      h('p', { class: 'hint' }, t('damaged.keptAside')),
      status,
      info ? h('p', { class: 'muted small' }, tx('damaged.folder', { folder: code(info.data_dir, { class: 'break' }) })) : null)));

  try {
    backups = await api.listBackups();
  } catch (e) {
    clear(list).append(h('p', { class: 'callout danger', dir: 'auto' }, errorLines(e).join(' ')));
    return;
  }
  if (!backups.length) {
    restore.hidden = true;
    clear(list).append(h('div', { class: 'callout warn', id: 'no-backups' },
      h('p', {}, tx('damaged.none', { folder: code(folder, { class: 'break' }) })),
      h('p', {}, tx('damaged.noneHint', { command: code('opencall-cli backup restore FILE --in-place') }))));
    return;
  }
  clear(list).append(h('div', { class: 'table-wrap' }, h('table', { class: 'table fixed backups-list', id: 'backup-list' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col', class: 'col-when' }, t('backups.when')),
      h('th', { scope: 'col', class: 'num col-size' }, t('backups.size')),
      h('th', { scope: 'col' }, t('backups.check')))),
    h('tbody', {}, backups.map((b, i) => {
      const cell = h('td', { class: 'check-cell' }, checkResult(null));
      cells.set(b.path, cell);
      return h('tr', { dataset: { name: b.name }, class: i === 0 ? 'is-newest' : '' },
        h('td', {}, h('strong', {}, formatDateTime(b.created)), i === 0 ? [' ', h('span', { class: 'badge' }, t('damaged.newest'))] : null),
        h('td', { class: 'num' }, formatBytes(b.bytes)),
        cell);
    })))));
  restore.disabled = false;
  await check(backups[0]);
}

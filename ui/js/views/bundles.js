// Bundles: the signed files firms exchange. Sending (#/challenges/:id/send:
// a challenge or an update for one partner from an own challenge, a response
// to a challenge received from a sponsor — always "what will leave" first,
// then the save dialog), importing (#/import?path=…: verified preview with
// the signer's trust, then one atomic import) and, for workspace settings,
// the trusted partner keys and the bundles sent and received.
//
// Every number, rule and refusal comes from the core; bundle text is shown
// as text (h()), never as HTML.

import { api, confirmDialog, pickBundleFile, pickSavePath, bundleFilters } from '../api.js';
import { h, bdi, clear, code } from '../dom.js';
import { t, tx, label, isolate, ellipsize, formatDate, formatDateTime, formatBytes, formatList, formatNumber } from '../i18n.js';
import { recordPicker } from '../form.js';
import { mount, pageHeader, section, facts, toast, showError, errorLines, loadOr404, debounce, isCurrent } from '../ui.js';
import { stat } from '../charts.js';
import { fileStem } from './work.js';

export const routes = [
  ['/challenges/:id/send', (ctx, id) => send(ctx, id)],
  ['/import', (ctx) => importPage(ctx)],
];

const ACTIONS = ['add', 'update', 'unchanged', 'older', 'conflict'];
/** Where a record of a bundle can be opened in this copy. */
const RECORD_PATHS = { challenge: 'challenges', idea: 'ideas', contributor: 'contributors', agreement: 'agreements' };

const baseName = (path) => String(path || '').split(/[\\/]/).pop();

/** Items grouped by record kind, in the order they first appear. */
function byKind(items) {
  const groups = new Map();
  for (const i of items || []) {
    if (!groups.has(i.kind)) groups.set(i.kind, []);
    groups.get(i.kind).push(i);
  }
  return [...groups.entries()];
}

/** The route of the import preview of the bundle file at `path`. */
export const importPath = (path) => `/import?${new URLSearchParams({ path })}`;

/** Opens the native file picker for a bundle, then its import preview. */
export async function chooseBundle(navigate) {
  let path;
  try { path = await pickBundleFile({ title: t('import.pickTitle') }); } catch (e) { showError(e); return; }
  if (!path) return;
  navigate(importPath(path), { force: false });
}

/** The challenge page's action: send to partners (own) or respond (received). */
export function sendAction(c) {
  if (c.meta.archived) return null;
  return c.foreign
    ? h('a', { class: 'button primary', href: `#/challenges/${c.id}/send`, id: 'send-response' }, t('bundle.sendResponse'))
    : h('a', { class: 'button', href: `#/challenges/${c.id}/send`, id: 'send-bundle' }, t('bundle.send'));
}

/** "From {org} · key … · received …" and what that means, for a challenge
 *  posed by another organization. */
export function provenanceBanner(c) {
  const p = c.provenance;
  const org = p ? p.organization : t('bundle.foreignUnknown');
  const updated = p && p.updated_at && p.updated_at !== p.received_at;
  return h('section', { class: 'callout provenance', id: 'provenance-banner', 'aria-label': t('bundle.origin') },
    p ? h('p', { class: 'provenance-line' }, tx('bundle.fromBanner', { org, key: code(p.key_id), date: formatDate(p.received_at) })) : null,
    h('p', { class: 'muted small' }, tx('bundle.foreignNote', { org })),
    updated ? h('p', { class: 'muted small' }, t('bundle.updatedOn', { date: formatDateTime(p.updated_at) })) : null);
}

/** "Kept by {org} …", on an agreement or a contributor received in a
 *  bundle; null for one of this workspace's own. */
export function keptByNote(record, id) {
  const p = record.provenance;
  return p ? h('p', { class: 'callout provenance', id, role: 'note' }, tx('provenance.keptBy', { org: p.organization, date: formatDate(p.received_at) })) : null;
}

// ---- sending -------------------------------------------------------------------

async function searchContributors(text) {
  const page = await api.listContributors({ text, include_archived: false }, { offset: 0, limit: 8 });
  return (page.items || []).map((c) => ({ id: c.id, name: c.name, kind: c.kind, affiliation: c.affiliation }));
}
const describe = (c) => [c.kind ? label('contributor_kind', c.kind) : '', c.affiliation].filter(Boolean).join(' · ');

/** "What will leave": the items a bundle carries, by kind, with the files. */
function carriedList(summary, { response }) {
  const groups = byKind(summary.items);
  return [
    summary.recipients.length ? h('p', { class: 'leaves-for' }, tx('bundle.leavesFor', { names: formatList(summary.recipients) })) : null,
    h('div', { class: 'carried', id: 'export-items' }, groups.map(([kind, items]) => h('div', { class: 'carried-group', dataset: { kind } },
      h('h3', {}, label('record_kind_plural', kind), ' ', h('span', { class: 'badge' }, String(items.length))),
      h('ul', { class: 'bullets' }, items.map((i) => h('li', { dir: 'auto', dataset: { id: i.id } }, i.label)))))),
    h('p', { class: 'muted small', id: 'export-files' },
      t('bundle.records', { n: summary.items.length }), ' · ', t('bundle.files', { n: summary.attachments, size: formatBytes(summary.attachment_bytes) })),
    h('p', { class: 'callout never-leaves', id: 'never-leaves', role: 'note' }, response ? t('bundle.neverLeavesResponse') : t('bundle.neverLeaves')),
  ];
}

export async function send(ctx, id) {
  const c = await loadOr404(ctx, 'challenge', () => api.getChallenge(id));
  if (!c) return;
  const response = Boolean(c.foreign);
  const sponsor = c.provenance ? c.provenance.organization : t('bundle.foreignUnknown');
  const invited = (c.invited_contributors || []).filter((p) => !p.archived).map((p) => ({ id: p.id, name: p.name, kind: p.kind }));

  // Own challenge: a challenge bundle (many recipients) or an update (one).
  let kind = response ? 'response' : 'challenge';
  const kindRadio = (value, text, hint) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name: 'bundle-kind', value, id: `bundle-kind-${value}`, checked: value === kind, onchange: () => { kind = value; syncKind(); } }),
    h('span', {}, h('strong', {}, text), h('span', { class: 'hint' }, hint)));
  const picker = {
    name: 'recipients', label: t('bundle.recipientSearch'), placeholder: t('bundle.recipientPlaceholder'),
    search: searchContributors, describe, noMatches: t('challenge.noMatches'),
    addLabel: (p) => t('bundle.addRecipient', { name: p.name }), removeLabel: (p) => t('bundle.removeRecipient', { name: p.name }),
  };
  const many = recordPicker({ ...picker, id: 'recipient-search', selected: invited });
  const one = recordPicker({ ...picker, id: 'partner-search', single: true, selected: invited.length === 1 ? invited : [] });
  const recipientHint = h('p', { class: 'hint', id: 'recipients-hint' });
  const recipients = () => (response ? [] : (kind === 'update' ? one.value() : many.value()));

  const preview = h('div', { id: 'export-preview', 'aria-live': 'polite' });
  const saveButton = h('button', { type: 'button', class: 'button primary', id: 'save-bundle', disabled: true }, t('bundle.save'));
  let current = null; // the summary on screen
  let seq = 0;
  const refresh = debounce(async () => {
    const mine = ++seq;
    current = null;
    saveButton.disabled = true;
    const who = recipients();
    if (!response && who.length === 0) {
      clear(preview).append(h('p', { class: 'muted' }, t('bundle.leavesNothing')));
      return;
    }
    let summary;
    try {
      summary = await api.previewExport({ kind, challenge: c.id, recipients: who });
    } catch (e) {
      if (mine !== seq || !isCurrent(ctx)) return;
      clear(preview).append(h('div', { class: 'callout warn', id: 'export-problem', role: 'alert' }, errorLines(e).map((l) => h('p', { dir: 'auto' }, l))));
      return;
    }
    if (mine !== seq || !isCurrent(ctx)) return;
    current = summary;
    clear(preview).append(...carriedList(summary, { response }).filter(Boolean));
    saveButton.disabled = false;
  }, 120);

  const manyWrap = h('div', { class: 'recipients-many' }, many.element);
  const oneWrap = h('div', { class: 'recipients-one', hidden: true }, one.element);
  function syncKind() {
    manyWrap.hidden = kind !== 'challenge';
    oneWrap.hidden = kind !== 'update';
    recipientHint.textContent = kind === 'update' ? t('bundle.recipientHint') : t('bundle.recipientsHint');
    refresh();
  }
  many.element.addEventListener('change', refresh);
  one.element.addEventListener('change', refresh);

  const body = h('div', { class: 'send-body' });
  const back = { href: `#/challenges/${c.id}`, label: c.title };

  function done(summary, path) {
    clear(body).append(h('section', { class: 'card export-done', id: 'export-done', 'aria-labelledby': 'export-done-title' },
      h('h2', { id: 'export-done-title', tabindex: '-1' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t('bundle.saved')),
      h('p', {}, tx('bundle.savedTo', { path: code(path, { class: 'break', id: 'export-path' }) })),
      h('p', { id: 'export-counts' }, t('bundle.savedWhat', {
        records: t('bundle.records', { n: summary.items.length }),
        files: t('bundle.files', { n: summary.attachments, size: formatBytes(summary.attachment_bytes) }),
      })),
      h('p', { class: 'muted small' }, tx('bundle.savedId', { id: code(summary.bundle_id) })),
      h('p', { class: 'hint' }, tx('bundle.handOver', { names: formatList(summary.recipients) })),
      h('div', { class: 'form-actions' },
        h('a', { class: 'button primary', href: `#/challenges/${c.id}`, id: 'export-back' }, t('bundle.backToChallenge')),
        h('button', { type: 'button', class: 'button', onclick: () => ctx.navigate(`/challenges/${c.id}/send`, { force: true }) }, t('bundle.sendAnother')))));
    document.getElementById('export-done-title')?.focus();
  }

  saveButton.addEventListener('click', async () => {
    const summary = current;
    if (!summary) return;
    let path;
    try {
      path = await pickSavePath(`${fileStem(c.title)}.ocbundle`, { title: t('bundle.saveTitle'), filters: bundleFilters() });
    } catch (e) { showError(e); return; }
    if (!path) return;
    saveButton.disabled = true;
    saveButton.textContent = t('common.saving');
    try {
      const written = await api.exportBundle({ kind: summary.kind, challenge: c.id, recipients: recipients() }, path);
      toast(t('bundle.saved'));
      done(written, path);
    } catch (e) {
      showError(e);
      saveButton.disabled = false;
      saveButton.textContent = t('bundle.save');
    }
  });

  body.append(
    response
      ? h('p', { class: 'callout', id: 'response-intro', role: 'note' }, tx('bundle.responseIntro', { org: sponsor }))
      : h('p', { class: 'hint send-intro' }, t('bundle.intro')),
    response ? null : h('fieldset', { class: 'card', id: 'bundle-kind' }, h('legend', {}, t('bundle.kind')),
      h('div', { class: 'choices' },
        kindRadio('challenge', t('bundle.kindChallenge'), t('bundle.kindChallengeHint')),
        kindRadio('update', t('bundle.kindUpdate'), t('bundle.kindUpdateHint')))),
    response ? null : h('fieldset', { class: 'card', id: 'bundle-recipients' }, h('legend', {}, t('bundle.recipients')),
      recipientHint, manyWrap, oneWrap),
    section(t('bundle.leaves'), preview),
    h('div', { class: 'form-actions' }, saveButton,
      h('a', { class: 'button', href: `#/challenges/${c.id}`, id: 'cancel-send' }, t('common.cancel'))));

  mount(ctx, pageHeader(response ? t('bundle.responseTitle') : t('bundle.sendTitle'), { back, subtitle: h('bdi', {}, c.title) }), body);
  if (response) refresh(); else syncKind();
}

// ---- importing -------------------------------------------------------------------

const trustState = (p) => (p.trust ? p.trust.state : 'unknown');
/** Whether the only thing between this bundle and an import is trusting its
 *  unknown signer (the checkbox). */
const needsTrust = (p) => trustState(p) === 'unknown' && (!p.refusal || p.refusal.kind === 'untrusted_signer');

/** The trust state in words, with the checkbox an unknown signer needs. */
function trustBlock(p, onTrustChange) {
  const state = trustState(p);
  const key = code(p.key_id);
  if (state === 'trusted') {
    return h('div', { class: 'callout ok', id: 'import-trust', dataset: { state } },
      h('p', {}, h('span', { class: 'badge trust-trusted' }, label('trust_state', state)), ' ', t('import.trusted', { date: formatDate(p.trust.trusted_at) })));
  }
  if (needsTrust(p)) {
    const box = h('input', { type: 'checkbox', id: 'trust-signer', onchange: (e) => onTrustChange(e.target.checked) });
    return h('div', { class: 'callout warn', id: 'import-trust', dataset: { state } },
      h('p', {}, h('span', { class: 'badge warn' }, label('trust_state', state)), ' ', tx('import.unknown', { org: p.organization, key })),
      h('label', { class: 'check trust-check' }, box, h('span', {}, tx('import.trustCheck', { key: code(p.key_id), org: p.organization }))));
  }
  // Changed, revoked, own (or anything else the core refuses): its words.
  return h('div', { class: 'callout danger', id: 'import-trust', role: 'alert', dataset: { state } },
    h('p', {}, h('span', { class: 'badge danger' }, label('trust_state', state))),
    h('p', { dir: 'auto', id: 'import-refusal' }, p.refusal ? p.refusal.message : ''));
}

function countsBlock(p, { done }) {
  return h('div', { class: 'stats compact', id: 'import-counts' }, ACTIONS.map((a) => stat({
    id: `import-count-${a}`, label: t(`import.${done ? 'doneCount' : 'count'}.${a}`), value: p.counts[a] || 0, metric: a,
    tone: a === 'conflict' && p.counts[a] ? 'danger' : '',
  })));
}

/** The core's reason code and value, worded in the user's language. */
function reasonText(i) {
  if (!i.reason) return '';
  const value = i.reason === 'stage' ? label('idea_stage_inline', i.value)
    : i.reason === 'fingerprint' ? String(i.value).slice(0, 12) : i.value;
  return t(`import.reason.${i.reason}`, { value });
}

function itemsTable(p, { links }) {
  const row = (i) => {
    const path = links && RECORD_PATHS[i.kind] && ['add', 'update', 'unchanged'].includes(i.action) ? `#/${RECORD_PATHS[i.kind]}/${i.id}` : null;
    return h('tr', { class: `action-${i.action}`, dataset: { kind: i.kind, id: i.id, action: i.action } },
      h('td', {}, label('record_kind', i.kind)),
      h('td', { dir: 'auto' }, path ? h('a', { href: path }, bdi(i.label)) : i.label),
      h('td', {}, h('span', { class: `badge import_action-${i.action}` }, label('import_action', i.action))),
      h('td', { dir: 'auto', class: 'muted small' }, reasonText(i)));
  };
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table fixed import-table', id: 'import-items' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col', class: 'col-kind' }, t('import.colKind')), h('th', { scope: 'col' }, t('import.colRecord')),
      h('th', { scope: 'col', class: 'col-action' }, t('import.colAction')), h('th', { scope: 'col', class: 'col-note' }, t('import.colNote')))),
    h('tbody', {}, (p.items || []).map(row))));
}

function signerFacts(p, path) {
  return section(t('import.about'), facts([
    [t('import.signer'), h('strong', { id: 'import-org', dir: 'auto' }, p.organization)],
    [t('import.keyId'), code(p.key_id, { id: 'import-key' })],
    [t('import.kind'), h('span', { id: 'import-kind' }, label('bundle_kind', p.kind))],
    [t('import.created'), formatDateTime(p.created)],
    [t('import.recipients'), (p.recipients || []).length ? formatList(p.recipients) : ''],
    [t('import.bundleId'), code(p.bundle_id, { class: 'break' })],
    [t('import.file'), code(path, { class: 'break' })],
  ]));
}

/** The challenge an import was about (to open it afterwards). */
async function challengeOf(p) {
  const c = (p.items || []).find((i) => i.kind === 'challenge');
  if (c) return c.id;
  const idea = (p.items || []).find((i) => i.kind === 'idea');
  if (idea) {
    try { return (await api.getIdea(idea.id)).challenge; } catch { return null; }
  }
  return null;
}

function chooseButton(ctx, text, id = 'choose-bundle', primary = false) {
  return h('button', { type: 'button', class: `button${primary ? ' primary' : ''}`, id, onclick: () => chooseBundle(ctx.navigate) }, text);
}

export async function importPage(ctx) {
  const path = ctx.query.get('path');
  const header = (title, subtitle) => pageHeader(title, { subtitle });
  if (!path) {
    mount(ctx, header(t('import.title'), t('import.intro')),
      h('section', { class: 'card import-start' }, h('p', {}, chooseButton(ctx, t('import.choose'), 'choose-bundle', true))));
    return;
  }
  let p;
  try {
    p = await api.previewImport(path);
  } catch (e) {
    // A broken or hostile file: its problem in plain words; nothing written.
    mount(ctx, header(t('import.title'), h('bdi', {}, baseName(path))),
      h('section', { class: 'error-panel import-error', id: 'import-error', role: 'alert', dataset: { kind: e.kind || '' } },
        h('h2', {}, t('import.refusedTitle')),
        errorLines(e).map((line) => h('p', { dir: 'auto' }, line)),
        h('p', { class: 'muted small' }, t('import.refusedHint')),
        h('p', {}, chooseButton(ctx, t('import.chooseAnother'), 'choose-another'))));
    return;
  }
  if (!isCurrent(ctx)) return;

  const trustFirst = needsTrust(p);
  const refused = Boolean(p.refusal) && !trustFirst;
  const nothing = p.nothing_to_import;
  let trusting = false;
  const importButton = h('button', { type: 'button', class: 'button primary', id: 'import-submit', disabled: true }, t('import.import'));
  const trustNote = h('p', { class: 'hint', id: 'import-needs-trust', hidden: !trustFirst }, t('import.needsTrust'));
  const sync = () => {
    importButton.disabled = refused || nothing || (trustFirst && !trusting);
    trustNote.hidden = !trustFirst || trusting || refused || nothing;
  };
  sync();

  importButton.addEventListener('click', async () => {
    importButton.disabled = true;
    importButton.textContent = t('import.importing');
    let r;
    try {
      r = await api.importBundle(path, trustFirst && trusting);
    } catch (e) {
      showError(e);
      importButton.textContent = t('import.import');
      sync();
      return;
    }
    const challenge = await challengeOf(r);
    if (!isCurrent(ctx)) return;
    toast(t('import.done', { org: isolate(r.organization) }));
    mount(ctx,
      header(tx('import.done', { org: r.organization }), t('import.doneHint')),
      h('div', { class: 'import-done', id: 'import-done' },
        section(t('import.counts'), countsBlock(r, { done: true }),
          r.counts.conflict ? h('p', { class: 'hint' }, t('import.conflictHint')) : null),
        section(t('import.items'), itemsTable(r, { links: true })),
        h('div', { class: 'form-actions' },
          challenge ? h('a', { class: 'button primary', href: `#/challenges/${challenge}`, id: 'import-open-challenge' }, t('import.openChallenge')) : null,
          chooseButton(ctx, t('import.importAnother'), 'import-another'))));
  });

  mount(ctx,
    header(t('import.title'), h('bdi', {}, baseName(path))),
    h('div', { class: 'detail-grid', id: 'import-preview' },
      h('div', { class: 'detail-main' },
        section(t('import.trust'), trustBlock(p, (on) => { trusting = on; sync(); })),
        p.already_imported ? h('p', { class: 'callout', id: 'import-already', role: 'note' }, t('import.alreadyImported'))
          : (nothing && !refused ? h('p', { class: 'callout', id: 'import-nothing', role: 'note' }, t('import.nothingNew')) : null),
        section(t('import.counts'), countsBlock(p, { done: false }),
          p.counts.conflict ? h('p', { class: 'hint' }, t('import.conflictHint')) : null),
        section(t('import.items'), itemsTable(p, { links: false })),
        h('div', { class: 'form-actions' }, importButton, chooseButton(ctx, t('import.chooseAnother'), 'choose-another')),
        trustNote),
      h('div', { class: 'detail-side' }, signerFacts(p, path))));
}

// ---- workspace settings: trust and history ----------------------------------------

/** "Trusted partner keys": organization, key id, trusted on, state, Revoke…. */
export async function keysSection(ctx) {
  const keys = await api.listTrustedKeys().catch((e) => { showError(e); return []; });
  const row = (k) => h('tr', { dataset: { key: k.key_id }, class: k.revoked_at ? 'is-revoked' : '' },
    h('td', { dir: 'auto' }, k.organization),
    h('td', {}, code(k.key_id)),
    h('td', {}, formatDate(k.trusted_at)),
    h('td', {}, k.revoked_at
      ? h('span', { class: 'badge danger' }, t('keys.revokedOn', { date: formatDate(k.revoked_at) }))
      : h('span', { class: 'badge trust-trusted' }, t('keys.active'))),
    h('td', { class: 'col-actions' }, k.revoked_at ? null : h('button', {
      type: 'button', class: 'button small revoke-key', 'aria-label': t('keys.revokeLabel', { org: k.organization }),
      onclick: async () => {
        const question = t('keys.confirmRevoke', { key: k.key_id, org: isolate(ellipsize(k.organization)) });
        if (!(await confirmDialog(question, { okLabel: t('keys.revokeOk'), cancelLabel: t('common.cancel') }))) return;
        try {
          await api.revokeKey(k.key_id);
          toast(t('keys.revoked'));
          ctx.navigate('/workspace', { force: true });
        } catch (e) { showError(e); }
      },
    }, t('keys.revoke'))));
  const el = section(t('keys.title'), h('p', { class: 'hint' }, t('keys.hint')),
    keys.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'table fixed keys-table', id: 'trusted-keys' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('keys.org')), h('th', { scope: 'col', class: 'col-key' }, t('keys.keyId')),
          h('th', { scope: 'col', class: 'col-date' }, t('keys.trustedOn')), h('th', { scope: 'col', class: 'col-state' }, t('keys.state')),
          h('th', { scope: 'col', class: 'col-actions' }, h('span', { class: 'visually-hidden' }, t('keys.revoke'))))),
        h('tbody', {}, keys.map(row))))
      : h('p', { class: 'muted', id: 'trusted-keys' }, t('keys.none')));
  el.id = 'keys-card';
  return el;
}

/** "Bundles sent and received", newest first. */
export async function historySection() {
  const list = await api.listBundles().catch((e) => { showError(e); return []; });
  const row = (b) => h('tr', { dataset: { bundle: b.bundle_id, direction: b.direction } },
    h('td', {}, formatDateTime(b.at)),
    h('td', {}, h('span', { class: `badge direction-${b.direction}` }, label('bundle_direction', b.direction)), ' ', label('bundle_kind', b.kind)),
    h('td', {}, h('span', { dir: 'auto' }, b.organization), h('br'), code(b.key_id, { class: 'hash' })),
    h('td', {}, b.challenge && b.challenge_title ? h('a', { href: `#/challenges/${b.challenge}` }, bdi(b.challenge_title)) : h('span', { class: 'muted' }, '—')),
    h('td', { class: 'num' }, formatNumber(b.records)));
  const el = section(t('bundles.title'),
    list.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'table fixed bundles-table', id: 'bundle-history' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col', class: 'col-when' }, t('bundles.when')), h('th', { scope: 'col', class: 'col-what' }, t('bundles.what')),
          h('th', { scope: 'col' }, t('bundles.who')), h('th', { scope: 'col' }, t('bundles.challenge')),
          h('th', { scope: 'col', class: 'num col-records' }, t('bundles.records')))),
        h('tbody', {}, list.map(row))))
      : h('p', { class: 'muted', id: 'bundle-history' }, t('bundles.none')));
  el.id = 'bundles-card';
  return el;
}

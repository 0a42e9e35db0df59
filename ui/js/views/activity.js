// Activity: the hash-chained log of every change, rendered from structured
// entries (action code + detail) through i18n, and chain verification.

import { api } from '../api.js';
import { h, bdi, code } from '../dom.js';
import { t, tx, label, has, fieldName, formatList, formatDateTime } from '../i18n.js';
import { errorPanel, emptyState } from '../ui.js';
import { listView } from '../list.js';

export const nav = { id: 'activity', label: 'nav.activity', place: 'main' };
export const routes = [['/activity', (ctx) => list(ctx)]];

const LINKED = new Set(['challenge', 'contributor', 'agreement', 'idea']);

/** Where an entry's label links to: the record itself, or for a review or
 *  comment, the idea it is about. */
function linkOf(e, d) {
  if (LINKED.has(e.record_kind) && e.record_id) return `#/${e.record_kind}s/${e.record_id}`;
  if (e.record_kind === 'review' && d.idea) return `#/ideas/${d.idea}`;
  if (e.record_kind === 'comment' && (d.to || d.idea)) return `#/ideas/${d.to || d.idea}`;
  if ((e.record_kind === 'question' || e.record_kind === 'dispute' || e.record_kind === 'sub_problem') && d.challenge) return `#/challenges/${d.challenge}`;
  if (e.record_kind === 'obligation' && d.idea) return `#/ideas/${d.idea}`;
  if (e.record_kind === 'receipt' && d.idea) return `#/ideas/${d.idea}`;
  if (e.record_kind === 'acceptance' && d.contributor) return `#/contributors/${d.contributor}`;
  if (e.record_kind === 'bundle' && d.challenge) return `#/challenges/${d.challenge}`;
  if (e.record_kind === 'key') return '#/workspace';
  return null;
}

/** A linked (or plain) piece of user text inside a log sentence. */
const linked = (text, href) => (href ? h('a', { href }, bdi(text)) : text);

/** Who made the change: the resolved name, the old entry's actor text, or a
 *  neutral word when the person no longer exists. */
export function actorName(e) {
  if (e.actor_name) return e.actor_name;
  if (e.legacy && e.legacy.actor) return e.legacy.actor;
  return e.actor ? t('activity.unknownPerson') : t('activity.system');
}

/**
 * The sentence for a log entry, as nodes (user text isolated in <bdi>).
 * Entries written by the old version keep their English summary as it is.
 * With `link`, the record's label links to the record.
 */
export function describe(e, { link = false } = {}) {
  if (e.legacy && e.legacy.summary != null) return [h('span', { dir: 'auto' }, e.legacy.summary)];
  const action = String(e.action || '');
  const cut = action.lastIndexOf('.');
  const kind = cut < 0 ? action : action.slice(0, cut);
  const verb = cut < 0 ? '' : action.slice(cut + 1);
  const d = e.detail && typeof e.detail === 'object' ? e.detail : {};
  const text = d.label ?? '';
  const vars = { label: linked(text, link ? linkOf(e, d) : null) };
  let key = `log.${action}`;
  if (verb === 'updated' && Array.isArray(d.fields) && d.fields.length) {
    key = `log.${kind}.updatedFields`;
    vars.fields = formatList(d.fields.map((f) => fieldName(kind, f)));
  }
  if (verb === 'status_changed') {
    const group = { idea: 'idea_stage_inline', sub_problem: 'sub_problem_status_inline', obligation: 'obligation_status_inline' }[kind] || 'challenge_status_inline';
    vars.from = label(group, d.from);
    vars.to = label(group, d.to);
    if (kind === 'idea' && d.to === 'rejected' && d.reason != null) {
      key = d.share_as_lesson ? 'log.idea.rejectedLesson' : 'log.idea.rejected';
      vars.reason = d.reason;
    }
  }
  if (d.from_label != null) vars.from_label = linked(d.from_label, link && d.from ? `#/ideas/${d.from}` : null);
  if (d.into_label != null) vars.into_label = linked(d.into_label, link && d.into ? `#/ideas/${d.into}` : null);
  if (d.version != null) vars.version = d.version;
  if (d.contributor_name != null) vars.contributor_name = d.contributor_name;
  if (action === 'question.answered' && d.public === false) key = 'log.question.answeredInternal';
  // Received in a bundle: the entry names the organization it came from
  // (`from`; `sender` where `from` is a stage).
  const fromBundle = d.bundle != null;
  if (fromBundle && typeof d.from === 'string' && verb !== 'status_changed') vars.from = d.from;
  if (d.revision != null) vars.revision = d.revision;
  if (verb === 'imported' || verb === 'conflict') {
    if (kind !== 'bundle' && !has(key)) key = `log.${verb}`;
    vars.kind = label('record_kind_inline', kind);
  }
  if (fromBundle && action === 'question.answered') key = 'log.question.answeredFrom';
  if (fromBundle && action === 'sub_problem.claimed') key = 'log.sub_problem.claimedFrom';
  if (action === 'idea.status_changed' && d.sender != null) {
    key = 'log.idea.status_changedFrom';
    vars.sender = d.sender;
  }
  if (kind === 'bundle') {
    vars.kind = label('bundle_kind_inline', d.kind);
    if (verb === 'exported') {
      vars.recipients = formatList((d.recipients || []).map(String));
      vars.records = t('bundle.records', { n: Number(d.records) || 0 });
    }
    if (verb === 'imported') {
      const parts = [['added', d.added], ['updated', d.updated], ['unchanged', d.unchanged], ['older', d.older], ['conflicts', d.conflicts]]
        .filter(([, n]) => Number(n) > 0).map(([k, n]) => t(`log.bundle.counts.${k}`, { n: Number(n) }));
      vars.counts = parts.length ? formatList(parts) : t('log.bundle.nothing');
      vars.key_id = code(String(d.key_id ?? ''));
    }
  }
  if (kind === 'key') vars.key = code(String(e.record_id ?? ''));
  if (d.agreement_title != null) {
    vars.agreement_title = link && d.agreement ? h('a', { href: `#/agreements/${d.agreement}` }, bdi(d.agreement_title)) : d.agreement_title;
  }
  if (!has(key)) {
    key = 'log.unknown';
    vars.action = action || label('record_kind', e.record_kind);
  }
  return tx(key, vars);
}

/** Compact history for a record's detail page (entries newest first). */
export function historyList(entries) {
  if (!entries || entries.length === 0) return h('p', { class: 'muted' }, t('activity.empty'));
  return h('ol', { class: 'history' }, entries.map((e) => h('li', {},
    h('span', {}, describe(e)), h('span', { class: 'muted small' }, formatDateTime(e.at), ' · ', bdi(actorName(e))))));
}

/** The history of some records for a detail page; never fails the page. */
export async function historyOf(ids, limit = 50) {
  try {
    const page = await api.listActivity(0, limit, ids);
    return (page.items || []).slice(0, limit);
  } catch {
    return [];
  }
}

function row(e) {
  return h('tr', {},
    h('td', {}, formatDateTime(e.at)),
    h('td', { dir: 'auto' }, actorName(e)),
    h('td', {}, e.legacy ? h('span', { class: 'muted small' }, `${label('record_kind', e.record_kind)} · `) : null, describe(e, { link: true })),
    h('td', {}, h('code', { title: e.sha256 }, t('activity.entryRef', { seq: e.seq, hash: String(e.sha256 || '').slice(0, 10) }))));
}

export async function list(ctx) {
  const result = h('div', { id: 'verify-result', role: 'status' });
  const verify = h('button', {
    type: 'button', class: 'button primary', id: 'verify-chain',
    onclick: async () => {
      try {
        const v = await api.verifyActivity();
        result.className = `callout ${v.status === 'intact' ? 'ok' : 'warn'}`;
        result.textContent = v.status === 'intact'
          ? t('activity.intact', { n: v.entries, head: String(v.head || '').slice(0, 16) })
          : t('activity.broken', { seq: v.seq, reason: v.reason });
      } catch (e) { result.className = ''; result.replaceChildren(errorPanel(e)); }
    },
  }, t('activity.verify'));
  await listView(ctx, {
    path: '/activity',
    title: t('activity.title'),
    subtitle: t('activity.intro'),
    actions: [verify],
    before: [result],
    search: null,
    filters: [],
    listId: 'activity-list',
    fetch: (_filter, page) => api.listActivity(page.offset, page.limit, null),
    count: (n) => t('activity.count', { n }),
    empty: () => emptyState(t('activity.empty'), ''),
    emptyFiltered: t('activity.empty'),
    render: (entries) => h('div', { class: 'card flush table-wrap' }, h('table', { class: 'table fixed activity-table', id: 'activity-table' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', class: 'col-when' }, t('activity.when')), h('th', { scope: 'col', class: 'col-who' }, t('activity.who')),
        h('th', { scope: 'col', class: 'col-what' }, t('activity.what')), h('th', { scope: 'col', class: 'col-hash' }, t('activity.hash')))),
      h('tbody', {}, entries.map(row)))),
  });
}

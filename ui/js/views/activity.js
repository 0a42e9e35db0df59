// Activity: the hash-chained log of every change, and chain verification.

import { api } from '../api.js';
import { h, formatDateTime } from '../dom.js';
import { t, label } from '../i18n.js';
import { mount, pageHeader, emptyState, errorPanel } from '../ui.js';

const PAGE = 100;

/** Compact history for a record's detail page. */
export function historyList(entries) {
  if (!entries || entries.length === 0) return h('p', { class: 'muted' }, t('activity.empty'));
  return h('ol', { class: 'history' }, entries.map((e) => h('li', {},
    h('span', {}, e.summary), h('span', { class: 'muted small' }, `${formatDateTime(e.at)} · ${e.actor}`))));
}

function row(e) {
  return h('tr', {},
    h('td', { class: 'nowrap' }, formatDateTime(e.at)),
    h('td', {}, e.actor),
    h('td', {}, h('span', { class: 'muted small' }, `${label('record_kind', e.record_kind)} · `), e.summary),
    h('td', {}, h('code', { title: e.sha256 }, `#${e.seq} ${e.sha256.slice(0, 10)}`)));
}

export async function list(ctx) {
  const body = h('tbody', {});
  const result = h('div', { id: 'verify-result', role: 'status' });
  let offset = 0;
  let failed = false;
  const more = h('button', { type: 'button', class: 'button', hidden: true, onclick: () => load() }, t('common.loadMore'));
  async function load() {
    let entries;
    try { entries = await api.listActivity(offset, PAGE); } catch (e) { failed = true; more.hidden = true; result.replaceChildren(errorPanel(e)); return; }
    offset += entries.length;
    body.append(...entries.map(row));
    more.hidden = entries.length < PAGE;
  }
  const verify = h('button', {
    type: 'button', class: 'button primary', id: 'verify-chain',
    onclick: async () => {
      try {
        const v = await api.verifyActivity();
        result.className = `callout ${v.status === 'intact' ? 'ok' : 'warn'}`;
        result.textContent = v.status === 'intact'
          ? t('activity.intact', { n: v.entries, head: v.head.slice(0, 16) })
          : t('activity.broken', { seq: v.seq, reason: v.reason });
      } catch (e) { result.replaceChildren(errorPanel(e)); }
    },
  }, t('activity.verify'));
  mount(ctx,
    pageHeader(t('activity.title'), { subtitle: t('activity.intro'), actions: [verify] }),
    result,
    h('div', { class: 'card flush' }, h('table', { class: 'table', id: 'activity-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('activity.when')), h('th', { scope: 'col' }, t('activity.who')), h('th', { scope: 'col' }, t('activity.what')), h('th', { scope: 'col' }, t('activity.hash')))),
      body)),
    more);
  await load();
  if (offset === 0 && !failed) body.closest('.card')?.replaceWith(emptyState(t('activity.empty'), ''));
}

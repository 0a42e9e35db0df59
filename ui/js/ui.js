// Shared view pieces: page header, toasts, empty states, badges, sections,
// and a uniform way to show an error.

import { api, confirmDialog } from './api.js';
import { h, clear, bdi } from './dom.js';
import { t, label, ellipsize, isolate } from './i18n.js';

/** The lines to show for an error: its field messages when it has any
 *  (never a raw field path), else its message. */
export function errorLines(error) {
  const fields = error && Array.isArray(error.fields) ? error.fields : [];
  if (fields.length) return fields.map((f) => f.message);
  if (error && error.kind === 'conflict') return [error.message, t('common.conflictHint')];
  return [(error && error.message) || String(error || t('errors.generic'))];
}

/** Asks the router to draw the current page again (through the form guard). */
export function requestReload() {
  window.dispatchEvent(new CustomEvent('opencall:reload'));
}

export function toast(message, kind = 'info') {
  const region = document.getElementById(kind === 'error' ? 'alerts' : 'toasts');
  if (kind === 'error') {
    // Errors stay until dismissed and are announced assertively.
    const lines = Array.isArray(message) ? message : [message];
    const el = h('div', { class: 'toast error' },
      h('div', { class: 'toast-body' }, lines.map((line) => h('p', { dir: 'auto' }, line))),
      h('button', { type: 'button', class: 'toast-close', 'aria-label': t('common.close'), onclick: () => el.remove() }, '×'));
    region.append(el);
    return el;
  }
  clearAlerts(); // a success means earlier errors are stale
  const el = h('div', { class: `toast ${kind}`, dir: 'auto' }, message);
  region.append(el);
  setTimeout(() => el.remove(), 4000);
  return el;
}

export function clearAlerts() {
  clear(document.getElementById('alerts'));
}

export function showError(error) {
  const el = toast(errorLines(error), 'error');
  if (error && error.kind === 'conflict') {
    el.querySelector('.toast-body').append(h('button', { type: 'button', class: 'button small', onclick: () => { el.remove(); requestReload(); } }, t('common.reload')));
  }
}

/** The page header. `title` is often user text: the heading takes its
 *  direction from its content. `back.label` may be user text too. */
export function pageHeader(title, { subtitle, actions = [], back } = {}) {
  return h('header', { class: 'page-header' },
    h('div', { class: 'page-heading' },
      back ? h('a', { class: 'back-link', href: back.href }, h('span', { class: 'back-arrow', 'aria-hidden': 'true' }, '←'), ' ', bdi(back.label)) : null,
      h('h1', { tabindex: '-1', id: 'page-title', dir: 'auto' }, title),
      subtitle ? h('p', { class: 'subtitle' }, subtitle) : null),
    h('div', { class: 'actions' }, actions));
}

export function emptyState(title, body, action) {
  return h('div', { class: 'empty' },
    h('div', { class: 'empty-mark', 'aria-hidden': 'true' }),
    h('h2', {}, title), body ? h('p', {}, body) : null, action || null);
}

export function badge(group, value, extra = '') {
  return h('span', { class: `badge ${group}-${value} ${extra}`.trim() }, label(group, value));
}

export const archivedBadge = (archived) => (archived ? h('span', { class: 'badge archived' }, t('common.archived')) : null);

export function chip(text) {
  return h('span', { class: 'chip', dir: 'auto' }, text);
}

let sectionCount = 0;

/** A card with a heading. Ids come from a counter, so headings in any script
 *  get distinct ids. */
export function section(title, ...content) {
  sectionCount += 1;
  const id = `s-${sectionCount}`;
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...content);
}

/** Definition list from [[term, value], …], skipping empty values. Values are
 *  user text: they take their direction from their content. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== '' && v != null && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => [h('dt', {}, k), h('dd', { dir: 'auto' }, v)]));
}

export function bulletList(items, emptyText) {
  if (!items || items.length === 0) return h('p', { class: 'muted' }, emptyText ?? t('challenge.nothing'));
  return h('ul', { class: 'bullets' }, items.map((i) => h('li', { dir: 'auto' }, i)));
}

export function errorPanel(error, onRetry) {
  return h('div', { class: 'error-panel', role: 'alert' },
    h('h2', {}, t('errors.generic')), errorLines(error).map((line) => h('p', { dir: 'auto' }, line)),
    onRetry ? h('button', { class: 'button', type: 'button', onclick: onRetry }, t('common.reload')) : null);
}

let currentRoute = 0;

/** Called by the router on every navigation; returns the route's token. */
export function nextRoute() {
  currentRoute += 1;
  return currentRoute;
}

/** Whether the view that got `ctx` is still the one on screen. */
export const isCurrent = (ctx) => ctx.token === currentRoute;

/** Replaces the contents of main and moves focus to the new heading, unless
 *  the user has navigated elsewhere meanwhile (a slow page must not draw over
 *  a newer one). */
export function mount(ctx, ...nodes) {
  if (!isCurrent(ctx)) return false;
  const { main } = ctx;
  clear(main);
  main.scrollTop = 0;
  main.append(...nodes.flat().filter(Boolean));
  const heading = main.querySelector('h1');
  if (heading && !main.contains(document.activeElement)) heading.focus({ preventScroll: true });
  return true;
}

export function debounce(fn, ms = 200) {
  let timer;
  const run = (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  run.cancel = () => clearTimeout(timer);
  return run;
}

/** Loads a record for a detail or edit page; a record that does not exist
 *  (any more) shows a not-found page and returns null. Other errors go to the
 *  router's error panel. */
export async function loadOr404(ctx, kind, load) {
  try {
    return await load();
  } catch (e) {
    if (e && (e.kind === 'not_found' || e.kind === 'validation')) { notFound(ctx, kind, e); return null; }
    throw e;
  }
}

/** A detail page for a record that does not exist (any more). `kind` is the
 *  i18n section: 'challenge', 'contributor' or 'agreement'. */
export function notFound(ctx, kind, error) {
  const list = t(`${kind}.listTitle`);
  mount(ctx, pageHeader(list, { back: { href: `#/${kind}s`, label: list } }), emptyState(t(`${kind}.notFound`), errorLines(error).join(' ')));
}

/** The Archive / Restore button of a detail page. Archiving asks first and
 *  returns to the list; restoring stays on the record. `title` is the
 *  record's title or name (for the question). */
export function archiveButton(ctx, kind, record, { confirmKey, title, id, listHref }) {
  return h('button', {
    type: 'button', class: 'button subtle', id,
    onclick: async () => {
      const archiving = !record.meta.archived;
      const vars = { title: isolate(ellipsize(title)), name: isolate(ellipsize(title)) };
      if (archiving && !(await confirmDialog(t(confirmKey, vars), { okLabel: t('common.archive'), cancelLabel: t('common.cancel') }))) return;
      try {
        if (archiving) await api.archiveRecord(kind, record.id); else await api.restoreRecord(kind, record.id);
        toast(t(`${kind}.${archiving ? 'archivedToast' : 'restoredToast'}`));
        ctx.navigate(archiving ? (listHref || `/${kind}s`) : `/${kind}s/${record.id}`, { force: true });
      } catch (e) { showError(e); }
    },
  }, record.meta.archived ? t('common.restore') : t('common.archive'));
}

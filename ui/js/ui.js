// Shared view pieces: page header, toasts, empty states, badges, sections,
// and a uniform way to show an error.

import { confirmDialog } from './api.js';
import { h, clear } from './dom.js';
import { t, label } from './i18n.js';

export function toast(message, kind = 'info') {
  const region = document.getElementById(kind === 'error' ? 'alerts' : 'toasts');
  if (kind === 'error') {
    // Errors stay until dismissed and are announced assertively.
    const el = h('div', { class: 'toast error' }, h('span', {}, message),
      h('button', { type: 'button', class: 'toast-close', 'aria-label': t('common.close'), onclick: () => el.remove() }, '×'));
    region.append(el);
    return;
  }
  clearAlerts(); // a success means earlier errors are stale
  const el = h('div', { class: `toast ${kind}` }, message);
  region.append(el);
  setTimeout(() => el.remove(), 4000);
}

export function clearAlerts() {
  clear(document.getElementById('alerts'));
}

export function pageHeader(title, { subtitle, actions = [], back } = {}) {
  return h('header', { class: 'page-header' },
    h('div', { class: 'page-heading' },
      back ? h('a', { class: 'back-link', href: back.href }, `← ${back.label}`) : null,
      h('h1', { tabindex: '-1', id: 'page-title' }, title),
      subtitle ? h('p', { class: 'subtitle' }, subtitle) : null),
    h('div', { class: 'actions' }, actions));
}

export function emptyState(title, body, action) {
  return h('div', { class: 'empty' },
    h('div', { class: 'empty-mark', 'aria-hidden': 'true' }),
    h('h2', {}, title), h('p', {}, body), action || null);
}

export function badge(group, value, extra = '') {
  return h('span', { class: `badge ${group}-${value} ${extra}` }, label(group, value));
}

export function chip(text) {
  return h('span', { class: 'chip' }, text);
}

export function section(title, ...content) {
  const id = `s-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...content);
}

/** Definition list from [[term, value], …], skipping empty values. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== '' && v != null && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

export function bulletList(items, emptyText) {
  if (!items || items.length === 0) return h('p', { class: 'muted' }, emptyText ?? t('challenge.nothing'));
  return h('ul', { class: 'bullets' }, items.map((i) => h('li', {}, i)));
}

export function errorPanel(error, onRetry) {
  return h('div', { class: 'error-panel', role: 'alert' },
    h('h2', {}, t('errors.generic')), h('p', {}, error.message || String(error)),
    onRetry ? h('button', { class: 'button', type: 'button', onclick: onRetry }, t('common.reload')) : null);
}

export function showError(error) {
  toast(error.message || String(error), 'error');
}

let currentRoute = 0;

/** Called by the router on every navigation; returns the route's token. */
export function nextRoute() {
  currentRoute += 1;
  return currentRoute;
}

/** Replaces the contents of main and moves focus to the new heading, unless
 *  the user has navigated elsewhere meanwhile (a slow page must not draw over
 *  a newer one). */
export function mount(ctx, ...nodes) {
  if (ctx.token !== currentRoute) return;
  const { main } = ctx;
  clear(main);
  main.scrollTop = 0;
  main.append(...nodes.filter(Boolean));
  const heading = main.querySelector('h1');
  if (heading && !main.contains(document.activeElement)) heading.focus({ preventScroll: true });
}

export function debounce(fn, ms = 150) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

/** A detail page for a record that does not exist (any more). `kind` is the
 *  i18n section: 'challenge', 'contributor' or 'agreement'. */
export function notFound(ctx, kind, error) {
  const list = t(`${kind}.listTitle`);
  mount(ctx, pageHeader(list, { back: { href: `#/${kind}s`, label: list } }), emptyState(t(`${kind}.notFound`), error.message));
}

/** The Archive / Restore button of a detail page. Archiving asks first and
 *  returns to the list; restoring stays on the record. */
export function archiveButton(ctx, kind, record, { confirmText, archive, id }) {
  return h('button', {
    type: 'button', class: 'button subtle', id,
    onclick: async () => {
      const archiving = !record.meta.archived;
      if (archiving && !(await confirmDialog(confirmText, { okLabel: t('common.archive') }))) return;
      try {
        await archive(record.id, archiving);
        toast(t(`${kind}.${archiving ? 'archivedToast' : 'restoredToast'}`));
        ctx.navigate(archiving ? `/${kind}s` : `/${kind}s/${record.id}`);
      } catch (e) { showError(e); }
    },
  }, record.meta.archived ? t('common.restore') : t('common.archive'));
}

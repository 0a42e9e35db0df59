// App shell: first-run setup or the sidebar + main area, a hash router
// assembled from the route tables the views declare, the navigation guard of
// dirty forms, and global shortcuts.
//
// Each view module exports
//   nav    = {id, label, place: 'main' | 'footer', newPath?}   (its sidebar entry, if any)
//   routes  = [['/challenges', list], ['/challenges/:id', detail], …]
// A handler gets (ctx, ...params); ctx.query holds the hash query.

import { api, confirmDialog } from './api.js';
import { h, clear } from './dom.js';
import { t, setLocale } from './i18n.js';
import { mount, errorPanel, nextRoute, clearAlerts, isCurrent } from './ui.js';
import * as setup from './views/setup.js';
import * as challenges from './views/challenges.js';
import * as ideas from './views/ideas.js';
import * as contributors from './views/contributors.js';
import * as agreements from './views/agreements.js';
import * as activity from './views/activity.js';
import * as workspace from './views/workspace.js';
import * as dashboard from './views/dashboard.js';
import * as leaderboard from './views/leaderboard.js';
import * as bundles from './views/bundles.js';

setLocale('en');

const modules = [challenges, dashboard, ideas, contributors, leaderboard, agreements, activity, workspace, bundles];
const sections = modules.map((m) => m.nav).filter(Boolean);
const HOME = `/${sections[0].id}`;

/** '/challenges/:id/edit' → a RegExp; literal routes win over parameters. */
const routes = modules.flatMap((m) => m.routes).map(([pattern, handler]) => ({
  pattern,
  params: (pattern.match(/:\w+/g) || []).length,
  re: new RegExp(`^${pattern.split('/').map((part) => (part.startsWith(':') ? '([\\w-]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`),
  handler,
})).sort((a, b) => a.params - b.params);

let main;
let nav;
let status;
/** The dirty check of the form on screen (null when there is none). */
let guard = null;
/** The hash the screen shows, to put back when the user keeps editing. */
let shownHash = '';
let asking = false;
/** Every history entry the app shows is stamped with an increasing number,
 *  so a hash change can tell Back from Forward from a new entry. */
let shownStamp = 0;
let lastStamp = 0;
const stampOf = (state) => (state && typeof state.stamp === 'number' ? state.stamp : null);

function stampEntry() {
  let stamp = stampOf(history.state);
  if (stamp == null) {
    stamp = Math.max(Date.now(), lastStamp + 1);
    history.replaceState({ ...(history.state || {}), stamp }, '');
  }
  lastStamp = Math.max(lastStamp, stamp);
  shownStamp = stamp;
}

const splitHash = (hash) => {
  const raw = (hash || '').replace(/^#/, '');
  const at = raw.indexOf('?');
  const path = (at < 0 ? raw : raw.slice(0, at)) || HOME;
  return { path, query: new URLSearchParams(at < 0 ? '' : raw.slice(at + 1)) };
};

/** Resolves true when the screen may be left: no dirty form, or the user
 *  chose to discard the edits. */
async function mayLeave() {
  if (!guard || !guard()) return true;
  if (asking) return false;
  asking = true;
  try {
    return Boolean(await confirmDialog(t('common.discard'), { okLabel: t('common.discardOk'), cancelLabel: t('common.keepEditing') }));
  } finally {
    asking = false;
  }
}

/** Goes to `path` (through the guard unless `force`); the same path draws the
 *  page again. Resolves false when the user kept editing. */
async function navigate(path, { force = false } = {}) {
  if (!force && !(await mayLeave())) return false;
  guard = null;
  if (location.hash === `#${path}`) route(); else location.hash = path;
  return true;
}

/** Every hash change (links, typing an address, Back/Forward) comes here. */
async function onHashChange() {
  if (location.hash === shownHash) return;
  if (guard && guard()) {
    const target = location.hash;
    const stamp = stampOf(history.state);
    if (!(await mayLeave())) {
      // Keep editing: return to the form's history entry without drawing the
      // page again (its hash equals shownHash, so that change is ignored).
      if (stamp != null && stamp < shownStamp) history.forward(); // came by Back
      else history.back(); // by Forward, or a new entry (a typed address)
      return;
    }
    guard = null;
    if (location.hash !== target) return; // moved on meanwhile
  }
  route();
}

/** Links inside the app ask before they leave a dirty form, so the address
 *  does not even change when the user keeps editing. */
function onLinkClick(e) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target.closest && e.target.closest('a[href^="#/"]');
  if (!a || a.closest('[data-link-guard]') || !guard || !guard()) return;
  e.preventDefault();
  navigate(a.getAttribute('href').slice(1));
}

async function route() {
  shownHash = location.hash;
  stampEntry();
  guard = null;
  const { path, query } = splitHash(location.hash);
  const sectionId = path.split('/')[1];
  document.querySelectorAll('[data-section]').forEach((a) => {
    if (a.dataset.section === sectionId) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  clearAlerts();
  const ctx = {
    main, navigate, path, query, workspace: status, token: nextRoute(), onWorkspaceChanged,
    /** The active form registers its dirty check here. */
    setGuard: (fn) => { if (isCurrent(ctx)) guard = fn; },
    /** Lists keep their filters in the hash query (no new history entry). */
    setQuery: (qs) => {
      if (!isCurrent(ctx)) return;
      const hash = `#${path}${qs ? `?${qs}` : ''}`;
      if (location.hash !== hash) history.replaceState(history.state, '', `${location.href.split('#')[0]}${hash}`);
      shownHash = location.hash;
    },
  };
  for (const r of routes) {
    const m = path.match(r.re);
    if (m) {
      try { await r.handler(ctx, ...m.slice(1)); } catch (e) { mount(ctx, errorPanel(e, () => navigate(path))); }
      return;
    }
  }
  navigate(HOME, { force: true });
}

function navLink(s) {
  return h('a', { href: `#/${s.id}`, dataset: { section: s.id }, id: `nav-${s.id}` },
    s.place === 'main' ? h('span', { class: `nav-icon icon-${s.id}`, 'aria-hidden': 'true' }) : null, t(s.label));
}

function shell() {
  nav = h('nav', { class: 'nav', 'aria-label': t('nav.label') },
    h('ul', {}, sections.filter((s) => s.place === 'main').map((s) => h('li', {}, navLink(s)))));
  main = h('main', { id: 'main', class: 'main', tabindex: '-1' });
  const sidebar = h('aside', { class: 'sidebar' },
    h('div', { class: 'brand' }, h('span', { class: 'logo', 'aria-hidden': 'true' }),
      h('div', {}, h('strong', { id: 'org-name', dir: 'auto' }, status.organization_name), h('span', { class: 'muted small' }, t('app.name')))),
    nav,
    // Importing a partner's bundle is reachable from every screen.
    h('div', { class: 'sidebar-actions' },
      h('button', { type: 'button', class: 'button sidebar-import', id: 'import-bundle', onclick: () => bundles.chooseBundle(navigate) },
        h('span', { class: 'import-glyph', 'aria-hidden': 'true' }, '⤓'), t('bundle.importAction'))),
    h('div', { class: 'sidebar-footer' },
      h('p', { class: 'user', id: 'user-name', dir: 'auto' }, status.user_name),
      h('p', { class: 'muted small', title: status.data_dir }, t('workspace.fingerprint', { fp: status.key_id || status.key_fingerprint })),
      sections.filter((s) => s.place === 'footer').map((s) => h('p', { class: 'small' }, navLink(s))),
      h('p', { class: 'muted small shortcuts' }, t('nav.shortcuts'))));
  const app = document.getElementById('app');
  app.className = 'app';
  clear(app).append(sidebar, main);
  document.title = `${status.organization_name} — Opencall`;
}

/** After the organization was edited: refresh the names the shell shows. */
function onWorkspaceChanged(ws) {
  const me = ws.organization.people.find((p) => p.id === ws.user);
  status = { ...status, organization_name: ws.organization.name, user_name: me ? me.name : status.user_name };
  document.getElementById('org-name').textContent = status.organization_name;
  document.getElementById('user-name').textContent = status.user_name;
  document.title = `${status.organization_name} — Opencall`;
}

function globalKeys(e) {
  const tag = (e.target.tagName || '').toLowerCase();
  const typing = ['input', 'textarea', 'select'].includes(tag) || e.target.isContentEditable;
  if (e.key === '/' && !typing) {
    const search = main && main.querySelector('input[type="search"]');
    if (search) { e.preventDefault(); search.focus(); search.select(); }
  }
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'n') {
    const { path } = splitHash(location.hash);
    const s = sections.find((x) => x.id === path.split('/')[1]);
    if (s && s.newPath) { e.preventDefault(); navigate(s.newPath); }
  }
}

async function start() {
  const skip = document.getElementById('skip-link');
  skip.textContent = t('app.skip');
  // The router owns the hash: move focus instead of navigating to #main.
  skip.addEventListener('click', (e) => { e.preventDefault(); document.getElementById('main')?.focus(); });
  const app = document.getElementById('app');
  try {
    status = await api.workspaceStatus();
  } catch (e) {
    clear(app).append(h('main', { class: 'main centered', id: 'main' }, h('div', { class: 'error-panel', role: 'alert' },
      h('h1', {}, t('errors.startup')), h('p', {}, e.message), h('p', { class: 'muted' }, t('errors.startupHint')))));
    return;
  }
  if (!status.initialized) {
    setup.render(app, (s) => { status = s; boot(); });
    return;
  }
  boot();
}

function boot() {
  shell();
  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('opencall:reload', () => navigate(location.hash.slice(1) || HOME));
  document.addEventListener('click', onLinkClick, true);
  document.addEventListener('keydown', globalKeys);
  route();
}

start();

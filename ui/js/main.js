// App shell: first-run setup or the sidebar + main area, a hash router
// assembled from the route tables the views declare, the navigation guard of
// dirty forms, global shortcuts, and what the desktop shell asks for: its
// menu items (`menu` events), a bundle file given on the command line
// (`take_opened_file`, `open-bundle` events); a damaged workspace gets its
// own startup screen that restores a backup.
//
// Each view module exports
//   nav    = {id, label, place: 'main' | 'footer', newPath?}   (its sidebar entry, if any)
//   routes  = [['/challenges', list], ['/challenges/:id', detail], …]
// A handler gets (ctx, ...params); ctx.query holds the hash query.

import { api, confirmDialog, onShellEvent } from './api.js';
import { h, clear } from './dom.js';
import { t, initLocale, getLocale } from './i18n.js';
import { mount, errorPanel, nextRoute, clearAlerts, isCurrent, toast } from './ui.js';
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
import * as backups from './views/backups.js';
import { showAbout } from './views/about.js';

// The remembered language (or the system's) before anything is drawn.
initLocale();

const modules = [challenges, dashboard, ideas, contributors, leaderboard, agreements, activity, workspace, backups, bundles];
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
/** Whether the sidebar and router run (a workspace is set up and open). */
let booted = false;
/** A bundle the shell asked to open before the app was ready for it. */
let pendingBundle = null;
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
      // The first view has its data on screen (scripts/startup.py reads it).
      if (!window.__firstData) requestAnimationFrame(() => { window.__firstData = Date.now(); });
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
    e.preventDefault();
    newHere();
  }
}

/** Ctrl+N and File › New…: a new record of the section on screen (a new
 *  challenge elsewhere). */
function newHere() {
  const { path } = splitHash(location.hash);
  const s = sections.find((x) => x.id === path.split('/')[1]);
  navigate(s && s.newPath ? s.newPath : '/challenges/new');
}

async function start() {
  const skip = document.getElementById('skip-link');
  skip.textContent = t('app.skip');
  // The router owns the hash: move focus instead of navigating to #main.
  skip.addEventListener('click', (e) => { e.preventDefault(); document.getElementById('main')?.focus(); });
  const app = document.getElementById('app');
  // Listen before anything else: the menu and a second `opencall FILE`
  // work on every screen.
  onShellEvent('menu', onMenu);
  window.addEventListener('opencall:locale', relocalize);
  onShellEvent('open-bundle', openBundle);
  // The core's messages and the native menu follow the UI's language.
  await api.setLanguage(getLocale()).catch(() => {});
  try {
    status = await api.workspaceStatus();
  } catch (e) {
    if (e.kind === 'damaged') { backups.damagedScreen(app, e); return; }
    app.className = 'app-setup';
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

/** A language or calendar chosen in Workspace settings: the shell and the
 *  current screen are drawn again in it, without a restart. */
async function relocalize() {
  api.setLanguage(getLocale()).catch(() => {});
  document.getElementById('skip-link').textContent = t('app.skip');
  if (!booted) return;
  // A form with unsaved edits asks first; kept edits keep this screen as it is.
  if (!(await mayLeave())) return;
  guard = null;
  shell();
  route();
}

async function boot() {
  shell();
  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('opencall:reload', () => navigate(location.hash.slice(1) || HOME));
  document.addEventListener('click', onLinkClick, true);
  document.addEventListener('keydown', globalKeys);
  // Started with a bundle (a double-click): its import preview first. The
  // shell hands the file over once, so a reload does not show it again.
  let file = null;
  try { file = await api.takeOpenedFile(); } catch { /* nothing to open */ }
  file = pendingBundle || file;
  pendingBundle = null;
  if (file) history.replaceState(history.state, '', `${location.href.split('#')[0]}#${bundles.importPath(file)}`);
  booted = true;
  route();
  backups.announceRestore();
}

/** A second `opencall FILE.ocbundle` handed its file to this window: show
 *  its import preview (through the dirty-form guard). */
function openBundle(file) {
  if (typeof file !== 'string' || !file) return;
  if (!booted) { pendingBundle = file; return; }
  navigate(bundles.importPath(file));
}

/** The current list's search box, if the page has one. */
function focusSearch() {
  const search = main && (main.querySelector('.toolbar input[type="search"]') || main.querySelector('input[type="search"]'));
  if (search) { search.focus(); search.select(); }
}

/** File › Export…: the send page of the challenge on screen (or of the
 *  idea's challenge); elsewhere, the challenges list and a word on why. */
async function exportFromHere() {
  const { path } = splitHash(location.hash);
  const [, section, id] = path.split('/');
  let challenge = null;
  if (section === 'challenges' && id && id !== 'new') challenge = id;
  if (section === 'ideas' && id && id !== 'new') {
    try { challenge = (await api.getIdea(id)).challenge; } catch { challenge = null; }
  }
  if (challenge) { navigate(`/challenges/${challenge}/send`); return; }
  if (await navigate('/challenges')) toast(t('menu.pickChallenge'));
}

/** The native menu's items (their ids come from src-tauri/src/desktop.rs). */
function onMenu(id) {
  if (id === 'about') { showAbout(); return; }
  if (!booted) return; // setup or a startup error: nothing else applies yet
  document.getElementById('about')?.close();
  switch (id) {
    case 'new': newHere(); break;
    case 'import-bundle': bundles.chooseBundle(navigate); break;
    case 'export': exportFromHere(); break;
    case 'backups': navigate('/backups'); break;
    case 'activity': navigate('/activity'); break;
    case 'find': focusSearch(); break;
    default: break;
  }
}

start();

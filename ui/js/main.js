// App shell: first-run setup or the sidebar + main area, and a hash router.
// Views live in views/*.js, one per section.

import { api } from './api.js';
import { h, clear } from './dom.js';
import { t, setLocale } from './i18n.js';
import { mount, errorPanel, nextRoute, clearAlerts } from './ui.js';
import * as setup from './views/setup.js';
import * as challenges from './views/challenges.js';
import * as contributors from './views/contributors.js';
import * as agreements from './views/agreements.js';
import * as activity from './views/activity.js';
import * as workspace from './views/workspace.js';

setLocale('en');

const routes = [
  [/^\/challenges\/new$/, (c) => challenges.edit(c, null)],
  [/^\/challenges\/([\w-]+)\/edit$/, (c, id) => challenges.edit(c, id)],
  [/^\/challenges\/([\w-]+)$/, (c, id) => challenges.detail(c, id)],
  [/^\/challenges$/, (c) => challenges.list(c)],
  [/^\/contributors\/new$/, (c) => contributors.edit(c, null)],
  [/^\/contributors\/([\w-]+)\/edit$/, (c, id) => contributors.edit(c, id)],
  [/^\/contributors\/([\w-]+)$/, (c, id) => contributors.detail(c, id)],
  [/^\/contributors$/, (c) => contributors.list(c)],
  [/^\/agreements\/new$/, (c) => agreements.edit(c, null)],
  [/^\/agreements\/([\w-]+)\/edit$/, (c, id) => agreements.edit(c, id)],
  [/^\/agreements\/([\w-]+)$/, (c, id) => agreements.detail(c, id)],
  [/^\/agreements$/, (c) => agreements.list(c)],
  [/^\/activity$/, (c) => activity.list(c)],
  [/^\/workspace$/, (c) => workspace.show(c)],
];

const sections = [
  ['challenges', 'nav.challenges'],
  ['contributors', 'nav.contributors'],
  ['agreements', 'nav.agreements'],
  ['activity', 'nav.activity'],
];

let main;
let nav;
let status;

const navigate = (path) => { if (location.hash === `#${path}`) route(); else location.hash = path; };

async function route() {
  const path = (location.hash || '#/challenges').slice(1) || '/challenges';
  const section = path.split('/')[1];
  nav.querySelectorAll('a').forEach((a) => {
    if (a.dataset.section === section) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  clearAlerts();
  const ctx = { main, navigate, workspace: status, token: nextRoute(), onWorkspaceChanged };
  for (const [re, handler] of routes) {
    const m = path.match(re);
    if (m) {
      try { await handler(ctx, ...m.slice(1)); } catch (e) { mount(ctx, errorPanel(e, route)); }
      return;
    }
  }
  navigate('/challenges');
}

function shell() {
  nav = h('nav', { class: 'nav', 'aria-label': t('nav.label') },
    h('ul', {}, sections.map(([key, labelKey]) => h('li', {},
      h('a', { href: `#/${key}`, dataset: { section: key }, id: `nav-${key}` }, h('span', { class: `nav-icon icon-${key}`, 'aria-hidden': 'true' }), t(labelKey))))));
  main = h('main', { id: 'main', class: 'main', tabindex: '-1' });
  const sidebar = h('aside', { class: 'sidebar' },
    h('div', { class: 'brand' }, h('span', { class: 'logo', 'aria-hidden': 'true' }),
      h('div', {}, h('strong', { id: 'org-name' }, status.organization_name), h('span', { class: 'muted small' }, t('app.name')))),
    nav,
    h('div', { class: 'sidebar-footer' },
      h('p', { class: 'user', id: 'user-name' }, status.user_name),
      h('p', { class: 'muted small', title: status.data_dir }, t('workspace.fingerprint', { fp: status.key_fingerprint })),
      h('p', { class: 'small' }, h('a', { href: '#/workspace', id: 'nav-workspace', dataset: { section: 'workspace' } }, t('workspace.settings'))),
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
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'n' && !e.target.closest('form')) {
    const section = (location.hash.split('/')[1] || 'challenges');
    if (['challenges', 'contributors', 'agreements'].includes(section)) { e.preventDefault(); navigate(`/${section}/new`); }
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
  window.addEventListener('hashchange', route);
  document.addEventListener('keydown', globalKeys);
  route();
}

start();

// The one list scaffold: search box, filters and the page number live in the
// URL's hash query (#/contributors?kind=university_lab&q=acou&page=2), so Back
// and deep links restore them. Typing is debounced; a request sequence makes
// sure an older response never draws over a newer one; only one page of rows
// is in the DOM (50 by default), so long lists stay smooth; the empty state
// tells "nothing yet" from "nothing matches" (with Clear filters).

import { h, clear, bdi } from './dom.js';
import { t } from './i18n.js';
import { mount, pageHeader, emptyState, errorPanel, debounce, isCurrent } from './ui.js';
import { input, select } from './form.js';

export const PAGE_SIZE = 50;

/** The last query of each list, so "back to the list" links restore it. */
const remembered = new Map();
/** Values seen for suggestion lists (e.g. expertise tags), per filter id. */
const seen = new Map();

/** '/contributors' → '/contributors?kind=…' as the user last left it. */
export function listPath(path) {
  const q = remembered.get(path);
  return q ? `${path}?${q}` : path;
}
export const listHref = (path) => `#${listPath(path)}`;

const positiveInt = (s, fallback) => {
  const n = Number.parseInt(s, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/**
 * Renders a list page.
 *
 * spec = {
 *   path: '/contributors', title, subtitle?, actions: [nodes], before?: [nodes],
 *   search: {id, label, placeholder} | null,
 *   filters: [
 *     {key: 'kind', param: 'kind', type: 'select', id, label, options: [[value, label]…]},
 *     {key: 'expertise', type: 'text', id, label, placeholder, suggest: (item) => [strings]},
 *     {key: 'include_archived', param: 'archived', type: 'checkbox', id, label},
 *     {key: 'author', type: 'picker', id, label, placeholder,   // one record, found by searching
 *      search: async (text) => [{id, name, detail?}], resolve: async (id) => ({id, name})},
 *   ],
 *   listId,                        // id of the element that holds rows or the empty state
 *   fetch: (filter, page) => Page, // filter = {text, [key]: value | null | bool}
 *   render: (items) => Node,
 *   count: (total) => string,
 *   empty: () => Node,             // nothing here yet
 *   emptyFiltered: string,         // nothing matches the filters
 *   whenEmpty?: async () => string | null, // a better hint for "nothing yet"
 *   pageSize?: 50,
 * }
 */
export async function listView(ctx, spec) {
  const size = spec.pageSize || PAGE_SIZE;
  const query = ctx.query || new URLSearchParams();
  const filters = spec.filters || [];
  let page = positiveInt(query.get('page'), 1);
  let seq = 0;

  const results = h('div', { class: 'list', id: spec.listId, 'aria-busy': 'true' });
  const count = h('p', { class: 'muted small list-count', role: 'status' });
  const pageInfo = h('span', { class: 'muted small', id: 'list-page' });
  const prev = h('button', { type: 'button', class: 'button', id: 'list-prev', onclick: () => go(page - 1) }, t('common.previous'));
  const next = h('button', { type: 'button', class: 'button', id: 'list-next', onclick: () => go(page + 1) }, t('common.next'));
  const pager = h('nav', { class: 'pager', 'aria-label': spec.title, hidden: true }, prev, pageInfo, next);

  const search = spec.search
    ? input(query.get('q') || '', { type: 'search', id: spec.search.id, placeholder: spec.search.placeholder, 'aria-label': spec.search.label })
    : null;
  const controls = filters.map((f) => {
    const param = f.param || f.key;
    const value = query.get(param) || '';
    if (f.type === 'checkbox') {
      const el = h('input', { type: 'checkbox', id: f.id, checked: value === '1' });
      return { f, param, el, wrap: h('label', { class: 'check' }, el, f.label), read: () => (el.checked ? '1' : ''), reset: () => {} };
    }
    if (f.type === 'text') {
      const listId = `${f.id}-options`;
      const options = h('datalist', { id: listId });
      const el = input(value, { id: f.id, placeholder: f.placeholder, 'aria-label': f.label, list: listId, class: 'filter-text' });
      const fill = () => {
        const values = [...(seen.get(f.id) || [])].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
        clear(options).append(...values.slice(0, 200).map((v) => h('option', { value: v })));
      };
      fill();
      return { f, param, el, wrap: [el, options], read: () => el.value.trim(), reset: () => { el.value = ''; }, fill };
    }
    if (f.type === 'picker') return recordFilter(f, param, value, () => restart());
    const el = select(value, [['', `${f.label}: ${t('common.all')}`], ...f.options], { id: f.id, 'aria-label': f.label });
    if (el.value !== value) el.value = ''; // a stale deep link
    return { f, param, el, wrap: el, read: () => el.value, reset: () => { el.value = ''; } };
  });

  const readFilter = () => {
    const filter = {};
    if (spec.search) filter.text = search.value.trim() || null;
    for (const c of controls) filter[c.f.key] = c.f.type === 'checkbox' ? c.read() === '1' : (c.read() || null);
    return filter;
  };
  const isFiltered = () => Boolean((search && search.value.trim()) || controls.some((c) => c.f.type !== 'checkbox' && c.read()));

  const writeUrl = () => {
    const params = new URLSearchParams();
    if (search && search.value.trim()) params.set('q', search.value.trim());
    for (const c of controls) if (c.read()) params.set(c.param, c.read());
    if (page > 1) params.set('page', String(page));
    const qs = params.toString();
    remembered.set(spec.path, qs);
    ctx.setQuery?.(qs);
  };

  function clearFilters() {
    if (search) search.value = '';
    controls.forEach((c) => { if (c.f.type !== 'checkbox') c.reset(); });
    page = 1;
    refresh();
    (search || controls[0]?.el)?.focus();
  }

  async function refresh() {
    const mine = ++seq;
    writeUrl();
    results.setAttribute('aria-busy', 'true');
    let res;
    try {
      res = await spec.fetch(readFilter(), { offset: (page - 1) * size, limit: size });
    } catch (e) {
      if (mine !== seq || !isCurrent(ctx)) return;
      results.removeAttribute('aria-busy');
      count.textContent = '';
      pager.hidden = true;
      clear(results).append(errorPanel(e, () => refresh()));
      return;
    }
    if (mine !== seq || !isCurrent(ctx)) return; // a newer request owns the screen
    const total = Number(res.total) || 0;
    const pages = Math.max(1, Math.ceil(total / size));
    if (page > pages) { page = pages; refresh(); return; } // e.g. a deep link past the end
    const items = res.items || [];
    for (const c of controls) {
      if (c.f.suggest) {
        const set = seen.get(c.f.id) || new Set();
        items.forEach((item) => c.f.suggest(item).forEach((v) => set.add(v)));
        seen.set(c.f.id, set);
        c.fill();
      }
    }
    count.textContent = spec.count(total);
    pager.hidden = pages <= 1;
    prev.disabled = page <= 1;
    next.disabled = page >= pages;
    const from = total ? (page - 1) * size + 1 : 0;
    pageInfo.textContent = `${t('common.pageOf', { page, pages })} · ${t('common.range', { from, to: from + items.length - 1, total })}`;
    clear(results);
    results.removeAttribute('aria-busy');
    if (total === 0) {
      if (isFiltered()) {
        results.append(emptyState(spec.emptyFiltered, '', h('button', { class: 'button', type: 'button', id: 'clear-filters', onclick: clearFilters }, t('common.clearFilters'))));
      } else {
        const empty = spec.empty();
        results.append(empty);
        if (spec.whenEmpty) {
          const hint = await spec.whenEmpty(readFilter()).catch(() => null);
          if (hint && mine === seq && isCurrent(ctx)) {
            const p = empty.querySelector('p');
            if (p) p.textContent = hint; else empty.querySelector('h2')?.after(h('p', {}, hint));
          }
        }
      }
      return;
    }
    results.append(spec.render(items));
  }

  function go(n) {
    page = Math.max(1, n);
    refresh().then(() => {
      ctx.main.scrollTop = 0;
      if (document.activeElement?.disabled || !ctx.main.contains(document.activeElement)) (next.disabled ? prev : next).focus();
    });
  }

  const restart = () => { page = 1; refresh(); };
  if (search) {
    const typed = debounce(restart);
    search.addEventListener('input', typed);
  }
  for (const c of controls) {
    if (c.f.type === 'picker') continue; // it restarts the list itself when one is chosen
    if (c.f.type === 'text') {
      const typed = debounce(restart);
      c.el.addEventListener('input', typed);
      c.el.addEventListener('change', () => { typed.cancel(); restart(); });
    } else {
      c.el.addEventListener('change', restart);
    }
  }

  const toolbar = search || controls.length
    ? h('div', { class: 'toolbar', role: 'search' }, search, controls.map((c) => c.wrap), count)
    : h('div', { class: 'toolbar' }, count);
  mount(ctx,
    pageHeader(spec.title, { subtitle: spec.subtitle, actions: spec.actions || [] }),
    ...(spec.before || []),
    toolbar,
    results,
    pager);
  await refresh();
  return { refresh };
}

/**
 * A filter on one record among thousands (a contributor, a challenge): a
 * text box that searches, a short list of matches (arrow keys, Enter,
 * Escape), and once one is chosen, a chip with its name and ×. The URL holds
 * the record's id; a deep link resolves the name.
 */
function recordFilter(f, param, initial, onChange) {
  let value = initial;
  let seq = 0;
  const resultsId = `${f.id}-results`;
  const box = input('', {
    id: f.id, placeholder: f.placeholder, 'aria-label': f.label, class: 'filter-text',
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': resultsId,
  });
  const results = h('ul', { class: 'filter-results', id: resultsId, role: 'listbox', 'aria-label': f.label, hidden: true });
  const name = h('bdi', { class: 'filter-chip-name' });
  const remove = h('button', {
    type: 'button', class: 'button icon small', id: `${f.id}-clear`, 'aria-label': t('common.clearFilter', { label: f.label }), title: t('common.clearFilter', { label: f.label }),
    onclick: () => { set(null); box.focus(); },
  }, '×');
  const chip = h('span', { class: 'filter-chip', id: `${f.id}-chip`, hidden: true }, h('span', { class: 'muted' }, `${f.label}: `), name, remove);
  const wrap = h('div', { class: 'filter-picker' }, chip, box, results);

  const close = () => { clear(results); results.hidden = true; box.setAttribute('aria-expanded', 'false'); };
  const draw = (label) => {
    chip.hidden = !value;
    box.hidden = Boolean(value);
    name.textContent = label || '';
  };
  function set(item) {
    value = item ? item.id : '';
    box.value = '';
    close();
    draw(item ? item.name : '');
    if (item) remove.focus();
    onChange();
  }
  if (value) {
    draw('…');
    Promise.resolve(f.resolve(value)).then((item) => { if (value === initial) draw(item ? item.name : value); }).catch(() => draw(value));
  }

  const options = () => [...results.querySelectorAll('button')];
  const lookup = debounce(async () => {
    const mine = ++seq;
    const text = box.value.trim();
    if (!text) { close(); return; }
    let items;
    try { items = await f.search(text); } catch { items = []; }
    if (mine !== seq || box.hidden) return;
    clear(results);
    results.append(...(items.length ? items.map((item) => h('li', { role: 'presentation' }, h('button', {
      type: 'button', role: 'option', class: 'filter-option', dataset: { id: item.id }, onclick: () => set(item),
    }, bdi(item.name), item.detail ? h('span', { class: 'muted small' }, ` · ${item.detail}`) : null)))
      : [h('li', { class: 'muted small' }, t('common.noMatches'))]));
    results.hidden = false;
    box.setAttribute('aria-expanded', 'true');
  });
  box.addEventListener('input', lookup);
  // A click on a match keeps the focus where it was until the match is chosen.
  results.addEventListener('mousedown', (e) => e.preventDefault());
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); options()[0]?.click(); }
    if (e.key === 'ArrowDown') { e.preventDefault(); options()[0]?.focus(); }
    if (e.key === 'Escape' && !results.hidden) { e.preventDefault(); e.stopPropagation(); close(); }
  });
  results.addEventListener('keydown', (e) => {
    const list = options();
    const at = list.indexOf(document.activeElement);
    if (e.key === 'ArrowDown') { e.preventDefault(); list[Math.min(at + 1, list.length - 1)]?.focus(); }
    if (e.key === 'ArrowUp') { e.preventDefault(); if (at <= 0) box.focus(); else list[at - 1].focus(); }
    if (e.key === 'Escape') { e.preventDefault(); close(); box.focus(); }
  });
  wrap.addEventListener('focusout', (e) => { if (!wrap.contains(e.relatedTarget)) setTimeout(() => { if (!wrap.contains(document.activeElement)) close(); }, 150); });

  return {
    f, param, el: box, wrap,
    read: () => value,
    reset: () => { value = ''; box.value = ''; close(); draw(''); },
  };
}

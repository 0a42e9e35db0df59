// Form building blocks: labelled fields with hint and error slots, row
// editors, a record picker, inline display of the core's field-level errors,
// and `formView` — the one form scaffold every form uses (save flow, Ctrl+S,
// Esc, and a navigation guard so no way out loses unsaved edits silently).
// Every date input is made by `input()`: where the app shows dates in another
// calendar than the Gregorian one of the system's date picker (Persian: Solar
// Hijri), a line under it says so and names the chosen day in that calendar.

import { h, clear, bdi } from './dom.js';
import { t, showsNonGregorian, formatDateLong, formatNumber } from './i18n.js';
import { errorLines, requestReload, debounce } from './ui.js';

let uid = 0;
const nextId = (name) => `f-${String(name).replace(/[^a-z0-9]+/gi, '-')}-${++uid}`;

/** A labelled field. `control` gets id/aria wiring; `name` is the error path. */
export function field(name, labelText, control, { hint, wide } = {}) {
  const id = control.id || nextId(name);
  control.id = id;
  control.dataset.field = name;
  if (!control.getAttribute('name')) control.setAttribute('name', name);
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  const errorEl = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  control.setAttribute('aria-describedby', [hintEl && hintEl.id, errorEl.id].filter(Boolean).join(' '));
  return h('div', { class: `field${wide ? ' wide' : ''}`, dataset: { for: name } },
    h('label', { for: id }, labelText), control, calendarLine(control), hintEl, errorEl);
}

/** The line under a date input that says its calendar (see `input`), live:
 *  "Gregorian date — the same day as 11 Farvardin 1410 …" as the value
 *  changes. Null where dates are shown in the Gregorian calendar anyway. */
function calendarHint(el) {
  if (!showsNonGregorian()) return null;
  const line = h('span', { class: 'hint calendar-hint', 'aria-live': 'polite' });
  const update = () => {
    const day = formatDateLong(el.value);
    line.textContent = day ? t('dateField.gregorianIs', { date: day }) : t('dateField.gregorian');
  };
  el.addEventListener('input', update);
  el.addEventListener('change', update);
  update();
  return line;
}

/** The calendar line of a date input, to put right under it (null for any
 *  other control): it gets an id, and the input names it first in its
 *  aria-describedby. */
export function calendarLine(control) {
  const line = control.calendarHint;
  if (!line) return null;
  if (!control.id) control.id = nextId(control.dataset.field || 'date');
  line.id = `${control.id}-calendar`;
  const described = (control.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== line.id);
  control.setAttribute('aria-describedby', [line.id, ...described].join(' '));
  return line;
}

const NO_DIR = new Set(['number', 'checkbox', 'radio', 'hidden', 'range', 'color']);

/** A text input; text takes its direction from what is typed (dir=auto), so
 *  Persian aligns right and English left in either UI direction. A date
 *  field is left to right: its month, day and year keep the order of the
 *  system's (Gregorian) date format instead of being mirrored. */
export function input(value = '', attrs = {}) {
  const type = attrs.type || 'text';
  const dir = type === 'date' ? { dir: 'ltr' } : (NO_DIR.has(type) ? {} : { dir: 'auto' });
  const el = h('input', { type, value: value ?? '', autocomplete: 'off', ...dir, ...attrs });
  if (type === 'date') el.calendarHint = calendarHint(el);
  return el;
}
export const textarea = (value = '', attrs = {}) => h('textarea', { rows: 4, dir: 'auto', ...attrs, value: value ?? '' });

export function select(value, opts, attrs = {}) {
  const el = h('select', attrs, opts.map(([v, l]) => h('option', { value: v }, l)));
  el.value = value ?? '';
  return el;
}

/** A textarea holding one item per line. */
export function linesArea(lines = [], attrs = {}) {
  const el = textarea((lines || []).join('\n'), { rows: Math.max(3, (lines || []).length + 1), ...attrs });
  el.dataset.kind = 'lines';
  return el;
}
export const readLines = (el) => el.value.split('\n').map((s) => s.trim()).filter(Boolean);

/** A text input holding comma-separated tags. */
export const tagsInput = (tags = [], attrs = {}) => input((tags || []).join(', '), attrs);
export const readTags = (el) => el.value.split(',').map((s) => s.trim()).filter(Boolean);

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits, as a Persian keyboard
 *  types them, turned into ASCII digits. */
const westernDigits = (text) => String(text)
  .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06F0))
  .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));

/** A whole number as typed (in ASCII or Persian digits): a number when it
 *  is one, else the text itself — the core validates type and range and
 *  answers with a field error. */
export function readInteger(raw) {
  const s = String(raw ?? '').trim();
  const digits = westernDigits(s);
  return /^[-+]?\d{1,15}$/.test(digits) ? Number(digits) : s;
}

/** A slider whose Left and Right arrow keys move its thumb the way they
 *  point. On a right-to-left page WebKit draws a slider mirrored (its
 *  maximum on the left) yet still steps it down with Left and up with
 *  Right, so the thumb moved against the arrow; there the keys are turned
 *  round here, as other engines do. */
export function slider(attrs = {}) {
  const el = h('input', { type: 'range', ...attrs });
  el.addEventListener('keydown', (e) => {
    if ((e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') || e.altKey || e.ctrlKey || e.metaKey) return;
    if (getComputedStyle(el).direction !== 'rtl') return;
    e.preventDefault();
    const [min, max, step] = [Number(el.min || 0), Number(el.max || 100), Number(el.step) || 1];
    const next = Math.min(max, Math.max(min, Number(el.value) + (e.key === 'ArrowLeft' ? step : -step)));
    if (String(next) === el.value) return;
    el.value = String(next);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  return el;
}

const changed = (el) => el.dispatchEvent(new Event('change', { bubbles: true }));

/**
 * Editable table of rows. columns: [{key, label, type: 'text'|'integer'|'date'|'select'|'textarea'|'hidden', options}]
 * A 'hidden' `id` column carries each row's stable id (null for new rows).
 * `canRemove(row)` may withhold the × of a row (e.g. yourself).
 * Returns {element, value(), check()}; every input carries data-field="name.i.key" for inline errors.
 */
export function rowEditor(name, legend, columns, rows, { addLabel, hint, blank, canRemove = () => true }) {
  const body = h('div', { class: 'rows' });
  const list = [];
  // The caller wraps this in a card whose <legend> names it.
  const group = h('div', { class: 'row-editor', role: 'group', 'aria-label': legend, dataset: { field: name } },
    hint ? h('p', { class: 'hint' }, hint) : null, body,
    h('p', { class: 'field-error', hidden: true, id: nextId(`${name}-err`) }));
  const firstVisible = (row) => row.inputs.find((el, c) => columns[c].type !== 'hidden');
  const addButton = h('button', {
    type: 'button', class: 'button subtle',
    onclick: () => { addRow(blank()); firstVisible(list[list.length - 1])?.focus(); changed(group); },
  }, `+ ${addLabel}`);
  group.append(addButton);

  function renumber() {
    list.forEach((row, i) => {
      row.inputs.forEach((el, c) => { el.dataset.field = `${name}.${i}.${columns[c].key}`; });
      // The row's number in the language's digits (Persian: «۱»).
      row.remove?.setAttribute('aria-label', `${t('common.remove')}: ${legend} ${formatNumber(i + 1)}`);
    });
  }

  function addRow(data) {
    const inputs = columns.map((col) => {
      const v = data[col.key];
      const attrs = { 'aria-label': col.label, class: `col-${col.key}` };
      if (col.type === 'hidden') return h('input', { type: 'hidden', value: v ?? '' });
      if (col.type === 'select') return select(v, col.options, attrs);
      // Text, not type=number: what the user typed reaches the core as typed
      // and comes back as a field error when it is not a whole number in range.
      if (col.type === 'integer' || col.type === 'number') return input(v ?? '', { ...attrs, inputmode: 'numeric', dir: 'ltr', class: `${attrs.class} integer` });
      if (col.type === 'date') return input(v ?? '', { ...attrs, type: 'date' });
      if (col.type === 'textarea') return textarea(v ?? '', { ...attrs, rows: 2 });
      return input(v ?? '', attrs);
    });
    const row = { inputs };
    const removable = canRemove(data);
    const remove = removable ? h('button', {
      type: 'button', class: 'button icon', title: t('common.remove'),
      onclick: () => { const i = list.indexOf(row); list.splice(i, 1); el.remove(); renumber(); addButton.focus(); changed(group); },
    }, '×') : h('span', { class: 'row-spacer', 'aria-hidden': 'true' });
    row.remove = removable ? remove : null;
    const el = h('div', { class: 'row' }, inputs.map((i, c) => (columns[c].type === 'hidden' ? i
      : h('label', { class: `cell cell-${columns[c].key}` }, h('span', { class: 'cell-label' }, columns[c].label), i, calendarLine(i)))), remove);
    list.push(row);
    body.append(el);
    renumber();
  }

  (rows || []).forEach(addRow);
  return {
    element: group,
    /** Problems worth catching before a round trip: empty dates. */
    check: () => {
      const problems = [];
      list.forEach((row, i) => columns.forEach((col, c) => {
        if (col.type === 'date' && !row.inputs[c].value) problems.push({ field: `${name}.${i}.${col.key}`, code: 'required', message: t('common.dateRequired') });
      }));
      return problems;
    },
    value: () => list.map((row) => Object.fromEntries(columns.map((col, c) => {
      const raw = row.inputs[c].value;
      if (col.type === 'integer' || col.type === 'number') return [col.key, readInteger(raw)];
      if (col.type === 'hidden') return [col.key, raw === '' ? null : raw];
      return [col.key, raw];
    }))),
  };
}

/**
 * Picks records from a list that may be long (thousands of contributors):
 * the chosen ones as removable chips, and a search box that asks the core
 * for a few matches. `search(text)` → items; `item` = {id, name, archived};
 * `describe(item)` → a short secondary text. With `single`, choosing one
 * replaces the one chosen before. `items()` gives the chosen items (with
 * their names), `value()` their ids.
 */
export function recordPicker({ name, label, selected = [], search, describe = () => '', placeholder, noMatches, addLabel, removeLabel, single = false, id }) {
  const chosen = new Map(selected.map((x) => [x.id, x]));
  const picked = h('ul', { class: 'picked' });
  const results = h('ul', { class: 'picker-results' });
  const box = input('', { type: 'search', placeholder, 'aria-label': label, class: 'picker-search', id });
  const element = h('div', { class: 'picker', tabindex: '-1', dataset: { field: name } }, picked, box, results);
  let seq = 0;

  const drawPicked = () => {
    clear(picked);
    picked.append(...[...chosen.values()].map((item) => h('li', { class: 'picked-item' },
      bdi(item.name), describe(item) ? h('span', { class: 'muted small' }, ` · ${describe(item)}`) : null,
      item.archived ? h('span', { class: 'badge archived' }, t('common.archived')) : null,
      h('button', {
        type: 'button', class: 'button icon small', 'aria-label': removeLabel(item), title: removeLabel(item),
        onclick: () => { chosen.delete(item.id); drawPicked(); changed(element); box.focus(); },
      }, '×'))));
  };
  const add = (item) => {
    if (single) chosen.clear();
    chosen.set(item.id, item); drawPicked(); clear(results); box.value = ''; changed(element); box.focus();
  };

  const lookup = debounce(async () => {
    const mine = ++seq;
    const text = box.value.trim();
    if (!text) { clear(results); return; }
    let items;
    try { items = await search(text); } catch { items = []; }
    if (mine !== seq) return; // a newer search is on its way
    clear(results);
    const fresh = items.filter((x) => !chosen.has(x.id));
    if (!fresh.length) { results.append(h('li', { class: 'muted small' }, noMatches)); return; }
    results.append(...fresh.map((item) => h('li', {}, h('button', {
      type: 'button', class: 'button subtle small picker-option', 'aria-label': addLabel(item), onclick: () => add(item),
    }, '+ ', bdi(item.name), describe(item) ? h('span', { class: 'muted' }, ` · ${describe(item)}`) : null))));
  });
  // Typing here searches; it does not edit the record (no dirty mark).
  box.addEventListener('input', (e) => { e.stopPropagation(); lookup(); });
  box.addEventListener('change', (e) => e.stopPropagation());
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); results.querySelector('button')?.click(); }
  });
  drawPicked();
  return {
    element,
    box,
    value: () => [...chosen.keys()],
    items: () => [...chosen.values()],
    /** Replaces the chosen items (e.g. a draft restored), without a change event. */
    set: (items) => { chosen.clear(); (items || []).forEach((x) => chosen.set(x.id, x)); drawPicked(); },
  };
}

/** Clears, then shows an error: field errors next to their inputs (each on
 *  its own line) with a summary; any other error as lines in the summary. */
export function showErrors(form, summary, error) {
  clearErrors(form, summary);
  const fields = error && Array.isArray(error.fields) ? error.fields : (Array.isArray(error) ? error : []);
  if (fields.length === 0) {
    summary.append(...errorLines(error).map((line) => h('p', { dir: 'auto' }, line)));
    if (error && error.kind === 'conflict') {
      summary.append(h('button', { type: 'button', class: 'button small', onclick: requestReload }, t('common.reload')));
    }
    // A form may attach what to do next (e.g. "See what to do" → the advice).
    if (error && error.action) {
      summary.append(h('button', { type: 'button', class: 'button small', id: error.action.id, onclick: error.action.run }, error.action.label));
    }
    summary.hidden = false;
    summary.focus();
    return;
  }
  const items = [];
  for (const f of fields) {
    const target = findField(form, f.field);
    const labelText = target ? labelFor(form, target) : '';
    if (target) {
      target.setAttribute('aria-invalid', 'true');
      const errEl = errorSlot(target);
      if (errEl) { errEl.hidden = false; errEl.append(h('span', { class: 'error-line' }, f.message)); }
    }
    items.push(h('li', {}, target
      ? h('a', { href: '#', onclick: (e) => { e.preventDefault(); target.focus(); } }, labelText ? `${labelText}: ` : '', f.message)
      : f.message));
  }
  // A refusal (e.g. a conflict of interest) is not a typing mistake: its own
  // message heads the list instead of "Please fix…".
  const title = error && error.kind === 'refused' && error.message ? error.message : t('common.errorsTitle', { n: fields.length });
  summary.append(h('p', { class: 'summary-title', dir: 'auto' }, title), h('ul', {}, items));
  summary.hidden = false;
  summary.focus();
}

export function clearErrors(form, summary) {
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field-error').forEach((el) => { clear(el); el.hidden = true; });
  if (summary) { clear(summary); summary.hidden = true; }
}

function findField(form, path) {
  let p = String(path || '');
  while (p) {
    const el = form.querySelector(`[data-field="${CSS.escape(p)}"]`);
    if (el) {
      if (el.type === 'hidden') {
        // A row's hidden id: point at the row's first visible control.
        const row = el.closest('.row');
        return row?.querySelector('input:not([type=hidden]),select,textarea') || el;
      }
      if (el.classList.contains('row-editor')) return el.querySelector('input:not([type=hidden]),select,textarea,button') || el;
      return el;
    }
    const cut = p.lastIndexOf('.');
    if (cut < 0) break;
    p = p.slice(0, cut);
  }
  return null;
}

function errorSlot(el) {
  const wrap = el.closest('.field') || el.closest('.row-editor') || el.closest('fieldset');
  return wrap ? wrap.querySelector('.field-error') : null;
}

function labelFor(form, el) {
  const group = el.closest('[role=group]');
  const row = /\.(\d+)\.[^.]+$/.exec(el.dataset.field || '');
  if (group && row && el.getAttribute('aria-label')) {
    return `${group.getAttribute('aria-label')} ${formatNumber(Number(row[1]) + 1)} · ${el.getAttribute('aria-label')}`;
  }
  if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
  const l = el.id ? form.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
  if (l) return l.textContent;
  if (group && group.getAttribute('aria-label')) return group.getAttribute('aria-label');
  const legend = el.closest('fieldset')?.querySelector('legend');
  return legend ? legend.textContent : '';
}

/**
 * The one submit flow: ignore a second submit while saving (Ctrl+S), clear
 * old errors, run `check()` (problems worth catching locally), show
 * "Saving…", await `save()`, and put any error it throws next to its fields.
 * Resolves true when saved.
 */
export function onSubmit(form, summary, button, save, check = () => []) {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (button.disabled) return;
    clearErrors(form, summary);
    const local = check();
    if (local.length) { showErrors(form, summary, { kind: 'validation', fields: local }); return; }
    const idle = button.textContent;
    button.disabled = true;
    button.textContent = t('common.saving');
    try {
      await save();
    } catch (err) {
      showErrors(form, summary, err);
    } finally {
      button.disabled = false;
      button.textContent = idle;
    }
  });
}

/**
 * The form scaffold every form uses.
 *
 *   const { form } = formView(ctx, { id, saveId, body: [fieldsets…], collect, save, check, cancelTo });
 *
 * - `collect()` reads the form into the value sent to the core; it also
 *   decides whether the form is dirty (compared with the value at start).
 * - `save(value)` calls the core and returns the path to show next (or null
 *   to stay); the guard is released first, so leaving after a save never asks.
 * - `cancelTo` is where Cancel and Esc go; like every other way out (sidebar,
 *   back link, Ctrl+N, a hash change, browser Back) it goes through the
 *   router's guard, which asks before unsaved edits are lost.
 * - Ctrl+S saves.
 * - `baseline` (optional) is the value the form counts as clean, for a form
 *   that starts from a restored draft: it is dirty from the start.
 * `ctx` may be null (first-run setup, outside the router).
 */
export function formView(ctx, { id, saveId, body = [], collect, save, check = () => [], cancelTo = null, className = 'form', sticky = true, saveLabel, baseline }) {
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true, id: 'form-errors' });
  const saveButton = h('button', { type: 'submit', class: 'button primary', id: saveId }, saveLabel || t('common.save'));
  const cancel = () => { if (ctx && cancelTo != null) ctx.navigate(cancelTo); };
  const form = h('form', { class: className, novalidate: true, id }, summary, ...body,
    h('div', { class: `form-actions${sticky ? ' sticky' : ''}` }, saveButton,
      ctx && cancelTo != null ? h('button', { type: 'button', class: 'button', id: saveId ? saveId.replace(/^save-/, 'cancel-') : null, onclick: cancel }, t('common.cancel')) : null));

  const snapshot = () => {
    try { return JSON.stringify(collect ? collect() : null); } catch { return null; }
  };
  let initial = baseline === undefined ? snapshot() : JSON.stringify(baseline);
  let touched = baseline !== undefined;
  const markTouched = () => { touched = true; };
  form.addEventListener('input', markTouched);
  form.addEventListener('change', markTouched);
  const isDirty = () => touched && (!collect || snapshot() !== initial);

  form.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') { e.preventDefault(); form.requestSubmit(); }
    if (e.key === 'Escape' && cancelTo != null && !e.defaultPrevented) { e.preventDefault(); cancel(); }
  });
  if (ctx && ctx.setGuard) ctx.setGuard(isDirty);

  onSubmit(form, summary, saveButton, async () => {
    const next = await save(collect ? collect() : undefined);
    // Saved: the form is clean again.
    initial = snapshot();
    touched = false;
    if (next != null && ctx) ctx.navigate(next, { force: true });
  }, check);

  return { form, summary, saveButton, isDirty };
}

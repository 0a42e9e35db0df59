// Form building blocks: labelled fields with hint and error slots, list and
// row editors, and inline display of the core's field-level errors.

import { h, clear } from './dom.js';
import { t } from './i18n.js';
import { confirmDialog } from './api.js';

let uid = 0;
const nextId = (name) => `f-${name.replace(/[^a-z0-9]+/gi, '-')}-${++uid}`;

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
    h('label', { for: id }, labelText), control, hintEl, errorEl);
}

export const input = (value = '', attrs = {}) => h('input', { type: 'text', value: value ?? '', autocomplete: 'off', ...attrs });
export const textarea = (value = '', attrs = {}) => h('textarea', { rows: 4, ...attrs, value: value ?? '' });

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

/**
 * Editable table of rows. columns: [{key, label, type: 'text'|'number'|'date'|'select'|'textarea', options}]
 * Returns {element, value()}; every input carries data-field="name.i.key" for inline errors.
 */
export function rowEditor(name, legend, columns, rows, { addLabel, hint, blank }) {
  const body = h('div', { class: 'rows' });
  const list = [];
  // The caller wraps this in a card whose <legend> names it.
  const fieldset = h('div', { class: 'row-editor', role: 'group', 'aria-label': legend, dataset: { field: name } },
    hint ? h('p', { class: 'hint' }, hint) : null, body,
    h('p', { class: 'field-error', hidden: true, id: nextId(`${name}-err`) }));
  const addButton = h('button', { type: 'button', class: 'button subtle', onclick: () => { addRow(blank()); list[list.length - 1].inputs[0].focus(); } }, `+ ${addLabel}`);
  fieldset.append(addButton);

  function renumber() {
    list.forEach((row, i) => {
      row.inputs.forEach((el, c) => { el.dataset.field = `${name}.${i}.${columns[c].key}`; });
      row.remove.setAttribute('aria-label', `${t('common.remove')}: ${legend} ${i + 1}`);
    });
  }

  function addRow(data) {
    const inputs = columns.map((col) => {
      const v = data[col.key];
      const attrs = { 'aria-label': col.label, class: `col-${col.key}` };
      if (col.type === 'hidden') return h('input', { type: 'hidden', value: v ?? '' });
      if (col.type === 'select') return select(v, col.options, attrs);
      if (col.type === 'number') return input(v ?? '', { ...attrs, type: 'number', min: 1, max: 100, step: 1, inputmode: 'numeric' });
      if (col.type === 'date') return input(v ?? '', { ...attrs, type: 'date' });
      if (col.type === 'textarea') return textarea(v ?? '', { ...attrs, rows: 2 });
      return input(v ?? '', attrs);
    });
    const row = { inputs };
    const remove = h('button', {
      type: 'button', class: 'button icon', title: t('common.remove'),
      onclick: () => { const i = list.indexOf(row); list.splice(i, 1); el.remove(); renumber(); addButton.focus(); },
    }, '×');
    row.remove = remove;
    const el = h('div', { class: 'row' }, inputs.map((i, c) => (columns[c].type === 'hidden' ? i
      : h('label', { class: `cell cell-${columns[c].key}` }, h('span', { class: 'cell-label' }, columns[c].label), i))), remove);
    list.push(row);
    body.append(el);
    renumber();
  }

  (rows || []).forEach(addRow);
  return {
    element: fieldset,
    /** Problems the server could not even parse: empty dates, fractional numbers. */
    check: () => {
      const problems = [];
      list.forEach((row, i) => columns.forEach((col, c) => {
        const raw = row.inputs[c].value;
        if (col.type === 'date' && !raw) problems.push({ field: `${name}.${i}.${col.key}`, code: 'required', message: t('common.dateRequired') });
        if (col.type === 'number' && !(Number.isInteger(Number(raw)) && raw !== '')) problems.push({ field: `${name}.${i}.${col.key}`, code: 'not_a_number', message: t('common.wholeNumber') });
      }));
      return problems;
    },
    value: () => list.map((row) => Object.fromEntries(columns.map((col, c) => {
      const raw = row.inputs[c].value;
      if (col.type === 'number') return [col.key, raw === '' ? 0 : Number(raw)];
      if (col.type === 'hidden') return [col.key, raw === '' ? null : raw];
      return [col.key, raw];
    }))),
  };
}

/** Clears, then shows the core's field errors next to their inputs, with a summary. */
export function showErrors(form, summary, fields, fallbackMessage) {
  clearErrors(form, summary);
  if (!fields || fields.length === 0) {
    if (fallbackMessage) summary.append(h('p', {}, fallbackMessage));
    summary.hidden = !fallbackMessage;
    if (fallbackMessage) summary.focus();
    return;
  }
  const items = [];
  for (const f of fields) {
    const target = findField(form, f.field);
    const labelText = target ? labelFor(form, target) : f.field;
    if (target) {
      target.setAttribute('aria-invalid', 'true');
      const errEl = errorSlot(target);
      if (errEl) { errEl.hidden = false; errEl.append(h('span', {}, f.message)); }
    }
    items.push(h('li', {}, h('a', {
      href: '#', onclick: (e) => { e.preventDefault(); if (target) target.focus(); },
    }, labelText ? `${labelText}: ` : '', f.message)));
  }
  summary.append(h('p', { class: 'summary-title' }, t('common.errorsTitle', { n: fields.length })), h('ul', {}, items));
  summary.hidden = false;
  summary.focus();
}

export function clearErrors(form, summary) {
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field-error').forEach((el) => { clear(el); el.hidden = true; });
  if (summary) { clear(summary); summary.hidden = true; }
}

function findField(form, path) {
  let p = path;
  while (p) {
    const el = form.querySelector(`[data-field="${CSS.escape(p)}"]`);
    if (el) {
      if (el.classList.contains('row-editor')) return el.querySelector('input,select,textarea,button') || el;
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
    return `${group.getAttribute('aria-label')} ${Number(row[1]) + 1} · ${el.getAttribute('aria-label')}`;
  }
  if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
  const l = el.id ? form.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
  if (l) return l.textContent;
  if (group && group.getAttribute('aria-label')) return group.getAttribute('aria-label');
  const legend = el.closest('fieldset')?.querySelector('legend');
  return legend ? legend.textContent : '';
}

/**
 * The one submit flow of every form: ignore a second submit while saving
 * (Ctrl+S), clear old errors, run `check()` (problems the server could not
 * even parse), show "Saving…", await `save()`, and put any error the save
 * throws next to its fields.
 */
export function onSubmit(form, summary, button, save, check = () => []) {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (button.disabled) return;
    clearErrors(form, summary);
    const local = check();
    if (local.length) { showErrors(form, summary, local); return; }
    const idle = button.textContent;
    button.disabled = true;
    button.textContent = t('common.saving');
    try {
      await save();
    } catch (err) {
      showErrors(form, summary, err.fields, err.message);
    } finally {
      button.disabled = false;
      button.textContent = idle;
    }
  });
}

/**
 * Wires Ctrl+S (submit) and Escape (cancel) on a form, and returns a cancel
 * function that asks before throwing away unsaved edits.
 */
export function formKeys(form, onCancel) {
  let dirty = false;
  const markDirty = () => { dirty = true; };
  form.addEventListener('input', markDirty);
  form.addEventListener('change', markDirty);
  const cancel = async () => {
    if (dirty && !(await confirmDialog(t('common.discard'), { okLabel: t('common.discardOk'), cancelLabel: t('common.keepEditing') }))) return;
    onCancel();
  };
  form.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') { e.preventDefault(); form.requestSubmit(); }
    if (e.key === 'Escape' && onCancel) { e.preventDefault(); cancel(); }
  });
  return cancel;
}

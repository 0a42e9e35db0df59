// Contributors: list filtered by kind, expertise, group and text; detail with
// accepted agreements; edit form.

import { api } from '../api.js';
import { h, clear, formatDate, localToday } from '../dom.js';
import { t, label, options } from '../i18n.js';
import { field, input, textarea, select, tagsInput, readTags, rowEditor, onSubmit, formKeys } from '../form.js';
import { mount, pageHeader, emptyState, badge, chip, section, facts, toast, showError, debounce, notFound, archiveButton } from '../ui.js';
import { historyList } from './activity.js';

const filters = { text: '', kind: '', expertise: '', group: '', include_archived: false };

function uniqueSorted(values) {
  const seen = new Map();
  for (const v of values) { const k = v.toLowerCase(); if (!seen.has(k)) seen.set(k, v); }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}

export async function list(ctx) {
  const everyone = await api.listContributors({ include_archived: true });
  const tags = uniqueSorted(everyone.flatMap((c) => c.expertise));
  const groups = uniqueSorted(everyone.flatMap((c) => c.groups));
  const results = h('div', { class: 'list', id: 'contributor-list' });
  const count = h('p', { class: 'muted small', role: 'status' });
  const search = input(filters.text, { type: 'search', id: 'contributor-search', placeholder: t('contributor.searchPlaceholder'), 'aria-label': t('contributor.searchLabel') });
  const kind = select(filters.kind, [['', `${t('contributor.kindFilter')}: ${t('common.all')}`], ...options('contributor_kind')], { id: 'filter-kind', 'aria-label': t('contributor.kindFilter') });
  const expertise = select(filters.expertise, [['', `${t('contributor.expertiseFilter')}: ${t('common.all')}`], ...tags.map((x) => [x, x])], { id: 'filter-expertise', 'aria-label': t('contributor.expertiseFilter') });
  const group = select(filters.group, [['', `${t('contributor.groupFilter')}: ${t('common.all')}`], ...groups.map((x) => [x, x])], { id: 'filter-group', 'aria-label': t('contributor.groupFilter') });
  const archived = h('input', { type: 'checkbox', id: 'filter-contributors-archived', checked: filters.include_archived });

  async function refresh() {
    Object.assign(filters, { text: search.value, kind: kind.value, expertise: expertise.value, group: group.value, include_archived: archived.checked });
    let items;
    try {
      items = await api.listContributors({ text: filters.text || null, kind: filters.kind || null, expertise: filters.expertise || null, group: filters.group || null, include_archived: filters.include_archived });
    } catch (e) { showError(e); return; }
    clear(results);
    count.textContent = t('contributor.count', { n: items.length });
    if (items.length === 0) {
      const filtered = filters.text || filters.kind || filters.expertise || filters.group;
      results.append(filtered
        ? emptyState(t('contributor.emptyFiltered'), '', h('button', { class: 'button', type: 'button', onclick: () => { search.value = ''; kind.value = ''; expertise.value = ''; group.value = ''; refresh(); } }, t('challenge.clearFilters')))
        : emptyState(t('contributor.emptyTitle'), t('contributor.emptyBody'), h('a', { class: 'button primary', href: '#/contributors/new' }, t('contributor.new'))));
      return;
    }
    results.append(h('table', { class: 'table list-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('contributor.name')), h('th', { scope: 'col' }, t('contributor.kind')), h('th', { scope: 'col' }, t('contributor.affiliation')), h('th', { scope: 'col' }, t('contributor.expertise')))),
      h('tbody', {}, items.map((c) => h('tr', { dataset: { id: c.id }, class: c.meta.archived ? 'is-archived' : '' },
        h('td', {}, h('a', { href: `#/contributors/${c.id}`, class: 'contributor-name' }, c.name), c.meta.archived ? h('span', { class: 'badge archived' }, t('common.archived')) : null),
        h('td', {}, badge('contributor_kind', c.kind)),
        h('td', { class: 'muted' }, c.affiliation),
        h('td', {}, c.expertise.map(chip)))))));
  }
  search.addEventListener('input', debounce(refresh));
  [kind, expertise, group, archived].forEach((el) => el.addEventListener('change', refresh));
  mount(ctx,
    pageHeader(t('contributor.listTitle'), { actions: [h('a', { class: 'button primary', href: '#/contributors/new', id: 'new-contributor' }, t('contributor.new'))] }),
    h('div', { class: 'toolbar', role: 'search' }, search, kind, expertise, group, h('label', { class: 'check' }, archived, t('common.showArchived')), count),
    results);
  await refresh();
}

export async function detail(ctx, id) {
  let c;
  try { c = await api.getContributor(id); } catch (e) { notFound(ctx, 'contributor', e); return; }
  const [agreementsList, acceptances] = await Promise.all([api.listAgreements(null, true), api.listAcceptances({ contributor: c.id })]);
  const history = await api.listActivity(0, 50, [c.id, ...acceptances.map((x) => x.id)]).catch(() => []);
  const byId = new Map(agreementsList.map((a) => [a.id, a]));
  const published = agreementsList.filter((a) => a.versions.length && !a.meta.archived);

  const agreementSelect = select(published[0]?.id || '', published.map((a) => [a.id, a.title]), { id: 'acceptance-agreement' });
  const versionSelect = h('select', { id: 'acceptance-version' });
  const syncVersions = () => {
    const a = byId.get(agreementSelect.value);
    clear(versionSelect);
    if (!a) return;
    const latest = a.versions[a.versions.length - 1].number;
    versionSelect.append(h('option', { value: '' }, t('contributor.latest', { n: latest })),
      ...a.versions.slice().reverse().map((v) => h('option', { value: String(v.number) }, `v${v.number}`)));
  };
  agreementSelect.addEventListener('change', syncVersions);
  syncVersions();
  const acceptForm = published.length
    ? h('form', {
      class: 'inline-form', id: 'acceptance-form',
      onsubmit: async (e) => {
        e.preventDefault();
        try {
          await api.recordAcceptance(agreementSelect.value, versionSelect.value ? Number(versionSelect.value) : null, c.id);
          toast(t('contributor.accepted'));
          detail(ctx, id);
        } catch (err) { showError(err); }
      },
    }, field('acceptance.agreement', t('contributor.agreement'), agreementSelect), field('acceptance.version', t('contributor.version'), versionSelect),
    h('button', { type: 'submit', class: 'button' }, t('contributor.recordAcceptance')))
    : h('p', { class: 'muted' }, t('contributor.noPublished'));

  const accepted = acceptances.length
    ? h('ul', { class: 'pairs', id: 'contributor-acceptances' }, acceptances.map((x) => {
      const a = byId.get(x.agreement);
      const latest = a && a.versions[a.versions.length - 1];
      return h('li', {}, h('a', { href: `#/agreements/${x.agreement}` }, a ? a.title : x.agreement),
        h('span', { class: 'muted small' }, ` ${t('contributor.acceptedVersion', { n: x.version, date: formatDate(x.accepted_at) })}`),
        latest && latest.number !== x.version ? h('span', { class: 'badge warn' }, t('contributor.outdated')) : null);
    }))
    : h('p', { class: 'muted' }, t('contributor.noAcceptances'));

  mount(ctx,
    pageHeader(c.name, {
      back: { href: '#/contributors', label: t('contributor.listTitle') },
      subtitle: h('span', { class: 'header-meta' }, badge('contributor_kind', c.kind), ' ', label('entity', c.entity), c.affiliation ? ` · ${c.affiliation}` : '',
        c.meta.archived ? [' · ', h('span', { class: 'badge archived' }, t('common.archived'))] : null),
      actions: [
        h('a', { class: 'button', href: `#/contributors/${c.id}/edit`, id: 'edit-contributor' }, t('common.edit')),
        archiveButton(ctx, 'contributor', c, { confirmText: t('contributor.confirmArchive', { name: c.name }), archive: api.archiveContributor }),
      ],
    }),
    h('div', { class: 'detail-grid' },
      h('div', { class: 'detail-main' },
        section(t('contributor.expertise'), c.expertise.length ? h('p', { class: 'item-chips' }, c.expertise.map(chip)) : h('p', { class: 'muted' }, t('challenge.nothing')),
          h('h3', {}, t('contributor.groups')), c.groups.length ? h('p', { class: 'item-chips' }, c.groups.map(chip)) : h('p', { class: 'muted' }, t('challenge.nothing'))),
        section(t('contributor.agreements'), accepted, acceptForm),
        section(t('contributor.recognition'), c.recognition.length
          ? h('ul', { class: 'timeline' }, c.recognition.map((r) => h('li', {}, h('span', { class: 'muted small' }, formatDate(r.date)), h('p', {}, r.what))))
          : h('p', { class: 'muted' }, t('challenge.nothing'))),
        c.notes ? section(t('contributor.notes'), h('p', { class: 'pre' }, c.notes)) : null),
      h('div', { class: 'detail-side' },
        section(t('contributor.contact'), facts([[t('contributor.email'), c.contact.email], [t('contributor.phone'), c.contact.phone], [t('contributor.website'), c.contact.website]])),
        section(t('common.history'), historyList(history)))));
}

export async function edit(ctx, id) {
  const existing = id ? await api.getContributor(id) : null;
  const c = existing || { name: '', entity: 'person', kind: 'supplier', affiliation: '', expertise: [], groups: [], contact: { email: '', phone: '', website: '' }, notes: '', recognition: [] };
  const f = {
    name: input(c.name, { required: true }),
    entity: select(c.entity, options('entity')),
    kind: select(c.kind, options('contributor_kind')),
    affiliation: input(c.affiliation),
    expertise: tagsInput(c.expertise),
    groups: tagsInput(c.groups),
    email: input(c.contact.email, { type: 'email' }),
    phone: input(c.contact.phone, { type: 'tel' }),
    website: input(c.contact.website, { type: 'url', placeholder: 'https://' }),
    notes: textarea(c.notes, { rows: 4 }),
  };
  const today = localToday();
  const recognition = rowEditor('recognition', t('contributor.recognition'), [
    { key: 'date', label: t('challenge.date'), type: 'date' },
    { key: 'what', label: t('contributor.recognitionWhat') },
  ], c.recognition, { addLabel: t('contributor.addRecognition'), blank: () => ({ date: today, what: '' }) });
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true, id: 'form-errors' });
  const saveButton = h('button', { type: 'submit', class: 'button primary', id: 'save-contributor' }, t('common.save'));
  const leave = () => ctx.navigate(existing ? `/contributors/${existing.id}` : '/contributors');
  let cancel = leave;
  const form = h('form', { class: 'form', novalidate: true, id: 'contributor-form' }, summary,
    h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.basics')),
      h('div', { class: 'grid-2' },
        field('name', t('contributor.name'), f.name, { wide: true }),
        field('kind', t('contributor.kind'), f.kind),
        field('entity', t('contributor.entity'), f.entity),
        field('affiliation', t('contributor.affiliation'), f.affiliation, { wide: true }),
        field('expertise', t('contributor.expertise'), f.expertise, { hint: t('contributor.expertiseHint') }),
        field('groups', t('contributor.groups'), f.groups, { hint: t('contributor.groupsHint') }))),
    h('fieldset', { class: 'card' }, h('legend', {}, t('contributor.contact')),
      h('div', { class: 'grid-2' },
        field('contact.email', t('contributor.email'), f.email),
        field('contact.phone', t('contributor.phone'), f.phone),
        field('contact.website', t('contributor.website'), f.website))),
    h('fieldset', { class: 'card' }, h('legend', {}, t('contributor.recognition')), recognition.element),
    h('fieldset', { class: 'card' }, h('legend', {}, t('contributor.notes')), field('notes', t('contributor.notes'), f.notes, { wide: true })),
    h('div', { class: 'form-actions sticky' }, saveButton, h('button', { type: 'button', class: 'button', onclick: () => cancel() }, t('common.cancel'))));
  cancel = formKeys(form, leave);
  onSubmit(form, summary, saveButton, async () => {
    const data = {
      name: f.name.value, entity: f.entity.value, kind: f.kind.value, affiliation: f.affiliation.value,
      expertise: readTags(f.expertise), groups: readTags(f.groups),
      contact: { email: f.email.value, phone: f.phone.value, website: f.website.value },
      notes: f.notes.value, recognition: recognition.value(),
    };
    const saved = existing ? await api.updateContributor(existing.id, existing.meta.revision, data) : await api.createContributor(data);
    toast(existing ? t('common.saved') : t('contributor.created'));
    ctx.navigate(`/contributors/${saved.id}`);
  }, recognition.check);
  mount(ctx, pageHeader(existing ? t('contributor.editTitle') : t('contributor.newTitle'), {
    back: existing ? { href: `#/contributors/${existing.id}`, label: existing.name } : { href: '#/contributors', label: t('contributor.listTitle') },
  }), form);
  f.name.focus();
}

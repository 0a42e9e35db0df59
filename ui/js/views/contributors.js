// Contributors: list filtered by kind, expertise, group and text; detail with
// accepted agreements; edit form.

import { api } from '../api.js';
import { h, bdi, clear, localToday } from '../dom.js';
import { t, label, options, formatDate, formatNumber } from '../i18n.js';
import { field, input, textarea, select, tagsInput, readTags, rowEditor, recordPicker, formView } from '../form.js';
import { mount, pageHeader, emptyState, badge, archivedBadge, chip, section, facts, toast, showError, loadOr404, archiveButton } from '../ui.js';
import { listView, listPath, listHref } from '../list.js';
import { historyList, historyOf } from './activity.js';
import { saveExport, obligationItem } from './work.js';
import { keptByNote } from './bundles.js';

/** The sidebar entry and the routes of this section (main.js assembles them). */
export const nav = { id: 'contributors', label: 'nav.contributors', place: 'main', newPath: '/contributors/new' };
export const routes = [
  ['/contributors', (ctx) => list(ctx)],
  ['/contributors/new', (ctx) => edit(ctx, null)],
  ['/contributors/:id', (ctx, id) => detail(ctx, id)],
  ['/contributors/:id/edit', (ctx, id) => edit(ctx, id)],
];

const ALL = { offset: 0, limit: null };

function table(items) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table fixed list-table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col', class: 'col-name' }, t('contributor.name')), h('th', { scope: 'col', class: 'col-kind' }, t('contributor.kind')),
      h('th', { scope: 'col', class: 'col-affiliation' }, t('contributor.affiliation')), h('th', { scope: 'col', class: 'col-expertise' }, t('contributor.expertise')))),
    h('tbody', {}, items.map((c) => h('tr', { dataset: { id: c.id }, class: c.archived ? 'is-archived' : '' },
      h('td', { dir: 'auto' }, h('a', { href: `#/contributors/${c.id}`, class: 'contributor-name' }, c.name), archivedBadge(c.archived)),
      h('td', {}, badge('contributor_kind', c.kind)),
      h('td', { class: 'muted', dir: 'auto' }, c.affiliation),
      h('td', {}, (c.expertise || []).map(chip)))))));
}

export function list(ctx) {
  return listView(ctx, {
    path: '/contributors',
    title: t('contributor.listTitle'),
    actions: [
      h('button', { type: 'button', class: 'button', id: 'export-contributors', onclick: () => saveExport('contributors.csv', (path) => api.exportCsv('contributors', null, path)) }, t('export.contributors')),
      h('a', { class: 'button primary', href: '#/contributors/new', id: 'new-contributor' }, t('contributor.new'))],
    search: { id: 'contributor-search', label: t('contributor.searchLabel'), placeholder: t('contributor.searchPlaceholder') },
    filters: [
      { key: 'kind', type: 'select', id: 'filter-kind', label: t('contributor.kindFilter'), options: options('contributor_kind') },
      { key: 'expertise', type: 'text', id: 'filter-expertise', label: t('contributor.expertiseFilter'), placeholder: t('contributor.expertisePlaceholder'), suggest: (c) => c.expertise || [] },
      { key: 'group', type: 'text', id: 'filter-group', label: t('contributor.groupFilter'), placeholder: t('contributor.groupPlaceholder'), suggest: (c) => c.groups || [] },
      { key: 'include_archived', param: 'archived', type: 'checkbox', id: 'filter-contributors-archived', label: t('common.showArchived') },
    ],
    listId: 'contributor-list',
    fetch: (filter, page) => api.listContributors(filter, page),
    count: (n) => t('contributor.count', { n }),
    empty: () => emptyState(t('contributor.emptyTitle'), t('contributor.emptyBody'), h('a', { class: 'button primary', href: '#/contributors/new' }, t('contributor.new'))),
    emptyFiltered: t('contributor.emptyFiltered'),
    render: table,
  });
}

export async function detail(ctx, id) {
  const c = await loadOr404(ctx, 'contributor', () => api.getContributor(id));
  if (!c) return;
  const [agreementPage, acceptances, ideaPage, conflicts, given, ws, owed] = await Promise.all([
    api.listAgreements({ include_archived: true }, ALL), api.listAcceptances({ contributor: c.id }),
    api.listIdeas({ author: c.id }, { offset: 0, limit: 5 }).catch(() => null),
    Promise.all((c.conflicts || []).map((x) => api.getContributor(x).catch(() => ({ id: x, name: x })))),
    api.getContributions(c.id).catch(() => null),
    api.getWorkspace().catch(() => null),
    // The same promises as rows with names and the overdue flag.
    api.listObligations({ contributor: id }).catch(() => null),
  ]);
  // Sent here from an idea that was refused: the agreement to accept is
  // preselected, and a link leads back to the idea (its draft kept).
  const wanted = ctx.query.get('accept');
  const back = ctx.query.get('back');
  const backPath = back && back.startsWith('/') && !back.startsWith('//') ? back : null;
  const history = await historyOf([c.id, ...acceptances.map((x) => x.id)]);
  const agreements = agreementPage.items || [];
  const byId = new Map(agreements.map((a) => [a.id, a]));
  const published = agreements.filter((a) => a.latest_version != null && !a.archived);

  const preselected = published.some((a) => a.id === wanted) ? wanted : published[0]?.id || '';
  const agreementSelect = select(preselected, published.map((a) => [a.id, a.title]), { id: 'acceptance-agreement' });
  const versionSelect = h('select', { id: 'acceptance-version' });
  let versionSeq = 0;
  const syncVersions = async () => {
    const mine = ++versionSeq;
    const a = byId.get(agreementSelect.value);
    clear(versionSelect);
    if (!a) return;
    versionSelect.append(h('option', { value: '' }, t('contributor.latest', { n: a.latest_version })));
    // The summary knows only the latest number; the record has every version.
    const full = await api.getAgreement(a.id).catch(() => null);
    if (!full || mine !== versionSeq) return;
    versionSelect.append(...full.versions.slice().reverse().map((v) => h('option', { value: String(v.number) }, t('agreement.versionShort', { n: v.number }))));
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
          const qs = backPath ? `?${new URLSearchParams({ back: backPath })}` : '';
          ctx.navigate(`/contributors/${c.id}${qs}`, { force: true });
        } catch (err) { showError(err); }
      },
    }, field('acceptance.agreement', t('contributor.agreement'), agreementSelect), field('acceptance.version', t('contributor.version'), versionSelect),
    h('button', { type: 'submit', class: 'button' }, t('contributor.recordAcceptance')))
    : h('p', { class: 'muted' }, t('contributor.noPublished'));

  const accepted = acceptances.length
    ? h('ul', { class: 'pairs', id: 'contributor-acceptances' }, acceptances.map((x) => {
      const a = byId.get(x.agreement);
      return h('li', {}, h('a', { href: `#/agreements/${x.agreement}` }, bdi(a ? a.title : x.agreement)),
        h('span', { class: 'muted small' }, ' · ', t('contributor.acceptedVersion', { n: x.version, date: formatDate(x.accepted_at) })),
        a && a.latest_version != null && a.latest_version !== x.version ? h('span', { class: 'badge warn' }, t('contributor.outdated')) : null);
    }))
    : h('p', { class: 'muted' }, t('contributor.noAcceptances'));

  const ideas = ideaPage ? ideaPage.items || [] : [];
  mount(ctx,
    backPath ? h('p', { class: 'callout ok back-callout', role: 'note' }, t('contributor.fromIdea'), ' ',
      h('a', { href: `#${backPath}`, id: 'back-to-idea', class: 'button small primary' }, h('span', { class: 'back-arrow', 'aria-hidden': 'true' }, '←'), ' ', t('contributor.backToIdea'))) : null,
    pageHeader(c.name, {
      back: { href: listHref('/contributors'), label: t('contributor.listTitle') },
      subtitle: h('span', { class: 'header-meta' }, badge('contributor_kind', c.kind), ' ', label('entity', c.entity), c.affiliation ? [' · ', bdi(c.affiliation)] : null,
        c.meta.archived ? [' · ', archivedBadge(true)] : null),
      actions: [
        c.meta.archived || c.foreign ? null : h('a', { class: 'button', href: `#/contributors/${c.id}/edit`, id: 'edit-contributor' }, t('common.edit')),
        archiveButton(ctx, 'contributor', c, { id: 'archive-contributor', confirmKey: 'contributor.confirmArchive', title: c.name, listHref: listPath('/contributors') }),
      ],
    }),
    keptByNote(c, 'contributor-provenance'),
    h('div', { class: 'detail-grid' },
      h('div', { class: 'detail-main' },
        section(t('contributor.expertise'), c.expertise.length ? h('p', { class: 'item-chips' }, c.expertise.map(chip)) : h('p', { class: 'muted' }, t('challenge.nothing')),
          h('h3', {}, t('contributor.groups')), c.groups.length ? h('p', { class: 'item-chips' }, c.groups.map(chip)) : h('p', { class: 'muted' }, t('challenge.nothing'))),
        given ? contributionSections(ctx, c, given, ws, owed || given.obligations || []) : null,
        section(t('contributor.agreements'), accepted, acceptForm),
        section(t('contributor.recognition'), c.recognition.length
          ? h('ul', { class: 'timeline' }, c.recognition.map((r) => h('li', {}, h('span', { class: 'muted small' }, formatDate(r.date)), h('p', { dir: 'auto' }, r.what))))
          : h('p', { class: 'muted' }, t('challenge.nothing'))),
        c.notes ? section(t('contributor.notes'), h('p', { class: 'pre', dir: 'auto' }, c.notes)) : null),
      h('div', { class: 'detail-side' },
        section(t('contributor.contact'), facts([[t('contributor.email'), c.contact.email], [t('contributor.phone'), c.contact.phone], [t('contributor.website'), c.contact.website]])),
        section(t('contributor.ideas'), ideas.length
          ? [h('ul', { class: 'bullets', id: 'contributor-ideas' }, ideas.map((i) => h('li', {}, h('a', { href: `#/ideas/${i.id}` }, bdi(i.title)), ' ', badge('idea_stage', i.stage)))),
            ideaPage.total > ideas.length ? h('p', {}, h('a', { href: `#/ideas?author=${c.id}` }, t('idea.count', { n: ideaPage.total }))) : null]
          : h('p', { class: 'muted' }, t('challenge.nothing'))),
        section(t('contributor.conflicts'), conflicts.length
          ? h('ul', { class: 'bullets', id: 'contributor-conflicts' }, conflicts.map((x) => h('li', {}, h('a', { href: `#/contributors/${x.id}` }, bdi(x.name)))))
          : h('p', { class: 'muted' }, t('contributor.noConflicts'))),
        section(t('common.history'), historyList(history)))));
}

/** What a contributor gave (ideas, reviews, sub-problems taken on) and what
 *  they received (promises owed, recognition points), from one core query. */
function contributionSections(ctx, c, given, ws, owed) {
  const ideas = given.ideas || [];
  const claims = given.claims || [];
  return [
    section(t('contributions.gave'), h('div', { id: 'contributor-gave' },
      h('h3', {}, t('contributions.ideas')),
      ideas.length
        ? h('ul', { class: 'bullets gave-ideas' }, ideas.map((i) => h('li', {}, h('a', { href: `#/ideas/${i.id}` }, bdi(i.title)), ' ', badge('idea_stage', i.stage))))
        : h('p', { class: 'muted' }, t('contributions.noIdeas')),
      h('p', {}, `${t('contributions.reviews')}: `, h('strong', { id: 'contributor-reviews', dataset: { value: String(given.reviews || 0) } }, formatNumber(given.reviews || 0))),
      h('h3', {}, t('contributions.claims')),
      claims.length
        ? h('ul', { class: 'bullets gave-claims', id: 'contributor-claims' }, claims.map((sp) => h('li', { dataset: { id: sp.id } },
          h('a', { href: `#/challenges/${sp.challenge}` }, bdi(sp.title)), ' ', badge('sub_problem_status', sp.status))))
        : h('p', { class: 'muted', id: 'contributor-claims' }, t('contributions.noClaims')))),
    section(t('contributions.received'), h('div', { id: 'contributor-received' },
      h('p', { class: 'points-line' }, `${t('contributions.points')}: `,
        h('strong', { class: 'score-big', id: 'contributor-points', dataset: { value: String(given.points || 0) } }, formatNumber(given.points || 0)), ' ',
        h('a', { href: '#/leaderboard', class: 'small' }, t('contributions.leaderboard'))),
      h('h3', {}, t('contributions.obligations')),
      owed.length
        ? h('ul', { class: 'obligations', id: 'contributor-obligations' }, owed.map((o) => obligationItem(o, {
          people: ws ? ws.organization.people : [], frozen: c.meta.archived,
          onSettled: () => ctx.navigate(`/contributors/${c.id}`, { force: true }),
        })))
        : h('p', { class: 'muted', id: 'contributor-obligations' }, t('contributions.noObligations')))),
  ];
}

export async function edit(ctx, id) {
  const existing = id ? await loadOr404(ctx, 'contributor', () => api.getContributor(id)) : null;
  if (id && !existing) return;
  const c = existing || { name: '', entity: 'person', kind: 'supplier', affiliation: '', expertise: [], groups: [], contact: { email: '', phone: '', website: '' }, notes: '', recognition: [], conflicts: [] };
  const declared = await Promise.all((c.conflicts || []).map((x) => api.getContributor(x).catch(() => ({ id: x, name: x, kind: '' }))));
  const conflicts = recordPicker({
    name: 'conflicts',
    id: 'conflict-search',
    label: t('contributor.conflictSearch'),
    placeholder: t('challenge.inviteSearchPlaceholder'),
    selected: declared,
    search: async (text) => ((await api.listContributors({ text, include_archived: false }, { offset: 0, limit: 9 })).items || []).filter((x) => !existing || x.id !== existing.id).slice(0, 8),
    describe: (p) => (p.kind ? label('contributor_kind', p.kind) : ''),
    noMatches: t('challenge.noMatches'),
    addLabel: (p) => t('contributor.conflictAdd', { name: p.name }),
    removeLabel: (p) => t('contributor.conflictRemove', { name: p.name }),
  });
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
  // Recognition rows carry an id only if the core gives them one.
  const rowIds = c.recognition.some((r) => r && 'id' in r);
  const recognition = rowEditor('recognition', t('contributor.recognition'), [
    ...(rowIds ? [{ key: 'id', label: 'id', type: 'hidden' }] : []),
    { key: 'date', label: t('challenge.date'), type: 'date' },
    { key: 'what', label: t('contributor.recognitionWhat') },
  ], c.recognition, { addLabel: t('contributor.addRecognition'), blank: () => ({ id: null, date: today, what: '' }) });

  const collect = () => ({
    name: f.name.value, entity: f.entity.value, kind: f.kind.value, affiliation: f.affiliation.value,
    expertise: readTags(f.expertise), groups: readTags(f.groups),
    contact: { email: f.email.value, phone: f.phone.value, website: f.website.value },
    notes: f.notes.value, recognition: recognition.value(), conflicts: conflicts.value(),
  });
  const { form } = formView(ctx, {
    id: 'contributor-form',
    saveId: 'save-contributor',
    cancelTo: existing ? `/contributors/${existing.id}` : listPath('/contributors'),
    collect,
    check: recognition.check,
    save: async (data) => {
      const saved = existing ? await api.updateContributor(existing.id, existing.meta.revision, data) : await api.createContributor(data);
      toast(existing ? t('common.saved') : t('contributor.created'));
      return `/contributors/${saved.id}`;
    },
    body: [
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
      h('fieldset', { class: 'card' }, h('legend', {}, t('contributor.conflicts')),
        h('p', { class: 'hint' }, t('contributor.conflictsHint')), conflicts.element, h('p', { class: 'field-error', hidden: true })),
    ],
  });
  mount(ctx, pageHeader(existing ? t('contributor.editTitle') : t('contributor.newTitle'), {
    back: existing ? { href: `#/contributors/${existing.id}`, label: existing.name } : { href: listHref('/contributors'), label: t('contributor.listTitle') },
  }), form);
  f.name.focus();
}

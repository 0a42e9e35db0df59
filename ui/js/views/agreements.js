// Agreements: templates with a working draft and immutable published
// versions (each identified by the SHA-256 of its text), and acceptances.

import { api, confirmDialog } from '../api.js';
import { h, bdi } from '../dom.js';
import { t, tx, label, options, formatDate, formatDateTime } from '../i18n.js';
import { field, input, textarea, select, formView } from '../form.js';
import { mount, pageHeader, emptyState, archivedBadge, section, toast, showError, loadOr404, archiveButton } from '../ui.js';
import { listView, listPath, listHref } from '../list.js';
import { historyList, historyOf } from './activity.js';
import { keptByNote } from './bundles.js';

/** The sidebar entry and the routes of this section (main.js assembles them). */
export const nav = { id: 'agreements', label: 'nav.agreements', place: 'main', newPath: '/agreements/new' };
export const routes = [
  ['/agreements', (ctx) => list(ctx)],
  ['/agreements/new', (ctx) => edit(ctx, null)],
  ['/agreements/:id', (ctx, id) => detail(ctx, id)],
  ['/agreements/:id/edit', (ctx, id) => edit(ctx, id)],
];

const ACCEPTANCES_SHOWN = 50;

function card(a) {
  return h('li', {}, h('a', { class: `item-card${a.archived ? ' is-archived' : ''}`, href: `#/agreements/${a.id}`, dataset: { id: a.id } },
    h('div', { class: 'item-top' }, h('span', { class: 'badge kind' }, label('agreement_kind', a.kind)),
      a.latest_version != null ? h('span', { class: 'badge version' }, t('agreement.latestVersion', { n: a.latest_version })) : h('span', { class: 'badge warn' }, t('agreement.notPublished')),
      a.latest_version != null && a.has_unpublished_changes ? h('span', { class: 'badge warn' }, t('agreement.unpublished')) : null,
      archivedBadge(a.archived)),
    h('h2', { class: 'item-title', dir: 'auto' }, a.title),
    a.summary ? h('p', { class: 'muted small', dir: 'auto' }, a.summary) : null));
}

export function list(ctx) {
  return listView(ctx, {
    path: '/agreements',
    title: t('agreement.listTitle'),
    actions: [h('a', { class: 'button primary', href: '#/agreements/new', id: 'new-agreement' }, t('agreement.new'))],
    search: { id: 'agreement-search', label: t('agreement.searchLabel'), placeholder: t('agreement.searchPlaceholder') },
    filters: [
      { key: 'include_archived', param: 'archived', type: 'checkbox', id: 'filter-agreements-archived', label: t('common.showArchived') },
    ],
    listId: 'agreement-list',
    fetch: (filter, page) => api.listAgreements(filter, page),
    count: (n) => t('agreement.count', { n }),
    empty: () => emptyState(t('agreement.emptyTitle'), t('agreement.emptyBody'), h('a', { class: 'button primary', href: '#/agreements/new' }, t('agreement.new'))),
    emptyFiltered: t('agreement.emptyFiltered'),
    render: (items) => h('ul', { class: 'cards' }, items.map(card)),
  });
}

/** Acceptances with the contributors' names, a page at a time (names are
 *  looked up only for the rows shown). */
function acceptanceList(acceptances) {
  const ul = h('ul', { class: 'pairs', id: 'agreement-acceptances' });
  const more = h('button', { type: 'button', class: 'button small', hidden: true, onclick: () => show() }, t('common.loadMore'));
  let shown = 0;
  const names = new Map();
  async function show() {
    const batch = acceptances.slice(shown, shown + ACCEPTANCES_SHOWN);
    shown += batch.length;
    const missing = [...new Set(batch.map((x) => x.contributor))].filter((id) => !names.has(id));
    await Promise.all(missing.map(async (id) => {
      const p = await api.getContributor(id).catch(() => null);
      names.set(id, p ? p.name : id);
    }));
    ul.append(...batch.map((x) => h('li', {}, h('a', { href: `#/contributors/${x.contributor}` }, bdi(names.get(x.contributor) || x.contributor)),
      h('span', { class: 'muted small' }, t('agreement.acceptedOn', { version: x.version, date: formatDate(x.accepted_at) })))));
    more.hidden = shown >= acceptances.length;
  }
  return { element: h('div', {}, ul, more), show };
}

export async function detail(ctx, id) {
  const a = await loadOr404(ctx, 'agreement', () => api.getAgreement(id));
  if (!a) return;
  const acceptances = await api.listAcceptances({ agreement: a.id });
  const history = await historyOf([a.id, ...acceptances.map((x) => x.id)]);
  const nextNumber = a.versions.length ? a.versions[a.versions.length - 1].number + 1 : 1;
  const latest = a.versions[a.versions.length - 1];
  const problems = a.publish_problems || [];

  // Why publishing is not possible, shown instead of asking to confirm.
  const problemBox = h('div', { class: 'callout warn', id: 'publish-problems', role: 'alert', tabindex: '-1', hidden: true },
    h('p', { class: 'summary-title' }, t('agreement.cannotPublish')),
    h('ul', {}, problems.map((p) => h('li', {}, p.message))));
  const publishButton = h('button', {
    type: 'button', class: 'button primary', id: 'publish-agreement', disabled: !a.has_unpublished_changes || a.meta.archived,
    onclick: async () => {
      if (problems.length) { problemBox.hidden = false; problemBox.focus(); return; }
      if (!(await confirmDialog(t('agreement.confirmPublish', { n: nextNumber }), { okLabel: t('agreement.publish', { n: nextNumber }), cancelLabel: t('common.cancel') }))) return;
      try {
        const updated = await api.publishAgreement(a.id, a.meta.revision);
        toast(t('agreement.published', { n: updated.versions[updated.versions.length - 1].number }));
        ctx.navigate(`/agreements/${a.id}`, { force: true });
      } catch (e) { showError(e); }
    },
  }, t('agreement.publish', { n: nextNumber }));

  const draftState = !latest ? t('agreement.notPublished') : a.has_unpublished_changes ? t('agreement.unpublished') : t('agreement.upToDate', { n: latest.number });
  const accepted = acceptanceList(acceptances);
  if (acceptances.length) await accepted.show();

  mount(ctx,
    pageHeader(a.title, {
      back: { href: listHref('/agreements'), label: t('agreement.listTitle') },
      subtitle: h('span', { class: 'header-meta' }, h('span', { class: 'badge kind' }, label('agreement_kind', a.kind)), a.summary ? h('span', { dir: 'auto' }, a.summary) : null,
        a.meta.archived ? archivedBadge(true) : null),
      actions: [
        a.meta.archived || a.foreign ? null : h('a', { class: 'button', href: `#/agreements/${a.id}/edit`, id: 'edit-agreement' }, t('common.edit')),
        a.foreign ? null : publishButton,
        archiveButton(ctx, 'agreement', a, { id: 'archive-agreement', confirmKey: 'agreement.confirmArchive', title: a.title, listHref: listPath('/agreements') }),
      ],
    }),
    keptByNote(a, 'agreement-provenance'),
    problemBox,
    h('div', { class: 'detail-grid' },
      h('div', { class: 'detail-main' },
        section(t('agreement.versions'), a.versions.length
          ? h('ul', { class: 'versions', id: 'agreement-versions' }, a.versions.slice().reverse().map((v) => h('li', { dataset: { version: v.number } },
            h('details', { open: v === latest ? true : null },
              h('summary', {}, h('strong', {}, t('agreement.versionLabel', { n: v.number })), ' ',
                h('span', { class: 'muted small' }, '· ', tx('agreement.publishedBy', { date: formatDateTime(v.published_at), who: v.published_by }))),
              h('p', { class: 'sha' }, h('span', { class: 'muted small' }, `${t('agreement.sha')} `), h('code', {}, v.sha256)),
              h('pre', { class: 'agreement-text', dir: 'auto' }, v.text)))))
          : h('p', { class: 'muted' }, t('agreement.noVersions'))),
        section(t('agreement.draftSection'),
          h('p', { class: `draft-state ${a.has_unpublished_changes ? 'warn' : ''}`, id: 'draft-state' }, draftState),
          a.draft ? h('pre', { class: 'agreement-text', id: 'agreement-draft', dir: 'auto' }, a.draft) : h('p', { class: 'muted' }, t('challenge.nothing')),
          h('p', { class: 'hint' }, t('agreement.draftHint')))),
      h('div', { class: 'detail-side' },
        section(t('agreement.acceptances'), acceptances.length ? accepted.element : h('p', { class: 'muted' }, t('agreement.noAcceptances'))),
        section(t('common.history'), historyList(history)))));
}

export async function edit(ctx, id) {
  const existing = id ? await loadOr404(ctx, 'agreement', () => api.getAgreement(id)) : null;
  if (id && !existing) return;
  const a = existing || { title: '', kind: 'nda', summary: '', draft: '' };
  const f = {
    title: input(a.title, { required: true }),
    kind: select(a.kind, options('agreement_kind')),
    summary: input(a.summary),
    draft: textarea(a.draft, { rows: 16, class: 'mono' }),
  };
  const { form } = formView(ctx, {
    id: 'agreement-form',
    saveId: 'save-agreement',
    cancelTo: existing ? `/agreements/${existing.id}` : listPath('/agreements'),
    collect: () => ({ title: f.title.value, kind: f.kind.value, summary: f.summary.value, draft: f.draft.value }),
    save: async (data) => {
      const saved = existing ? await api.updateAgreement(existing.id, existing.meta.revision, data) : await api.createAgreement(data);
      toast(existing ? t('common.saved') : t('agreement.created'));
      return `/agreements/${saved.id}`;
    },
    body: [
      h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.basics')),
        h('div', { class: 'grid-2' },
          field('title', t('agreement.title'), f.title, { wide: true }),
          field('kind', t('agreement.kind'), f.kind),
          field('summary', t('agreement.summary'), f.summary))),
      h('fieldset', { class: 'card' }, h('legend', {}, t('agreement.draftSection')),
        field('draft', t('agreement.draft'), f.draft, { wide: true, hint: t('agreement.draftHint') })),
    ],
  });
  mount(ctx, pageHeader(existing ? t('agreement.editTitle') : t('agreement.newTitle'), {
    back: existing ? { href: `#/agreements/${existing.id}`, label: existing.title } : { href: listHref('/agreements'), label: t('agreement.listTitle') },
  }), form);
  f.title.focus();
}

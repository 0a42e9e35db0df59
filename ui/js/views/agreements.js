// Agreements: templates with a working draft and immutable published
// versions (each identified by the SHA-256 of its text), and acceptances.

import { api, confirmDialog } from '../api.js';
import { h, clear, formatDate, formatDateTime } from '../dom.js';
import { t, label, options } from '../i18n.js';
import { field, input, textarea, select, onSubmit, formKeys } from '../form.js';
import { mount, pageHeader, emptyState, section, toast, showError, debounce, notFound, archiveButton } from '../ui.js';
import { historyList } from './activity.js';

const filters = { text: '', include_archived: false };

export async function list(ctx) {
  const results = h('div', { class: 'list', id: 'agreement-list' });
  const count = h('p', { class: 'muted small', role: 'status' });
  const search = input(filters.text, { type: 'search', id: 'agreement-search', placeholder: t('agreement.searchPlaceholder'), 'aria-label': t('agreement.searchLabel') });
  const archived = h('input', { type: 'checkbox', checked: filters.include_archived });
  async function refresh() {
    filters.text = search.value; filters.include_archived = archived.checked;
    let items;
    try { items = await api.listAgreements(filters.text || null, filters.include_archived); } catch (e) { showError(e); return; }
    clear(results);
    count.textContent = t('agreement.count', { n: items.length });
    if (items.length === 0) {
      results.append(filters.text ? emptyState(t('agreement.emptyFiltered'), '', h('button', { class: 'button', type: 'button', onclick: () => { search.value = ''; refresh(); } }, t('challenge.clearFilters')))
        : emptyState(t('agreement.emptyTitle'), t('agreement.emptyBody'), h('a', { class: 'button primary', href: '#/agreements/new' }, t('agreement.new'))));
      return;
    }
    results.append(h('ul', { class: 'cards' }, items.map((a) => {
      const latest = a.versions[a.versions.length - 1];
      return h('li', {}, h('a', { class: `item-card${a.meta.archived ? ' is-archived' : ''}`, href: `#/agreements/${a.id}`, dataset: { id: a.id } },
        h('div', { class: 'item-top' }, h('span', { class: 'badge kind' }, label('agreement_kind', a.kind)),
          latest ? h('span', { class: 'badge version' }, t('agreement.latestVersion', { n: latest.number })) : h('span', { class: 'badge warn' }, t('agreement.notPublished')),
          latest && a.has_unpublished_changes ? h('span', { class: 'badge warn' }, t('agreement.unpublished')) : null),
        h('h3', { class: 'item-title' }, a.title),
        a.summary ? h('p', { class: 'muted small' }, a.summary) : null));
    })));
  }
  search.addEventListener('input', debounce(refresh));
  archived.addEventListener('change', refresh);
  mount(ctx,
    pageHeader(t('agreement.listTitle'), { actions: [h('a', { class: 'button primary', href: '#/agreements/new', id: 'new-agreement' }, t('agreement.new'))] }),
    h('div', { class: 'toolbar', role: 'search' }, search, h('label', { class: 'check' }, archived, t('common.showArchived')), count),
    results);
  await refresh();
}

export async function detail(ctx, id) {
  let a;
  try { a = await api.getAgreement(id); } catch (e) { notFound(ctx, 'agreement', e); return; }
  const [acceptances, people] = await Promise.all([api.listAcceptances({ agreement: a.id }), api.listContributors({ include_archived: true })]);
  const history = await api.listActivity(0, 50, [a.id, ...acceptances.map((x) => x.id)]).catch(() => []);
  const nameOf = (cid) => people.find((p) => p.id === cid)?.name || cid;
  const nextNumber = a.versions.length ? a.versions[a.versions.length - 1].number + 1 : 1;
  const latest = a.versions[a.versions.length - 1];

  const publishButton = h('button', {
    type: 'button', class: 'button primary', id: 'publish-agreement', disabled: !a.has_unpublished_changes || a.meta.archived,
    onclick: async () => {
      if (!(await confirmDialog(t('agreement.confirmPublish', { n: nextNumber }), { okLabel: t('agreement.publish', { n: nextNumber }) }))) return;
      try {
        const updated = await api.publishAgreement(a.id, a.meta.revision);
        toast(t('agreement.published', { n: updated.versions[updated.versions.length - 1].number }));
        detail(ctx, id);
      } catch (e) { showError(e); }
    },
  }, t('agreement.publish', { n: nextNumber }));

  const draftState = !latest ? t('agreement.notPublished') : a.has_unpublished_changes ? t('agreement.unpublished') : t('agreement.upToDate', { n: latest.number });

  mount(ctx,
    pageHeader(a.title, {
      back: { href: '#/agreements', label: t('agreement.listTitle') },
      subtitle: h('span', { class: 'header-meta' }, h('span', { class: 'badge kind' }, label('agreement_kind', a.kind)), a.summary ? h('span', {}, a.summary) : null),
      actions: [
        h('a', { class: 'button', href: `#/agreements/${a.id}/edit`, id: 'edit-agreement' }, t('common.edit')),
        publishButton,
        archiveButton(ctx, 'agreement', a, { confirmText: t('agreement.confirmArchive', { title: a.title }), archive: api.archiveAgreement }),
      ],
    }),
    h('div', { class: 'detail-grid' },
      h('div', { class: 'detail-main' },
        section(t('agreement.versions'), a.versions.length
          ? h('ul', { class: 'versions', id: 'agreement-versions' }, a.versions.slice().reverse().map((v) => h('li', { dataset: { version: v.number } },
            h('details', { open: v === latest ? true : null },
              h('summary', {}, h('strong', {}, t('agreement.versionLabel', { n: v.number })), h('span', { class: 'muted small' }, ` · ${t('agreement.publishedBy', { date: formatDateTime(v.published_at), who: v.published_by })}`)),
              h('p', { class: 'sha' }, h('span', { class: 'muted small' }, `${t('agreement.sha')} `), h('code', {}, v.sha256)),
              h('pre', { class: 'agreement-text' }, v.text)))))
          : h('p', { class: 'muted' }, t('agreement.noVersions'))),
        section(t('agreement.draftSection'),
          h('p', { class: `draft-state ${a.has_unpublished_changes ? 'warn' : ''}`, id: 'draft-state' }, draftState),
          a.draft ? h('pre', { class: 'agreement-text', id: 'agreement-draft' }, a.draft) : h('p', { class: 'muted' }, t('challenge.nothing')),
          h('p', { class: 'hint' }, t('agreement.draftHint')))),
      h('div', { class: 'detail-side' },
        section(t('agreement.acceptances'), acceptances.length
          ? h('ul', { class: 'pairs', id: 'agreement-acceptances' }, acceptances.map((x) => h('li', {}, h('a', { href: `#/contributors/${x.contributor}` }, nameOf(x.contributor)),
            h('span', { class: 'muted small' }, ` v${x.version} · ${formatDate(x.accepted_at)}`))))
          : h('p', { class: 'muted' }, t('agreement.noAcceptances'))),
        section(t('common.history'), historyList(history)))));
}

export async function edit(ctx, id) {
  const existing = id ? await api.getAgreement(id) : null;
  const a = existing || { title: '', kind: 'nda', summary: '', draft: '' };
  const f = {
    title: input(a.title, { required: true }),
    kind: select(a.kind, options('agreement_kind')),
    summary: input(a.summary),
    draft: textarea(a.draft, { rows: 16, class: 'mono' }),
  };
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true, id: 'form-errors' });
  const saveButton = h('button', { type: 'submit', class: 'button primary', id: 'save-agreement' }, t('common.save'));
  const leave = () => ctx.navigate(existing ? `/agreements/${existing.id}` : '/agreements');
  let cancel = leave;
  const form = h('form', { class: 'form', novalidate: true, id: 'agreement-form' }, summary,
    h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.basics')),
      h('div', { class: 'grid-2' },
        field('title', t('agreement.title'), f.title, { wide: true }),
        field('kind', t('agreement.kind'), f.kind),
        field('summary', t('agreement.summary'), f.summary))),
    h('fieldset', { class: 'card' }, h('legend', {}, t('agreement.draftSection')),
      field('draft', t('agreement.draft'), f.draft, { wide: true, hint: t('agreement.draftHint') })),
    h('div', { class: 'form-actions sticky' }, saveButton, h('button', { type: 'button', class: 'button', onclick: () => cancel() }, t('common.cancel'))));
  cancel = formKeys(form, leave);
  onSubmit(form, summary, saveButton, async () => {
    const data = { title: f.title.value, kind: f.kind.value, summary: f.summary.value, draft: f.draft.value };
    const saved = existing ? await api.updateAgreement(existing.id, existing.meta.revision, data) : await api.createAgreement(data);
    toast(existing ? t('common.saved') : t('agreement.created'));
    ctx.navigate(`/agreements/${saved.id}`);
  });
  mount(ctx, pageHeader(existing ? t('agreement.editTitle') : t('agreement.newTitle'), {
    back: existing ? { href: `#/agreements/${existing.id}`, label: existing.title } : { href: '#/agreements', label: t('agreement.listTitle') },
  }), form);
  f.title.focus();
}

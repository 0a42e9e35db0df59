// Challenges: list with filters, detail with readable sections and lifecycle
// actions, and the edit form with inline validation.

import { api, confirmDialog } from '../api.js';
import { h, bdi, setSanitizedHtml, daysUntil, localToday } from '../dom.js';
import { t, label, options, isolate, ellipsize, formatDate, formatDateTime, formatRelativeDays, formatPercent, formatScore, formatNumber } from '../i18n.js';
import { field, input, textarea, select, linesArea, readLines, tagsInput, readTags, rowEditor, recordPicker, formView } from '../form.js';
import { mount, pageHeader, emptyState, badge, archivedBadge, chip, section, facts, bulletList, toast, showError, loadOr404, archiveButton } from '../ui.js';
import { listView, listPath, listHref } from '../list.js';
import { historyList, historyOf } from './activity.js';
import { workCards } from './work.js';
import { sendAction, provenanceBanner } from './bundles.js';

/** The sidebar entry and the routes of this section (main.js assembles them). */
export const nav = { id: 'challenges', label: 'nav.challenges', place: 'main', newPath: '/challenges/new' };
export const routes = [
  ['/challenges', (ctx) => list(ctx)],
  ['/challenges/new', (ctx) => edit(ctx, null)],
  ['/challenges/:id', (ctx, id) => detail(ctx, id)],
  ['/challenges/:id/edit', (ctx, id) => edit(ctx, id)],
];

const ALL = { offset: 0, limit: null };
/** Ranking rows drawn at first; "Show all" draws the rest. */
const RANKED_SHOWN = 50;

const recordIdeaButton = (c) => h('a', { class: 'button primary', href: `#/ideas/new?challenge=${c.id}`, id: 'record-idea' }, t('challenge.recordIdea'));
const mayRecord = (c) => c.status === 'open' && !c.meta.archived;

/** Before any idea: a small card saying so, with "Record an idea". */
function noIdeasSection(c) {
  return section(t('challenge.ideas'),
    h('div', { id: 'challenge-ideas' },
      h('p', { class: 'muted' }, mayRecord(c) ? t('challenge.noIdeas') : t('challenge.ideasWhenOpen')),
      mayRecord(c) ? h('p', {}, recordIdeaButton(c)) : null));
}

/** The challenge's ideas, ranked by the core: rank, title and stage,
 *  weighted score, reviews and the mean score of each criterion. Full width,
 *  so a challenge with many criteria still fits. */
function rankingSection(c, ranking, total) {
  const rows = ranking || [];
  const criteria = c.criteria || [];
  const score = (v) => (v == null ? h('span', { class: 'muted', title: t('idea.notScored') }, h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'visually-hidden' }, t('idea.notScored'))) : formatScore(v));
  const row = (r) => h('tr', { dataset: { id: r.id, rank: r.rank } },
    h('td', { class: 'num rank' }, formatNumber(r.rank)),
    h('td', {}, h('a', { href: `#/ideas/${r.id}`, dir: 'auto', class: 'idea-link' }, r.title), ' ', badge('idea_stage', r.stage)),
    h('td', { class: 'num weighted' }, r.weighted_score == null ? score(null) : h('strong', {}, formatScore(r.weighted_score))),
    h('td', { class: 'num' }, formatNumber(r.reviews)),
    criteria.map((cr) => h('td', { class: 'num' }, score((r.criteria.find((m) => m.criterion === cr.id) || {}).mean))));
  const body = h('tbody', {}, rows.slice(0, RANKED_SHOWN).map(row));
  const more = rows.length > RANKED_SHOWN ? h('button', {
    type: 'button', class: 'button small', id: 'ranking-more',
    onclick: () => { body.append(...rows.slice(RANKED_SHOWN).map(row)); more.remove(); },
  }, t('challenge.showAllRanked', { n: rows.length - RANKED_SHOWN })) : null;
  return h('div', { class: 'ideas-overview' }, section(t('challenge.ideasRanked'),
    h('div', { class: 'ideas-bar', id: 'challenge-ideas' },
      h('p', { class: 'hint' }, t('challenge.rankingHint')),
      h('div', { class: 'actions' },
        h('a', { class: 'button', href: `#/ideas?challenge=${c.id}`, id: 'all-challenge-ideas' }, t('challenge.allIdeas', { n: total })),
        mayRecord(c) ? recordIdeaButton(c) : null)),
    h('div', { class: 'table-wrap' }, h('table', { class: 'table ranking-table', id: 'ranking-table' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', class: 'num' }, t('challenge.rank')),
        h('th', { scope: 'col', class: 'col-idea' }, t('challenge.rankIdea')),
        h('th', { scope: 'col', class: 'num' }, t('challenge.rankScore')),
        h('th', { scope: 'col', class: 'num' }, t('challenge.rankReviews')),
        criteria.map((cr) => h('th', { scope: 'col', class: 'num', title: t('challenge.meanOf', { name: cr.name }) }, h('span', { dir: 'auto' }, cr.name),
          h('span', { class: 'muted small th-weight' }, ` ${formatPercent(c.total_weight ? cr.weight / c.total_weight : 0)}`))))),
      body)),
    more));
}

function deadlineText(deadline, status) {
  if (!deadline) return t('common.notSet');
  if (status === 'closed') return formatDate(deadline);
  return t('challenge.deadlineWithRelative', { date: formatDate(deadline), relative: formatRelativeDays(daysUntil(deadline)) });
}

function card(c) {
  return h('li', {},
    h('a', { class: `item-card${c.archived ? ' is-archived' : ''}`, href: `#/challenges/${c.id}`, dataset: { id: c.id } },
      h('div', { class: 'item-top' }, badge('challenge_status', c.status), h('span', { class: 'muted small' }, label('challenge_type', c.challenge_type)),
        archivedBadge(c.archived)),
      h('h2', { class: 'item-title', dir: 'auto' }, c.title),
      h('p', { class: 'item-meta muted small' },
        `${t('challenge.deadline')}: ${deadlineText(c.deadline, c.status)}`, ' · ', `${t('challenge.lead')}: `, c.lead ? bdi(c.lead) : t('common.notSet')),
      (c.incentive_kinds || []).length ? h('p', { class: 'item-chips' }, c.incentive_kinds.slice(0, 3).map((k) => chip(label('incentive', k)))) : null));
}

export function list(ctx) {
  return listView(ctx, {
    path: '/challenges',
    title: t('challenge.listTitle'),
    actions: [h('a', { class: 'button primary', href: '#/challenges/new', id: 'new-challenge' }, t('challenge.new'))],
    search: { id: 'challenge-search', label: t('challenge.searchLabel'), placeholder: t('challenge.searchPlaceholder') },
    filters: [
      { key: 'status', type: 'select', id: 'filter-status', label: t('challenge.statusFilter'), options: options('challenge_status') },
      { key: 'challenge_type', param: 'type', type: 'select', id: 'filter-type', label: t('challenge.typeFilter'), options: options('challenge_type') },
      { key: 'include_archived', param: 'archived', type: 'checkbox', id: 'filter-archived', label: t('common.showArchived') },
    ],
    listId: 'challenge-list',
    fetch: (filter, page) => api.listChallenges(filter, page),
    count: (n) => t('challenge.count', { n }),
    empty: () => emptyState(t('challenge.emptyTitle'), t('challenge.emptyBody'), h('a', { class: 'button primary', href: '#/challenges/new' }, t('challenge.new'))),
    emptyFiltered: t('challenge.emptyFiltered'),
    whenEmpty: async (filter) => {
      if (filter.include_archived) return null;
      const all = await api.listChallenges({ include_archived: true }, { offset: 0, limit: 1 });
      return all.total ? t('challenge.archivedHidden', { n: all.total }) : null;
    },
    render: (items) => h('ul', { class: 'cards' }, items.map(card)),
  });
}

/** Links in a brief never navigate the window: a click shows the address,
 *  which can be copied, or opened in the system browser after a question. */
function linkPanel() {
  let href = '';
  const address = h('input', { type: 'text', readOnly: true, class: 'link-address', id: 'link-address', dir: 'ltr', 'aria-label': t('link.address') });
  const note = h('p', { class: 'muted small', hidden: true }, t('link.notOpenable'));
  const open = h('button', {
    type: 'button', class: 'button small primary', id: 'link-open',
    onclick: async () => {
      if (!(await confirmDialog(t('link.confirmOpen', { href: ellipsize(href, 300) }), { okLabel: t('link.open'), cancelLabel: t('common.cancel') }))) return;
      try { await api.openExternal(href); } catch (e) { showError(e); }
    },
  }, t('link.open'));
  const copy = h('button', {
    type: 'button', class: 'button small', id: 'link-copy',
    onclick: async () => {
      try {
        if (!navigator.clipboard || !navigator.clipboard.writeText) throw new Error('no clipboard');
        await navigator.clipboard.writeText(href);
        toast(t('link.copied'));
      } catch {
        // Fallback: select the address so Ctrl+C copies it.
        address.focus();
        address.select();
        let copied = false;
        try { copied = document.execCommand('copy'); } catch { copied = false; }
        toast(copied ? t('link.copied') : t('link.copyManually'));
      }
    },
  }, t('link.copy'));
  const panel = h('div', { class: 'link-panel', id: 'link-panel', role: 'group', 'aria-label': t('link.title'), hidden: true },
    h('span', { class: 'muted small' }, t('link.title')), address, open, copy,
    h('button', { type: 'button', class: 'button icon small', 'aria-label': t('common.close'), title: t('common.close'), onclick: () => { panel.hidden = true; } }, '×'),
    note);
  return {
    element: panel,
    show(target) {
      href = String(target || '').trim();
      if (!href) return;
      const openable = /^(https?:|mailto:)/i.test(href);
      address.value = href;
      open.hidden = !openable;
      note.hidden = openable;
      panel.hidden = false;
      address.focus();
      address.select();
    },
  };
}

export async function detail(ctx, id) {
  const c = await loadOr404(ctx, 'challenge', () => api.getChallenge(id));
  if (!c) return;
  const [history, ideaPage, ranking] = await Promise.all([
    historyOf([c.id]),
    api.listIdeas({ challenge: c.id }, { offset: 0, limit: 1 }).catch(() => null),
    api.rankIdeas(c.id).catch(() => null),
  ]);
  const ideaCount = ideaPage ? ideaPage.total : 0;
  // Questions waiting for the lead are counted in the header, where they see them.
  const toAnswer = h('button', {
    type: 'button', class: 'badge warn to-answer', id: 'questions-to-answer', hidden: true,
    onclick: () => { const card = document.getElementById('qa-card'); if (card) { card.scrollIntoView({ block: 'start' }); (card.querySelector('#open-questions') || card).focus({ preventScroll: true }); } },
  });
  // Posed by another organization (received in a bundle): read-only here;
  // what this copy adds goes back in a response bundle.
  const foreign = Boolean(c.foreign);
  const work = await workCards(ctx, c, {
    foreign,
    onUnanswered: (n) => { toAnswer.hidden = n === 0; toAnswer.textContent = t('challenge.toAnswer', { n }); },
  });
  const back = { href: listHref('/challenges'), label: t('challenge.listTitle') };

  const agreementItem = (ref) => h('span', {}, h('a', { href: `#/agreements/${ref.id}` }, bdi(ref.title)),
    ref.latest_version != null ? h('span', { class: 'muted small' }, ` · ${t('agreement.versionShort', { n: ref.latest_version })}`) : h('span', { class: 'badge warn' }, t('agreement.notPublished')),
    archivedBadge(ref.archived));

  const actions = [];
  actions.push(h('a', { class: 'button', href: `#/challenges/${c.id}/dashboard`, id: 'open-dashboard' }, t('dashboard.open')));
  if (!c.meta.archived && !foreign) actions.push(h('a', { class: 'button', href: `#/challenges/${c.id}/edit`, id: 'edit-challenge' }, t('common.edit')));
  actions.push(sendAction(c));
  if (!c.meta.archived && !foreign) {
    c.next_statuses.forEach((next, i) => {
      const forward = i === 0 && next !== 'closed';
      const labelKey = next === 'open' && c.status !== 'draft' ? 'reopen' : next;
      actions.push(h('button', {
        type: 'button', class: `button ${forward ? 'primary' : ''}`, dataset: { status: next },
        onclick: async () => {
          if (next === 'closed' && !(await confirmDialog(t('challenge.confirmClose', { title: isolate(ellipsize(c.title)) }), { okLabel: t('challenge.moveTo.closed'), cancelLabel: t('common.cancel') }))) return;
          try {
            const updated = await api.setChallengeStatus(c.id, c.meta.revision, next);
            toast(t(`challenge.statusChanged.${updated.status}`));
            ctx.navigate(`/challenges/${c.id}`, { force: true });
          } catch (e) { showError(e); }
        },
      }, t(`challenge.moveTo.${labelKey}`)));
    });
  }
  actions.push(archiveButton(ctx, 'challenge', c, {
    id: 'archive-challenge', confirmKey: 'challenge.confirmArchive', title: c.title, listHref: listPath('/challenges'),
  }));

  const links = linkPanel();
  const brief = h('div', { class: 'prose', id: 'challenge-brief', dir: 'auto' });
  setSanitizedHtml(brief, c.brief_html, (href) => links.show(href));

  const blockers = c.status === 'draft'
    ? h('section', { class: `callout ${c.open_requirements.length ? 'warn' : 'ok'}`, 'aria-label': t('challenge.openBlockers'), id: 'open-blockers' },
      c.open_requirements.length
        ? [h('h2', {}, t('challenge.openBlockers')), h('ul', {}, c.open_requirements.map((p) => h('li', {}, p.message)))]
        : h('p', {}, t('challenge.readyToOpen')))
    : null;

  const total = c.total_weight || 0;
  const criteria = c.criteria.length
    ? h('div', { class: 'table-wrap' }, h('table', { class: 'table fixed criteria-table', id: 'challenge-criteria' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'col-name' }, t('challenge.criterionName')), h('th', { scope: 'col', class: 'col-weight' }, t('challenge.weight')), h('th', { scope: 'col', class: 'col-description' }, t('challenge.description')))),
      h('tbody', {}, c.criteria.map((cr) => {
        const share = total ? cr.weight / total : 0;
        return h('tr', { dataset: { id: cr.id || '' } }, h('td', { dir: 'auto' }, cr.name),
          h('td', { class: 'weight' }, h('span', { class: 'bar', 'aria-hidden': 'true' }, h('span', { class: 'bar-fill', style: { inlineSize: `${Math.round(share * 100)}%` } })),
            ' ', t('challenge.weightOf', { weight: cr.weight, pct: formatPercent(share) })),
          h('td', { dir: 'auto' }, cr.description));
      }))))
    : h('p', { class: 'muted' }, t('challenge.nothing'));

  const invited = c.invited_contributors || [];
  const audience = [
    h('p', { id: 'audience-kind' }, label('audience', c.audience.kind)),
    h('p', { class: 'hint audience-note', id: 'audience-note' }, t(`challenge.audienceNote.${c.audience.kind}`)),
    c.audience.kind === 'invited'
      ? facts([
        [t('challenge.invitedContributors'), invited.length
          ? h('ul', { class: 'bullets' }, invited.map((p) => h('li', {}, h('a', { href: `#/contributors/${p.id}` }, bdi(p.name)), archivedBadge(p.archived))))
          : t('challenge.invitedNobody')],
        [t('challenge.invitedGroups'), c.audience.groups.length ? h('p', { class: 'item-chips' }, c.audience.groups.map(chip)) : ''],
      ])
      : null,
  ];

  mount(ctx,
    pageHeader(c.title, {
      back,
      subtitle: h('span', { class: 'header-meta' }, badge('challenge_status', c.status), ' ', label('challenge_type', c.challenge_type),
        ' · ', `${t('challenge.deadline')}: ${deadlineText(c.deadline, c.status)}`, ' · ', `${t('challenge.lead')}: `, c.lead ? bdi(c.lead) : t('common.notSet'),
        c.meta.archived ? [' · ', archivedBadge(true)] : null, ' ', toAnswer),
      actions,
    }),
    foreign ? provenanceBanner(c) : null,
    blockers,
    ideaCount ? rankingSection(c, ranking, ideaCount) : null,
    h('div', { class: 'detail-grid' },
      h('div', { class: 'detail-main' },
        section(t('challenge.brief'), c.brief ? [brief, links.element] : h('p', { class: 'muted' }, t('challenge.nothing'))),
        ideaCount ? null : noIdeasSection(c),
        work.work,
        work.qa,
        work.disputes,
        work.obligations,
        section(t('challenge.problemSection'),
          c.problem ? h('p', { class: 'pre', id: 'challenge-problem', dir: 'auto' }, c.problem) : null,
          h('h3', {}, t('challenge.goals')), bulletList(c.goals),
          h('h3', {}, t('challenge.successCriteria')), bulletList(c.success_criteria)),
        section(t('challenge.sharingSection'),
          h('h3', {}, t('challenge.assetsShared')), bulletList(c.assets_shared),
          h('h3', {}, t('challenge.lessons')), h('div', { id: 'challenge-lessons' }, bulletList(c.lessons)),
          h('h3', {}, t('challenge.constraints')), bulletList(c.constraints)),
        section(t('challenge.criteria'), criteria,
          c.blind_review ? h('p', { class: 'hint blind-note', id: 'challenge-blind' }, t('challenge.blindReview')) : null),
        section(t('challenge.risks'), c.risks.length
          ? h('ul', { class: 'pairs' }, c.risks.map((r) => h('li', {}, h('strong', { dir: 'auto' }, r.risk), r.mitigation ? h('span', { dir: 'auto' }, '→ ', bdi(r.mitigation)) : null)))
          : h('p', { class: 'muted' }, t('challenge.nothing'))),
        section(t('challenge.decisions'), c.decisions.length
          ? h('ul', { class: 'timeline' }, c.decisions.map((d) => h('li', {},
            h('span', { class: 'muted small' }, `${formatDate(d.date)} · ${label('decision', d.kind)}`, d.by ? [' · ', bdi(d.by)] : null),
            h('p', { dir: 'auto' }, d.text), d.resolution ? h('p', { class: 'resolution' }, `${t('challenge.resolution')}: `, bdi(d.resolution)) : null)))
          : h('p', { class: 'muted' }, t('challenge.nothing')))),
      h('div', { class: 'detail-side' },
        work.exports,
        section(t('challenge.incentives'), c.incentives.length
          ? h('ul', { class: 'incentives', id: 'challenge-incentives' }, c.incentives.map((i) => h('li', {}, h('span', { class: 'chip' }, label('incentive', i.kind)), h('span', { dir: 'auto' }, i.description))))
          : h('p', { class: 'muted' }, t('challenge.nothing'))),
        section(t('challenge.rules'), h('div', { id: 'challenge-rules' }, facts([
          [t('challenge.ipRegime'), label('ip_regime', c.rules.ip_regime)],
          [t('challenge.conduct'), c.rules.conduct],
          [t('challenge.confidentiality'), c.rules.confidentiality],
          [t('challenge.ideaHandling'), c.rules.idea_handling],
          [t('challenge.disputeResolution'), c.rules.dispute_resolution],
        ]))),
        section(t('challenge.requiredAgreements'), bulletList((c.required_agreement_refs || []).map(agreementItem))),
        section(t('challenge.audience'), h('div', { id: 'challenge-audience' }, audience)),
        section(t('common.history'), historyList(history),
          h('p', { class: 'muted small' }, t('common.revision', { n: c.meta.revision }), ' · ', t('common.created', { date: formatDateTime(c.meta.created_at) }))))));
  // Unsent text in a question, answer, note or new sub-problem is an edit:
  // leaving asks first.
  ctx.setGuard(() => [...ctx.main.querySelectorAll('.work-form textarea, .work-form input[type="text"]')].some((el) => el.value.trim() !== ''));
}

export async function edit(ctx, id) {
  const existing = id ? await loadOr404(ctx, 'challenge', () => api.getChallenge(id)) : null;
  if (id && !existing) return;
  // Archived agreements stay listed when already required, so saving keeps them.
  const [agreementPage, ws] = await Promise.all([
    api.listAgreements({ include_archived: true }, ALL), api.getWorkspace().catch(() => null),
  ]);
  const peopleList = h('datalist', { id: 'people-names' }, (ws ? ws.organization.people : []).map((p) => h('option', { value: p.name }, p.role)));
  const c = existing || {
    title: '', brief: '', problem: '', goals: [], success_criteria: [], assets_shared: [], lessons: [], constraints: [],
    challenge_type: 'ideation', lead: ctx.workspace.user_name || '', deadline: null,
    audience: { kind: 'internal_only', contributors: [], groups: [] },
    rules: { conduct: '', confidentiality: '', idea_handling: '', dispute_resolution: '', ip_regime: 'none' },
    required_agreements: [], incentives: [], criteria: [], risks: [], decisions: [], invited_contributors: [], blind_review: false,
  };
  const agreementsList = (agreementPage.items || []).filter((a) => !a.archived || c.required_agreements.includes(a.id));

  const f = {
    title: input(c.title, { required: true }),
    challenge_type: select(c.challenge_type, options('challenge_type')),
    lead: input(c.lead, { list: 'people-names' }),
    deadline: input(c.deadline || '', { type: 'date' }),
    brief: textarea(c.brief, { rows: 10, class: 'mono', dataset: { field: 'brief' }, name: 'brief', id: 'f-brief' }),
    problem: textarea(c.problem, { rows: 4 }),
    goals: linesArea(c.goals),
    success_criteria: linesArea(c.success_criteria),
    assets_shared: linesArea(c.assets_shared),
    lessons: linesArea(c.lessons),
    constraints: linesArea(c.constraints),
    audience_kind: select(c.audience.kind, options('audience')),
    audience_groups: tagsInput(c.audience.groups),
    conduct: textarea(c.rules.conduct, { rows: 3 }),
    confidentiality: textarea(c.rules.confidentiality, { rows: 3 }),
    idea_handling: textarea(c.rules.idea_handling, { rows: 3 }),
    dispute_resolution: textarea(c.rules.dispute_resolution, { rows: 3 }),
    ip_regime: select(c.rules.ip_regime, options('ip_regime')),
    blind_review: h('input', { type: 'checkbox', id: 'f-blind-review', checked: Boolean(c.blind_review), dataset: { field: 'blind_review' }, name: 'blind_review', 'aria-describedby': 'f-blind-review-hint' }),
  };

  // Contributors may number in the thousands: pick them by searching.
  const invitees = recordPicker({
    name: 'audience.contributors',
    label: t('challenge.inviteSearch'),
    placeholder: t('challenge.inviteSearchPlaceholder'),
    selected: c.invited_contributors || [],
    search: async (text) => (await api.listContributors({ text, include_archived: false }, { offset: 0, limit: 8 })).items || [],
    describe: (p) => label('contributor_kind', p.kind),
    noMatches: t('challenge.noMatches'),
    addLabel: (p) => t('challenge.invite', { name: p.name }),
    removeLabel: (p) => t('challenge.uninvite', { name: p.name }),
  });
  const agreementsBox = h('div', { class: 'checklist', tabindex: '-1', dataset: { field: 'required_agreements' } }, agreementsList.length
    ? agreementsList.map((a) => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: a.id, checked: c.required_agreements.includes(a.id) }), bdi(a.title),
      h('span', { class: 'muted small' }, ' · ', a.latest_version != null ? t('agreement.versionShort', { n: a.latest_version }) : t('agreement.notPublished')), archivedBadge(a.archived)))
    : h('p', { class: 'muted' }, t('challenge.noAgreements')));
  const invitedWrap = h('div', { class: 'invited' },
    h('fieldset', { class: 'plain' }, h('legend', {}, t('challenge.invitedContributors')), invitees.element, h('p', { class: 'field-error', hidden: true })),
    field('audience.groups', t('challenge.invitedGroups'), f.audience_groups, { hint: t('challenge.groupsHint') }));
  const audienceField = field('audience', t('challenge.audienceKind'), f.audience_kind, { hint: t(`challenge.audienceNote.${c.audience.kind}`) });
  const syncAudience = () => {
    invitedWrap.hidden = f.audience_kind.value !== 'invited';
    audienceField.querySelector('.hint').textContent = t(`challenge.audienceNote.${f.audience_kind.value}`);
  };
  f.audience_kind.addEventListener('change', syncAudience);
  syncAudience();

  const idColumn = { key: 'id', label: 'id', type: 'hidden' };
  const incentives = rowEditor('incentives', t('challenge.incentives'), [
    idColumn,
    { key: 'kind', label: t('challenge.incentiveKind'), type: 'select', options: options('incentive') },
    { key: 'description', label: t('challenge.incentiveDescription') },
  ], c.incentives, { addLabel: t('challenge.addIncentive'), hint: t('challenge.incentivesHint'), blank: () => ({ id: null, kind: 'money', description: '' }) });
  const criteria = rowEditor('criteria', t('challenge.criteria'), [
    idColumn,
    { key: 'name', label: t('challenge.criterionName') },
    { key: 'weight', label: t('challenge.weight'), type: 'integer' },
    { key: 'description', label: t('challenge.description') },
  ], c.criteria, { addLabel: t('challenge.addCriterion'), hint: t('challenge.criteriaHint'), blank: () => ({ id: null, name: '', weight: 10, description: '' }) });
  const risks = rowEditor('risks', t('challenge.risks'), [
    idColumn,
    { key: 'risk', label: t('challenge.risk') },
    { key: 'mitigation', label: t('challenge.mitigation') },
  ], c.risks, { addLabel: t('challenge.addRisk'), blank: () => ({ id: null, risk: '', mitigation: '' }) });
  const today = localToday();
  const decisions = rowEditor('decisions', t('challenge.decisions'), [
    idColumn,
    { key: 'kind', label: t('challenge.decisionKind'), type: 'select', options: options('decision') },
    { key: 'date', label: t('challenge.date'), type: 'date' },
    { key: 'text', label: t('challenge.text') },
    { key: 'by', label: t('challenge.by') },
    { key: 'resolution', label: t('challenge.resolution') },
  ], c.decisions, { addLabel: t('challenge.addDecision'), blank: () => ({ id: null, kind: 'decision', date: today, text: '', by: ctx.workspace.user_name || '', resolution: '' }) });

  // Brief editor with a preview rendered (and sanitized) in Rust.
  const preview = h('div', { class: 'prose preview', hidden: true, id: 'brief-preview', dir: 'auto' });
  const previewToggle = h('button', {
    type: 'button', class: 'button subtle small', 'aria-pressed': 'false',
    onclick: async () => {
      const showing = preview.hidden;
      if (showing) {
        try { setSanitizedHtml(preview, await api.renderMarkdown(f.brief.value), () => {}); } catch (e) { showError(e); return; }
      }
      preview.hidden = !showing; f.brief.hidden = showing;
      previewToggle.setAttribute('aria-pressed', String(showing));
      previewToggle.textContent = showing ? t('common.write') : t('common.preview');
    },
  }, t('common.preview'));

  const collect = () => ({
    title: f.title.value,
    brief: f.brief.value,
    problem: f.problem.value,
    goals: readLines(f.goals),
    success_criteria: readLines(f.success_criteria),
    assets_shared: readLines(f.assets_shared),
    lessons: readLines(f.lessons),
    constraints: readLines(f.constraints),
    challenge_type: f.challenge_type.value,
    lead: f.lead.value,
    deadline: f.deadline.value || null,
    audience: {
      kind: f.audience_kind.value,
      contributors: f.audience_kind.value === 'invited' ? invitees.value() : [],
      groups: f.audience_kind.value === 'invited' ? readTags(f.audience_groups) : [],
    },
    rules: { conduct: f.conduct.value, confidentiality: f.confidentiality.value, idea_handling: f.idea_handling.value, dispute_resolution: f.dispute_resolution.value, ip_regime: f.ip_regime.value },
    required_agreements: [...agreementsBox.querySelectorAll('input:checked')].map((i) => i.value),
    incentives: incentives.value(),
    criteria: criteria.value(),
    risks: risks.value(),
    decisions: decisions.value(),
    blind_review: f.blind_review.checked,
  });

  const { form } = formView(ctx, {
    id: 'challenge-form',
    saveId: 'save-challenge',
    cancelTo: existing ? `/challenges/${existing.id}` : listPath('/challenges'),
    collect,
    check: () => decisions.check(),
    save: async (data) => {
      const saved = existing
        ? await api.updateChallenge(existing.id, existing.meta.revision, data)
        : await api.createChallenge(data);
      toast(existing ? t('common.saved') : t('challenge.created'));
      return `/challenges/${saved.id}`;
    },
    body: [
      h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.basics')),
        h('div', { class: 'grid-2' },
          field('title', t('challenge.title'), f.title, { wide: true }),
          field('challenge_type', t('challenge.type'), f.challenge_type),
          field('deadline', t('challenge.deadline'), f.deadline),
          field('lead', t('challenge.lead'), f.lead), peopleList)),
      h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.briefSection')),
        h('div', { class: 'field wide', dataset: { for: 'brief' } },
          h('div', { class: 'label-row' }, h('label', { for: 'f-brief' }, t('challenge.brief')), previewToggle),
          f.brief, preview,
          h('p', { class: 'hint' }, t('challenge.briefHint')), h('p', { class: 'field-error', hidden: true }))),
      h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.problemSection')),
        field('problem', t('challenge.problem'), f.problem, { wide: true }),
        h('div', { class: 'grid-2' },
          field('goals', t('challenge.goals'), f.goals, { hint: t('common.oneLine') }),
          field('success_criteria', t('challenge.successCriteria'), f.success_criteria, { hint: t('common.oneLine') }))),
      h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.sharingSection')),
        h('div', { class: 'grid-2' },
          field('assets_shared', t('challenge.assetsShared'), f.assets_shared, { hint: t('challenge.assetsHint') }),
          field('lessons', t('challenge.lessons'), f.lessons, { hint: t('challenge.lessonsHint') }),
          field('constraints', t('challenge.constraints'), f.constraints, { hint: t('common.oneLine') }))),
      h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.incentives')), incentives.element),
      h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.rules')),
        field('rules.ip_regime', t('challenge.ipRegime'), f.ip_regime),
        h('div', { class: 'grid-2' },
          field('rules.conduct', t('challenge.conduct'), f.conduct),
          field('rules.confidentiality', t('challenge.confidentiality'), f.confidentiality),
          field('rules.idea_handling', t('challenge.ideaHandling'), f.idea_handling),
          field('rules.dispute_resolution', t('challenge.disputeResolution'), f.dispute_resolution)),
        h('fieldset', { class: 'plain' }, h('legend', {}, t('challenge.requiredAgreements')), h('p', { class: 'hint' }, t('challenge.requiredAgreementsHint')), agreementsBox, h('p', { class: 'field-error', hidden: true }))),
      h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.audience')), audienceField, invitedWrap),
      h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.criteria')), criteria.element,
        h('div', { class: 'field wide blind-field', dataset: { for: 'blind_review' } },
          h('label', { class: 'check' }, f.blind_review, t('challenge.blindReview')),
          h('p', { class: 'hint', id: 'f-blind-review-hint' }, t('challenge.blindReviewHint')),
          h('p', { class: 'field-error', hidden: true }))),
      h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.risks')), risks.element),
      h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.decisions')), decisions.element),
    ],
  });

  mount(ctx,
    pageHeader(existing ? t('challenge.editTitle') : t('challenge.newTitle'), {
      back: existing ? { href: `#/challenges/${existing.id}`, label: existing.title } : { href: listHref('/challenges'), label: t('challenge.listTitle') },
    }),
    form);
  f.title.focus();
}

// Challenges: list with filters, detail with readable sections and lifecycle
// actions, and the edit form with inline validation.

import { api, confirmDialog } from '../api.js';
import { h, clear, setSanitizedHtml, formatDate, formatDateTime, daysUntil, localToday } from '../dom.js';
import { t, label, options } from '../i18n.js';
import { field, input, textarea, select, linesArea, readLines, tagsInput, readTags, rowEditor, onSubmit, formKeys } from '../form.js';
import { mount, pageHeader, emptyState, badge, chip, section, facts, bulletList, toast, showError, debounce, notFound, archiveButton } from '../ui.js';
import { historyList } from './activity.js';

const filters = { text: '', status: '', challenge_type: '', include_archived: false };

function deadlineText(deadline, status) {
  if (!deadline) return t('common.notSet');
  if (status === 'closed') return formatDate(deadline);
  const d = daysUntil(deadline);
  let rel;
  if (d === 0) rel = t('challenge.deadlineToday');
  else if (d === 1) rel = t('challenge.deadlineInOne');
  else if (d === -1) rel = t('challenge.deadlinePastOne');
  else rel = d > 0 ? t('challenge.deadlineIn', { n: d }) : t('challenge.deadlinePast', { n: -d });
  return `${formatDate(deadline)} (${rel})`;
}

export async function list(ctx) {
  const results = h('div', { class: 'list', id: 'challenge-list' });
  const count = h('p', { class: 'muted small', role: 'status' });
  const search = input(filters.text, { type: 'search', id: 'challenge-search', placeholder: t('challenge.searchPlaceholder'), 'aria-label': t('challenge.searchLabel') });
  const status = select(filters.status, [['', `${t('challenge.statusFilter')}: ${t('common.all')}`], ...options('challenge_status')], { id: 'filter-status', 'aria-label': t('challenge.statusFilter') });
  const type = select(filters.challenge_type, [['', `${t('challenge.typeFilter')}: ${t('common.all')}`], ...options('challenge_type')], { id: 'filter-type', 'aria-label': t('challenge.typeFilter') });
  const archived = h('input', { type: 'checkbox', id: 'filter-archived', checked: filters.include_archived });

  async function refresh() {
    filters.text = search.value; filters.status = status.value; filters.challenge_type = type.value; filters.include_archived = archived.checked;
    const filter = { text: filters.text || null, status: filters.status || null, challenge_type: filters.challenge_type || null, include_archived: filters.include_archived };
    let items;
    try { items = await api.listChallenges(filter); } catch (e) { showError(e); return; }
    clear(results);
    const filtered = filters.text || filters.status || filters.challenge_type;
    count.textContent = t('challenge.count', { n: items.length });
    if (items.length === 0) {
      results.append(filtered
        ? emptyState(t('challenge.emptyFiltered'), '', h('button', { class: 'button', type: 'button', onclick: () => { search.value = ''; status.value = ''; type.value = ''; refresh(); } }, t('challenge.clearFilters')))
        : emptyState(t('challenge.emptyTitle'), t('challenge.emptyBody'), h('a', { class: 'button primary', href: '#/challenges/new' }, t('challenge.new'))));
      if (!filtered && !filters.include_archived) {
        const hidden = await api.listChallenges({ include_archived: true }).catch(() => []);
        if (hidden.length) results.querySelector('.empty p')?.replaceChildren(t('challenge.archivedHidden', { n: hidden.length }));
      }
      return;
    }
    results.append(h('ul', { class: 'cards' }, items.map((c) => h('li', {},
      h('a', { class: `item-card${c.meta.archived ? ' is-archived' : ''}`, href: `#/challenges/${c.id}`, dataset: { id: c.id } },
        h('div', { class: 'item-top' }, badge('challenge_status', c.status), h('span', { class: 'muted small' }, label('challenge_type', c.challenge_type)),
          c.meta.archived ? h('span', { class: 'badge archived' }, t('common.archived')) : null),
        h('h3', { class: 'item-title' }, c.title),
        h('p', { class: 'item-meta muted small' },
          `${t('challenge.deadline')}: ${deadlineText(c.deadline, c.status)}`, ' · ', `${t('challenge.lead')}: ${c.lead || t('common.notSet')}`),
        c.incentives.length ? h('p', { class: 'item-chips' }, c.incentives.slice(0, 3).map((i) => chip(label('incentive', i.kind)))) : null)))));
  }
  const debounced = debounce(refresh);
  search.addEventListener('input', debounced);
  [status, type, archived].forEach((el) => el.addEventListener('change', refresh));

  mount(ctx,
    pageHeader(t('challenge.listTitle'), { actions: [h('a', { class: 'button primary', href: '#/challenges/new', id: 'new-challenge' }, t('challenge.new'))] }),
    h('div', { class: 'toolbar', role: 'search' }, search, status, type,
      h('label', { class: 'check' }, archived, t('common.showArchived')), count),
    results);
  await refresh();
}

export async function detail(ctx, id) {
  let c;
  try { c = await api.getChallenge(id); } catch (e) { notFound(ctx, 'challenge', e); return; }
  const [agreementsList, contributorsList, history] = await Promise.all([
    api.listAgreements(null, true).catch(() => []), api.listContributors({ include_archived: true }).catch(() => []), api.listActivity(0, 50, [c.id]).catch(() => []),
  ]);
  const agreementItem = (aid) => {
    const a = agreementsList.find((x) => x.id === aid);
    if (!a) return aid;
    const latest = a.versions[a.versions.length - 1];
    return h('span', {}, h('a', { href: `#/agreements/${a.id}` }, a.title),
      latest ? h('span', { class: 'muted small' }, ` · v${latest.number}`) : h('span', { class: 'badge warn' }, t('agreement.notPublished')),
      a.meta.archived ? h('span', { class: 'badge archived' }, t('common.archived')) : null);
  };
  const contributorName = (cid) => contributorsList.find((x) => x.id === cid)?.name || cid;

  const actions = [];
  if (!c.meta.archived) actions.push(h('a', { class: 'button', href: `#/challenges/${c.id}/edit`, id: 'edit-challenge' }, t('common.edit')));
  if (!c.meta.archived) {
    c.next_statuses.forEach((next, i) => {
      const forward = i === 0 && next !== 'closed';
      const labelKey = next === 'open' && c.status !== 'draft' ? 'reopen' : next;
      actions.push(h('button', {
        type: 'button', class: `button ${forward ? 'primary' : ''}`, dataset: { status: next },
        onclick: async () => {
          if (next === 'closed' && !(await confirmDialog(t('challenge.confirmClose', { title: c.title }), { okLabel: t('challenge.moveTo.closed') }))) return;
          try {
            const updated = await api.setChallengeStatus(c.id, c.meta.revision, next);
            toast(t('challenge.statusChanged', { status: label('challenge_status', updated.status) }));
            detail(ctx, id);
          } catch (e) { showError(e); }
        },
      }, t(`challenge.moveTo.${labelKey}`)));
    });
  }
  actions.push(archiveButton(ctx, 'challenge', c, {
    id: 'archive-challenge', confirmText: t('challenge.confirmArchive', { title: c.title }), archive: api.archiveChallenge,
  }));

  const brief = h('div', { class: 'prose', id: 'challenge-brief' });
  setSanitizedHtml(brief, c.brief_html, (href) => toast(t('common.linkBlocked', { href })));

  const blockers = c.status === 'draft'
    ? h('section', { class: `callout ${c.open_requirements.length ? 'warn' : 'ok'}`, 'aria-label': t('challenge.openBlockers') },
      c.open_requirements.length
        ? [h('h2', {}, t('challenge.openBlockers')), h('ul', {}, c.open_requirements.map((p) => h('li', {}, p.message)))]
        : h('p', {}, t('challenge.readyToOpen')))
    : null;

  const total = c.total_weight || 0;
  const criteria = c.criteria.length
    ? h('table', { class: 'table', id: 'challenge-criteria' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('challenge.criterionName')), h('th', { scope: 'col' }, t('challenge.weight')), h('th', { scope: 'col' }, t('challenge.description')))),
      h('tbody', {}, c.criteria.map((cr) => {
        const pct = total ? Math.round((cr.weight / total) * 100) : 0;
        return h('tr', {}, h('td', {}, cr.name),
          h('td', { class: 'weight' }, h('span', { class: 'bar', 'aria-hidden': 'true' }, h('span', { class: 'bar-fill', style: { inlineSize: `${pct}%` } })), ` ${cr.weight} (${t('challenge.weightShare', { pct })})`),
          h('td', {}, cr.description));
      })))
    : h('p', { class: 'muted' }, t('challenge.nothing'));

  const audience = [
    h('p', {}, label('audience', c.audience.kind)),
    c.audience.kind === 'invited'
      ? facts([[t('challenge.invitedContributors'), c.audience.contributors.map(contributorName).join(', ')], [t('challenge.invitedGroups'), c.audience.groups.join(', ')]])
      : null,
  ];

  mount(ctx,
    pageHeader(c.title, {
      back: { href: '#/challenges', label: t('challenge.listTitle') },
      subtitle: h('span', { class: 'header-meta' }, badge('challenge_status', c.status), ' ', label('challenge_type', c.challenge_type),
        ' · ', `${t('challenge.deadline')}: ${deadlineText(c.deadline, c.status)}`, ' · ', `${t('challenge.lead')}: ${c.lead || t('common.notSet')}`,
        c.meta.archived ? [' · ', h('span', { class: 'badge archived' }, t('common.archived'))] : null),
      actions,
    }),
    blockers,
    h('div', { class: 'detail-grid' },
      h('div', { class: 'detail-main' },
        section(t('challenge.brief'), c.brief ? brief : h('p', { class: 'muted' }, t('challenge.nothing'))),
        section(t('challenge.problemSection'),
          c.problem ? h('p', { class: 'pre', id: 'challenge-problem' }, c.problem) : null,
          h('h3', {}, t('challenge.goals')), bulletList(c.goals),
          h('h3', {}, t('challenge.successCriteria')), bulletList(c.success_criteria)),
        section(t('challenge.sharingSection'),
          h('h3', {}, t('challenge.assetsShared')), bulletList(c.assets_shared),
          h('h3', {}, t('challenge.lessons')), bulletList(c.lessons),
          h('h3', {}, t('challenge.constraints')), bulletList(c.constraints)),
        section(t('challenge.criteria'), criteria),
        section(t('challenge.risks'), c.risks.length
          ? h('ul', { class: 'pairs' }, c.risks.map((r) => h('li', {}, h('strong', {}, r.risk), r.mitigation ? h('span', {}, `→ ${r.mitigation}`) : null)))
          : h('p', { class: 'muted' }, t('challenge.nothing'))),
        section(t('challenge.decisions'), c.decisions.length
          ? h('ul', { class: 'timeline' }, c.decisions.map((d) => h('li', {},
            h('span', { class: 'muted small' }, `${formatDate(d.date)} · ${label('decision', d.kind)}${d.by ? ` · ${d.by}` : ''}`),
            h('p', {}, d.text), d.resolution ? h('p', { class: 'resolution' }, `${t('challenge.resolution')}: ${d.resolution}`) : null)))
          : h('p', { class: 'muted' }, t('challenge.nothing')))),
      h('div', { class: 'detail-side' },
        section(t('challenge.incentives'), c.incentives.length
          ? h('ul', { class: 'incentives', id: 'challenge-incentives' }, c.incentives.map((i) => h('li', {}, h('span', { class: 'chip' }, label('incentive', i.kind)), h('span', {}, i.description))))
          : h('p', { class: 'muted' }, t('challenge.nothing'))),
        section(t('challenge.rules'), h('div', { id: 'challenge-rules' }, facts([
          [t('challenge.ipRegime'), label('ip_regime', c.rules.ip_regime)],
          [t('challenge.conduct'), c.rules.conduct],
          [t('challenge.confidentiality'), c.rules.confidentiality],
          [t('challenge.ideaHandling'), c.rules.idea_handling],
          [t('challenge.disputeResolution'), c.rules.dispute_resolution],
        ]))),
        section(t('challenge.requiredAgreements'), bulletList(c.required_agreements.map(agreementItem))),
        section(t('challenge.audience'), ...audience),
        section(t('common.history'), historyList(history),
          h('p', { class: 'muted small' }, t('common.revision', { n: c.meta.revision }), ' · ', t('common.created', { date: formatDateTime(c.meta.created_at) }))))));
}

export async function edit(ctx, id) {
  const existing = id ? await api.getChallenge(id) : null;
  // Archived records stay listed when already linked, so saving keeps them.
  const [allAgreements, allContributors, ws] = await Promise.all([
    api.listAgreements(null, true), api.listContributors({ include_archived: true }), api.getWorkspace().catch(() => null),
  ]);
  const peopleList = h('datalist', { id: 'people-names' }, (ws ? ws.organization.people : []).map((p) => h('option', { value: p.name }, p.role)));
  const c = existing || {
    title: '', brief: '', problem: '', goals: [], success_criteria: [], assets_shared: [], lessons: [], constraints: [],
    challenge_type: 'ideation', lead: ctx.workspace.user_name || '', deadline: null,
    audience: { kind: 'internal_only', contributors: [], groups: [] },
    rules: { conduct: '', confidentiality: '', idea_handling: '', dispute_resolution: '', ip_regime: 'none' },
    required_agreements: [], incentives: [], criteria: [], risks: [], decisions: [],
  };
  const agreementsList = allAgreements.filter((a) => !a.meta.archived || c.required_agreements.includes(a.id));
  const contributorsList = allContributors.filter((p) => !p.meta.archived || c.audience.contributors.includes(p.id));
  const archivedMark = (r) => (r.meta.archived ? h('span', { class: 'badge archived' }, t('common.archived')) : null);

  const f = {
    title: input(c.title, { required: true }),
    challenge_type: select(c.challenge_type, options('challenge_type')),
    lead: input(c.lead, { list: 'people-names' }),
    deadline: input(c.deadline || '', { type: 'date' }),
    brief: textarea(c.brief, { rows: 10, class: 'mono', dataset: { field: 'brief' }, name: 'brief' }),
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
  };

  const invitees = h('div', { class: 'checklist', tabindex: '-1', dataset: { field: 'audience.contributors' } }, contributorsList.length
    ? contributorsList.map((p) => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: p.id, checked: c.audience.contributors.includes(p.id) }), p.name, h('span', { class: 'muted small' }, ` · ${label('contributor_kind', p.kind)}`), archivedMark(p)))
    : h('p', { class: 'muted' }, t('contributor.emptyTitle')));
  const agreementsBox = h('div', { class: 'checklist', tabindex: '-1', dataset: { field: 'required_agreements' } }, agreementsList.length
    ? agreementsList.map((a) => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: a.id, checked: c.required_agreements.includes(a.id) }), a.title,
      h('span', { class: 'muted small' }, a.versions.length ? ` · v${a.versions[a.versions.length - 1].number}` : ` · ${t('agreement.notPublished')}`), archivedMark(a)))
    : h('p', { class: 'muted' }, t('challenge.noAgreements')));
  const invitedWrap = h('div', { class: 'invited' },
    h('fieldset', { class: 'plain' }, h('legend', {}, t('challenge.invitedContributors')), invitees, h('p', { class: 'field-error', hidden: true })),
    field('audience.groups', t('challenge.invitedGroups'), f.audience_groups, { hint: t('challenge.groupsHint') }));
  const syncAudience = () => { invitedWrap.hidden = f.audience_kind.value !== 'invited'; };
  f.audience_kind.addEventListener('change', syncAudience);
  syncAudience();

  const incentives = rowEditor('incentives', t('challenge.incentives'), [
    { key: 'kind', label: t('challenge.incentiveKind'), type: 'select', options: options('incentive') },
    { key: 'description', label: t('challenge.incentiveDescription') },
  ], c.incentives, { addLabel: t('challenge.addIncentive'), hint: t('challenge.incentivesHint'), blank: () => ({ kind: 'money', description: '' }) });
  const criteria = rowEditor('criteria', t('challenge.criteria'), [
    { key: 'name', label: t('challenge.criterionName') },
    { key: 'weight', label: t('challenge.weight'), type: 'number' },
    { key: 'description', label: t('challenge.description') },
  ], c.criteria, { addLabel: t('challenge.addCriterion'), hint: t('challenge.criteriaHint'), blank: () => ({ name: '', weight: 10, description: '' }) });
  const risks = rowEditor('risks', t('challenge.risks'), [
    { key: 'risk', label: t('challenge.risk') },
    { key: 'mitigation', label: t('challenge.mitigation') },
  ], c.risks, { addLabel: t('challenge.addRisk'), blank: () => ({ risk: '', mitigation: '' }) });
  const today = localToday();
  const decisions = rowEditor('decisions', t('challenge.decisions'), [
    { key: 'kind', label: t('challenge.decisionKind'), type: 'select', options: options('decision') },
    { key: 'date', label: t('challenge.date'), type: 'date' },
    { key: 'text', label: t('challenge.text') },
    { key: 'by', label: t('challenge.by') },
    { key: 'resolution', label: t('challenge.resolution') },
  ], c.decisions, { addLabel: t('challenge.addDecision'), blank: () => ({ kind: 'decision', date: today, text: '', by: ctx.workspace.user_name || '', resolution: '' }) });

  // Brief editor with a preview rendered (and sanitized) in Rust.
  const preview = h('div', { class: 'prose preview', hidden: true, id: 'brief-preview' });
  const previewToggle = h('button', {
    type: 'button', class: 'button subtle small', 'aria-pressed': 'false',
    onclick: async () => {
      const showing = preview.hidden;
      if (showing) { clear(preview); setSanitizedHtml(preview, await api.renderMarkdown(f.brief.value), () => {}); }
      preview.hidden = !showing; f.brief.hidden = showing;
      previewToggle.setAttribute('aria-pressed', String(showing));
      previewToggle.textContent = showing ? t('common.write') : t('common.preview');
    },
  }, t('common.preview'));

  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true, id: 'form-errors' });
  const saveButton = h('button', { type: 'submit', class: 'button primary', id: 'save-challenge' }, t('common.save'));
  const leave = () => ctx.navigate(existing ? `/challenges/${existing.id}` : '/challenges');
  let cancel = leave;

  const form = h('form', { class: 'form', novalidate: true, id: 'challenge-form' },
    summary,
    h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.basics')),
      h('div', { class: 'grid-2' },
        field('title', t('challenge.title'), f.title, { wide: true }),
        field('challenge_type', t('challenge.type'), f.challenge_type),
        field('deadline', t('challenge.deadline'), f.deadline),
        field('lead', t('challenge.lead'), f.lead), peopleList)),
    h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.briefSection')),
      h('div', { class: 'field wide', dataset: { for: 'brief' } },
        h('div', { class: 'label-row' }, h('label', { for: 'f-brief' }, t('challenge.brief')), previewToggle),
        Object.assign(f.brief, { id: 'f-brief' }), preview,
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
    h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.audience')),
      field('audience', t('challenge.audienceKind'), f.audience_kind), invitedWrap),
    h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.criteria')), criteria.element),
    h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.risks')), risks.element),
    h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.decisions')), decisions.element),
    h('div', { class: 'form-actions sticky' }, saveButton, h('button', { type: 'button', class: 'button', onclick: () => cancel() }, t('common.cancel'))));
  cancel = formKeys(form, leave);

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
      contributors: f.audience_kind.value === 'invited' ? [...invitees.querySelectorAll('input:checked')].map((i) => i.value) : [],
      groups: f.audience_kind.value === 'invited' ? readTags(f.audience_groups) : [],
    },
    rules: { conduct: f.conduct.value, confidentiality: f.confidentiality.value, idea_handling: f.idea_handling.value, dispute_resolution: f.dispute_resolution.value, ip_regime: f.ip_regime.value },
    required_agreements: [...agreementsBox.querySelectorAll('input:checked')].map((i) => i.value),
    incentives: incentives.value(),
    criteria: criteria.value(),
    risks: risks.value(),
    decisions: decisions.value(),
  });

  onSubmit(form, summary, saveButton, async () => {
    const saved = existing
      ? await api.updateChallenge(existing.id, existing.meta.revision, collect())
      : await api.createChallenge(collect());
    toast(existing ? t('common.saved') : t('challenge.created'));
    ctx.navigate(`/challenges/${saved.id}`);
  }, () => [...incentives.check(), ...criteria.check(), ...risks.check(), ...decisions.check()]);

  mount(ctx,
    pageHeader(existing ? t('challenge.editTitle') : t('challenge.newTitle'), {
      back: existing ? { href: `#/challenges/${existing.id}`, label: existing.title } : { href: '#/challenges', label: t('challenge.listTitle') },
    }),
    form);
  f.title.focus();
}

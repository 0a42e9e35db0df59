// The leaderboard: recognition points per contributor (computed in the core
// from documented rules), all time or since a date, by contributor kind. The
// period and kind live in the URL (#/leaderboard?since=2031-01-01&kind=expert).

import { api } from '../api.js';
import { h, bdi, localToday } from '../dom.js';
import { t, label, options, formatNumber } from '../i18n.js';
import { select, input, calendarLine } from '../form.js';
import { mount, pageHeader, section, badge } from '../ui.js';

export const nav = { id: 'leaderboard', label: 'nav.leaderboard', place: 'main' };
export const routes = [['/leaderboard', (ctx) => leaderboard(ctx)]];


/** YYYY-MM-DD of `days` ago (local time). */
function daysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The rules and their points, as the core (opencall_core::work::POINTS)
 *  documents and applies them. */
function rulesCard(rules) {
  return section(t('leaderboard.rules'),
    h('p', { class: 'hint' }, t('leaderboard.rulesHint')),
    h('table', { class: 'table rules-table', id: 'points-rules' },
      h('tbody', {}, rules.map(([r, points]) => h('tr', { dataset: { rule: r } },
        h('th', { scope: 'row' }, t(`leaderboard.rule.${r}`), h('span', { class: 'muted small rule-detail' }, t(`leaderboard.ruleDetail.${r}`))),
        h('td', { class: 'num' }, t('leaderboard.pointsValue', { n: points })))))));
}

export async function leaderboard(ctx) {
  const q = ctx.query;
  const since = /^\d{4}-\d{2}-\d{2}$/.test(q.get('since') || '') ? q.get('since') : '';
  const kind = q.get('kind') || '';
  const [rows, rules] = await Promise.all([api.leaderboard(since || null, kind || null), api.pointsRules()]);

  const presets = [
    ['', t('leaderboard.allTime')],
    [daysAgo(30), t('leaderboard.last30')],
    [daysAgo(90), t('leaderboard.last90')],
    [`${new Date().getFullYear()}-01-01`, t('leaderboard.thisYear')],
  ];
  const preset = presets.some(([v]) => v === since) ? since : 'custom';
  const period = select(preset, [...presets, ['custom', t('leaderboard.custom')]], { id: 'leaderboard-period', 'aria-label': t('leaderboard.period') });
  const sinceInput = input(since, { type: 'date', id: 'leaderboard-since', max: localToday(), 'aria-label': t('leaderboard.since') });
  const sinceField = h('span', { class: 'since-field', hidden: preset !== 'custom' }, sinceInput, calendarLine(sinceInput));
  const kindSel = select(kind, [['', t('common.all')], ...options('contributor_kind')], { id: 'leaderboard-kind', 'aria-label': t('leaderboard.kind') });
  const go = (s, k) => {
    const qs = new URLSearchParams();
    if (s) qs.set('since', s);
    if (k) qs.set('kind', k);
    const str = qs.toString();
    ctx.navigate(`/leaderboard${str ? `?${str}` : ''}`);
  };
  period.addEventListener('change', () => {
    if (period.value === 'custom') { sinceField.hidden = false; sinceInput.focus(); return; }
    go(period.value, kindSel.value);
  });
  sinceInput.addEventListener('change', () => { if (sinceInput.value) go(sinceInput.value, kindSel.value); });
  kindSel.addEventListener('change', () => go(since, kindSel.value));

  const table = rows.length
    ? h('div', { class: 'table-wrap' }, h('table', { class: 'table fixed leaderboard-table', id: 'leaderboard-table' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', class: 'num col-rank' }, t('leaderboard.rank')),
        h('th', { scope: 'col', class: 'col-name' }, t('leaderboard.name')),
        h('th', { scope: 'col', class: 'col-kind' }, t('leaderboard.kind')),
        h('th', { scope: 'col', class: 'num col-points' }, t('leaderboard.points')),
        h('th', { scope: 'col', class: 'col-from' }, t('leaderboard.breakdown')))),
      h('tbody', {}, rows.map((r) => h('tr', { dataset: { contributor: r.contributor, rank: String(r.rank) } },
        h('td', { class: 'num rank' }, formatNumber(r.rank)),
        h('td', { dir: 'auto' }, h('a', { href: `#/contributors/${r.contributor}`, class: 'contributor-name' }, bdi(r.name))),
        h('td', {}, badge('contributor_kind', r.kind)),
        h('td', { class: 'num points' }, h('strong', {}, formatNumber(r.points))),
        h('td', {}, h('ul', { class: 'score-chips' }, (r.by_rule || []).filter(([, p]) => p > 0).map(([rule, p]) => h('li', { dataset: { rule } },
          t(`leaderboard.rule.${rule}`), ' ', h('strong', {}, formatNumber(p)))))))))))
    : h('p', { class: 'muted empty-inline', id: 'leaderboard-table' }, t('leaderboard.empty'));

  mount(ctx,
    pageHeader(t('leaderboard.title'), { subtitle: t('leaderboard.intro') }),
    h('div', { class: 'toolbar', role: 'group', 'aria-label': t('leaderboard.period') },
      h('label', { class: 'toolbar-label', for: 'leaderboard-period' }, t('leaderboard.period')), period, sinceField,
      h('label', { class: 'toolbar-label', for: 'leaderboard-kind' }, t('leaderboard.kind')), kindSel),
    h('div', { class: 'leaderboard-grid' }, h('div', { class: 'card flush' }, table), rulesCard(rules)));
}

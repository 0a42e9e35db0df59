// Dashboards: one challenge at a glance (#/challenges/:id/dashboard) and the
// portfolio of every challenge (#/portfolio, paged). Every number comes from
// one core query per view (get_dashboard, get_portfolio); the UI only draws.

import { api } from '../api.js';
import { h, bdi } from '../dom.js';
import { t, tx, label, formatNumber } from '../i18n.js';
import { mount, pageHeader, emptyState, section, loadOr404 } from '../ui.js';
import { barChart, ring, stat, progress } from '../charts.js';

export const nav = { id: 'portfolio', label: 'nav.portfolio', place: 'main' };
export const routes = [
  ['/portfolio', (ctx) => portfolio(ctx)],
  ['/challenges/:id/dashboard', (ctx, id) => challengeDashboard(ctx, id)],
];

const PAGE = 10;

function funnelChart(d, id) {
  return barChart({
    id, caption: t('dashboard.funnelCaption'), head: [t('dashboard.stage'), t('dashboard.count')], metric: 'funnel', width: 520,
    rows: (d.funnel || []).map(([stage, n]) => ({ key: stage, label: label('idea_stage', stage), value: n, tone: stage === 'rejected' ? 'danger' : 'accent' })),
  });
}

function obligationsChart(d, id) {
  const o = d.obligations || {};
  const tones = { outstanding: 'warn', overdue: 'danger', delivered: 'ok', waived: 'muted' };
  return barChart({
    id, caption: t('dashboard.obligationsCaption'), head: [t('dashboard.status'), t('dashboard.obligations')], metric: 'obligations', width: 300, labelWidth: 100,
    rows: ['outstanding', 'overdue', 'delivered', 'waived'].map((k) => ({ key: k, label: t(`dashboard.obligationStatus.${k}`), value: o[k] || 0, tone: tones[k] })),
  });
}

function participantsChart(d, id) {
  const rows = (d.participants || []).map(([kind, n]) => ({ key: kind, label: label('contributor_kind', kind), value: n }));
  if (!rows.length) return h('p', { class: 'muted', id }, t('dashboard.noParticipants'));
  return barChart({ id, caption: t('dashboard.participantsCaption'), head: [t('dashboard.kind'), t('dashboard.people')], metric: 'participants', rows, width: 300, labelWidth: 130 });
}

function completion(d, id) {
  const sp = d.subproblems || { done: 0, total: 0, completion: 0 };
  return ring({
    id, caption: t('dashboard.completionCaption'), fraction: sp.completion, metric: 'subproblems.completion',
    detail: sp.total
      ? h('span', {}, tx('dashboard.completionDetail', {
        done: h('span', { dataset: { metric: 'subproblems.done', value: String(sp.done) } }, formatNumber(sp.done)),
        total: h('span', { dataset: { metric: 'subproblems.total', value: String(sp.total) } }, formatNumber(sp.total)),
      }))
      : h('span', { class: 'muted' }, t('dashboard.noSubproblems')),
  });
}

function deadline(d) {
  const days = d.days_to_deadline;
  return stat({
    id: 'stat-deadline', label: days == null ? t('dashboard.noDeadline') : (days < 0 ? t('dashboard.pastDeadline') : t('dashboard.days', { n: days })),
    value: days == null ? null : Math.abs(days), metric: 'days_to_deadline', tone: days != null && days < 0 ? 'danger' : (days != null && days <= 14 ? 'warn' : ''),
    // The warning colour says "soon"; so do words.
    note: days != null && days >= 0 && days <= 14 ? t('dashboard.dueSoon') : null,
  });
}

/** The full dashboard of one challenge. */
function dashboardGrid(d) {
  return h('div', { class: 'dash-grid', id: 'dashboard', dataset: { challenge: d.challenge } },
    h('div', { class: 'dash-wide' }, section(t('dashboard.funnel'),
      h('p', { class: 'muted small' }, h('span', { dataset: { metric: 'ideas', value: String(d.ideas) } }, t('dashboard.ideas', { n: d.ideas }))),
      funnelChart(d, 'chart-funnel'))),
    section(t('dashboard.completion'), completion(d, 'chart-completion')),
    section(t('dashboard.deadline'), h('div', { class: 'stats' }, deadline(d))),
    section(t('dashboard.attention'), h('div', { class: 'stats' },
      stat({ id: 'stat-questions', label: t('dashboard.questions'), value: d.open_questions, metric: 'open_questions', tone: d.open_questions ? 'warn' : '' }),
      stat({ id: 'stat-disputes', label: t('dashboard.disputes'), value: d.open_disputes, metric: 'open_disputes', tone: d.open_disputes ? 'danger' : '' }))),
    section(t('dashboard.participants'), participantsChart(d, 'chart-participants')),
    section(t('dashboard.obligations'), obligationsChart(d, 'chart-obligations')));
}

export async function challengeDashboard(ctx, id) {
  const d = await loadOr404(ctx, 'challenge', () => api.getDashboard(id));
  if (!d) return;
  mount(ctx,
    pageHeader(t('dashboard.title', { title: d.title }), {
      back: { href: `#/challenges/${d.challenge}`, label: t('dashboard.back') },
      actions: [h('a', { class: 'button', href: `#/challenges/${d.challenge}`, id: 'dashboard-challenge' }, t('dashboard.openChallenge'))],
    }),
    dashboardGrid(d));
}

/** One challenge in the portfolio: its funnel and the numbers that need attention. */
function portfolioCard(d) {
  const sp = d.subproblems || {};
  const o = d.obligations || {};
  const days = d.days_to_deadline;
  return h('li', { class: 'card portfolio-card', dataset: { challenge: d.challenge } },
    h('div', { class: 'portfolio-head' },
      h('h2', { dir: 'auto' }, h('a', { href: `#/challenges/${d.challenge}` }, bdi(d.title))),
      h('a', { class: 'button small', href: `#/challenges/${d.challenge}/dashboard` }, t('dashboard.openDashboard'))),
    h('div', { class: 'portfolio-body' },
      h('div', { class: 'portfolio-funnel' },
        h('p', { class: 'muted small' }, h('span', { dataset: { metric: 'ideas', value: String(d.ideas) } }, t('dashboard.ideas', { n: d.ideas }))),
        funnelChart(d, null)),
      h('div', { class: 'stats compact' },
        h('div', { class: 'stat' }, progress(sp.completion || 0, { metric: 'subproblems.completion', label: t('dashboard.completionCaption') }),
          h('span', { class: 'stat-label' }, sp.total ? t('dashboard.completionDetail', { done: sp.done, total: sp.total }) : t('dashboard.noSubproblems'))),
        stat({ label: days == null ? t('dashboard.noDeadline') : (days < 0 ? t('dashboard.pastDeadline') : t('dashboard.deadline')), value: days == null ? null : Math.abs(days), metric: 'days_to_deadline', tone: days != null && days < 0 ? 'danger' : '' }),
        stat({ label: t('dashboard.questions'), value: d.open_questions, metric: 'open_questions', tone: d.open_questions ? 'warn' : '' }),
        stat({ label: t('dashboard.disputes'), value: d.open_disputes, metric: 'open_disputes', tone: d.open_disputes ? 'danger' : '' }),
        stat({ label: t('dashboard.obligationStatus.outstanding'), value: o.outstanding || 0, metric: 'obligations.outstanding', note: o.overdue ? `${formatNumber(o.overdue)} ${t('dashboard.obligationStatus.overdue').toLowerCase()}` : null, tone: o.overdue ? 'danger' : '' }))));
}

export async function portfolio(ctx) {
  const pageNo = Math.max(1, Number.parseInt(ctx.query.get('page') || '1', 10) || 1);
  const result = await api.getPortfolio({ offset: (pageNo - 1) * PAGE, limit: PAGE });
  const pages = Math.max(1, Math.ceil(result.total / PAGE));
  const go = (n) => ctx.navigate(`/portfolio${n > 1 ? `?page=${n}` : ''}`);
  const pager = pages > 1 ? h('nav', { class: 'pager', 'aria-label': t('dashboard.portfolio') },
    h('button', { type: 'button', class: 'button', id: 'portfolio-prev', disabled: pageNo <= 1, onclick: () => go(pageNo - 1) }, t('common.previous')),
    h('span', { class: 'muted small', id: 'portfolio-page' }, t('common.pageOf', { page: pageNo, pages })),
    h('button', { type: 'button', class: 'button', id: 'portfolio-next', disabled: pageNo >= pages, onclick: () => go(pageNo + 1) }, t('common.next'))) : null;
  mount(ctx,
    pageHeader(t('dashboard.portfolio'), { subtitle: t('dashboard.portfolioIntro') }),
    result.items.length
      ? [h('p', { class: 'muted small list-count' }, t('dashboard.count', { n: result.total })),
        h('ul', { class: 'portfolio', id: 'portfolio' }, result.items.map(portfolioCard)), pager]
      : emptyState(t('dashboard.empty'), t('challenge.emptyBody'), h('a', { class: 'button primary', href: '#/challenges/new' }, t('challenge.new'))));
}

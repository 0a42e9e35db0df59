// Small SVG charts, built with svg() (no library, no HTML strings).
//
// - Colours come from CSS (classes → CSS variables, text in currentColor), so
//   charts follow the light and dark themes.
// - Under dir=rtl bars grow from the right and a ring runs counter-clockwise.
// - Every chart is a <figure>: its SVG is an image (role="img") whose
//   aria-label says what it shows in words and numbers ("Ideas by stage:
//   Submitted 3, Screening 1 …"), and "Show the numbers" opens the same
//   numbers as a table (the figure's caption as its caption), for anyone who
//   cannot or would rather not read them off bars.
// - Each number a test or a person may look for carries data-metric (and
//   data-value, the raw number).

import { h, svg } from './dom.js';
import { t, formatNumber, formatPercent, formatList } from './i18n.js';

const isRtl = () => (document.documentElement.getAttribute('dir') || '').toLowerCase() === 'rtl';

/** The numbers of a chart as a table, behind "Show the numbers". */
function numbersTable(caption, head, rows) {
  return h('details', { class: 'chart-numbers' },
    h('summary', {}, t('charts.numbers')),
    h('table', { class: 'table chart-table' },
      h('caption', { class: 'visually-hidden' }, caption),
      h('thead', {}, h('tr', {}, head.map((x, i) => h('th', { scope: 'col', class: i ? 'num' : '' }, x)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r[0]), r.slice(1).map((c) => h('td', { class: 'num' }, c)))))));
}

/** A chart's text alternative: its caption and every label with its value. */
function chartSummary(caption, rows, format = formatNumber) {
  return t('charts.summary', { caption, items: formatList(rows.map((r) => t('charts.item', { label: r.label, value: format(r.value) }))) });
}

/**
 * Horizontal bars: rows = [{key, label, value, tone?}]. `metric` prefixes
 * each value's data-metric (`${metric}.${key}`).
 */
export function barChart({ id, caption, head, rows, metric, tone = 'accent', format = formatNumber, width = 400, labelWidth = 150 }) {
  const rtl = isRtl();
  // Drawn at its own pixel size (text stays 12px), shrinking only when the
  // card is narrower.
  const W = width;
  const labelW = labelWidth;
  const valueW = 44;
  const barW = W - labelW - valueW - 16;
  const rowH = 26;
  const H = Math.max(rowH, rows.length * rowH);
  const max = Math.max(1, ...rows.map((r) => r.value));
  // Positions in a left-to-right frame, mirrored for right-to-left.
  const X = (x, w = 0) => (rtl ? W - x - w : x);
  const chart = svg('svg', {
    class: 'chart chart-bars', viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': chartSummary(caption, rows, format), focusable: 'false',
    preserveAspectRatio: 'xMinYMin meet',
  }, rows.map((r, i) => {
    const y = i * rowH;
    const w = r.value > 0 ? Math.max(2, (r.value / max) * barW) : 0;
    const barX = labelW + 8;
    return svg('g', { class: `chart-row tone-${r.tone || tone}`, dataset: { key: r.key } },
      svg('text', { class: 'chart-label', x: X(labelW), y: y + rowH / 2, 'dominant-baseline': 'middle', 'text-anchor': 'end', direction: rtl ? 'rtl' : 'ltr' }, r.label),
      svg('rect', { class: 'chart-track', x: X(barX, barW), y: y + 6, width: barW, height: rowH - 12, rx: 3 }),
      svg('rect', { class: 'chart-bar', x: X(barX, w), y: y + 6, width: w, height: rowH - 12, rx: 3 }),
      svg('text', {
        class: 'chart-value', x: X(barX + w + 6), y: y + rowH / 2, 'dominant-baseline': 'middle', 'text-anchor': 'start', direction: rtl ? 'rtl' : 'ltr',
        dataset: metric ? { metric: `${metric}.${r.key}`, value: String(r.value) } : {},
      }, format(r.value)));
  }));
  return h('figure', { class: 'chart-figure', id },
    chart,
    h('figcaption', { class: 'visually-hidden' }, caption),
    numbersTable(caption, head, rows.map((r) => [r.label, format(r.value)])));
}

/** A ring showing a fraction (0..1) with the percentage in its middle. */
export function ring({ id, caption, fraction, metric, detail }) {
  const rtl = isRtl();
  const f = Math.max(0, Math.min(1, Number(fraction) || 0));
  const R = 42;
  const C = 2 * Math.PI * R;
  const arc = svg('circle', {
    class: 'chart-ring-fill', cx: 60, cy: 60, r: R, 'stroke-dasharray': `${C * f} ${C}`,
    // Start at the top; clockwise, or counter-clockwise when right-to-left.
    transform: rtl ? 'translate(120 0) scale(-1 1) rotate(-90 60 60)' : 'rotate(-90 60 60)',
  });
  const chart = svg('svg', {
    class: 'chart chart-ring', viewBox: '0 0 120 120', width: 120, height: 120, role: 'img', 'aria-label': t('charts.ring', { caption, percent: formatPercent(f) }), focusable: 'false',
  },
    svg('circle', { class: 'chart-ring-track', cx: 60, cy: 60, r: R }),
    f > 0 ? arc : null,
    svg('text', {
      class: 'chart-ring-text', x: 60, y: 60, 'text-anchor': 'middle', 'dominant-baseline': 'central',
      dataset: metric ? { metric, value: String(f) } : {},
    }, formatPercent(f)));
  return h('figure', { class: 'chart-figure ring-figure', id },
    chart,
    h('figcaption', {}, detail));
}

/** A big number with a label: `metric` names it for tests. A `tone` (warn,
 *  danger) only colours it: what the colour means is in `label` or `note`. */
export function stat({ id, label, value, metric, tone = '', note }) {
  return h('div', { class: `stat ${tone}`.trim(), id },
    h('span', { class: 'stat-value', dataset: metric ? { metric, value: value == null ? '' : String(value) } : {} }, value == null ? '—' : formatNumber(value)),
    h('span', { class: 'stat-label' }, label),
    note ? h('span', { class: 'stat-note muted small' }, note) : null);
}

/** A plain progress bar (0..1) for lists, with its percentage. */
export function progress(fraction, { id, metric, label: ariaLabel } = {}) {
  const f = Math.max(0, Math.min(1, Number(fraction) || 0));
  return h('span', { class: 'progress', id },
    h('span', {
      class: 'progress-track', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(Math.round(f * 100)),
      'aria-label': ariaLabel,
    }, h('span', { class: 'progress-fill', style: { inlineSize: `${Math.round(f * 100)}%` } })),
    h('span', { class: 'progress-text', dataset: metric ? { metric, value: String(f) } : {} }, formatPercent(f)));
}

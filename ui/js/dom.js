// DOM helpers. Text always goes in as text nodes or attributes; the one place
// that inserts HTML is setSanitizedHtml, for Markdown rendered and sanitized
// in Rust (ammonia).

const SVG_NS = 'http://www.w3.org/2000/svg';
const BOOLEAN_PROPS = new Set(['checked', 'selected', 'disabled', 'required', 'multiple', 'readOnly']);

function setProps(el, props, isSvg) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') {
      if (isSvg) el.setAttribute('class', value); else el.className = value;
    } else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style') Object.assign(el.style, value); // CSSOM: allowed under the strict CSP
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (!isSvg && key === 'value') el.value = value;
    else if (!isSvg && BOOLEAN_PROPS.has(key)) el[key] = Boolean(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
}

/** h('a', {href, class}, 'text', child, [more]) — an HTML element. */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  setProps(el, props, false);
  append(el, children);
  return el;
}

/** svg('rect', {x: 0, width: 10}) — an SVG element (attributes via
 *  setAttribute, text only), for charts. */
export function svg(tag, props, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setProps(el, props, true);
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** User text inside a mixed label, isolated for bidi. */
export const bdi = (text) => h('bdi', {}, text);

/** An id, key, hash, path or command: left to right in either UI direction. */
export const code = (text, attrs = {}) => h('code', { dir: 'ltr', ...attrs }, text);

/** Inserts HTML that Rust rendered from Markdown and sanitized. Links inside
 *  never navigate the app window; a click hands the address to `onLink`. */
export function setSanitizedHtml(el, html, onLink) {
  el.innerHTML = html; // sanitized by ammonia in opencall-core::markdown
  el.onLink = onLink;
  if (!el.hasAttribute('dir')) el.setAttribute('dir', 'auto');
  if (!el.dataset.linkGuard) {
    el.dataset.linkGuard = '1';
    const block = (e) => {
      const a = e.target.closest && e.target.closest('a');
      if (!a) return;
      e.preventDefault();
      if (e.type === 'click' && el.onLink) el.onLink(a.getAttribute('href') || '', a);
    };
    for (const type of ['click', 'auxclick', 'dragstart']) el.addEventListener(type, block);
  }
  return el;
}

/** Today's date in the local time zone, as YYYY-MM-DD. */
export function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Days from today to an ISO date (negative when past). */
export function daysUntil(isoDate) {
  if (!isoDate) return null;
  const target = new Date(`${isoDate}T00:00:00`);
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  return Math.round((target - today) / 86400000);
}

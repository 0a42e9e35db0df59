// DOM helpers. Text always goes in as text nodes or attributes; the one place
// that inserts HTML is setSanitizedHtml, for Markdown rendered and sanitized
// in Rust (ammonia).

export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style') Object.assign(el.style, value); // CSSOM: allowed under the strict CSP
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'value') el.value = value;
    else if (key === 'checked' || key === 'selected' || key === 'disabled' || key === 'required' || key === 'multiple') el[key] = Boolean(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
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

/** Inserts HTML that Rust rendered from Markdown and sanitized. Links inside
 *  never navigate the app window. */
export function setSanitizedHtml(el, html, onLink) {
  el.innerHTML = html; // sanitized by ammonia in opencall-core::markdown
  el.onLink = onLink;
  if (!el.dataset.linkGuard) {
    el.dataset.linkGuard = '1';
    const block = (e) => {
      const a = e.target.closest && e.target.closest('a');
      if (!a) return;
      e.preventDefault();
      if (e.type === 'click' && el.onLink) el.onLink(a.getAttribute('href') || '');
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

export function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso.length <= 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso || '';
  return d.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Days from today to an ISO date (negative when past). */
export function daysUntil(isoDate) {
  if (!isoDate) return null;
  const target = new Date(`${isoDate}T00:00:00`);
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  return Math.round((target - today) / 86400000);
}

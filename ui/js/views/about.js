// Help › About: a modal dialog with the version, where the data lives and
// the workspace's signing key. A native <dialog> (showModal): focus stays
// inside, Escape closes it, focus returns to where it was. It works on every
// screen, also before a workspace exists or when it cannot be opened.

import { api } from '../api.js';
import { h, code } from '../dom.js';
import { t } from '../i18n.js';
import { facts, showError } from '../ui.js';

export async function showAbout() {
  if (document.getElementById('about')) return;
  let info;
  try { info = await api.appInfo(); } catch (e) { showError(e); return; }
  if (document.getElementById('about')) return;
  const none = h('span', { class: 'muted' }, t('about.none'));
  const close = h('button', { type: 'button', class: 'button primary', id: 'about-close', autofocus: true }, t('common.close'));
  const dialog = h('dialog', { class: 'about-dialog', id: 'about', 'aria-label': t('about.title'), 'aria-describedby': 'about-tagline' }, h('div', { class: 'about-body' },
    h('div', { class: 'about-head' },
      h('span', { class: 'logo', 'aria-hidden': 'true' }),
      h('div', {},
        h('h2', { id: 'about-title' }, t('app.name')),
        h('p', { class: 'muted small', id: 'about-tagline' }, t('about.tagline')))),
    facts([
      [t('about.version'), code(info.version, { id: 'about-version' })],
      [t('about.organization'), info.organization ? h('span', { id: 'about-org', dir: 'auto' }, info.organization) : none],
      [t('about.keyId'), info.key_id ? code(info.key_id, { id: 'about-key-id' }) : none.cloneNode(true)],
      [t('about.fingerprint'), info.key_fingerprint ? code(info.key_fingerprint, { class: 'break', id: 'about-fingerprint' }) : none.cloneNode(true)],
      [t('about.dataDir'), code(info.data_dir, { class: 'break', id: 'about-data-dir' })],
    ]),
    h('div', { class: 'form-actions about-actions' }, close)));
  const opener = document.activeElement;
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog itself, outside its body) closes it too.
  dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener && opener.isConnected && typeof opener.focus === 'function') opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
}

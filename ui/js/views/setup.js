// First run: create the workspace (organization and the user's own name).
// Outside the router (there is nothing to leave to), so no guard.

import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { t } from '../i18n.js';
import { field, input, formView } from '../form.js';
import { languageFields, relocalize } from '../locale.js';

export function render(app, onDone, typed = {}) {
  const org = input(typed.org || '', { autofocus: true, required: true });
  const user = input(typed.user || '', { required: true });
  const role = input(typed.role || '');
  // A language chosen here draws this screen again, keeping what was typed.
  const redraw = () => { relocalize(); render(app, onDone, { org: org.value, user: user.value, role: role.value }); };
  const { form } = formView(null, {
    id: 'setup-form',
    saveId: 'setup-submit',
    saveLabel: t('setup.create'),
    className: 'setup-form',
    sticky: false,
    collect: () => ({ organization_name: org.value, user_name: user.value, user_role: role.value }),
    save: async (data) => { onDone(await api.initWorkspace(data)); return null; },
    body: [
      field('organization_name', t('setup.org'), org, { hint: t('setup.orgHint') }),
      field('user_name', t('setup.user'), user, { hint: t('setup.userHint') }),
      field('user_role', t('setup.role'), role),
      h('p', { class: 'hint' }, t('setup.keyNote')),
    ],
  });
  app.className = 'app-setup';
  clear(app).append(h('main', { class: 'setup', id: 'main' },
    h('div', { class: 'setup-card' },
      h('div', { class: 'brand large' }, h('span', { class: 'logo', 'aria-hidden': 'true' }), h('span', {}, t('app.name'))),
      h('h1', {}, t('setup.title')),
      h('p', { class: 'lead' }, t('setup.intro')),
      h('div', { class: 'setup-language' }, languageFields(redraw, { idPrefix: 'setup' })),
      form)));
  org.focus();
}

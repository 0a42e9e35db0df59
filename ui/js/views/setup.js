// First run: create the workspace (organization and the user's own name).

import { api } from '../api.js';
import { h, clear } from '../dom.js';
import { t } from '../i18n.js';
import { field, input, onSubmit } from '../form.js';

export function render(app, onDone) {
  const org = input('', { autofocus: true, required: true });
  const user = input('', { required: true });
  const role = input('');
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const submit = h('button', { type: 'submit', class: 'button primary', id: 'setup-submit' }, t('setup.create'));
  const form = h('form', { class: 'setup-form', novalidate: true },
    summary,
    field('organization_name', t('setup.org'), org, { hint: t('setup.orgHint') }),
    field('user_name', t('setup.user'), user, { hint: t('setup.userHint') }),
    field('user_role', t('setup.role'), role),
    h('p', { class: 'hint' }, t('setup.keyNote')),
    h('div', { class: 'form-actions' }, submit));
  onSubmit(form, summary, submit, async () => {
    onDone(await api.initWorkspace({ organization_name: org.value, user_name: user.value, user_role: role.value }));
  });
  app.className = 'app-setup';
  clear(app).append(h('main', { class: 'setup', id: 'main' },
    h('div', { class: 'setup-card' },
      h('div', { class: 'brand large' }, h('span', { class: 'logo', 'aria-hidden': 'true' }), h('span', {}, t('app.name'))),
      h('h1', {}, t('setup.title')),
      h('p', { class: 'lead' }, t('setup.intro')),
      form)));
  org.focus();
}

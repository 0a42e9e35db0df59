// Workspace settings: the own organization, its people, the signing key and
// where the data lives.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { field, input, rowEditor, onSubmit, formKeys } from '../form.js';
import { mount, pageHeader, section, facts, toast } from '../ui.js';

export async function show(ctx) {
  const ws = await api.getWorkspace();
  const org = ws.organization;
  const name = input(org.name, { required: true });
  const people = rowEditor('people', t('workspace.people'), [
    { key: 'id', label: 'id', type: 'hidden' },
    { key: 'name', label: t('workspace.personName') },
    { key: 'role', label: t('workspace.personRole') },
  ], org.people, { addLabel: t('workspace.addPerson'), hint: t('workspace.peopleHint'), blank: () => ({ id: null, name: '', role: '' }) });
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true, id: 'form-errors' });
  const saveButton = h('button', { type: 'submit', class: 'button primary', id: 'save-workspace' }, t('common.save'));
  const form = h('form', { class: 'form', novalidate: true, id: 'workspace-form' }, summary,
    h('fieldset', { class: 'card' }, h('legend', {}, t('workspace.organization')), field('name', t('setup.org'), name, { wide: true })),
    h('fieldset', { class: 'card' }, h('legend', {}, t('workspace.people')), people.element),
    h('div', { class: 'form-actions sticky' }, saveButton));
  formKeys(form, () => show(ctx));
  onSubmit(form, summary, saveButton, async () => {
    const saved = await api.updateOrganization(org.meta.revision, { name: name.value, people: people.value() });
    ctx.onWorkspaceChanged(saved);
    toast(t('common.saved'));
    show(ctx);
  });
  const me = org.people.find((p) => p.id === ws.user);
  mount(ctx,
    pageHeader(t('workspace.title'), { subtitle: t('workspace.intro') }),
    h('div', { class: 'detail-grid' },
      h('div', { class: 'detail-main' }, form),
      h('div', { class: 'detail-side' },
        section(t('workspace.identity'), facts([
          [t('workspace.you'), me ? me.name : ''],
          [t('workspace.keyFingerprint'), h('code', { id: 'key-fingerprint' }, ws.key_fingerprint)],
          [t('workspace.keyId'), h('code', {}, org.key_id)],
          [t('workspace.publicKey'), h('code', { class: 'break' }, org.public_key)],
        ]), h('p', { class: 'hint' }, t('workspace.keyHint'))),
        section(t('workspace.storage'), facts([
          [t('workspace.dataDirLabel'), h('code', { class: 'break' }, ws.data_dir)],
          [t('workspace.schema'), String(ws.schema_version)],
        ])))));
}

// Workspace settings: the own organization, its people, the signing key and
// where the data lives.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { field, input, rowEditor, formView } from '../form.js';
import { mount, pageHeader, section, facts, toast } from '../ui.js';

/** The sidebar entry (in the footer) and the route of this section. */
export const nav = { id: 'workspace', label: 'workspace.settings', place: 'footer' };
export const routes = [['/workspace', (ctx) => show(ctx)]];

export async function show(ctx) {
  const ws = await api.getWorkspace();
  const org = ws.organization;
  const name = input(org.name, { required: true });
  const people = rowEditor('people', t('workspace.people'), [
    { key: 'id', label: 'id', type: 'hidden' },
    { key: 'name', label: t('workspace.personName') },
    { key: 'role', label: t('workspace.personRole') },
  ], org.people, {
    addLabel: t('workspace.addPerson'), hint: t('workspace.peopleHint'), blank: () => ({ id: null, name: '', role: '' }),
    // You cannot remove yourself: your row has no ×.
    canRemove: (person) => person.id !== ws.user,
  });
  const { form } = formView(ctx, {
    id: 'workspace-form',
    saveId: 'save-workspace',
    cancelTo: '/workspace',
    // Declared conflicts of interest are kept as they are (not edited here).
    collect: () => ({ name: name.value, people: people.value().map((p) => ({ ...p, conflicts: (org.people.find((x) => x.id === p.id) || {}).conflicts || [] })) }),
    save: async (data) => {
      const saved = await api.updateOrganization(org.meta.revision, data);
      ctx.onWorkspaceChanged(saved);
      toast(t('common.saved'));
      return '/workspace';
    },
    body: [
      h('fieldset', { class: 'card' }, h('legend', {}, t('workspace.organization')), field('name', t('setup.org'), name, { wide: true })),
      h('fieldset', { class: 'card' }, h('legend', {}, t('workspace.people')), people.element),
    ],
  });
  const me = org.people.find((p) => p.id === ws.user);
  mount(ctx,
    pageHeader(t('workspace.title'), { subtitle: t('workspace.intro') }),
    h('div', { class: 'detail-grid' },
      h('div', { class: 'detail-main' }, form),
      h('div', { class: 'detail-side' },
        section(t('workspace.identity'), facts([
          [t('workspace.you'), me ? me.name : ''],
          [t('workspace.keyFingerprint'), h('code', { id: 'key-fingerprint', dir: 'ltr' }, ws.key_fingerprint)],
          [t('workspace.keyId'), h('code', { dir: 'ltr' }, org.key_id)],
          [t('workspace.publicKey'), h('code', { class: 'break', dir: 'ltr' }, org.public_key)],
        ]), h('p', { class: 'hint' }, t('workspace.keyHint'))),
        section(t('workspace.storage'), facts([
          [t('workspace.dataDirLabel'), h('code', { class: 'break', dir: 'ltr' }, ws.data_dir)],
          [t('workspace.schema'), String(ws.schema_version)],
        ])))));
}

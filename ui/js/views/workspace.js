// Workspace settings: the own organization, its people, the signing key,
// the partner keys trusted here, the bundles sent and received, where the
// data lives and its backups.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t, formatNumber } from '../i18n.js';
import { field, input, rowEditor, formView, recordPicker } from '../form.js';
import { mount, pageHeader, section, facts, toast } from '../ui.js';
import { keysSection, historySection, chooseBundle } from './bundles.js';
import { showAbout } from './about.js';
import { languageFields, relocalize } from '../locale.js';

/** The sidebar entry (in the footer) and the route of this section. */
export const nav = { id: 'workspace', label: 'workspace.settings', place: 'footer' };
export const routes = [['/workspace', (ctx) => show(ctx)]];

export async function show(ctx) {
  const ws = await api.getWorkspace();
  const [keys, bundles] = await Promise.all([keysSection(ctx), historySection()]);
  const org = ws.organization;
  // Declared conflicts of interest, by name: one picker per saved person.
  const conflictIds = [...new Set(org.people.flatMap((p) => p.conflicts || []))];
  const known = new Map(await Promise.all(conflictIds.map(async (id) => {
    try { const c = await api.getContributor(id); return [id, { id, name: c.name, archived: !!(c.meta && c.meta.archived) }]; } catch { return [id, { id, name: id.slice(0, 8) }]; }
  })));
  const searchContributors = async (text) => {
    const page = await api.listContributors({ text, include_archived: false }, { offset: 0, limit: 8 });
    return (page.items || []).map((c) => ({ id: c.id, name: c.name, affiliation: c.affiliation }));
  };
  const conflictPickers = new Map(org.people.map((p) => [p.id, recordPicker({
    name: `conflicts-${p.id}`, id: `conflicts-${p.id}`,
    label: t('workspace.conflictsOf', { name: p.name }), placeholder: t('workspace.conflictsSearch'),
    selected: (p.conflicts || []).map((id) => known.get(id) || { id, name: id.slice(0, 8) }),
    search: searchContributors, describe: (c) => c.affiliation || '', noMatches: t('challenge.noMatches'),
    addLabel: (c) => t('workspace.conflictAdd', { name: c.name, person: p.name }),
    removeLabel: (c) => t('workspace.conflictRemove', { name: c.name, person: p.name }),
  })]));
  const conflictsOf = (p) => (conflictPickers.has(p.id) ? conflictPickers.get(p.id).value() : ((org.people.find((x) => x.id === p.id) || {}).conflicts || []));
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
    // A new person starts without declared conflicts (declare them once saved).
    collect: () => ({ name: name.value, people: people.value().map((p) => ({ ...p, conflicts: p.id ? conflictsOf(p) : [] })) }),
    save: async (data) => {
      const saved = await api.updateOrganization(org.meta.revision, data);
      ctx.onWorkspaceChanged(saved);
      toast(t('common.saved'));
      return '/workspace';
    },
    body: [
      h('fieldset', { class: 'card' }, h('legend', {}, t('workspace.organization')), field('name', t('setup.org'), name, { wide: true })),
      h('fieldset', { class: 'card' }, h('legend', {}, t('workspace.people')), people.element),
      h('fieldset', { class: 'card', id: 'people-conflicts' }, h('legend', {}, t('workspace.conflicts')),
        h('p', { class: 'hint' }, t('workspace.conflictsHint')),
        org.people.map((p) => h('div', { class: 'person-conflicts', dataset: { person: p.id } },
          h('h2', { class: 'person-name', dir: 'auto' }, p.name),
          conflictPickers.get(p.id).element))),
    ],
  });
  const me = org.people.find((p) => p.id === ws.user);
  mount(ctx,
    pageHeader(t('workspace.title'), {
      subtitle: t('workspace.intro'),
      actions: [
        h('button', { type: 'button', class: 'button', id: 'settings-import-bundle', onclick: () => chooseBundle(ctx.navigate) }, t('bundle.importAction')),
        h('button', { type: 'button', class: 'button subtle', id: 'settings-about', onclick: () => showAbout() }, t('about.title')),
      ],
    }),
    h('div', { class: 'detail-grid' },
      h('div', { class: 'detail-main' }, form),
      h('div', { class: 'detail-side' },
        section(t('workspace.identity'), facts([
          [t('workspace.you'), me ? me.name : ''],
          [t('workspace.keyFingerprint'), h('code', { id: 'key-fingerprint', dir: 'ltr' }, ws.key_fingerprint)],
          [t('workspace.keyId'), h('code', { dir: 'ltr', id: 'key-id' }, ws.minisign_key_id || org.key_id)],
          [t('workspace.publicKey'), h('code', { class: 'break', dir: 'ltr', id: 'public-key' }, ws.minisign_public_key || org.public_key)],
        ]), h('p', { class: 'hint' }, t('workspace.keyHint'))),
        h('div', { id: 'language-settings' }, section(t('settings.title'), languageFields(relocalize))),
        section(t('workspace.storage'), facts([
          [t('workspace.dataDirLabel'), h('code', { class: 'break', dir: 'ltr' }, ws.data_dir)],
          [t('workspace.schema'), formatNumber(ws.schema_version)],
        ])),
        section(t('backups.title'), h('p', { class: 'hint' }, t('backups.settingsHint')),
          h('p', { class: 'settings-backups' }, h('a', { class: 'button', href: '#/backups', id: 'settings-backups' }, t('backups.settingsLink')))))),
    h('div', { class: 'settings-wide', id: 'exchange' }, keys, bundles));
}

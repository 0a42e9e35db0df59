// Every UI string, in one place. English first; a right-to-left locale (fa)
// only needs a dictionary here: the layout uses CSS logical properties.

const en = {
  app: { name: 'Opencall', tagline: 'Open innovation, local-first', skip: 'Skip to content', loading: 'Opening workspace…' },
  nav: { label: 'Main', challenges: 'Challenges', contributors: 'Contributors', agreements: 'Agreements', activity: 'Activity', shortcuts: 'Shortcuts: / search · Ctrl+N new · Ctrl+S save · Esc cancel' },
  common: {
    save: 'Save', saving: 'Saving…', cancel: 'Cancel', edit: 'Edit', archive: 'Archive', restore: 'Restore',
    search: 'Search', all: 'All', none: 'None', notSet: 'Not set', back: 'Back', add: 'Add', remove: 'Remove',
    showArchived: 'Show archived', archived: 'Archived', saved: 'Saved.', revision: 'Revision {n}',
    created: 'Created {date}', updated: 'Updated {date}', history: 'History', preview: 'Preview', write: 'Write',
    oneLine: 'One per line.', commaSeparated: 'Separate with commas.', yes: 'Yes', no: 'No',
    errorsTitle: 'Please fix {n} problem(s) before saving:', loadMore: 'Load more', close: 'Close',
    linkBlocked: 'Links do not open inside Opencall. Address: {href}',
    dateRequired: 'Choose a date.', wholeNumber: 'Enter a whole number.', discard: 'Discard your unsaved changes?', discardOk: 'Discard', keepEditing: 'Keep editing',
    conflictHint: 'Someone changed this record meanwhile. Reload to see their version.', reload: 'Reload',
  },
  setup: {
    title: 'Welcome to Opencall',
    intro: 'Pose challenges to suppliers, inventors, labs, customers and partner firms — with clear rules, agreements and incentives. Everything stays on this computer.',
    org: 'Your organization', orgHint: 'The firm that poses challenges, e.g. “Brightwater Pumps”.',
    user: 'Your name', userHint: 'Recorded as the author of your changes.',
    role: 'Your role (optional)', create: 'Create workspace',
    keyNote: 'A signing key for your organization is created on this computer. Later it signs the bundles you send to partners.',
  },
  workspace: {
    fingerprint: 'Signing key {fp}', dataDir: 'Data: {dir}', settings: 'Workspace settings',
    title: 'Workspace', intro: 'Your organization as partners will see it, the people who use this copy, and where its data lives.',
    organization: 'Organization', people: 'People', peopleHint: 'Colleagues who lead challenges or record decisions. You cannot remove yourself.',
    personName: 'Name', personRole: 'Role', addPerson: 'Add person', identity: 'Signing identity', you: 'You',
    keyFingerprint: 'Key fingerprint', keyId: 'Key id', publicKey: 'Public key',
    keyHint: 'Created on this computer at setup; the secret half never leaves it. Partners compare the fingerprint to trust your bundles.',
    storage: 'Storage', dataDirLabel: 'Data directory', schema: 'Schema version',
  },
  challenge: {
    listTitle: 'Challenges', new: 'New challenge', editTitle: 'Edit challenge', newTitle: 'New challenge',
    searchLabel: 'Search challenges', searchPlaceholder: 'Search titles and briefs', statusFilter: 'Status', typeFilter: 'Type',
    emptyTitle: 'No challenges yet', emptyBody: 'A challenge is an open question you pose to your network: what you need, what you share, what contributors get in return.',
    emptyFiltered: 'No challenge matches these filters.', archivedHidden: 'All {n} challenge(s) here are archived. Tick “Show archived” to see them.', clearFilters: 'Clear filters',
    count: '{n} challenge(s)', deadline: 'Deadline', deadlineIn: 'in {n} days', deadlineInOne: 'tomorrow', deadlineToday: 'today', deadlinePast: '{n} days ago', deadlinePastOne: 'yesterday', lead: 'Lead', type: 'Type', status: 'Status',
    title: 'Title', brief: 'Brief', briefHint: 'Markdown: **bold**, *italic*, lists, links. Rendered safely.',
    problem: 'Problem statement', goals: 'Goals', successCriteria: 'Success criteria',
    assetsShared: 'What we share', assetsHint: 'Assets, data, test rigs, plans. One per line.',
    lessons: 'Lessons learned & what did not work', lessonsHint: 'Pitfalls and ideas that failed are worth sharing too. One per line.',
    constraints: 'Constraints', audience: 'Audience', audienceKind: 'Who may take part',
    invitedContributors: 'Invited contributors', invitedGroups: 'Invited groups', groupsHint: 'Group names, separated with commas.',
    rules: 'Rules of participation', conduct: 'Conduct', confidentiality: 'Confidentiality', ideaHandling: 'How ideas are handled',
    disputeResolution: 'Dispute resolution', ipRegime: 'Intellectual property',
    requiredAgreements: 'Required agreements', requiredAgreementsHint: 'Contributors must accept these before they contribute.', noAgreements: 'No agreements exist yet — create them under Agreements.',
    incentives: 'Incentives', incentivesHint: 'What participants get in return — say exactly what, and keep the promise.',
    incentiveKind: 'Kind', incentiveDescription: 'What exactly', addIncentive: 'Add incentive',
    criteria: 'Evaluation criteria', criteriaHint: 'Weights are relative; percentages are computed.', criterionName: 'Criterion', weight: 'Weight', description: 'Description', addCriterion: 'Add criterion',
    risks: 'Risks', risk: 'Risk', mitigation: 'Mitigation', addRisk: 'Add risk',
    decisions: 'Decisions & disputes', decisionKind: 'Kind', date: 'Date', text: 'What', by: 'By', resolution: 'Resolution', addDecision: 'Add entry',
    basics: 'Basics', briefSection: 'Brief', problemSection: 'Problem & goals', sharingSection: 'Sharing & lessons',
    openBlockers: 'Before this challenge can open', readyToOpen: 'Ready to open: it has a title, a brief, a deadline and an incentive.',
    moveTo: { open: 'Open to contributors', reopen: 'Reopen for contributions', evaluating: 'Start evaluating', implementing: 'Start implementing', closed: 'Close', draft: 'Back to draft' },
    confirmArchive: 'Archive “{title}”? It disappears from the list; you can restore it from “Show archived”.',
    confirmClose: 'Close “{title}”? It stops taking contributions and cannot be reopened; you can still record lessons and decisions.',
    statusChanged: 'Now {status}.', created: 'Challenge created.', archivedToast: 'Challenge archived.', restoredToast: 'Challenge restored.',
    notFound: 'This challenge does not exist (it may have been removed).', weightShare: '{pct} %', nothing: 'Nothing yet.',
    invitedNobody: 'Nobody invited yet.',
  },
  contributor: {
    listTitle: 'Contributors', new: 'Add contributor', editTitle: 'Edit contributor', newTitle: 'New contributor',
    searchLabel: 'Search contributors', searchPlaceholder: 'Search names, affiliations, tags', kindFilter: 'Kind', expertiseFilter: 'Expertise', groupFilter: 'Group',
    emptyTitle: 'No contributors yet', emptyBody: 'No one is an expert about everything. Add the suppliers, inventors, labs, customers, experts and partner firms you want ideas from.',
    emptyFiltered: 'No contributor matches these filters.', count: '{n} contributor(s)',
    name: 'Name', entity: 'Is a', kind: 'Kind', affiliation: 'Affiliation', expertise: 'Expertise', expertiseHint: 'Tags, separated with commas (e.g. acoustics, CFD).',
    groups: 'Groups', groupsHint: 'Like-minded communities, separated with commas.', email: 'Email', phone: 'Phone', website: 'Website', notes: 'Notes',
    recognition: 'Recognition earned', recognitionWhat: 'What', addRecognition: 'Add recognition', contact: 'Contact',
    agreements: 'Agreements accepted', noAcceptances: 'No agreement accepted yet.', recordAcceptance: 'Record acceptance', agreement: 'Agreement', version: 'Version', latest: 'latest (v{n})',
    acceptedVersion: 'v{n} accepted {date}', outdated: 'a newer version exists', created: 'Contributor added.', archivedToast: 'Contributor archived.', restoredToast: 'Contributor restored.',
    confirmArchive: 'Archive {name}? They disappear from the list; you can restore them from “Show archived”.', accepted: 'Acceptance recorded.', notFound: 'This contributor does not exist.',
    noPublished: 'No published agreement to accept yet.',
  },
  agreement: {
    listTitle: 'Agreements', new: 'New agreement', editTitle: 'Edit agreement', newTitle: 'New agreement',
    searchLabel: 'Search agreements', searchPlaceholder: 'Search titles and summaries',
    emptyTitle: 'No agreements yet', emptyBody: 'Agreements create security: NDAs, submission terms, IP assignment, licences, joint development, participation rules. Published versions never change.',
    emptyFiltered: 'No agreement matches.', count: '{n} agreement(s)',
    title: 'Title', kind: 'Kind', summary: 'Summary', draft: 'Text', draftHint: 'Editing changes only the draft. Publishing freezes it as a new version identified by its SHA-256.',
    draftSection: 'Working draft', unpublished: 'Unpublished changes', upToDate: 'Matches version {n}', notPublished: 'Not published yet',
    publish: 'Publish version {n}', published: 'Published version {n}.', versions: 'Published versions', noVersions: 'Nothing published yet.',
    versionLabel: 'Version {n}', publishedBy: 'Published {date} by {who}', sha: 'SHA-256', latestVersion: 'v{n}',
    acceptances: 'Acceptances', noAcceptances: 'Nobody has accepted this agreement yet.', created: 'Agreement created.',
    confirmPublish: 'Publish this text as version {n}? Published versions can never be changed.', confirmArchive: 'Archive “{title}”?',
    archivedToast: 'Agreement archived.', restoredToast: 'Agreement restored.', notFound: 'This agreement does not exist.',
  },
  activity: {
    title: 'Activity', intro: 'Every change, who made it and when. Each entry is chained to the previous one by its SHA-256 hash, so tampering shows.',
    verify: 'Verify chain', intact: 'Chain intact: {n} entries verified. Head {head}.', broken: 'Chain broken at entry {seq}: {reason}',
    empty: 'No activity yet.', when: 'When', who: 'Who', what: 'What', hash: 'Hash',
  },
  enums: {
    challenge_status: { draft: 'Draft', open: 'Open', evaluating: 'Evaluating', implementing: 'Implementing', closed: 'Closed' },
    challenge_type: { ideation: 'Ideation', theoretical: 'Theoretical', prototype: 'Prototype', partner_scouting: 'Partner scouting' },
    audience: { internal_only: 'Internal only', invited: 'Invited contributors and groups', open: 'Open to anyone who receives it' },
    ip_regime: { none: 'None — contributors keep their IP', non_exclusive_licence: 'Non-exclusive licence to us', exclusive_assignment: 'Exclusive assignment to us' },
    incentive: { money: 'Money', contacts: 'Contacts', collaboration: 'Collaboration', recognition: 'Recognition', idea_exchange: 'Exchange of ideas', other: 'Other' },
    decision: { decision: 'Decision', dispute: 'Dispute' },
    contributor_kind: { supplier: 'Supplier', independent_inventor: 'Independent inventor', university_lab: 'University lab', customer: 'Customer', expert: 'Expert', partner_firm: 'Partner firm', employee: 'Employee' },
    entity: { person: 'Person', organization: 'Organization' },
    agreement_kind: { nda: 'Non-disclosure (NDA)', non_confidential_submission: 'Non-confidential submission terms', ip_assignment: 'IP assignment', licence: 'Licence', joint_development: 'Joint development', participation_rules: 'Participation rules' },
    record_kind: { workspace: 'Workspace', contributor: 'Contributor', challenge: 'Challenge', agreement: 'Agreement', acceptance: 'Acceptance' },
  },
  errors: {
    generic: 'Something went wrong.', no_backend: 'Opencall must run inside its desktop window.',
    startup: 'The workspace could not be opened', startupHint: 'Close other Opencall windows and restart. If the problem stays, check the data directory below.',
  },
};

const dictionaries = { en };
let current = en;
let locale = 'en';

export function setLocale(name) {
  locale = dictionaries[name] ? name : 'en';
  current = dictionaries[locale];
  document.documentElement.lang = locale;
  document.documentElement.dir = ['fa', 'ar', 'he'].includes(locale) ? 'rtl' : 'ltr';
}

function lookup(key) {
  return key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), current);
}

/** t('challenge.count', {n: 3}) */
export function t(key, vars = {}) {
  const value = lookup(key);
  if (typeof value !== 'string') return key;
  return value.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/** Label of an enum value: label('challenge_status', 'open') → 'Open'. */
export function label(group, value) {
  const v = lookup(`enums.${group}.${value}`);
  return typeof v === 'string' ? v : String(value ?? '');
}

/** [[value, label], …] for a select. */
export function options(group) {
  return Object.entries(current.enums[group] || {});
}

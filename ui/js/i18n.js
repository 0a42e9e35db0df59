// Every UI string, in one place, and locale-aware formatting.
//
// - English is the reference dictionary and the fallback for any key another
//   locale does not have; Persian (`fa`, right to left) has every key
//   (tests/it/commands.rs checks keys and placeholders agree).
// - The language follows the system unless chosen (localStorage
//   `opencall.lang`); Persian dates use the Solar Hijri calendar unless
//   `opencall.calendar` is `gregorian`.
// - A message with a count is an object of plural forms chosen with
//   Intl.PluralRules for `{n}`: { one: '{n} challenge', other: '{n} challenges' }
//   ('=0' may name an exact case).
// - Numbers, dates and lists are formatted with Intl in the app's locale.
// - `tx()` builds DOM nodes for mixed labels, isolating every inserted value
//   in a <bdi> so user text in another script cannot reorder the sentence;
//   `isolate()` does the same with Unicode isolates for plain strings
//   (native dialogs, toasts, attributes).
// The layout uses CSS logical properties, so a right-to-left locale needs only
// its dictionary here.

const en = {
  app: { name: 'Opencall', tagline: 'Open innovation, local-first', skip: 'Skip to content', loading: 'Opening workspace…' },
  nav: { label: 'Main', challenges: 'Challenges', ideas: 'Ideas', contributors: 'Contributors', agreements: 'Agreements', activity: 'Activity', portfolio: 'Dashboard', leaderboard: 'Leaderboard', backups: 'Backups', shortcuts: 'Shortcuts: / search · Ctrl+N new · Ctrl+S save · Esc cancel' },
  common: {
    save: 'Save', saving: 'Saving…', cancel: 'Cancel', ok: 'OK', edit: 'Edit', archive: 'Archive', restore: 'Restore',
    search: 'Search', all: 'All', none: 'None', notSet: 'Not set', back: 'Back', add: 'Add', remove: 'Remove',
    showArchived: 'Show archived', archived: 'Archived', saved: 'Saved.', revision: 'Revision {n}',
    created: 'Created {date}', updated: 'Updated {date}', history: 'History', preview: 'Preview', write: 'Write',
    oneLine: 'One per line.', commaSeparated: 'Separate with commas.', yes: 'Yes', no: 'No',
    errorsTitle: { one: 'Please fix this problem before saving:', other: 'Please fix these {n} problems before saving:' },
    loadMore: 'Load more', close: 'Close',
    dateRequired: 'Choose a date.', discard: 'Discard your unsaved changes?', discardOk: 'Discard', keepEditing: 'Keep editing',
    conflictHint: 'Someone changed this record meanwhile. Reload to see their version.', reload: 'Reload',
    clearFilters: 'Clear filters', previous: 'Previous', next: 'Next',
    pageOf: 'Page {page} of {pages}', range: 'Showing {from}–{to} of {total}',
    loading: 'Loading…',
    you: 'you',
    copy: 'Copy', copied: 'Copied.', copyManually: 'Press Ctrl+C to copy the selected text.',
    clearFilter: 'Clear {label}', noMatches: 'Nothing matches.',
  },
  link: {
    title: 'Link', address: 'Link address', open: 'Open in browser', copy: 'Copy link', copied: 'Link copied.',
    copyManually: 'Press Ctrl+C to copy the selected link.',
    confirmOpen: 'Open this link in your web browser?\n\n{href}', notOpenable: 'Only web and email links open in the browser; copy this one instead.',
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
    fingerprint: 'Signing key id {fp}', dataDir: 'Data: {dir}', settings: 'Workspace settings',
    title: 'Workspace', intro: 'Your organization as partners will see it, the people who use this copy, and where its data lives.',
    organization: 'Organization', people: 'People', peopleHint: 'Colleagues who lead challenges or record decisions. You cannot remove yourself.',
    personName: 'Name', personRole: 'Role', addPerson: 'Add person', identity: 'Signing identity', you: 'You', youMark: '(you)',
    keyFingerprint: 'Key fingerprint', keyId: 'Key id', publicKey: 'Public key',
    keyHint: 'Created on this computer at setup; the secret half never leaves it. Partners compare the key id with you before they trust your bundles.',
    storage: 'Storage', dataDirLabel: 'Data directory', schema: 'Schema version',
    conflicts: 'Conflicts of interest', conflictsHint: 'This person may not review ideas by these contributors. People added above can declare theirs once saved.',
    conflictsOf: 'Conflicts of interest of {name}', conflictsSearch: 'Find a contributor to add',
    conflictAdd: 'Add {name} to the conflicts of {person}', conflictRemove: 'Remove {name} from the conflicts of {person}',
  },
  // Bundles: the signed files firms exchange (export, import, trust, receipts).
  bundle: {
    send: 'Send to partners…', sendResponse: 'Send response…', importAction: 'Import bundle…',
    sendTitle: 'Send to partners', responseTitle: 'Send a response',
    intro: 'A bundle is one signed file. Hand it to your partners any way you like (email, a shared folder, a USB stick); they open it with “Import bundle…” in their own Opencall.',
    responseIntro: 'Your response goes back to {org}, who posed this challenge. They see who signed it and decide whether to trust your key.',
    kind: 'What to send',
    kindChallenge: 'The challenge', kindChallengeHint: 'For every recipient: the challenge, its sub-problems, rules, incentives, the texts of the required agreements, public answers and lessons.',
    kindUpdate: 'An update for one partner', kindUpdateHint: 'Answers to their questions, the stages of their ideas, and a signed receipt for each idea received from them.',
    recipients: 'Recipients', recipientsHint: 'The contributors this bundle is for. The invited contributors are chosen to start with.',
    recipientHint: 'An update is for exactly one partner.', recipientSearch: 'Find a recipient', recipientPlaceholder: 'Type a name, affiliation or tag',
    addRecipient: 'Add {name}', removeRecipient: 'Remove {name}',
    leaves: 'What will leave', leavesFor: 'For {names}', leavesNothing: 'Choose recipients to see what the bundle will carry.',
    neverLeaves: 'Never leaves this computer: internal notes, risks, decisions, reviews, comments, other partners’ ideas and contact details.',
    neverLeavesResponse: 'Only what was made in this copy leaves: your ideas with their files, your questions, the acceptances and claims you recorded. Reviews, comments and notes stay here.',
    files: { '=0': 'no attached files', one: '{n} attached file ({size})', other: '{n} attached files ({size})' },
    records: { one: '{n} record', other: '{n} records' },
    save: 'Save bundle…', saveTitle: 'Save the bundle', filterName: 'Opencall bundle',
    saved: 'Bundle saved', savedTo: 'Saved to {path}', savedWhat: '{records} · {files}', savedId: 'Bundle {id}',
    handOver: 'Hand this file to {names}. Nothing else is needed: the file carries its signature.',
    backToChallenge: 'Back to the challenge', sendAnother: 'Send another bundle',
    origin: 'Where this challenge comes from', fromBanner: 'From {org} · key {key} · received {date}', updatedOn: 'Last updated from a bundle {date}.',
    foreignNote: 'Posed by {org}: only they can change it. What you add here — ideas, questions, acceptances and claims — goes back to them in a response bundle.',
    foreignUnknown: 'another organization',
    stageBySponsor: 'The stage is set by {org}, who posed the challenge; their update bundles bring it here.',
  },
  provenance: {
    keptBy: 'Received from {org} on {date}; kept by {org}, whose next bundle brings their changes.',
  },
  import: {
    reason: {
      yours: 'Yours: left as it is', revision: 'To their revision {value}', older_revision: 'Their revision {value} is older than yours: skipped',
      conflict_kept: 'Their revision {value} differs from yours: yours is kept, theirs is saved with this bundle', kept_from_maker: 'Kept as received from its maker',
      not_here: 'Not in this workspace: skipped', answer: 'Their answer to your question', claimed: 'Claimed by their contributors',
      stage: 'Stage: {value}', fingerprint: 'Fingerprint {value}', version: 'Version {value}',
    },
    title: 'Import a bundle', intro: 'Open a bundle a partner sent you. Opencall checks its signature and every file first, shows what importing it would change, and writes nothing until you choose Import.',
    choose: 'Choose bundle file…', chooseAnother: 'Choose another file…', pickTitle: 'Open a bundle',
    refusedTitle: 'This file cannot be imported', refusedHint: 'Nothing was written. If you expected it to work, ask the sender for a fresh copy.',
    about: 'About this bundle', file: 'File', signer: 'Signed by', keyId: 'Key id', kind: 'Kind', created: 'Made', recipients: 'For', bundleId: 'Bundle id',
    trust: 'Trust', trusted: 'You trust this key since {date}.',
    unknown: '{org} is not trusted in this workspace yet. Before you trust them, compare the key id {key} with {org} — by phone or in person, not by replying to the message that brought the file.',
    trustCheck: 'I compared key id {key} with {org} and trust it',
    alreadyImported: 'This bundle was imported before. Importing it again changes nothing.',
    nothingNew: 'Everything in this bundle is here already.',
    counts: 'What importing does', count: { add: 'To add', update: 'To update', unchanged: 'Unchanged', older: 'Older (skipped)', conflict: 'Conflicts' },
    doneCount: { add: 'Added', update: 'Updated', unchanged: 'Unchanged', older: 'Older (skipped)', conflict: 'Conflicts' },
    conflictHint: 'A conflict means the sender changed a record you also have in another version: yours is kept, and theirs is stored with the bundle.',
    items: 'What it holds', colKind: 'Kind', colRecord: 'Record', colAction: 'Action', colNote: 'Note',
    import: 'Import', importing: 'Importing…', needsTrust: 'Tick the box above once you have compared the key id.',
    done: 'Imported from {org}', doneHint: 'Everything was written in one step. The activity log records the import and who signed it.',
    openChallenge: 'Open the challenge', importAnother: 'Import another bundle',
  },
  keys: {
    title: 'Trusted partner keys', hint: 'Partners’ signing keys you trusted when you imported their first bundle. Bundles signed by a revoked key are refused.',
    none: 'No partner key is trusted yet. You trust one when you import a partner’s first bundle.',
    org: 'Organization', keyId: 'Key id', trustedOn: 'Trusted on', state: 'State', active: 'Trusted', revokedOn: 'Revoked {date}',
    revoke: 'Revoke…', revokeLabel: 'Revoke the key of {org}', revokeOk: 'Revoke', revoked: 'Key revoked.',
    confirmRevoke: 'Revoke key {key} of {org}? Bundles it signs will be refused from now on; what was already imported stays.',
  },
  bundles: {
    title: 'Bundles sent and received', none: 'No bundle sent or received yet.',
    when: 'When', what: 'Bundle', who: 'Signed by', challenge: 'Challenge', records: 'Records',
  },
  // Backups: signed copies of the whole workspace, beside it in backups/.
  backups: {
    title: 'Backups', intro: 'Signed copies of this whole workspace, kept on this computer beside it.',
    now: 'Back up now', making: 'Backing up…', made: 'Backup made.',
    auto: 'Opencall backs this workspace up every 30 minutes when something changed, and when you close it. The newest 10 backups are kept in {folder}.',
    private: 'A backup holds everything in the workspace, including your organization’s secret signing key: keep backups and their copies private.',
    list: 'Backups on this computer', none: 'No backup yet. The first one is made 30 minutes after a change or when you close Opencall — or now, with “Back up now”.',
    when: 'Made', size: 'Size', check: 'Check', checkLabel: 'Check the backup made {date}', checking: 'Checking…', restore: 'Restore',
    notChecked: 'Not checked yet',
    verified: 'Verifies: {entries} and {files}, signed by {org} (key {key})',
    entries: { one: '{n} log entry', other: '{n} log entries' },
    attachments: { '=0': 'no attachments', one: '{n} attachment', other: '{n} attachments' },
    broken: 'Does not verify: {message}',
    asNew: 'Restore as a new workspace…', asNewLabel: 'Restore the backup made {date} as a new workspace',
    inPlace: 'Restore into this workspace…', inPlaceLabel: 'Restore the backup made {date} into this workspace',
    pickFolder: 'Choose an empty folder for the restored workspace',
    notEmpty: 'That folder holds a workspace already. Choose an empty folder.',
    restoring: 'Restoring…',
    restoredNew: 'Restored into a new workspace',
    restoredNewWhere: 'The backup made {date} is now a workspace of its own in {folder}: {entries} and {files}. This window keeps showing the current workspace, which was not changed.',
    restoredNewOpen: 'To open the restored workspace, start Opencall with the data folder set, or use the command line:',
    confirmInPlace: 'Replace this workspace with the backup made {date}?\n\nEverything changed since then is no longer shown. The current database is not deleted: it is kept aside in the data folder (db.before-restore-…).\n\nOpencall reloads when the restore is done.',
    confirmOk: 'Restore',
    restoredInPlace: 'Restored the backup made {date}. The workspace you had is kept aside in the data folder (db.before-restore-…).',
    settingsLink: 'Backups…', settingsHint: 'Backups of this workspace: make one now, check them, restore one.',
  },
  // The startup screen when the workspace cannot be opened because it is damaged.
  damaged: {
    title: 'This workspace is damaged',
    intro: 'Opencall found that the workspace database cannot be read or holds less than was saved, so it did not open it. Nothing was changed.',
    detail: 'Details',
    backups: 'Backups of this workspace', loading: 'Looking for backups…',
    restore: 'Restore the newest backup that verifies', restoring: 'Restoring…', checking: 'Checking the backups…',
    keptAside: 'The damaged database is not deleted: it is kept aside in the data folder (db.before-restore-…).',
    none: 'No backup of this workspace was found in {folder}.',
    noneHint: 'If you keep a backup file elsewhere, restore it on the command line: {command}',
    noneVerify: 'None of the backups verifies, so none can be restored from here.',
    failed: 'The backup made {date} could not be restored: {message}',
    confirm: 'Replace the damaged workspace with the backup made {date} by {org}?\n\nWhat was changed after that backup is not in it. The damaged database is kept aside in the data folder (db.before-restore-…).',
    newest: 'Newest',
    folder: 'Data folder: {folder}',
  },
  about: {
    title: 'About Opencall', version: 'Version', dataDir: 'Data folder', organization: 'Organization', keyId: 'Signing key id',
    fingerprint: 'Key fingerprint', none: 'No workspace yet', tagline: 'Open innovation between firms, local-first: no server, no accounts.',
  },
  menu: {
    pickChallenge: 'Open a challenge first: its page has “Send to partners…”.',
  },
  challenge: {
    listTitle: 'Challenges', new: 'New challenge', editTitle: 'Edit challenge', newTitle: 'New challenge',
    searchLabel: 'Search challenges', searchPlaceholder: 'Search titles and briefs', statusFilter: 'Status', typeFilter: 'Type',
    emptyTitle: 'No challenges yet', emptyBody: 'A challenge is an open question you pose to your network: what you need, what you share, what contributors get in return.',
    emptyFiltered: 'No challenge matches these filters.',
    archivedHidden: { one: 'The only challenge here is archived. Tick “Show archived” to see it.', other: 'All {n} challenges here are archived. Tick “Show archived” to see them.' },
    count: { '=0': 'No challenges', one: '{n} challenge', other: '{n} challenges' },
    deadline: 'Deadline', lead: 'Lead', type: 'Type', status: 'Status',
    title: 'Title', brief: 'Brief', briefHint: 'Markdown: **bold**, *italic*, lists, links. Rendered safely.',
    problem: 'Problem statement', goals: 'Goals', successCriteria: 'Success criteria',
    assetsShared: 'What we share', assetsHint: 'Assets, data, test rigs, plans. One per line.',
    lessons: 'Lessons learned and what did not work', lessonsHint: 'Pitfalls and ideas that failed are worth sharing too. One per line.',
    constraints: 'Constraints', audience: 'Audience', audienceKind: 'Who may take part',
    audienceNote: {
      internal_only: 'Only your organization’s staff will see this challenge.',
      invited: 'Only the contributors and groups listed here will see this challenge.',
      open: 'Anyone who receives this challenge will see it and may take part.',
    },
    invitedContributors: 'Invited contributors', invitedGroups: 'Invited groups', groupsHint: 'Group names, separated with commas.',
    inviteSearch: 'Find contributors to invite', inviteSearchPlaceholder: 'Type a name, affiliation or tag', invite: 'Invite {name}',
    uninvite: 'Remove {name}', noMatches: 'No contributor matches.',
    rules: 'Rules of participation', conduct: 'Conduct', confidentiality: 'Confidentiality', ideaHandling: 'How ideas are handled',
    disputeResolution: 'Dispute resolution', ipRegime: 'Intellectual property',
    requiredAgreements: 'Required agreements', requiredAgreementsHint: 'Contributors must accept these before they contribute.', noAgreements: 'No agreements exist yet. Create them under Agreements.',
    incentives: 'Incentives', incentivesHint: 'What participants get in return. Say exactly what, and keep the promise.',
    incentiveKind: 'Kind', incentiveDescription: 'What exactly', addIncentive: 'Add incentive',
    criteria: 'Evaluation criteria', criteriaHint: 'Weights are whole numbers from 1 to 100 and relative to each other; percentages are computed.', criterionName: 'Criterion', weight: 'Weight', description: 'Description', addCriterion: 'Add criterion',
    risks: 'Risks', risk: 'Risk', mitigation: 'Mitigation', addRisk: 'Add risk',
    decisions: 'Decisions and disputes', decisionKind: 'Kind', date: 'Date', text: 'What', by: 'By', resolution: 'Resolution', addDecision: 'Add entry',
    basics: 'Basics', briefSection: 'Brief', problemSection: 'Problem and goals', sharingSection: 'Sharing and lessons',
    openBlockers: 'Before this challenge can open', readyToOpen: 'Ready to open: it has a title, a brief, a deadline and an incentive.',
    moveTo: { open: 'Open to contributors', reopen: 'Reopen for contributions', evaluating: 'Start evaluating', implementing: 'Start implementing', closed: 'Close', draft: 'Back to draft' },
    confirmArchive: 'Archive “{title}”? It disappears from the list; you can restore it from “Show archived”.',
    confirmClose: 'Close “{title}”? It stops taking contributions and cannot be reopened; you can still record lessons and decisions.',
    statusChanged: {
      draft: 'The challenge is a draft again.', open: 'The challenge is now open to contributors.', evaluating: 'The challenge is now being evaluated.',
      implementing: 'The challenge is now being implemented.', closed: 'The challenge is closed.',
    },
    created: 'Challenge created.', archivedToast: 'Challenge archived.', restoredToast: 'Challenge restored.',
    notFound: 'This challenge does not exist (it may have been removed).', weightOf: '{weight} ({pct})', nothing: 'Nothing yet.',
    invitedNobody: 'Nobody invited yet.', deadlineWithRelative: '{date} ({relative})',
    blindReview: 'Blind review: reviewers don’t see who wrote an idea',
    blindReviewHint: 'Authors and their affiliations are hidden on the review screen.',
    blindOn: 'Blind review', ideas: 'Ideas', ideasRanked: 'Ideas, ranked', recordIdea: 'Record an idea', allIdeas: { one: 'Open in the Ideas list', other: 'All {n} in the Ideas list' },
    noIdeas: 'No ideas yet.', ideasWhenOpen: 'Ideas can be recorded once the challenge is open.',
    rankingHint: 'Best first. Weighted score = Σ weight × mean score ÷ Σ weight, over the criteria someone scored; computed by Opencall from every review. Merged ideas count in the idea they were merged into.',
    rank: 'Rank', rankIdea: 'Idea', rankScore: 'Weighted score', rankReviews: 'Reviews',
    meanOf: 'Mean: {name}', toAnswer: { one: '{n} question to answer', other: '{n} questions to answer' }, showAllRanked: { one: 'Show the other idea', other: 'Show the other {n} ideas' },
  },
  contributor: {
    listTitle: 'Contributors', new: 'Add contributor', editTitle: 'Edit contributor', newTitle: 'New contributor',
    searchLabel: 'Search contributors', searchPlaceholder: 'Search names, affiliations, tags', kindFilter: 'Kind', expertiseFilter: 'Expertise', groupFilter: 'Group',
    expertisePlaceholder: 'Expertise tag', groupPlaceholder: 'Group',
    emptyTitle: 'No contributors yet', emptyBody: 'No one is an expert about everything. Add the suppliers, inventors, labs, customers, experts and partner firms you want ideas from.',
    emptyFiltered: 'No contributor matches these filters.', count: { '=0': 'No contributors', one: '{n} contributor', other: '{n} contributors' },
    name: 'Name', entity: 'Is a', kind: 'Kind', affiliation: 'Affiliation', expertise: 'Expertise', expertiseHint: 'Tags, separated with commas (e.g. acoustics, CFD).',
    groups: 'Groups', groupsHint: 'Like-minded communities, separated with commas.', email: 'Email', phone: 'Phone', website: 'Website', notes: 'Notes',
    recognition: 'Recognition earned', recognitionWhat: 'What', addRecognition: 'Add recognition', contact: 'Contact',
    agreements: 'Agreements accepted', noAcceptances: 'No agreement accepted yet.', recordAcceptance: 'Record acceptance', agreement: 'Agreement', version: 'Version', latest: 'Latest (v{n})',
    acceptedVersion: 'v{n} accepted {date}', outdated: 'A newer version exists', created: 'Contributor added.', archivedToast: 'Contributor archived.', restoredToast: 'Contributor restored.',
    confirmArchive: 'Archive {name}? They disappear from the list; you can restore them from “Show archived”.', accepted: 'Acceptance recorded.', notFound: 'This contributor does not exist.',
    noPublished: 'No published agreement to accept yet.',
    conflicts: 'Conflicts of interest', conflictsHint: 'Contributors this one may not review (e.g. a business partner or relative). Each is refused as reviewer of the other’s ideas.',
    conflictSearch: 'Find a contributor', conflictAdd: 'Declare a conflict with {name}', conflictRemove: 'Remove the conflict with {name}', noConflicts: 'None declared.',
    fromIdea: 'You came here while recording an idea.', backToIdea: 'Back to the idea', ideas: 'Ideas',
  },
  idea: {
    listTitle: 'Ideas', new: 'Record an idea', newTitle: 'Record an idea', editTitle: 'Edit idea',
    searchLabel: 'Search ideas', searchPlaceholder: 'Search titles, summaries and text',
    challengeFilter: 'Challenge', stageFilter: 'Stage', authorFilter: 'Author', challengePlaceholder: 'Challenge…', authorPlaceholder: 'Author…',
    emptyTitle: 'No ideas yet', emptyBody: 'Ideas answer a challenge. Record the ones that reached you by mail or in a workshop on behalf of their authors, or your colleagues’ own.',
    emptyFiltered: 'No idea matches these filters.', count: { '=0': 'No ideas', one: '{n} idea', other: '{n} ideas' },
    title: 'Title', summary: 'Summary', summaryHint: 'One or two sentences: what it is and why it helps.', body: 'Description', bodyHint: 'Markdown: **bold**, *italic*, lists, links. Rendered safely.',
    challenge: 'Challenge', stage: 'Stage', authors: 'Authors', authorsHint: 'The contributors the idea comes from. Co-authors share the credit.',
    authorSearch: 'Find an author', authorSearchPlaceholder: 'Type a name, affiliation or tag', addAuthor: 'Add {name} as an author', removeAuthor: 'Remove {name}',
    attachments: 'Attachments', attachmentsHint: 'Files are stored once inside the workspace, identified by their SHA-256; at most 25 MB each.',
    attach: 'Attach file…', attaching: 'Attaching…', removeAttachment: 'Remove {name}', saveAttachment: 'Save…', savedAttachment: 'Saved “{name}”.',
    noAttachments: 'No files attached.', fingerprint: 'Fingerprint', fingerprintHint: 'SHA-256 of the title, summary, description, authors and attachment hashes. Any change makes a new one.',
    chooseChallenge: 'Choose a challenge', noOpenChallenges: 'No challenge is open for ideas. Open a challenge first.',
    checkOk: 'These authors may contribute to this challenge.', checkTitle: 'Before this idea can be recorded',
    whatToDo: 'See what to do next',
    action: {
      accept: 'Record the acceptance on {name}’s page', invite: 'Invite them on the challenge', restore: 'Open {name}’s page to restore them',
      agreement: 'Open the agreement', challenge: 'Open the challenge',
    },
    created: 'Idea recorded.', notFound: 'This idea does not exist (it may have been removed).',
    archivedToast: 'Idea archived.', restoredToast: 'Idea restored.', confirmArchive: 'Archive “{title}”? It leaves the lists and the ranking; you can restore it from “Show archived”.',
    moveTo: {
      screening: 'Start screening', evaluation: 'Move to evaluation', selected: 'Select', implementing: 'Start implementing', done: 'Mark as done', rejected: 'Reject…',
      backToScreening: 'Back to screening', backToEvaluation: 'Back to evaluation',
    },
    stageChanged: {
      submitted: 'The idea is back to submitted.', screening: 'The idea is now being screened.', evaluation: 'The idea is now being evaluated.',
      selected: 'The idea is selected.', implementing: 'The idea is now being implemented.', done: 'The idea is done.', rejected: 'The idea is rejected.',
    },
    reject: 'Reject', rejectTitle: 'Reject this idea', rejectReason: 'Reason', rejectReasonHint: 'The authors are told why. Be specific and kind.',
    shareAsLesson: 'Share as a lesson', shareAsLessonHint: 'Adds “{title} — reason” to the challenge’s lessons learned, so others don’t repeat it.',
    rejectedBecause: 'Rejected: {reason}', sharedAsLesson: 'Shared as a lesson on the challenge.',
    mergedInto: 'Merged into {title}. This idea stays readable; its authors are credited there, and its comments moved there.',
    mergedFrom: 'Merged from', mergedNotes: 'Review notes from merged ideas',
    merge: 'Merge duplicates', mergeHint: 'Merging this idea into another keeps both ideas’ authors credited there and moves the comments there; this one stays readable as merged.',
    mergeSearch: 'Find the idea to merge into', mergeSearchPlaceholder: 'Type a title', mergeInto: 'Merge into “{title}”…', mergeChoose: 'Merge into {title}',
    mergeButton: 'Merge into…', mergeOk: 'Merge', mergeNoMatch: 'No other idea of this challenge matches.',
    confirmMerge: 'Merge “{from}” into “{into}”? “{into}” will credit both ideas’ authors; “{from}” stays readable as merged. This cannot be undone.',
    merged: 'Ideas merged.',
    authorsSection: 'Authors', acceptedSection: 'Agreements accepted', acceptedItem: '{name} accepted {agreement} v{version}', noAccepted: 'The challenge required no agreement.',
    noBody: 'No description.',
    scoreOf: '{score} of 10', notScored: 'Not scored yet', scoreHint: 'Σ weight × mean score ÷ Σ weight over the scored criteria, computed by Opencall from every review.',
    reviews: 'Reviews', noReviews: 'No reviews yet.', review: 'Review this idea', reviewCount: { '=0': 'No reviews', one: '{n} review', other: '{n} reviews' },
    reviewedBlind: 'Reviewed blind', weighted: 'Weighted {score}',
    comments: 'Comments', noComments: 'No comments yet.', comment: 'Comment', addComment: 'Add comment', reply: 'Reply', postReply: 'Post reply',
    commentAs: 'Post as', asYou: '{name} (you)', onBehalfOf: 'On behalf of {name}', otherContributor: 'On behalf of another contributor…',
    commentAdded: 'Comment added.', movedFrom: 'Moved here from a merged idea', commentPlaceholder: 'Questions, suggestions, answers…',
    versions: 'Versions', currentVersion: 'Current · revision {n}', earlierVersion: 'Revision {n} · saved {date}', noEarlier: 'No earlier versions: this is the first.',
    activity: 'Activity', submit: 'Record idea', filesShort: 'Files', fileCount: { one: '{n} file', other: '{n} files' },
    mergedBadge: 'Merged', contributorKind: 'contributor, recorded on their behalf',
    chooseContributor: 'Choose the contributor this comment is from.',
    provenance: 'Received from {org} on {date} · bundle {bundle} · key {key}',
    keptBy: 'Kept by {org}: its text changes only when they send a newer version.',
    stageFrom: 'Stage last set by {org} on {date} · bundle {bundle}',
    receipts: 'Receipts', receiptsHint: 'Signed statements from the sponsor that they received this idea with this fingerprint. Keep them as evidence of what you submitted and when.',
    receiptLine: 'Received by {sponsor} on {date}, fingerprint {hash}',
    receiptValid: 'Valid', receiptInvalid: 'Invalid', receiptSignedBy: 'Signed by {sponsor} with key {key}.',
    receiptCurrent: 'The fingerprint is this idea’s current version.', receiptEarlier: 'The fingerprint is an earlier version of this idea.',
    receiptNoMatch: 'The fingerprint is not one of this idea’s versions.',
    checkAgain: 'Check again', checkedValid: 'Receipt checked: the signature is valid.', checkedInvalid: 'Receipt checked: it is not valid.',
    subProblem: 'Sub-problem it addresses', subProblemNone: 'The challenge as a whole', subProblemHint: 'Optional: the work package this idea answers.',
  },
  review: {
    title: 'Review: {title}', back: 'Back to the idea', blind: 'Blind review: authors are hidden.', blindHint: 'Judge the idea on its merits: this screen does not show who wrote it or where they work.',
    who: 'Who reviews',
    reviewer: 'Reviewer', reviewerHint: 'You by default; a colleague; or a contributor acting as an outside expert.',
    you: 'You ({name})', contributor: 'A contributor (outside expert)…', contributorSearch: 'Find the outside expert', chooseExpert: 'Choose {name}',
    criteria: 'Scores', criteriaHint: 'Score each criterion from 0 (poor) to 10 (excellent). Leave one empty to not score it.',
    noCriteria: 'This challenge has no evaluation criteria. Add them on the challenge first.',
    scoreRange: '{name}: slider',
    preview: 'Weighted total (preview): {score} of 10', previewNone: 'Weighted total (preview): score a criterion to see it',
    previewHint: 'Computed here as you type, for orientation only. The saved score and the ranking come from Opencall.',
    note: 'Note', noteHint: 'What convinced you, what worries you. Shared with colleagues.', save: 'Save review', saved: 'Review saved.',
    existing: 'Reviews so far', resumed: 'Your earlier scores are filled in; saving replaces them.',
    outsideExpert: 'outside expert', staff: 'staff', weight: 'weight {weight} ({pct})', outOf: 'of 10',
    chooseExpertFirst: 'Choose the contributor who reviews as an outside expert.', scoreOne: 'Score the idea on at least one criterion.',
  },
  work: {
    title: 'Work packages', intro: 'Divide the challenge so people can work on parts in parallel. No one is an expert about everything: match each part to the right people.',
    none: 'No sub-problems yet. Split the challenge into parts people can take on.',
    overall: 'Completion', doneOf: '{done} of {total} done', add: 'Add sub-problem', addTitle: 'New sub-problem',
    titleLabel: 'Title', description: 'Description', descriptionHint: 'Markdown. What exactly needs doing, and how you will know it is done.',
    expertise: 'Required expertise', expertiseHint: 'Tags, separated with commas (e.g. acoustics, CFD). Used to find who could take it.',
    due: 'Due', parent: 'Part of', topLevel: 'None (a top-level part)', create: 'Add', created: 'Sub-problem added.',
    claimedBy: 'Claimed by', assigned: 'Assigned to', dueOn: 'Due {date}', completionOf: 'Completion of {title}',
    claim: 'Claim for…', claimFor: 'Claim for {name}', claimSearch: 'Find the contributor who takes it', claimed: '{name} claimed “{title}”.',
    candidates: 'Who could take this', hideCandidates: 'Hide suggestions', noCandidates: 'No contributor lists any of these tags. Add expertise to contributors, or claim it for someone.',
    noTags: 'Add expertise tags to this sub-problem to get suggestions.',
    candidatesHint: 'Best match first: how many of the required tags their expertise covers, then their record on similar work.',
    tagsWanted: 'Expertise wanted: ', tagCovered: '(covered)', tagMissing: '(not covered)', record: { '=0': 'no similar work done yet', one: '{n} similar sub-problem done', other: '{n} similar sub-problems done' },
    statusChanged: 'Status changed to {status}.',
    moveTo: { in_progress: 'Start', done: 'Mark done', dropped: 'Drop', open: 'Reopen', claimed: 'Back to claimed', reopen: 'Reopen' },
    edit: 'Edit', editTitle: 'Edit sub-problem', saved: 'Sub-problem saved.', children: { one: '{n} part', other: '{n} parts' },
  },
  qa: {
    title: 'Questions & answers', faq: 'Frequently asked', faqEmpty: 'No public answers yet.',
    unanswered: { '=0': 'No open questions', one: '{n} question to answer', other: '{n} questions to answer' },
    toAnswer: 'Waiting for an answer', internal: 'Answered internally', internalHint: 'Only your organization sees these.',
    askedBy: 'Asked by {name} · {date}', answeredBy: 'Answered by {name} · {date}',
    answer: 'Answer', answerLabel: 'Your answer', public: 'Public: share with all participants', publicHint: 'Public answers appear in the FAQ and in the challenge report.',
    answered: 'Answer saved.', ask: 'Ask a question', askLabel: 'Question', askAs: 'Asked by', asked: 'Question recorded.',
    askPlaceholder: 'What would participants like to know?', publicBadge: 'Public', internalBadge: 'Internal',
  },
  party: {
    you: '{name} (you)', contributor: 'A contributor…', contributorSearch: 'Find the contributor', choose: 'Choose {name}',
    chooseContributor: 'Choose the contributor.', contributorTag: 'contributor', staffTag: 'staff',
  },
  dispute: {
    title: 'Disputes', intro: 'Raise a dispute, discuss it in notes, and resolve it. Resolved disputes stay here as the challenge’s transparent record.',
    open: { '=0': 'No open disputes', one: '{n} open dispute', other: '{n} open disputes' },
    raise: 'Raise a dispute', raisedBy: 'Raised by', about: 'About', aboutNothing: 'The challenge in general', text: 'What is disputed',
    raised: 'Dispute raised.', raisedLine: 'Raised by {name} · {date}', aboutIdea: 'About the idea {title}',
    notes: 'Notes', addNote: 'Add note', noteLabel: 'Note', noteBy: 'Note by', noteAdded: 'Note added.',
    resolve: 'Resolve', resolution: 'Resolution', resolutionHint: 'What was decided and why. You are recorded as who decided.', resolved: 'Dispute resolved.',
    record: 'Resolved: the record', recordEmpty: 'No dispute resolved yet.', decided: 'Decided by {name} · {date}',
  },
  obligation: {
    title: 'Obligations', intro: 'What was promised to the authors of selected ideas: one per incentive per author, tracked until delivered or waived.',
    none: 'No obligations yet. Selecting an idea creates one per incentive for each of its authors.',
    summary: '{outstanding} outstanding · {overdue} overdue · {delivered} delivered · {waived} waived',
    forIdea: 'For {title}', due: 'Due {date}', overdue: 'Overdue',
    deliver: 'Deliver…', waive: 'Waive…', deliverConfirm: 'Mark delivered', waiveConfirm: 'Waive',
    evidence: 'Note (evidence)', evidenceHint: 'E.g. the transfer reference, the introduction made, the credit given.',
    reason: 'Reason', reasonHint: 'Why this promise is waived. The author should hear it from you.',
    delivered: 'Marked as delivered.', waived: 'Waived.', settled: '{status} {date} by {name}', settledNoName: '{status} {date}',
  },
  export: {
    title: 'Export', hint: 'Files are written where you choose: CSV (UTF-8, for spreadsheets; column names stay in English and numbers and dates in ISO form, so formulas and scripts keep working) and a self-contained report in the language you use here.',
    ideas: 'Ideas (CSV)', reviews: 'Reviews (CSV)', obligations: 'Obligations (CSV)', contributors: 'Export CSV',
    reportHtml: 'Report (HTML)', reportMd: 'Report (Markdown)', saveTitle: 'Save export', done: 'Saved {name} ({size}).',
  },
  dashboard: {
    title: 'Dashboard: {title}', open: 'Dashboard', back: 'Back to the challenge', portfolio: 'Dashboard',
    portfolioIntro: 'Every challenge at a glance: where its ideas are, how far the work is, what still needs an answer and what is owed.',
    funnel: 'Idea funnel', funnelCaption: 'Ideas by stage', stage: 'Stage', count: 'Ideas', ideas: { '=0': 'No ideas yet', one: '{n} idea', other: '{n} ideas' },
    completion: 'Sub-problems', completionCaption: 'Sub-problem completion', completionDetail: '{done} of {total} done',
    noSubproblems: 'No sub-problems yet', deadline: 'Days to deadline', noDeadline: 'No deadline', pastDeadline: 'Days since the deadline passed',
    days: { one: 'day left', other: 'days left' }, dueSoon: 'Due soon', attention: 'Needs an answer',
    participants: 'Participants by kind', participantsCaption: 'Authors by contributor kind', kind: 'Kind', people: 'Authors', noParticipants: 'No authors yet.',
    questions: 'Open questions', disputes: 'Open disputes', obligations: 'Obligations', obligationsCaption: 'Obligations by status', status: 'Status',
    obligationStatus: { outstanding: 'Outstanding', overdue: 'Overdue', delivered: 'Delivered', waived: 'Waived' },
    empty: 'No challenges yet.', openChallenge: 'Open the challenge', openDashboard: 'Full dashboard',
    count: { '=0': 'No challenges', one: '{n} challenge', other: '{n} challenges' },
  },
  leaderboard: {
    title: 'Leaderboard', intro: 'Recognition points per contributor, from the rules below. Credit where it is due.',
    period: 'Period', allTime: 'All time', since: 'Since', last30: 'Last 30 days', last90: 'Last 90 days', thisYear: 'This year', custom: 'Since a date…',
    kind: 'Kind', rank: 'Rank', name: 'Contributor', points: 'Points', breakdown: 'From',
    empty: 'Nobody has earned points in this period yet.', rules: 'How points are earned',
    rulesHint: 'Points are computed by Opencall from the record: ideas, reviews, answers and finished work.',
    rule: {
      idea_submitted: 'Idea submitted', idea_selected: 'Idea selected', review_written: 'Review written',
      question_answered_publicly: 'Question answered publicly', sub_problem_done: 'Sub-problem done',
    },
    ruleDetail: {
      idea_submitted: 'each author of each idea', idea_selected: 'each author, when the idea is selected (or later stages)',
      review_written: 'a review written as an outside expert', question_answered_publicly: 'the contributor whose question got a public answer',
      sub_problem_done: 'each contributor who claimed or was assigned a finished sub-problem',
    },
    pointsValue: { one: '{n} point', other: '{n} points' },
  },
  contributions: {
    gave: 'What they gave', received: 'What they received', ideas: 'Ideas', reviews: 'Reviews written',
    claims: 'Sub-problems taken on', noClaims: 'None yet.', obligations: 'Promises owed to them', noObligations: 'Nothing owed yet.',
    points: 'Recognition points', leaderboard: 'See the leaderboard', noIdeas: 'No ideas yet.',
  },
  agreement: {
    listTitle: 'Agreements', new: 'New agreement', editTitle: 'Edit agreement', newTitle: 'New agreement',
    searchLabel: 'Search agreements', searchPlaceholder: 'Search titles and summaries',
    emptyTitle: 'No agreements yet', emptyBody: 'Agreements create security: NDAs, submission terms, IP assignment, licences, joint development, participation rules. Published versions never change.',
    emptyFiltered: 'No agreement matches.', count: { '=0': 'No agreements', one: '{n} agreement', other: '{n} agreements' },
    title: 'Title', kind: 'Kind', summary: 'Summary', draft: 'Text', draftHint: 'Editing changes only the draft. Publishing freezes it as a new version identified by its SHA-256.',
    draftSection: 'Working draft', unpublished: 'Unpublished changes', upToDate: 'Matches version {n}', notPublished: 'Not published yet',
    publish: 'Publish version {n}', published: 'Published version {n}.', versions: 'Published versions', noVersions: 'Nothing published yet.',
    cannotPublish: 'This draft cannot be published yet:',
    versionLabel: 'Version {n}', publishedBy: 'Published {date} by {who}', sha: 'SHA-256', latestVersion: 'v{n}', versionShort: 'v{n}',
    acceptances: 'Acceptances', noAcceptances: 'Nobody has accepted this agreement yet.', created: 'Agreement created.',
    acceptedOn: 'v{version} · {date}',
    confirmPublish: 'Publish this text as version {n}? Published versions can never be changed.', confirmArchive: 'Archive “{title}”?',
    archivedToast: 'Agreement archived.', restoredToast: 'Agreement restored.', notFound: 'This agreement does not exist.',
  },
  activity: {
    title: 'Activity', intro: 'Every change, who made it and when. Each entry is chained to the previous one by its SHA-256 hash, so tampering shows.',
    verify: 'Verify chain', intact: { one: 'Chain intact: {n} entry verified. Head {head}.', other: 'Chain intact: {n} entries verified. Head {head}.' },
    broken: 'Chain broken at entry {seq}: {reason}',
    empty: 'No activity yet.', when: 'When', who: 'Who', what: 'What', hash: 'Hash',
    count: { one: '{n} entry', other: '{n} entries' }, unknownPerson: 'Unknown person', system: 'Opencall',
    entryRef: '#{seq} {hash}',
  },
  // One sentence per action code of the structured log. {label} is the
  // record's title or name at that moment (user text, isolated for bidi).
  log: {
    workspace: {
      created: 'Created the workspace {label}', updated: 'Updated the workspace {label}', updatedFields: 'Changed the {fields} of the workspace {label}',
    },
    challenge: {
      created: 'Created the challenge {label}', updated: 'Edited the challenge {label}', updatedFields: 'Changed the {fields} of the challenge {label}',
      status_changed: 'Moved the challenge {label} from {from} to {to}', archived: 'Archived the challenge {label}', restored: 'Restored the challenge {label}',
      imported: 'Received the challenge {label} from {from}', conflict: 'Kept your copy of the challenge {label}; {from} sent another revision {revision}',
    },
    contributor: {
      created: 'Added the contributor {label}', updated: 'Edited the contributor {label}', updatedFields: 'Changed the {fields} of the contributor {label}',
      archived: 'Archived the contributor {label}', restored: 'Restored the contributor {label}',
      imported: 'Received the profile of {label} from {from}', conflict: 'Kept your copy of the profile of {label}; {from} sent another revision {revision}',
    },
    agreement: {
      created: 'Created the agreement {label}', updated: 'Edited the agreement {label}', updatedFields: 'Changed the {fields} of the agreement {label}',
      archived: 'Archived the agreement {label}', restored: 'Restored the agreement {label}', published: 'Published version {version} of the agreement {label}',
      imported: 'Received the agreement {label} from {from}', conflict: 'Kept your copy of the agreement {label}; {from} sent another revision {revision}',
    },
    acceptance: {
      created: '{label} accepted version {version} of {agreement_title}',
      imported: 'Received from {from} an acceptance of version {version}, recorded by {label}',
      conflict: 'Kept your copy of an acceptance recorded by {label}; {from} sent another revision {revision}',
    },
    idea: {
      created: 'Recorded the idea {label}', updated: 'Edited the idea {label}', updatedFields: 'Changed the {fields} of the idea {label}',
      status_changed: 'Moved the idea {label} from {from} to {to}', rejected: 'Rejected the idea {label}: {reason}',
      rejectedLesson: 'Rejected the idea {label} and shared it as a lesson: {reason}',
      merged: 'Merged the idea {from_label} into {label}', merged_into: 'Merged the idea {label} into {into_label}',
      archived: 'Archived the idea {label}', restored: 'Restored the idea {label}',
      imported: 'Received the idea {label} from {from}', conflict: 'Kept your copy of the idea {label}; {from} sent another revision {revision}',
      status_changedFrom: '{sender} moved the idea {label} from {from} to {to}',
    },
    review: {
      created: 'Reviewed the idea {label}', updated: 'Revised a review of the idea {label}',
    },
    comment: {
      created: 'Commented on the idea {label}', moved: 'Moved the comment {label} to the idea it was merged into',
    },
    sub_problem: {
      created: 'Added the sub-problem {label}', updated: 'Edited the sub-problem {label}', updatedFields: 'Changed the {fields} of the sub-problem {label}',
      claimed: '{contributor_name} claimed the sub-problem {label}', status_changed: 'Moved the sub-problem {label} from {from} to {to}',
      archived: 'Archived the sub-problem {label}', restored: 'Restored the sub-problem {label}',
      imported: 'Received the sub-problem {label} from {from}', conflict: 'Kept your copy of the sub-problem {label}; {from} sent another revision {revision}',
      claimedFrom: 'Received claims on the sub-problem {label} from {from}',
    },
    question: {
      created: 'Recorded a question on {label}', answered: 'Answered the question {label} publicly', answeredInternal: 'Answered the question {label} internally',
      imported: 'Received the question {label} from {from}', conflict: 'Kept your copy of the question {label}; {from} sent another revision {revision}',
      answeredFrom: '{from} answered the question {label}',
    },
    bundle: {
      exported: 'Sent {kind} bundle on {label} to {recipients} ({records})',
      imported: 'Imported {kind} bundle from {label}, signed with key {key_id}: {counts}',
      counts: { added: '{n} added', updated: '{n} updated', unchanged: '{n} unchanged', older: '{n} older skipped', conflicts: { one: '{n} conflict', other: '{n} conflicts' } },
      nothing: 'nothing new',
    },
    key: {
      trusted: 'Trusted the signing key {key} of {label}', revoked: 'Revoked the signing key {key} of {label}',
    },
    receipt: {
      created: 'Received a signed receipt from {from} for the idea {label}',
    },
    // Any other record kind received in a bundle.
    imported: 'Received {kind} {label} from {from}', conflict: 'Kept your copy of {kind} {label}; {from} sent another revision {revision}',
    dispute: {
      created: 'Raised a dispute on {label}', updated: 'Added a note to the dispute {label}', updatedFields: 'Added a note to the dispute {label}',
      resolved: 'Resolved the dispute {label}',
    },
    obligation: {
      created: 'Recorded the obligation {label}', status_changed: 'Moved the obligation {label} from {from} to {to}',
    },
    unknown: '{action}: {label}',
  },
  // Field names as they appear inside a sentence ("Changed title and deadline …").
  fieldNames: {
    workspace: { name: 'name', people: 'people', organization: 'organization' },
    challenge: {
      title: 'title', brief: 'brief', problem: 'problem statement', goals: 'goals', success_criteria: 'success criteria',
      assets_shared: 'what we share', lessons: 'lessons learned', constraints: 'constraints', challenge_type: 'type', lead: 'lead',
      deadline: 'deadline', audience: 'audience', rules: 'rules', required_agreements: 'required agreements', incentives: 'incentives',
      criteria: 'evaluation criteria', risks: 'risks', decisions: 'decisions', status: 'status',
    },
    contributor: {
      name: 'name', entity: 'entity', kind: 'kind', affiliation: 'affiliation', expertise: 'expertise', groups: 'groups',
      contact: 'contact details', notes: 'notes', recognition: 'recognition',
    },
    agreement: { title: 'title', kind: 'kind', summary: 'summary', draft: 'draft' },
    idea: { title: 'title', summary: 'summary', body: 'description', authors: 'authors', attachments: 'attachments', sub_problem: 'sub-problem' },
    sub_problem: { title: 'title', description: 'description', expertise: 'required expertise', due: 'due date', assigned: 'assignees' },
  },
  enums: {
    challenge_status: { draft: 'Draft', open: 'Open', evaluating: 'Evaluating', implementing: 'Implementing', closed: 'Closed' },
    // The same statuses inside a sentence ("from draft to open").
    challenge_status_inline: { draft: 'draft', open: 'open', evaluating: 'evaluating', implementing: 'implementing', closed: 'closed' },
    challenge_type: { ideation: 'Ideation', theoretical: 'Theoretical', prototype: 'Prototype', partner_scouting: 'Partner scouting' },
    audience: { internal_only: 'Internal only', invited: 'Invited contributors and groups', open: 'Open to anyone who receives it' },
    ip_regime: { none: 'None: contributors keep their IP', non_exclusive_licence: 'Non-exclusive licence to us', exclusive_assignment: 'Exclusive assignment to us' },
    incentive: { money: 'Money', contacts: 'Contacts', collaboration: 'Collaboration', recognition: 'Recognition', idea_exchange: 'Exchange of ideas', other: 'Other' },
    decision: { decision: 'Decision', dispute: 'Dispute' },
    contributor_kind: { supplier: 'Supplier', independent_inventor: 'Independent inventor', university_lab: 'University lab', customer: 'Customer', expert: 'Expert', partner_firm: 'Partner firm', employee: 'Employee' },
    entity: { person: 'Person', organization: 'Organization' },
    agreement_kind: { nda: 'Non-disclosure (NDA)', non_confidential_submission: 'Non-confidential submission terms', ip_assignment: 'IP assignment', licence: 'Licence', joint_development: 'Joint development', participation_rules: 'Participation rules' },
    record_kind: { workspace: 'Workspace', contributor: 'Contributor', challenge: 'Challenge', agreement: 'Agreement', acceptance: 'Acceptance', idea: 'Idea', review: 'Review', comment: 'Comment', sub_problem: 'Sub-problem', question: 'Question', dispute: 'Dispute', obligation: 'Obligation', bundle: 'Bundle', key: 'Signing key', receipt: 'Receipt' },
    // The same kinds inside a sentence ("Received the review …").
    record_kind_inline: { workspace: 'the workspace', contributor: 'the contributor', challenge: 'the challenge', agreement: 'the agreement', acceptance: 'the acceptance', idea: 'the idea', review: 'the review', comment: 'the comment', sub_problem: 'the sub-problem', question: 'the question', dispute: 'the dispute', obligation: 'the obligation', bundle: 'the bundle', key: 'the signing key', receipt: 'the receipt' },
    // As headings of what a bundle carries.
    record_kind_plural: { workspace: 'Workspace', contributor: 'Contributor profiles', challenge: 'Challenge', agreement: 'Agreement texts', acceptance: 'Acceptances', idea: 'Ideas', review: 'Reviews', comment: 'Comments', sub_problem: 'Sub-problems', question: 'Questions and answers', dispute: 'Disputes', obligation: 'Obligations', bundle: 'Bundles', key: 'Signing keys', receipt: 'Receipts' },
    bundle_kind: { challenge: 'Challenge bundle', response: 'Response bundle', update: 'Update bundle', backup: 'Workspace backup' },
    // With its article, inside a sentence ("Sent an update bundle …").
    bundle_kind_inline: { challenge: 'a challenge', response: 'a response', update: 'an update', backup: 'a backup' },
    import_action: { add: 'Add', update: 'Update', unchanged: 'Unchanged', older: 'Older (skipped)', conflict: 'Conflict' },
    trust_state: { trusted: 'Trusted', unknown: 'Not yet trusted', changed: 'Key changed', revoked: 'Key revoked', own: 'Your own' },
    bundle_direction: { sent: 'Sent', received: 'Received' },
    idea_stage: { submitted: 'Submitted', screening: 'Screening', evaluation: 'Evaluation', selected: 'Selected', implementing: 'Implementing', done: 'Done', rejected: 'Rejected' },
    // The same stages inside a sentence ("from screening to evaluation").
    idea_stage_inline: { submitted: 'submitted', screening: 'screening', evaluation: 'evaluation', selected: 'selected', implementing: 'implementing', done: 'done', rejected: 'rejected' },
    sub_problem_status: { open: 'Open', claimed: 'Claimed', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' },
    sub_problem_status_inline: { open: 'open', claimed: 'claimed', in_progress: 'in progress', done: 'done', dropped: 'dropped' },
    obligation_status: { outstanding: 'Outstanding', delivered: 'Delivered', waived: 'Waived' },
    obligation_status_inline: { outstanding: 'outstanding', delivered: 'delivered', waived: 'waived' },
  },
  errors: {
    generic: 'Something went wrong.', no_backend: 'Opencall must run inside its desktop window.',
    startup: 'The workspace could not be opened', startupHint: 'Close other Opencall windows and restart. If the problem stays, check the data directory below.',
    archived: 'This record is archived. Restore it before changing it.',
    ipc: 'Opencall could not handle this request. Please check what you entered and try again.',
  },
  // Language and calendar (Workspace settings and the first-run screen).
  settings: {
    language: 'Language', languageHint: 'The language of the app. A change applies at once.', calendar: 'Calendar',
    calendarHint: 'Dates in the app are shown in this calendar. Exports and files always carry ISO dates.',
    system: 'Same as the system', title: 'Language and calendar',
  },
  // Each language and calendar by its own name.
  languages: { en: 'English', fa: 'فارسی' },
  calendars: { persian: 'Solar Hijri (Persian)', gregorian: 'Gregorian' },
  // Date fields: the system's date picker is Gregorian; where the app shows
  // dates in another calendar, a line under each date field says so and
  // gives the chosen day in the app's calendar.
  dateField: {
    gregorian: 'Enter the date in the Gregorian calendar.',
    gregorianIs: 'Gregorian date — the same day as {date} in the Solar Hijri calendar.',
  },
  // What a screen reader reads instead of a chart, and its table of numbers.
  charts: { summary: '{caption}: {items}.', item: '{label} {value}', ring: '{caption}: {percent}', numbers: 'Show the numbers' },
};

// Persian (fa): the same keys and placeholders as `en`; written for staff of
// small and medium firms. Half-spaces are U+200C (zero-width non-joiner).
const fa = {
  app: { name: 'Opencall', tagline: 'نوآوری باز، بی‌نیاز از سرور', skip: 'رفتن به محتوا', loading: 'در حال باز کردن فضای کار…' },
  nav: { label: 'اصلی', challenges: 'چالش‌ها', ideas: 'ایده‌ها', contributors: 'مشارکت‌کننده‌ها', agreements: 'توافق‌نامه‌ها', activity: 'گزارش فعالیت‌ها', portfolio: 'داشبورد', leaderboard: 'جدول امتیازها', backups: 'پشتیبان‌ها', shortcuts: 'میان‌برها: / جست‌وجو · Ctrl+N مورد تازه · Ctrl+S ذخیره · Esc انصراف' },
  common: {
    save: 'ذخیره', saving: 'در حال ذخیره…', cancel: 'انصراف', ok: 'تأیید', edit: 'ویرایش', archive: 'بایگانی', restore: 'بازگردانی',
    search: 'جست‌وجو', all: 'همه', none: 'هیچ', notSet: 'تعیین نشده', back: 'بازگشت', add: 'افزودن', remove: 'حذف',
    showArchived: 'نمایش بایگانی‌شده‌ها', archived: 'بایگانی‌شده', saved: 'ذخیره شد.', revision: 'ویرایش {n}',
    created: 'ساخته‌شده در {date}', updated: 'به‌روزشده در {date}', history: 'تاریخچه', preview: 'پیش‌نمایش', write: 'نوشتن',
    oneLine: 'هر مورد در یک خط.', commaSeparated: 'با ویرگول جدا کنید.', yes: 'بله', no: 'خیر',
    errorsTitle: { one: 'پیش از ذخیره، این مشکل را برطرف کنید:', other: 'پیش از ذخیره، این {n} مشکل را برطرف کنید:' },
    loadMore: 'نمایش بیشتر', close: 'بستن',
    dateRequired: 'یک تاریخ انتخاب کنید.', discard: 'تغییرهای ذخیره‌نشده دور ریخته شوند؟', discardOk: 'دور ریختن', keepEditing: 'ادامهٔ ویرایش',
    conflictHint: 'در این فاصله کس دیگری این رکورد را تغییر داده است. برای دیدن نسخهٔ او دوباره بارگذاری کنید.', reload: 'بارگذاری دوباره',
    clearFilters: 'پاک کردن پالایه‌ها', previous: 'قبلی', next: 'بعدی',
    pageOf: 'صفحهٔ {page} از {pages}', range: 'نمایش {from} تا {to} از {total}',
    loading: 'در حال بارگذاری…',
    you: 'شما',
    copy: 'رونوشت', copied: 'رونوشت برداشته شد.', copyManually: 'برای رونوشت‌برداری از متن انتخاب‌شده، Ctrl+C را بزنید.',
    clearFilter: 'پاک کردن {label}', noMatches: 'موردی پیدا نشد.',
  },
  link: {
    title: 'پیوند', address: 'نشانی پیوند', open: 'باز کردن در مرورگر', copy: 'رونوشت پیوند', copied: 'رونوشت پیوند برداشته شد.',
    copyManually: 'برای رونوشت‌برداری از پیوند انتخاب‌شده، Ctrl+C را بزنید.',
    confirmOpen: 'این پیوند در مرورگر وب شما باز شود؟\n\n{href}', notOpenable: 'فقط پیوندهای وب و رایانامه در مرورگر باز می‌شوند؛ از این یکی رونوشت بردارید.',
  },
  setup: {
    title: 'به Opencall خوش آمدید',
    intro: 'چالش‌های خود را با تأمین‌کنندگان، مخترعان، آزمایشگاه‌ها، مشتریان و شرکت‌های همکار در میان بگذارید — با قواعد، توافق‌نامه‌ها و مشوق‌های روشن. همه‌چیز روی همین رایانه می‌ماند.',
    org: 'سازمان شما', orgHint: 'شرکتی که چالش‌ها را مطرح می‌کند، مثلاً «پمپ‌سازی آب‌روشن».',
    user: 'نام شما', userHint: 'به‌عنوان نویسندهٔ تغییرهای شما ثبت می‌شود.',
    role: 'سمت شما (اختیاری)', create: 'ساختن فضای کار',
    keyNote: 'یک کلید امضا برای سازمان شما روی همین رایانه ساخته می‌شود. بعدها بسته‌هایی را که برای همکاران می‌فرستید با آن امضا می‌کنید.',
  },
  workspace: {
    fingerprint: 'شناسهٔ کلید امضا {fp}', dataDir: 'داده‌ها: {dir}', settings: 'تنظیمات فضای کار',
    title: 'فضای کار', intro: 'سازمان شما آن‌طور که همکاران می‌بینند، کسانی که از این فضای کار استفاده می‌کنند، و جای نگهداری داده‌های آن.',
    organization: 'سازمان', people: 'افراد', peopleHint: 'کارکنان سازمان شما که چالش‌ها را پیش می‌برند یا تصمیم‌ها را ثبت می‌کنند. نمی‌توانید خودتان را حذف کنید.',
    personName: 'نام', personRole: 'سمت', addPerson: 'افزودن فرد', identity: 'هویت امضا', you: 'شما', youMark: '(شما)',
    keyFingerprint: 'اثر انگشت کلید', keyId: 'شناسهٔ کلید', publicKey: 'کلید عمومی',
    keyHint: 'هنگام راه‌اندازی روی همین رایانه ساخته شده است و کلید خصوصی آن هرگز از این رایانه بیرون نمی‌رود. همکاران پیش از اعتماد به بسته‌های شما، شناسهٔ کلید را با شما مقایسه می‌کنند.',
    storage: 'محل نگهداری', dataDirLabel: 'پوشهٔ داده‌ها', schema: 'نسخهٔ طرح‌واره',
    conflicts: 'تعارض منافع', conflictsHint: 'این فرد نمی‌تواند ایده‌های این مشارکت‌کننده‌ها را داوری کند. افرادی که بالا افزوده می‌شوند پس از ذخیره می‌توانند تعارض‌های خود را اعلام کنند.',
    conflictsOf: 'تعارض منافع {name}', conflictsSearch: 'یافتن مشارکت‌کننده برای افزودن',
    conflictAdd: 'افزودن {name} به تعارض‌های {person}', conflictRemove: 'حذف {name} از تعارض‌های {person}',
  },
  bundle: {
    send: 'فرستادن برای همکاران…', sendResponse: 'فرستادن پاسخ…', importAction: 'وارد کردن بسته…',
    sendTitle: 'فرستادن برای همکاران', responseTitle: 'فرستادن پاسخ',
    intro: 'بسته یک پروندهٔ امضاشده است. آن را از هر راهی که می‌خواهید (رایانامه، پوشهٔ مشترک، حافظهٔ USB) به همکاران بدهید؛ آن‌ها با «وارد کردن بسته…» در Opencall خودشان بازش می‌کنند.',
    responseIntro: 'پاسخ شما به {org} برمی‌گردد که این چالش را مطرح کرده است. آن‌ها می‌بینند چه کسی آن را امضا کرده و خودشان تصمیم می‌گیرند به کلید شما اعتماد کنند یا نه.',
    kind: 'چه چیزی فرستاده شود',
    kindChallenge: 'خود چالش', kindChallengeHint: 'برای همهٔ گیرندگان: چالش، زیرمسئله‌ها، قواعد، مشوق‌ها، متن توافق‌نامه‌های لازم، پاسخ‌های عمومی و درس‌ها.',
    kindUpdate: 'به‌روزرسانی برای یک همکار', kindUpdateHint: 'پاسخ پرسش‌های آن‌ها، مرحلهٔ ایده‌هایشان، و یک رسید امضاشده برای هر ایده‌ای که از آن‌ها رسیده است.',
    recipients: 'گیرندگان', recipientsHint: 'مشارکت‌کننده‌هایی که این بسته برای آن‌هاست. در آغاز، مشارکت‌کننده‌های دعوت‌شده انتخاب شده‌اند.',
    recipientHint: 'به‌روزرسانی دقیقاً برای یک همکار است.', recipientSearch: 'یافتن گیرنده', recipientPlaceholder: 'نام، وابستگی سازمانی یا برچسب را بنویسید',
    addRecipient: 'افزودن {name}', removeRecipient: 'حذف {name}',
    leaves: 'چه چیزی بیرون می‌رود', leavesFor: 'برای {names}', leavesNothing: 'گیرندگان را انتخاب کنید تا ببینید بسته چه چیزهایی را می‌برد.',
    neverLeaves: 'هرگز از این رایانه بیرون نمی‌رود: یادداشت‌های داخلی، ریسک‌ها، تصمیم‌ها، داوری‌ها، دیدگاه‌ها، ایده‌های همکاران دیگر و اطلاعات تماس.',
    neverLeavesResponse: 'فقط آنچه در همین فضای کار ساخته شده بیرون می‌رود: ایده‌های شما با پرونده‌هایشان، پرسش‌های شما، و پذیرش‌ها و زیرمسئله‌های برعهده‌گرفته‌ای که ثبت کرده‌اید. داوری‌ها، دیدگاه‌ها و یادداشت‌ها همین‌جا می‌مانند.',
    files: { '=0': 'بدون پروندهٔ پیوست', one: '{n} پروندهٔ پیوست ({size})', other: '{n} پروندهٔ پیوست ({size})' },
    records: { one: '{n} رکورد', other: '{n} رکورد' },
    save: 'ذخیرهٔ بسته…', saveTitle: 'ذخیرهٔ بسته', filterName: 'بستهٔ Opencall',
    saved: 'بسته ذخیره شد', savedTo: 'ذخیره‌شده در {path}', savedWhat: '{records} · {files}', savedId: 'بستهٔ {id}',
    handOver: 'این پرونده را به {names} بدهید. چیز دیگری لازم نیست: امضا درون خود پرونده است.',
    backToChallenge: 'بازگشت به چالش', sendAnother: 'فرستادن بستهٔ دیگر',
    origin: 'این چالش از کجا آمده است', fromBanner: 'از {org} · کلید {key} · دریافت: {date}', updatedOn: 'آخرین به‌روزرسانی از یک بسته: {date}.',
    foreignNote: 'مطرح‌شده از سوی {org}: فقط آن‌ها می‌توانند تغییرش دهند. آنچه شما اینجا می‌افزایید — ایده‌ها، پرسش‌ها، پذیرش‌ها و زیرمسئله‌های برعهده‌گرفته — در یک بستهٔ پاسخ به آن‌ها برمی‌گردد.',
    foreignUnknown: 'سازمانی دیگر',
    stageBySponsor: 'مرحله را {org}، مطرح‌کنندهٔ این چالش، تعیین می‌کند و با بسته‌های به‌روزرسانی‌اش به اینجا می‌رسد.',
  },
  provenance: {
    keptBy: 'دریافت‌شده از {org} در {date}؛ نگهدارنده: {org}، که تغییرهایش با بستهٔ بعدی‌اش می‌رسد.',
  },
  import: {
    reason: {
      yours: 'متعلق به شما: دست‌نخورده می‌ماند', revision: 'به‌روزرسانی به ویرایش {value} آن‌ها', older_revision: 'ویرایش {value} آن‌ها از ویرایش شما قدیمی‌تر است: نادیده گرفته شد',
      conflict_kept: 'ویرایش {value} آن‌ها با ویرایش شما فرق دارد: نسخهٔ شما می‌ماند و نسخهٔ آن‌ها همراه این بسته نگه داشته می‌شود', kept_from_maker: 'همان‌طور که از سازنده‌اش رسیده نگه داشته می‌شود',
      not_here: 'در این فضای کار نیست: نادیده گرفته شد', answer: 'پاسخ آن‌ها به پرسش شما', claimed: 'برعهده‌گرفته از سوی مشارکت‌کننده‌های آن‌ها',
      stage: 'مرحله: {value}', fingerprint: 'اثر انگشت {value}', version: 'نسخهٔ {value}',
    },
    title: 'وارد کردن بسته', intro: 'بسته‌ای را که همکاری برایتان فرستاده باز کنید. Opencall نخست امضا و همهٔ پرونده‌های آن را بررسی می‌کند، نشان می‌دهد وارد کردنش چه چیزهایی را تغییر می‌دهد، و تا «وارد کردن» را نزنید چیزی نمی‌نویسد.',
    choose: 'انتخاب پروندهٔ بسته…', chooseAnother: 'انتخاب پروندهٔ دیگر…', pickTitle: 'باز کردن بسته',
    refusedTitle: 'این پرونده را نمی‌توان وارد کرد', refusedHint: 'چیزی نوشته نشد. اگر انتظار داشتید وارد شود، از فرستنده بخواهید آن را دوباره بفرستد.',
    about: 'دربارهٔ این بسته', file: 'پرونده', signer: 'امضاکننده', keyId: 'شناسهٔ کلید', kind: 'نوع', created: 'زمان ساخت', recipients: 'برای', bundleId: 'شناسهٔ بسته',
    trust: 'اعتماد', trusted: 'از {date} به این کلید اعتماد دارید.',
    unknown: '{org} هنوز در این فضای کار مورد اعتماد نیست. پیش از اعتماد، شناسهٔ کلید {key} را با {org} مقایسه کنید — تلفنی یا حضوری، نه با پاسخ دادن به پیامی که پرونده را آورده است.',
    trustCheck: 'شناسهٔ کلید {key} را با {org} مقایسه کردم و به آن اعتماد دارم',
    alreadyImported: 'این بسته پیش‌تر وارد شده است. وارد کردن دوباره‌اش چیزی را تغییر نمی‌دهد.',
    nothingNew: 'همهٔ محتوای این بسته از پیش اینجا هست.',
    counts: 'نتیجهٔ وارد کردن', count: { add: 'افزوده می‌شود', update: 'به‌روز می‌شود', unchanged: 'بدون تغییر', older: 'قدیمی‌تر (نادیده)', conflict: 'ناسازگاری‌ها' },
    doneCount: { add: 'افزوده شد', update: 'به‌روز شد', unchanged: 'بدون تغییر', older: 'قدیمی‌تر (نادیده)', conflict: 'ناسازگاری‌ها' },
    conflictHint: 'ناسازگاری یعنی فرستنده رکوردی را تغییر داده که نسخهٔ دیگری از آن نزد شماست: نسخهٔ شما می‌ماند و نسخهٔ آن‌ها همراه بسته نگه داشته می‌شود.',
    items: 'محتوای بسته', colKind: 'نوع', colRecord: 'رکورد', colAction: 'اقدام', colNote: 'توضیح',
    import: 'وارد کردن', importing: 'در حال وارد کردن…', needsTrust: 'پس از مقایسهٔ شناسهٔ کلید، گزینهٔ بالا را علامت بزنید.',
    done: 'از {org} وارد شد', doneHint: 'همه‌چیز در یک گام نوشته شد. گزارش فعالیت‌ها این ورود و امضاکنندهٔ بسته را ثبت کرده است.',
    openChallenge: 'باز کردن چالش', importAnother: 'وارد کردن بستهٔ دیگر',
  },
  keys: {
    title: 'کلیدهای مورد اعتماد همکاران', hint: 'کلیدهای امضای همکاران که هنگام وارد کردن نخستین بستهٔ آن‌ها به آن‌ها اعتماد کردید. بسته‌هایی که با کلید باطل‌شده امضا شده باشند پذیرفته نمی‌شوند.',
    none: 'هنوز به هیچ کلید همکاری اعتماد نشده است. هنگام وارد کردن نخستین بستهٔ یک همکار به کلیدش اعتماد می‌کنید.',
    org: 'سازمان', keyId: 'شناسهٔ کلید', trustedOn: 'تاریخ اعتماد', state: 'وضعیت', active: 'مورد اعتماد', revokedOn: 'باطل‌شده در {date}',
    revoke: 'ابطال…', revokeLabel: 'ابطال کلید {org}', revokeOk: 'ابطال', revoked: 'کلید باطل شد.',
    confirmRevoke: 'کلید {key} متعلق به {org} باطل شود؟ از این پس بسته‌هایی که با آن امضا شوند پذیرفته نمی‌شوند؛ آنچه پیش‌تر وارد شده می‌ماند.',
  },
  bundles: {
    title: 'بسته‌های فرستاده و دریافت‌شده', none: 'هنوز هیچ بسته‌ای فرستاده یا دریافت نشده است.',
    when: 'زمان', what: 'بسته', who: 'امضاکننده', challenge: 'چالش', records: 'رکوردها',
  },
  backups: {
    title: 'پشتیبان‌ها', intro: 'رونوشت‌های امضاشده از کل این فضای کار که در کنار آن روی همین رایانه نگه داشته می‌شوند.',
    now: 'پشتیبان‌گیری همین حالا', making: 'در حال پشتیبان‌گیری…', made: 'پشتیبان ساخته شد.',
    auto: 'Opencall هر ۳۰ دقیقه، اگر چیزی تغییر کرده باشد، و هنگام بستن برنامه از این فضای کار پشتیبان می‌گیرد. ۱۰ پشتیبان آخر در {folder} نگه داشته می‌شوند.',
    private: 'پشتیبان همهٔ محتوای فضای کار را دارد، از جمله کلید امضای محرمانهٔ سازمان شما: پشتیبان‌ها و رونوشت‌هایشان را محرمانه نگه دارید.',
    list: 'پشتیبان‌های روی این رایانه', none: 'هنوز پشتیبانی ساخته نشده است. نخستین پشتیبان ۳۰ دقیقه پس از یک تغییر یا هنگام بستن Opencall ساخته می‌شود — یا همین حالا با «پشتیبان‌گیری همین حالا».',
    when: 'زمان ساخت', size: 'اندازه', check: 'بررسی', checkLabel: 'بررسی پشتیبان ساخته‌شده در {date}', checking: 'در حال بررسی…', restore: 'بازگردانی',
    notChecked: 'هنوز بررسی نشده',
    verified: 'معتبر است: {entries} و {files}، امضاشده از سوی {org} (کلید {key})',
    entries: { one: '{n} رویداد ثبت‌شده', other: '{n} رویداد ثبت‌شده' },
    attachments: { '=0': 'بدون پیوست', one: '{n} پیوست', other: '{n} پیوست' },
    broken: 'معتبر نیست: {message}',
    asNew: 'بازگردانی به‌عنوان فضای کار تازه…', asNewLabel: 'بازگردانی پشتیبان ساخته‌شده در {date} به‌عنوان فضای کار تازه',
    inPlace: 'بازگردانی در همین فضای کار…', inPlaceLabel: 'بازگردانی پشتیبان ساخته‌شده در {date} در همین فضای کار',
    pickFolder: 'یک پوشهٔ خالی برای فضای کار بازگردانده‌شده انتخاب کنید',
    notEmpty: 'در آن پوشه از پیش یک فضای کار هست. یک پوشهٔ خالی انتخاب کنید.',
    restoring: 'در حال بازگردانی…',
    restoredNew: 'در فضای کار تازه‌ای بازگردانده شد',
    restoredNewWhere: 'پشتیبان ساخته‌شده در {date} اکنون فضای کاری جداگانه در {folder} است: {entries} و {files}. این پنجره همچنان فضای کار کنونی را نشان می‌دهد که تغییری نکرده است.',
    restoredNewOpen: 'برای باز کردن فضای کار بازگردانده‌شده، Opencall را با تعیین پوشهٔ داده‌ها اجرا کنید یا از خط فرمان استفاده کنید:',
    confirmInPlace: 'این فضای کار با پشتیبان ساخته‌شده در {date} جایگزین شود؟\n\nهر چه پس از آن تغییر کرده دیگر نشان داده نمی‌شود. پایگاه دادهٔ کنونی پاک نمی‌شود: کنار گذاشته می‌شود و در پوشهٔ داده‌ها می‌ماند (db.before-restore-…).\n\nپس از پایان بازگردانی، Opencall دوباره بارگذاری می‌شود.',
    confirmOk: 'بازگردانی',
    restoredInPlace: 'پشتیبان ساخته‌شده در {date} بازگردانده شد. فضای کار قبلی در پوشهٔ داده‌ها کنار گذاشته شده است (db.before-restore-…).',
    settingsLink: 'پشتیبان‌ها…', settingsHint: 'پشتیبان‌های این فضای کار: همین حالا یکی بسازید، بررسی‌شان کنید، یکی را بازگردانید.',
  },
  damaged: {
    title: 'این فضای کار آسیب دیده است',
    intro: 'Opencall متوجه شد که پایگاه دادهٔ فضای کار خوانده نمی‌شود یا کمتر از آنچه ذخیره شده بود در آن هست، پس آن را باز نکرد. چیزی تغییر نکرد.',
    detail: 'جزئیات',
    backups: 'پشتیبان‌های این فضای کار', loading: 'در حال جست‌وجوی پشتیبان‌ها…',
    restore: 'بازگردانی تازه‌ترین پشتیبان معتبر', restoring: 'در حال بازگردانی…', checking: 'در حال بررسی پشتیبان‌ها…',
    keptAside: 'پایگاه دادهٔ آسیب‌دیده پاک نمی‌شود: کنار گذاشته می‌شود و در پوشهٔ داده‌ها می‌ماند (db.before-restore-…).',
    none: 'هیچ پشتیبانی از این فضای کار در {folder} پیدا نشد.',
    noneHint: 'اگر پروندهٔ پشتیبان را جای دیگری نگه می‌دارید، آن را از خط فرمان بازگردانید: {command}',
    noneVerify: 'هیچ‌یک از پشتیبان‌ها معتبر نیست، پس از اینجا نمی‌توان هیچ‌کدام را بازگرداند.',
    failed: 'پشتیبان ساخته‌شده در {date} بازگردانده نشد: {message}',
    confirm: 'فضای کار آسیب‌دیده با پشتیبانی که {org} در {date} ساخته جایگزین شود؟\n\nآنچه پس از آن پشتیبان تغییر کرده در آن نیست. پایگاه دادهٔ آسیب‌دیده در پوشهٔ داده‌ها کنار گذاشته می‌شود (db.before-restore-…).',
    newest: 'تازه‌ترین',
    folder: 'پوشهٔ داده‌ها: {folder}',
  },
  about: {
    title: 'دربارهٔ Opencall', version: 'نسخه', dataDir: 'پوشهٔ داده‌ها', organization: 'سازمان', keyId: 'شناسهٔ کلید امضا',
    fingerprint: 'اثر انگشت کلید', none: 'هنوز فضای کاری نیست', tagline: 'نوآوری باز میان شرکت‌ها، روی رایانهٔ خودتان: بی‌سرور و بی‌حساب کاربری.',
  },
  menu: {
    pickChallenge: 'نخست یک چالش را باز کنید: «فرستادن برای همکاران…» در صفحهٔ آن است.',
  },
  challenge: {
    listTitle: 'چالش‌ها', new: 'چالش تازه', editTitle: 'ویرایش چالش', newTitle: 'چالش تازه',
    searchLabel: 'جست‌وجوی چالش‌ها', searchPlaceholder: 'جست‌وجو در عنوان‌ها و شرح‌ها', statusFilter: 'وضعیت', typeFilter: 'نوع',
    emptyTitle: 'هنوز چالشی نیست', emptyBody: 'چالش پرسشی باز است که با شبکهٔ خود در میان می‌گذارید: به چه نیاز دارید، چه چیزی در اختیار می‌گذارید و مشارکت‌کننده‌ها در برابر چه می‌گیرند.',
    emptyFiltered: 'هیچ چالشی با این پالایه‌ها مطابقت ندارد.',
    archivedHidden: { one: 'تنها چالش اینجا بایگانی شده است. برای دیدنش «نمایش بایگانی‌شده‌ها» را علامت بزنید.', other: 'همهٔ {n} چالش اینجا بایگانی شده‌اند. برای دیدنشان «نمایش بایگانی‌شده‌ها» را علامت بزنید.' },
    count: { '=0': 'بدون چالش', one: '{n} چالش', other: '{n} چالش' },
    deadline: 'مهلت', lead: 'مسئول', type: 'نوع', status: 'وضعیت',
    title: 'عنوان', brief: 'شرح', briefHint: 'مارک‌داون: **پررنگ**، *کج*، فهرست، پیوند. به‌صورت امن نمایش داده می‌شود.',
    problem: 'بیان مسئله', goals: 'هدف‌ها', successCriteria: 'معیارهای موفقیت',
    assetsShared: 'آنچه در اختیار می‌گذاریم', assetsHint: 'دارایی‌ها، داده‌ها، تجهیزات آزمون، نقشه‌ها. هر مورد در یک خط.',
    lessons: 'درس‌های آموخته و آنچه جواب نداد', lessonsHint: 'دام‌ها و ایده‌های ناموفق هم ارزش گفتن دارند. هر مورد در یک خط.',
    constraints: 'محدودیت‌ها', audience: 'مخاطبان', audienceKind: 'چه کسانی می‌توانند شرکت کنند',
    audienceNote: {
      internal_only: 'فقط کارکنان سازمان شما این چالش را می‌بینند.',
      invited: 'فقط مشارکت‌کننده‌ها و گروه‌هایی که اینجا فهرست شده‌اند این چالش را می‌بینند.',
      open: 'هر کس این چالش را دریافت کند آن را می‌بیند و می‌تواند شرکت کند.',
    },
    invitedContributors: 'مشارکت‌کننده‌های دعوت‌شده', invitedGroups: 'گروه‌های دعوت‌شده', groupsHint: 'نام گروه‌ها، جداشده با ویرگول.',
    inviteSearch: 'یافتن مشارکت‌کننده برای دعوت', inviteSearchPlaceholder: 'نام، وابستگی سازمانی یا برچسب را بنویسید', invite: 'دعوت از {name}',
    uninvite: 'حذف {name}', noMatches: 'هیچ مشارکت‌کننده‌ای پیدا نشد.',
    rules: 'قواعد مشارکت', conduct: 'اصول رفتاری', confidentiality: 'محرمانگی', ideaHandling: 'شیوهٔ رسیدگی به ایده‌ها',
    disputeResolution: 'حل اختلاف', ipRegime: 'مالکیت معنوی',
    requiredAgreements: 'توافق‌نامه‌های لازم', requiredAgreementsHint: 'مشارکت‌کننده‌ها باید پیش از مشارکت این‌ها را بپذیرند.', noAgreements: 'هنوز توافق‌نامه‌ای نیست. آن‌ها را در بخش توافق‌نامه‌ها بسازید.',
    incentives: 'مشوق‌ها', incentivesHint: 'آنچه شرکت‌کنندگان در برابر می‌گیرند. دقیق بگویید چه چیزی، و به قول خود عمل کنید.',
    incentiveKind: 'نوع', incentiveDescription: 'دقیقاً چه چیزی', addIncentive: 'افزودن مشوق',
    criteria: 'معیارهای ارزیابی', criteriaHint: 'وزن‌ها عدد صحیحی از ۱ تا ۱۰۰ هستند و نسبت به هم سنجیده می‌شوند؛ درصدها خودکار محاسبه می‌شوند.', criterionName: 'معیار', weight: 'وزن', description: 'توضیح', addCriterion: 'افزودن معیار',
    risks: 'ریسک‌ها', risk: 'ریسک', mitigation: 'کاهش ریسک', addRisk: 'افزودن ریسک',
    decisions: 'تصمیم‌ها و اختلاف‌ها', decisionKind: 'نوع', date: 'تاریخ', text: 'شرح', by: 'از سوی', resolution: 'نتیجه', addDecision: 'افزودن مورد',
    basics: 'اطلاعات پایه', briefSection: 'شرح', problemSection: 'مسئله و هدف‌ها', sharingSection: 'اشتراک‌گذاری و درس‌ها',
    openBlockers: 'پیش از باز شدن این چالش', readyToOpen: 'آمادهٔ باز شدن: عنوان، شرح، مهلت و مشوق دارد.',
    moveTo: { open: 'باز کردن برای مشارکت‌کننده‌ها', reopen: 'باز کردن دوباره برای مشارکت', evaluating: 'آغاز ارزیابی', implementing: 'آغاز اجرا', closed: 'بستن', draft: 'بازگشت به پیش‌نویس' },
    confirmArchive: '«{title}» بایگانی شود؟ از فهرست پنهان می‌شود؛ می‌توانید آن را از «نمایش بایگانی‌شده‌ها» بازگردانید.',
    confirmClose: '«{title}» بسته شود؟ دیگر مشارکتی نمی‌پذیرد و نمی‌توان دوباره بازش کرد؛ همچنان می‌توانید درس‌ها و تصمیم‌ها را ثبت کنید.',
    statusChanged: {
      draft: 'چالش دوباره پیش‌نویس است.', open: 'چالش اکنون برای مشارکت‌کننده‌ها باز است.', evaluating: 'چالش اکنون در حال ارزیابی است.',
      implementing: 'چالش اکنون در حال اجراست.', closed: 'چالش بسته شد.',
    },
    created: 'چالش ساخته شد.', archivedToast: 'چالش بایگانی شد.', restoredToast: 'چالش بازگردانده شد.',
    notFound: 'این چالش وجود ندارد (شاید حذف شده باشد).', weightOf: '{weight} ({pct})', nothing: 'هنوز چیزی نیست.',
    invitedNobody: 'هنوز کسی دعوت نشده است.', deadlineWithRelative: '{date} ({relative})',
    blindReview: 'داوری نابینا: داوران نمی‌بینند ایده را چه کسی نوشته است',
    blindReviewHint: 'نویسندگان و وابستگی سازمانی‌شان در صفحهٔ داوری پنهان می‌مانند.',
    blindOn: 'داوری نابینا', ideas: 'ایده‌ها', ideasRanked: 'ایده‌ها، به ترتیب رتبه', recordIdea: 'ثبت ایده', allIdeas: { one: 'باز کردن در فهرست ایده‌ها', other: 'همهٔ {n} ایده در فهرست ایده‌ها' },
    noIdeas: 'هنوز ایده‌ای نیست.', ideasWhenOpen: 'پس از باز شدن چالش می‌توان ایده ثبت کرد.',
    rankingHint: 'بهترین در ابتدا. امتیاز وزنی = Σ وزن × میانگین امتیاز ÷ Σ وزن، روی معیارهایی که کسی به آن‌ها امتیاز داده است؛ Opencall آن را از همهٔ داوری‌ها محاسبه می‌کند. ایده‌های ادغام‌شده در ایده‌ای که در آن ادغام شده‌اند شمرده می‌شوند.',
    rank: 'رتبه', rankIdea: 'ایده', rankScore: 'امتیاز وزنی', rankReviews: 'داوری‌ها',
    meanOf: 'میانگین: {name}', toAnswer: { one: '{n} پرسش بی‌پاسخ', other: '{n} پرسش بی‌پاسخ' }, showAllRanked: { one: 'نمایش ایدهٔ دیگر', other: 'نمایش {n} ایدهٔ دیگر' },
  },
  contributor: {
    listTitle: 'مشارکت‌کننده‌ها', new: 'افزودن مشارکت‌کننده', editTitle: 'ویرایش مشارکت‌کننده', newTitle: 'مشارکت‌کنندهٔ تازه',
    searchLabel: 'جست‌وجوی مشارکت‌کننده‌ها', searchPlaceholder: 'جست‌وجو در نام‌ها، وابستگی‌ها و برچسب‌ها', kindFilter: 'نوع', expertiseFilter: 'تخصص', groupFilter: 'گروه',
    expertisePlaceholder: 'برچسب تخصص', groupPlaceholder: 'گروه',
    emptyTitle: 'هنوز مشارکت‌کننده‌ای نیست', emptyBody: 'هیچ‌کس در همه‌چیز متخصص نیست. تأمین‌کنندگان، مخترعان، آزمایشگاه‌ها، مشتریان، متخصصان و شرکت‌های همکاری را که از آن‌ها ایده می‌خواهید بیفزایید.',
    emptyFiltered: 'هیچ مشارکت‌کننده‌ای با این پالایه‌ها مطابقت ندارد.', count: { '=0': 'بدون مشارکت‌کننده', one: '{n} مشارکت‌کننده', other: '{n} مشارکت‌کننده' },
    name: 'نام', entity: 'ماهیت', kind: 'نوع', affiliation: 'وابستگی سازمانی', expertise: 'تخصص', expertiseHint: 'برچسب‌ها، جداشده با ویرگول (مثلاً آکوستیک، CFD).',
    groups: 'گروه‌ها', groupsHint: 'جامعه‌های هم‌فکر، جداشده با ویرگول.', email: 'رایانامه', phone: 'تلفن', website: 'وبگاه', notes: 'یادداشت‌ها',
    recognition: 'قدردانی‌های به‌دست‌آمده', recognitionWhat: 'شرح', addRecognition: 'افزودن قدردانی', contact: 'تماس',
    agreements: 'توافق‌نامه‌های پذیرفته‌شده', noAcceptances: 'هنوز توافق‌نامه‌ای پذیرفته نشده است.', recordAcceptance: 'ثبت پذیرش', agreement: 'توافق‌نامه', version: 'نسخه', latest: 'آخرین (نسخهٔ {n})',
    acceptedVersion: 'نسخهٔ {n}، پذیرفته‌شده در {date}', outdated: 'نسخهٔ تازه‌تری هست', created: 'مشارکت‌کننده افزوده شد.', archivedToast: 'مشارکت‌کننده بایگانی شد.', restoredToast: 'مشارکت‌کننده بازگردانده شد.',
    confirmArchive: '{name} بایگانی شود؟ از فهرست پنهان می‌شود؛ می‌توانید او را از «نمایش بایگانی‌شده‌ها» بازگردانید.', accepted: 'پذیرش ثبت شد.', notFound: 'این مشارکت‌کننده وجود ندارد.',
    noPublished: 'هنوز توافق‌نامهٔ منتشرشده‌ای برای پذیرش نیست.',
    conflicts: 'تعارض منافع', conflictsHint: 'مشارکت‌کننده‌هایی که این یکی نمی‌تواند داوری‌شان کند (مثلاً شریک تجاری یا خویشاوند). هیچ‌کدام نمی‌تواند داور ایده‌های دیگری باشد.',
    conflictSearch: 'یافتن مشارکت‌کننده', conflictAdd: 'اعلام تعارض با {name}', conflictRemove: 'حذف تعارض با {name}', noConflicts: 'تعارضی اعلام نشده است.',
    fromIdea: 'هنگام ثبت یک ایده به اینجا آمدید.', backToIdea: 'بازگشت به ایده', ideas: 'ایده‌ها',
  },
  idea: {
    listTitle: 'ایده‌ها', new: 'ثبت ایده', newTitle: 'ثبت ایده', editTitle: 'ویرایش ایده',
    searchLabel: 'جست‌وجوی ایده‌ها', searchPlaceholder: 'جست‌وجو در عنوان‌ها، خلاصه‌ها و متن',
    challengeFilter: 'چالش', stageFilter: 'مرحله', authorFilter: 'نویسنده', challengePlaceholder: 'چالش…', authorPlaceholder: 'نویسنده…',
    emptyTitle: 'هنوز ایده‌ای نیست', emptyBody: 'ایده‌ها پاسخ یک چالش‌اند. ایده‌هایی را که با نامه یا در کارگاه به دستتان رسیده از طرف نویسندگانشان ثبت کنید، یا ایده‌های کارکنان سازمان خودتان را.',
    emptyFiltered: 'هیچ ایده‌ای با این پالایه‌ها مطابقت ندارد.', count: { '=0': 'بدون ایده', one: '{n} ایده', other: '{n} ایده' },
    title: 'عنوان', summary: 'خلاصه', summaryHint: 'یکی دو جمله: چیست و چرا کمک می‌کند.', body: 'توضیح', bodyHint: 'مارک‌داون: **پررنگ**، *کج*، فهرست، پیوند. به‌صورت امن نمایش داده می‌شود.',
    challenge: 'چالش', stage: 'مرحله', authors: 'نویسندگان', authorsHint: 'مشارکت‌کننده‌هایی که ایده از آن‌هاست. هم‌نویسندگان در اعتبار شریک‌اند.',
    authorSearch: 'یافتن نویسنده', authorSearchPlaceholder: 'نام، وابستگی سازمانی یا برچسب را بنویسید', addAuthor: 'افزودن {name} به‌عنوان نویسنده', removeAuthor: 'حذف {name}',
    attachments: 'پیوست‌ها', attachmentsHint: 'پرونده‌ها یک بار درون فضای کار نگه داشته می‌شوند و با SHA-256 خود شناخته می‌شوند؛ هر کدام حداکثر ۲۵ مگابایت.',
    attach: 'پیوست پرونده…', attaching: 'در حال پیوست کردن…', removeAttachment: 'حذف {name}', saveAttachment: 'ذخیره…', savedAttachment: '«{name}» ذخیره شد.',
    noAttachments: 'پرونده‌ای پیوست نشده است.', fingerprint: 'اثر انگشت', fingerprintHint: 'SHA-256 عنوان، خلاصه، توضیح، نویسندگان و درهم‌ساخت پیوست‌ها. هر تغییری اثر انگشت تازه‌ای می‌سازد.',
    chooseChallenge: 'یک چالش انتخاب کنید', noOpenChallenges: 'هیچ چالشی برای ایده باز نیست. نخست یک چالش را باز کنید.',
    checkOk: 'این نویسندگان می‌توانند در این چالش مشارکت کنند.', checkTitle: 'پیش از ثبت این ایده',
    whatToDo: 'ببینید گام بعدی چیست',
    action: {
      accept: 'ثبت پذیرش در صفحهٔ {name}', invite: 'دعوت از آن‌ها در چالش', restore: 'باز کردن صفحهٔ {name} برای بازگردانی',
      agreement: 'باز کردن توافق‌نامه', challenge: 'باز کردن چالش',
    },
    created: 'ایده ثبت شد.', notFound: 'این ایده وجود ندارد (شاید حذف شده باشد).',
    archivedToast: 'ایده بایگانی شد.', restoredToast: 'ایده بازگردانده شد.', confirmArchive: '«{title}» بایگانی شود؟ از فهرست‌ها و رتبه‌بندی بیرون می‌رود؛ می‌توانید آن را از «نمایش بایگانی‌شده‌ها» بازگردانید.',
    moveTo: {
      screening: 'آغاز غربالگری', evaluation: 'انتقال به ارزیابی', selected: 'برگزیدن', implementing: 'آغاز اجرا', done: 'علامت‌گذاری به‌عنوان انجام‌شده', rejected: 'رد کردن…',
      backToScreening: 'بازگشت به غربالگری', backToEvaluation: 'بازگشت به ارزیابی',
    },
    stageChanged: {
      submitted: 'ایده به مرحلهٔ ارسال‌شده برگشت.', screening: 'ایده اکنون در حال غربالگری است.', evaluation: 'ایده اکنون در حال ارزیابی است.',
      selected: 'ایده برگزیده شد.', implementing: 'ایده اکنون در حال اجراست.', done: 'ایده انجام شد.', rejected: 'ایده رد شد.',
    },
    reject: 'رد کردن', rejectTitle: 'رد این ایده', rejectReason: 'دلیل', rejectReasonHint: 'دلیل به نویسندگان گفته می‌شود. دقیق و محترمانه بنویسید.',
    shareAsLesson: 'به‌اشتراک‌گذاری به‌عنوان درس', shareAsLessonHint: '«{title} — دلیل» را به درس‌های آموختهٔ چالش می‌افزاید تا دیگران تکرارش نکنند.',
    rejectedBecause: 'رد شد: {reason}', sharedAsLesson: 'به‌عنوان درس در چالش به اشتراک گذاشته شد.',
    mergedInto: 'در {title} ادغام شد. این ایده همچنان قابل مشاهده است؛ نویسندگانش در آنجا اعتبار می‌گیرند و دیدگاه‌هایش به آنجا منتقل شده‌اند.',
    mergedFrom: 'ادغام‌شده از', mergedNotes: 'یادداشت‌های داوری ایده‌های ادغام‌شده',
    merge: 'ادغام ایده‌های تکراری', mergeHint: 'با ادغام این ایده در ایده‌ای دیگر، نویسندگان هر دو ایده در آنجا اعتبار می‌گیرند و دیدگاه‌ها به آنجا منتقل می‌شوند؛ این یکی با نشان «ادغام‌شده» همچنان قابل مشاهده می‌ماند.',
    mergeSearch: 'یافتن ایدهٔ مقصد ادغام', mergeSearchPlaceholder: 'یک عنوان بنویسید', mergeInto: 'ادغام در «{title}»…', mergeChoose: 'ادغام در {title}',
    mergeButton: 'ادغام در…', mergeOk: 'ادغام', mergeNoMatch: 'هیچ ایدهٔ دیگری از این چالش پیدا نشد.',
    confirmMerge: '«{from}» در «{into}» ادغام شود؟ نویسندگان هر دو ایده در «{into}» اعتبار می‌گیرند؛ «{from}» با نشان «ادغام‌شده» قابل مشاهده می‌ماند. این کار برگشت‌پذیر نیست.',
    merged: 'ایده‌ها ادغام شدند.',
    authorsSection: 'نویسندگان', acceptedSection: 'توافق‌نامه‌های پذیرفته‌شده', acceptedItem: '{name} نسخهٔ {version} از {agreement} را پذیرفت', noAccepted: 'چالش هیچ توافق‌نامه‌ای لازم نداشت.',
    noBody: 'بدون توضیح.',
    scoreOf: '{score} از ۱۰', notScored: 'هنوز امتیازی ندارد', scoreHint: 'Σ وزن × میانگین امتیاز ÷ Σ وزن روی معیارهای امتیازدار، که Opencall از همهٔ داوری‌ها محاسبه می‌کند.',
    reviews: 'داوری‌ها', noReviews: 'هنوز داوری‌ای نیست.', review: 'داوری این ایده', reviewCount: { '=0': 'بدون داوری', one: '{n} داوری', other: '{n} داوری' },
    reviewedBlind: 'داوری نابینا', weighted: 'امتیاز وزنی {score}',
    comments: 'دیدگاه‌ها', noComments: 'هنوز دیدگاهی نیست.', comment: 'دیدگاه', addComment: 'افزودن دیدگاه', reply: 'پاسخ', postReply: 'فرستادن پاسخ',
    commentAs: 'فرستادن به نام', asYou: '{name} (شما)', onBehalfOf: 'از طرف {name}', otherContributor: 'از طرف مشارکت‌کنندهٔ دیگر…',
    commentAdded: 'دیدگاه افزوده شد.', movedFrom: 'از یک ایدهٔ ادغام‌شده به اینجا منتقل شد', commentPlaceholder: 'پرسش‌ها، پیشنهادها، پاسخ‌ها…',
    versions: 'نسخه‌ها', currentVersion: 'کنونی · ویرایش {n}', earlierVersion: 'ویرایش {n} · ذخیره در {date}', noEarlier: 'نسخهٔ پیشینی نیست؛ این نخستین نسخه است.',
    activity: 'گزارش فعالیت‌ها', submit: 'ثبت ایده', filesShort: 'پرونده‌ها', fileCount: { one: '{n} پرونده', other: '{n} پرونده' },
    mergedBadge: 'ادغام‌شده', contributorKind: 'مشارکت‌کننده، ثبت‌شده از طرف او',
    chooseContributor: 'مشارکت‌کننده‌ای را که این دیدگاه از اوست انتخاب کنید.',
    provenance: 'دریافت‌شده از {org} در {date} · بستهٔ {bundle} · کلید {key}',
    keptBy: 'نگهدارنده: {org}؛ متن آن فقط وقتی تغییر می‌کند که نسخهٔ تازه‌تری بفرستند.',
    stageFrom: 'آخرین تعیین مرحله از سوی {org} در {date} · بستهٔ {bundle}',
    receipts: 'رسیدها', receiptsHint: 'گواهی‌های امضاشدهٔ حامی مبنی بر اینکه این ایده را با این اثر انگشت دریافت کرده است. آن‌ها را به‌عنوان مدرک اینکه چه چیزی را و چه زمانی فرستادید نگه دارید.',
    receiptLine: 'دریافت‌شده از سوی {sponsor} در {date}، اثر انگشت {hash}',
    receiptValid: 'معتبر', receiptInvalid: 'نامعتبر', receiptSignedBy: 'امضاشده از سوی {sponsor} با کلید {key}.',
    receiptCurrent: 'اثر انگشت مربوط به نسخهٔ کنونی این ایده است.', receiptEarlier: 'اثر انگشت مربوط به نسخهٔ پیشین این ایده است.',
    receiptNoMatch: 'اثر انگشت با هیچ‌یک از نسخه‌های این ایده یکی نیست.',
    checkAgain: 'بررسی دوباره', checkedValid: 'رسید بررسی شد: امضا معتبر است.', checkedInvalid: 'رسید بررسی شد: معتبر نیست.',
    subProblem: 'زیرمسئله‌ای که به آن می‌پردازد', subProblemNone: 'کل چالش', subProblemHint: 'اختیاری: بستهٔ کاری که این ایده پاسخ آن است.',
  },
  review: {
    title: 'داوری: {title}', back: 'بازگشت به ایده', blind: 'داوری نابینا: نویسندگان پنهان‌اند.', blindHint: 'ایده را بر پایهٔ ارزش خودش بسنجید: این صفحه نشان نمی‌دهد چه کسی آن را نوشته یا کجا کار می‌کند.',
    who: 'چه کسی داوری می‌کند',
    reviewer: 'داور', reviewerHint: 'به‌طور پیش‌فرض خودتان؛ یا یکی از کارکنان سازمان؛ یا مشارکت‌کننده‌ای در نقش متخصص بیرونی.',
    you: 'شما ({name})', contributor: 'یک مشارکت‌کننده (متخصص بیرونی)…', contributorSearch: 'یافتن متخصص بیرونی', chooseExpert: 'انتخاب {name}',
    criteria: 'امتیازها', criteriaHint: 'به هر معیار از ۰ (ضعیف) تا ۱۰ (عالی) امتیاز دهید. برای امتیاز ندادن، خالی بگذارید.',
    noCriteria: 'این چالش معیار ارزیابی ندارد. نخست آن‌ها را در چالش بیفزایید.',
    scoreRange: '{name}: لغزنده',
    preview: 'جمع وزنی (پیش‌نمایش): {score} از ۱۰', previewNone: 'جمع وزنی (پیش‌نمایش): برای دیدنش به یک معیار امتیاز دهید',
    previewHint: 'همین‌جا و هم‌زمان با نوشتن، فقط برای راهنمایی محاسبه می‌شود. امتیاز ذخیره‌شده و رتبه‌بندی را Opencall تعیین می‌کند.',
    note: 'یادداشت', noteHint: 'چه چیزی قانعتان کرد و چه چیزی نگرانتان می‌کند. کارکنان سازمان شما آن را می‌بینند.', save: 'ذخیرهٔ داوری', saved: 'داوری ذخیره شد.',
    existing: 'داوری‌های ثبت‌شده تاکنون', resumed: 'امتیازهای پیشین شما پر شده‌اند؛ ذخیره جایگزینشان می‌کند.',
    outsideExpert: 'متخصص بیرونی', staff: 'کارمند', weight: 'وزن {weight} ({pct})', outOf: 'از ۱۰',
    chooseExpertFirst: 'مشارکت‌کننده‌ای را که در نقش متخصص بیرونی داوری می‌کند انتخاب کنید.', scoreOne: 'دست‌کم به یک معیار امتیاز دهید.',
  },
  work: {
    title: 'بسته‌های کاری', intro: 'چالش را تقسیم کنید تا افراد بتوانند هم‌زمان روی بخش‌های آن کار کنند. هیچ‌کس در همه‌چیز متخصص نیست: هر بخش را به افراد مناسبش بسپارید.',
    none: 'هنوز زیرمسئله‌ای نیست. چالش را به بخش‌هایی تقسیم کنید که افراد بتوانند بر عهده بگیرند.',
    overall: 'پیشرفت', doneOf: '{done} از {total} انجام شده', add: 'افزودن زیرمسئله', addTitle: 'زیرمسئلهٔ تازه',
    titleLabel: 'عنوان', description: 'توضیح', descriptionHint: 'مارک‌داون. دقیقاً چه کاری باید انجام شود و از کجا می‌فهمید انجام شده است.',
    expertise: 'تخصص لازم', expertiseHint: 'برچسب‌ها، جداشده با ویرگول (مثلاً آکوستیک، CFD). برای یافتن کسی که می‌تواند آن را بر عهده بگیرد به کار می‌رود.',
    due: 'سررسید', parent: 'بخشی از', topLevel: 'هیچ (بخشی در بالاترین سطح)', create: 'افزودن', created: 'زیرمسئله افزوده شد.',
    claimedBy: 'عهده‌دار', assigned: 'واگذارشده به', dueOn: 'سررسید {date}', completionOf: 'پیشرفت {title}',
    claim: 'بر عهدهٔ کسی گذاشتن…', claimFor: 'بر عهدهٔ {name} گذاشتن', claimSearch: 'یافتن مشارکت‌کننده‌ای که آن را بر عهده می‌گیرد', claimed: '{name} «{title}» را بر عهده گرفت.',
    candidates: 'چه کسی می‌تواند این را بر عهده بگیرد', hideCandidates: 'پنهان کردن پیشنهادها', noCandidates: 'هیچ مشارکت‌کننده‌ای هیچ‌یک از این برچسب‌ها را ندارد. به مشارکت‌کننده‌ها تخصص بیفزایید، یا آن را بر عهدهٔ کسی بگذارید.',
    noTags: 'برای گرفتن پیشنهاد، به این زیرمسئله برچسب تخصص بیفزایید.',
    candidatesHint: 'بهترین تطابق در ابتدا: چه تعداد از برچسب‌های لازم را تخصصشان پوشش می‌دهد، سپس سابقه‌شان در کارهای مشابه.',
    tagsWanted: 'تخصص لازم: ', tagCovered: '(دارد)', tagMissing: '(ندارد)', record: { '=0': 'هنوز کار مشابهی انجام نداده', one: '{n} زیرمسئلهٔ مشابه انجام داده', other: '{n} زیرمسئلهٔ مشابه انجام داده' },
    statusChanged: 'وضعیت به {status} تغییر کرد.',
    moveTo: { in_progress: 'آغاز', done: 'علامت‌گذاری به‌عنوان انجام‌شده', dropped: 'کنار گذاشتن', open: 'باز کردن دوباره', claimed: 'بازگشت به برعهده‌گرفته', reopen: 'باز کردن دوباره' },
    edit: 'ویرایش', editTitle: 'ویرایش زیرمسئله', saved: 'زیرمسئله ذخیره شد.', children: { one: '{n} بخش', other: '{n} بخش' },
  },
  qa: {
    title: 'پرسش و پاسخ', faq: 'پرسش‌های پرتکرار', faqEmpty: 'هنوز پاسخ عمومی‌ای نیست.',
    unanswered: { '=0': 'پرسش بی‌پاسخی نیست', one: '{n} پرسش بی‌پاسخ', other: '{n} پرسش بی‌پاسخ' },
    toAnswer: 'در انتظار پاسخ', internal: 'پاسخ داخلی', internalHint: 'فقط سازمان شما این‌ها را می‌بیند.',
    askedBy: 'پرسش از {name} · {date}', answeredBy: 'پاسخ از {name} · {date}',
    answer: 'پاسخ', answerLabel: 'پاسخ شما', public: 'عمومی: با همهٔ شرکت‌کنندگان به اشتراک گذاشته شود', publicHint: 'پاسخ‌های عمومی در پرسش‌های پرتکرار و در گزارش چالش می‌آیند.',
    answered: 'پاسخ ذخیره شد.', ask: 'طرح پرسش', askLabel: 'پرسش', askAs: 'پرسشگر', asked: 'پرسش ثبت شد.',
    askPlaceholder: 'شرکت‌کنندگان دوست دارند چه چیزی بدانند؟', publicBadge: 'عمومی', internalBadge: 'داخلی',
  },
  party: {
    you: '{name} (شما)', contributor: 'یک مشارکت‌کننده…', contributorSearch: 'یافتن مشارکت‌کننده', choose: 'انتخاب {name}',
    chooseContributor: 'مشارکت‌کننده را انتخاب کنید.', contributorTag: 'مشارکت‌کننده', staffTag: 'کارمند',
  },
  dispute: {
    title: 'اختلاف‌ها', intro: 'اختلاف را مطرح کنید، در یادداشت‌ها درباره‌اش گفت‌وگو کنید و حلش کنید. اختلاف‌های حل‌شده به‌عنوان سابقهٔ شفاف چالش همین‌جا می‌مانند.',
    open: { '=0': 'اختلاف بازی نیست', one: '{n} اختلاف باز', other: '{n} اختلاف باز' },
    raise: 'طرح اختلاف', raisedBy: 'مطرح‌کننده', about: 'دربارهٔ', aboutNothing: 'کل چالش', text: 'موضوع اختلاف',
    raised: 'اختلاف مطرح شد.', raisedLine: 'مطرح‌شده از سوی {name} · {date}', aboutIdea: 'دربارهٔ ایدهٔ {title}',
    notes: 'یادداشت‌ها', addNote: 'افزودن یادداشت', noteLabel: 'یادداشت', noteBy: 'نویسندهٔ یادداشت', noteAdded: 'یادداشت افزوده شد.',
    resolve: 'حل کردن', resolution: 'نتیجه', resolutionHint: 'چه تصمیمی گرفته شد و چرا. شما به‌عنوان تصمیم‌گیرنده ثبت می‌شوید.', resolved: 'اختلاف حل شد.',
    record: 'سابقهٔ اختلاف‌های حل‌شده', recordEmpty: 'هنوز اختلافی حل نشده است.', decided: 'تصمیم از سوی {name} · {date}',
  },
  obligation: {
    title: 'تعهدها', intro: 'آنچه به نویسندگان ایده‌های برگزیده قول داده شده است: برای هر مشوق و هر نویسنده یک تعهد، که تا تحویل یا چشم‌پوشی پیگیری می‌شود.',
    none: 'هنوز تعهدی نیست. برگزیدن یک ایده برای هر یک از نویسندگانش به ازای هر مشوق یک تعهد می‌سازد.',
    summary: '{outstanding} مانده · {overdue} سررسید گذشته · {delivered} تحویل‌شده · {waived} چشم‌پوشی‌شده',
    forIdea: 'برای {title}', due: 'سررسید {date}', overdue: 'سررسید گذشته',
    deliver: 'تحویل…', waive: 'چشم‌پوشی…', deliverConfirm: 'ثبت تحویل', waiveConfirm: 'چشم‌پوشی',
    evidence: 'یادداشت (مدرک)', evidenceHint: 'مثلاً شمارهٔ پیگیری واریز، معرفی انجام‌شده، اعتبار داده‌شده.',
    reason: 'دلیل', reasonHint: 'چرا از این قول چشم‌پوشی می‌شود. بهتر است نویسنده آن را از خود شما بشنود.',
    delivered: 'به‌عنوان تحویل‌شده ثبت شد.', waived: 'چشم‌پوشی شد.', settled: '{status} {date} از سوی {name}', settledNoName: '{status} {date}',
  },
  export: {
    title: 'برون‌بری', hint: 'پرونده‌ها در جایی که انتخاب می‌کنید نوشته می‌شوند: CSV (UTF-8، برای صفحه‌گسترده‌ها؛ نام ستون‌ها انگلیسی و عددها و تاریخ‌ها به شکل ISO می‌مانند تا فرمول‌ها و اسکریپت‌ها کار کنند) و یک گزارش خودبسنده به زبانی که اینجا به کار می‌برید.',
    ideas: 'ایده‌ها (CSV)', reviews: 'داوری‌ها (CSV)', obligations: 'تعهدها (CSV)', contributors: 'برون‌بری CSV',
    reportHtml: 'گزارش (HTML)', reportMd: 'گزارش (Markdown)', saveTitle: 'ذخیرهٔ برون‌بری', done: '«{name}» ذخیره شد ({size}).',
  },
  dashboard: {
    title: 'داشبورد: {title}', open: 'داشبورد', back: 'بازگشت به چالش', portfolio: 'داشبورد',
    portfolioIntro: 'همهٔ چالش‌ها در یک نگاه: ایده‌هایشان کجا هستند، کار تا کجا پیش رفته، چه چیزی هنوز پاسخ می‌خواهد و چه تعهدهایی مانده است.',
    funnel: 'قیف ایده‌ها', funnelCaption: 'ایده‌ها به تفکیک مرحله', stage: 'مرحله', count: 'ایده‌ها', ideas: { '=0': 'هنوز ایده‌ای نیست', one: '{n} ایده', other: '{n} ایده' },
    completion: 'زیرمسئله‌ها', completionCaption: 'پیشرفت زیرمسئله‌ها', completionDetail: '{done} از {total} انجام شده',
    noSubproblems: 'هنوز زیرمسئله‌ای نیست', deadline: 'روزهای مانده تا مهلت', noDeadline: 'بدون مهلت', pastDeadline: 'روزهای گذشته از مهلت',
    days: { one: 'روز مانده', other: 'روز مانده' }, dueSoon: 'مهلت نزدیک است', attention: 'نیازمند پاسخ',
    participants: 'شرکت‌کنندگان به تفکیک نوع', participantsCaption: 'نویسندگان به تفکیک نوع مشارکت‌کننده', kind: 'نوع', people: 'نویسندگان', noParticipants: 'هنوز نویسنده‌ای نیست.',
    questions: 'پرسش‌های باز', disputes: 'اختلاف‌های باز', obligations: 'تعهدها', obligationsCaption: 'تعهدها به تفکیک وضعیت', status: 'وضعیت',
    obligationStatus: { outstanding: 'مانده', overdue: 'سررسید گذشته', delivered: 'تحویل‌شده', waived: 'چشم‌پوشی‌شده' },
    empty: 'هنوز چالشی نیست.', openChallenge: 'باز کردن چالش', openDashboard: 'داشبورد کامل',
    count: { '=0': 'بدون چالش', one: '{n} چالش', other: '{n} چالش' },
  },
  leaderboard: {
    title: 'جدول امتیازها', intro: 'امتیاز قدردانی هر مشارکت‌کننده، بر پایهٔ قواعد زیر. اعتبار از آنِ کسی است که سزاوارش است.',
    period: 'دوره', allTime: 'از آغاز', since: 'از', last30: '۳۰ روز گذشته', last90: '۹۰ روز گذشته', thisYear: 'امسال', custom: 'از یک تاریخ…',
    kind: 'نوع', rank: 'رتبه', name: 'مشارکت‌کننده', points: 'امتیاز', breakdown: 'منشأ امتیاز',
    empty: 'هنوز کسی در این دوره امتیازی نگرفته است.', rules: 'امتیازها چگونه به دست می‌آیند',
    rulesHint: 'Opencall امتیازها را از سوابق محاسبه می‌کند: ایده‌ها، داوری‌ها، پاسخ‌ها و کارهای انجام‌شده.',
    rule: {
      idea_submitted: 'ایدهٔ ارسال‌شده', idea_selected: 'ایدهٔ برگزیده', review_written: 'داوری نوشته‌شده',
      question_answered_publicly: 'پرسشی که پاسخ عمومی گرفت', sub_problem_done: 'زیرمسئلهٔ انجام‌شده',
    },
    ruleDetail: {
      idea_submitted: 'هر نویسندهٔ هر ایده', idea_selected: 'هر نویسنده، وقتی ایده برگزیده شود (یا به مرحله‌های بعدی برسد)',
      review_written: 'داوری‌ای که در نقش متخصص بیرونی نوشته شده', question_answered_publicly: 'مشارکت‌کننده‌ای که پرسشش پاسخ عمومی گرفت',
      sub_problem_done: 'هر مشارکت‌کننده‌ای که زیرمسئلهٔ انجام‌شده‌ای را بر عهده گرفته یا به او واگذار شده بود',
    },
    pointsValue: { one: '{n} امتیاز', other: '{n} امتیاز' },
  },
  contributions: {
    gave: 'آنچه داده‌اند', received: 'آنچه گرفته‌اند', ideas: 'ایده‌ها', reviews: 'داوری‌های نوشته‌شده',
    claims: 'زیرمسئله‌های برعهده‌گرفته', noClaims: 'هنوز موردی نیست.', obligations: 'تعهدهای ما به آن‌ها', noObligations: 'هنوز تعهدی نیست.',
    points: 'امتیاز قدردانی', leaderboard: 'دیدن جدول امتیازها', noIdeas: 'هنوز ایده‌ای نیست.',
  },
  agreement: {
    listTitle: 'توافق‌نامه‌ها', new: 'توافق‌نامهٔ تازه', editTitle: 'ویرایش توافق‌نامه', newTitle: 'توافق‌نامهٔ تازه',
    searchLabel: 'جست‌وجوی توافق‌نامه‌ها', searchPlaceholder: 'جست‌وجو در عنوان‌ها و خلاصه‌ها',
    emptyTitle: 'هنوز توافق‌نامه‌ای نیست', emptyBody: 'توافق‌نامه‌ها اطمینان می‌آورند: توافق‌نامهٔ عدم افشا، شرایط ارسال، واگذاری مالکیت معنوی، مجوز بهره‌برداری، توسعهٔ مشترک، قواعد مشارکت. نسخه‌های منتشرشده هرگز تغییر نمی‌کنند.',
    emptyFiltered: 'هیچ توافق‌نامه‌ای پیدا نشد.', count: { '=0': 'بدون توافق‌نامه', one: '{n} توافق‌نامه', other: '{n} توافق‌نامه' },
    title: 'عنوان', kind: 'نوع', summary: 'خلاصه', draft: 'متن', draftHint: 'ویرایش فقط پیش‌نویس را تغییر می‌دهد. انتشار، آن را به‌صورت نسخهٔ تازه‌ای که با SHA-256 خود شناخته می‌شود تثبیت می‌کند.',
    draftSection: 'پیش‌نویس در دست کار', unpublished: 'تغییرهای منتشرنشده', upToDate: 'با نسخهٔ {n} یکی است', notPublished: 'هنوز منتشر نشده',
    publish: 'انتشار نسخهٔ {n}', published: 'نسخهٔ {n} منتشر شد.', versions: 'نسخه‌های منتشرشده', noVersions: 'هنوز چیزی منتشر نشده است.',
    cannotPublish: 'این پیش‌نویس هنوز قابل انتشار نیست:',
    versionLabel: 'نسخهٔ {n}', publishedBy: 'انتشار در {date} از سوی {who}', sha: 'SHA-256', latestVersion: 'نسخهٔ {n}', versionShort: 'نسخهٔ {n}',
    acceptances: 'پذیرش‌ها', noAcceptances: 'هنوز کسی این توافق‌نامه را نپذیرفته است.', created: 'توافق‌نامه ساخته شد.',
    acceptedOn: 'نسخهٔ {version} · {date}',
    confirmPublish: 'این متن به‌عنوان نسخهٔ {n} منتشر شود؟ نسخه‌های منتشرشده هرگز تغییر نمی‌کنند.', confirmArchive: '«{title}» بایگانی شود؟',
    archivedToast: 'توافق‌نامه بایگانی شد.', restoredToast: 'توافق‌نامه بازگردانده شد.', notFound: 'این توافق‌نامه وجود ندارد.',
  },
  activity: {
    title: 'گزارش فعالیت‌ها', intro: 'همهٔ تغییرها، و اینکه چه کسی و چه زمانی آن‌ها را انجام داد. هر مورد با درهم‌ساخت SHA-256 به مورد پیشین زنجیر شده است، پس هر دست‌کاری آشکار می‌شود.',
    verify: 'بررسی زنجیره', intact: { one: 'زنجیره سالم است: {n} مورد بررسی شد. سر زنجیره {head}.', other: 'زنجیره سالم است: {n} مورد بررسی شد. سر زنجیره {head}.' },
    broken: 'زنجیره در مورد {seq} گسسته است: {reason}',
    empty: 'هنوز فعالیتی ثبت نشده است.', when: 'زمان', who: 'انجام‌دهنده', what: 'شرح', hash: 'درهم‌ساخت',
    count: { one: '{n} مورد', other: '{n} مورد' }, unknownPerson: 'فرد ناشناس', system: 'Opencall',
    entryRef: '#{seq} {hash}',
  },
  log: {
    workspace: {
      created: 'فضای کار {label} را ساخت', updated: 'فضای کار {label} را به‌روز کرد', updatedFields: '{fields} فضای کار {label} را تغییر داد',
    },
    challenge: {
      created: 'چالش {label} را ساخت', updated: 'چالش {label} را ویرایش کرد', updatedFields: '{fields} چالش {label} را تغییر داد',
      status_changed: 'چالش {label} را از {from} به {to} برد', archived: 'چالش {label} را بایگانی کرد', restored: 'چالش {label} را بازگرداند',
      imported: 'چالش {label} را از {from} دریافت کرد', conflict: 'نسخهٔ خود از چالش {label} را نگه داشت؛ {from} ویرایش دیگری ({revision}) فرستاد',
    },
    contributor: {
      created: 'مشارکت‌کنندهٔ {label} را افزود', updated: 'مشارکت‌کنندهٔ {label} را ویرایش کرد', updatedFields: '{fields} مشارکت‌کنندهٔ {label} را تغییر داد',
      archived: 'مشارکت‌کنندهٔ {label} را بایگانی کرد', restored: 'مشارکت‌کنندهٔ {label} را بازگرداند',
      imported: 'نمایهٔ {label} را از {from} دریافت کرد', conflict: 'نسخهٔ خود از نمایهٔ {label} را نگه داشت؛ {from} ویرایش دیگری ({revision}) فرستاد',
    },
    agreement: {
      created: 'توافق‌نامهٔ {label} را ساخت', updated: 'توافق‌نامهٔ {label} را ویرایش کرد', updatedFields: '{fields} توافق‌نامهٔ {label} را تغییر داد',
      archived: 'توافق‌نامهٔ {label} را بایگانی کرد', restored: 'توافق‌نامهٔ {label} را بازگرداند', published: 'نسخهٔ {version} توافق‌نامهٔ {label} را منتشر کرد',
      imported: 'توافق‌نامهٔ {label} را از {from} دریافت کرد', conflict: 'نسخهٔ خود از توافق‌نامهٔ {label} را نگه داشت؛ {from} ویرایش دیگری ({revision}) فرستاد',
    },
    acceptance: {
      created: '{label} نسخهٔ {version} از {agreement_title} را پذیرفت',
      imported: 'پذیرش نسخهٔ {version} را که {label} ثبت کرده بود از {from} دریافت کرد',
      conflict: 'نسخهٔ خود از پذیرشی را که {label} ثبت کرده بود نگه داشت؛ {from} ویرایش دیگری ({revision}) فرستاد',
    },
    idea: {
      created: 'ایدهٔ {label} را ثبت کرد', updated: 'ایدهٔ {label} را ویرایش کرد', updatedFields: '{fields} ایدهٔ {label} را تغییر داد',
      status_changed: 'ایدهٔ {label} را از {from} به {to} برد', rejected: 'ایدهٔ {label} را رد کرد: {reason}',
      rejectedLesson: 'ایدهٔ {label} را رد کرد و به‌عنوان درس به اشتراک گذاشت: {reason}',
      merged: 'ایدهٔ {from_label} را در {label} ادغام کرد', merged_into: 'ایدهٔ {label} را در {into_label} ادغام کرد',
      archived: 'ایدهٔ {label} را بایگانی کرد', restored: 'ایدهٔ {label} را بازگرداند',
      imported: 'ایدهٔ {label} را از {from} دریافت کرد', conflict: 'نسخهٔ خود از ایدهٔ {label} را نگه داشت؛ {from} ویرایش دیگری ({revision}) فرستاد',
      status_changedFrom: '{sender} ایدهٔ {label} را از {from} به {to} برد',
    },
    review: {
      created: 'ایدهٔ {label} را داوری کرد', updated: 'داوری ایدهٔ {label} را بازنگری کرد',
    },
    comment: {
      created: 'دربارهٔ ایدهٔ {label} دیدگاه نوشت', moved: 'دیدگاه {label} را به ایده‌ای که در آن ادغام شده بود منتقل کرد',
    },
    sub_problem: {
      created: 'زیرمسئلهٔ {label} را افزود', updated: 'زیرمسئلهٔ {label} را ویرایش کرد', updatedFields: '{fields} زیرمسئلهٔ {label} را تغییر داد',
      claimed: '{contributor_name} زیرمسئلهٔ {label} را بر عهده گرفت', status_changed: 'زیرمسئلهٔ {label} را از {from} به {to} برد',
      archived: 'زیرمسئلهٔ {label} را بایگانی کرد', restored: 'زیرمسئلهٔ {label} را بازگرداند',
      imported: 'زیرمسئلهٔ {label} را از {from} دریافت کرد', conflict: 'نسخهٔ خود از زیرمسئلهٔ {label} را نگه داشت؛ {from} ویرایش دیگری ({revision}) فرستاد',
      claimedFrom: 'ادعاهای بر عهده گرفتن زیرمسئلهٔ {label} را از {from} دریافت کرد',
    },
    question: {
      created: 'پرسشی دربارهٔ {label} ثبت کرد', answered: 'به پرسش {label} پاسخ عمومی داد', answeredInternal: 'به پرسش {label} پاسخ داخلی داد',
      imported: 'پرسش {label} را از {from} دریافت کرد', conflict: 'نسخهٔ خود از پرسش {label} را نگه داشت؛ {from} ویرایش دیگری ({revision}) فرستاد',
      answeredFrom: '{from} به پرسش {label} پاسخ داد',
    },
    bundle: {
      exported: '{kind} دربارهٔ {label} را برای {recipients} فرستاد ({records})',
      imported: '{kind} از {label} را که با کلید {key_id} امضا شده بود وارد کرد: {counts}',
      counts: { added: '{n} افزوده', updated: '{n} به‌روزشده', unchanged: '{n} بدون تغییر', older: '{n} قدیمی‌تر (نادیده)', conflicts: { one: '{n} ناسازگاری', other: '{n} ناسازگاری' } },
      nothing: 'چیز تازه‌ای نبود',
    },
    key: {
      trusted: 'به کلید امضای {key} متعلق به {label} اعتماد کرد', revoked: 'کلید امضای {key} متعلق به {label} را باطل کرد',
    },
    receipt: {
      created: 'رسید امضاشده‌ای از {from} برای ایدهٔ {label} دریافت کرد',
    },
    imported: '{kind} {label} را از {from} دریافت کرد', conflict: 'نسخهٔ خود از {kind} {label} را نگه داشت؛ {from} ویرایش دیگری ({revision}) فرستاد',
    dispute: {
      created: 'اختلافی دربارهٔ {label} مطرح کرد', updated: 'یادداشتی به اختلاف {label} افزود', updatedFields: 'یادداشتی به اختلاف {label} افزود',
      resolved: 'اختلاف {label} را حل کرد',
    },
    obligation: {
      created: 'تعهد {label} را ثبت کرد', status_changed: 'تعهد {label} را از {from} به {to} برد',
    },
    unknown: '{action}: {label}',
  },
  fieldNames: {
    workspace: { name: 'نام', people: 'افراد', organization: 'سازمان' },
    challenge: {
      title: 'عنوان', brief: 'شرح', problem: 'بیان مسئله', goals: 'هدف‌ها', success_criteria: 'معیارهای موفقیت',
      assets_shared: 'آنچه در اختیار می‌گذاریم', lessons: 'درس‌های آموخته', constraints: 'محدودیت‌ها', challenge_type: 'نوع', lead: 'مسئول',
      deadline: 'مهلت', audience: 'مخاطبان', rules: 'قواعد', required_agreements: 'توافق‌نامه‌های لازم', incentives: 'مشوق‌ها',
      criteria: 'معیارهای ارزیابی', risks: 'ریسک‌ها', decisions: 'تصمیم‌ها', status: 'وضعیت',
    },
    contributor: {
      name: 'نام', entity: 'ماهیت', kind: 'نوع', affiliation: 'وابستگی سازمانی', expertise: 'تخصص', groups: 'گروه‌ها',
      contact: 'اطلاعات تماس', notes: 'یادداشت‌ها', recognition: 'قدردانی',
    },
    agreement: { title: 'عنوان', kind: 'نوع', summary: 'خلاصه', draft: 'پیش‌نویس' },
    idea: { title: 'عنوان', summary: 'خلاصه', body: 'توضیح', authors: 'نویسندگان', attachments: 'پیوست‌ها', sub_problem: 'زیرمسئله' },
    sub_problem: { title: 'عنوان', description: 'توضیح', expertise: 'تخصص لازم', due: 'سررسید', assigned: 'واگذارشدگان' },
  },
  enums: {
    challenge_status: { draft: 'پیش‌نویس', open: 'باز', evaluating: 'در حال ارزیابی', implementing: 'در حال اجرا', closed: 'بسته' },
    challenge_status_inline: { draft: 'پیش‌نویس', open: 'باز', evaluating: 'ارزیابی', implementing: 'اجرا', closed: 'بسته' },
    challenge_type: { ideation: 'ایده‌پردازی', theoretical: 'نظری', prototype: 'نمونهٔ اولیه', partner_scouting: 'یافتن شریک' },
    audience: { internal_only: 'فقط داخلی', invited: 'مشارکت‌کننده‌ها و گروه‌های دعوت‌شده', open: 'باز برای هر کس که آن را دریافت کند' },
    ip_regime: { none: 'هیچ: مالکیت معنوی از آنِ مشارکت‌کننده‌ها می‌ماند', non_exclusive_licence: 'مجوز غیرانحصاری به ما', exclusive_assignment: 'واگذاری انحصاری به ما' },
    incentive: { money: 'پول', contacts: 'ارتباطات', collaboration: 'همکاری', recognition: 'قدردانی', idea_exchange: 'تبادل ایده', other: 'دیگر' },
    decision: { decision: 'تصمیم', dispute: 'اختلاف' },
    contributor_kind: { supplier: 'تأمین‌کننده', independent_inventor: 'مخترع مستقل', university_lab: 'آزمایشگاه دانشگاهی', customer: 'مشتری', expert: 'متخصص', partner_firm: 'شرکت همکار', employee: 'کارمند' },
    entity: { person: 'شخص حقیقی', organization: 'سازمان' },
    agreement_kind: { nda: 'توافق‌نامهٔ عدم افشا (NDA)', non_confidential_submission: 'شرایط ارسال غیرمحرمانه', ip_assignment: 'واگذاری مالکیت معنوی', licence: 'مجوز بهره‌برداری', joint_development: 'توسعهٔ مشترک', participation_rules: 'قواعد مشارکت' },
    record_kind: { workspace: 'فضای کار', contributor: 'مشارکت‌کننده', challenge: 'چالش', agreement: 'توافق‌نامه', acceptance: 'پذیرش', idea: 'ایده', review: 'داوری', comment: 'دیدگاه', sub_problem: 'زیرمسئله', question: 'پرسش', dispute: 'اختلاف', obligation: 'تعهد', bundle: 'بسته', key: 'کلید امضا', receipt: 'رسید' },
    record_kind_inline: { workspace: 'فضای کار', contributor: 'مشارکت‌کنندهٔ', challenge: 'چالش', agreement: 'توافق‌نامهٔ', acceptance: 'پذیرش', idea: 'ایدهٔ', review: 'داوری', comment: 'دیدگاه', sub_problem: 'زیرمسئلهٔ', question: 'پرسش', dispute: 'اختلاف', obligation: 'تعهد', bundle: 'بستهٔ', key: 'کلید امضای', receipt: 'رسید' },
    record_kind_plural: { workspace: 'فضای کار', contributor: 'نمایهٔ مشارکت‌کننده‌ها', challenge: 'چالش', agreement: 'متن توافق‌نامه‌ها', acceptance: 'پذیرش‌ها', idea: 'ایده‌ها', review: 'داوری‌ها', comment: 'دیدگاه‌ها', sub_problem: 'زیرمسئله‌ها', question: 'پرسش‌ها و پاسخ‌ها', dispute: 'اختلاف‌ها', obligation: 'تعهدها', bundle: 'بسته‌ها', key: 'کلیدهای امضا', receipt: 'رسیدها' },
    bundle_kind: { challenge: 'بستهٔ چالش', response: 'بستهٔ پاسخ', update: 'بستهٔ به‌روزرسانی', backup: 'پشتیبان فضای کار' },
    bundle_kind_inline: { challenge: 'بستهٔ چالش', response: 'بستهٔ پاسخ', update: 'بستهٔ به‌روزرسانی', backup: 'بستهٔ پشتیبان' },
    import_action: { add: 'افزودن', update: 'به‌روزرسانی', unchanged: 'بدون تغییر', older: 'قدیمی‌تر (نادیده)', conflict: 'ناسازگاری' },
    trust_state: { trusted: 'مورد اعتماد', unknown: 'هنوز مورد اعتماد نیست', changed: 'کلید تغییر کرده', revoked: 'کلید باطل‌شده', own: 'کلید خودتان' },
    bundle_direction: { sent: 'فرستاده‌شده', received: 'دریافتی' },
    idea_stage: { submitted: 'ارسال‌شده', screening: 'غربالگری', evaluation: 'ارزیابی', selected: 'برگزیده', implementing: 'در حال اجرا', done: 'انجام‌شده', rejected: 'ردشده' },
    idea_stage_inline: { submitted: 'ارسال‌شده', screening: 'غربالگری', evaluation: 'ارزیابی', selected: 'برگزیده', implementing: 'اجرا', done: 'انجام‌شده', rejected: 'ردشده' },
    sub_problem_status: { open: 'باز', claimed: 'برعهده‌گرفته', in_progress: 'در جریان', done: 'انجام‌شده', dropped: 'کنارگذاشته' },
    sub_problem_status_inline: { open: 'باز', claimed: 'برعهده‌گرفته', in_progress: 'در جریان', done: 'انجام‌شده', dropped: 'کنارگذاشته' },
    obligation_status: { outstanding: 'مانده', delivered: 'تحویل‌شده', waived: 'چشم‌پوشی‌شده' },
    obligation_status_inline: { outstanding: 'مانده', delivered: 'تحویل‌شده', waived: 'چشم‌پوشی‌شده' },
  },
  errors: {
    generic: 'مشکلی پیش آمد.', no_backend: 'Opencall باید درون پنجرهٔ برنامهٔ رومیزی خود اجرا شود.',
    startup: 'فضای کار باز نشد', startupHint: 'پنجره‌های دیگر Opencall را ببندید و برنامه را دوباره اجرا کنید. اگر مشکل برطرف نشد، پوشهٔ داده‌های زیر را بررسی کنید.',
    archived: 'این رکورد بایگانی شده است. پیش از تغییر، آن را بازگردانید.',
    ipc: 'Opencall نتوانست این درخواست را انجام دهد. لطفاً آنچه را وارد کرده‌اید بررسی کنید و دوباره تلاش کنید.',
  },
  settings: {
    language: 'زبان', languageHint: 'زبان برنامه. تغییر آن بی‌درنگ اعمال می‌شود.', calendar: 'تقویم',
    calendarHint: 'تاریخ‌ها در برنامه با این تقویم نمایش داده می‌شوند. برون‌بری‌ها و پرونده‌ها همیشه تاریخ ISO دارند.',
    system: 'مانند سیستم', title: 'زبان و تقویم',
  },
  languages: { en: 'English', fa: 'فارسی' },
  calendars: { persian: 'هجری خورشیدی', gregorian: 'میلادی' },
  dateField: {
    gregorian: 'تاریخ را به تقویم میلادی وارد کنید.',
    gregorianIs: 'تاریخ میلادی — برابر با {date}',
  },
  charts: { summary: '{caption}: {items}.', item: '{label} {value}', ring: '{caption}: {percent}', numbers: 'نمایش اعداد' },
};


export const dictionaries = { en, fa };
const RTL = ['fa', 'ar', 'he', 'ur'];
/** The locale tag numbers are formatted with (Persian digits for `fa`). */
const NUMBER_TAGS = { en: 'en', fa: 'fa-IR' };
/** The date locale per language and calendar: Solar Hijri or Gregorian. */
const DATE_TAGS = { fa: { persian: 'fa-IR-u-ca-persian', gregorian: 'fa-IR-u-ca-gregory' } };
export const LANGUAGES = Object.keys(dictionaries);
export const CALENDARS = ['persian', 'gregorian'];
const LANG_KEY = 'opencall.lang';
const CALENDAR_KEY = 'opencall.calendar';
let current = en;
let locale = 'en';
let calendar = 'persian';
const cache = new Map();

function stored(key) {
  try { return globalThis.localStorage ? globalThis.localStorage.getItem(key) : null; } catch { return null; }
}
function store(key, value) {
  try {
    if (!globalThis.localStorage) return;
    if (value == null) globalThis.localStorage.removeItem(key); else globalThis.localStorage.setItem(key, value);
  } catch { /* private mode or no storage: the choice lasts this session */ }
}

/** The system's language: Persian when navigator.language starts with `fa`. */
function systemLocale() {
  const lang = (globalThis.navigator && globalThis.navigator.language) || '';
  return lang.toLowerCase().startsWith('fa') ? 'fa' : 'en';
}

/** The remembered language choice, or null when the app follows the system. */
export const chosenLocale = () => { const saved = stored(LANG_KEY); return saved && dictionaries[saved] ? saved : null; };

/** The remembered choice (`opencall.lang`), else the system's language. */
const preferredLocale = () => chosenLocale() || systemLocale();

function setLocale(name) {
  locale = dictionaries[name] ? name : 'en';
  current = dictionaries[locale];
  cache.clear();
  if (globalThis.document) {
    document.documentElement.lang = locale;
    document.documentElement.dir = RTL.includes(locale) ? 'rtl' : 'ltr';
  }
}

/** The calendar dates are shown in where the language has a choice
 *  (Persian: `persian`, the Solar Hijri calendar, or `gregorian`). */
function setCalendar(name) {
  calendar = CALENDARS.includes(name) ? name : 'persian';
  cache.clear();
}
export const getCalendar = () => calendar;

/** At startup: the remembered language (or the system's) and calendar. */
export function initLocale() {
  setCalendar(stored(CALENDAR_KEY) || 'persian');
  setLocale(preferredLocale());
}

/** A choice made in the UI: applied and remembered (null = follow the system). */
export function chooseLocale(name) {
  store(LANG_KEY, name && dictionaries[name] ? name : null);
  setLocale(preferredLocale());
}
export function chooseCalendar(name) {
  setCalendar(name);
  store(CALENDAR_KEY, calendar);
}

/** Whether the current language shows dates in another calendar than the Gregorian. */
export const hasCalendarChoice = () => Boolean(DATE_TAGS[locale]);

const numberTag = () => NUMBER_TAGS[locale] || locale;
const dateTag = () => (DATE_TAGS[locale] ? DATE_TAGS[locale][calendar] : locale);

export const getLocale = () => locale;

function find(dict, key) {
  return key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), dict);
}

/** The entry for `key` in the current locale, else in English. */
function lookup(key) {
  const v = find(current, key);
  return v === undefined && current !== en ? find(en, key) : v;
}

const isPlural = (v) => v != null && typeof v === 'object' && typeof v.other === 'string';

function formatter(kind, make) {
  const k = `${kind}`;
  if (!cache.has(k)) {
    try { cache.set(k, make()); } catch { cache.set(k, null); }
  }
  return cache.get(k);
}

const pluralRules = () => formatter('plural', () => new Intl.PluralRules(locale));

/** The message string for key + vars, choosing the plural form by `n`. */
function message(key, vars) {
  const value = lookup(key);
  if (typeof value === 'string') return value;
  if (isPlural(value)) {
    const n = Number(vars.n ?? vars.count ?? 0);
    if (typeof value[`=${n}`] === 'string') return value[`=${n}`];
    const category = pluralRules()?.select(n) ?? (n === 1 ? 'one' : 'other');
    return typeof value[category] === 'string' ? value[category] : value.other;
  }
  return null;
}

const show = (v) => (typeof v === 'number' ? formatNumber(v) : String(v ?? ''));

/** t('challenge.count', {n: 3}) → '3 challenges'. Numbers are formatted in
 *  the app's locale; a missing key shows as the key itself. */
export function t(key, vars = {}) {
  const msg = message(key, vars);
  if (msg == null) return key;
  return msg.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? show(vars[name]) : whole));
}

/** Whether a message exists (in the locale or English). */
export const has = (key) => message(key, {}) != null;

/**
 * Like t(), but returns nodes: each inserted value is isolated in a <bdi>
 * (nodes are inserted as they are), so user text in another script keeps the
 * sentence in order. Text only, never HTML.
 */
export function tx(key, vars = {}) {
  const msg = message(key, vars) ?? key;
  const out = [];
  let last = 0;
  for (const m of msg.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) out.push(msg.slice(last, m.index));
    if (m[1] in vars) {
      const v = vars[m[1]];
      if (v instanceof Node) out.push(v);
      else {
        const el = document.createElement('bdi');
        el.textContent = show(v);
        out.push(el);
      }
    } else out.push(m[0]);
    last = m.index + m[0].length;
  }
  if (last < msg.length) out.push(msg.slice(last));
  return out;
}

/** Wraps user text in Unicode first-strong isolates, for plain strings
 *  (native dialogs, toasts, attributes) where a <bdi> cannot go. */
export const isolate = (text) => `\u2068${text ?? ''}\u2069`;

/** Shortens text for places that cannot wrap well (native dialogs). */
export function ellipsize(text, max = 120) {
  const s = String(text ?? '');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Label of an enum value: label('challenge_status', 'open') → 'Open'. */
export function label(group, value) {
  const v = lookup(`enums.${group}.${value}`);
  return typeof v === 'string' ? v : String(value ?? '');
}

/** [[value, label], …] for a select, in the reference (English) order. */
export function options(group) {
  return Object.keys(en.enums[group] || {}).map((value) => [value, label(group, value)]);
}

/** A record field's name inside a sentence ('success_criteria' → 'success criteria'). */
export function fieldName(kind, name) {
  const v = lookup(`fieldNames.${kind}.${name}`);
  return typeof v === 'string' ? v : String(name).replace(/[_.]+/g, ' ');
}

// ---- numbers, dates, lists -------------------------------------------------

export function formatNumber(n) {
  const f = formatter('number', () => new Intl.NumberFormat(numberTag()));
  return f ? f.format(n) : String(n);
}

/** A score such as 6.8 (at most two decimals), in the locale's digits. */
export function formatScore(n) {
  if (n == null || Number.isNaN(Number(n))) return '';
  const f = formatter('score', () => new Intl.NumberFormat(numberTag(), { maximumFractionDigits: 2 }));
  return f ? f.format(n) : String(Math.round(n * 100) / 100);
}

/** 1536 → '1.5 KB' (in the locale's way). */
export function formatBytes(bytes) {
  const n = Number(bytes) || 0;
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i += 1; }
  const f = formatter(`bytes-${units[i]}`, () => new Intl.NumberFormat(numberTag(), { style: 'unit', unit: units[i], unitDisplay: i === 0 ? 'long' : 'short', maximumFractionDigits: i === 0 ? 0 : 1 }));
  return f ? f.format(v) : `${Math.round(v * 10) / 10} ${['B', 'KB', 'MB', 'GB'][i]}`;
}

/** 0.25 → '25%' (in the locale's own way). */
export function formatPercent(fraction) {
  const f = formatter('percent', () => new Intl.NumberFormat(numberTag(), { style: 'percent', maximumFractionDigits: 0 }));
  return f ? f.format(fraction) : `${Math.round(fraction * 100)} %`;
}

/** An ISO date (YYYY-MM-DD) or timestamp → a medium date in the locale. */
export function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso.length <= 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  const f = formatter('date', () => new Intl.DateTimeFormat(dateTag(), { year: 'numeric', month: 'short', day: 'numeric' }));
  return f ? f.format(d) : iso;
}

/** Whether dates are shown in another calendar than the Gregorian one that
 *  the system's date fields use (Persian with the Solar Hijri calendar). */
export const showsNonGregorian = () => hasCalendarChoice() && calendar !== 'gregorian';

/** An ISO date (YYYY-MM-DD) → a long date in the app's calendar
 *  ('5 Azar 1405', in Persian «۵ آذر ۱۴۰۵»); '' when it is not a date. */
export function formatDateLong(iso) {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '';
  const d = new Date(`${iso}T00:00:00`);
  if (Number.isNaN(d.getTime())) return '';
  const f = formatter('date-long', () => new Intl.DateTimeFormat(dateTag(), { year: 'numeric', month: 'long', day: 'numeric' }));
  return f ? f.format(d) : iso;
}

export function formatDateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const f = formatter('datetime', () => new Intl.DateTimeFormat(dateTag(), { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }));
  return f ? f.format(d) : iso;
}

/** -1 → 'yesterday', 0 → 'today', 3 → 'in 3 days'. */
export function formatRelativeDays(days) {
  const f = formatter('relative', () => new Intl.RelativeTimeFormat(numberTag(), { numeric: 'auto' }));
  if (f) return f.format(days, 'day');
  return days === 0 ? 'today' : days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** ['a', 'b', 'c'] → 'a, b and c'. */
export function formatList(items) {
  const f = formatter('list', () => new Intl.ListFormat(numberTag(), { style: 'long', type: 'conjunction' }));
  return f ? f.format(items) : items.join(', ');
}

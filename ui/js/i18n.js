// Every UI string, in one place, and locale-aware formatting.
//
// - English is the reference dictionary and the fallback for any key another
//   locale (a Persian `fa` is planned) does not have yet.
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
    addRecipient: 'Add {name}', removeRecipient: 'Remove {name}', chooseRecipient: 'Choose the partner this update is for.', chooseRecipients: 'Choose at least one recipient.',
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
    matching: 'Matches: ', record: { '=0': 'no similar work done yet', one: '{n} similar sub-problem done', other: '{n} similar sub-problems done' },
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
    title: 'Export', hint: 'Files are written where you choose: CSV (UTF-8, for spreadsheets) and a self-contained report.',
    ideas: 'Ideas (CSV)', reviews: 'Reviews (CSV)', obligations: 'Obligations (CSV)', contributors: 'Export CSV',
    reportHtml: 'Report (HTML)', reportMd: 'Report (Markdown)', saveTitle: 'Save export', done: 'Saved {name} ({size}).',
  },
  dashboard: {
    title: 'Dashboard: {title}', open: 'Dashboard', back: 'Back to the challenge', portfolio: 'Dashboard',
    portfolioIntro: 'Every challenge at a glance: where its ideas are, how far the work is, what still needs an answer and what is owed.',
    funnel: 'Idea funnel', funnelCaption: 'Ideas by stage', stage: 'Stage', count: 'Ideas', ideas: { '=0': 'No ideas yet', one: '{n} idea', other: '{n} ideas' },
    completion: 'Sub-problems', completionCaption: 'Sub-problem completion', completionDetail: '{done} of {total} done',
    noSubproblems: 'No sub-problems yet', deadline: 'Days to deadline', noDeadline: 'No deadline', pastDeadline: 'Days since the deadline passed',
    days: { one: 'day left', other: 'days left' }, attention: 'Needs an answer',
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
};

const dictionaries = { en };
const RTL = ['fa', 'ar', 'he', 'ur'];
let current = en;
let locale = 'en';
const cache = new Map();

export function setLocale(name) {
  locale = dictionaries[name] ? name : 'en';
  current = dictionaries[locale];
  cache.clear();
  document.documentElement.lang = locale;
  document.documentElement.dir = RTL.includes(locale) ? 'rtl' : 'ltr';
}

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
  const f = formatter('number', () => new Intl.NumberFormat(locale));
  return f ? f.format(n) : String(n);
}

/** A score such as 6.8 (at most two decimals), in the locale's digits. */
export function formatScore(n) {
  if (n == null || Number.isNaN(Number(n))) return '';
  const f = formatter('score', () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
  return f ? f.format(n) : String(Math.round(n * 100) / 100);
}

/** 1536 → '1.5 KB' (in the locale's way). */
export function formatBytes(bytes) {
  const n = Number(bytes) || 0;
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i += 1; }
  const f = formatter(`bytes-${units[i]}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: units[i], unitDisplay: i === 0 ? 'long' : 'short', maximumFractionDigits: i === 0 ? 0 : 1 }));
  return f ? f.format(v) : `${Math.round(v * 10) / 10} ${['B', 'KB', 'MB', 'GB'][i]}`;
}

/** 0.25 → '25%' (in the locale's own way). */
export function formatPercent(fraction) {
  const f = formatter('percent', () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  return f ? f.format(fraction) : `${Math.round(fraction * 100)} %`;
}

/** An ISO date (YYYY-MM-DD) or timestamp → a medium date in the locale. */
export function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso.length <= 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  const f = formatter('date', () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }));
  return f ? f.format(d) : iso;
}

export function formatDateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const f = formatter('datetime', () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }));
  return f ? f.format(d) : iso;
}

/** -1 → 'yesterday', 0 → 'today', 3 → 'in 3 days'. */
export function formatRelativeDays(days) {
  const f = formatter('relative', () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  if (f) return f.format(days, 'day');
  return days === 0 ? 'today' : days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** ['a', 'b', 'c'] → 'a, b and c'. */
export function formatList(items) {
  const f = formatter('list', () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  return f ? f.format(items) : items.join(', ');
}

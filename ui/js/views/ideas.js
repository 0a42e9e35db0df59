// Ideas: the list (filters challenge, stage, author, text; paged), the form
// that records or edits an idea (with a live check of who may contribute and
// what to do about it, and attachments picked in the native dialog), the idea
// page (stage pipeline, reviews, comments, merge, versions) and the review
// screen (each criterion with its weight; a running weighted total shown as a
// preview — the saved score and the ranking come from the core).

import { api, ApiError, confirmDialog, pickFiles, pickSavePath } from '../api.js';
import { h, bdi, clear, code, setSanitizedHtml } from '../dom.js';
import { t, tx, label, options, isolate, ellipsize, formatDate, formatDateTime, formatPercent, formatScore, formatBytes } from '../i18n.js';
import { field, input, textarea, select, recordPicker, formView, onSubmit, readInteger, slider } from '../form.js';
import { mount, pageHeader, emptyState, badge, archivedBadge, section, toast, showError, loadOr404, archiveButton, errorLines, debounce, isCurrent } from '../ui.js';
import { listView, listHref, listPath } from '../list.js';
import { historyList, historyOf } from './activity.js';

/** The sidebar entry and the routes of this section (main.js assembles them). */
export const nav = { id: 'ideas', label: 'nav.ideas', place: 'main', newPath: '/ideas/new' };
export const routes = [
  ['/ideas', (ctx) => list(ctx)],
  ['/ideas/new', (ctx) => edit(ctx, null)],
  ['/ideas/:id', (ctx, id) => detail(ctx, id)],
  ['/ideas/:id/edit', (ctx, id) => edit(ctx, id)],
  ['/ideas/:id/review', (ctx, id) => review(ctx, id)],
];

const shortHash = (hash) => String(hash || '').slice(0, 12);
const stageBadge = (stage, id) => {
  const el = badge('idea_stage', stage);
  if (id) el.id = id;
  return el;
};
const contributorDetail = (c) => [label('contributor_kind', c.kind), c.affiliation].filter(Boolean).join(' · ');

async function searchContributors(text, limit = 8) {
  const page = await api.listContributors({ text, include_archived: false }, { offset: 0, limit });
  return (page.items || []).map((c) => ({ ...c, detail: contributorDetail(c) }));
}

async function searchChallenges(text) {
  const page = await api.listChallenges({ text, include_archived: true }, { offset: 0, limit: 8 });
  return (page.items || []).map((c) => ({ id: c.id, name: c.title, detail: label('challenge_status', c.status) }));
}

/** Names inside a sentence-free list ("Ines Duarte, Fluid Dynamics Lab"),
 *  each isolated for bidi. */
const nameList = (names) => names.map((n, i) => [i ? ', ' : '', bdi(n)]);

/** A code with a Copy button (fingerprints, hashes). */
function copyable(text, { id, buttonId, label: ariaLabel }) {
  const code = h('code', { class: 'break', id, dir: 'ltr' }, text);
  const button = h('button', {
    type: 'button', class: 'button small', id: buttonId, 'aria-label': ariaLabel ? `${t('common.copy')}: ${ariaLabel}` : t('common.copy'),
    onclick: async () => {
      try {
        if (!navigator.clipboard || !navigator.clipboard.writeText) throw new Error('no clipboard');
        await navigator.clipboard.writeText(text);
        toast(t('common.copied'));
      } catch {
        // Fallback: select the text so Ctrl+C copies it.
        const range = document.createRange();
        range.selectNodeContents(code);
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        let copied = false;
        try { copied = document.execCommand('copy'); } catch { copied = false; }
        toast(copied ? t('common.copied') : t('common.copyManually'));
      }
    },
  }, t('common.copy'));
  return h('div', { class: 'copyable' }, code, button);
}

// ---- list ------------------------------------------------------------------

function table(items) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'table fixed list-table idea-table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col', class: 'col-title' }, t('idea.title')),
      h('th', { scope: 'col', class: 'col-stage' }, t('idea.stage')),
      h('th', { scope: 'col', class: 'col-challenge' }, t('idea.challenge')),
      h('th', { scope: 'col', class: 'col-authors' }, t('idea.authors')),
      h('th', { scope: 'col', class: 'col-files' }, h('span', { title: t('idea.attachments') }, t('idea.filesShort'))),
      h('th', { scope: 'col', class: 'col-hash' }, t('idea.fingerprint')))),
    h('tbody', {}, items.map((i) => h('tr', { dataset: { id: i.id }, class: i.archived ? 'is-archived' : '' },
      h('td', {},
        h('a', { href: `#/ideas/${i.id}`, class: 'idea-title', dir: 'auto' }, i.title), archivedBadge(i.archived),
        i.merged_into ? h('span', { class: 'badge warn merged-badge' }, t('idea.mergedBadge')) : null,
        i.summary ? h('p', { class: 'muted small clamp', dir: 'auto' }, i.summary) : null),
      h('td', {}, stageBadge(i.stage)),
      h('td', { dir: 'auto' }, h('a', { href: `#/challenges/${i.challenge}`, class: 'quiet-link' }, i.challenge_title)),
      h('td', { class: 'idea-authors-cell' }, nameList(i.author_names || [])),
      h('td', { class: 'num' }, i.attachments ? t('idea.fileCount', { n: i.attachments }) : h('span', { class: 'muted' }, '—')),
      h('td', {}, h('code', { class: 'hash', title: i.content_hash, dir: 'ltr' }, shortHash(i.content_hash))))))));
}

export function list(ctx) {
  return listView(ctx, {
    path: '/ideas',
    title: t('idea.listTitle'),
    actions: [h('a', { class: 'button primary', href: '#/ideas/new', id: 'new-idea' }, t('idea.new'))],
    search: { id: 'idea-search', label: t('idea.searchLabel'), placeholder: t('idea.searchPlaceholder') },
    filters: [
      {
        key: 'challenge', type: 'picker', id: 'filter-challenge', label: t('idea.challengeFilter'), placeholder: t('idea.challengePlaceholder'),
        search: searchChallenges,
        resolve: async (id) => ({ id, name: (await api.getChallenge(id)).title }),
      },
      { key: 'stage', type: 'select', id: 'filter-stage', label: t('idea.stageFilter'), options: options('idea_stage') },
      {
        key: 'author', type: 'picker', id: 'filter-author', label: t('idea.authorFilter'), placeholder: t('idea.authorPlaceholder'),
        search: (text) => searchContributors(text),
        resolve: async (id) => ({ id, name: (await api.getContributor(id)).name }),
      },
      { key: 'include_archived', param: 'archived', type: 'checkbox', id: 'filter-ideas-archived', label: t('common.showArchived') },
    ],
    listId: 'idea-list',
    fetch: (filter, page) => api.listIdeas(filter, page),
    count: (n) => t('idea.count', { n }),
    empty: () => emptyState(t('idea.emptyTitle'), t('idea.emptyBody'), h('a', { class: 'button primary', href: '#/ideas/new' }, t('idea.new'))),
    emptyFiltered: t('idea.emptyFiltered'),
    render: table,
  });
}

// ---- record / edit -----------------------------------------------------------

/** Drafts left to go and fix a refusal (e.g. record an acceptance), by form
 *  path; `?draft=1` on return puts them back. Memory only. */
const drafts = new Map();

/** Markdown with a Preview rendered (and sanitized) in Rust. */
function markdownPreview(area, previewId) {
  const preview = h('div', { class: 'prose preview', hidden: true, id: previewId, dir: 'auto' });
  const toggle = h('button', {
    type: 'button', class: 'button subtle small', 'aria-pressed': 'false',
    onclick: async () => {
      const showing = preview.hidden;
      if (showing) {
        try { setSanitizedHtml(preview, await api.renderMarkdown(area.value), () => {}); } catch (e) { showError(e); return; }
      }
      preview.hidden = !showing;
      area.hidden = showing;
      toggle.setAttribute('aria-pressed', String(showing));
      toggle.textContent = showing ? t('common.write') : t('common.preview');
    },
  }, t('common.preview'));
  return { preview, toggle };
}

/** Where a refusal's "what to do next" leads: the path, and whether the page
 *  there offers a way back to this draft. */
async function actionTarget(problem, author, challengeId) {
  switch (problem.code) {
    case 'missing_acceptance':
    case 'outdated_acceptance':
    case 'unpublished': {
      // The first required agreement whose latest version this author has
      // not accepted (or that is not published): preselected over there.
      const [c, accepted] = await Promise.all([
        api.getChallenge(challengeId),
        author ? api.listAcceptances({ contributor: author.id }) : Promise.resolve([]),
      ]);
      const refs = c.required_agreement_refs || [];
      if (problem.code === 'unpublished') {
        const ref = refs.find((r) => r.latest_version == null);
        return ref ? { path: `/agreements/${ref.id}` } : { path: `/challenges/${challengeId}` };
      }
      const ref = refs.find((r) => r.latest_version != null && !accepted.some((x) => x.agreement === r.id && x.version === r.latest_version));
      return { path: `/contributors/${author.id}`, params: ref ? { accept: ref.id } : {}, back: true };
    }
    case 'not_invited': return { path: `/challenges/${challengeId}/edit` };
    case 'archived': return { path: `/contributors/${author.id}`, back: true };
    case 'not_open': return { path: `/challenges/${challengeId}` };
    default: return null;
  }
}

function actionLabel(problem, author) {
  const name = author ? author.name : '';
  switch (problem.code) {
    case 'missing_acceptance':
    case 'outdated_acceptance': return t('idea.action.accept', { name });
    case 'unpublished': return t('idea.action.agreement');
    case 'not_invited': return t('idea.action.invite');
    case 'archived': return t('idea.action.restore', { name });
    case 'not_open': return t('idea.action.challenge');
    default: return null;
  }
}

export async function edit(ctx, id) {
  const existing = id ? await loadOr404(ctx, 'idea', () => api.getIdea(id)) : null;
  if (id && !existing) return;
  const path = existing ? `/ideas/${existing.id}/edit` : '/ideas/new';
  const draft = ctx.query.get('draft') ? drafts.get(path) || null : null;

  // The challenges a new idea may answer: the open ones (and the one asked
  // for, so its refusal can explain why).
  let challenges = [];
  const wanted = draft?.challenge || ctx.query.get('challenge') || '';
  if (!existing) {
    const open = await api.listChallenges({ status: 'open' }, { offset: 0, limit: 500 });
    challenges = open.items || [];
    if (wanted && !challenges.some((c) => c.id === wanted)) {
      const c = await api.getChallenge(wanted).catch(() => null);
      if (c) challenges.unshift({ id: c.id, title: c.title, status: c.status });
    }
  }
  const start = draft || (existing
    ? { title: existing.title, summary: existing.summary, body: existing.body, authors: existing.author_refs, attachments: existing.attachments, sub_problem: existing.sub_problem || null }
    : { challenge: wanted || (challenges.length === 1 ? challenges[0].id : ''), title: '', summary: '', body: '', authors: [], attachments: [], sub_problem: null });

  const f = {
    challenge: existing ? null : select(start.challenge || '', [['', t('idea.chooseChallenge')],
      ...challenges.map((c) => [c.id, c.status === 'open' ? c.title : `${c.title} (${label('challenge_status', c.status)})`])], { id: 'f-challenge' }),
    title: input(start.title, { required: true }),
    summary: textarea(start.summary, { rows: 2 }),
    body: textarea(start.body, { rows: 10, class: 'mono', dataset: { field: 'body' }, name: 'body', id: 'f-body' }),
  };
  const md = markdownPreview(f.body, 'body-preview');

  // The sub-problem (work package) it addresses: optional, from the
  // challenge's tree, indented by depth.
  f.sub_problem = select('', [['', t('idea.subProblemNone')]], { id: 'f-sub-problem' });
  let subProblemsOf = null; // the challenge whose sub-problems the select lists
  let spSeq = 0;
  const loadSubProblems = async () => {
    const mine = ++spSeq;
    const challenge = existing ? existing.challenge : f.challenge.value;
    const keep = subProblemsOf ? f.sub_problem.value : (start.sub_problem || '');
    let flat = [];
    if (challenge) {
      try {
        const tree = await api.listSubProblems(challenge);
        const walk = (nodes, depth) => nodes.forEach((n) => { flat.push([n.id, `${'— '.repeat(depth)}${n.title}`]); walk(n.children || [], depth + 1); });
        walk(tree.roots || [], 0);
      } catch { flat = []; }
    }
    if (mine !== spSeq) return;
    clear(f.sub_problem).append(...[['', t('idea.subProblemNone')], ...flat].map(([v, l]) => h('option', { value: v }, l)));
    f.sub_problem.value = flat.some(([v]) => v === keep) ? keep : '';
    subProblemsOf = challenge || '';
    spField.hidden = flat.length === 0;
  };
  const spField = field('sub_problem', t('idea.subProblem'), f.sub_problem, { hint: t('idea.subProblemHint') });
  spField.hidden = true;

  const authors = recordPicker({
    name: 'authors',
    id: 'author-search',
    label: t('idea.authorSearch'),
    placeholder: t('idea.authorSearchPlaceholder'),
    selected: start.authors || [],
    search: (text) => searchContributors(text),
    describe: contributorDetail,
    noMatches: t('challenge.noMatches'),
    addLabel: (p) => t('idea.addAuthor', { name: p.name }),
    removeLabel: (p) => t('idea.removeAuthor', { name: p.name }),
  });

  // Attachments: picked in the native dialog, stored by the core, listed here.
  let files = [...(start.attachments || [])];
  const fileList = h('ul', { class: 'file-list', id: 'attachment-list' });
  const fileError = h('p', { class: 'field-error', id: 'attachments-error', hidden: true });
  const attachButton = h('button', { type: 'button', class: 'button', id: 'attach-file', dataset: { field: 'attachments' }, 'aria-describedby': 'attachments-hint attachments-error' }, t('idea.attach'));
  const touched = () => attachButton.dispatchEvent(new Event('change', { bubbles: true }));
  const drawFiles = () => {
    clear(fileList);
    if (!files.length) { fileList.append(h('li', { class: 'muted small' }, t('idea.noAttachments'))); return; }
    fileList.append(...files.map((a) => h('li', { dataset: { sha: a.sha256 } },
      h('span', { class: 'file-name', dir: 'auto' }, a.name),
      h('span', { class: 'muted small' }, ` · ${formatBytes(a.size)} · `, h('code', { title: a.sha256, dir: 'ltr' }, shortHash(a.sha256))),
      h('button', {
        type: 'button', class: 'button icon small', 'aria-label': t('idea.removeAttachment', { name: a.name }), title: t('idea.removeAttachment', { name: a.name }),
        onclick: () => { files = files.filter((x) => x !== a); drawFiles(); touched(); attachButton.focus(); },
      }, '×'))));
  };
  attachButton.addEventListener('click', async () => {
    clear(fileError); fileError.hidden = true;
    let paths;
    try { paths = await pickFiles({ title: t('idea.attach') }); } catch (e) { fileError.append(...errorLines(e).map((l) => h('span', { class: 'error-line' }, l))); fileError.hidden = false; return; }
    if (!paths.length) return;
    attachButton.disabled = true;
    attachButton.textContent = t('idea.attaching');
    try {
      for (const p of paths) {
        const a = await api.attachFile(p);
        if (!files.some((x) => x.sha256 === a.sha256)) files.push(a);
      }
    } catch (e) {
      fileError.append(...errorLines(e).map((l) => h('span', { class: 'error-line', dir: 'auto' }, l)));
      fileError.hidden = false;
    } finally {
      attachButton.disabled = false;
      attachButton.textContent = t('idea.attach');
      drawFiles();
      touched();
    }
  });
  drawFiles();

  const collect = () => ({
    ...(existing ? {} : { challenge: f.challenge.value || null }),
    title: f.title.value,
    summary: f.summary.value,
    body: f.body.value,
    authors: authors.value(),
    attachments: files.map(({ name, sha256, size }) => ({ name, sha256, size })),
    // Until the select has its options, the sub-problem the idea started with.
    sub_problem: subProblemsOf == null ? (start.sub_problem || null) : (f.sub_problem.value || null),
  });
  const challengeId = () => (existing ? existing.challenge : f.challenge.value);
  /** The authors the core checks: all of a new idea's, an edit's new ones. */
  const checked = (ids) => (existing ? ids.filter((a) => !existing.authors.includes(a)) : ids);

  // Who may contribute: checked live as the challenge and authors change, and
  // each refusal says what to do next, with a button that goes there (the
  // draft is kept and comes back with "Back to the idea").
  const check = h('div', { class: 'contribution-check', id: 'contribution-check', role: 'status', 'aria-live': 'polite', tabindex: '-1' });
  let checkSeq = 0;
  function drawCheck(problems, ids, challenge) {
    clear(check);
    if (!problems.length) {
      check.className = 'contribution-check ok';
      check.append(h('p', {}, h('span', { 'aria-hidden': 'true' }, '✓ '), t('idea.checkOk')));
      return;
    }
    check.className = 'contribution-check warn';
    const byId = new Map(authors.items().map((a) => [a.id, a]));
    check.append(h('p', { class: 'summary-title' }, t('idea.checkTitle')), h('ul', {}, problems.map((p) => {
      const at = /^authors\.(\d+)/.exec(p.field || '');
      const author = at ? byId.get(ids[Number(at[1])]) : null;
      const text = actionLabel(p, author);
      return h('li', { dataset: { code: p.code || '' } },
        h('span', { dir: 'auto' }, p.message),
        text ? [' ', h('button', {
          type: 'button', class: 'button small', dataset: { action: p.code === 'outdated_acceptance' ? 'accept' : (p.code === 'missing_acceptance' ? 'accept' : p.code) },
          onclick: async () => {
            let target;
            try { target = await actionTarget(p, author, challenge); } catch (e) { showError(e); return; }
            if (!target) return;
            drafts.set(path, { ...collect(), challenge: existing ? undefined : f.challenge.value, authors: authors.items(), attachments: files });
            const params = new URLSearchParams(target.params || {});
            if (target.back) params.set('back', `${path}?draft=1`);
            const qs = params.toString();
            ctx.navigate(`${target.path}${qs ? `?${qs}` : ''}`, { force: true });
          },
        }, text)] : null);
    })));
  }
  const runCheck = debounce(async () => {
    const mine = ++checkSeq;
    const challenge = challengeId();
    const ids = checked(authors.value());
    if (!challenge || !ids.length) { clear(check); check.className = 'contribution-check'; return; }
    let problems;
    try {
      problems = await api.checkContribution(challenge, ids);
    } catch (e) {
      if (mine === checkSeq) { clear(check); check.className = 'contribution-check warn'; check.append(h('p', { dir: 'auto' }, errorLines(e).join(' '))); }
      return;
    }
    if (mine !== checkSeq || !isCurrent(ctx)) return;
    drawCheck(problems, ids, challenge);
  }, 150);
  authors.element.addEventListener('change', runCheck);
  f.challenge?.addEventListener('change', runCheck);
  f.challenge?.addEventListener('change', loadSubProblems);

  const { form } = formView(ctx, {
    id: 'idea-form',
    saveId: 'save-idea',
    saveLabel: existing ? t('common.save') : t('idea.submit'),
    cancelTo: existing ? `/ideas/${existing.id}` : listPath('/ideas'),
    baseline: draft ? null : undefined,
    collect,
    save: async (data) => {
      try {
        const { challenge: _c, ...body } = data;
        const saved = existing ? await api.updateIdea(existing.id, existing.meta.revision, body) : await api.createIdea(data);
        drafts.delete(path);
        toast(existing ? t('common.saved') : t('idea.created'));
        return `/ideas/${saved.id}`;
      } catch (e) {
        if (e && e.kind === 'refused' && e.fields.length) {
          // Shown where the user acts: under the authors, with what to do.
          checkSeq += 1;
          drawCheck(e.fields, checked(data.authors), challengeId());
          authors.box.setAttribute('aria-invalid', 'true');
          const refusal = new ApiError({ kind: 'refused', message: e.message });
          refusal.action = {
            id: 'show-what-to-do',
            label: t('idea.whatToDo'),
            run: () => { check.scrollIntoView({ block: 'center' }); (check.querySelector('button') || check).focus({ preventScroll: true }); },
          };
          throw refusal;
        }
        throw e;
      }
    },
    body: [
      h('fieldset', { class: 'card' }, h('legend', {}, t('challenge.basics')),
        existing
          ? h('p', {}, `${t('idea.challenge')}: `, h('a', { href: `#/challenges/${existing.challenge}` }, bdi(existing.challenge_ref.title)))
          : (challenges.length
            ? field('challenge', t('idea.challenge'), f.challenge)
            : h('p', { class: 'callout warn', id: 'no-open-challenges' }, t('idea.noOpenChallenges'), ' ', h('a', { href: '#/challenges' }, t('challenge.listTitle')))),
        spField,
        field('title', t('idea.title'), f.title),
        field('summary', t('idea.summary'), f.summary, { hint: t('idea.summaryHint') })),
      h('fieldset', { class: 'card' }, h('legend', {}, t('idea.authors')),
        h('div', { class: 'field wide', dataset: { for: 'authors' } },
          h('p', { class: 'hint' }, t('idea.authorsHint')),
          authors.element, check, h('p', { class: 'field-error', hidden: true }))),
      h('fieldset', { class: 'card' }, h('legend', {}, t('idea.body')),
        h('div', { class: 'field wide', dataset: { for: 'body' } },
          h('div', { class: 'label-row' }, h('label', { for: 'f-body' }, t('idea.body')), md.toggle),
          f.body, md.preview,
          h('p', { class: 'hint' }, t('idea.bodyHint')), h('p', { class: 'field-error', hidden: true }))),
      h('fieldset', { class: 'card' }, h('legend', {}, t('idea.attachments')),
        h('div', { class: 'field wide', dataset: { for: 'attachments' } },
          h('p', { class: 'hint', id: 'attachments-hint' }, t('idea.attachmentsHint')),
          fileList, h('div', {}, attachButton), fileError)),
    ],
  });

  mount(ctx,
    pageHeader(existing ? t('idea.editTitle') : t('idea.newTitle'), {
      back: existing ? { href: `#/ideas/${existing.id}`, label: existing.title } : { href: listHref('/ideas'), label: t('idea.listTitle') },
    }),
    form);
  if (draft) runCheck();
  loadSubProblems();
  if (f.challenge && !f.challenge.value) f.challenge.focus(); else f.title.focus();
}

// ---- the idea page -----------------------------------------------------------

function stageLabel(from, to) {
  if (from === 'evaluation' && to === 'screening') return t('idea.moveTo.backToScreening');
  if (from === 'selected' && to === 'evaluation') return t('idea.moveTo.backToEvaluation');
  return t(`idea.moveTo.${to}`);
}

/** Who posted or reviewed: a name and, for a contributor, that they are one. */
function partyName(ref, { asReviewer = false } = {}) {
  if (!ref) return '';
  return h('span', { class: 'party' }, h('strong', { dir: 'auto' }, ref.name),
    h('span', { class: 'muted small' }, ' · ', ref.kind === 'contributor' ? (asReviewer ? t('review.outsideExpert') : t('idea.contributorKind')) : t('review.staff')));
}

function scoreList(scores, criteria) {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  return h('ul', { class: 'score-chips' }, scores.map((s) => h('li', {}, h('span', { dir: 'auto' }, byId.get(s.criterion)?.name || '?'), ' ', h('strong', {}, formatScore(s.score)))));
}

/** The form that posts a comment or a reply: as yourself, a colleague, or on
 *  behalf of a contributor. */
function commentForm(idea, ws, { parent = null, formId, onDone }) {
  const people = ws ? ws.organization.people : [];
  const me = ws ? people.find((p) => p.id === ws.user) : null;
  const asOptions = [
    ...(me ? [[`person:${me.id}`, t('idea.asYou', { name: me.name })]] : []),
    ...people.filter((p) => !me || p.id !== me.id).map((p) => [`person:${p.id}`, p.name]),
    ...(idea.author_refs || []).map((a) => [`contributor:${a.id}`, t('idea.onBehalfOf', { name: a.name })]),
    ['other', t('idea.otherContributor')],
  ];
  const text = textarea('', { rows: parent ? 2 : 3, placeholder: t('idea.commentPlaceholder'), id: `${formId}-text` });
  const as = select(asOptions[0][0], asOptions, { id: `${formId}-as` });
  const other = recordPicker({
    name: 'author.id', id: `${formId}-contributor`, single: true,
    label: t('idea.otherContributor'), placeholder: t('idea.authorSearchPlaceholder'),
    search: (q) => searchContributors(q), describe: contributorDetail, noMatches: t('challenge.noMatches'),
    addLabel: (p) => t('idea.onBehalfOf', { name: p.name }), removeLabel: (p) => `${t('common.remove')}: ${p.name}`,
  });
  const otherWrap = h('div', { class: 'comment-other', hidden: true }, other.element);
  as.addEventListener('change', () => { otherWrap.hidden = as.value !== 'other'; });
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const button = h('button', { type: 'submit', class: 'button primary', id: `${formId}-post` }, parent ? t('idea.postReply') : t('idea.addComment'));
  const form = h('form', { class: 'comment-form', id: formId, novalidate: true },
    summary,
    field('text', parent ? t('idea.reply') : t('idea.comment'), text),
    h('div', { class: 'comment-actions' }, field('author', t('idea.commentAs'), as), button),
    otherWrap);
  onSubmit(form, summary, button, async () => {
    let author;
    if (as.value === 'other') {
      const chosen = other.value()[0];
      if (!chosen) throw new ApiError({ kind: 'validation', fields: [{ field: 'author', code: 'required', message: t('idea.chooseContributor') }] });
      author = { kind: 'contributor', id: chosen };
    } else {
      const [kind, id] = as.value.split(':');
      author = { kind, id };
    }
    const c = await api.addComment({ idea: idea.id, parent, author, text: text.value });
    toast(t('idea.commentAdded'));
    await onDone(c);
  });
  form.addEventListener('keydown', (e) => { if (e.key === 'Escape' && parent) { e.preventDefault(); form.dispatchEvent(new CustomEvent('cancel-reply')); } });
  return { form, text };
}

function commentsSection(ctx, idea, ws, rerender) {
  const ids = new Set(idea.comments.map((c) => c.id));
  const top = idea.comments.filter((c) => !c.parent || !ids.has(c.parent));
  const repliesOf = (id) => idea.comments.filter((c) => c.parent === id);
  const item = (c, canReply) => {
    const replyBox = h('div', { class: 'reply-box' });
    const replyButton = canReply ? h('button', {
      type: 'button', class: 'button subtle small reply-button', 'aria-expanded': 'false',
      onclick: () => {
        if (replyBox.firstChild) { clear(replyBox); replyButton.setAttribute('aria-expanded', 'false'); return; }
        const { form, text } = commentForm(idea, ws, { parent: c.id, formId: `reply-${c.id}`, onDone: (added) => rerender(`comment-${added.id}`) });
        form.addEventListener('cancel-reply', () => { clear(replyBox); replyButton.setAttribute('aria-expanded', 'false'); replyButton.focus(); });
        replyBox.append(form);
        replyButton.setAttribute('aria-expanded', 'true');
        text.focus();
      },
    }, t('idea.reply')) : null;
    return h('li', { class: 'comment', id: `comment-${c.id}`, tabindex: '-1', dataset: { id: c.id } },
      h('div', { class: 'comment-head' }, partyName(c.author_ref), h('span', { class: 'muted small' }, ' · ', formatDateTime(c.meta.created_at))),
      h('p', { class: 'pre comment-text', dir: 'auto' }, c.text),
      c.moved_from ? h('p', { class: 'muted small' }, t('idea.movedFrom')) : null,
      replyButton, replyBox,
      canReply && repliesOf(c.id).length ? h('ul', { class: 'replies' }, repliesOf(c.id).map((r) => item(r, false))) : null);
  };
  const { form } = commentForm(idea, ws, { formId: 'comment-form', onDone: (added) => rerender(`comment-${added.id}`) });
  return section(t('idea.comments'),
    top.length ? h('ul', { class: 'comments', id: 'idea-comments' }, top.map((c) => item(c, true))) : h('p', { class: 'muted', id: 'idea-comments' }, t('idea.noComments')),
    idea.meta.archived || idea.merged_into ? null : form);
}

function versionsSection(idea) {
  const names = new Map((idea.author_refs || []).map((a) => [a.id, a.name]));
  const earlier = [...(idea.history || [])].reverse();
  return section(t('idea.versions'),
    h('ol', { class: 'versions idea-versions', id: 'idea-versions' },
      h('li', { dataset: { revision: idea.meta.revision } }, h('strong', {}, t('idea.currentVersion', { n: idea.meta.revision })), ' ',
        h('code', { class: 'hash', title: idea.content_hash, dir: 'ltr' }, shortHash(idea.content_hash))),
      earlier.map((v) => h('li', { dataset: { revision: v.revision } }, h('details', {},
        h('summary', {}, t('idea.earlierVersion', { n: v.revision, date: formatDateTime(v.saved_at) }), ' ',
          h('code', { class: 'hash', title: v.content_hash, dir: 'ltr' }, shortHash(v.content_hash))),
        h('p', { class: 'sha' }, h('span', { class: 'muted small' }, `${t('idea.fingerprint')} `), h('code', { dir: 'ltr' }, v.content_hash)),
        h('p', {}, h('strong', { dir: 'auto' }, v.title)),
        v.summary ? h('p', { dir: 'auto' }, v.summary) : null,
        v.body ? h('pre', { class: 'agreement-text', dir: 'auto' }, v.body) : null,
        h('p', { class: 'muted small' }, `${t('idea.authors')}: `, nameList((v.authors || []).map((a) => names.get(a) || shortHash(a))),
          (v.attachments || []).length ? [' · ', `${t('idea.attachments')}: `, nameList(v.attachments.map((a) => a.name))] : null))))),
    earlier.length ? null : h('p', { class: 'muted small' }, t('idea.noEarlier')));
}

/** Saves a stored attachment where the user chooses (native save dialog). */
async function saveFile(a) {
  let target;
  try { target = await pickSavePath(a.name, { title: t('idea.saveAttachment') }); } catch (e) { showError(e); return; }
  if (!target) return;
  try {
    await api.saveAttachment(a.sha256, target);
    toast(t('idea.savedAttachment', { name: isolate(a.name) }));
  } catch (e) { showError(e); }
}

function attachmentList(attachments, id) {
  if (!attachments.length) return h('p', { class: 'muted', id }, t('idea.noAttachments'));
  return h('ul', { class: 'file-list', id }, attachments.map((a) => h('li', { dataset: { sha: a.sha256 } },
    h('span', { class: 'file-name', dir: 'auto' }, a.name),
    h('span', { class: 'muted small' }, ` · ${formatBytes(a.size)} · `, h('code', { title: a.sha256, dir: 'ltr' }, shortHash(a.sha256))),
    h('button', { type: 'button', class: 'button small save-attachment', 'aria-label': `${t('idea.saveAttachment')} ${a.name}`, onclick: () => saveFile(a) }, t('idea.saveAttachment')))));
}

function authorList(refs, id) {
  if (!refs || !refs.length) return h('p', { class: 'muted', id }, t('challenge.nothing'));
  return h('ul', { class: 'pairs', id }, refs.map((a) => h('li', {},
    h('span', {}, h('a', { href: `#/contributors/${a.id}` }, bdi(a.name)), archivedBadge(a.archived)),
    h('span', { class: 'muted small' }, label('contributor_kind', a.kind), a.affiliation ? [' · ', bdi(a.affiliation)] : null))));
}

function mergeSection(ctx, idea) {
  const picker = recordPicker({
    name: 'into', id: 'merge-search', single: true,
    label: t('idea.mergeSearch'), placeholder: t('idea.mergeSearchPlaceholder'),
    search: async (text) => ((await api.listIdeas({ challenge: idea.challenge, text }, { offset: 0, limit: 9 })).items || [])
      .filter((i) => i.id !== idea.id && !i.merged_into).slice(0, 8).map((i) => ({ id: i.id, name: i.title, stage: i.stage })),
    describe: (i) => (i.stage ? label('idea_stage', i.stage) : ''),
    noMatches: t('idea.mergeNoMatch'),
    addLabel: (i) => t('idea.mergeChoose', { title: i.name }),
    removeLabel: (i) => `${t('common.remove')}: ${i.name}`,
  });
  const button = h('button', {
    type: 'button', class: 'button', id: 'merge-idea', disabled: true,
    onclick: async () => {
      const target = picker.items()[0];
      if (!target) return;
      const vars = { from: isolate(ellipsize(idea.title)), into: isolate(ellipsize(target.name)) };
      if (!(await confirmDialog(t('idea.confirmMerge', vars), { okLabel: t('idea.mergeOk'), cancelLabel: t('common.cancel') }))) return;
      try {
        await api.mergeIdea(idea.id, target.id);
        toast(t('idea.merged'));
        ctx.navigate(`/ideas/${target.id}`, { force: true });
      } catch (e) { showError(e); }
    },
  }, t('idea.mergeButton'));
  picker.element.addEventListener('change', () => {
    const target = picker.items()[0];
    button.disabled = !target;
    button.textContent = target ? t('idea.mergeInto', { title: ellipsize(target.name, 60) }) : t('idea.mergeButton');
  });
  return section(t('idea.merge'), h('p', { class: 'hint' }, t('idea.mergeHint')), picker.element, h('p', { class: 'merge-actions' }, button));
}

/** A sponsor's signed receipts for this idea, each checked by the core (on
 *  load and again on request). */
function receiptsSection(idea) {
  const item = (r) => {
    const badgeEl = h('span', { class: 'badge', id: `receipt-${r.id}-badge` });
    const detailEl = h('p', { class: 'muted small receipt-check', id: `receipt-${r.id}-check`, dir: 'auto' });
    const show = (check) => {
      badgeEl.className = `badge ${check.valid ? 'receipt-valid' : 'danger'}`;
      badgeEl.textContent = check.valid ? t('idea.receiptValid') : t('idea.receiptInvalid');
      badgeEl.dataset.valid = String(Boolean(check.valid));
      const match = r.content_hash === idea.content_hash ? t('idea.receiptCurrent')
        : (check.matches_idea ? t('idea.receiptEarlier') : t('idea.receiptNoMatch'));
      // A valid receipt is described here; an invalid one by the core's words.
      detailEl.textContent = check.valid ? `${t('idea.receiptSignedBy', { sponsor: isolate(r.sponsor), key: r.key_id })} ${match}` : `${check.message} ${match}`;
    };
    show(r.check || { valid: false, matches_idea: false, message: '' });
    const again = h('button', {
      type: 'button', class: 'button small check-receipt', id: `receipt-${r.id}-recheck`,
      onclick: async (e) => {
        const button = e.currentTarget;
        button.disabled = true;
        try {
          const check = await api.checkReceipt(idea.id, r.id);
          show(check);
          toast(check.valid ? t('idea.checkedValid') : t('idea.checkedInvalid'));
        } catch (err) { showError(err); } finally { button.disabled = false; }
      },
    }, t('idea.checkAgain'));
    return h('li', { class: 'receipt', dataset: { id: r.id } },
      h('p', { class: 'receipt-line' }, tx('idea.receiptLine', {
        sponsor: r.sponsor, date: formatDate(r.received_at),
        hash: code(r.content_hash, { class: 'break', title: r.content_hash }),
      })),
      h('div', { class: 'receipt-status' }, badgeEl, again),
      detailEl);
  };
  const el = section(t('idea.receipts'), h('p', { class: 'hint' }, t('idea.receiptsHint')),
    h('ul', { class: 'receipts', id: 'idea-receipts' }, idea.receipts.map(item)));
  el.id = 'receipts-card';
  return el;
}

export async function detail(ctx, id, { focus } = {}) {
  const idea = await loadOr404(ctx, 'idea', () => api.getIdea(id));
  if (!idea) return;
  const recordIds = [idea.id, ...idea.reviews.map((r) => r.id), ...idea.comments.map((c) => c.id)];
  const [history, ws, challenge] = await Promise.all([
    historyOf(recordIds), api.getWorkspace().catch(() => null), api.getChallenge(idea.challenge).catch(() => null),
  ]);
  if (!isCurrent(ctx)) return;
  const rerender = (target) => detail(ctx, idea.id, { focus: target });
  const merged = Boolean(idea.merged_into);
  const frozen = idea.meta.archived || merged;
  // Received from a partner: its text is theirs. On a challenge another
  // organization posed, the stage is theirs (their update bundles bring it).
  const foreign = Boolean(idea.foreign);
  const sponsorKeeps = Boolean(challenge && challenge.foreign);
  const sponsor = challenge && challenge.provenance ? challenge.provenance.organization : t('bundle.foreignUnknown');
  const keeper = idea.provenance ? idea.provenance.organization : t('bundle.foreignUnknown');
  const reviewable = !frozen && !sponsorKeeps && !['rejected', 'done'].includes(idea.stage);
  const criteria = idea.challenge_ref.criteria || [];

  // Stage actions; rejecting asks for a reason in a small form of its own.
  const reason = textarea('', { rows: 2, id: 'reject-reason' });
  const share = h('input', { type: 'checkbox', id: 'reject-share' });
  const rejectSummary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const rejectButton = h('button', { type: 'submit', class: 'button danger', id: 'confirm-reject' }, t('idea.reject'));
  const rejectToggle = h('button', {
    type: 'button', class: 'button', id: 'reject-idea', 'aria-expanded': 'false', 'aria-controls': 'reject-form',
    onclick: () => {
      rejectForm.hidden = !rejectForm.hidden;
      rejectToggle.setAttribute('aria-expanded', String(!rejectForm.hidden));
      if (!rejectForm.hidden) reason.focus();
    },
  }, t('idea.moveTo.rejected'));
  const closeReject = () => { rejectForm.hidden = true; rejectToggle.setAttribute('aria-expanded', 'false'); rejectToggle.focus(); };
  const rejectForm = h('form', { class: 'card reject-form', id: 'reject-form', hidden: true, novalidate: true, 'aria-labelledby': 'reject-title' },
    h('h2', { id: 'reject-title' }, t('idea.rejectTitle')),
    rejectSummary,
    field('reason', t('idea.rejectReason'), reason, { hint: t('idea.rejectReasonHint') }),
    h('label', { class: 'check' }, share, t('idea.shareAsLesson')),
    h('p', { class: 'hint' }, tx('idea.shareAsLessonHint', { title: idea.title })),
    h('div', { class: 'form-actions' }, rejectButton, h('button', { type: 'button', class: 'button', onclick: closeReject }, t('common.cancel'))));
  rejectForm.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.preventDefault(); closeReject(); } });
  onSubmit(rejectForm, rejectSummary, rejectButton, async () => {
    const updated = await api.setIdeaStage(idea.id, idea.meta.revision, 'rejected', reason.value, share.checked);
    toast(t(`idea.stageChanged.${updated.stage}`));
    await rerender();
  });

  const actions = [];
  if (!frozen && !foreign) actions.push(h('a', { class: 'button', href: `#/ideas/${idea.id}/edit`, id: 'edit-idea' }, t('common.edit')));
  if (reviewable) actions.push(h('a', { class: 'button', href: `#/ideas/${idea.id}/review`, id: 'review-idea' }, t('idea.review')));
  if (!frozen && !sponsorKeeps) {
    idea.next_stages.forEach((next, i) => {
      if (next === 'rejected') { actions.push(rejectToggle); return; }
      actions.push(h('button', {
        type: 'button', class: `button ${i === 0 ? 'primary' : ''}`, dataset: { stage: next },
        onclick: async (e) => {
          const button = e.currentTarget;
          button.disabled = true;
          try {
            const updated = await api.setIdeaStage(idea.id, idea.meta.revision, next);
            toast(t(`idea.stageChanged.${updated.stage}`));
            await rerender();
            (ctx.main.querySelector('.page-header button[data-stage]') || ctx.main.querySelector('#page-title'))?.focus();
          } catch (err) { showError(err); button.disabled = false; }
        },
      }, stageLabel(idea.stage, next)));
    });
  }
  actions.push(archiveButton(ctx, 'idea', idea, { id: 'archive-idea', confirmKey: 'idea.confirmArchive', title: idea.title, listHref: listPath('/ideas') }));

  const body = h('div', { class: 'prose', id: 'idea-body', dir: 'auto' });
  setSanitizedHtml(body, idea.body_html || '', () => {});

  const banners = [];
  // Where it came from: a partner's idea (received in their bundle), or
  // for our own idea the sponsor's last stage change (in their update).
  const p = idea.provenance;
  const bundleRef = p ? code(String(p.bundle_id).slice(0, 8), { title: p.bundle_id }) : null;
  if (foreign) {
    banners.push(h('div', { class: 'callout provenance', id: 'kept-by', role: 'note' },
      p ? h('p', { class: 'provenance-line', id: 'idea-provenance' }, tx('idea.provenance', {
        org: p.organization, date: formatDate(p.received_at), bundle: bundleRef, key: code(p.key_id),
      })) : null,
      h('p', { class: 'muted small' }, tx('idea.keptBy', { org: keeper }))));
  } else if (p) {
    banners.push(h('p', { class: 'provenance-note muted small', id: 'idea-provenance' }, tx('idea.stageFrom', {
      org: p.organization, date: formatDate(p.updated_at), bundle: bundleRef,
    })));
  }
  if (sponsorKeeps && !frozen) {
    banners.push(h('div', { class: 'callout', id: 'stage-by-sponsor', role: 'note' }, h('p', {}, tx('bundle.stageBySponsor', { org: sponsor }))));
  }
  if (merged) {
    banners.push(h('div', { class: 'callout warn', id: 'merged-banner', role: 'note' },
      h('p', {}, tx('idea.mergedInto', { title: h('a', { href: `#/ideas/${idea.merged_into}` }, bdi(idea.merged_into_ref ? idea.merged_into_ref.title : idea.merged_into)) }))));
  }
  if (idea.rejection) {
    banners.push(h('div', { class: 'callout', id: 'rejection', role: 'note' },
      h('p', { dir: 'auto' }, tx('idea.rejectedBecause', { reason: idea.rejection.reason })),
      idea.rejection.share_as_lesson ? h('p', { class: 'muted small' }, h('a', { href: `#/challenges/${idea.challenge}` }, t('idea.sharedAsLesson'))) : null));
  }

  const reviews = idea.reviews || [];
  const reviewsSection = section(t('idea.reviews'),
    h('div', { class: 'score-summary' },
      h('p', { class: 'score-big', id: 'idea-score' }, idea.weighted_score != null ? t('idea.scoreOf', { score: formatScore(idea.weighted_score) }) : t('idea.notScored')),
      h('p', { class: 'muted small' }, t('idea.reviewCount', { n: reviews.length }), ' · ', t('idea.scoreHint'))),
    reviews.length
      ? h('ul', { class: 'reviews', id: 'idea-reviews' }, reviews.map((r) => h('li', { class: 'review', dataset: { id: r.id } },
        h('div', { class: 'review-head' }, partyName(r.reviewer_ref, { asReviewer: true }),
          r.blind ? h('span', { class: 'badge' }, t('idea.reviewedBlind')) : null,
          r.weighted_score != null ? h('span', { class: 'badge version review-weighted' }, t('idea.weighted', { score: formatScore(r.weighted_score) })) : null),
        scoreList(r.scores, criteria),
        r.note ? h('p', { class: 'pre', dir: 'auto' }, r.note) : null)))
      : h('p', { class: 'muted', id: 'idea-reviews' }, t('idea.noReviews')),
    reviewable ? h('p', {}, h('a', { class: 'button', href: `#/ideas/${idea.id}/review` }, t('idea.review'))) : null,
    (idea.merged_notes || []).length ? [h('h3', {}, t('idea.mergedNotes')), h('ul', { class: 'bullets' }, idea.merged_notes.map((n) => h('li', { dir: 'auto' }, n.note)))] : null);

  const accepted = idea.accepted_refs || [];
  mount(ctx,
    pageHeader(idea.title, {
      back: { href: listHref('/ideas'), label: t('idea.listTitle') },
      subtitle: h('span', { class: 'header-meta' }, stageBadge(idea.stage, 'idea-stage'), ' ',
        h('a', { href: `#/challenges/${idea.challenge}`, id: 'idea-challenge' }, bdi(idea.challenge_ref.title)),
        idea.challenge_ref.blind_review ? [' · ', h('span', { class: 'muted' }, t('challenge.blindOn'))] : null,
        idea.meta.archived ? [' · ', archivedBadge(true)] : null),
      actions,
    }),
    rejectForm,
    banners,
    h('div', { class: 'detail-grid' },
      h('div', { class: 'detail-main' },
        section(t('idea.body'),
          idea.summary ? h('p', { class: 'lead-text', dir: 'auto', id: 'idea-summary' }, idea.summary) : null,
          idea.body ? body : h('p', { class: 'muted' }, t('idea.noBody'))),
        reviewsSection,
        commentsSection(ctx, idea, ws, rerender),
        versionsSection(idea)),
      h('div', { class: 'detail-side' },
        section(t('idea.fingerprint'), copyable(idea.content_hash, { id: 'idea-fingerprint', buttonId: 'copy-fingerprint', label: t('idea.fingerprint') }),
          h('p', { class: 'hint' }, t('idea.fingerprintHint'))),
        (idea.receipts || []).length ? receiptsSection(idea) : null,
        section(t('idea.authorsSection'), authorList(idea.author_refs, 'idea-authors')),
        section(t('idea.acceptedSection'), accepted.length
          ? h('ul', { class: 'pairs', id: 'idea-accepted' }, accepted.map((a) => h('li', {},
            h('span', {}, tx('idea.acceptedItem', {
              name: h('a', { href: `#/contributors/${a.contributor}` }, bdi(a.contributor_name)),
              agreement: h('a', { href: `#/agreements/${a.agreement}` }, bdi(a.agreement_title)),
              version: a.version,
            })),
            h('code', { class: 'hash', title: a.sha256, dir: 'ltr' }, shortHash(a.sha256)))))
          : h('p', { class: 'muted', id: 'idea-accepted' }, t('idea.noAccepted'))),
        section(t('idea.attachments'), attachmentList(idea.attachments || [], 'idea-attachments')),
        (idea.merged_from_refs || []).length
          ? section(t('idea.mergedFrom'), h('ul', { class: 'bullets', id: 'merged-from' }, idea.merged_from_refs.map((m) => h('li', {}, h('a', { href: `#/ideas/${m.id}` }, bdi(m.title))))))
          : null,
        frozen || sponsorKeeps ? null : mergeSection(ctx, idea),
        section(t('idea.activity'), historyList(history),
          h('p', { class: 'muted small' }, t('common.revision', { n: idea.meta.revision }), ' · ', t('common.created', { date: formatDateTime(idea.meta.created_at) }))))));

  // Unsent text in a comment or a rejection is an edit: leaving asks first.
  ctx.setGuard(() => [...ctx.main.querySelectorAll('.comment-form textarea, #reject-reason')].some((el) => el.value.trim() !== ''));
  if (focus) {
    const el = document.getElementById(focus);
    if (el) { el.scrollIntoView({ block: 'center' }); el.focus({ preventScroll: true }); }
  }
}

// ---- the review screen -------------------------------------------------------

export async function review(ctx, id) {
  const sheet = await loadOr404(ctx, 'idea', () => api.getIdeaForReview(id));
  if (!sheet) return;
  const ws = await api.getWorkspace();
  const people = ws.organization.people;
  const me = people.find((p) => p.id === ws.user);
  const criteria = sheet.challenge_ref.criteria || [];
  const total = criteria.reduce((sum, c) => sum + (Number(c.weight) || 0), 0);

  // Reviewer: you, a colleague, or a contributor acting as an outside expert.
  const reviewer = select(`person:${ws.user}`, [
    ...[me, ...people.filter((p) => p.id !== ws.user)].filter(Boolean).map((p) => [`person:${p.id}`, p.id === ws.user ? t('review.you', { name: p.name }) : p.name]),
    ['contributor', t('review.contributor')],
  ], { id: 'review-reviewer', name: 'reviewer', 'aria-describedby': 'review-reviewer-hint review-reviewer-error' });
  reviewer.dataset.field = 'reviewer';
  const expert = recordPicker({
    name: 'reviewer.id', id: 'expert-search', single: true,
    label: t('review.contributorSearch'), placeholder: t('idea.authorSearchPlaceholder'),
    search: (text) => searchContributors(text), describe: contributorDetail, noMatches: t('challenge.noMatches'),
    addLabel: (p) => t('review.chooseExpert', { name: p.name }), removeLabel: (p) => `${t('common.remove')}: ${p.name}`,
  });
  const expertWrap = h('div', { class: 'expert-picker', hidden: true }, expert.element);
  const readReviewer = () => {
    if (reviewer.value === 'contributor') {
      const chosen = expert.value()[0];
      return chosen ? { kind: 'contributor', id: chosen } : null;
    }
    const [kind, rid] = reviewer.value.split(':');
    return { kind, id: rid };
  };

  // One row per criterion: its weight, a slider and the number (empty: not scored).
  const nums = [];
  const rows = criteria.map((cr, i) => {
    const share = total ? cr.weight / total : 0;
    const num = input('', { id: `score-${i}`, inputmode: 'numeric', dir: 'ltr', class: 'score-input', 'aria-describedby': `score-${i}-hint score-${i}-error` });
    // Unscored, the slider rests in the middle, faded; it says "not scored"
    // in words too (instead of reading out that resting value).
    const range = slider({
      min: 0, max: 10, step: 1, value: 5, id: `score-range-${i}`, class: 'score-range is-unset',
      'aria-label': t('review.scoreRange', { name: cr.name }), 'aria-valuetext': t('idea.notScored'),
    });
    const unset = (on) => {
      range.classList.toggle('is-unset', on);
      if (on) range.setAttribute('aria-valuetext', t('idea.notScored')); else range.removeAttribute('aria-valuetext');
    };
    const sync = () => {
      const v = readInteger(num.value);
      const ok = typeof v === 'number' && v >= 0 && v <= 10;
      if (ok) range.value = String(v);
      unset(!ok);
    };
    range.addEventListener('input', () => { num.value = range.value; unset(false); num.dispatchEvent(new Event('input', { bubbles: true })); });
    num.addEventListener('input', () => { sync(); updatePreview(); });
    nums.push({ num, sync });
    return h('div', { class: 'score-row', dataset: { criterion: cr.id } },
      h('div', { class: 'score-head' },
        h('label', { for: num.id, dir: 'auto' }, cr.name),
        h('span', { class: 'muted small weight-note' }, t('review.weight', { weight: cr.weight, pct: formatPercent(share) }))),
      cr.description ? h('p', { class: 'hint', id: `score-${i}-hint`, dir: 'auto' }, cr.description) : null,
      h('div', { class: 'score-controls' }, range, num, h('span', { class: 'muted small' }, t('review.outOf'))),
      h('p', { class: 'field-error', id: `score-${i}-error`, hidden: true }));
  });

  /** The scores to send; each number's data-field follows its place in what
   *  is sent, so the core's "scores.1.score" errors land on the right input. */
  const scores = () => {
    const out = [];
    criteria.forEach((cr, i) => {
      const raw = nums[i].num.value.trim();
      if (raw === '') { nums[i].num.dataset.field = `unscored.${i}`; return; }
      nums[i].num.dataset.field = `scores.${out.length}.score`;
      out.push({ criterion: cr.id, score: readInteger(raw) });
    });
    return out;
  };

  const preview = h('p', { class: 'score-preview', id: 'review-preview', 'aria-live': 'polite' });
  function updatePreview() {
    let weights = 0;
    let sum = 0;
    criteria.forEach((cr, i) => {
      const v = readInteger(nums[i].num.value);
      if (typeof v === 'number' && v >= 0 && v <= 10 && cr.weight > 0) { weights += cr.weight; sum += cr.weight * v; }
    });
    preview.textContent = weights ? t('review.preview', { score: formatScore(sum / weights) }) : t('review.previewNone');
  }

  // Resume a reviewer's earlier review (reviewing again replaces it).
  const resumed = h('p', { class: 'hint', id: 'review-resumed', hidden: true }, t('review.resumed'));
  const note = textarea('', { rows: 4 });
  // Whether the scores on screen are someone's earlier review (not typed
  // here): switching to another reviewer must not carry them over.
  let filled = false;
  const fillFrom = () => {
    const who = readReviewer();
    const earlier = who && (sheet.reviews || []).find((r) => r.reviewer.kind === who.kind && r.reviewer.id === who.id);
    resumed.hidden = !earlier;
    if (!earlier && !filled) return;
    criteria.forEach((cr, i) => {
      const s = earlier && earlier.scores.find((x) => x.criterion === cr.id);
      nums[i].num.value = s ? String(s.score) : '';
      nums[i].sync();
    });
    note.value = earlier ? earlier.note || '' : '';
    filled = Boolean(earlier);
    updatePreview();
  };
  const typed = () => { filled = false; };
  nums.forEach((n) => n.num.addEventListener('input', typed));
  note.addEventListener('input', typed);

  reviewer.addEventListener('change', () => { expertWrap.hidden = reviewer.value !== 'contributor'; if (!expertWrap.hidden) expert.box.focus(); fillFrom(); });
  expert.element.addEventListener('change', fillFrom);
  fillFrom();
  updatePreview();

  const { form } = formView(ctx, {
    id: 'review-form',
    saveId: 'save-review',
    saveLabel: t('review.save'),
    cancelTo: `/ideas/${sheet.id}`,
    sticky: false,
    collect: () => ({ reviewer: readReviewer(), scores: scores(), note: note.value }),
    check: () => {
      const problems = [];
      if (!readReviewer()) problems.push({ field: 'reviewer', code: 'required', message: t('review.chooseExpertFirst') });
      if (criteria.length && !scores().length) problems.push({ field: 'scores', code: 'required', message: t('review.scoreOne') });
      return problems;
    },
    save: async (data) => {
      await api.addReview({ idea: sheet.id, ...data });
      toast(t('review.saved'));
      return `/ideas/${sheet.id}`;
    },
    body: [
      h('fieldset', { class: 'card' }, h('legend', {}, t('review.who')),
        h('div', { class: 'field wide', dataset: { for: 'reviewer' } },
          h('label', { for: 'review-reviewer' }, t('review.reviewer')), reviewer, expertWrap,
          h('p', { class: 'hint', id: 'review-reviewer-hint' }, t('review.reviewerHint')),
          h('p', { class: 'field-error', id: 'review-reviewer-error', hidden: true })),
        resumed),
      h('fieldset', { class: 'card', tabindex: '-1', dataset: { field: 'scores' } }, h('legend', {}, t('review.criteria')),
        h('p', { class: 'field-error', hidden: true }),
        criteria.length
          ? [h('p', { class: 'hint' }, t('review.criteriaHint')), h('div', { class: 'score-rows', id: 'review-scores' }, rows),
            h('div', { class: 'preview-box' }, preview, h('p', { class: 'hint' }, t('review.previewHint')))]
          : h('p', { class: 'callout warn' }, t('review.noCriteria'), ' ', h('a', { href: `#/challenges/${sheet.challenge_ref.id}/edit` }, t('common.edit'))),
        h('div', { class: 'note-field' }, field('note', t('review.note'), note, { wide: true, hint: t('review.noteHint') }))),
    ],
  });

  const body = h('div', { class: 'prose', id: 'review-body', dir: 'auto' });
  setSanitizedHtml(body, sheet.body_html || '', () => {});
  const others = (sheet.reviews || []);
  mount(ctx,
    pageHeader(tx('review.title', { title: sheet.title }), {
      back: { href: `#/ideas/${sheet.id}`, label: t('review.back') },
      subtitle: h('span', { class: 'header-meta' }, stageBadge(sheet.stage), ' ',
        h('a', { href: `#/challenges/${sheet.challenge_ref.id}` }, bdi(sheet.challenge_ref.title)), ' · ',
        h('code', { class: 'hash', title: sheet.content_hash, dir: 'ltr' }, shortHash(sheet.content_hash))),
    }),
    sheet.blind
      ? h('div', { class: 'callout ok', id: 'blind-note', role: 'note' }, h('p', {}, h('strong', {}, t('review.blind')), ' ', t('review.blindHint')))
      : null,
    h('div', { class: 'review-grid' },
      h('div', { class: 'detail-main' },
        section(t('idea.body'),
          sheet.summary ? h('p', { class: 'lead-text', dir: 'auto' }, sheet.summary) : null,
          body),
        section(t('idea.attachments'), attachmentList(sheet.attachments || [], 'review-attachments')),
        sheet.blind ? null : section(t('idea.authorsSection'), authorList(sheet.author_refs || [], 'review-authors')),
        others.length ? section(t('review.existing'), h('ul', { class: 'reviews', id: 'review-others' }, others.map((r) => h('li', { class: 'review' },
          h('div', { class: 'review-head' }, partyName(r.reviewer_ref, { asReviewer: true }),
            r.weighted_score != null ? h('span', { class: 'badge version' }, t('idea.weighted', { score: formatScore(r.weighted_score) })) : null),
          scoreList(r.scores, criteria))))) : null),
      h('div', { class: 'review-side' }, form)));
  reviewer.focus();
}

// Working together on a challenge (its page's lower cards): work packages
// (the sub-problem tree with roll-up completion, claims, status moves and
// "who could take this"), questions and answers (the public FAQ, the ones
// waiting for the lead), disputes (raised, discussed, resolved — the
// transparent record), obligations (what is owed to the authors of selected
// ideas) and exports. Each card loads its own data and redraws itself after
// an action, keeping focus where the user was.

import { api, pickSavePath } from '../api.js';
import { h, bdi, clear } from '../dom.js';
import { t, tx, label, isolate, formatDate, formatBytes } from '../i18n.js';
import { field, input, textarea, select, tagsInput, readTags, recordPicker, onSubmit } from '../form.js';
import { badge, chip, section, toast, showError, isCurrent } from '../ui.js';
import { progress } from '../charts.js';

// ---- shared pieces ------------------------------------------------------------

const contributorDetail = (c) => [label('contributor_kind', c.kind), c.affiliation].filter(Boolean).join(' · ');

async function searchContributors(text, limit = 8) {
  const page = await api.listContributors({ text, include_archived: false }, { offset: 0, limit });
  return (page.items || []).map((c) => ({ ...c, detail: contributorDetail(c) }));
}

/** Contributor names by id, fetched once per page. */
function nameBook() {
  const known = new Map();
  return {
    async load(ids) {
      const missing = [...new Set(ids)].filter((id) => !known.has(id));
      await Promise.all(missing.map(async (id) => {
        try { known.set(id, (await api.getContributor(id)).name); } catch { known.set(id, id.slice(0, 8)); }
      }));
    },
    name: (id) => known.get(id) || id.slice(0, 8),
  };
}

/** A file name from a title: letters and digits of any script, dashes between. */
export function fileStem(title, fallback = 'challenge') {
  const stem = String(title || '').normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return stem || fallback;
}

/** Asks where to save (native dialog) and writes the export there. */
export async function saveExport(defaultName, write) {
  let path;
  try { path = await pickSavePath(defaultName, { title: t('export.saveTitle') }); } catch (e) { showError(e); return; }
  if (!path) return;
  try {
    const bytes = await write(path);
    const name = String(path).split(/[\\/]/).pop();
    toast(t('export.done', { name: isolate(name), size: formatBytes(bytes) }));
  } catch (e) { showError(e); }
}

/**
 * "Asked by" / "Raised by": you, a colleague, or a contributor (searched).
 * `contributors` ([{id, name}]) are offered by name first ("On behalf of …");
 * with `staff: false` colleagues are not offered (a question on another
 * organization's challenge must come from a contributor they know).
 * value() → {kind, id} or null when a contributor is wanted but not chosen.
 */
function partyPicker(ws, { id, name = 'by', labelText, contributors = [], staff = true }) {
  const people = staff && ws ? ws.organization.people : [];
  const me = ws ? people.find((p) => p.id === ws.user) : null;
  const opts = [
    ...contributors.map((c) => [`contributor:${c.id}`, t('idea.onBehalfOf', { name: c.name })]),
    ...(me ? [[`person:${me.id}`, t('party.you', { name: me.name })]] : []),
    ...people.filter((p) => !me || p.id !== me.id).map((p) => [`person:${p.id}`, p.name]),
    ['contributor', t('party.contributor')],
  ];
  const as = select(opts[0][0], opts, { id });
  const picker = recordPicker({
    name: `${name}.id`, id: `${id}-contributor`, single: true,
    label: t('party.contributorSearch'), placeholder: t('idea.authorSearchPlaceholder'),
    search: (q) => searchContributors(q), describe: contributorDetail, noMatches: t('challenge.noMatches'),
    addLabel: (p) => t('party.choose', { name: p.name }), removeLabel: (p) => `${t('common.remove')}: ${p.name}`,
  });
  const wrap = h('div', { class: 'party-contributor', hidden: true }, picker.element);
  as.addEventListener('change', () => { wrap.hidden = as.value !== 'contributor'; if (!wrap.hidden) picker.box.focus(); });
  return {
    element: h('div', { class: 'party-picker' }, field(name, labelText, as), wrap),
    value: () => {
      if (as.value === 'contributor') {
        const chosen = picker.value()[0];
        return chosen ? { kind: 'contributor', id: chosen } : null;
      }
      const [kind, pid] = as.value.split(':');
      return { kind, id: pid };
    },
    /** A local problem when a contributor is wanted but none chosen. */
    check: () => (as.value === 'contributor' && !picker.value()[0] ? [{ field: name, code: 'required', message: t('party.chooseContributor') }] : []),
  };
}

/** A small form of its own: fields, an error summary and one submit button. */
function miniForm({ id, className = '', body, submitLabel, submitId, save, check, extra = [] }) {
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const button = h('button', { type: 'submit', class: 'button primary', id: submitId }, submitLabel);
  const form = h('form', { class: `work-form ${className}`.trim(), id, novalidate: true }, summary, body, h('div', { class: 'form-actions' }, button, extra));
  onSubmit(form, summary, button, save, check);
  return form;
}

/** Focuses an element of a redrawn card (by selector), if it is there. */
function refocus(root, selector) {
  const el = selector && root.querySelector(selector);
  if (el) { el.focus({ preventScroll: false }); return true; }
  return false;
}

/** A card whose body is drawn by `draw()` (async) and redrawn after actions. */
function liveCard(title, id, draw) {
  const body = h('div', { class: 'live-body' });
  const el = section(title, body);
  el.id = id;
  let seq = 0;
  const reload = async (focusSelector) => {
    const mine = ++seq;
    let nodes;
    try { nodes = await draw(reload); } catch (e) { showError(e); return; }
    if (mine !== seq) return;
    clear(body).append(...[nodes].flat(Infinity).filter(Boolean));
    if (focusSelector && !refocus(body, focusSelector)) refocus(el, 'h2');
  };
  return { el, reload, body };
}

// ---- work packages -------------------------------------------------------------

/** Moves offered as buttons: the core's `next_statuses` for the node, less
 *  "claimed" (claiming has its own button, which names who claims). */
const moves = (n) => (n.next_statuses || []).filter((s) => s !== 'claimed');
const moveLabel = (from, to) => ((from === 'done' || from === 'dropped') ? t('work.moveTo.reopen') : t(`work.moveTo.${to}`));

function flatten(nodes, depth = 0, out = []) {
  for (const n of nodes) { out.push({ node: n, depth }); flatten(n.children || [], depth + 1, out); }
  return out;
}

function workPackages(ctx, c, names, { foreign = false } = {}) {
  const frozen = c.meta.archived;
  const card = liveCard(t('work.title'), 'work-packages', async (reload) => {
    const tree = await api.listSubProblems(c.id);
    const all = flatten(tree.roots || []);
    await names.load(all.flatMap(({ node }) => [...(node.claimed_by || []), ...(node.assigned || [])]));

    const nodeEl = (n) => {
      const panel = h('div', { class: 'sp-panel' });
      const closePanel = () => { clear(panel); };
      const actions = [];
      // On another organization's challenge its sub-problems are theirs:
      // this copy only claims them (the claims go back in the response).
      if (!frozen && !foreign) {
        actions.push(h('button', {
          type: 'button', class: 'button small sp-edit', id: `sp-edit-${n.id}`, 'aria-expanded': 'false', 'aria-label': `${t('work.edit')}: ${n.title}`,
          onclick: (e) => {
            const opener = e.currentTarget;
            if (panel.dataset.open === 'edit') { closePanel(); delete panel.dataset.open; opener.setAttribute('aria-expanded', 'false'); return; }
            clear(panel);
            panel.dataset.open = 'edit';
            opener.setAttribute('aria-expanded', 'true');
            const pre = `sp-edit-${n.id}`;
            const e2 = {
              title: input(n.title, { id: `${pre}-title` }),
              description: textarea(n.description || '', { rows: 3, id: `${pre}-description` }),
              expertise: tagsInput(n.expertise || [], { id: `${pre}-expertise` }),
              due: input(n.due || '', { type: 'date', id: `${pre}-due` }),
            };
            const close = () => { clear(panel); delete panel.dataset.open; opener.setAttribute('aria-expanded', 'false'); opener.focus(); };
            panel.append(miniForm({
              id: `${pre}-form`, className: 'card-form sp-edit-form',
              submitLabel: t('common.save'), submitId: `${pre}-submit`,
              body: [
                h('h3', {}, t('work.editTitle')),
                h('div', { class: 'grid-2' },
                  field('title', t('work.titleLabel'), e2.title, { wide: true }),
                  field('expertise', t('work.expertise'), e2.expertise, { hint: t('work.expertiseHint') }),
                  field('due', t('work.due'), e2.due),
                  field('description', t('work.description'), e2.description, { wide: true, hint: t('work.descriptionHint') })),
              ],
              extra: [h('button', { type: 'button', class: 'button', onclick: close }, t('common.cancel'))],
              save: async () => {
                await api.updateSubProblem(n.id, n.meta.revision, {
                  title: e2.title.value, description: e2.description.value, expertise: readTags(e2.expertise),
                  due: e2.due.value || null, assigned: n.assigned || [],
                });
                toast(t('work.saved'));
                await reload(`li[data-id="${n.id}"] .sp-title`);
              },
            }));
            e2.title.focus();
          },
        }, t('work.edit')));
        for (const to of moves(n)) {
          actions.push(h('button', {
            type: 'button', class: `button small sp-status${to === 'done' ? ' primary' : ''}`, dataset: { status: to },
            onclick: async (e) => {
              e.currentTarget.disabled = true;
              try {
                const sp = await api.setSubProblemStatus(n.id, to);
                toast(t('work.statusChanged', { status: label('sub_problem_status', sp.status) }));
                await reload(`li[data-id="${n.id}"] .sp-title`);
              } catch (err) { showError(err); e.currentTarget.disabled = false; }
            },
          }, moveLabel(n.status, to)));
        }
      }
      if (!frozen) {
        if (n.status !== 'done' && n.status !== 'dropped') {
          actions.push(h('button', {
            type: 'button', class: 'button small sp-claim', 'aria-expanded': 'false',
            onclick: (e) => {
              const opener = e.currentTarget;
              if (panel.dataset.open === 'claim') { closePanel(); delete panel.dataset.open; opener.setAttribute('aria-expanded', 'false'); return; }
              clear(panel);
              panel.dataset.open = 'claim';
              opener.setAttribute('aria-expanded', 'true');
              const picker = recordPicker({
                name: 'contributor', id: `claim-${n.id}`, single: true,
                label: t('work.claimSearch'), placeholder: t('idea.authorSearchPlaceholder'),
                search: (q) => searchContributors(q), describe: contributorDetail, noMatches: t('challenge.noMatches'),
                addLabel: (p) => t('work.claimFor', { name: p.name }), removeLabel: (p) => `${t('common.remove')}: ${p.name}`,
              });
              const confirm = h('button', {
                type: 'button', class: 'button small primary sp-claim-confirm', disabled: true,
                onclick: async () => {
                  const who = picker.items()[0];
                  if (!who) return;
                  try {
                    await api.claimSubProblem(n.id, who.id);
                    toast(t('work.claimed', { name: isolate(who.name), title: isolate(n.title) }));
                    await reload(`li[data-id="${n.id}"] .sp-title`);
                  } catch (err) { showError(err); }
                },
              }, t('work.claim').replace('…', ''));
              picker.element.addEventListener('change', () => {
                const who = picker.items()[0];
                confirm.disabled = !who;
                confirm.textContent = who ? t('work.claimFor', { name: who.name }) : t('work.claim').replace('…', '');
              });
              panel.append(h('div', { class: 'sp-claim-panel' }, h('p', { class: 'hint' }, t('work.claimSearch')), picker.element, h('p', {}, confirm)));
              picker.box.focus();
            },
          }, t('work.claim')));
          actions.push(h('button', {
            type: 'button', class: 'button small sp-candidates', 'aria-expanded': 'false',
            onclick: async (e) => {
              const opener = e.currentTarget;
              if (panel.dataset.open === 'candidates') { closePanel(); delete panel.dataset.open; opener.setAttribute('aria-expanded', 'false'); return; }
              clear(panel);
              panel.dataset.open = 'candidates';
              opener.setAttribute('aria-expanded', 'true');
              if (!(n.expertise || []).length) { panel.append(h('p', { class: 'muted small candidates' }, t('work.noTags'))); return; }
              let list;
              try { list = await api.subProblemCandidates(n.id); } catch (err) { showError(err); return; }
              if (!isCurrent(ctx)) return;
              const wanted = n.expertise || [];
              panel.append(list.length
                ? h('div', { class: 'candidates-wrap' },
                  h('p', { class: 'hint' }, t('work.candidatesHint')),
                  h('ol', { class: 'candidates', id: `candidates-${n.id}` }, list.map((x) => {
                    const hits = new Set((x.matching || []).map((m) => m.toLowerCase()));
                    return h('li', { dataset: { contributor: x.contributor } },
                      h('div', { class: 'candidate-who' },
                        h('a', { href: `#/contributors/${x.contributor}`, class: 'candidate-name' }, bdi(x.name)),
                        h('span', { class: 'muted small' }, ' · ', label('contributor_kind', x.kind), ' · ', t('work.record', { n: x.record || 0 }))),
                      // Covered or not shows in colour, ✓ and strike-through, and in words for screen readers.
                      h('p', { class: 'item-chips candidate-tags' }, h('span', { class: 'visually-hidden' }, t('work.tagsWanted')),
                        wanted.map((tag) => {
                          const hit = hits.has(tag.toLowerCase());
                          return [h('span', { class: `chip ${hit ? 'match' : 'miss'}`, dir: 'auto' }, hit ? [h('span', { 'aria-hidden': 'true' }, '✓ '), tag] : tag),
                            h('span', { class: 'visually-hidden' }, ` ${t(hit ? 'work.tagCovered' : 'work.tagMissing')} `)];
                        })),
                      frozen || (n.claimed_by || []).includes(x.contributor) ? null : h('button', {
                        type: 'button', class: 'button small candidate-claim', 'aria-label': t('work.claimFor', { name: x.name }),
                        onclick: async () => {
                          try {
                            await api.claimSubProblem(n.id, x.contributor);
                            toast(t('work.claimed', { name: isolate(x.name), title: isolate(n.title) }));
                            await reload(`li[data-id="${n.id}"] .sp-title`);
                          } catch (err) { showError(err); }
                        },
                      }, t('work.claimFor', { name: x.name })));
                  })))
                : h('p', { class: 'muted small candidates' }, t('work.noCandidates')));
            },
          }, t('work.candidates')));
        }
      }
      const people = (ids) => ids.map((id, i) => [i ? ', ' : '', h('a', { href: `#/contributors/${id}` }, bdi(names.name(id)))]);
      return h('li', { class: 'sp-node', dataset: { id: n.id, status: n.status } },
        h('div', { class: 'sp-head' },
          h('strong', { class: 'sp-title', dir: 'auto', tabindex: '-1' }, n.title), ' ',
          badge('sub_problem_status', n.status),
          progress(n.completion, { label: t('work.completionOf', { title: n.title }) })),
        n.description ? h('p', { class: 'pre sp-description', dir: 'auto' }, n.description) : null,
        h('p', { class: 'sp-meta muted small' },
          (n.expertise || []).length ? h('span', { class: 'item-chips' }, n.expertise.map(chip)) : null,
          (n.claimed_by || []).length ? h('span', { class: 'sp-claimed' }, `${t('work.claimedBy')}: `, people(n.claimed_by)) : null,
          (n.assigned || []).length ? h('span', {}, `${t('work.assigned')}: `, people(n.assigned)) : null,
          n.due ? h('span', {}, t('work.dueOn', { date: formatDate(n.due) })) : null),
        actions.length ? h('div', { class: 'sp-actions' }, actions) : null,
        panel,
        (n.children || []).length ? h('ul', { class: 'sp-tree sp-children' }, n.children.map(nodeEl)) : null);
    };

    // Adding a sub-problem: an inline form, parent optional.
    const f = {
      title: input('', { id: 'sp-title' }),
      description: textarea('', { rows: 3, id: 'sp-description' }),
      expertise: tagsInput([], { id: 'sp-expertise' }),
      due: input('', { type: 'date', id: 'sp-due' }),
      parent: select('', [['', t('work.topLevel')], ...all.map(({ node, depth }) => [node.id, `${'— '.repeat(depth)}${node.title}`])], { id: 'sp-parent' }),
    };
    const toggle = h('button', {
      type: 'button', class: 'button', id: 'add-subproblem', 'aria-expanded': 'false', 'aria-controls': 'subproblem-form',
      onclick: () => { form.hidden = !form.hidden; toggle.setAttribute('aria-expanded', String(!form.hidden)); if (!form.hidden) f.title.focus(); },
    }, `+ ${t('work.add')}`);
    const form = miniForm({
      id: 'subproblem-form', className: 'card-form',
      submitLabel: t('work.create'), submitId: 'sp-submit',
      body: [
        h('h3', {}, t('work.addTitle')),
        h('div', { class: 'grid-2' },
          field('title', t('work.titleLabel'), f.title, { wide: true }),
          field('expertise', t('work.expertise'), f.expertise, { hint: t('work.expertiseHint') }),
          field('due', t('work.due'), f.due),
          field('parent', t('work.parent'), f.parent),
          field('description', t('work.description'), f.description, { wide: true, hint: t('work.descriptionHint') })),
      ],
      extra: [h('button', { type: 'button', class: 'button', onclick: () => { form.hidden = true; toggle.setAttribute('aria-expanded', 'false'); toggle.focus(); } }, t('common.cancel'))],
      save: async () => {
        await api.createSubProblem({
          challenge: c.id, parent: f.parent.value || null, title: f.title.value, description: f.description.value,
          expertise: readTags(f.expertise), due: f.due.value || null, assigned: [],
        });
        toast(t('work.created'));
        await reload('#add-subproblem');
      },
    });
    form.hidden = true;

    return [
      h('p', { class: 'hint' }, t('work.intro')),
      h('div', { class: 'sp-overall' },
        h('span', { class: 'sp-overall-label' }, t('work.overall')),
        progress(tree.completion, { id: 'subproblem-completion', metric: 'subproblems.completion', label: t('work.overall') }),
        h('span', { class: 'muted small', id: 'subproblem-count', dataset: { done: String(tree.done), total: String(tree.total) } }, t('work.doneOf', { done: tree.done, total: tree.total }))),
      all.length
        ? h('ul', { class: 'sp-tree', id: 'subproblem-tree' }, (tree.roots || []).map(nodeEl))
        : h('p', { class: 'muted', id: 'subproblem-tree' }, t('work.none')),
      frozen || foreign ? null : h('div', { class: 'sp-add' }, toggle, form),
    ];
  });
  return card;
}

// ---- questions and answers -------------------------------------------------------

function questionsCard(ctx, c, ws, onCount, { foreign = false } = {}) {
  const frozen = c.meta.archived;
  // Answers to another organization's challenge come from them (in bundles).
  const answers = !frozen && !foreign;
  return liveCard(t('qa.title'), 'qa-card', async (reload) => {
    const qs = await api.listQuestions(c.id);
    const open = qs.filter((q) => !q.answer);
    const faq = qs.filter((q) => q.answer && q.answer.public);
    const internal = qs.filter((q) => q.answer && !q.answer.public);
    onCount(open.length);

    const answerForm = (q) => {
      const text = textarea('', { rows: 2, id: `answer-${q.id}-text`, class: 'answer-text' });
      const pub = h('input', { type: 'checkbox', id: `answer-${q.id}-public`, class: 'answer-public' });
      return miniForm({
        id: `answer-${q.id}`, className: 'answer-form',
        submitLabel: t('qa.answer'), submitId: `answer-${q.id}-submit`,
        body: [field('text', t('qa.answerLabel'), text),
          h('label', { class: 'check' }, pub, t('qa.public')), h('p', { class: 'hint' }, t('qa.publicHint'))],
        save: async () => {
          await api.answerQuestion(q.id, text.value, pub.checked);
          toast(t('qa.answered'));
          await reload(pub.checked ? '#faq' : '#internal-answers');
        },
      });
    };
    const asked = (q) => h('p', { class: 'muted small' }, tx('qa.askedBy', { name: q.asked_by_ref ? q.asked_by_ref.name : '', date: formatDate(q.meta.created_at) }),
      q.asked_by_ref && q.asked_by_ref.kind === 'contributor' ? ` (${t('party.contributorTag')})` : null);
    const answeredBy = (q) => h('p', { class: 'muted small' }, tx('qa.answeredBy', { name: q.answered_by_name || '', date: formatDate(q.answer.at) }));

    const asker = partyPicker(ws, {
      id: 'ask-as', name: 'asked_by', labelText: t('qa.askAs'),
      ...(foreign ? { contributors: (c.invited_contributors || []).filter((p) => !p.archived), staff: false } : {}),
    });
    const askText = textarea('', { rows: 2, id: 'ask-text', placeholder: t('qa.askPlaceholder') });
    const ask = miniForm({
      id: 'ask-form', submitLabel: t('qa.ask'), submitId: 'ask-submit',
      body: [h('h3', {}, t('qa.ask')), field('text', t('qa.askLabel'), askText), asker.element],
      check: asker.check,
      save: async () => {
        await api.askQuestion(c.id, asker.value(), askText.value);
        toast(t('qa.asked'));
        await reload('#open-questions');
      },
    });

    return [
      h('p', { class: `qa-count badge ${open.length ? 'warn' : ''}`.trim(), id: 'unanswered-count', dataset: { count: String(open.length) } }, t('qa.unanswered', { n: open.length })),
      h('h3', {}, t('qa.faq')),
      faq.length
        ? h('dl', { class: 'faq', id: 'faq', tabindex: '-1' }, faq.map((q) => h('div', { class: 'faq-item', dataset: { id: q.id } },
          h('dt', { dir: 'auto' }, q.text),
          h('dd', {}, h('p', { class: 'pre', dir: 'auto' }, q.answer.text), answeredBy(q)))))
        : h('p', { class: 'muted', id: 'faq', tabindex: '-1' }, t('qa.faqEmpty')),
      open.length ? [h('h3', {}, t('qa.toAnswer')),
        h('ul', { class: 'questions', id: 'open-questions', tabindex: '-1' }, open.map((q) => h('li', { class: 'question', dataset: { id: q.id } },
          h('p', { class: 'question-text pre', dir: 'auto' }, q.text), asked(q), answers ? answerForm(q) : null)))]
        : h('div', { id: 'open-questions', tabindex: '-1' }),
      internal.length ? [h('h3', {}, t('qa.internal')), h('p', { class: 'hint' }, t('qa.internalHint')),
        h('ul', { class: 'questions', id: 'internal-answers', tabindex: '-1' }, internal.map((q) => h('li', { class: 'question', dataset: { id: q.id } },
          h('p', { class: 'question-text pre', dir: 'auto' }, q.text), asked(q),
          h('p', { class: 'pre answer', dir: 'auto' }, q.answer.text), answeredBy(q),
          answers ? h('details', {}, h('summary', {}, t('qa.answer')), answerForm(q)) : null)))]
        : null,
      frozen ? null : ask,
    ];
  });
}

// ---- disputes ---------------------------------------------------------------------

function disputesCard(ctx, c, ws, ideas) {
  const frozen = c.meta.archived;
  const ideaTitle = new Map(ideas.map((i) => [i.id, i.title]));
  return liveCard(t('dispute.title'), 'disputes-card', async (reload) => {
    const ds = await api.listDisputes(c.id);
    const open = ds.filter((d) => !d.resolution);
    const resolved = ds.filter((d) => d.resolution);

    const about = (d) => (d.about && d.about.kind === 'idea'
      ? h('p', { class: 'small' }, tx('dispute.aboutIdea', { title: h('a', { href: `#/ideas/${d.about.id}` }, bdi(ideaTitle.get(d.about.id) || d.about.id.slice(0, 8))) }))
      : null);
    const raised = (d) => h('p', { class: 'muted small' }, tx('dispute.raisedLine', { name: d.raised_by_ref ? d.raised_by_ref.name : '', date: formatDate(d.meta.created_at) }));
    const notes = (d) => ((d.notes || []).length
      ? h('ul', { class: 'dispute-notes' }, d.notes.map((n, i) => h('li', {},
        h('span', { class: 'muted small' }, bdi((d.note_authors[i] || {}).name || ''), ' · ', formatDate(n.at)),
        h('p', { class: 'pre', dir: 'auto' }, n.text))))
      : null);

    const openItem = (d) => {
      const noteText = textarea('', { rows: 2, id: `dispute-${d.id}-note` });
      const by = partyPicker(ws, { id: `dispute-${d.id}-by`, name: 'by', labelText: t('dispute.noteBy') });
      const noteForm = miniForm({
        id: `dispute-${d.id}-note-form`, className: 'note-form', submitLabel: t('dispute.addNote'), submitId: `dispute-${d.id}-note-submit`,
        body: [field('text', t('dispute.noteLabel'), noteText), by.element],
        check: by.check,
        save: async () => {
          await api.addDisputeNote(d.id, by.value(), noteText.value);
          toast(t('dispute.noteAdded'));
          await reload(`li[data-id="${d.id}"] .dispute-text`);
        },
      });
      const resolution = textarea('', { rows: 2, id: `dispute-${d.id}-resolution` });
      const resolveForm = miniForm({
        id: `dispute-${d.id}-resolve`, className: 'resolve-form', submitLabel: t('dispute.resolve'), submitId: `dispute-${d.id}-resolve-submit`,
        body: [field('resolution', t('dispute.resolution'), resolution, { hint: t('dispute.resolutionHint') })],
        save: async () => {
          await api.resolveDispute(d.id, resolution.value);
          toast(t('dispute.resolved'));
          await reload('#disputes-resolved');
        },
      });
      return h('li', { class: 'dispute', dataset: { id: d.id } },
        h('p', { class: 'dispute-text pre', dir: 'auto', tabindex: '-1' }, d.text), raised(d), about(d),
        notes(d),
        frozen ? null : h('details', { class: 'dispute-actions' }, h('summary', {}, `${t('dispute.notes')} · ${t('dispute.resolve')}`), noteForm, resolveForm));
    };

    const by = partyPicker(ws, { id: 'dispute-by', name: 'raised_by', labelText: t('dispute.raisedBy') });
    const aboutSel = select('', [['', t('dispute.aboutNothing')], ...ideas.map((i) => [i.id, i.title])], { id: 'dispute-about' });
    const text = textarea('', { rows: 2, id: 'dispute-text' });
    const raise = miniForm({
      id: 'dispute-form', submitLabel: t('dispute.raise'), submitId: 'dispute-submit',
      body: [h('h3', {}, t('dispute.raise')), field('text', t('dispute.text'), text), by.element, field('about', t('dispute.about'), aboutSel)],
      check: by.check,
      save: async () => {
        await api.raiseDispute(c.id, by.value(), aboutSel.value ? { kind: 'idea', id: aboutSel.value } : null, text.value);
        toast(t('dispute.raised'));
        await reload('#disputes-open');
      },
    });

    return [
      h('p', { class: 'hint' }, t('dispute.intro')),
      h('p', { class: `badge ${open.length ? 'warn' : ''}`.trim(), id: 'open-disputes-count', dataset: { count: String(open.length) } }, t('dispute.open', { n: open.length })),
      open.length ? h('ul', { class: 'disputes', id: 'disputes-open', tabindex: '-1' }, open.map(openItem)) : h('div', { id: 'disputes-open', tabindex: '-1' }),
      h('h3', {}, t('dispute.record')),
      resolved.length
        ? h('ul', { class: 'disputes timeline', id: 'disputes-resolved', tabindex: '-1' }, resolved.map((d) => h('li', { class: 'dispute resolved', dataset: { id: d.id } },
          h('p', { class: 'dispute-text pre', dir: 'auto' }, d.text), raised(d), about(d), notes(d),
          h('p', { class: 'resolution pre', dir: 'auto' }, `${t('dispute.resolution')}: `, bdi(d.resolution.text)),
          h('p', { class: 'muted small decided' }, tx('dispute.decided', { name: d.decided_by_name || '', date: formatDate(d.resolution.at) })))))
        : h('p', { class: 'muted', id: 'disputes-resolved', tabindex: '-1' }, t('dispute.recordEmpty')),
      frozen ? null : raise,
    ];
  });
}

// ---- obligations ------------------------------------------------------------------

/** One obligation: what, for which idea, due, status; Deliver / Waive. */
export function obligationItem(o, { people = [], frozen = false, onSettled, showAuthor = false } = {}) {
  const panel = h('div', { class: 'settle-panel' });
  const personName = (id) => (people.find((p) => p.id === id) || {}).name || '';
  const open = (status) => {
    clear(panel);
    const note = textarea('', { rows: 2, class: 'settle-note', id: `settle-${o.id}-note` });
    panel.append(miniForm({
      id: `settle-${o.id}`, className: 'settle-form',
      submitLabel: status === 'delivered' ? t('obligation.deliverConfirm') : t('obligation.waiveConfirm'), submitId: `settle-${o.id}-submit`,
      body: [field('note', status === 'delivered' ? t('obligation.evidence') : t('obligation.reason'), note,
        { hint: status === 'delivered' ? t('obligation.evidenceHint') : t('obligation.reasonHint') })],
      extra: [h('button', { type: 'button', class: 'button', onclick: () => clear(panel) }, t('common.cancel'))],
      save: async () => {
        await api.settleObligation(o.id, status, note.value);
        toast(status === 'delivered' ? t('obligation.delivered') : t('obligation.waived'));
        await onSettled(o);
      },
    }));
    note.focus();
  };
  return h('li', { class: `obligation${o.overdue ? ' is-overdue' : ''}`, dataset: { id: o.id, status: o.status } },
    h('div', { class: 'obligation-head' },
      h('span', { class: 'chip incentive-chip' }, label('incentive', o.kind)),
      h('span', { class: 'obligation-what', dir: 'auto' }, o.description),
      badge('obligation_status', o.status),
      o.overdue ? h('span', { class: 'badge overdue' }, t('obligation.overdue')) : null),
    h('p', { class: 'muted small' },
      showAuthor ? [h('a', { href: `#/contributors/${o.contributor}` }, bdi(o.contributor_name)), ' · '] : null,
      tx('obligation.forIdea', { title: h('a', { href: `#/ideas/${o.idea}` }, bdi(o.idea_title)) }), ' · ', t('obligation.due', { date: formatDate(o.due) })),
    o.status !== 'outstanding'
      ? h('p', { class: 'small settled' }, personName(o.settled_by)
        ? t('obligation.settled', { status: label('obligation_status', o.status), date: formatDate(o.settled_at), name: personName(o.settled_by) })
        : t('obligation.settledNoName', { status: label('obligation_status', o.status), date: formatDate(o.settled_at) }),
      o.note ? [' — ', h('span', { dir: 'auto' }, o.note)] : null)
      : null,
    o.status === 'outstanding' && !frozen && onSettled ? h('div', { class: 'sp-actions' },
      h('button', { type: 'button', class: 'button small primary deliver-button', onclick: () => open('delivered') }, t('obligation.deliver')),
      h('button', { type: 'button', class: 'button small waive-button', onclick: () => open('waived') }, t('obligation.waive'))) : null,
    panel);
}

function obligationsCard(ctx, c, ws) {
  const people = ws ? ws.organization.people : [];
  return liveCard(t('obligation.title'), 'obligations-card', async (reload) => {
    const os = await api.listObligations({ challenge: c.id });
    const byAuthor = new Map();
    for (const o of os) {
      if (!byAuthor.has(o.contributor)) byAuthor.set(o.contributor, []);
      byAuthor.get(o.contributor).push(o);
    }
    const count = (s) => os.filter((o) => o.status === s).length;
    return [
      h('p', { class: 'hint' }, t('obligation.intro')),
      os.length ? h('p', { class: 'obligation-summary', id: 'obligation-summary' }, t('obligation.summary', {
        outstanding: count('outstanding'), overdue: os.filter((o) => o.overdue).length, delivered: count('delivered'), waived: count('waived'),
      })) : null,
      os.length
        ? h('div', { id: 'obligations', tabindex: '-1' }, [...byAuthor.entries()].map(([id, list]) => h('div', { class: 'obligation-group', dataset: { contributor: id } },
          h('h3', {}, h('a', { href: `#/contributors/${id}` }, bdi(list[0].contributor_name))),
          h('ul', { class: 'obligations' }, list.map((o) => obligationItem(o, {
            people, frozen: c.meta.archived, onSettled: () => reload(`li[data-id="${o.id}"] .obligation-what`),
          }))))))
        : h('p', { class: 'muted', id: 'obligations' }, t('obligation.none')),
    ];
  });
}

// ---- exports -------------------------------------------------------------------------

function exportsCard(c) {
  const stem = fileStem(c.title);
  const csv = (kind, id, text) => h('button', {
    type: 'button', class: 'button small', id,
    onclick: () => saveExport(`${stem}-${kind}.csv`, (path) => api.exportCsv(kind, c.id, path)),
  }, text);
  const report = (ext, id, text) => h('button', {
    type: 'button', class: 'button small', id,
    onclick: () => saveExport(`${stem}-report.${ext}`, (path) => api.exportReport(c.id, path)),
  }, text);
  return section(t('export.title'), h('p', { class: 'hint' }, t('export.hint')),
    h('div', { class: 'export-buttons', id: 'challenge-exports' },
      report('html', 'export-report-html', t('export.reportHtml')),
      report('md', 'export-report-md', t('export.reportMd')),
      csv('ideas', 'export-ideas', t('export.ideas')),
      csv('reviews', 'export-reviews', t('export.reviews')),
      csv('obligations', 'export-obligations', t('export.obligations'))));
}

/**
 * The working-together cards of a challenge page, loaded. `onUnanswered(n)`
 * hears the number of questions waiting for an answer (for the header).
 */
export async function workCards(ctx, c, { onUnanswered = () => {}, foreign = false } = {}) {
  const [ws, ideaPage] = await Promise.all([
    api.getWorkspace().catch(() => null),
    api.listIdeas({ challenge: c.id }, { offset: 0, limit: 200 }).catch(() => ({ items: [] })),
  ]);
  const names = nameBook();
  // Disputes and obligations are the sponsor's record: not kept on a copy
  // that takes part in another organization's challenge.
  const cards = {
    work: workPackages(ctx, c, names, { foreign }),
    qa: questionsCard(ctx, c, ws, onUnanswered, { foreign }),
    ...(foreign ? {} : {
      disputes: disputesCard(ctx, c, ws, ideaPage.items || []),
      obligations: obligationsCard(ctx, c, ws),
    }),
  };
  await Promise.all(Object.values(cards).map((x) => x.reload()));
  return { ...Object.fromEntries(Object.entries(cards).map(([k, v]) => [k, v.el])), exports: exportsCard(c) };
}

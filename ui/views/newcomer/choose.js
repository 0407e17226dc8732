// Choosing a mentor, in a dialog of two steps. Step 1: the first choice (pre-selected), up to
// two alternatives and a motivation of a couple of sentences. Step 2: the confirmation screen
// repeats every advice the core says applies (advise_choice), with the article's sources, and
// asks for an explicit tick where the rule needs one; then submit_choice. A newcomer with an
// informal mentor can ask HR to formalise that relationship instead. Nothing typed is lost on
// an error, or when the dialog is closed and opened again in the same session.

import * as api from '../../api.js';
import { h, replace } from '../../lib/dom.js';
import { byName } from '../../lib/fields.js';
import { errorText, t, tCount } from '../../lib/i18n.js';
import { openDialog } from '../dialog.js';
import { icon } from '../icons.js';
import { portrait } from '../portrait.js';
import { showToast } from '../toast.js';
import {
  adviceTexts, MAX_MOTIVATION_CHARS, MIN_MOTIVATION_CHARS, MIN_MOTIVATION_SENTENCES, motivationCheck, motivationCounterText,
} from './advice-text.js';

const ALTERNATIVES = 2;
/** How long a choice waits for HR (domain/src/matching/lifecycle.rs CHOICE_VALID_DAYS). */
const CHOICE_VALID_DAYS = 30;
const NOTE_MAX = 2000;

/** personId → what was typed, kept for the session: { alternatives, motivation, formaliseNote }. */
const drafts = new Map();

/** Codes that point at a pick: back to step 1 to change it. */
const PICK_CODES = new Set(['choice.mentor_full', 'choice.self', 'choice.duplicate_mentor', 'choice.too_many_alternatives',
  'mentor.not_found']);
const MOTIVATION_CODES = new Set(['choice.motivation_too_short', 'choice.motivation_too_long']);

let opening = false;

/**
 * Opens the choice dialog with `mentorId` as the first choice. ctx: the newcomer area's
 * { personId, person, marks, go(tab), refreshProgress() }.
 */
export async function startChoice(ctx, mentorId) {
  if (opening) return;
  opening = true;
  try {
    const [available, intake] = await Promise.all([
      api.listAvailableMentors(),
      // Only for the informal mentor's name in the advice; the choice works without it.
      api.getIntake(ctx.personId).catch(() => null),
    ]);
    buildDialog(ctx, Number(mentorId), available, intake);
  } catch (failure) {
    if (!failure?.code) console.error(failure);
    showToast(errorText(failure?.code ?? 'app.internal'), { tone: 'error' });
  } finally {
    opening = false;
  }
}

function buildDialog(ctx, firstId, available, intake) {
  const { personId, marks } = ctx;
  const draft = drafts.get(personId) ?? { alternatives: [], motivation: '', formaliseNote: '' };
  drafts.set(personId, draft);
  /** mentor id → { id, personId, name, jobTitle, department, placesAvailable, hasPhoto, visible } */
  let mentors = mentorIndex(available, marks, firstId);
  let step = 1;
  let advice = null;

  // ---- Step 1 controls, built once so what is typed survives going back and forth ----
  const first = h('select', { id: 'choice-first', 'aria-describedby': 'choice-first-hint', onchange: picksChanged });
  const alternatives = Array.from({ length: ALTERNATIVES }, (_, i) => h('select', {
    id: `choice-alternative-${i + 1}`, 'aria-describedby': 'choice-alternatives-hint', onchange: picksChanged,
  }));
  const motivation = h('textarea', { id: 'choice-motivation', rows: 6, maxlength: MAX_MOTIVATION_CHARS + 200,
    'aria-describedby': 'choice-motivation-hint choice-motivation-counter', 'aria-required': 'true',
    placeholder: t('choice.motivation.placeholder'), value: draft.motivation,
    oninput: () => { draft.motivation = motivation.value; motivation.removeAttribute('aria-invalid'); updateCounter(); } });
  const summary = h('div', { id: 'choice-first-summary', class: 'ch-pick-summary' });
  const counter = h('p', { id: 'choice-motivation-counter', class: 'counter ch-counter', 'aria-live': 'polite' });
  const error = h('div', { id: 'choice-error', class: 'form-error ch-error', role: 'alert', hidden: true });
  let confirmBox = null;

  const content = h('div', { class: 'dialog-form ch-choose' });
  const dialog = openDialog({
    id: 'choice-dialog',
    title: t('choice.dialog.title'),
    subtitle: t('choice.dialog.step', { step: 1, total: 2 }),
    className: 'ch-choose-dialog',
    body: content,
  });
  fillSelects(draft.alternatives);
  updateCounter();
  renderStep1();
  first.focus();

  // ---- Options ----

  function fillSelects(alternativeIds) {
    const groups = optionGroups(mentors, marks);
    const option = (mentor) => h('option', { value: String(mentor.id) }, optionLabel(mentor));
    const grouped = () => groups.map((group) => group.mentors.length
      ? h('optgroup', { label: t(`choice.group.${group.key}`) }, group.mentors.map(option)) : null);
    replace(first, grouped());
    first.value = String(firstId);
    alternatives.forEach((select, i) => {
      replace(select, h('option', { value: '' }, t('choice.alternative.none')), grouped());
      select.value = alternativeIds[i] ? String(alternativeIds[i]) : '';
    });
    syncDisabled();
  }

  /** A mentor picked in one list cannot be picked again in another. */
  function syncDisabled() {
    const controls = [first, ...alternatives];
    for (const control of controls) {
      const taken = new Set(controls.filter((other) => other !== control).map((other) => other.value).filter(Boolean));
      for (const option of control.options) option.disabled = option.value !== '' && taken.has(option.value);
    }
  }

  function picksChanged(event) {
    // A first choice moved into an alternative's place clears that alternative.
    if (event?.target === first) for (const select of alternatives) if (select.value === first.value) select.value = '';
    alternatives.forEach((select, i) => {
      if (select !== event?.target && select.value && select.value === event?.target?.value) select.value = '';
      draft.alternatives[i] = select.value ? Number(select.value) : null;
    });
    firstId = Number(first.value);
    for (const control of [first, ...alternatives]) control.removeAttribute('aria-invalid');
    syncDisabled();
    renderPickSummary();
  }

  function picks() {
    const ids = [Number(first.value), ...alternatives.map((select) => Number(select.value)).filter(Boolean)];
    return ids.filter((id, i) => id && ids.indexOf(id) === i);
  }

  // ---- Step 1: the choice and the motivation ----

  function renderPickSummary() {
    const mentor = mentors.get(Number(first.value));
    replace(summary, mentor ? [
      portrait({ id: mentor.id, name: mentor.name, hasPhoto: mentor.hasPhoto, size: 'md', lazy: false }),
      h('div', {},
        h('p', { class: 'ch-pick-name' }, mentor.name),
        h('p', { class: 'muted small' }, [mentor.jobTitle, mentor.department].filter(Boolean).join(' · '))),
      placesBadge(mentor),
    ] : null);
  }

  function renderStep1() {
    step = 1;
    setSubtitle();
    renderPickSummary();
    replace(content,
      h('div', { class: 'dialog-body ch-step' },
        steps(),
        h('p', { class: 'dialog-intro' }, t('choice.step1.intro')),
        h('section', { class: 'ch-block', 'aria-labelledby': 'choice-first-label' },
          h('div', { class: 'field' },
            h('label', { id: 'choice-first-label', for: 'choice-first' }, t('choice.first.label')),
            first,
            h('p', { class: 'hint', id: 'choice-first-hint' }, t('choice.first.hint'))),
          summary),
        h('fieldset', { class: 'form-section ch-block' },
          h('legend', {}, t('choice.alternatives.legend')),
          h('p', { class: 'hint', id: 'choice-alternatives-hint' }, t('choice.alternatives.hint')),
          h('div', { class: 'field-grid' }, alternatives.map((select, i) => h('div', { class: 'field' },
            h('label', { for: select.id }, t('choice.alternative.label', { n: i + 1 })), select)))),
        h('div', { class: 'field field-wide ch-block' },
          h('label', { for: 'choice-motivation' }, t('choice.motivation.label'),
            h('span', { class: 'required' }, ' (', t('person.required'), ')')),
          h('p', { class: 'hint', id: 'choice-motivation-hint' },
            t('choice.motivation.hint', { minChars: MIN_MOTIVATION_CHARS, minSentences: MIN_MOTIVATION_SENTENCES })),
          motivation,
          counter)),
      error,
      h('footer', { class: 'dialog-footer' },
        h('span', { class: 'footer-note' }, icon('lock', 'icon icon-sm'), t('choice.privacy')),
        h('span', { class: 'spacer' }),
        h('button', { id: 'choice-cancel', type: 'button', class: 'button', onclick: () => dialog.close() }, t('choice.cancel')),
        h('button', { id: 'choice-next', type: 'button', class: 'button button-primary', onclick: next },
          h('span', {}, t('choice.next')), icon('arrow'))));
  }

  function updateCounter() {
    const check = motivationCheck(motivation.value);
    counter.textContent = motivationCounterText(check);
    counter.classList.toggle('counter-over', check.tooLong);
    counter.classList.toggle('ch-counter-ok', check.enough);
    return check;
  }

  async function next() {
    showProblem(null);
    const check = updateCounter();
    if (!check.enough) {
      showProblem({ code: check.tooLong ? 'choice.motivation_too_long' : 'choice.motivation_too_short' });
      motivation.setAttribute('aria-invalid', 'true');
      motivation.focus();
      return;
    }
    const button = document.getElementById('choice-next');
    button.disabled = true;
    content.setAttribute('aria-busy', 'true');
    try {
      advice = await api.adviseChoice(personId, picks());
      renderStep2();
    } catch (failure) {
      problemOnStep1(failure);
    } finally {
      content.removeAttribute('aria-busy');
      if (button.isConnected) button.disabled = false;
    }
  }

  // ---- Step 2: check and send ----

  function renderStep2() {
    step = 2;
    setSubtitle();
    showProblem(null);
    const chosen = picks().map((id) => mentors.get(id) ?? unknownMentor(id));
    confirmBox = advice.needsExplicitConfirmation
      ? h('input', { id: 'choice-confirm-manager', type: 'checkbox', 'aria-required': 'true',
        'aria-describedby': 'advice-manager_as_mentor_horizontal-text', onchange: () => { confirmBox.removeAttribute('aria-invalid'); showProblem(null); } })
      : null;
    const names = { informalMentorName: informalName(advice, intake, mentors) };
    const extras = {};
    const warned = (advice.warnings ?? []).some((a) => a.kind === 'manager_as_mentor_horizontal');
    const confirmArea = confirmBox ? h('div', { class: 'ch-confirm' },
      h('label', { class: 'ch-check', for: 'choice-confirm-manager' }, confirmBox,
        h('span', {}, t('choice.confirmManager'))),
      advice.flagForHr ? h('p', { class: 'hint' }, t('choice.flaggedNote')) : null) : null;
    // The tick sits under the warning it confirms; should the core ever ask for it without that
    // warning, it still shows, after the list, so the choice can always be sent.
    if (confirmArea && warned) extras.manager_as_mentor_horizontal = confirmArea;
    if (advice.offerFormaliseInformal) {
      const informal = (advice.warnings ?? []).find((a) => a.kind === 'keep_informal_mentor' || a.kind === 'formalise_informal_mentor');
      if (informal) extras[informal.kind] = formalisePanel(names.informalMentorName);
    }
    const heading = h('h3', { id: 'choice-check-title', class: 'ch-step-title', tabindex: '-1' }, t('choice.step2.title'));
    replace(content,
      h('div', { class: 'dialog-body ch-step' },
        steps(),
        heading,
        h('section', { class: 'ch-block ch-recap', 'aria-label': t('choice.recap.label') },
          h('ol', { class: 'ch-recap-picks' }, chosen.map((mentor, rank) => h('li', { class: 'ch-recap-pick' },
            h('span', { class: 'ch-rank' }, t(`choice.rank.${rank}`)),
            portrait({ id: mentor.id, name: mentor.name, hasPhoto: mentor.hasPhoto, size: 'sm', lazy: false }),
            h('div', {},
              h('p', { class: 'ch-pick-name' }, mentor.name),
              h('p', { class: 'muted small' }, [mentor.jobTitle, mentor.department].filter(Boolean).join(' · ')))))),
          h('figure', { class: 'ch-quote' },
            h('figcaption', { class: 'ch-label' }, t('choice.recap.motivation')),
            h('blockquote', { id: 'choice-recap-motivation' }, motivation.value.trim()))),
        h('section', { class: 'ch-block', 'aria-labelledby': 'choice-advice-title' },
          h('h3', { id: 'choice-advice-title', class: 'ch-section-title' },
            advice.warnings?.length ? t('choice.advice.heading') : t('choice.advice.noneHeading')),
          advice.warnings?.length
            ? adviceView(advice, { names, withIds: true, extras })
            : h('p', { id: 'advice-none', class: 'ch-advice-none' }, icon('check', 'icon icon-sm'), t('choice.advice.none')),
          confirmArea && !warned ? confirmArea : null),
        h('section', { class: 'ch-next-steps' },
          h('h3', { class: 'ch-section-title' }, t('choice.after.heading')),
          h('p', {}, t('choice.after.text', { days: CHOICE_VALID_DAYS })))),
      error,
      h('footer', { class: 'dialog-footer' },
        h('button', { id: 'choice-back', type: 'button', class: 'button', onclick: back }, t('choice.back')),
        h('span', { class: 'spacer' }),
        h('button', { id: 'choice-submit', type: 'button', class: 'button button-primary', onclick: submit },
          icon('send'), h('span', {}, t('choice.submit')))));
    heading.focus();
  }

  function formalisePanel(name) {
    const note = h('textarea', { id: 'choice-formalise-note', rows: 3, maxlength: NOTE_MAX, value: draft.formaliseNote,
      placeholder: t('choice.formalise.notePlaceholder'), oninput: () => { draft.formaliseNote = note.value; } });
    const panel = h('div', { id: 'choice-formalise-panel', class: 'ch-formalise-panel', hidden: true },
      h('p', {}, t('choice.formalise.explain', { name })),
      h('div', { class: 'field' }, h('label', { for: 'choice-formalise-note' }, t('choice.formalise.noteLabel')), note),
      h('div', { class: 'ch-actions' },
        h('button', { id: 'choice-formalise-send', type: 'button', class: 'button button-primary', onclick: formalise },
          icon('send'), h('span', {}, t('choice.formalise.send'))),
        h('button', { id: 'choice-formalise-cancel', type: 'button', class: 'button button-quiet',
          onclick: () => { panel.hidden = true; open.setAttribute('aria-expanded', 'false'); open.focus(); } }, t('choice.formalise.cancel'))));
    const open = h('button', { id: 'choice-formalise', type: 'button', class: 'button', 'aria-expanded': 'false',
      'aria-controls': 'choice-formalise-panel', onclick: () => {
        panel.hidden = false;
        open.setAttribute('aria-expanded', 'true');
        // The panel opens at the foot of a long dialog: bring its note and its send button into view.
        panel.scrollIntoView({ block: 'nearest' });
        note.focus({ preventScroll: true });
      } }, icon('people'), h('span', {}, t('choice.formalise.button')));
    return h('div', { class: 'ch-formalise' }, open, panel);
  }

  function back() {
    showProblem(null);
    renderStep1();
    document.getElementById('choice-next')?.focus();
  }

  async function submit() {
    showProblem(null);
    if (confirmBox && !confirmBox.checked) {
      showProblem({ code: 'choice.confirmation_required' });
      confirmBox.setAttribute('aria-invalid', 'true');
      confirmBox.focus();
      return;
    }
    const [firstPick, ...rest] = picks();
    const choice = { first: firstPick, alternatives: rest, motivation: motivation.value.trim(),
      confirmedManagerWarning: Boolean(confirmBox?.checked) };
    await send(() => api.submitChoice(personId, choice), 'choice.submitted');
  }

  async function formalise() {
    showProblem(null);
    await send(() => api.requestFormaliseInformal(personId, draft.formaliseNote.trim()), 'choice.formalise.sent');
  }

  async function send(command, doneKey) {
    const buttons = [...content.querySelectorAll('.dialog-footer button, #choice-formalise-send')];
    for (const button of buttons) button.disabled = true;
    content.setAttribute('aria-busy', 'true');
    try {
      await command();
      drafts.delete(personId);
      dialog.close();
      showToast(t(doneKey));
      ctx.refreshProgress?.();
      ctx.go('choice');
    } catch (failure) {
      for (const button of buttons) if (button.isConnected) button.disabled = false;
      if (PICK_CODES.has(failure.code) || MOTIVATION_CODES.has(failure.code)) {
        await problemOnStep1(failure);
      } else {
        showProblem(failure);
        if (failure.code === 'choice.confirmation_required') confirmBox?.focus();
      }
    } finally {
      content.removeAttribute('aria-busy');
    }
  }

  /** Back on step 1 with the reason; places are read again so a mentor who is now full says so. */
  async function problemOnStep1(failure) {
    if (PICK_CODES.has(failure.code)) {
      try {
        mentors = mentorIndex(await api.listAvailableMentors(), marks, firstId, picks());
      } catch {
        // The old list stays; the message below still says what went wrong.
      }
      const keep = alternatives.map((select) => Number(select.value) || null);
      if (step !== 1) renderStep1();
      fillSelects(keep);
      renderPickSummary();
      showProblem(failure);
      first.setAttribute('aria-invalid', 'true');
      first.focus();
    } else if (MOTIVATION_CODES.has(failure.code)) {
      if (step !== 1) renderStep1();
      showProblem(failure);
      motivation.setAttribute('aria-invalid', 'true');
      motivation.focus();
    } else {
      showProblem(failure);
    }
  }

  /** The error line, with a way on where there is one (see the open choice, fill in the intake). */
  function showProblem(failure) {
    if (!failure) {
      error.hidden = true;
      replace(error);
      return;
    }
    const way = {
      'choice.already_open': ['choice.error.seeChoice', 'choice'],
      'choice.already_matched': ['choice.error.seeChoice', 'choice'],
      'choice.intake_missing': ['choice.error.toIntake', 'intake'],
    }[failure.code];
    replace(error, icon('alert', 'icon icon-sm'), h('span', {}, errorText(failure.code)),
      way ? h('button', { type: 'button', class: 'button button-small', onclick: () => { dialog.close(); ctx.go(way[1]); } },
        t(way[0])) : null);
    error.hidden = false;
  }

  function steps() {
    return h('ol', { class: 'ch-steps', 'aria-label': t('choice.steps.label') }, [1, 2].map((n) => h('li', {
      class: n === step ? 'ch-step-current' : n < step ? 'ch-step-done' : null, 'aria-current': n === step ? 'step' : null },
    h('span', { class: 'ch-step-number', 'aria-hidden': 'true' }, n < step ? icon('check', 'icon icon-xs') : String(n)),
    h('span', {}, t(`choice.steps.${n}`)))));
  }

  function setSubtitle() {
    const subtitle = dialog.querySelector('.dialog-subtitle');
    if (subtitle) subtitle.textContent = t('choice.dialog.step', { step, total: 2 });
  }
}

/**
 * Every advice of a ChoiceAdvice as a list, each with its sources. `withIds` gives each item
 * the id advice-<kind> (the confirmation screen only, so ids stay unique); `extras` adds
 * controls under an advice by kind.
 */
export function adviceView(choiceAdvice, { names = {}, withIds = false, extras = {} } = {}) {
  return h('ul', { class: 'ch-advice-list' }, adviceTexts(choiceAdvice, names).map((item) => {
    const textId = withIds ? `advice-${item.kind}-text` : null;
    return h('li', { id: withIds ? `advice-${item.kind}` : null, class: `ch-advice ch-tone-${item.tone}`,
      'data-advice-kind': item.kind },
    h('span', { class: 'ch-advice-icon' }, icon(ADVICE_ICONS[item.kind] ?? 'info')),
    h('div', { class: 'ch-advice-body' },
      h('h4', { class: 'ch-advice-title' }, item.title),
      h('p', { id: textId, class: 'ch-advice-text' }, item.text),
      item.pros.length || item.cons.length ? h('div', { class: item.pros.length ? 'ch-sides' : 'ch-sides ch-sides-one' },
        item.pros.length ? side('pros', item.pros) : null,
        item.cons.length ? side(item.pros.length ? 'cons' : 'why', item.cons) : null) : null,
      extras[item.kind] ?? null));
  }));
}

const ADVICE_ICONS = {
  manager_as_mentor_horizontal: 'alert',
  manager_as_mentor_vertical: 'up',
  manager_as_mentor_unsure: 'route',
  mentor_in_reporting_line: 'building',
  keep_informal_mentor: 'people',
  formalise_informal_mentor: 'people',
  coaching_fits_first_years: 'chat',
};

function side(key, considerations) {
  return h('div', { class: `ch-side ch-side-${key}` },
    h('p', { class: 'ch-label' }, t(`choice.side.${key}`)),
    h('ul', {}, considerations.map((c) => h('li', { 'data-point': c.point },
      h('span', {}, c.text), ' ', h('cite', { class: 'ch-cite' }, t('choice.cite', { source: c.source }))))));
}

export function placesBadge(mentor) {
  if (!mentor.visible) return h('span', { class: 'ch-places ch-places-none' }, t('choice.noPlaces'));
  return h('span', { class: 'places-badge ch-places' }, tCount('pool.places', mentor.placesAvailable));
}

/** What the dialog knows of each mentor it can offer: the visible pool, plus the marks' cards. */
function mentorIndex(available, marks, firstId, keep = []) {
  const index = new Map();
  for (const profile of available ?? []) index.set(profile.id, { ...summaryOf(profile), visible: true });
  for (const mark of marks?.marks?.() ?? []) {
    if (mark.card && !index.has(mark.mentorId)) index.set(mark.mentorId, { ...summaryOf(mark.card), visible: true });
  }
  for (const id of [firstId, ...keep]) {
    if (id && !index.has(id)) {
      const card = marks?.mark?.(id)?.card;
      index.set(id, card ? { ...summaryOf(card), visible: false } : { ...unknownMentor(id) });
    }
  }
  // A mentor who was visible but is not in the new pool list has no place left now.
  if (available) for (const [id, mentor] of index) if (!available.some((p) => p.id === id)) index.set(id, { ...mentor, visible: false });
  return index;
}

function summaryOf(profile) {
  return { id: profile.id, personId: profile.personId ?? null, name: profile.name, jobTitle: profile.jobTitle ?? '',
    department: profile.department ?? '', placesAvailable: profile.placesAvailable ?? 0, hasPhoto: Boolean(profile.hasPhoto) };
}

function unknownMentor(id) {
  return { id, personId: null, name: t('choice.unknownMentor', { id }), jobTitle: '', department: '', placesAvailable: 0,
    hasPhoto: false, visible: false };
}

/** The shortlist and compare first, then everyone else with a place, each by name. */
function optionGroups(index, marks) {
  const near = new Set([...(marks?.starred?.() ?? []).map((mark) => mark.mentorId), ...(marks?.compareIds?.() ?? [])]);
  const all = [...index.values()].sort(byName);
  return [
    { key: 'yours', mentors: all.filter((mentor) => near.has(mentor.id) || !mentor.visible) },
    { key: 'all', mentors: all.filter((mentor) => !near.has(mentor.id) && mentor.visible) },
  ];
}

function optionLabel(mentor) {
  const role = [mentor.jobTitle, mentor.department].filter(Boolean).join(', ');
  const label = role ? `${mentor.name} — ${role}` : mentor.name;
  return mentor.visible ? label : `${label} (${t('choice.noPlaces')})`;
}

/** The informal mentor's name: from the intake, or the pick that is that person. */
function informalName(advice, intake, mentors) {
  const informal = (advice.warnings ?? []).find((a) => a.informalMentor != null)?.informalMentor;
  if (informal == null) return null;
  if (intake?.intake?.informalMentor === informal && intake.informalMentorName) return intake.informalMentorName;
  for (const mentor of mentors.values()) if (mentor.personId === informal) return mentor.name;
  return null;
}

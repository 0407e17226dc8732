// "About you": the intake the suggestions are ranked on. Career phase, ambition, topics from the
// expertise vocabulary, language and meeting preference, department and direct manager (from HR's
// data, correctable) and an informal mentor if there is one. The answers live in a draft while
// the newcomer works, so switching tabs or languages keeps what was typed until it is saved.

import * as api from '../../api.js';
import { h, replace } from '../../lib/dom.js';
import { errorText, getLanguage, t } from '../../lib/i18n.js';
import { languageName } from '../../lib/profile.js';
import { debounce, latestOnly } from '../../lib/timing.js';
import { icon } from '../icons.js';
import { avatar } from '../widgets.js';
import { tabHeader } from './tab-header.js';

export const PHASES = ['fresh_graduate', 'early_career', 'mid_career', 'late_career'];
export const AMBITIONS = ['vertical', 'horizontal', 'unsure'];
export const MEETING_CHOICES = ['in_person', 'online', 'either'];
/** Offered as preferred language even when no mentor speaks it yet. */
const BASE_LANGUAGES = ['nl', 'en'];
const MAX_TOPIC_SUGGESTIONS = 10;
const PEOPLE_SHOWN = 6;
const SEARCH_DELAY_MS = 150;

/** Folds case and accents, so "celik" finds "Çelik" and "welzijn" finds "Welzijn". */
export function fold(text) {
  return String(text ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();
}

/** The vocabulary's tag for what was typed: an exact (folded) match, else the only tag containing it. */
export function vocabularyMatch(typed, vocabulary) {
  const key = fold(typed);
  if (!key) return null;
  const exact = vocabulary.find((name) => fold(name) === key);
  if (exact) return exact;
  const partial = vocabulary.filter((name) => fold(name).includes(key));
  return partial.length === 1 ? partial[0] : null;
}

/** The language codes to offer: ours, the newcomer's own, the mentors', and the one chosen. */
export function languageChoices({ personLanguages = [], mentorLanguages = [], chosen = null } = {}) {
  const codes = [...BASE_LANGUAGES, ...personLanguages, ...mentorLanguages, ...(chosen ? [chosen] : [])];
  return [...new Set(codes.filter(Boolean))];
}

/** The Intake to send, from the draft. */
export function intakeFrom(draft) {
  return {
    phase: draft.phase,
    ambition: draft.ambition,
    topics: [...draft.topics],
    preferredLanguage: draft.preferredLanguage || null,
    meetingMode: draft.meetingMode || null,
    department: String(draft.department ?? '').trim(),
    managerId: draft.manager?.id ?? null,
    informalMentor: draft.hasInformal ? (draft.informal?.id ?? null) : null,
  };
}

/** IntakeView → the draft the form edits. */
export function draftFrom(view) {
  const intake = view.intake;
  return {
    phase: intake.phase,
    ambition: intake.ambition,
    topics: [...(intake.topics ?? [])],
    preferredLanguage: intake.preferredLanguage ?? '',
    meetingMode: intake.meetingMode ?? '',
    department: intake.department ?? '',
    manager: intake.managerId !== null && intake.managerId !== undefined
      ? { id: intake.managerId, name: view.managerName ?? '' } : null,
    hasInformal: intake.informalMentor !== null && intake.informalMentor !== undefined,
    informal: intake.informalMentor !== null && intake.informalMentor !== undefined
      ? { id: intake.informalMentor, name: view.informalMentorName ?? '' } : null,
  };
}

export function createIntakeTab(ctx) {
  const state = { view: null, draft: null, tags: [], departments: [], mentorLanguages: [], error: null, dirty: false,
    saving: false, justSaved: false, failure: null };
  const element = h('section', { id: 'intake', class: 'newcomer-tab intake', 'aria-labelledby': 'intake-title' });
  let pickers = {};
  let topics = null;

  async function enter() {
    // Unsaved answers are kept when the newcomer comes back to this tab.
    if (state.dirty && state.draft) return;
    try {
      const [view, tags, departments, facets] = await Promise.all([
        api.getIntake(ctx.personId),
        api.listTags().catch(() => []),
        api.listDepartments().catch(() => []),
        api.searchFacets().catch(() => null),
      ]);
      state.view = view;
      state.draft = draftFrom(view);
      state.tags = tags;
      state.departments = departments;
      state.mentorLanguages = facets?.languages ?? [];
      state.error = null;
      state.dirty = false;
      state.justSaved = false;
    } catch (failure) {
      state.error = failure;
    }
    render();
  }

  function render() {
    if (state.error) {
      replace(element, header(), h('p', { class: 'load-error', role: 'alert' }, errorText(state.error.code)));
      return;
    }
    if (!state.draft) {
      replace(element, header(), h('p', { class: 'loading' }, t('app.loading')));
      return;
    }
    const d = state.draft;
    pickers = {
      manager: personPicker({ id: 'intake-manager', label: t('newcomer.intake.manager'),
        hint: t('newcomer.intake.manager.hint'), keepHint: true, person: d.manager, excludeId: ctx.personId,
        onChange: (person) => { d.manager = person; changed(); } }),
      informal: personPicker({ id: 'intake-informal-person', label: t('newcomer.intake.informal.who'),
        hint: t('newcomer.intake.informal.whoHint'), person: d.informal, excludeId: ctx.personId,
        onChange: (person) => { d.informal = person; changed(); } }),
    };
    topics = topicPicker({ id: 'intake-topics', vocabulary: state.tags, values: d.topics,
      onChange: (values) => { d.topics = values; changed(); } });

    const form = h('form', { id: 'intake-form', class: 'intake-form', novalidate: true, onsubmit: save },
      state.view.saved
        ? null
        : h('p', { id: 'intake-prefilled', class: 'intake-banner' }, icon('info', 'icon icon-sm'),
          h('span', {}, t('newcomer.intake.prefilled'))),
      section('phase', t('newcomer.intake.phase.title'), t('newcomer.intake.phase.text'),
        radioCards('phase', PHASES, d.phase, (value) => { d.phase = value; changed(); drawCoachNote(); }),
        h('div', { id: 'intake-coach-note', 'aria-live': 'polite' })),
      section('ambition', t('newcomer.intake.ambition.title'), t('newcomer.intake.ambition.text'),
        radioCards('ambition', AMBITIONS, d.ambition, (value) => { d.ambition = value; changed(); })),
      section('topics', t('newcomer.intake.topics.title'), t('newcomer.intake.topics.text'), topics.element),
      section('practical', t('newcomer.intake.practical.title'), null,
        h('div', { class: 'field-grid' },
          languageField(d),
          meetingField(d))),
      section('organisation', t('newcomer.intake.organisation.title'), t('newcomer.intake.organisation.text'),
        h('div', { class: 'field-grid' },
          departmentField(d),
          pickers.manager.element)),
      section('informal', t('newcomer.intake.informal.title'), t('newcomer.intake.informal.text'),
        informalField(d)),
      h('div', { class: 'intake-footer' },
        h('p', { id: 'intake-error', class: 'inline-error', role: 'alert', hidden: !state.failure },
          failureText(state.failure)),
        savedNote(),
        h('div', { class: 'button-row' },
          h('button', { id: 'intake-save', type: 'submit', class: 'button button-primary', disabled: state.saving },
            icon('check'), h('span', {}, state.saving ? t('common.saving') : t('newcomer.intake.save'))),
          state.dirty ? h('span', { class: 'muted small' }, t('newcomer.intake.unsaved')) : null)));
    replace(element, header(), form);
    drawCoachNote();
  }

  function header() {
    return tabHeader({ titleId: 'intake-title', title: t('newcomer.intake.title'),
      subtitle: t('newcomer.intake.subtitle') });
  }

  function section(key, title, text, ...content) {
    // The card is a div around the fieldset: WebKit draws a legend on a styled fieldset's border.
    return h('div', { class: 'intake-section' },
      h('fieldset', { id: `intake-section-${key}`, class: 'intake-fieldset' },
        h('legend', {}, title),
        text ? h('p', { class: 'intake-section-text' }, text) : null,
        content));
  }

  /** Radio buttons shown as cards, each with a one-line explanation. Arrow keys move as in any radio group. */
  function radioCards(name, values, chosen, onChange) {
    return h('div', { class: `radio-cards radio-cards-${values.length}` }, values.map((value) => {
      const id = `intake-${name}-${value}`;
      return h('label', { class: 'radio-card', for: id },
        h('input', { id, type: 'radio', name: `intake-${name}`, value, checked: value === chosen,
          'aria-describedby': `${id}-text`, onchange: () => onChange(value) }),
        h('span', { class: 'radio-card-body' },
          h('span', { class: 'radio-card-title' }, t(`newcomer.intake.${name}.${value}`)),
          h('span', { class: 'radio-card-text', id: `${id}-text` }, t(`newcomer.intake.${name}.${value}.text`))));
    }));
  }

  function drawCoachNote() {
    const note = element.querySelector('#intake-coach-note');
    if (!note) return;
    replace(note, state.draft.phase === 'fresh_graduate'
      ? h('p', { class: 'intake-note' }, icon('info', 'icon icon-sm'), h('span', {}, t('newcomer.intake.phase.coachNote')))
      : null);
  }

  function languageField(d) {
    const select = h('select', { id: 'intake-language', onchange: (event) => { d.preferredLanguage = event.target.value; changed(); } },
      h('option', { value: '' }, t('newcomer.intake.language.none')),
      languageChoices({ personLanguages: ctx.person?.languages ?? [], mentorLanguages: state.mentorLanguages,
        chosen: d.preferredLanguage }).map((code) => h('option', { value: code, lang: code },
        languageName(code, getLanguage()))));
    select.value = d.preferredLanguage ?? '';
    return h('div', { class: 'field' },
      h('label', { for: 'intake-language' }, t('newcomer.intake.language')),
      select,
      h('p', { class: 'hint', id: 'intake-language-hint' }, t('newcomer.intake.language.hint')));
  }

  function meetingField(d) {
    const options = [...MEETING_CHOICES, ''];
    return h('div', { class: 'field', role: 'radiogroup', 'aria-labelledby': 'intake-meeting-label' },
      h('span', { class: 'field-label', id: 'intake-meeting-label' }, t('newcomer.intake.meeting')),
      h('div', { class: 'pill-group' }, options.map((value) => {
        const id = `intake-meeting-${value || 'none'}`;
        return h('label', { class: 'pill', for: id },
          h('input', { id, type: 'radio', name: 'intake-meeting', value, checked: (d.meetingMode ?? '') === value,
            onchange: () => { d.meetingMode = value; changed(); } }),
          h('span', {}, t(`newcomer.intake.meeting.${value || 'none'}`)));
      })));
  }

  function departmentField(d) {
    const input = h('input', { id: 'intake-department', type: 'text', autocomplete: 'off', value: d.department ?? '',
      list: 'intake-department-list', 'aria-describedby': 'intake-department-hint',
      oninput: (event) => { d.department = event.target.value; changed(); } });
    return h('div', { class: 'field' },
      h('label', { for: 'intake-department' }, t('newcomer.intake.department')),
      input,
      h('datalist', { id: 'intake-department-list' }, state.departments.map((name) => h('option', { value: name }))),
      h('p', { class: 'hint', id: 'intake-department-hint' }, t('newcomer.intake.department.hint')));
  }

  function informalField(d) {
    const whoBox = h('div', { class: 'informal-who', hidden: !d.hasInformal }, pickers.informal.element);
    const choice = (value, label) => {
      const id = `intake-informal-${value ? 'yes' : 'no'}`;
      return h('label', { class: 'pill', for: id },
        h('input', { id, type: 'radio', name: 'intake-informal', checked: d.hasInformal === value,
          onchange: () => {
            d.hasInformal = value;
            whoBox.hidden = !value;
            changed();
            // After the click has settled, or the radio takes the focus back.
            if (value && !d.informal) requestAnimationFrame(() => pickers.informal.focus());
          } }),
        h('span', {}, label));
    };
    return h('div', { class: 'informal-field' },
      h('div', { class: 'pill-group', role: 'radiogroup', 'aria-labelledby': 'intake-section-informal-question' },
        h('span', { class: 'visually-hidden', id: 'intake-section-informal-question' }, t('newcomer.intake.informal.title')),
        choice(false, t('newcomer.intake.informal.no')),
        choice(true, t('newcomer.intake.informal.yes'))),
      whoBox);
  }

  function savedNote() {
    if (!state.justSaved || state.dirty) return h('div', { id: 'intake-saved', role: 'status' });
    return h('div', { id: 'intake-saved', class: 'intake-saved', role: 'status' },
      icon('check', 'icon'),
      h('div', {},
        h('p', {}, h('strong', {}, t('newcomer.intake.saved.title'))),
        h('p', { class: 'muted small' }, t('newcomer.intake.saved.text'))),
      h('button', { id: 'intake-to-suggestions', type: 'button', class: 'button button-primary',
        onclick: () => ctx.go('suggestions') }, h('span', {}, t('newcomer.intake.saved.button')), icon('arrow')));
  }

  function changed() {
    state.dirty = true;
    state.justSaved = false;
    drawFooter();
  }

  function drawFooter() {
    const saved = element.querySelector('#intake-saved');
    if (saved) saved.replaceWith(savedNote());
    const row = element.querySelector('.intake-footer .button-row');
    if (row && !row.querySelector('.muted') && state.dirty) {
      row.append(h('span', { class: 'muted small' }, t('newcomer.intake.unsaved')));
    }
  }

  function showFailure(failure) {
    state.failure = failure;
    const area = element.querySelector('#intake-error');
    for (const marked of element.querySelectorAll('[aria-invalid]')) marked.removeAttribute('aria-invalid');
    if (!area) return;
    area.textContent = failureText(failure);
    area.hidden = !failure;
    const target = {
      'intake.unknown_topic': () => topics.input,
      'person.self_manager': () => pickers.manager.focusTarget(),
      'person.management_cycle': () => pickers.manager.focusTarget(),
      'choice.self': () => pickers.informal.focusTarget(),
      'intake.unknown_person': () => (state.draft.hasInformal ? pickers.informal : pickers.manager).focusTarget(),
      informal_missing: () => pickers.informal.focusTarget(),
    }[failure?.code]?.();
    if (target) {
      target.setAttribute('aria-invalid', 'true');
      target.focus();
    }
  }

  async function save(event) {
    event.preventDefault();
    if (state.saving) return;
    const d = state.draft;
    if (d.hasInformal && !d.informal) {
      showFailure({ code: 'informal_missing', key: 'newcomer.intake.informal.missing' });
      return;
    }
    state.saving = true;
    showFailure(null);
    const button = element.querySelector('#intake-save');
    if (button) button.disabled = true;
    try {
      const view = await api.saveIntake(ctx.personId, intakeFrom(d));
      state.view = view;
      state.draft = draftFrom(view);
      state.dirty = false;
      state.justSaved = true;
      state.failure = null;
      state.saving = false;
      render();
      element.querySelector('#intake-to-suggestions')?.focus();
      ctx.refreshProgress();
    } catch (failure) {
      state.saving = false;
      if (button) button.disabled = false;
      showFailure(failure);
    }
  }

  return { element, render, enter };
}

/** A refusal from the core by its code, or a check of the form's own by its text key. */
function failureText(failure) {
  if (!failure) return '';
  return failure.key ? t(failure.key) : errorText(failure.code);
}

/**
 * Someone from the organisation: the chosen person with Change and Remove, or a search box with
 * up to six matching people as buttons. Events up: onChange({ id, name } | null).
 */
function personPicker({ id, label, hint, keepHint = false, person, excludeId, onChange }) {
  let chosen = person;
  let query = '';
  let found = [];
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const body = h('div', { class: 'person-picker-body' });
  const hintLine = hint ? h('p', { class: 'hint', id: hintId }, hint) : null;
  const element = h('div', { class: 'field person-picker', role: 'group', 'aria-labelledby': labelId },
    h('span', { class: 'field-label', id: labelId }, label),
    body,
    hintLine);
  const fetchPeople = latestOnly((text) => api.listPeople({ query: text }));
  const searchLater = debounce(() => search(), SEARCH_DELAY_MS);
  let input = null;

  async function search() {
    if (!query.trim()) {
      found = [];
      drawResults();
      return;
    }
    try {
      const { result, stale } = await fetchPeople(query.trim());
      if (stale) return;
      found = result.filter((p) => p.id !== excludeId && !p.leftOn).slice(0, PEOPLE_SHOWN);
    } catch {
      found = [];
    }
    drawResults();
  }

  const results = h('ul', { class: 'picker-results', id: `${id}-results`, 'aria-label': t('newcomer.picker.results', { label }) });

  function drawResults() {
    replace(results, query.trim() && found.length === 0
      ? h('li', { class: 'muted small picker-empty' }, t('newcomer.picker.none'))
      : found.map((p, index) => h('li', {},
        h('button', { id: `${id}-option-${Number(p.id)}`, type: 'button', class: 'picker-option',
          onkeydown: (event) => moveWithin(event, index),
          onclick: () => pick({ id: p.id, name: p.name }) },
        avatar(p.name),
        h('span', { class: 'picker-option-text' },
          h('span', { class: 'person-pick-name' }, p.name),
          h('span', { class: 'muted small' }, [p.jobTitle, p.department].filter(Boolean).join(' · ')))))));
    // Near the bottom of the form the results would open under the sticky Save bar.
    if (found.length && results.isConnected) results.scrollIntoView({ block: 'nearest' });
  }

  function moveWithin(event, index) {
    const buttons = [...results.querySelectorAll('button')];
    if (event.key === 'ArrowDown') buttons[index + 1]?.focus();
    else if (event.key === 'ArrowUp') (buttons[index - 1] ?? input)?.focus();
    else return;
    event.preventDefault();
  }

  function pick(next) {
    chosen = next;
    query = '';
    found = [];
    draw();
    onChange(chosen);
    body.querySelector(`#${id}-change`)?.focus();
  }

  function draw() {
    // The hint is about searching; for a chosen person it says nothing, except HR's "correct it" note.
    if (hintLine) hintLine.hidden = Boolean(chosen) && !keepHint;
    if (chosen) {
      input = null;
      replace(body, h('div', { class: 'picked-person' },
        avatar(chosen.name || '?'),
        h('span', { class: 'person-pick-name', id: `${id}-value` }, chosen.name || t('newcomer.picker.unknown')),
        h('span', { class: 'spacer' }),
        h('button', { id: `${id}-change`, type: 'button', class: 'button button-small',
          'aria-label': t('newcomer.picker.changeLabel', { label }),
          onclick: () => { chosen = null; draw(); input?.focus(); } }, t('newcomer.picker.change')),
        h('button', { id: `${id}-clear`, type: 'button', class: 'icon-button',
          'aria-label': t('newcomer.picker.clearLabel', { label }), title: t('newcomer.picker.clear'),
          onclick: () => { chosen = null; draw(); onChange(null); input?.focus(); } }, icon('close'))));
      return;
    }
    input = h('input', { id, type: 'search', autocomplete: 'off', spellcheck: 'false', value: query,
      placeholder: t('newcomer.picker.placeholder'), 'aria-labelledby': labelId,
      'aria-describedby': hint ? hintId : null, 'aria-controls': `${id}-results`,
      oninput: (event) => { query = event.target.value; searchLater(); },
      onkeydown: (event) => {
        if (event.key === 'ArrowDown') {
          results.querySelector('button')?.focus();
          event.preventDefault();
        } else if (event.key === 'Enter') {
          event.preventDefault();
          if (found.length === 1) pick({ id: found[0].id, name: found[0].name });
          else results.querySelector('button')?.focus();
        }
      } });
    replace(body, h('div', { class: 'search' }, icon('search', 'icon search-icon'), input), results);
    drawResults();
  }

  draw();
  return {
    element,
    focus: () => input?.focus(),
    focusTarget: () => input ?? body.querySelector(`#${id}-change`),
  };
}

/**
 * Topics from the vocabulary only: chosen ones as removable chips, a box to find more, and the
 * matching (or most used) tags as buttons to add. Anything not in the vocabulary cannot be added.
 */
function topicPicker({ id, vocabulary, values, onChange }) {
  let items = [...values];
  const names = vocabulary.map((tag) => tag.name);
  const chips = h('ul', { class: 'chips chip-list', id: `${id}-chips`, 'aria-label': t('newcomer.intake.topics.chosen') });
  const suggestionRow = h('div', { class: 'chip-suggestions', id: `${id}-suggestions` });
  const message = h('p', { class: 'hint topic-message', id: `${id}-message`, 'aria-live': 'polite' });
  const input = h('input', { id, type: 'text', autocomplete: 'off', spellcheck: 'false',
    placeholder: t('newcomer.intake.topics.placeholder'), 'aria-describedby': `${id}-hint ${id}-message`,
    oninput: () => { message.textContent = ''; input.removeAttribute('aria-invalid'); drawSuggestions(); },
    onkeydown: (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      if (!input.value.trim()) return;
      const match = vocabularyMatch(input.value, names.filter((name) => !has(name)));
      if (match) {
        add(match);
      } else {
        message.textContent = t('newcomer.intake.topics.notInList', { text: input.value.trim() });
        input.setAttribute('aria-invalid', 'true');
        drawSuggestions();
      }
    } });
  const element = h('div', { class: 'field field-wide topic-picker' },
    h('label', { for: id, class: 'visually-hidden' }, t('newcomer.intake.topics.find')),
    h('div', { class: 'chip-input' }, chips,
      h('div', { class: 'chip-entry' }, icon('search', 'icon search-icon-inline'), input)),
    message,
    suggestionRow,
    h('p', { class: 'hint', id: `${id}-hint` }, t('newcomer.intake.topics.hint', { count: names.length })));

  function has(name) {
    return items.some((item) => fold(item) === fold(name));
  }

  function add(name) {
    if (!has(name)) items = [...items, name];
    input.value = '';
    message.textContent = '';
    drawChips();
    drawSuggestions();
    onChange(items);
    input.focus();
  }

  function remove(index) {
    items = items.filter((_, i) => i !== index);
    drawChips();
    drawSuggestions();
    onChange(items);
    input.focus();
  }

  function drawChips() {
    replace(chips, items.map((item, index) => h('li', { class: 'chip chip-removable' },
      h('span', {}, item),
      h('button', { type: 'button', class: 'chip-remove', 'aria-label': t('chips.remove', { name: item }),
        title: t('chips.remove', { name: item }), onclick: () => remove(index) }, icon('close', 'icon icon-xs')))));
    chips.hidden = items.length === 0;
  }

  function drawSuggestions() {
    const open = vocabulary.filter((tag) => !has(tag.name));
    const matching = open.filter((tag) => fold(tag.name).includes(fold(input.value)));
    // Nothing matches what is typed: the most chosen topics instead, so there is always a list to pick from.
    const typed = fold(input.value) !== '' && matching.length > 0;
    const shown = (typed ? matching : [...open].sort((a, b) => b.mentors - a.mentors || a.name.localeCompare(b.name)))
      .slice(0, MAX_TOPIC_SUGGESTIONS);
    replace(suggestionRow, shown.length === 0
      ? null
      : [
        fold(input.value) && !typed && !message.textContent
          ? h('span', { class: 'chip-suggestions-label topic-no-match' }, t('newcomer.intake.topics.noMatch'))
          : null,
        h('span', { class: 'chip-suggestions-label' },
          typed ? t('newcomer.intake.topics.matching') : t('newcomer.intake.topics.popular')),
        shown.map((tag) => h('button', { type: 'button', class: 'chip chip-suggestion', 'data-topic': tag.name,
          'aria-label': t('newcomer.intake.topics.addLabel', { name: tag.name }),
          onclick: () => add(tag.name) }, icon('plus', 'icon icon-xs'), tag.name)),
      ]);
  }

  drawChips();
  drawSuggestions();
  return { element, input };
}

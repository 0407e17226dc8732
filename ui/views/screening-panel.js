// Critical screening of a mentor candidate (Van der Sluis & Schreiner 2001), HR only: the five
// points of the article, notes, and a decision with a reason. Its own form inside the mentor
// editor, saved apart from the profile; nothing here ever reaches newcomers.

import * as api from '../api.js';
import { h, replace } from '../lib/dom.js';
import { errorText, getLanguage, t } from '../lib/i18n.js';
import { checkFrom, checkValue, SCREENING_CHECKS, SCREENING_DECISIONS } from '../lib/profile.js';
import { icon } from './icons.js';

const CONTROL_IDS = {
  careerGoalsMet: 'screening-career-goals-met',
  knowsOrganisation: 'screening-knows-organisation',
  motivated: 'screening-motivated',
  hasTime: 'screening-has-time',
  managerAgrees: 'screening-manager-agrees',
};

/** "2025-05-12" → "12 mei 2025" / "12 May 2025", read as a calendar date (no time-zone shift). */
export function formatDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso ?? ''));
  if (!match) return String(iso ?? '');
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(getLanguage(), { dateStyle: 'long' }).format(date);
}

/**
 * `publishState()` → { status, allowedStatuses, publishable, missing } of the profile as it is now;
 * events up: onSaved(screening), onPublish() to approve the mentor, onJump(key) to a profile section.
 */
export function screeningPanel({ mentorId, screening, publishState, onSaved, onPublish, onJump }) {
  let saved = screening;
  const selects = Object.fromEntries(SCREENING_CHECKS.map((key) => {
    const select = h('select', { id: CONTROL_IDS[key], class: 'check-select', 'aria-describedby': `${CONTROL_IDS[key]}-hint`,
      onchange: () => { mark(select); summarise(); } },
    h('option', { value: '' }, t('screening.answer.unknown')),
    h('option', { value: 'yes' }, t('screening.answer.yes')),
    h('option', { value: 'no' }, t('screening.answer.no')));
    select.value = checkValue(screening.checks?.[key]);
    return [key, select];
  }));
  const notes = h('textarea', { id: 'screening-notes', rows: 4, value: screening.notes ?? '',
    placeholder: t('screening.notes.placeholder') });
  const decision = h('select', { id: 'screening-decision', onchange: () => summarise() },
    h('option', { value: '' }, t('screening.decision.none')),
    SCREENING_DECISIONS.map((value) => h('option', { value }, t(`screening.decision.${value}`))));
  decision.value = screening.decision ?? '';
  const reason = h('textarea', { id: 'screening-reason', rows: 2, value: screening.decisionReason ?? '',
    'aria-describedby': 'screening-reason-hint', placeholder: t('screening.reason.placeholder') });
  const score = h('span', { id: 'screening-score', class: 'screening-score' });
  const warning = h('p', { id: 'screening-warning', class: 'screening-warning', hidden: true });
  const decidedOn = h('p', { id: 'screening-decided-on', class: 'decided-on' });
  const error = h('p', { id: 'screening-error', class: 'inline-error', role: 'alert', hidden: true });
  const done = h('p', { id: 'screening-status', class: 'inline-done', role: 'status', hidden: true });
  const offer = h('div', { id: 'screening-publish-offer', class: 'publish-offer', hidden: true, 'aria-live': 'polite' });
  const save = h('button', { id: 'screening-save', type: 'submit', class: 'button button-primary' },
    icon('shield'), h('span', {}, t('screening.save')));

  const form = h('form', { id: 'screening-form', class: 'screening', novalidate: true, onsubmit: submit },
    h('div', { class: 'hr-only' }, icon('lock'),
      h('div', {}, h('strong', {}, t('screening.hrOnly')), h('span', {}, t('screening.hrOnly.text')))),
    h('p', { class: 'screening-intro' }, t('screening.intro')),
    h('div', { class: 'check-head' }, h('h4', {}, t('screening.checks')), score),
    h('ul', { class: 'check-list' }, SCREENING_CHECKS.map((key) => h('li', { class: 'check-row' },
      h('div', { class: 'check-text' },
        h('label', { for: CONTROL_IDS[key] }, t(`screening.check.${key}`)),
        h('p', { class: 'hint', id: `${CONTROL_IDS[key]}-hint` }, t(`screening.check.${key}.hint`))),
      selects[key]))),
    h('div', { class: 'field field-wide' },
      h('label', { for: 'screening-notes' }, t('screening.notes')), notes),
    h('div', { class: 'decision-grid' },
      h('div', { class: 'field' }, h('label', { for: 'screening-decision' }, t('screening.decision')), decision),
      h('div', { class: 'field' }, h('label', { for: 'screening-reason' }, t('screening.reason')), reason,
        h('p', { class: 'hint', id: 'screening-reason-hint' }, t('screening.reason.hint')))),
    warning,
    error,
    h('div', { class: 'screening-footer' }, decidedOn, h('span', { class: 'spacer' }), done, save),
    offer);

  function mark(select) {
    select.dataset.answer = select.value || 'unknown';
  }

  function answers() {
    return Object.fromEntries(SCREENING_CHECKS.map((key) => [key, checkFrom(selects[key].value)]));
  }

  function summarise() {
    const values = Object.values(answers());
    const yes = values.filter((v) => v === true).length;
    score.textContent = t('screening.score', { yes, total: values.length });
    score.dataset.complete = String(yes === values.length);
    const approving = decision.value === 'approve';
    warning.hidden = !(approving && yes < values.length);
    replace(warning, warning.hidden ? null : [icon('alert', 'icon icon-sm'), t('screening.warning.needsAllChecks')]);
  }

  function showSaved() {
    decidedOn.textContent = saved.decidedOn && saved.decision
      ? t(`screening.decidedOn.${saved.decision}`, { date: formatDate(saved.decidedOn) })
      : t('screening.undecided');
    renderOffer();
  }

  /** The offer as last drawn, so an edit that changes nothing in it leaves its buttons alone. */
  let drawnOffer = '';

  /** After an approving screening: publish now if the profile allows it, else say what is missing. */
  function renderOffer() {
    const state = publishState();
    // Only a candidate waits on this; a paused mentor comes back through the status field.
    const relevant = saved.decision === 'approve' && state.status === 'candidate' && state.allowedStatuses.includes('approved');
    // A field that loses focus on mousedown fires "change"; rebuilding the button under the
    // pointer then would swallow the click that follows. Redraw only when the offer differs.
    const drawing = JSON.stringify([relevant, state.publishable, state.missing, getLanguage()]);
    if (drawing === drawnOffer) return;
    drawnOffer = drawing;
    offer.hidden = !relevant;
    if (!relevant) {
      replace(offer);
      return;
    }
    if (state.publishable) {
      replace(offer, icon('check', 'icon'), h('div', { class: 'publish-text' },
        h('strong', {}, t('screening.publish.ready')), h('span', {}, t('screening.publish.readyText'))),
      h('button', { id: 'screening-publish', type: 'button', class: 'button button-primary', onclick: () => onPublish?.() },
        t('screening.publish.button')));
    } else {
      replace(offer, icon('info', 'icon'), h('div', { class: 'publish-text' },
        h('strong', {}, t('screening.publish.notYet')),
        h('span', {}, t('screening.publish.missing', {
          items: state.missing.map((key) => t(`completeness.item.${key}`).toLocaleLowerCase(getLanguage())).join(', '),
        }))),
      h('button', { id: 'screening-complete-profile', type: 'button', class: 'button', onclick: () => onJump?.(state.missing[0]) },
        t('screening.publish.toProfile')));
    }
  }

  async function submit(event) {
    event.preventDefault();
    error.hidden = true;
    done.hidden = true;
    for (const control of [reason, decision]) control.removeAttribute('aria-invalid');
    save.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      saved = await api.saveScreening(mentorId, {
        checks: answers(),
        notes: notes.value,
        decision: decision.value || null,
        decisionReason: reason.value,
      });
      showSaved();
      replace(done, icon('check', 'icon icon-sm'), h('span', {}, t('screening.saved')));
      done.hidden = false;
      onSaved?.(saved);
    } catch (failure) {
      error.textContent = errorText(failure.code);
      error.hidden = false;
      const control = { 'screening.decision_needs_reason': reason, 'screening.approval_needs_all_checks': decision }[failure.code];
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        control.focus();
      }
    } finally {
      save.disabled = false;
      form.removeAttribute('aria-busy');
    }
  }

  for (const select of Object.values(selects)) mark(select);
  summarise();
  showSaved();
  return { element: form, refreshOffer: renderOffer, isApproved: () => saved.decision === 'approve' };
}

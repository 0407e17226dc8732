// Recording one invitee's answer to the poll. Only HR sees these answers; someone who is
// interested becomes a mentor candidate, to be screened before approval.

import * as api from '../api.js';
import { h } from '../lib/dom.js';
import { optionalInteger } from '../lib/fields.js';
import { t } from '../lib/i18n.js';
import { errorArea, openDialog, showFailure } from './dialog.js';
import { icon } from './icons.js';
import { field } from './widgets.js';

export const ANSWERS = ['interested', 'not_interested', 'no_answer'];
export const MAX_HOURS = 40;

/** Events up: onSaved(invitee, { becameInterested }). */
export function openAnswerForm({ round, invitee, onSaved }) {
  const answer = h('select', { id: 'answer-value' },
    ANSWERS.map((value) => h('option', { value }, t(`poll.answer.${value}`))));
  answer.value = ANSWERS.includes(invitee.answer) ? invitee.answer : 'no_answer';
  const hours = h('input', { id: 'answer-hours', type: 'number', inputmode: 'numeric', min: 0, max: MAX_HOURS, step: 1,
    value: invitee.hoursPerMonth ?? '' });
  const motivation = h('textarea', { id: 'answer-motivation', rows: 4, value: invitee.motivation ?? '',
    placeholder: t('poll.answerForm.motivationPlaceholder') });
  const topics = h('textarea', { id: 'answer-topics', rows: 2, value: topicsText(invitee.topics),
    placeholder: t('poll.answerForm.topicsPlaceholder') });
  const candidateNote = h('p', { class: 'pi-callout pi-callout-accent', id: 'answer-candidate-note' },
    icon('mentor'), h('span', {}, t('poll.answerForm.candidateNote')));
  const error = errorArea('answer-error');
  const save = h('button', { id: 'answer-save', type: 'submit', class: 'button button-primary' }, t('poll.answerForm.save'));
  const cancel = h('button', { id: 'answer-cancel', type: 'button', class: 'button', onclick: () => dialog.close() },
    t('poll.answerForm.cancel'));
  const fieldsByCode = { 'poll.hours_out_of_range': hours };

  const form = h('form', { id: 'answer-form', class: 'dialog-form', novalidate: true, onsubmit: submit },
    h('div', { class: 'dialog-body' },
      h('p', { class: 'pi-hr-only' }, icon('lock'), h('span', {}, t('poll.hrOnly'))),
      h('div', { class: 'field-grid' },
        field({ label: t('poll.answerForm.answer'), control: answer }),
        field({ label: t('poll.answerForm.hours'), control: hours, hint: t('poll.answerForm.hoursHint', { max: MAX_HOURS }) }),
        field({ label: t('poll.answerForm.motivation'), control: motivation, wide: true }),
        field({ label: t('poll.answerForm.topics'), control: topics, wide: true, hint: t('poll.answerForm.topicsHint') })),
      candidateNote),
    error,
    h('footer', { class: 'dialog-footer' }, h('span', { class: 'spacer' }), cancel, save));

  const dialog = openDialog({
    id: 'answer-dialog',
    title: t('poll.answerForm.title'),
    subtitle: [invitee.name, invitee.jobTitle, invitee.department].filter(Boolean).join(' · '),
    body: form,
    className: 'dialog-narrow',
  });
  const syncNote = () => { candidateNote.hidden = answer.value !== 'interested'; };
  answer.addEventListener('change', syncNote);
  syncNote();
  answer.focus();

  async function submit(event) {
    event.preventDefault();
    showFailure(error, null, fieldsByCode);
    // A number input reports '' for text it cannot read; that is a mistake, not "no hours".
    const hoursValue = hours.validity?.badInput ? NaN : optionalInteger(hours.value);
    if (hoursValue !== null && (!Number.isInteger(hoursValue) || hoursValue < 0 || hoursValue > MAX_HOURS)) {
      showFailure(error, { code: 'poll.hours_out_of_range' }, fieldsByCode);
      return;
    }
    save.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      const saved = await api.recordPollAnswer(round.id, invitee.personId, {
        answer: answer.value,
        hoursPerMonth: hoursValue,
        motivation: motivation.value,
        topics: topics.value,
      });
      dialog.close();
      onSaved?.(saved ?? { ...invitee, answer: answer.value },
        { becameInterested: answer.value === 'interested' && invitee.answer !== 'interested' });
    } catch (failure) {
      showFailure(error, failure, fieldsByCode);
    } finally {
      save.disabled = false;
      form.removeAttribute('aria-busy');
    }
  }
}

/** The core stores topics as one text; should it ever send a list, show it comma separated. */
export function topicsText(topics) {
  return Array.isArray(topics) ? topics.join(', ') : String(topics ?? '');
}

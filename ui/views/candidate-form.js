// Take a colleague into the mentor pool as a candidate (step 1 of selecting mentors: HR polls who
// is interested; screening and approval follow in the mentor form).

import * as api from '../api.js';
import { h } from '../lib/dom.js';
import { byName } from '../lib/fields.js';
import { errorText, t } from '../lib/i18n.js';
import { errorArea, openDialog, showError } from './dialog.js';
import { showToast } from './toast.js';
import { field } from './widgets.js';

/** Events up: onMade(profile). */
export async function openCandidateForm({ onMade }) {
  let people;
  try {
    people = await api.listPeople({ query: '' });
  } catch (failure) {
    showToast(errorText(failure.code), { tone: 'error' });
    return;
  }
  const eligible = people.filter((person) => !person.mentorStatus).sort(byName);
  const select = h('select', { id: 'candidate-person', disabled: eligible.length === 0 },
    h('option', { value: '' }, t('candidate.choose')),
    eligible.map((person) => h('option', { value: String(person.id) },
      [person.name, person.jobTitle, person.department].filter(Boolean).join(' · '))));
  const error = errorArea('candidate-form-error');
  const save = h('button', { id: 'candidate-save', type: 'submit', class: 'button button-primary',
    disabled: eligible.length === 0 }, t('candidate.save'));
  const cancel = h('button', { id: 'candidate-cancel', type: 'button', class: 'button', onclick: () => dialog.close() },
    t('candidate.cancel'));

  const form = h('form', { id: 'candidate-form', class: 'dialog-form', novalidate: true, onsubmit: submit },
    h('div', { class: 'dialog-body' },
      h('p', { class: 'dialog-intro' }, t('candidate.intro')),
      eligible.length === 0
        ? h('p', { class: 'form-note' }, t(people.length === 0 ? 'candidate.noPeople' : 'candidate.nobodyLeft'))
        : h('div', { class: 'field-grid' }, field({ label: t('candidate.person'), control: select, required: true, wide: true }))),
    error,
    h('footer', { class: 'dialog-footer' }, h('span', { class: 'spacer' }), cancel, save));

  const dialog = openDialog({ id: 'candidate-dialog', title: t('candidate.title'), body: form, className: 'dialog-narrow' });
  (eligible.length ? select : cancel).focus();

  async function submit(event) {
    event.preventDefault();
    showError(error, '');
    if (select.value === '') {
      showError(error, t('candidate.pickFirst'));
      select.focus();
      return;
    }
    save.disabled = true;
    try {
      const profile = await api.makeMentorCandidate(Number(select.value));
      dialog.close();
      onMade?.(profile);
    } catch (failure) {
      showError(error, errorText(failure.code));
    } finally {
      save.disabled = false;
    }
  }
}

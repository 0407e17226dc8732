// Edit a mentor profile: the short profile newcomers read, expertise, capacity and the status in
// the lifecycle. The status select offers only the moves the core says are allowed.

import * as api from '../api.js';
import { h } from '../lib/dom.js';
import { joinList, optionalInteger, splitTags } from '../lib/fields.js';
import { t } from '../lib/i18n.js';
import { errorArea, openDialog, showFailure } from './dialog.js';
import { field } from './widgets.js';

/** A suggestion, not a rule: longer profiles are allowed but newcomers skim. */
export const BIO_SUGGESTED_MAX = 600;

/** Events up: onSaved(profile, { complete }) once the dialog closes after anything was saved. */
export function openMentorForm({ mentor, onSaved }) {
  const bio = h('textarea', { id: 'mentor-bio', rows: 7, value: mentor.bio ?? '' });
  const counter = h('p', { id: 'mentor-bio-counter', class: 'counter' });
  const expertise = h('input', { id: 'mentor-expertise', type: 'text', autocomplete: 'off',
    value: joinList(mentor.expertise) });
  const capacity = h('input', { id: 'mentor-capacity', type: 'number', inputmode: 'numeric', min: 0, max: 10, step: 1,
    value: String(mentor.capacity ?? 0) });
  const status = h('select', { id: 'mentor-status' },
    mentor.allowedStatuses.map((value) => h('option', { value }, t(`status.${value}`))));
  status.value = mentor.status;
  const error = errorArea('mentor-form-error');
  const save = h('button', { id: 'mentor-save', type: 'submit', class: 'button button-primary' }, t('mentor.save'));
  const cancel = h('button', { id: 'mentor-cancel', type: 'button', class: 'button', onclick: () => dialog.close() },
    t('mentor.cancel'));

  const bioField = field({ label: t('mentor.bio'), control: bio, hint: t('mentor.bio.hint', { max: BIO_SUGGESTED_MAX }), wide: true });
  bioField.append(counter);
  bio.setAttribute('aria-describedby', `${bio.getAttribute('aria-describedby')} mentor-bio-counter`);
  bio.addEventListener('input', updateCounter);
  updateCounter();

  const form = h('form', { id: 'mentor-form', class: 'dialog-form', novalidate: true, onsubmit: submit },
    h('div', { class: 'dialog-body' },
      h('div', { class: 'field-grid' },
        bioField,
        field({ label: t('mentor.expertise'), control: expertise, hint: t('mentor.expertise.hint'), wide: true }),
        field({ label: t('mentor.capacity'), control: capacity, hint: t('mentor.capacity.hint') }),
        field({ label: t('mentor.status'), control: status, hint: t('mentor.status.hint') }))),
    error,
    h('footer', { class: 'dialog-footer' }, h('span', { class: 'spacer' }), cancel, save));

  // Remembered so that closing after a half-finished save (profile saved, status refused) still
  // refreshes the list.
  let saved = null;
  let complete = false;
  const dialog = openDialog({
    id: 'mentor-dialog',
    title: t('mentor.formTitle'),
    subtitle: [mentor.name, mentor.jobTitle, mentor.department].filter(Boolean).join(' · '),
    body: form,
    className: 'dialog-narrow',
    onClose: () => { if (saved) onSaved?.(saved, { complete }); },
  });
  bio.focus();

  function updateCounter() {
    const count = [...bio.value].length;
    const over = count - BIO_SUGGESTED_MAX;
    counter.textContent = over > 0
      ? t('mentor.bio.tooLong', { count, max: BIO_SUGGESTED_MAX, over })
      : t('mentor.bio.counter', { count, max: BIO_SUGGESTED_MAX });
    counter.classList.toggle('counter-over', over > 0);
  }

  const fieldsByCode = {
    'mentor.capacity_out_of_range': capacity,
    'mentor.empty_expertise': expertise,
    'mentor.invalid_status_transition': status,
  };

  async function submit(event) {
    event.preventDefault();
    showFailure(error, null, fieldsByCode);
    const places = capacity.validity?.badInput ? NaN : optionalInteger(capacity.value);
    if (places === null || Number.isNaN(places)) {
      showFailure(error, { code: 'mentor.capacity_out_of_range' }, fieldsByCode);
      return;
    }
    save.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      saved = await api.updateMentor(mentor.id, { bio: bio.value, expertise: splitTags(expertise.value), capacity: places });
      if (status.value !== saved.status) saved = await api.setMentorStatus(mentor.id, status.value);
      complete = true;
      dialog.close();
    } catch (failure) {
      showFailure(error, failure, fieldsByCode);
    } finally {
      save.disabled = false;
      form.removeAttribute('aria-busy');
    }
  }
}

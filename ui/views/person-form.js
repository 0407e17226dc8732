// Add or edit one person. Errors from the core stay inside the dialog, next to what was typed,
// so HR can correct and save again.

import * as api from '../api.js';
import { h } from '../lib/dom.js';
import { byName, joinList, optionalInteger, optionalText, splitCodes } from '../lib/fields.js';
import { errorText, t } from '../lib/i18n.js';
import { errorArea, openDialog, showFailure } from './dialog.js';
import { showToast } from './toast.js';
import { field, statusBadge } from './widgets.js';

/**
 * Opens the person form. `personId` null means a new person.
 * Events up: onSaved(person, { added }) and onMadeCandidate(profile).
 */
export async function openPersonForm({ personId = null, onSaved, onMadeCandidate }) {
  let person = null;
  let people = [];
  let departments = [];
  try {
    [person, people, departments] = await Promise.all([
      personId === null ? null : api.getPerson(personId),
      api.listPeople({ query: '' }),
      api.listDepartments(),
    ]);
  } catch (error) {
    showToast(errorText(error.code), { tone: 'error' });
    return;
  }
  buildDialog({ person, people, departments, onSaved, onMadeCandidate });
}

function buildDialog({ person, people, departments, onSaved, onMadeCandidate }) {
  const input = (id, attrs = {}) => h('input', { id, type: 'text', autocomplete: 'off', ...attrs });
  const controls = {
    name: input('person-name', { value: person?.name ?? '', autocomplete: 'name' }),
    email: input('person-email', { type: 'email', value: person?.email ?? '', spellcheck: 'false' }),
    employeeNumber: input('person-employee-number', { value: person?.employeeNumber ?? '', spellcheck: 'false' }),
    department: input('person-department', { value: person?.department ?? '', list: 'person-department-list' }),
    jobTitle: input('person-job-title', { value: person?.jobTitle ?? '' }),
    manager: managerSelect(people, person),
    startDate: input('person-start-date', { type: 'date', value: person?.startDate ?? '' }),
    careerStartYear: input('person-career-start-year', {
      type: 'number', inputmode: 'numeric', min: 1950, max: new Date().getFullYear(), step: 1,
      value: person?.careerStartYear ?? '' }),
    languages: input('person-languages', { value: joinList(person?.languages), spellcheck: 'false',
      placeholder: 'nl, en' }),
  };
  const error = errorArea('person-form-error');
  const save = h('button', { id: 'person-save', type: 'submit', class: 'button button-primary' }, t('person.save'));
  const cancel = h('button', { id: 'person-cancel', type: 'button', class: 'button',
    onclick: () => dialog.close() }, t('person.cancel'));
  const canBecomeMentor = person !== null && !person.mentorStatus;
  const makeMentor = canBecomeMentor
    ? h('button', { id: 'person-make-mentor', type: 'button', class: 'button button-quiet',
      onclick: () => becomeCandidate() }, t('person.makeMentor'))
    : null;

  const form = h('form', { id: 'person-form', class: 'dialog-form', novalidate: true, onsubmit: submit },
    h('div', { class: 'dialog-body' },
      person?.mentorStatus
        ? h('p', { class: 'form-note' }, t('person.mentorStatus'), ' ', statusBadge(person.mentorStatus))
        : null,
      section(t('person.section.personal'),
        field({ label: t('person.name'), control: controls.name, required: true, wide: true }),
        field({ label: t('person.email'), control: controls.email, required: true }),
        field({ label: t('person.employeeNumber'), control: controls.employeeNumber, required: true })),
      section(t('person.section.work'),
        field({ label: t('person.department'), control: controls.department, hint: t('person.department.hint') }),
        field({ label: t('person.jobTitle'), control: controls.jobTitle }),
        field({ label: t('person.manager'), control: controls.manager, hint: t('person.manager.hint') }),
        field({ label: t('person.startDate'), control: controls.startDate })),
      section(t('person.section.career'),
        field({ label: t('person.careerStartYear'), control: controls.careerStartYear }),
        field({ label: t('person.languages'), control: controls.languages, hint: t('person.languages.hint') })),
      h('datalist', { id: 'person-department-list' }, departments.map((name) => h('option', { value: name })))),
    error,
    h('footer', { class: 'dialog-footer' },
      makeMentor, h('span', { class: 'spacer' }), cancel, save));

  const dialog = openDialog({
    id: 'person-dialog',
    title: person ? t('person.editTitle') : t('person.addTitle'),
    subtitle: person ? person.name : null,
    body: form,
  });
  controls.name.focus();

  // Which field each error code is about, so the form can point at it.
  const fieldsByCode = {
    'person.empty_name': controls.name,
    'person.invalid_email': controls.email,
    'person.empty_employee_number': controls.employeeNumber,
    'person.duplicate_employee_number': controls.employeeNumber,
    'person.self_manager': controls.manager,
    'person.management_cycle': controls.manager,
    'person.unknown_manager': controls.manager,
    'person.invalid_language': controls.languages,
    'person.implausible_career_start': controls.careerStartYear,
  };

  async function submit(event) {
    event.preventDefault();
    const payload = readInput(controls);
    if (payload.careerStartYear !== null && !Number.isInteger(payload.careerStartYear)) {
      showFailure(error, { code: 'person.implausible_career_start' }, fieldsByCode);
      return;
    }
    await run(save, async () => {
      const saved = person ? await api.updatePerson(person.id, payload) : await api.addPerson(payload);
      dialog.close();
      onSaved?.(saved, { added: person === null });
    });
  }

  async function becomeCandidate() {
    await run(makeMentor, async () => {
      const profile = await api.makeMentorCandidate(person.id);
      dialog.close();
      onMadeCandidate?.(profile);
    });
  }

  /** Runs one action with its button disabled; a failure shows in the form and keeps the input. */
  async function run(button, action) {
    showFailure(error, null, fieldsByCode);
    button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await action();
    } catch (failure) {
      showFailure(error, failure, fieldsByCode);
    } finally {
      button.disabled = false;
      form.removeAttribute('aria-busy');
    }
  }
}

function section(title, ...fields) {
  return h('fieldset', { class: 'form-section' }, h('legend', {}, title), h('div', { class: 'field-grid' }, fields));
}

function managerSelect(people, person) {
  const candidates = people.filter((other) => other.id !== person?.id).sort(byName);
  // Keep the current manager selectable even if the list somehow misses them.
  if (person?.managerId != null && !candidates.some((other) => other.id === person.managerId)) {
    candidates.unshift({ id: person.managerId, name: person.managerName ?? `#${person.managerId}`, department: '' });
  }
  const select = h('select', { id: 'person-manager' },
    h('option', { value: '' }, t('person.manager.none')),
    candidates.map((other) => h('option', { value: String(other.id) },
      other.department ? `${other.name} (${other.department})` : other.name)));
  select.value = person?.managerId == null ? '' : String(person.managerId);
  return select;
}

/** The PersonInput of the contract, from the form controls. */
function readInput(controls) {
  const year = controls.careerStartYear;
  return {
    name: controls.name.value,
    email: controls.email.value,
    employeeNumber: controls.employeeNumber.value,
    department: controls.department.value,
    jobTitle: controls.jobTitle.value,
    managerId: controls.manager.value === '' ? null : Number(controls.manager.value),
    startDate: optionalText(controls.startDate.value),
    // A number input reports '' for text it cannot parse; treat that as a mistake, not as empty.
    careerStartYear: year.validity?.badInput ? NaN : optionalInteger(year.value),
    languages: splitCodes(controls.languages.value),
  };
}

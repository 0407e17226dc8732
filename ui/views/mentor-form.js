// The mentor profile editor: the short profile and CV HR draws up for each candidate (the
// article's step 3), the photo and original CV file, meeting preference, capacity and status,
// and the HR-only screening. A wide dialog with a section index and a completeness checklist on
// the left; the profile saves as one whole MentorInput (notes/contract-3.md), the photo, CV file
// and screening save on their own.

import * as api from '../api.js';
import { h, replace } from '../lib/dom.js';
import { optionalInteger } from '../lib/fields.js';
import { errorText, getLanguage, t, tCount } from '../lib/i18n.js';
import {
  BIO_SUGGESTED_MAX, charCount, languageName, MEETING_FREQUENCIES, MEETING_MODES, MIN_BIO_CHARS,
  previewCompleteness, vocabularySpelling,
} from '../lib/profile.js';
import { chipInput } from './chip-input.js';
import { completenessPanel } from './completeness.js';
import { showFailure } from './dialog.js';
import { cvFilePanel, photoPanel } from './mentor-files.js';
import { icon } from './icons.js';
import { portrait } from './portrait.js';
import { careerEditor, cvEditor } from './profile-rows.js';
import { screeningPanel } from './screening-panel.js';
import { showToast } from './toast.js';
import { field, statusBadge } from './widgets.js';

export { BIO_SUGGESTED_MAX };

const SECTIONS = [
  { key: 'profile', iconName: 'user' },
  { key: 'photo', iconName: 'camera' },
  { key: 'meeting', iconName: 'calendar' },
  { key: 'career', iconName: 'route' },
  { key: 'cv', iconName: 'file' },
  { key: 'screening', iconName: 'lock', hrOnly: true },
];

/** Where each completeness item is filled in, for the checklist's jump links. */
const JUMP = {
  bio: 'mentor-bio',
  expertise: 'mentor-expertise',
  topics: 'mentor-topics',
  languages: 'mentor-languages',
  meeting: 'mentor-meeting-mode',
  career_path: 'career-add',
  cv: 'cv-add',
  photo: 'mentor-photo-choose',
};

let opening = false;

/**
 * Opens the editor for a mentor from the list (a MentorProfile). Loads the full profile first.
 * Events up: onSaved(profile, { complete, published }) once the editor closes after anything
 * was saved (the profile, the photo, the CV file, the screening or the status).
 */
export async function openMentorForm({ mentor, onSaved }) {
  if (opening) return;
  opening = true;
  try {
    const [detail, screening, tags, departments] = await Promise.all([
      api.getMentor(mentor.id),
      api.getScreening(mentor.id),
      api.listTags().catch(() => []),
      api.listDepartments().catch(() => []),
    ]);
    buildEditor({ detail, screening, tags, departments, onSaved });
  } catch (failure) {
    showToast(errorText(failure.code), { tone: 'error' });
  } finally {
    opening = false;
  }
}

function buildEditor({ detail: loaded, screening, tags, departments, onSaved }) {
  /** The profile as the core last returned it. */
  let current = loaded;
  let dirty = false;
  let anythingSaved = false;
  let complete = false;
  let published = false;
  let lastFailure = null;
  const vocabulary = tags.map((tag) => tag.name);

  // ---- Controls of the profile form ----
  const bio = h('textarea', { id: 'mentor-bio', rows: 7, value: current.bio ?? '', placeholder: t('mentor.bio.placeholder') });
  const counter = h('p', { id: 'mentor-bio-counter', class: 'counter', 'aria-live': 'polite' });
  const expertise = chipInput({ id: 'mentor-expertise', label: t('mentor.expertise'), hint: t('mentor.expertise.hint'),
    values: current.expertise, suggestions: tags, placeholder: t('mentor.expertise.placeholder'),
    normalise: (tag) => vocabularySpelling(tag, vocabulary), onChange: changed });
  const topics = chipInput({ id: 'mentor-topics', label: t('mentor.topics'), hint: t('mentor.topics.hint'),
    values: current.topics ?? [], placeholder: t('mentor.topics.placeholder'), onChange: changed });
  const meetingMode = select('mentor-meeting-mode', MEETING_MODES, 'mentor.meetingMode', current.meetingMode);
  const meetingFrequency = select('mentor-meeting-frequency', MEETING_FREQUENCIES, 'mentor.meetingFrequency',
    current.meetingFrequency);
  const capacity = h('input', { id: 'mentor-capacity', type: 'number', inputmode: 'numeric', min: 0, max: 10, step: 1,
    value: String(current.capacity ?? 0) });
  const activeMentees = h('p', { id: 'mentor-active-mentees', class: 'mentees-note' });
  const status = h('select', { id: 'mentor-status' });
  const career = careerEditor({ moves: current.careerPath ?? [], departments, onChange: changed });
  const cv = cvEditor({ entries: current.cv ?? [], onChange: changed });
  const photo = photoPanel({ mentor: current, onChanged: filesChanged });
  const cvFile = cvFilePanel({ mentor: current, onChanged: filesChanged });
  const error = h('p', { id: 'mentor-form-error', class: 'form-error', role: 'alert', hidden: true });

  const bioField = field({ label: t('mentor.bio'), control: bio, hint: t('mentor.bio.hint', { max: BIO_SUGGESTED_MAX }), wide: true });
  bioField.append(counter);
  bio.setAttribute('aria-describedby', `${bio.getAttribute('aria-describedby')} mentor-bio-counter`);

  const form = h('form', { id: 'mentor-form', class: 'editor-form', novalidate: true, onsubmit: submit },
    section('profile', t('mentor.section.profile.text'),
      h('div', { class: 'field-grid' }, bioField, expertise.element, topics.element, languagesField())),
    section('photo', t('mentor.section.photo.text'), photo.element),
    section('meeting', t('mentor.section.meeting.text'),
      h('div', { class: 'field-grid' },
        field({ label: t('mentor.meetingMode'), control: meetingMode }),
        field({ label: t('mentor.meetingFrequency'), control: meetingFrequency }),
        capacityField(),
        field({ label: t('mentor.status'), control: status, hint: t('mentor.status.hint') }))),
    section('career', t('mentor.section.career.text'), career.element),
    section('cv', t('mentor.section.cv.text'), cv.element,
      h('div', { class: 'subsection' }, h('h4', {}, t('cvFile.title')), cvFile.element)));
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);

  const screeningForm = screeningPanel({
    mentorId: current.id,
    screening,
    publishState: () => {
      const preview = liveCompleteness();
      return { status: current.status, allowedStatuses: current.allowedStatuses, publishable: preview.publishable,
        missing: preview.missing };
    },
    onSaved: (saved) => {
      anythingSaved = true;
      // An approval refused for want of screening is answered now; the old message would mislead.
      if (saved.decision === 'approve' && lastFailure === 'mentor.not_screened') showFailure(error, null, fieldsByCode);
    },
    onPublish: publish,
    onJump: jump,
  });
  const screeningSection = section('screening', null, screeningForm.element);

  // ---- Frame: header, index + checklist, scrolling sections, footer ----
  const main = h('div', { class: 'editor-main', tabindex: '-1' }, form, screeningSection);
  const checklist = completenessPanel({ onJump: jump });
  const index = h('nav', { class: 'editor-index', 'aria-label': t('mentor.index') },
    h('ul', {}, SECTIONS.map(({ key, iconName, hrOnly }) => h('li', {},
      h('button', { type: 'button', class: 'index-item', 'data-section': key, onclick: () => scrollToSection(key) },
        icon(iconName), h('span', {}, t(`mentor.section.${key}`)),
        hrOnly ? h('span', { class: 'hr-tag' }, t('screening.hrTag')) : null)))));
  const headerPortrait = h('div', { class: 'editor-portrait' });
  const headerMeta = h('div', { class: 'editor-meta' });
  const save = h('button', { id: 'mentor-save', type: 'submit', form: 'mentor-form', class: 'button button-primary' },
    t('mentor.save'));
  const cancel = h('button', { id: 'mentor-cancel', type: 'button', class: 'button', onclick: () => requestClose() },
    t('mentor.cancel'));
  const footerNote = h('p', { class: 'footer-note', 'aria-live': 'polite' });
  const footer = h('footer', { class: 'dialog-footer' });
  const dialog = h('dialog', { id: 'mentor-dialog', class: 'dialog dialog-editor', 'aria-labelledby': 'mentor-dialog-title' },
    h('header', { class: 'dialog-header editor-header' },
      headerPortrait,
      h('div', { class: 'editor-heading' },
        h('p', { class: 'overline' }, t('mentor.formTitle')),
        h('h2', { id: 'mentor-dialog-title' }, current.name),
        headerMeta),
      h('button', { type: 'button', class: 'icon-button', 'aria-label': t('common.close'), onclick: () => requestClose() },
        icon('close'))),
    h('div', { class: 'editor' }, h('aside', { class: 'editor-side' }, index, checklist.element), main),
    error,
    footer);

  const returnFocus = document.activeElement;
  dialog.addEventListener('cancel', (event) => {
    // Escape: ask first when there are unsaved edits.
    if (dirty) {
      event.preventDefault();
      requestClose();
    }
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (anythingSaved) onSaved?.(current, { complete, published });
    if (returnFocus?.isConnected) returnFocus.focus();
  });
  main.addEventListener('scroll', trackSection, { passive: true });

  renderHeader();
  renderStatus();
  renderFooter();
  updateCounter();
  updateChecklist();
  document.body.append(dialog);
  dialog.showModal();
  trackSection();
  bio.focus();

  // ---- Pieces ----

  function section(key, text, ...content) {
    return h('section', { id: `mentor-section-${key}`, class: `editor-section section-${key}`, 'data-section': key,
      'aria-labelledby': `mentor-section-${key}-title` },
    h('div', { class: 'section-head' },
      h('h3', { id: `mentor-section-${key}-title` }, t(`mentor.section.${key}`),
        key === 'screening' ? h('span', { class: 'hr-tag' }, t('screening.hrOnly')) : null),
      text ? h('p', { class: 'section-text' }, text) : null),
    content);
  }

  function select(id, values, prefix, value) {
    const control = h('select', { id },
      h('option', { value: '' }, t(`${prefix}.none`)),
      values.map((v) => h('option', { value: v }, t(`${prefix}.${v}`))));
    control.value = value ?? '';
    return control;
  }

  function languagesField() {
    const languages = current.languages ?? [];
    return h('div', { class: 'field field-wide' },
      h('span', { class: 'field-label', id: 'mentor-languages-label' }, t('mentor.languages')),
      h('div', { id: 'mentor-languages', class: 'readonly-box', tabindex: '-1', 'aria-labelledby': 'mentor-languages-label',
        'aria-describedby': 'mentor-languages-hint' },
      languages.length
        ? h('ul', { class: 'chips' }, languages.map((code) => h('li', { class: 'chip chip-language', lang: code },
          languageName(code, getLanguage()))))
        : h('span', { class: 'muted' }, t('mentor.languages.none'))),
      h('p', { class: 'hint', id: 'mentor-languages-hint' }, icon('info', 'icon icon-xs'), t('mentor.languages.hint')));
  }

  function capacityField() {
    const wrapper = field({ label: t('mentor.capacity'), control: capacity, hint: t('mentor.capacity.hint') });
    wrapper.insertBefore(activeMentees, capacity.nextSibling);
    capacity.addEventListener('input', renderMentees);
    renderMentees();
    return wrapper;
  }

  function renderMentees() {
    const places = optionalInteger(capacity.value);
    const taken = current.activeMentees ?? 0;
    replace(activeMentees, icon('seats', 'icon icon-sm'),
      h('span', {}, tCount('mentor.activeMentees', taken)),
      Number.isInteger(places) && places < taken
        ? h('span', { class: 'mentees-warning' }, t('mentor.capacityBelowMentees'))
        : null);
  }

  function renderHeader() {
    replace(headerPortrait, portrait({ id: current.id, name: current.name, hasPhoto: current.hasPhoto, size: 'lg', lazy: false }));
    replace(headerMeta,
      h('span', { class: 'muted' }, [current.jobTitle, current.department].filter(Boolean).join(' · ')),
      statusBadge(current.status),
      h('span', { class: 'places' }, icon('seats', 'icon icon-sm'),
        tCount('mentors.placesTaken', current.capacity, { taken: current.activeMentees ?? 0, capacity: current.capacity })));
  }

  function renderStatus() {
    const chosen = status.value || current.status;
    replace(status, (current.allowedStatuses ?? [current.status]).map((value) =>
      h('option', { value }, value === current.status ? t('mentor.status.current', { status: t(`status.${value}`) })
        : t(`mentor.status.to.${value}`))));
    status.value = (current.allowedStatuses ?? []).includes(chosen) ? chosen : current.status;
  }

  function renderFooter(confirming = false) {
    if (confirming) {
      const keep = h('button', { id: 'mentor-keep-editing', type: 'button', class: 'button', onclick: () => renderFooter() },
        t('mentor.keepEditing'));
      replace(footer, h('p', { class: 'footer-note footer-warning', role: 'status' }, icon('alert', 'icon icon-sm'),
        t('mentor.unsaved')), h('span', { class: 'spacer' }),
      h('button', { id: 'mentor-discard', type: 'button', class: 'button button-danger',
        onclick: () => { dirty = false; dialog.close(); } }, t('mentor.discard')), keep);
      keep.focus();
      return;
    }
    replace(footer, footerNote, h('span', { class: 'spacer' }), cancel, save);
  }

  function requestClose() {
    if (dirty) renderFooter(true);
    else dialog.close();
  }

  function updateCounter() {
    const count = charCount(bio.value);
    const over = count - BIO_SUGGESTED_MAX;
    counter.textContent = over > 0
      ? t('mentor.bio.tooLong', { count, max: BIO_SUGGESTED_MAX, over })
      : count < MIN_BIO_CHARS
        ? t('mentor.bio.tooShort', { count, max: BIO_SUGGESTED_MAX, min: MIN_BIO_CHARS })
        : t('mentor.bio.counter', { count, max: BIO_SUGGESTED_MAX });
    counter.classList.toggle('counter-over', over > 0);
  }

  function liveCompleteness() {
    return previewCompleteness({
      bio: bio.value,
      expertise: expertise.count(),
      topics: topics.count(),
      languages: current.languages ?? [],
      meetingMode: meetingMode.value,
      meetingFrequency: meetingFrequency.value,
      careerPath: career.count(),
      cv: cv.count(),
      hasPhoto: current.hasPhoto,
    });
  }

  function updateChecklist() {
    checklist.update(liveCompleteness());
    screeningForm.refreshOffer();
  }

  function changed(event) {
    if (event?.target?.closest?.('#screening-form')) return;
    if (event?.target?.classList?.contains('path-input')) return;
    dirty = true;
    footerNote.textContent = t('mentor.unsavedShort');
    updateCounter();
    updateChecklist();
  }

  /** Photo and CV file are stored at once; the rest of the form keeps what was typed. */
  function filesChanged(next) {
    anythingSaved = true;
    current = { ...current, hasPhoto: next.hasPhoto, cvFileName: next.cvFileName, completeness: next.completeness };
    renderHeader();
    updateChecklist();
  }

  function scrollToSection(key) {
    const target = main.querySelector(`[data-section="${key}"]`);
    main.scrollTo({ top: target.offsetTop - main.offsetTop - 8, behavior: 'smooth' });
    target.querySelector('input, select, textarea, button')?.focus({ preventScroll: true });
  }

  function jump(key) {
    const control = document.getElementById(JUMP[key]);
    if (!control) return;
    control.scrollIntoView({ block: 'center', behavior: 'smooth' });
    control.focus({ preventScroll: true });
  }

  /** Marks the section in view in the index. */
  function trackSection() {
    const top = main.scrollTop + 80;
    let active = SECTIONS[0].key;
    for (const element of main.querySelectorAll('.editor-section')) {
      if (element.offsetTop - main.offsetTop <= top) active = element.dataset.section;
    }
    if (main.scrollTop + main.clientHeight >= main.scrollHeight - 4) active = SECTIONS[SECTIONS.length - 1].key;
    for (const item of index.querySelectorAll('.index-item')) {
      item.setAttribute('aria-current', item.dataset.section === active ? 'true' : 'false');
    }
  }

  /** From the screening: approve the mentor, saving what is typed in the profile along the way. */
  function publish() {
    if (!(current.allowedStatuses ?? []).includes('approved')) return;
    status.value = 'approved';
    save.click();
  }

  // ---- Saving ----

  const fieldsByCode = {
    'mentor.capacity_out_of_range': capacity,
    'mentor.empty_expertise': expertise.input,
    'mentor.invalid_status_transition': status,
    'mentor.not_screened': status,
    'mentor.profile_incomplete': status,
    'mentor.bio_too_long': bio,
    'profile.empty_topic': topics.input,
  };

  function fail(failure, control = null) {
    lastFailure = failure?.code ?? null;
    showFailure(error, failure, fieldsByCode);
    for (const marked of form.querySelectorAll('.row-card [aria-invalid]')) marked.removeAttribute('aria-invalid');
    const row = control ?? career.locate(failure.code) ?? cv.locate(failure.code);
    if (row && !fieldsByCode[failure.code]) {
      row.setAttribute('aria-invalid', 'true');
      row.focus();
    }
  }

  function readInput() {
    const places = capacity.validity?.badInput ? NaN : optionalInteger(capacity.value);
    if (places === null || Number.isNaN(places)) return { failure: { code: 'mentor.capacity_out_of_range' } };
    const moves = career.read();
    if (moves.badControl) return { failure: { code: 'profile.implausible_year' }, control: moves.badControl };
    const entries = cv.read();
    if (entries.badControl) return { failure: { code: 'profile.implausible_year' }, control: entries.badControl };
    return {
      input: {
        bio: bio.value,
        expertise: expertise.values(),
        capacity: places,
        topics: topics.values(),
        meetingMode: meetingMode.value || null,
        meetingFrequency: meetingFrequency.value || null,
        careerPath: moves.items,
        cv: entries.items,
      },
    };
  }

  async function submit(event) {
    event.preventDefault();
    lastFailure = null;
    showFailure(error, null, fieldsByCode);
    const { input, failure, control } = readInput();
    if (failure) {
      fail(failure, control);
      return;
    }
    const target = status.value;
    const from = current.status;
    save.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      // Leaving "approved" first, so pausing a mentor never waits on a complete profile.
      if (target !== from && target !== 'approved') absorb(await api.setMentorStatus(current.id, target));
      absorb(await api.updateMentor(current.id, input));
      dirty = false;
      if (target !== current.status) {
        absorb(await api.setMentorStatus(current.id, target));
        published = target === 'approved';
      }
      complete = true;
      dialog.close();
    } catch (failed) {
      fail(failed);
      updateChecklist();
    } finally {
      save.disabled = false;
      form.removeAttribute('aria-busy');
    }
  }

  /** Takes in what the core answered (MentorDetail or MentorProfile) and shows it. */
  function absorb(next) {
    anythingSaved = true;
    current = { ...current, ...next };
    renderHeader();
    renderStatus();
    renderMentees();
  }
}

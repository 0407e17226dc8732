// A mentor's whole public profile, as a newcomer reads it before choosing: photo, bio,
// expertise, topics offered, the career path as a timeline (moves up and sideways marked), the
// CV, languages, how they like to meet and their free places. The newcomer can star the mentor,
// put them in the comparison, keep a private note and choose them from here.

import * as api from '../../api.js';
import { h, replace } from '../../lib/dom.js';
import { errorText, getLanguage, t } from '../../lib/i18n.js';
import { charCount, languageName } from '../../lib/profile.js';
import { debounce } from '../../lib/timing.js';
import { openDialog } from '../dialog.js';
import { icon } from '../icons.js';
import { portrait } from '../portrait.js';
import { showToast } from '../toast.js';
import { compareButton, placesBadge, starButton, syncMarks } from './mentor-card.js';

/** Mirrors the core (domain/src/matching/shortlist.rs MAX_NOTE_CHARS). */
export const MAX_NOTE_CHARS = 2000;
const NOTE_DELAY_MS = 800;

/** "2015–2019", "2015", "since 2015", "until 2019" or ''. */
export function yearRange(from, to) {
  if (from && to) return from === to ? String(from) : `${from}–${to}`;
  if (from) return t('newcomer.profile.since', { year: from });
  return to ? t('newcomer.profile.until', { year: to }) : '';
}

let opening = false;

export async function openMentorProfile(ctx, mentorId) {
  if (opening) return;
  opening = true;
  try {
    const profile = await api.getPublicProfile(mentorId);
    if (profile === null) showGone(mentorId);
    else showProfile(ctx, profile);
  } catch (failure) {
    showToast(errorText(failure.code), { tone: 'error' });
  } finally {
    opening = false;
  }
}

/** The mentor is full or has paused since the list was drawn: say so plainly. */
function showGone(mentorId) {
  const close = h('button', { id: 'newcomer-profile-close', type: 'button', class: 'button button-primary',
    onclick: () => dialog.close() }, t('common.close'));
  const dialog = openDialog({
    id: 'newcomer-profile-dialog',
    title: t('newcomer.profile.gone.title'),
    body: h('div', { class: 'dialog-body', 'data-mentor-id': mentorId },
      h('p', { id: 'newcomer-profile-gone' }, t('newcomer.profile.gone.text'))),
    footer: h('footer', { class: 'dialog-footer' }, h('span', { class: 'spacer' }), close),
    className: 'dialog-narrow',
  });
  close.focus();
}

function showProfile(ctx, profile) {
  const id = Number(profile.id);
  const note = noteField(ctx, id, profile.name);
  const head = h('div', { class: 'public-head profile-head' },
    portrait({ id, name: profile.name, hasPhoto: profile.hasPhoto, size: 'xl', lazy: false }),
    h('div', {},
      h('p', { class: 'profile-role' }, [profile.jobTitle, profile.department].filter(Boolean).join(' · ')),
      placesBadge(profile.placesAvailable)));
  const actions = h('div', { class: 'profile-actions' },
    starButton(ctx, id, profile.name, 'profile-'),
    compareButton(ctx, id, profile.name, 'profile-'),
    h('span', { class: 'spacer' }),
    h('button', { id: `profile-choose-${id}`, type: 'button', class: 'button button-primary',
      onclick: () => {
        dialog.close();
        ctx.choose(id);
      } }, h('span', {}, t('newcomer.profile.choose', { name: firstName(profile.name) })), icon('arrow')));

  const body = h('div', { class: 'dialog-body public-profile newcomer-profile', 'data-mentor-id': id },
    head,
    actions,
    profile.bio?.trim() ? block('about', t('newcomer.profile.about'), h('p', { class: 'public-bio' }, profile.bio)) : null,
    profile.expertise?.length ? block('expertise', t('newcomer.profile.expertise'),
      h('ul', { class: 'chips' }, profile.expertise.map((tag) => h('li', { class: 'chip chip-accent' }, tag)))) : null,
    profile.topics?.length ? block('topics', t('newcomer.profile.topics'),
      h('ul', { class: 'plain-list' }, profile.topics.map((topic) => h('li', {}, topic)))) : null,
    profile.careerPath?.length ? block('career', t('newcomer.profile.career'), careerTimeline(profile.careerPath)) : null,
    profile.cv?.length ? block('cv', t('newcomer.profile.cv'), cvList(profile.cv)) : null,
    block('availability', t('newcomer.profile.availability'), availability(profile)),
    block('note', t('newcomer.profile.note'), note.element));

  const dialog = openDialog({
    id: 'newcomer-profile-dialog',
    title: profile.name,
    subtitle: t('newcomer.profile.subtitle'),
    body,
    className: 'dialog-narrow newcomer-profile-dialog',
    onClose: () => {
      note.flush();
      unsubscribe?.();
    },
  });
  // Stars and comparison may change here or elsewhere while the dialog is open.
  const unsubscribe = ctx.marks.subscribe(() => syncMarks(body, ctx.marks));
  dialog.querySelector('.dialog-header h2')?.setAttribute('tabindex', '-1');
  dialog.querySelector('.dialog-header h2')?.focus();
}

function block(key, title, content) {
  return h('section', { class: `public-block profile-${key}`, 'aria-labelledby': `newcomer-profile-${key}-title` },
    h('h3', { id: `newcomer-profile-${key}-title` }, title), content);
}

function careerTimeline(moves) {
  return h('ol', { class: 'timeline profile-timeline' }, moves.map((move) => {
    const direction = move.direction === 'horizontal' ? 'horizontal' : 'vertical';
    const where = [move.fromDepartment, move.toDepartment].every(Boolean) && move.fromDepartment !== move.toDepartment
      ? t('newcomer.profile.move.departments', { from: move.fromDepartment, to: move.toDepartment })
      : move.toDepartment || '';
    return h('li', { class: `timeline-item move-${direction}` },
      h('span', { class: 'timeline-mark', 'aria-hidden': 'true' }, icon(direction === 'horizontal' ? 'sideways' : 'up', 'icon icon-sm')),
      h('div', {},
        h('p', { class: 'timeline-title' }, move.year ? `${move.year} · ` : '', move.toRole),
        h('p', { class: 'small' },
          h('span', { class: `move-tag move-tag-${direction}` }, t(`newcomer.profile.move.${direction}`)),
          move.fromRole ? h('span', { class: 'muted' }, ' ', t('newcomer.profile.move.from', { role: move.fromRole })) : null),
        where ? h('p', { class: 'muted small' }, where) : null));
  }));
}

function cvList(entries) {
  return h('ul', { class: 'cv-list' }, entries.map((entry) => h('li', {},
    h('span', { class: `cv-kind kind-${entry.kind}` }, t(`cv.kind.${entry.kind}`)),
    h('div', {},
      h('p', { class: 'timeline-title' }, entry.title,
        entry.organisation ? h('span', { class: 'muted' }, ` · ${entry.organisation}`) : null),
      yearRange(entry.fromYear, entry.toYear) ? h('p', { class: 'muted small' }, yearRange(entry.fromYear, entry.toYear)) : null,
      entry.description ? h('p', { class: 'small' }, entry.description) : null))));
}

function availability(profile) {
  return h('dl', { class: 'profile-facts' },
    h('div', {}, h('dt', {}, t('newcomer.profile.places')), h('dd', {}, placesBadge(profile.placesAvailable))),
    profile.meetingMode ? h('div', {}, h('dt', {}, t('newcomer.profile.meetingMode')),
      h('dd', {}, t(`mentor.meetingMode.${profile.meetingMode}`))) : null,
    profile.meetingFrequency ? h('div', {}, h('dt', {}, t('newcomer.profile.meetingFrequency')),
      h('dd', {}, t(`mentor.meetingFrequency.${profile.meetingFrequency}`))) : null,
    profile.languages?.length ? h('div', {}, h('dt', {}, t('newcomer.profile.languages')),
      h('dd', {}, profile.languages.map((code) => languageName(code, getLanguage())).join(', '))) : null);
}

/**
 * The private note: saved a moment after typing stops, and when the field loses focus or the
 * dialog closes, with a quiet "saved" next to it.
 */
function noteField(ctx, mentorId, name) {
  const id = `profile-note-${mentorId}`;
  let saved = String(ctx.marks.note(mentorId) ?? '');
  let pending = null;
  const textarea = h('textarea', { id, rows: 4, value: saved, maxlength: MAX_NOTE_CHARS,
    placeholder: t('newcomer.profile.note.placeholder'), 'aria-describedby': `${id}-hint ${id}-status`,
    oninput: () => { status('typing'); saveLater(); },
    onblur: () => save() });
  const statusLine = h('p', { id: `${id}-status`, class: 'note-status', 'aria-live': 'polite' });
  const saveLater = debounce(() => save(), NOTE_DELAY_MS);

  function status(kind, failure) {
    statusLine.classList.toggle('note-error', kind === 'error');
    statusLine.classList.toggle('note-saved', kind === 'saved');
    if (kind === 'saved') replace(statusLine, icon('check', 'icon icon-xs'), h('span', {}, t('newcomer.profile.note.saved')));
    else if (kind === 'error') replace(statusLine, errorText(failure?.code));
    else if (kind === 'saving') replace(statusLine, t('common.saving'));
    else replace(statusLine, t('newcomer.profile.note.count', { count: charCount(textarea.value), max: MAX_NOTE_CHARS }));
  }

  async function save() {
    const text = textarea.value;
    if (text === saved) return;
    if (pending) await pending;
    if (text === saved) return;
    status('saving');
    pending = Promise.resolve(ctx.marks.saveNote(mentorId, text));
    try {
      await pending;
      saved = text;
      if (textarea.value === text) status('saved');
    } catch (failure) {
      status('error', failure);
    } finally {
      pending = null;
    }
  }

  return {
    element: h('div', { class: 'field note-field' },
      h('label', { for: id }, t('newcomer.profile.note.label', { name: firstName(name) })),
      textarea,
      h('div', { class: 'note-foot' },
        h('p', { class: 'hint', id: `${id}-hint` }, icon('lock', 'icon icon-xs'), h('span', {}, t('newcomer.profile.note.hint'))),
        statusLine)),
    flush: () => save(),
  };
}

function firstName(name) {
  return String(name ?? '').trim().split(/\s+/)[0] ?? '';
}

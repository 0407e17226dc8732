// The pool as newcomers will see it: list_available_mentors, which the core limits to approved
// mentors with a free place and to public fields only. HR checks here what a newcomer gets to
// read before choosing a mentor (self-chosen matches go with better outcomes; Allen, Eby & Lentz 2006).

import * as api from '../api.js';
import { h, replace } from '../lib/dom.js';
import { excerpt } from '../lib/fields.js';
import { getLanguage, t, tCount } from '../lib/i18n.js';
import { languageName } from '../lib/profile.js';
import { openDialog } from './dialog.js';
import { icon } from './icons.js';
import { portrait } from './portrait.js';
import { emptyState, showLoadState } from './widgets.js';

const BIO_EXCERPT = 220;
const MAX_CHIPS = 6;

export function createPoolView() {
  const state = { mentors: null, error: null };
  const element = h('section', { id: 'pool-view', class: 'view', 'aria-labelledby': 'pool-title' });
  const count = h('p', { id: 'pool-count', class: 'count', 'aria-live': 'polite' });
  const results = h('div', { class: 'results' });

  async function refresh() {
    try {
      state.mentors = await api.listAvailableMentors();
      state.error = null;
    } catch (failure) {
      state.error = failure;
    }
    renderResults();
  }

  function render() {
    replace(element,
      h('header', { class: 'view-header' },
        h('div', {},
          h('h1', { id: 'pool-title' }, t('pool.title')),
          h('p', { class: 'view-subtitle' }, t('pool.subtitle')))),
      h('div', { id: 'pool-explainer', class: 'explainer' },
        h('span', { class: 'explainer-icon' }, icon('eye')),
        h('div', {},
          h('p', {}, h('strong', {}, t('pool.explainer.title'))),
          h('ul', {},
            h('li', {}, icon('check', 'icon icon-xs'), t('pool.explainer.approved')),
            h('li', {}, icon('check', 'icon icon-xs'), t('pool.explainer.places')),
            h('li', {}, icon('lock', 'icon icon-xs'), t('pool.explainer.private'))))),
      h('div', { class: 'toolbar' }, count),
      results);
    renderResults();
  }

  function renderResults() {
    if (showLoadState(results, { error: state.error, loading: state.mentors === null, count })) return;
    count.textContent = tCount('pool.count', state.mentors.length);
    if (state.mentors.length === 0) {
      replace(results, emptyState({ iconName: 'eye', title: t('pool.empty.title'), text: t('pool.empty.text') }));
      return;
    }
    replace(results, h('ul', { class: 'card-grid pool-grid', 'aria-label': t('pool.listLabel') },
      state.mentors.map((mentor) => h('li', {}, card(mentor)))));
  }

  function card(mentor) {
    const chips = mentor.expertise.slice(0, MAX_CHIPS);
    return h('article', { class: 'card pool-card', 'data-pool-mentor-id': mentor.id },
      h('div', { class: 'pool-top' },
        portrait({ id: mentor.id, name: mentor.name, hasPhoto: mentor.hasPhoto, size: 'lg' }),
        h('div', { class: 'card-heading' },
          h('h2', { class: 'card-title' }, h('button', { type: 'button', class: 'card-link',
            'aria-label': t('pool.openLabel', { name: mentor.name }), onclick: () => openProfile(mentor) }, mentor.name)),
          h('p', { class: 'muted small' }, mentor.jobTitle),
          h('p', { class: 'muted small' }, mentor.department)),
        h('span', { class: 'places-badge' }, tCount('pool.places', mentor.placesAvailable))),
      mentor.bio.trim() ? h('p', { class: 'card-bio' }, excerpt(mentor.bio, BIO_EXCERPT)) : null,
      chips.length ? h('ul', { class: 'chips', 'aria-label': t('mentor.expertise') },
        chips.map((tag) => h('li', { class: 'chip chip-accent' }, tag)),
        mentor.expertise.length > chips.length ? h('li', { class: 'chip chip-more' }, `+${mentor.expertise.length - chips.length}`) : null)
        : null,
      mentor.topics.length ? h('p', { class: 'pool-topics' }, h('span', { class: 'pool-label' }, t('pool.topics')), ' ',
        mentor.topics.join(' · ')) : null,
      h('footer', { class: 'card-footer pool-footer' },
        meetingLine(mentor),
        languagesLine(mentor)));
  }

  return { element, render, enter: refresh };
}

function meetingLine(mentor) {
  const parts = [
    mentor.meetingMode ? t(`mentor.meetingMode.${mentor.meetingMode}`) : null,
    mentor.meetingFrequency ? t(`mentor.meetingFrequency.${mentor.meetingFrequency}`) : null,
  ].filter(Boolean);
  return parts.length ? h('span', { class: 'meta-line' }, icon('calendar', 'icon icon-sm'), parts.join(' · ')) : h('span');
}

function languagesLine(mentor) {
  return mentor.languages.length
    ? h('span', { class: 'meta-line' }, icon('globe', 'icon icon-sm'),
      mentor.languages.map((code) => languageName(code, getLanguage())).join(', '))
    : null;
}

/** The whole public profile, read-only: exactly what a newcomer reads before choosing. */
function openProfile(mentor) {
  const yearRange = (from, to) => {
    if (from && to) return from === to ? String(from) : `${from}–${to}`;
    if (from) return t('pool.since', { year: from });
    return to ? t('pool.until', { year: to }) : '';
  };
  const body = h('div', { class: 'dialog-body public-profile' },
    h('div', { class: 'public-head' },
      portrait({ id: mentor.id, name: mentor.name, hasPhoto: mentor.hasPhoto, size: 'xl', lazy: false }),
      h('div', {},
        h('p', { class: 'muted' }, [mentor.jobTitle, mentor.department].filter(Boolean).join(' · ')),
        h('p', { class: 'places-badge' }, tCount('pool.places', mentor.placesAvailable)),
        meetingLine(mentor), languagesLine(mentor))),
    mentor.bio.trim() ? h('p', { class: 'public-bio' }, mentor.bio) : null,
    mentor.expertise.length ? block(t('mentor.expertise'),
      h('ul', { class: 'chips' }, mentor.expertise.map((tag) => h('li', { class: 'chip chip-accent' }, tag)))) : null,
    mentor.topics.length ? block(t('mentor.topics'),
      h('ul', { class: 'plain-list' }, mentor.topics.map((topic) => h('li', {}, topic)))) : null,
    mentor.careerPath.length ? block(t('mentor.section.career'),
      h('ol', { class: 'timeline' }, mentor.careerPath.map((move) => h('li', { class: `timeline-item move-${move.direction}` },
        h('span', { class: 'timeline-mark', title: t(`career.direction.${move.direction}`) },
          icon(move.direction === 'horizontal' ? 'sideways' : 'up', 'icon icon-sm')),
        h('div', {},
          h('p', { class: 'timeline-title' }, move.year ? `${move.year} · ` : '', move.toRole,
            move.toDepartment ? h('span', { class: 'muted' }, ` (${move.toDepartment})`) : null),
          h('p', { class: 'muted small' },
            move.fromRole ? t('pool.movedFrom', { role: move.fromRole }) : '',
            move.fromRole ? ' · ' : '',
            t(`career.direction.${move.direction}`))))))) : null,
    mentor.cv.length ? block(t('mentor.section.cv'),
      h('ul', { class: 'cv-list' }, mentor.cv.map((entry) => h('li', {},
        h('span', { class: `cv-kind kind-${entry.kind}` }, t(`cv.kind.${entry.kind}`)),
        h('div', {},
          h('p', { class: 'timeline-title' }, entry.title,
            entry.organisation ? h('span', { class: 'muted' }, ` · ${entry.organisation}`) : null),
          yearRange(entry.fromYear, entry.toYear) ? h('p', { class: 'muted small' }, yearRange(entry.fromYear, entry.toYear)) : null,
          entry.description ? h('p', { class: 'small' }, entry.description) : null))))) : null);
  openDialog({ id: 'pool-profile-dialog', title: mentor.name, subtitle: t('pool.dialogSubtitle'), body,
    className: 'dialog-narrow' });
}

function block(title, content) {
  return h('section', { class: 'public-block' }, h('h3', {}, title), content);
}

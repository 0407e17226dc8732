// The mentor pool as cards: who they are, where they stand, what they offer, how complete the
// profile is and how many of their places are taken. A card opens the mentor profile editor.
// Photos load lazily, per card as it scrolls into view (see portrait.js), and are cached.

import * as api from '../api.js';
import { h, replace } from '../lib/dom.js';
import { excerpt } from '../lib/fields.js';
import { hasPhotoIn } from '../lib/profile.js';
import { t, tCount } from '../lib/i18n.js';
import { debounce, latestOnly } from '../lib/timing.js';
import { openCandidateForm } from './candidate-form.js';
import { completenessBadge } from './completeness.js';
import { openMentorForm } from './mentor-form.js';
import { icon } from './icons.js';
import { portrait } from './portrait.js';
import { showToast } from './toast.js';
import { emptyState, primaryButton, searchBox, showLoadState, statusBadge } from './widgets.js';

const STATUSES = ['candidate', 'approved', 'paused', 'retired'];

const SEARCH_DELAY_MS = 150;
const BIO_EXCERPT = 140;
const MAX_CHIPS = 5;

export function createMentorsView() {
  const state = { query: '', status: 'all', mentors: null, error: null };
  const element = h('section', { id: 'mentors-view', class: 'view', 'aria-labelledby': 'mentors-title' });
  const count = h('p', { id: 'mentors-count', class: 'count', 'aria-live': 'polite' });
  const results = h('div', { class: 'results' });
  const fetchMentors = latestOnly((query, status) => api.listMentors({ query, status: status === 'all' ? null : status }));
  const searchLater = debounce(() => refresh(), SEARCH_DELAY_MS);

  async function refresh() {
    try {
      const { result, stale } = await fetchMentors(state.query, state.status);
      if (stale) return;
      state.mentors = result;
      state.error = null;
    } catch (error) {
      state.error = error;
    }
    renderResults();
  }

  function render() {
    replace(element,
      h('header', { class: 'view-header' },
        h('div', {},
          h('h1', { id: 'mentors-title' }, t('mentors.title')),
          h('p', { class: 'view-subtitle' }, t('mentors.subtitle'))),
        primaryButton({ id: 'mentor-candidate-add', label: t('mentors.addCandidate'), onClick: addCandidate })),
      h('div', { class: 'toolbar' },
        searchBox({ id: 'mentors-search', label: t('mentors.search.label'), placeholder: t('mentors.search.placeholder'),
          value: state.query, onInput: (value) => { state.query = value; searchLater(); } }),
        statusFilter(),
        count),
      results);
    renderResults();
  }

  function statusFilter() {
    const select = h('select', { id: 'mentors-status-filter', onchange: (event) => { state.status = event.target.value; refresh(); } },
      h('option', { value: 'all' }, t('mentors.filter.all')),
      STATUSES.map((status) => h('option', { value: status }, t(`status.${status}`))));
    select.value = state.status;
    return h('div', { class: 'filter' }, h('label', { for: 'mentors-status-filter' }, t('mentors.filter.label')), select);
  }

  function renderResults() {
    if (showLoadState(results, { error: state.error, loading: state.mentors === null, count })) return;
    count.textContent = tCount('mentors.count', state.mentors.length);
    if (state.mentors.length > 0) {
      replace(results, h('ul', { class: 'card-grid', 'aria-label': t('mentors.listLabel') },
        state.mentors.map((mentor) => h('li', {}, card(mentor)))));
    } else if (state.query.trim() || state.status !== 'all') {
      replace(results, emptyState({ iconName: 'search', title: t('mentors.noResults.title'), text: t('mentors.noResults.text') }));
    } else {
      replace(results, emptyState({ iconName: 'mentor', title: t('mentors.empty.title'), text: t('mentors.empty.text'),
        action: h('button', { type: 'button', class: 'button', onclick: addCandidate }, icon('plus'),
          h('span', {}, t('mentors.addCandidate'))) }));
    }
  }

  function card(mentor) {
    const chips = mentor.expertise.slice(0, MAX_CHIPS);
    const more = mentor.expertise.length - chips.length;
    const taken = mentor.activeMentees ?? 0;
    const full = mentor.capacity > 0 && taken >= mentor.capacity;
    return h('article', { class: `card mentor-card status-${mentor.status}`, 'data-mentor-id': mentor.id },
      h('div', { class: 'card-top' },
        portrait({ id: mentor.id, name: mentor.name, hasPhoto: hasPhotoIn(mentor), size: 'md' }),
        h('div', { class: 'card-heading' },
          // The name button stretches over the whole card (see .card-link in styles.css): one tab
          // stop per card, and a click anywhere on the card opens it.
          h('h2', { class: 'card-title' }, h('button', { type: 'button', class: 'card-link',
            'aria-label': t('mentors.editLabel', { name: mentor.name }), onclick: () => edit(mentor) }, mentor.name)),
          h('p', { class: 'muted small' }, [mentor.jobTitle, mentor.department].filter(Boolean).join(' · ')))),
      mentor.bio.trim()
        ? h('p', { class: 'card-bio' }, excerpt(mentor.bio, BIO_EXCERPT))
        : h('p', { class: 'card-bio muted' }, t('mentors.noBio')),
      chips.length
        ? h('ul', { class: 'chips' }, chips.map((tag) => h('li', { class: 'chip' }, tag)),
          more > 0 ? h('li', { class: 'chip chip-more' }, `+${more}`) : null)
        : h('p', { class: 'muted small' }, t('mentors.noExpertise')),
      mentor.completeness
        ? h('div', { class: 'card-profile' }, h('span', { class: 'card-profile-label' }, t('mentors.profile')),
          completenessBadge(mentor.completeness))
        : null,
      h('footer', { class: 'card-footer' },
        statusBadge(mentor.status),
        h('span', { class: full ? 'capacity capacity-full' : 'capacity', title: t('mentors.capacity.label') }, icon('seats'),
          h('span', { class: 'visually-hidden' }, `${t('mentors.capacity.label')}: `),
          mentor.capacity === 0
            ? tCount('mentors.capacity', 0)
            : tCount('mentors.placesTaken', mentor.capacity, { taken, capacity: mentor.capacity }))));
  }

  function edit(mentor) {
    openMentorForm({
      mentor,
      onSaved: async (profile, { complete, published }) => {
        if (published) showToast(t('mentor.published', { name: profile.name }));
        else if (complete) showToast(t('mentor.saved', { name: profile.name }));
        await refresh();
        element.querySelector(`[data-mentor-id="${Number(profile.id)}"] .card-link`)?.focus();
      },
    });
  }

  function addCandidate() {
    openCandidateForm({
      onMade: async (profile) => {
        showToast(t('person.madeCandidate', { name: profile.name }));
        await refresh();
        element.querySelector(`[data-mentor-id="${Number(profile.id)}"] .card-link`)?.focus();
      },
    });
  }

  return { element, render, enter: refresh };
}

// All mentors: full-text search over the profiles and CVs (the core ignores accents, so "zoe"
// finds "Zoë"), with filters on expertise, department, language and free places. Results are
// the same cards as the suggestions, without reasons: the newcomer browses on their own terms.

import * as api from '../../api.js';
import { h, replace } from '../../lib/dom.js';
import { getLanguage, t, tCount } from '../../lib/i18n.js';
import { languageName } from '../../lib/profile.js';
import { debounce, latestOnly } from '../../lib/timing.js';
import { icon } from '../icons.js';
import { emptyState, searchBox, showLoadState } from '../widgets.js';
import { mentorCard, syncMarks } from './mentor-card.js';
import { tabHeader } from './tab-header.js';

const SEARCH_DELAY_MS = 200;
export const PLACES_CHOICES = [1, 2, 3];
/** Cards per page; the core returns the best matches first and the total. */
export const PAGE_SIZE = 48;

/** The SearchQuery of the contract from the form's state (blank filters are null). */
export function searchQuery({ text = '', expertise = '', department = '', language = '', minPlaces = 1,
  limit = PAGE_SIZE } = {}) {
  return {
    text: String(text).trim(),
    expertise: expertise || null,
    department: department || null,
    language: language || null,
    minPlaces: Math.max(1, Number(minPlaces) || 1),
    limit: Math.max(1, Number(limit) || PAGE_SIZE),
  };
}

export function createSearchTab(ctx) {
  const state = { text: '', expertise: '', department: '', language: '', minPlaces: 1, limit: PAGE_SIZE,
    facets: null, mentors: null, total: 0, error: null };
  const element = h('section', { id: 'mentor-search', class: 'newcomer-tab mentor-search', 'aria-labelledby': 'search-title' });
  const filters = h('div', { class: 'toolbar search-filters' });
  const count = h('p', { id: 'mentor-search-count', class: 'count', 'aria-live': 'polite' });
  const results = h('div', { class: 'results' });
  const fetchMentors = latestOnly((query) => api.searchMentors(query));
  const searchLater = debounce(() => refresh(), SEARCH_DELAY_MS);
  ctx.marks.subscribe(() => syncMarks(results, ctx.marks));

  /** A new search starts at the first page; "show more" keeps the query and grows the page. */
  async function refresh({ more = false } = {}) {
    state.limit = more ? state.limit + PAGE_SIZE : PAGE_SIZE;
    try {
      const { result, stale } = await fetchMentors(searchQuery(state));
      if (stale) return;
      state.mentors = result.cards;
      state.total = result.total;
      state.error = null;
    } catch (failure) {
      state.error = failure;
    }
    drawResults();
  }

  async function enter() {
    try {
      state.facets = await api.searchFacets();
    } catch {
      state.facets = { expertise: [], departments: [], languages: [] };
    }
    drawFilters();
    await refresh();
  }

  function render() {
    replace(element,
      tabHeader({ titleId: 'search-title', title: t('newcomer.search.title'), subtitle: t('newcomer.search.subtitle') }),
      filters,
      h('div', { class: 'search-status' }, count),
      results);
    drawFilters();
    drawResults();
  }

  function filtered() {
    return Boolean(state.expertise || state.department || state.language || state.minPlaces > 1);
  }

  function drawFilters() {
    const facets = state.facets ?? { expertise: [], departments: [], languages: [] };
    replace(filters,
      searchBox({ id: 'mentor-search-text', label: t('newcomer.search.label'), placeholder: t('newcomer.search.placeholder'),
        value: state.text, onInput: (value) => { state.text = value; searchLater(); } }),
      select('expertise', t('newcomer.search.filter.expertise'), facets.expertise.map((name) => [name, name])),
      select('department', t('newcomer.search.filter.department'), facets.departments.map((name) => [name, name])),
      select('language', t('newcomer.search.filter.language'),
        facets.languages.map((code) => [code, languageName(code, getLanguage())])),
      placesSelect(),
      filtered()
        ? h('button', { id: 'mentor-search-clear', type: 'button', class: 'button button-quiet', onclick: clearFilters },
          icon('close'), h('span', {}, t('newcomer.search.clear')))
        : null);
  }

  function select(key, label, options) {
    const id = `mentor-search-${key}`;
    const control = h('select', { id, onchange: (event) => { state[key] = event.target.value; drawFilters(); refresh(); focusAgain(id); } },
      h('option', { value: '' }, t('newcomer.search.filter.any')),
      options.map(([value, text]) => h('option', { value }, text)));
    // A value that left the facets (its last mentor filled up) stays selectable, so the filter shows what is applied.
    if (state[key] && !options.some(([value]) => value === state[key])) {
      control.append(h('option', { value: state[key] }, state[key]));
    }
    control.value = state[key];
    return h('div', { class: 'filter' }, h('label', { for: id }, label), control);
  }

  function placesSelect() {
    const id = 'mentor-search-places';
    const control = h('select', { id,
      onchange: (event) => { state.minPlaces = Number(event.target.value); drawFilters(); refresh(); focusAgain(id); } },
    PLACES_CHOICES.map((n) => h('option', { value: String(n) }, tCount('newcomer.search.filter.places', n))));
    control.value = String(state.minPlaces);
    return h('div', { class: 'filter filter-narrow' }, h('label', { for: id }, t('newcomer.search.filter.placesLabel')), control);
  }

  function focusAgain(id) {
    document.getElementById(id)?.focus();
  }

  function clearFilters() {
    Object.assign(state, { expertise: '', department: '', language: '', minPlaces: 1 });
    drawFilters();
    refresh();
    document.getElementById('mentor-search-text')?.focus();
  }

  function drawResults() {
    if (showLoadState(results, { error: state.error, loading: state.mentors === null, count })) return;
    count.textContent = tCount('newcomer.search.count', state.total);
    if (state.mentors.length === 0) {
      replace(results, state.text.trim() || filtered()
        ? emptyState({ iconName: 'search', title: t('newcomer.search.noResults.title'), text: t('newcomer.search.noResults.text') })
        : emptyState({ iconName: 'mentor', title: t('newcomer.search.empty.title'), text: t('newcomer.search.empty.text') }));
      return;
    }
    const hidden = state.total - state.mentors.length;
    replace(results, h('ul', { class: 'card-grid newcomer-grid', 'aria-label': t('newcomer.search.listLabel') },
      state.mentors.map((card) => h('li', {}, mentorCard({ ctx, card, idPrefix: 'search-card' })))),
    hidden > 0
      ? h('div', { class: 'show-more' },
        h('button', { id: 'mentor-search-more', type: 'button', class: 'button',
          onclick: () => refresh({ more: true }) }, tCount('newcomer.search.showMore', Math.min(hidden, PAGE_SIZE))))
      : null);
  }

  return { element, render, enter };
}

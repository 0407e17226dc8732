// "Who are you?": the first step into the newcomer area. Until newcomers get their own laptop
// mode, the area runs on HR's database, so a newcomer picks themself from the employees:
// recent starters first, since they are the ones looking for a mentor.

import * as api from '../../api.js';
import { h, replace } from '../../lib/dom.js';
import { getLanguage, t, tCount } from '../../lib/i18n.js';
import { debounce, latestOnly } from '../../lib/timing.js';
import { icon } from '../icons.js';
import { avatar, emptyState, searchBox, showLoadState } from '../widgets.js';

const SEARCH_DELAY_MS = 150;
/** Without a search: the most recent starters. With one: enough to find anyone by name. */
const RECENT_LIMIT = 12;
const SEARCH_LIMIT = 40;

/** Present employees, newest start date first; people without a start date last, by name. */
export function recentFirst(people) {
  return people.filter((person) => !person.leftOn).sort((a, b) => {
    if (a.startDate && b.startDate && a.startDate !== b.startDate) return a.startDate < b.startDate ? 1 : -1;
    if (Boolean(a.startDate) !== Boolean(b.startDate)) return a.startDate ? -1 : 1;
    return a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' });
  });
}

/** "2025-03-03" → "3 March 2025" / "3 maart 2025"; null for anything that is not a date. */
export function longDate(iso, lang = getLanguage()) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso ?? ''));
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // British English, like the app's texts: "3 March 2025".
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric' })
    .format(date);
}

/** Events up: onPick(person) with the chosen Person. */
export function createIdentify({ onPick }) {
  const state = { query: '', people: null, error: null };
  const element = h('section', { id: 'newcomer-identify', class: 'view newcomer-identify',
    'aria-labelledby': 'newcomer-identify-title' });
  const count = h('p', { id: 'newcomer-people-count', class: 'count', 'aria-live': 'polite' });
  const results = h('div', { class: 'results' });
  const fetchPeople = latestOnly((query) => api.listPeople({ query }));
  const searchLater = debounce(() => refresh(), SEARCH_DELAY_MS);

  async function refresh() {
    try {
      const { result, stale } = await fetchPeople(state.query.trim());
      if (stale) return;
      state.people = recentFirst(result);
      state.error = null;
    } catch (failure) {
      state.error = failure;
    }
    renderResults();
  }

  function render() {
    replace(element,
      h('header', { class: 'newcomer-hero' },
        h('span', { class: 'newcomer-hero-icon', 'aria-hidden': 'true' }, icon('mentor', 'icon icon-lg')),
        h('div', {},
          h('p', { class: 'overline' }, t('newcomer.identify.overline')),
          h('h1', { id: 'newcomer-identify-title' }, t('newcomer.identify.title')),
          h('p', { class: 'view-subtitle' }, t('newcomer.identify.subtitle')))),
      h('div', { class: 'toolbar' },
        searchBox({ id: 'newcomer-search-person', label: t('newcomer.identify.search.label'),
          placeholder: t('newcomer.identify.search.placeholder'), value: state.query,
          onInput: (value) => { state.query = value; searchLater(); } }),
        count),
      results);
    renderResults();
  }

  function renderResults() {
    if (showLoadState(results, { error: state.error, loading: state.people === null, count })) return;
    const query = state.query.trim();
    if (state.people.length === 0) {
      count.textContent = '';
      replace(results, query
        ? emptyState({ iconName: 'search', title: t('newcomer.identify.noResults.title', { query }),
          text: t('newcomer.identify.noResults.text') })
        : emptyState({ iconName: 'people', title: t('newcomer.identify.empty.title'), text: t('newcomer.identify.empty.text') }));
      return;
    }
    const shown = state.people.slice(0, query ? SEARCH_LIMIT : RECENT_LIMIT);
    count.textContent = query ? tCount('newcomer.identify.results', state.people.length) : '';
    replace(results,
      h('h2', { class: 'section-title', id: 'newcomer-people-heading' },
        query ? t('newcomer.identify.matches') : t('newcomer.identify.recent')),
      h('ul', { class: 'person-pick-grid', 'aria-labelledby': 'newcomer-people-heading' },
        shown.map((person) => h('li', {}, personButton(person)))),
      state.people.length > shown.length
        ? h('p', { class: 'muted small newcomer-more' }, icon('info', 'icon icon-sm'),
          h('span', {}, t(query ? 'newcomer.identify.refine' : 'newcomer.identify.typeName')))
        : null);
  }

  function personButton(person) {
    const started = longDate(person.startDate);
    return h('button', { id: `newcomer-person-${Number(person.id)}`, type: 'button', class: 'person-pick',
      onclick: () => onPick(person) },
    avatar(person.name, 'avatar avatar-lg'),
    h('span', { class: 'person-pick-text' },
      h('span', { class: 'person-pick-name' }, person.name),
      h('span', { class: 'muted small' }, [person.jobTitle, person.department].filter(Boolean).join(' · ')),
      started ? h('span', { class: 'person-pick-start' }, t('newcomer.identify.started', { date: started })) : null),
    icon('arrow', 'icon person-pick-arrow'));
  }

  return {
    element,
    render,
    enter: refresh,
    focus: () => document.getElementById('newcomer-search-person')?.focus(),
  };
}

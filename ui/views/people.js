// The people list: everyone in the organisation, searchable, each row opening the person form.

import * as api from '../api.js';
import { h, replace } from '../lib/dom.js';
import { t, tCount } from '../lib/i18n.js';
import { debounce, latestOnly } from '../lib/timing.js';
import { icon } from './icons.js';
import { openPersonForm } from './person-form.js';
import { showToast } from './toast.js';
import { avatar, emptyState, primaryButton, searchBox, showLoadState, statusBadge } from './widgets.js';

const SEARCH_DELAY_MS = 150;

/**
 * Events up: onMadeCandidate(profile) when someone joins the mentor pool from the person form;
 * onOpenNewcomer(personId) when HR opens the newcomer area for someone.
 */
export function createPeopleView({ onMadeCandidate, onOpenNewcomer }) {
  const state = { query: '', people: null, error: null };
  const element = h('section', { id: 'people-view', class: 'view', 'aria-labelledby': 'people-title' });
  const count = h('p', { id: 'people-count', class: 'count', 'aria-live': 'polite' });
  const results = h('div', { class: 'results' });
  const fetchPeople = latestOnly((query) => api.listPeople({ query }));
  const searchLater = debounce(() => refresh(), SEARCH_DELAY_MS);
  let opening = false;

  async function refresh() {
    try {
      const { result, stale } = await fetchPeople(state.query);
      if (stale) return;
      state.people = result;
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
          h('h1', { id: 'people-title' }, t('people.title')),
          h('p', { class: 'view-subtitle' }, t('people.subtitle'))),
        primaryButton({ id: 'person-add', label: t('people.add'), onClick: () => openForm(null) })),
      h('div', { class: 'toolbar' },
        searchBox({ id: 'people-search', label: t('people.search.label'), placeholder: t('people.search.placeholder'),
          value: state.query, onInput: (value) => { state.query = value; searchLater(); } }),
        count),
      results);
    renderResults();
  }

  function renderResults() {
    if (showLoadState(results, { error: state.error, loading: state.people === null, count })) return;
    const query = state.query.trim();
    count.textContent = query
      ? tCount('people.results', state.people.length, { query })
      : tCount('people.count', state.people.length);
    if (state.people.length === 0) {
      replace(results, query
        ? emptyState({ iconName: 'search', title: t('people.noResults.title', { query }), text: t('people.noResults.text') })
        : emptyState({ iconName: 'people', title: t('people.empty.title'), text: t('people.empty.text'),
          action: h('button', { type: 'button', class: 'button', onclick: () => openForm(null) },
            icon('plus'), h('span', {}, t('people.add'))) }));
      return;
    }
    replace(results, table(state.people));
  }

  function table(people) {
    return h('div', { class: 'table-card' },
      h('table', { class: 'table' },
        h('caption', { class: 'visually-hidden' }, t('people.tableCaption')),
        h('thead', {}, h('tr', {},
          ['name', 'jobTitle', 'department', 'manager', 'mentor'].map((column) =>
            h('th', { scope: 'col', class: `col-${column}` }, t(`people.col.${column}`))),
          h('th', { scope: 'col', class: 'col-actions' }, h('span', { class: 'visually-hidden' }, t('people.col.actions'))))),
        // One listener for all rows: a click anywhere on a row, or on its edit button, opens the form.
        h('tbody', { onclick: (event) => {
          const newcomer = event.target.closest('[data-open-newcomer]');
          if (newcomer) {
            onOpenNewcomer?.(Number(newcomer.dataset.openNewcomer));
            return;
          }
          const row = event.target.closest('tr[data-person-id]');
          if (row) openForm(Number(row.dataset.personId));
        } }, people.map(row))));
  }

  function row(person) {
    return h('tr', { 'data-person-id': person.id },
      h('td', {}, h('div', { class: 'person-cell' }, avatar(person.name),
        h('div', {},
          h('div', { class: 'person-name' }, person.name,
            person.leftOn ? h('span', { class: 'badge badge-retired left-badge', title: t('people.leftOn', { date: person.leftOn }) },
              t('people.left')) : null),
          h('div', { class: 'muted small' }, person.email)))),
      h('td', {}, person.jobTitle),
      h('td', {}, person.department),
      h('td', {}, person.managerName ?? h('span', { class: 'muted' }, '—')),
      h('td', {}, person.mentorStatus ? statusBadge(person.mentorStatus) : h('span', { class: 'muted' }, t('people.notMentor'))),
      h('td', { class: 'col-actions' },
        person.leftOn ? null : h('button', { type: 'button', class: 'icon-button', id: `open-newcomer-${person.id}`,
          'data-open-newcomer': person.id, 'aria-label': t('people.openNewcomerLabel', { name: person.name }),
          title: t('people.openNewcomer') }, icon('compass')),
        h('button', { type: 'button', class: 'icon-button', 'data-edit-person': person.id,
          'aria-label': t('people.editLabel', { name: person.name }), title: t('people.edit') }, icon('edit'))));
  }

  async function openForm(personId) {
    if (opening) return;
    opening = true;
    try {
      await openPersonForm({
        personId,
        onSaved: async (person, { added }) => {
          showToast(t(added ? 'person.added' : 'person.saved', { name: person.name }));
          await refresh();
          focusRow(person.id);
        },
        onMadeCandidate: async (profile) => {
          await refresh();
          focusRow(profile.personId);
          onMadeCandidate?.(profile);
        },
      });
    } finally {
      opening = false;
    }
  }

  /** After a refresh the rows are new nodes; put focus back where the user was working. */
  function focusRow(personId) {
    element.querySelector(`button[data-edit-person="${Number(personId)}"]`)?.focus();
  }

  return { element, render, enter: refresh };
}

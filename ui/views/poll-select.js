// "Select invitees": HR filters the organisation down to experienced colleagues who might mentor
// as a side task, sees who matches, and invites them to the round in one go.

import * as api from '../api.js';
import { h, replace } from '../lib/dom.js';
import { byName, optionalInteger } from '../lib/fields.js';
import { errorText, t, tCount } from '../lib/i18n.js';
import { debounce, latestOnly } from '../lib/timing.js';
import { formatNumber } from './poll-format.js';
import { icon } from './icons.js';
import { avatar } from './widgets.js';

const PREVIEW_DELAY_MS = 250;
const SHOWN_MATCHES = 60;

/** The filter HR starts with: everyone who is not a mentor yet. Kept between rounds. */
export function defaultFilter() {
  return { minExperienceYears: '', minYearsInOrganisation: '', department: '', excludeMentors: true };
}

/** The InviteeFilter of the contract, or null when a number cannot be read. */
export function toInviteeFilter(filter) {
  const experience = optionalInteger(filter.minExperienceYears);
  const years = optionalInteger(filter.minYearsInOrganisation);
  if (Number.isNaN(experience) || Number.isNaN(years) || experience < 0 || years < 0) return null;
  return {
    minExperienceYears: experience,
    minYearsInOrganisation: years,
    department: filter.department ? filter.department : null,
    excludeMentors: Boolean(filter.excludeMentors),
  };
}

/**
 * Props: round, departments, filter (mutable, owned by the poll view so it survives a redraw),
 * invitedIds (Set of person ids already in the round). Events up: onInvited(count).
 */
export function createInviteePanel({ round, departments, filter, invitedIds, onInvited }) {
  let matches = null;
  let failure = null;
  let inviting = false;
  const fetchMatches = latestOnly((query) => api.previewInvitees(query));
  const previewLater = debounce(() => preview(), PREVIEW_DELAY_MS);

  const number = (id, key) => {
    const input = h('input', { id, type: 'number', inputmode: 'numeric', min: 0, max: 60, step: 1, value: filter[key],
      placeholder: t('poll.select.any'),
      oninput: () => {
        filter[key] = input.value;
        if (input.validity?.badInput) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
        previewLater();
      } });
    return input;
  };
  const experience = number('poll-filter-experience', 'minExperienceYears');
  const years = number('poll-filter-years', 'minYearsInOrganisation');
  const department = h('select', { id: 'poll-filter-department', onchange: () => { filter.department = department.value; preview(); } },
    h('option', { value: '' }, t('poll.select.allDepartments')),
    departments.map((name) => h('option', { value: name }, name)));
  department.value = departments.includes(filter.department) ? filter.department : '';
  const notMentor = h('input', { id: 'poll-filter-not-mentor', type: 'checkbox', checked: filter.excludeMentors,
    onchange: () => { filter.excludeMentors = notMentor.checked; preview(); } });

  const count = h('p', { id: 'poll-match-count', class: 'pi-match-count', 'aria-live': 'polite' });
  const list = h('div', { id: 'poll-matches', class: 'pi-match-list-wrap' });
  const inviteError = h('p', { id: 'poll-invite-error', class: 'pi-inline-error', role: 'alert', hidden: true });
  const invite = h('button', { id: 'poll-invite', type: 'button', class: 'button button-primary', disabled: true, onclick: inviteAll },
    icon('send'), h('span', {}, t('poll.select.inviteNone')));

  const element = h('div', { id: 'poll-select', class: 'poll-select' },
    h('p', { class: 'muted small' }, t('poll.select.intro')),
    h('div', { class: 'poll-filters' },
      filterField('poll-filter-experience', t('poll.select.experience'), experience, t('poll.select.years')),
      filterField('poll-filter-years', t('poll.select.inOrganisation'), years, t('poll.select.years')),
      h('div', { class: 'field poll-filter-department' },
        h('label', { for: 'poll-filter-department' }, t('poll.select.department')), department),
      h('div', { class: 'poll-filter-check' },
        h('label', { class: 'pi-check', for: 'poll-filter-not-mentor' }, notMentor, h('span', {}, t('poll.select.notMentor'))))),
    h('div', { class: 'poll-matches' }, count, list),
    h('div', { class: 'pi-panel-foot' },
      h('div', {},
        h('p', { class: 'muted small', id: 'poll-invite-hint' }, t('poll.select.inviteHint')),
        inviteError),
      invite));
  invite.setAttribute('aria-describedby', 'poll-invite-hint');

  function filterField(id, label, control, unit) {
    return h('div', { class: 'field' },
      h('label', { for: id }, label),
      h('div', { class: 'pi-unit-input' }, control, h('span', { class: 'pi-unit', 'aria-hidden': 'true' }, unit)));
  }

  async function preview() {
    const query = toInviteeFilter(filter);
    if (query === null) {
      matches = null;
      failure = { code: 'app.invalid_argument', text: t('poll.select.badNumber') };
      renderMatches();
      return;
    }
    try {
      const { result, stale } = await fetchMatches(query);
      if (stale) return;
      matches = [...(result ?? [])].sort(byName);
      failure = null;
    } catch (error) {
      failure = error;
    }
    renderMatches();
  }

  function renderMatches() {
    if (failure) {
      count.textContent = '';
      replace(list, h('p', { class: 'load-error', role: 'alert' }, failure.text ?? errorText(failure.code)));
      setInvite([]);
      return;
    }
    if (matches === null) {
      count.textContent = t('app.loading');
      replace(list);
      setInvite([]);
      return;
    }
    const fresh = matches.filter((person) => !invitedIds.has(person.id));
    const already = matches.length - fresh.length;
    replace(count,
      h('strong', {}, tCount('poll.select.matches', matches.length, { count: formatNumber(matches.length) })),
      already > 0 ? h('span', { class: 'muted' }, ' · ', tCount('poll.select.alreadyInvited', already)) : null);
    if (matches.length === 0) {
      replace(list, h('p', { class: 'pi-empty-line muted' }, t('poll.select.noMatches')));
    } else {
      // Not yet invited first: they are who the button will invite.
      const ordered = [...fresh, ...matches.filter((person) => invitedIds.has(person.id))];
      const shown = ordered.slice(0, SHOWN_MATCHES);
      replace(list,
        h('ul', { class: 'pi-match-list', 'aria-label': t('poll.select.listLabel') }, shown.map((person) =>
          h('li', { class: invitedIds.has(person.id) ? 'pi-match pi-match-invited' : 'pi-match', 'data-match-id': person.id },
            avatar(person.name, 'avatar avatar-sm'),
            h('span', { class: 'pi-match-text' },
              h('span', { class: 'pi-match-name' }, person.name),
              h('span', { class: 'muted small' }, [person.jobTitle, person.department].filter(Boolean).join(' · '))),
            invitedIds.has(person.id) ? h('span', { class: 'pi-tag' }, t('poll.select.invitedTag')) : null))),
        ordered.length > shown.length
          ? h('p', { class: 'pi-more small muted' }, tCount('pi.andMore', ordered.length - shown.length)) : null);
    }
    setInvite(fresh);
  }

  function setInvite(fresh) {
    invite.disabled = inviting || fresh.length === 0 || round.closedOn != null;
    replace(invite, icon('send'), h('span', {}, fresh.length > 0
      ? tCount('poll.select.invite', fresh.length, { count: formatNumber(fresh.length) })
      : t(matches?.length ? 'poll.select.inviteAllDone' : 'poll.select.inviteNone')));
    invite.dataset.count = String(fresh.length);
  }

  async function inviteAll() {
    const fresh = (matches ?? []).filter((person) => !invitedIds.has(person.id));
    if (fresh.length === 0) return;
    inviting = true;
    inviteError.hidden = true;
    setInvite(fresh);
    try {
      const added = await api.inviteToPoll(round.id, fresh.map((person) => person.id));
      for (const person of fresh) invitedIds.add(person.id);
      onInvited?.(Number(added) || 0);
    } catch (error) {
      inviteError.textContent = errorText(error.code);
      inviteError.hidden = false;
    } finally {
      inviting = false;
      renderMatches();
    }
  }

  /** After the round's invitees changed elsewhere: mark who is invited now. */
  function update(nextInvitedIds) {
    invitedIds = nextInvitedIds;
    renderMatches();
  }

  renderMatches();
  preview();
  return { element, update };
}

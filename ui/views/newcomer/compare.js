// Two or three mentors side by side (compare_mentors): who they are, what they offer, how they
// like to meet, the road their career took, their free places and why each could fit this
// newcomer. A mentor in the newcomer's own reporting line says so plainly. The selection is the
// session's (marks.compareIds()); with fewer than two the tab explains how to add mentors.

import * as api from '../../api.js';
import { h, replace } from '../../lib/dom.js';
import { getLanguage, t, tCount } from '../../lib/i18n.js';
import { languageName } from '../../lib/profile.js';
import { icon } from '../icons.js';
import { portrait } from '../portrait.js';
import { showLoadState } from '../widgets.js';
import { tabEmpty } from './choice.js';
import { MAX_COMPARE } from './marks.js';
import { placesBadge, REASON_ICONS } from './mentor-card.js';
import { reasonText, relationText } from './reason-text.js';
import { tabHeader } from './tab-header.js';

/** The rows, in order; each becomes one line across every column. */
const ROWS = ['role', 'department', 'expertise', 'topics', 'languages', 'meeting', 'career', 'places', 'reasons'];

export function createCompareTab(ctx) {
  const state = { ids: [], compared: null, error: null, ambition: null };
  const element = h('section', { id: 'compare-tab', class: 'newcomer-tab ch-tab', 'aria-labelledby': 'compare-tab-title' });
  const body = h('div', { class: 'ch-compare-body', 'aria-live': 'polite', 'aria-busy': 'false' });
  let loading = 0;

  // A mentor put in or taken out of the comparison elsewhere (a card, the profile) shows here.
  ctx.marks.subscribe(() => {
    if (!element.isConnected) return;
    if (sameIds(state.ids, ctx.marks.compareIds())) return;
    load();
  });

  // The reasons are worded with the ambition, so the grid waits for both and is drawn once.
  async function enter() {
    await load(loadAmbition());
  }

  async function loadAmbition() {
    try {
      state.ambition = (await api.getIntake(ctx.personId))?.intake?.ambition ?? null;
    } catch {
      state.ambition = null;
    }
  }

  async function load(ambitionLoaded = Promise.resolve()) {
    const ids = ctx.marks.compareIds();
    state.ids = ids;
    state.error = null;
    if (ids.length < 2) {
      state.compared = [];
      renderBody();
      return;
    }
    const ticket = ++loading;
    body.setAttribute('aria-busy', 'true');
    try {
      const [compared] = await Promise.all([api.compareMentors(ctx.personId, ids), ambitionLoaded]);
      if (ticket !== loading) return;
      state.compared = compared;
    } catch (failure) {
      if (ticket !== loading) return;
      state.error = failure;
    }
    body.setAttribute('aria-busy', 'false');
    renderBody();
  }

  function render() {
    replace(element,
      tabHeader({ titleId: 'compare-tab-title', title: t('compare.title'),
        subtitle: t('compare.subtitle', { max: MAX_COMPARE }), focusable: true }),
      body);
    renderBody();
  }

  /** Redraws the grid; when the control that had the focus is gone with it, the heading takes it. */
  function renderBody() {
    const hadFocus = body.contains(document.activeElement);
    drawBody();
    if (hadFocus && !body.contains(document.activeElement)) document.getElementById('compare-tab-title')?.focus();
  }

  function drawBody() {
    if (showLoadState(body, { error: state.error, loading: state.compared === null })) return;
    if (state.ids.length < 2) {
      replace(body, tooFew());
      return;
    }
    const columns = state.ids.map((id) => state.compared.find((c) => Number(c.mentorId) === id) ?? { mentorId: id });
    replace(body,
      h('div', { id: 'compare-grid', class: `ch-compare ch-cols-${columns.length}` },
        h('div', { class: 'ch-compare-labels', 'aria-hidden': 'true' },
          h('div', { class: 'ch-cc-head' }),
          ROWS.map((row) => h('div', { class: 'ch-cc-label' }, t(`compare.row.${row}`))),
          h('div', { class: 'ch-cc-actions' })),
        columns.map(column)),
      state.ids.length < MAX_COMPARE
        ? h('p', { class: 'ch-compare-more muted small' }, icon('info', 'icon icon-sm'), t('compare.addThird', { button: t('newcomer.card.compare') }))
        : null);
  }

  function tooFew() {
    const one = state.ids.length === 1 ? nameOf(state.ids[0]) : null;
    const button = t('newcomer.card.compare');
    return tabEmpty({ id: 'compare-empty', iconName: 'table', title: t('compare.empty.title'),
      text: one ? t('compare.empty.one', { name: one, button }) : t('compare.empty.text', { max: MAX_COMPARE, button }),
      actions: [
        h('button', { id: 'compare-to-shortlist', type: 'button', class: 'button button-primary', onclick: () => ctx.go('shortlist') },
          icon('star', 'icon icon-sm'), h('span', {}, t('compare.empty.toShortlist'))),
        h('button', { id: 'compare-to-suggestions', type: 'button', class: 'button', onclick: () => ctx.go('suggestions') },
          h('span', {}, t('compare.empty.toSuggestions'))),
      ] });
  }

  /** A name for a mentor we only know by id: the compared data, else the shortlist's card. */
  function nameOf(id) {
    const compared = state.compared?.find((c) => Number(c.mentorId) === id);
    return compared?.profile?.name ?? compared?.card?.name ?? ctx.marks.mark?.(id)?.card?.name ?? t('compare.unavailable.name');
  }

  function column(compared) {
    const id = Number(compared.mentorId);
    const profile = compared.profile ?? null;
    const card = compared.card ?? null;
    const who = profile ?? card;
    const titleId = `compare-column-${id}-name`;
    if (!who) {
      return h('article', { id: `compare-column-${id}`, class: 'ch-compare-column ch-cc-gone', 'data-mentor-id': id,
        'aria-labelledby': titleId },
      h('header', { class: 'ch-cc-head' },
        h('span', { class: 'ch-gone-icon' }, icon('seats', 'icon icon-lg')),
        h('h3', { id: titleId, class: 'ch-cc-name' }, nameOf(id)),
        h('p', { class: 'muted small' }, t('compare.unavailable.text'))),
      h('dl', { class: 'ch-cc-facts' }, ROWS.map((row) => cell(row, h('span', { class: 'muted' }, '—')))),
      h('footer', { class: 'ch-cc-actions' }, removeButton(id, nameOf(id))));
    }
    const relation = compared.relation ?? null;
    return h('article', { id: `compare-column-${id}`, class: `ch-compare-column${relation ? ' ch-cc-line' : ''}`,
      'data-mentor-id': id, 'aria-labelledby': titleId },
    h('header', { class: 'ch-cc-head' },
      portrait({ id, name: who.name, hasPhoto: who.hasPhoto, size: 'lg', lazy: false }),
      h('h3', { id: titleId, class: 'ch-cc-name' }, who.name),
      h('button', { id: `compare-profile-${id}`, type: 'button', class: 'button button-small button-quiet',
        'aria-label': t('compare.viewProfileLabel', { name: who.name }), onclick: () => ctx.openProfile(id) },
      icon('user', 'icon icon-sm'), h('span', {}, t('compare.viewProfile'))),
      relation ? relationNote(id, relation) : null),
    h('dl', { class: 'ch-cc-facts' },
      cell('role', who.jobTitle || dash()),
      cell('department', who.department || dash()),
      cell('expertise', chips(who.expertise ?? [])),
      cell('topics', list(who.topics ?? [])),
      cell('languages', (who.languages ?? []).length
        ? who.languages.map((code) => languageName(code, getLanguage())).join(', ') : dash()),
      cell('meeting', meeting(profile)),
      cell('career', career(profile?.careerPath ?? [])),
      cell('places', placesBadge(who.placesAvailable ?? card?.placesAvailable ?? 0)),
      cell('reasons', reasons(compared.reasons ?? []))),
    h('footer', { class: 'ch-cc-actions' },
      h('button', { id: `compare-choose-${id}`, type: 'button', class: 'button button-primary',
        'aria-label': t('compare.chooseLabel', { name: who.name }), onclick: () => ctx.choose(id) },
      h('span', {}, t('compare.choose'))),
      removeButton(id, who.name)));
  }

  function relationNote(id, relation) {
    return h('div', { id: `compare-relation-${id}`, class: `ch-relation ch-relation-${relation}`, role: 'note' },
      icon('alert', 'icon icon-sm'),
      h('div', {},
        h('strong', {}, relationText(relation)),
        h('p', {}, t(`compare.relation.${relation}`))));
  }

  function removeButton(id, name) {
    return h('button', { id: `compare-remove-${id}`, type: 'button', class: 'button button-quiet',
      'aria-label': t('compare.removeLabel', { name }), onclick: () => ctx.marks.toggleCompare(id) },
    icon('close', 'icon icon-sm'), h('span', {}, t('compare.remove')));
  }

  function reasons(list) {
    const lines = list.map((reason) => ({ kind: reason.kind, text: reasonText(reason, { ambition: state.ambition }) }))
      .filter((line) => line.text);
    if (!lines.length) return h('span', { class: 'muted small' }, t('compare.noReasons'));
    return h('ul', { class: 'reason-list ch-reasons' }, lines.map((line) => h('li', { class: `reason reason-${line.kind}` },
      icon(REASON_ICONS[line.kind] ?? 'check', 'icon icon-sm'), h('span', {}, line.text))));
  }

  return { element, render, enter };
}

function cell(row, value) {
  return h('div', { class: `ch-cc-cell ch-cc-${row}` },
    h('dt', { class: 'ch-cc-dt' }, t(`compare.row.${row}`)),
    h('dd', {}, value));
}

function dash() {
  return h('span', { class: 'muted' }, '—');
}

function chips(tags) {
  return tags.length ? h('ul', { class: 'chips' }, tags.map((tag) => h('li', { class: 'chip chip-accent' }, tag))) : dash();
}

function list(items) {
  return items.length ? h('ul', { class: 'plain-list ch-plain' }, items.map((item) => h('li', {}, item))) : dash();
}

function meeting(profile) {
  const parts = [
    profile?.meetingMode ? t(`mentor.meetingMode.${profile.meetingMode}`) : null,
    profile?.meetingFrequency ? t(`mentor.meetingFrequency.${profile.meetingFrequency}`) : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : dash();
}

/** The career path: how many steps up and sideways, then the moves, latest last. */
function career(moves) {
  if (!moves.length) return dash();
  const up = moves.filter((move) => move.direction !== 'horizontal').length;
  const sideways = moves.length - up;
  return h('div', { class: 'ch-career' },
    h('p', { class: 'ch-career-summary' },
      h('span', { class: 'ch-move-count' }, icon('up', 'icon icon-xs'), tCount('compare.career.up', up)),
      h('span', { class: 'ch-move-count ch-move-sideways' }, icon('sideways', 'icon icon-xs'), tCount('compare.career.sideways', sideways))),
    h('ol', { class: 'ch-moves' }, moves.map((move) => h('li', { class: `ch-move move-${move.direction}` },
      h('span', { class: 'ch-move-mark', title: t(`career.direction.${move.direction}`) },
        icon(move.direction === 'horizontal' ? 'sideways' : 'up', 'icon icon-xs'),
        h('span', { class: 'visually-hidden' }, t(`career.direction.${move.direction}`))),
      h('span', {}, move.year ? `${move.year} · ` : '', move.toRole,
        move.toDepartment ? h('span', { class: 'muted' }, ` (${move.toDepartment})`) : null)))));
}

function sameIds(a, b) {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

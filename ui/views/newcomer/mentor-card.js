// One mentor as a newcomer meets them in a list: photo (or initials), name, role, department,
// expertise, free places and, for a suggestion, the reasons in plain words. Actions: star onto
// the shortlist, put in the comparison, view the whole profile, choose.
// Used by the suggestions and the search results (and free for any other tab): the ids of the
// action buttons are the same everywhere, since only one tab is in the page at a time.

import { h, replace } from '../../lib/dom.js';
import { excerpt } from '../../lib/fields.js';
import { errorText, t, tCount } from '../../lib/i18n.js';
import { icon } from '../icons.js';
import { portrait } from '../portrait.js';
import { showToast } from '../toast.js';
import { reasonText, relationText } from './reason-text.js';

const MAX_CHIPS = 6;
/** Without reasons (search results) a card shows the start of the bio instead. */
const BIO_EXCERPT = 170;

/** A small icon per reason, so a list of reasons can be skimmed. */
export const REASON_ICONS = {
  informal_mentor: 'chat',
  shared_topics: 'tag',
  horizontal_move: 'sideways',
  vertical_move: 'up',
  other_department: 'building',
  speaks_language: 'globe',
  same_meeting_mode: 'calendar',
};

/**
 * `card`: a MentorCard. `reasons`, `relation`: from a SuggestedMentor (leave out for search
 * results). `ambition`: the newcomer's, for the wording of career moves. `idPrefix` names the
 * article (`suggestion-card-<id>`, `search-card-<id>`). `highlight`: topics to mark in the
 * expertise (the newcomer's own). `ctx`: the newcomer area context (marks, openProfile, choose).
 */
export function mentorCard({ ctx, card, reasons = [], relation = null, ambition = null, idPrefix = 'suggestion-card',
  highlight = [] }) {
  const id = Number(card.id);
  const titleId = `${idPrefix}-${id}-name`;
  const wanted = new Set(highlight.map((topic) => topic.toLocaleLowerCase()));
  const expertise = [...card.expertise].sort((a, b) =>
    Number(wanted.has(b.toLocaleLowerCase())) - Number(wanted.has(a.toLocaleLowerCase())));
  const chips = expertise.slice(0, MAX_CHIPS);
  const lines = reasons.map((reason) => ({ kind: reason.kind, text: reasonText(reason, { ambition }) }))
    .filter((line) => line.text);
  const relationLine = relationText(relation);

  return h('article', { id: `${idPrefix}-${id}`, class: `card newcomer-card${relation ? ' newcomer-card-line' : ''}`,
    'data-mentor-id': id, 'aria-labelledby': titleId },
  h('div', { class: 'newcomer-card-top' },
    portrait({ id, name: card.name, hasPhoto: card.hasPhoto, size: 'lg' }),
    h('div', { class: 'card-heading' },
      h('h3', { id: titleId, class: 'card-title' }, card.name),
      card.jobTitle ? h('p', { class: 'newcomer-card-role' }, card.jobTitle) : null,
      card.department ? h('p', { class: 'muted small' }, card.department) : null),
    placesBadge(card.placesAvailable)),
  relationLine ? h('p', { class: 'newcomer-relation' }, icon('alert', 'icon icon-sm'), h('span', {}, relationLine)) : null,
  lines.length
    ? h('ul', { class: 'reason-list', 'aria-label': t('newcomer.card.reasons', { name: card.name }) },
      lines.map((line) => h('li', { class: `reason reason-${line.kind}` },
        icon(REASON_ICONS[line.kind] ?? 'check', 'icon icon-sm'), h('span', {}, line.text))))
    : (card.bio?.trim() ? h('p', { class: 'card-bio' }, excerpt(card.bio, BIO_EXCERPT)) : null),
  chips.length
    ? h('ul', { class: 'chips', 'aria-label': t('newcomer.card.expertise') },
      chips.map((tag) => wanted.has(tag.toLocaleLowerCase())
        ? h('li', { class: 'chip chip-accent chip-match' }, icon('check', 'icon icon-xs'), tag,
          h('span', { class: 'visually-hidden' }, ` (${t('newcomer.card.yourTopic')})`))
        : h('li', { class: 'chip' }, tag)),
      expertise.length > chips.length ? h('li', { class: 'chip chip-more' }, `+${expertise.length - chips.length}`) : null)
    : null,
  h('footer', { class: 'newcomer-card-actions' },
    starButton(ctx, id, card.name),
    compareButton(ctx, id, card.name),
    h('span', { class: 'spacer' }),
    h('button', { id: `profile-open-${id}`, type: 'button', class: 'button button-small button-quiet',
      'aria-label': t('newcomer.card.viewProfileLabel', { name: card.name }), onclick: () => ctx.openProfile(id) },
    icon('user'), h('span', {}, t('newcomer.card.viewProfile'))),
    h('button', { id: `choose-${id}`, type: 'button', class: 'button button-small button-primary',
      'aria-label': t('newcomer.card.chooseLabel', { name: card.name }), onclick: () => ctx.choose(id) },
    h('span', {}, t('newcomer.card.choose')))));
}

export function placesBadge(places) {
  return h('span', { class: 'places-badge' }, tCount('newcomer.card.places', Number(places ?? 0)));
}

/**
 * The star toggle: on or off the shortlist. `idPrefix` '' gives `star-<id>`; the profile uses
 * 'profile-' so its buttons never share an id with the card behind the dialog.
 */
export function starButton(ctx, mentorId, name, idPrefix = '') {
  const button = h('button', { id: `${idPrefix}star-${mentorId}`, type: 'button', class: 'toggle-button star-toggle',
    'data-star-for': mentorId, 'data-name': name,
    onclick: async () => {
      button.disabled = true;
      try {
        await ctx.marks.toggleStar(mentorId);
      } catch (failure) {
        showToast(errorText(failure?.code ?? 'app.internal'), { tone: 'error' });
      } finally {
        button.disabled = false;
        syncStar(button, ctx.marks);
      }
    } });
  syncStar(button, ctx.marks);
  return button;
}

/** The compare toggle; at most three mentors are compared at once. */
export function compareButton(ctx, mentorId, name, idPrefix = '') {
  const button = h('button', { id: `${idPrefix}compare-toggle-${mentorId}`, type: 'button',
    class: 'toggle-button compare-toggle', 'data-compare-for': mentorId, 'data-name': name,
    onclick: async () => {
      const done = await ctx.marks.toggleCompare(mentorId);
      syncCompare(button, ctx.marks);
      if (done === false) {
        showToast(t('newcomer.card.compareFull'), { tone: 'error',
          action: { label: t('newcomer.card.openCompare'), onClick: () => ctx.go('compare') } });
      }
    } });
  syncCompare(button, ctx.marks);
  return button;
}

function syncStar(button, marks) {
  const on = Boolean(marks.isStarred(Number(button.dataset.starFor)));
  const name = button.dataset.name;
  button.setAttribute('aria-pressed', String(on));
  button.setAttribute('aria-label', t(on ? 'newcomer.card.unstarLabel' : 'newcomer.card.starLabel', { name }));
  replace(button, icon('star', 'icon icon-sm'), h('span', {}, t(on ? 'newcomer.card.starred' : 'newcomer.card.star')));
}

function syncCompare(button, marks) {
  const on = Boolean(marks.inCompare(Number(button.dataset.compareFor)));
  const name = button.dataset.name;
  button.setAttribute('aria-pressed', String(on));
  button.setAttribute('aria-label', t(on ? 'newcomer.card.uncompareLabel' : 'newcomer.card.compareLabel', { name }));
  replace(button, icon(on ? 'check' : 'table', 'icon icon-sm'),
    h('span', {}, t(on ? 'newcomer.card.comparing' : 'newcomer.card.compare')));
}

/**
 * Brings every star and compare toggle inside `root` in line with the marks, after a change
 * made elsewhere (the profile, the shortlist). Tabs call it from marks.subscribe().
 */
export function syncMarks(root, marks) {
  for (const button of root.querySelectorAll('[data-star-for]')) syncStar(button, marks);
  for (const button of root.querySelectorAll('[data-compare-for]')) syncCompare(button, marks);
}

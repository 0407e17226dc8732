// The newcomer's shortlist: the mentors they starred, each as the same card as in the
// suggestions, with a private note to edit in place ("only you see this note"). A starred mentor
// who has no place at the moment (or paused) stays on the list and says so, with the note kept.

import { h, replace } from '../../lib/dom.js';
import { errorText, t, tCount } from '../../lib/i18n.js';
import { debounce } from '../../lib/timing.js';
import { icon } from '../icons.js';
import { showToast } from '../toast.js';
import { showLoadState } from '../widgets.js';
import { tabEmpty } from './choice.js';
import { MAX_COMPARE } from './marks.js';
import { mentorCard, starButton, syncMarks } from './mentor-card.js';
import { tabHeader } from './tab-header.js';

const NOTE_MAX = 2000;
const NOTE_SAVE_DELAY_MS = 900;

export function createShortlistTab(ctx) {
  const state = { loaded: false, error: null };
  const element = h('section', { id: 'shortlist-tab', class: 'newcomer-tab ch-tab', 'aria-labelledby': 'shortlist-tab-title' });
  const list = h('div', { class: 'ch-shortlist-body' });
  /** The starred mentors as last drawn, so a note saved or a toggle elsewhere does not redraw the list. */
  let drawn = '';
  let starredBefore = new Map();
  /** mentor id → brings its note field in line with the marks. */
  const editors = new Map();

  ctx.marks.subscribe(() => {
    if (!element.isConnected) return;
    const before = starredBefore;
    const removed = [...before.keys()].filter((id) => !ctx.marks.isStarred(id));
    if (signature() !== drawn) {
      renderList();
    } else {
      syncMarks(element, ctx.marks);
      for (const sync of editors.values()) sync();
    }
    syncCompareLink();
    if (removed.length === 1) offerUndo(removed[0], before.get(removed[0]));
  });

  async function enter() {
    try {
      await ctx.marks.load();
      state.error = null;
    } catch (failure) {
      state.error = failure;
    }
    state.loaded = true;
    renderList();
  }

  const compareLink = h('button', { id: 'shortlist-to-compare', type: 'button', class: 'button', onclick: () => ctx.go('compare') });

  function render() {
    drawn = '';
    replace(element,
      tabHeader({ titleId: 'shortlist-tab-title', title: t('shortlist.title'), subtitle: t('shortlist.subtitle'),
        focusable: true }, compareLink),
      list);
    renderList();
  }

  function syncCompareLink() {
    const count = ctx.marks.compareIds().length;
    replace(compareLink, icon('table', 'icon icon-sm'), h('span', {}, tCount('shortlist.toCompare', count, { max: MAX_COMPARE })));
    compareLink.hidden = !state.loaded || ctx.marks.starred().length === 0;
  }

  function signature() {
    return JSON.stringify(ctx.marks.starred().map((mark) => [mark.mentorId, mark.card ? mark.card.placesAvailable : null]));
  }

  function renderList() {
    syncCompareLink();
    if (showLoadState(list, { error: state.error, loading: !state.loaded })) {
      // Nothing is drawn now, so a later change of the marks must redraw the list, not patch it.
      drawn = '';
      return;
    }
    const hadFocus = element.contains(document.activeElement) && document.activeElement !== element;
    const starred = ctx.marks.starred();
    editors.clear();
    starredBefore = new Map(starred.map((mark) => [mark.mentorId, mark.card?.name ?? null]));
    drawn = signature();
    if (starred.length === 0) {
      replace(list, tabEmpty({ id: 'shortlist-empty', iconName: 'star', title: t('shortlist.empty.title'),
        text: t('shortlist.empty.text', { button: t('newcomer.card.star') }),
        actions: [h('button', { id: 'shortlist-to-suggestions', type: 'button', class: 'button button-primary',
          onclick: () => ctx.go('suggestions') }, h('span', {}, t('shortlist.empty.action')), icon('arrow'))] }));
    } else {
      // Mentors without a place go last: still there, but not in the way.
      const ordered = [...starred.filter((mark) => mark.card), ...starred.filter((mark) => !mark.card)];
      replace(list,
        h('p', { id: 'shortlist-count', class: 'count ch-count' }, tCount('shortlist.count', starred.length)),
        h('ul', { class: 'card-grid newcomer-grid ch-shortlist', 'aria-label': t('shortlist.listLabel') },
          ordered.map((mark) => h('li', { id: `shortlist-item-${mark.mentorId}`, class: 'ch-shortlist-item',
            'data-mentor-id': mark.mentorId }, mark.card ? fullItem(mark) : goneItem(mark)))));
    }
    // An item that had the focus may be gone (unstarred): keep the keyboard in the tab.
    if (hadFocus && !element.contains(document.activeElement)) document.getElementById('shortlist-tab-title')?.focus();
  }

  function fullItem(mark) {
    const card = mentorCard({ ctx, card: mark.card, idPrefix: 'shortlist-card' });
    const editor = noteEditor(mark.mentorId, mark.card.name);
    // The note sits inside the card, above its actions.
    const footer = card.querySelector(':scope > footer');
    if (footer) card.insertBefore(editor, footer);
    else card.append(editor);
    return card;
  }

  function goneItem(mark) {
    const name = mark.name ?? null;
    return h('article', { id: `shortlist-card-${mark.mentorId}`, class: 'card ch-gone', 'data-mentor-id': mark.mentorId },
      h('div', { class: 'ch-gone-top' },
        h('span', { class: 'ch-gone-icon' }, icon('seats', 'icon icon-lg')),
        h('div', {},
          h('h3', { class: 'card-title' }, name ?? t('shortlist.gone.title')),
          h('p', { class: 'ch-gone-badge' }, t('shortlist.gone.badge')))),
      h('p', { class: 'muted small' }, t('shortlist.gone.text')),
      noteEditor(mark.mentorId, name),
      h('footer', { class: 'newcomer-card-actions' }, starButton(ctx, mark.mentorId, name ?? t('shortlist.gone.title'))));
  }

  /**
   * The private note, saved a moment after typing stops and when the field is left, like the
   * note in the profile; a save waits for the one before it, so they arrive in order.
   */
  function noteEditor(mentorId, name) {
    const id = `shortlist-note-${mentorId}`;
    const status = h('p', { id: `${id}-status`, class: 'note-status', 'aria-live': 'polite' });
    let saved = ctx.marks.note(mentorId);
    let pending = null;
    const area = h('textarea', { id, class: 'ch-note-input', rows: 2, maxlength: NOTE_MAX, value: saved,
      placeholder: t('shortlist.note.placeholder'), 'aria-describedby': `${id}-hint ${id}-status`,
      oninput: () => { show(null); later(); }, onblur: () => save() });
    const later = debounce(() => save(), NOTE_SAVE_DELAY_MS);

    function show(kind, failure) {
      status.classList.toggle('note-error', kind === 'error');
      status.classList.toggle('note-saved', kind === 'saved');
      if (kind === 'saved') replace(status, icon('check', 'icon icon-xs'), h('span', {}, t('shortlist.note.saved')));
      else if (kind === 'saving') replace(status, t('shortlist.note.saving'));
      else if (kind === 'error') replace(status, errorText(failure?.code));
      else replace(status);
    }

    async function save() {
      const text = area.value;
      if (text === saved) return;
      if (pending) await pending;
      if (text === saved) return;
      show('saving');
      pending = ctx.marks.saveNote(mentorId, text);
      try {
        await pending;
        saved = text;
        if (area.value === text) show('saved');
      } catch (failure) {
        show('error', failure);
      } finally {
        pending = null;
      }
    }

    // A note saved elsewhere (the profile) shows here too, unless this field is being edited.
    editors.set(mentorId, () => {
      const stored = ctx.marks.note(mentorId);
      if (document.activeElement !== area && area.value === saved && stored !== saved) {
        area.value = stored;
        saved = stored;
      }
    });

    return h('div', { class: 'field note-field ch-note' },
      h('label', { for: id }, name ? t('shortlist.note.label', { name }) : t('shortlist.note.labelPlain')),
      area,
      h('div', { class: 'note-foot' },
        h('p', { class: 'hint', id: `${id}-hint` }, icon('lock', 'icon icon-xs'), h('span', {}, t('shortlist.note.hint'))),
        status));
  }

  function offerUndo(mentorId, knownName) {
    const name = knownName ?? t('shortlist.gone.title');
    showToast(t('shortlist.removed', { name }), {
      action: { label: t('shortlist.undo'), onClick: async () => {
        try {
          await ctx.marks.toggleStar(mentorId);
          document.getElementById(`star-${mentorId}`)?.focus();
        } catch (failure) {
          showToast(errorText(failure.code), { tone: 'error' });
        }
      } },
    });
  }

  return { element, render, enter };
}

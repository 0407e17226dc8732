// The newcomer's own marks on mentors: stars (the shortlist) and private notes, kept in the core
// (list_marks, set_star, save_mentor_note), and the compare selection, kept for this session
// only. One instance per newcomer area, shared by every tab, so a star set on a card shows on
// the shortlist at once. Tabs subscribe and redraw on change.

import * as api from '../../api.js';

/** Compare puts at most this many mentors side by side. */
export const MAX_COMPARE = 3;

/**
 * `client` is api.js; tests pass a stand-in with the same three functions.
 * Every method that writes returns a Promise and rejects with the core's AppError.
 */
export function createMarks(personId, { client = api } = {}) {
  /** Mark[] as the core last returned them: starred first, then by name. */
  let list = [];
  const comparing = [];
  const listeners = new Set();

  const idOf = (id) => Number(id);
  const find = (id) => list.find((mark) => mark.mentorId === idOf(id)) ?? null;

  function notify() {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        console.error(error);
      }
    }
  }

  function take(next) {
    list = Array.isArray(next) ? next : [];
    notify();
    return list;
  }

  async function load() {
    return take(await client.listMarks(personId));
  }

  function isStarred(id) {
    return Boolean(find(id)?.starred);
  }

  /**
   * Stars or unstars at once on screen, then in the core; a refusal puts the star back and
   * rejects, so the caller can say why.
   */
  async function toggleStar(id) {
    const mentorId = idOf(id);
    const starred = !isStarred(mentorId);
    const before = list;
    const existing = find(mentorId);
    list = existing
      ? list.map((mark) => (mark.mentorId === mentorId ? { ...mark, starred } : mark))
      : [...list, { mentorId, starred, note: '', card: null }];
    notify();
    try {
      return take(await client.setStar(personId, mentorId, starred));
    } catch (error) {
      list = before;
      notify();
      throw error;
    }
  }

  function note(id) {
    return find(id)?.note ?? '';
  }

  async function saveNote(id, text) {
    return take(await client.saveMentorNote(personId, idOf(id), String(text ?? '')));
  }

  function compareIds() {
    return [...comparing];
  }

  function inCompare(id) {
    return comparing.includes(idOf(id));
  }

  /** Adds or removes a mentor; false (and no change) when adding a fourth. */
  function toggleCompare(id) {
    const mentorId = idOf(id);
    const at = comparing.indexOf(mentorId);
    if (at >= 0) {
      comparing.splice(at, 1);
    } else {
      if (comparing.length >= MAX_COMPARE) return false;
      comparing.push(mentorId);
    }
    notify();
    return true;
  }

  /** The starred marks, in the core's order (cards null for mentors no longer visible). */
  function starred() {
    return list.filter((mark) => mark.starred);
  }

  function subscribe(fn) {
    listeners.add(fn);
    return () => listeners.delete(fn);
  }

  return {
    load, isStarred, toggleStar, note, saveNote, compareIds, toggleCompare, inCompare, starred,
    mark: find,
    marks: () => [...list],
    subscribe,
  };
}

// Run with: node --test tests/ui/
// The newcomer's marks (ui/views/newcomer/marks.js) over a stand-in for api.js: stars and notes
// come from the core, the compare selection is the session's, and at most three are compared.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMarks, MAX_COMPARE } from '../../ui/views/newcomer/marks.js';

const card = (id, name) => ({ id, name, placesAvailable: 1 });

/** A core that keeps marks per mentor and answers like list_marks: starred first, then by id. */
function fakeCore({ failStar = false } = {}) {
  const rows = new Map([[3, { mentorId: 3, starred: true, note: 'Vragen naar de Omgevingswet', card: card(3, 'Zoë') }]]);
  const list = () => [...rows.values()].filter((m) => m.starred || m.note)
    .sort((a, b) => Number(b.starred) - Number(a.starred) || a.mentorId - b.mentorId)
    .map((m) => ({ ...m }));
  const calls = [];
  return {
    calls,
    listMarks: async (personId) => { calls.push(['listMarks', personId]); return list(); },
    setStar: async (personId, mentorId, starred) => {
      calls.push(['setStar', personId, mentorId, starred]);
      if (failStar) throw Object.assign(new Error('full'), { code: 'store.database' });
      const row = rows.get(mentorId) ?? { mentorId, starred: false, note: '', card: card(mentorId, `M${mentorId}`) };
      rows.set(mentorId, { ...row, starred });
      return list();
    },
    saveMentorNote: async (personId, mentorId, note) => {
      calls.push(['saveMentorNote', personId, mentorId, note]);
      const row = rows.get(mentorId) ?? { mentorId, starred: false, note: '', card: null };
      rows.set(mentorId, { ...row, note: note.trim() });
      return list();
    },
  };
}

test('stars and notes come from the core and are kept per mentor', async () => {
  const core = fakeCore();
  const marks = createMarks(42, { client: core });
  await marks.load();
  assert.equal(marks.isStarred(3), true);
  assert.equal(marks.isStarred('3'), true);
  assert.equal(marks.note(3), 'Vragen naar de Omgevingswet');
  assert.equal(marks.note(9), '');
  await marks.toggleStar(5);
  assert.deepEqual(marks.starred().map((m) => m.mentorId), [3, 5]);
  await marks.toggleStar(3);
  // Unstarring keeps the note (the core keeps the row while it has one).
  assert.equal(marks.isStarred(3), false);
  assert.equal(marks.note(3), 'Vragen naar de Omgevingswet');
  await marks.saveNote(5, '  Vraag naar haar overstap  ');
  assert.equal(marks.note(5), 'Vraag naar haar overstap');
  assert.deepEqual(core.calls.slice(1), [['setStar', 42, 5, true], ['setStar', 42, 3, false],
    ['saveMentorNote', 42, 5, '  Vraag naar haar overstap  ']]);
});

test('a star shows at once and goes back when the core refuses it', async () => {
  const core = fakeCore({ failStar: true });
  const marks = createMarks(1, { client: core });
  await marks.load();
  const seen = [];
  marks.subscribe(() => seen.push(marks.isStarred(8)));
  await assert.rejects(marks.toggleStar(8), (error) => error.code === 'store.database');
  assert.deepEqual(seen, [true, false]);
  assert.equal(marks.isStarred(8), false);
});

test('at most three mentors are compared; a fourth is refused without a change', () => {
  const marks = createMarks(1, { client: fakeCore() });
  let changes = 0;
  const stop = marks.subscribe(() => { changes += 1; });
  assert.equal(MAX_COMPARE, 3);
  for (const id of [4, '7', 9]) assert.equal(marks.toggleCompare(id), true);
  assert.deepEqual(marks.compareIds(), [4, 7, 9]);
  assert.equal(marks.toggleCompare(11), false);
  assert.deepEqual(marks.compareIds(), [4, 7, 9]);
  assert.equal(changes, 3);
  assert.equal(marks.toggleCompare(7), true);
  assert.deepEqual(marks.compareIds(), [4, 9]);
  assert.equal(marks.inCompare(7), false);
  assert.equal(marks.inCompare('9'), true);
  stop();
  marks.toggleCompare(11);
  assert.equal(changes, 4);
  // The selection is a copy: changing it changes nothing inside.
  marks.compareIds().push(99);
  assert.deepEqual(marks.compareIds(), [4, 9, 11]);
});

test('a listener that throws does not stop the others', async () => {
  const marks = createMarks(1, { client: fakeCore() });
  const original = console.error;
  console.error = () => {};
  let reached = false;
  marks.subscribe(() => { throw new Error('broken tab'); });
  marks.subscribe(() => { reached = true; });
  try {
    await marks.load();
  } finally {
    console.error = original;
  }
  assert.equal(reached, true);
  assert.equal(marks.marks().length, 1);
});

// Run with: node --test tests/ui/
// The mentor profile helpers (ui/lib/profile.js): what the editor sends to update_mentor and
// save_screening, and the completeness preview that must agree with the core's rule.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addTags, badYears, careerMoveFrom, charCount, checkFrom, checkValue, COMPLETENESS_KEYS, cvCopyName, cvEntryFrom,
  filledCount, hasPhotoIn, languageName, MIN_BIO_CHARS, parseYear, placesLeft, previewCompleteness, tidy,
  vocabularySpelling,
} from '../../ui/lib/profile.js';

test('tags: trimmed, blanks dropped, case-insensitive duplicates keep the first spelling', () => {
  assert.deepEqual(addTags([], ' Omgevingswet ,  , projectmanagement'), ['Omgevingswet', 'projectmanagement']);
  assert.deepEqual(addTags(['Omgevingswet'], 'omgevingswet'), ['Omgevingswet']);
  assert.deepEqual(addTags(['A'], 'Werk   en privé'), ['A', 'Werk en privé']);
  assert.deepEqual(addTags(['A'], ''), ['A']);
  assert.equal(tidy('  twee   woorden '), 'twee woorden');
  assert.equal(vocabularySpelling('omgevingswet', ['Omgevingswet', 'Data']), 'Omgevingswet');
  assert.equal(vocabularySpelling('Nieuw', ['Omgevingswet']), 'Nieuw');
});

test('years: empty is null, whole numbers pass, anything else is NaN for the form to point at', () => {
  assert.equal(parseYear(''), null);
  assert.equal(parseYear(' 2012 '), 2012);
  assert.ok(Number.isNaN(parseYear('12a')));
  assert.ok(Number.isNaN(parseYear('2012.5')));
});

test('a career row becomes the contract CareerMove; an empty row is dropped', () => {
  assert.equal(careerMoveFrom({ year: '', fromRole: ' ', toRole: '', fromDepartment: '', toDepartment: '', direction: 'horizontal' }), null);
  assert.deepEqual(
    careerMoveFrom({ year: '2015', fromRole: 'Controller', toRole: 'Beleidsadviseur', fromDepartment: 'Financiën',
      toDepartment: 'Beleid', direction: 'horizontal' }),
    { year: 2015, fromRole: 'Controller', toRole: 'Beleidsadviseur', fromDepartment: 'Financiën', toDepartment: 'Beleid',
      direction: 'horizontal' });
  // The core refuses a move without its new role; the UI sends it so the core can say so.
  assert.equal(careerMoveFrom({ year: '2015', toRole: '' }).toRole, '');
  assert.equal(careerMoveFrom({ toRole: 'X', direction: 'sideways' }).direction, 'vertical');
  assert.deepEqual(badYears(careerMoveFrom({ year: 'abc', toRole: 'X' }), ['year']), ['year']);
});

test('a CV row becomes the contract CvEntry; an empty row is dropped', () => {
  assert.equal(cvEntryFrom({ kind: 'education', title: '', organisation: '', fromYear: '', toYear: '', description: '' }), null);
  assert.deepEqual(
    cvEntryFrom({ kind: 'education', title: 'MSc Civiele Techniek', organisation: 'TU Delft', fromYear: '1994', toYear: '',
      description: '' }),
    { kind: 'education', title: 'MSc Civiele Techniek', organisation: 'TU Delft', fromYear: 1994, toYear: null, description: '' });
  assert.equal(cvEntryFrom({ kind: 'hobby', title: 'X' }).kind, 'position');
});

test('screening answers map between the core and the form', () => {
  assert.deepEqual([true, false, null, undefined].map(checkValue), ['yes', 'no', '', '']);
  assert.deepEqual(['yes', 'no', '', 'maybe'].map(checkFrom), [true, false, null, null]);
});

test('the completeness preview follows the core: seven required items, the photo only suggested', () => {
  const full = {
    bio: 'x'.repeat(MIN_BIO_CHARS), expertise: ['A'], topics: 1, languages: ['nl'], meetingMode: 'online',
    meetingFrequency: 'monthly', careerPath: 2, cv: [{}], hasPhoto: true,
  };
  assert.deepEqual(previewCompleteness(full), { percent: 100, missing: [], suggested: [], publishable: true });
  const noPhoto = previewCompleteness({ ...full, hasPhoto: false });
  assert.deepEqual([noPhoto.publishable, noPhoto.suggested, noPhoto.percent], [true, ['photo'], 87]);
  const short = previewCompleteness({ ...full, bio: `  ${'x'.repeat(MIN_BIO_CHARS - 1)}  `, careerPath: 0 });
  assert.deepEqual(short.missing, ['bio', 'career_path']);
  assert.equal(short.publishable, false);
  // A meeting preference needs both the way and the frequency, as in the core.
  assert.deepEqual(previewCompleteness({ ...full, meetingFrequency: '' }).missing, ['meeting']);
  assert.equal(previewCompleteness({}).percent, 0);
  assert.deepEqual(previewCompleteness({}).missing, COMPLETENESS_KEYS.filter((key) => key !== 'photo'));
});

test('cards: filled items, photo presence and free places from a list row', () => {
  const completeness = { percent: 75, missing: ['cv'], suggested: ['photo'], publishable: false };
  assert.equal(filledCount(completeness), 6);
  assert.equal(hasPhotoIn({ completeness }), false);
  assert.equal(hasPhotoIn({ completeness: { ...completeness, suggested: [] } }), true);
  assert.equal(hasPhotoIn({ hasPhoto: true, completeness }), true);
  assert.equal(hasPhotoIn({}), false);
  assert.equal(placesLeft({ capacity: 2, activeMentees: 1 }), 1);
  assert.equal(placesLeft({ capacity: 1, activeMentees: 3 }), 0);
});

test('bio length counts characters as readers do', () => {
  assert.equal(charCount(' Zoë 👋 '), 5);
  assert.equal(charCount(null), 0);
});

test('language names in the UI language, codes kept when unknown', () => {
  assert.equal(languageName('nl', 'nl'), 'Nederlands');
  assert.equal(languageName('en', 'en'), 'English');
  assert.equal(languageName('nl', 'en'), 'Dutch');
  assert.equal(languageName('qqq', 'en'), 'qqq');
});

test('the default name for a CV copy', () => {
  assert.equal(cvCopyName('cv-anouk.pdf', 'Anouk Smit'), 'cv-anouk.pdf');
  assert.equal(cvCopyName(null, 'Anouk Smit'), 'Anouk-Smit-cv.pdf');
  assert.equal(cvCopyName('', '../..'), 'cv-cv.pdf');
});

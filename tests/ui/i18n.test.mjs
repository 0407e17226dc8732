// Run with: node --test tests/ui/
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  errorText, interpolate, loadDictionaries, pickLanguage, setLanguage, t, tCount,
} from '../../ui/lib/i18n.js';
import {
  COMPLETENESS_KEYS, CV_KINDS, DIRECTIONS, MEETING_FREQUENCIES, MEETING_MODES, SCREENING_CHECKS, SCREENING_DECISIONS,
} from '../../ui/lib/profile.js';

const UI = fileURLToPath(new URL('../../ui/', import.meta.url));
const readDictionary = (lang) => JSON.parse(readFileSync(join(UI, 'i18n', `${lang}.json`), 'utf8'));
const nl = readDictionary('nl');
const en = readDictionary('en');

// The error codes of notes/contract.md ("Errors"); a new code there belongs here too.
const CONTRACT_ERROR_CODES = [
  'person.empty_name', 'person.invalid_email', 'person.empty_employee_number',
  'person.duplicate_employee_number', 'person.self_manager', 'person.management_cycle',
  'person.unknown_manager', 'person.invalid_language', 'person.implausible_career_start',
  'person.not_found', 'mentor.capacity_out_of_range', 'mentor.already_mentor',
  'mentor.invalid_status_transition', 'mentor.empty_expertise', 'mentor.not_found',
  'store.demo_needs_empty', 'store.database', 'app.invalid_argument', 'app.internal',
];

// The error codes of notes/contract-3.md (issue 3), plus the few the core also sends
// (cv.none from export_cv_file, and the import problems and refusals of the exchange crate).
const CONTRACT_3_ERROR_CODES = [
  'poll.empty_title', 'poll.hours_out_of_range', 'poll.not_found', 'poll.not_invited',
  'screening.decision_needs_reason', 'screening.approval_needs_all_checks',
  'mentor.not_screened', 'mentor.profile_incomplete', 'mentor.bio_too_long',
  'profile.empty_topic', 'profile.career_move_without_role', 'profile.cv_entry_without_title',
  'profile.cv_entry_ends_before_start', 'profile.implausible_year',
  'expertise.not_found', 'expertise.duplicate', 'expertise.merge_into_itself',
  'photo.not_an_image', 'photo.too_large_file', 'photo.too_many_pixels', 'photo.unreadable',
  'cv.unsupported_type', 'cv.too_large', 'cv.empty_name', 'cv.none',
  'file.unreadable', 'file.unwritable',
  'import.missing_column', 'import.duplicate_employee_number', 'import.invalid_email', 'import.invalid_date',
  'import.invalid_year', 'import.unknown_manager', 'import.management_cycle', 'import.self_manager',
  'import.empty_name', 'import.unreadable_file',
  'import.duplicate_email', 'import.empty_employee_number', 'import.field_count', 'import.invalid_language',
  'import.invalid_mapping', 'import.invalid', 'import.not_missing',
];

await loadDictionaries(readDictionary);

test('nl.json and en.json have exactly the same keys', () => {
  assert.deepEqual(Object.keys(nl).sort(), Object.keys(en).sort());
});

test('every text is a non-empty string', () => {
  for (const [lang, dict] of [['nl', nl], ['en', en]]) {
    for (const [key, value] of Object.entries(dict)) {
      assert.equal(typeof value, 'string', `${lang}:${key}`);
      assert.ok(value.trim().length > 0, `${lang}:${key} is empty`);
    }
  }
});

test('both languages use the same {placeholders} per key', () => {
  const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(en)) {
    assert.deepEqual(placeholders(nl[key]), placeholders(en[key]), key);
  }
});

test('every error code of the contract has a translation in both languages', () => {
  for (const code of [...CONTRACT_ERROR_CODES, ...CONTRACT_3_ERROR_CODES]) {
    for (const lang of ['nl', 'en']) {
      setLanguage(lang);
      const text = errorText(code);
      assert.equal(text, (lang === 'nl' ? nl : en)[`error.${code}`], `${lang}:${code}`);
    }
  }
  setLanguage('nl');
  assert.notEqual(errorText('person.empty_name'), en['error.person.empty_name']);
});

test('an unknown error code gives a translated generic text that names the code', () => {
  setLanguage('nl');
  const dutch = errorText('booklet.font_missing');
  assert.match(dutch, /booklet\.font_missing/);
  assert.match(dutch, /Er ging iets mis/);
  setLanguage('en');
  assert.match(errorText('booklet.font_missing'), /Something went wrong.*booklet\.font_missing/);
  assert.match(errorText(undefined), /undefined/);
});

test('interpolation fills {name} placeholders and leaves unknown ones visible', () => {
  assert.equal(interpolate('Hallo {name}, {count} nieuw', { name: 'Zoë', count: 3 }), 'Hallo Zoë, 3 nieuw');
  assert.equal(interpolate('{missing} blijft', {}), '{missing} blijft');
  assert.equal(interpolate('{a}{a}', { a: 0 }), '00');
  setLanguage('nl');
  assert.equal(t('person.added', { name: 'Jan de Vries' }), 'Jan de Vries is toegevoegd.');
  setLanguage('en');
  assert.equal(t('person.added', { name: 'Jan de Vries' }), 'Jan de Vries has been added.');
});

test('plural forms pick zero, one or other', () => {
  setLanguage('nl');
  assert.equal(tCount('people.count', 1), '1 medewerker');
  assert.equal(tCount('people.count', 183), '183 medewerkers');
  assert.equal(tCount('mentors.capacity', 0), 'Geen plaatsen');
  assert.equal(tCount('mentors.capacity', 2), '2 plaatsen');
  setLanguage('en');
  assert.equal(tCount('mentors.capacity', 1), '1 place');
  assert.equal(tCount('people.count', 0), '0 people');
});

test('a missing key falls back to English, then to the key itself', () => {
  setLanguage('nl');
  assert.equal(t('no.such.key'), 'no.such.key');
});

test('the remembered language wins, else the OS locale, else English', () => {
  assert.equal(pickLanguage('en', ['nl-NL']), 'en');
  assert.equal(pickLanguage('nl', ['en-US']), 'nl');
  assert.equal(pickLanguage(null, ['nl-NL', 'en-US']), 'nl');
  assert.equal(pickLanguage(null, ['nl-BE']), 'nl');
  assert.equal(pickLanguage(null, ['NL']), 'nl');
  assert.equal(pickLanguage(null, ['nl_NL']), 'nl');
  assert.equal(pickLanguage(null, ['en-GB', 'nl-NL']), 'en');
  assert.equal(pickLanguage(null, ['de-DE', 'nl-NL']), 'nl');
  assert.equal(pickLanguage(null, ['de-DE']), 'en');
  assert.equal(pickLanguage(null, []), 'en');
  assert.equal(pickLanguage(undefined, undefined), 'en');
  assert.equal(pickLanguage('fr', ['nl']), 'nl');
});

test('every text key the UI asks for exists', () => {
  const used = new Set();
  for (const file of jsFiles(UI)) {
    const source = readFileSync(file, 'utf8');
    // t('key'), tCount('key', …) with a literal key; dynamic keys are checked below.
    for (const m of source.matchAll(/\b(t|tCount)\(\s*'([\w.]+)'/g)) {
      if (m[1] === 't') used.add(m[2]);
      else for (const form of ['one', 'other']) used.add(`${m[2]}.${form}`);
    }
    for (const m of source.matchAll(/label: '([\w.]+)'/g)) used.add(m[1]);
  }
  for (const status of ['candidate', 'approved', 'paused', 'retired']) {
    used.add(`status.${status}`);
    used.add(`mentor.status.to.${status}`);
  }
  // Keys the mentor pool screens build from the contract's values.
  for (const key of COMPLETENESS_KEYS) used.add(`completeness.item.${key}`);
  for (const state of ['done', 'missing', 'suggested']) used.add(`completeness.state.${state}`);
  for (const mode of [...MEETING_MODES, 'none']) used.add(`mentor.meetingMode.${mode}`);
  for (const frequency of [...MEETING_FREQUENCIES, 'none']) used.add(`mentor.meetingFrequency.${frequency}`);
  for (const direction of DIRECTIONS) {
    used.add(`career.direction.${direction}`);
    used.add(`career.direction.${direction}.hint`);
  }
  for (const kind of CV_KINDS) {
    for (const prefix of ['cv.kind', 'cv.title.placeholder', 'cv.organisation.placeholder']) used.add(`${prefix}.${kind}`);
  }
  for (const check of SCREENING_CHECKS) {
    used.add(`screening.check.${check}`);
    used.add(`screening.check.${check}.hint`);
  }
  for (const decision of SCREENING_DECISIONS) {
    used.add(`screening.decision.${decision}`);
    used.add(`screening.decidedOn.${decision}`);
  }
  for (const section of ['profile', 'photo', 'meeting', 'career', 'cv', 'screening']) used.add(`mentor.section.${section}`);
  for (const lang of ['nl', 'en']) used.add(`language.${lang}`);
  for (const column of ['name', 'jobTitle', 'department', 'manager', 'mentor']) used.add(`people.col.${column}`);
  const missing = [...used].filter((key) => !(key in en) && !key.startsWith('no.such'));
  assert.deepEqual(missing, []);
});

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

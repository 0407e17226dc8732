// Run with: node --test tests/ui/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError, toAppError } from '../../ui/lib/errors.js';
import { byName, excerpt, initials, joinList, optionalInteger, optionalText, splitCodes, splitTags } from '../../ui/lib/fields.js';
import { latestOnly } from '../../ui/lib/timing.js';

test('rejections become { code, message }; anything unexpected is app.internal', () => {
  const fromCore = toAppError({ code: 'person.empty_name', message: 'the name is empty' });
  assert.ok(fromCore instanceof AppError);
  assert.equal(fromCore.code, 'person.empty_name');
  assert.equal(fromCore.message, 'the name is empty');
  assert.equal(toAppError('command list_people not found').code, 'app.internal');
  assert.equal(toAppError('command list_people not found').message, 'command list_people not found');
  assert.equal(toAppError(new TypeError('boom')).code, 'app.internal');
  assert.equal(toAppError(undefined).code, 'app.internal');
  assert.equal(toAppError({ code: 42 }).code, 'app.internal');
  assert.equal(toAppError({ code: '' }).code, 'app.internal');
});

test('language codes may be separated by commas or spaces', () => {
  assert.deepEqual(splitCodes('nl, en'), ['nl', 'en']);
  assert.deepEqual(splitCodes(' nl  en;de, '), ['nl', 'en', 'de']);
  assert.deepEqual(splitCodes(''), []);
  assert.equal(joinList(['nl', 'en']), 'nl, en');
  assert.equal(joinList(undefined), '');
});

test('expertise tags keep inner spaces and drop blanks', () => {
  assert.deepEqual(splitTags('Project management, Omgevingswet,'), ['Project management', 'Omgevingswet']);
  assert.deepEqual(splitTags(' , '), []);
});

test('optional numbers and texts', () => {
  assert.equal(optionalInteger(''), null);
  assert.equal(optionalInteger(' 2004 '), 2004);
  assert.ok(Number.isNaN(optionalInteger('20.5')));
  assert.ok(Number.isNaN(optionalInteger('abc')));
  assert.equal(optionalText('  '), null);
  assert.equal(optionalText('2020-02-01'), '2020-02-01');
});

test('excerpts cut at a word and add an ellipsis', () => {
  assert.equal(excerpt('Kort.'), 'Kort.');
  const long = 'Ik werk al twintig jaar bij het waterschap, '.repeat(6);
  const cut = excerpt(long, 140);
  assert.ok(cut.length <= 141, cut);
  assert.ok(cut.endsWith('…'));
  assert.ok(!cut.includes('  '));
  assert.equal(excerpt(null), '');
});

test('initials and Dutch name order', () => {
  assert.equal(initials('Zoë van der Berg'), 'ZB');
  assert.equal(initials('Ömer'), 'Ö');
  assert.equal(initials(''), '?');
  const names = ['Émile Dijk', 'eva Bakker', 'Anna de Wit'].map((name) => ({ name })).sort(byName);
  assert.deepEqual(names.map((p) => p.name), ['Anna de Wit', 'Émile Dijk', 'eva Bakker']);
});

test('only the newest of overlapping searches is delivered', async () => {
  const delays = { slow: 30, fast: 1 };
  const load = latestOnly((q) => new Promise((resolve) => setTimeout(() => resolve(q), delays[q])));
  const [first, second] = await Promise.all([load('slow'), load('fast')]);
  assert.equal(first.stale, true);
  assert.deepEqual(second, { result: 'fast', stale: false });
  const failing = latestOnly(async () => { throw new Error('x'); });
  await assert.rejects(failing(), /x/);
});

// Run with: node --test tests/ui/
// The reasons of a suggestion in plain words (ui/views/newcomer/reason-text.js): every kind of
// the contract's Reason (notes/contract-4.md) in both languages, and the issue's own examples.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadDictionaries, setLanguage } from '../../ui/lib/i18n.js';
import {
  joinWords, moveEnds, REASON_KINDS, reasonText, reasonTexts, relationText, RELATIONS,
} from '../../ui/views/newcomer/reason-text.js';

const UI = fileURLToPath(new URL('../../ui/', import.meta.url));
const readDictionary = (lang) => JSON.parse(readFileSync(join(UI, 'i18n', `${lang}.json`), 'utf8'));
await loadDictionaries(readDictionary);

const horizontal = { kind: 'horizontal_move', fromDepartment: 'Finance', toDepartment: 'Policy', fromRole: 'Controller',
  toRole: 'Policy adviser', yourDepartment: false };

test('the issue\'s examples read as written', () => {
  setLanguage('en');
  assert.equal(reasonText({ kind: 'shared_topics', count: 3, topics: ['Asset management', 'Water quality', 'Permits'] }),
    'Shares 3 of your topics: Asset management, Water quality and Permits');
  assert.equal(reasonText(horizontal, { ambition: 'horizontal' }),
    "Made a horizontal move from Finance to Policy, as you'd like to");
  assert.equal(reasonText({ kind: 'other_department', department: '' }),
    'Works in another department, so you get an outside view');
  assert.equal(reasonText({ kind: 'speaks_language', language: 'en' }), 'Speaks English');
  assert.equal(reasonText({ kind: 'same_meeting_mode', mode: 'online' }), 'Also prefers meeting online');
  assert.equal(reasonText({ kind: 'informal_mentor' }), 'Already your informal mentor');
});

test('the same reasons in Dutch', () => {
  setLanguage('nl');
  assert.equal(reasonText({ kind: 'shared_topics', count: 2, topics: ['Omgevingswet', 'Waterkwaliteit'] }),
    'Deelt 2 van je onderwerpen: Omgevingswet en Waterkwaliteit');
  assert.equal(reasonText({ kind: 'shared_topics', count: 1, topics: ['Omgevingswet'] }),
    'Deelt een van je onderwerpen: Omgevingswet');
  assert.equal(reasonText({ ...horizontal, fromDepartment: 'Financiën', toDepartment: 'Beleid' }, { ambition: 'horizontal' }),
    'Maakte een horizontale stap van Financiën naar Beleid, zoals jij ook wilt');
  assert.equal(reasonText({ kind: 'speaks_language', language: 'en' }), 'Spreekt Engels');
  assert.equal(reasonText({ kind: 'other_department', department: 'Beheer' }),
    'Werkt op een andere afdeling (Beheer), dus je krijgt een blik van buiten');
});

test('a career move follows the ambition: matching, not sure yet, or unknown', () => {
  setLanguage('en');
  assert.match(reasonText(horizontal, { ambition: 'unsure' }), /: one road you could take$/);
  assert.equal(reasonText(horizontal), 'Made a horizontal move from Finance to Policy');
  const up = { kind: 'vertical_move', fromRole: 'Engineer', toRole: 'Team lead' };
  assert.equal(reasonText(up, { ambition: 'vertical' }), "Moved up from Engineer to Team lead, the way you'd like to grow");
  assert.equal(reasonText(up, { ambition: 'horizontal' }), 'Moved up from Engineer to Team lead');
  assert.equal(reasonText({ ...horizontal, yourDepartment: true }, { ambition: 'horizontal' }),
    "Made a horizontal move from Finance to Policy, as you'd like to, and knows your own department");
});

test('a move without departments falls back to the roles, then to what is known', () => {
  assert.deepEqual(moveEnds({ fromDepartment: 'Finance', toDepartment: 'Policy', fromRole: 'A', toRole: 'B' }),
    { from: 'Finance', to: 'Policy' });
  assert.deepEqual(moveEnds({ fromDepartment: 'Finance', toDepartment: 'finance ', fromRole: 'A', toRole: 'B' }),
    { from: 'A', to: 'B' });
  assert.deepEqual(moveEnds({ fromRole: '', toRole: 'B', toDepartment: '' }), { from: null, to: 'B' });
  assert.deepEqual(moveEnds({ toDepartment: 'Policy' }), { from: null, to: 'Policy' });
  assert.deepEqual(moveEnds({}), { from: null, to: null });
  setLanguage('en');
  assert.equal(reasonText({ kind: 'vertical_move', fromRole: '', toRole: 'Head of unit' }, { ambition: 'vertical' }),
    "Moved up to Head of unit, the way you'd like to grow");
  assert.equal(reasonText({ kind: 'horizontal_move', fromDepartment: '', toDepartment: '', fromRole: '', toRole: '',
    yourDepartment: false }), 'Made a horizontal move');
});

test('every kind and ambition gives a finished sentence in both languages, without placeholders', () => {
  const samples = {
    informal_mentor: {},
    shared_topics: { count: 2, topics: ['A', 'B'] },
    horizontal_move: { fromDepartment: 'X', toDepartment: 'Y', fromRole: 'R', toRole: 'S', yourDepartment: true },
    vertical_move: { fromRole: 'R', toRole: 'S' },
    other_department: { department: 'Z' },
    speaks_language: { language: 'nl' },
    same_meeting_mode: { mode: 'in_person' },
  };
  assert.deepEqual(Object.keys(samples).sort(), [...REASON_KINDS].sort());
  for (const lang of ['nl', 'en']) {
    setLanguage(lang);
    for (const kind of REASON_KINDS) {
      for (const ambition of [null, 'vertical', 'horizontal', 'unsure']) {
        for (const ends of [{}, { fromDepartment: '', toDepartment: '', fromRole: '' }, { fromDepartment: '', toDepartment: '', fromRole: '', toRole: '' }]) {
          const text = reasonText({ kind, ...samples[kind], ...(kind.endsWith('_move') ? ends : {}) }, { ambition });
          assert.equal(typeof text, 'string', `${lang}:${kind}`);
          assert.doesNotMatch(text, /[{}]|newcomer\.|null|undefined/, `${lang}:${kind}:${ambition}: ${text}`);
        }
      }
    }
    for (const mode of ['in_person', 'online', 'either']) {
      assert.doesNotMatch(reasonText({ kind: 'same_meeting_mode', mode }), /newcomer\./);
    }
    for (const relation of RELATIONS) assert.doesNotMatch(relationText(relation), /newcomer\./);
  }
});

test('unknown kinds and relations are left out, not shown as codes', () => {
  setLanguage('en');
  assert.equal(reasonText({ kind: 'shares_hobby' }), null);
  assert.equal(reasonText(null), null);
  assert.equal(reasonText({ kind: 'same_meeting_mode', mode: 'telepathy' }), null);
  assert.deepEqual(reasonTexts([{ kind: 'informal_mentor' }, { kind: 'new_kind' }]), ['Already your informal mentor']);
  assert.equal(relationText(null), null);
  assert.equal(relationText('colleague'), null);
  assert.equal(relationText('direct_manager'), 'This is your direct manager');
});

test('lists of topics read naturally in each language', () => {
  assert.equal(joinWords(['A'], 'en'), 'A');
  assert.equal(joinWords(['A', 'B'], 'en'), 'A and B');
  assert.equal(joinWords(['A', 'B', 'C'], 'en'), 'A, B and C');
  assert.equal(joinWords(['A', 'B', 'C'], 'nl'), 'A, B en C');
  assert.equal(joinWords(['A', ' ', 'B'], 'nl'), 'A en B');
  assert.equal(joinWords([], 'nl'), '');
});

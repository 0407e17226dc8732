// Run with: node --test tests/ui/
// The words of a mentor choice (ui/views/newcomer/advice-text.js): every advice the core can
// send, in both languages and with its sources; the motivation rule as the core counts it; the
// statuses; and a translation for every error code of the choice commands (notes/contract-4.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { errorText, loadDictionaries, setLanguage } from '../../ui/lib/i18n.js';
import {
  ADVICE_KINDS, adviceText, adviceTexts, CHOICE_STATUSES, considerationText, flagText, MAX_MOTIVATION_CHARS,
  motivationCheck, motivationCounterText, POINTS, sentenceCount, statusText,
} from '../../ui/views/newcomer/advice-text.js';

const UI = fileURLToPath(new URL('../../ui/', import.meta.url));
const readDictionary = (lang) => JSON.parse(readFileSync(join(UI, 'i18n', `${lang}.json`), 'utf8'));
const dictionaries = { nl: readDictionary('nl'), en: readDictionary('en') };
await loadDictionaries((lang) => dictionaries[lang]);

// The choice codes of notes/contract-4.md, plus the two the same commands send for a note and a comparison.
const CHOICE_ERROR_CODES = [
  'choice.mentor_full', 'choice.too_many_alternatives', 'choice.duplicate_mentor', 'choice.self',
  'choice.motivation_too_short', 'choice.motivation_too_long', 'choice.confirmation_required',
  'choice.decline_needs_reason', 'choice.invalid_status_transition', 'choice.not_found', 'choice.already_open',
  'choice.already_matched', 'choice.intake_missing', 'choice.no_informal_mentor', 'choice.not_a_pick',
  'note.too_long', 'compare.wrong_count',
];

const con = (point, source) => ({ point, source });
const PROS = [con('frequent_contact', 'Burke & McKeen 1997'), con('raises_and_promotion', 'Scandura & Schriesheim 1994')];
const CONS = [con('department_before_career', 'Van der Heijden 1998'), con('holds_back_valued_employee', 'Van der Heijden 1998')];
/** Every Advice as the core serialises it (domain/src/matching/rules.rs). */
const ADVICE = {
  manager_as_mentor_horizontal: { kind: 'manager_as_mentor_horizontal', cons: CONS },
  manager_as_mentor_vertical: { kind: 'manager_as_mentor_vertical', pros: PROS, cons: CONS },
  manager_as_mentor_unsure: { kind: 'manager_as_mentor_unsure', pros: PROS, cons: CONS },
  mentor_in_reporting_line: { kind: 'mentor_in_reporting_line' },
  keep_informal_mentor: { kind: 'keep_informal_mentor', informalMentor: 7 },
  formalise_informal_mentor: { kind: 'formalise_informal_mentor', informalMentor: 7 },
  coaching_fits_first_years: { kind: 'coaching_fits_first_years', source: 'Van der Sluis 2000' },
};

const untranslated = (text) => /\{\w+\}|^choice\./.test(text);

test('every advice kind reads as a title and a text in both languages, none left as a key', () => {
  assert.deepEqual(Object.keys(ADVICE), ADVICE_KINDS);
  for (const lang of ['nl', 'en']) {
    setLanguage(lang);
    for (const advice of Object.values(ADVICE)) {
      const item = adviceText(advice, { informalMentorName: 'Zoë Çelik' });
      assert.equal(item.kind, advice.kind);
      for (const text of [item.title, item.text, ...item.pros.map((c) => c.text), ...item.cons.map((c) => c.text)]) {
        assert.ok(text.trim() && !untranslated(text), `${lang}:${advice.kind}: ${text}`);
      }
    }
  }
});

test('the manager with a horizontal ambition is a clear warning with the article\'s reasons', () => {
  setLanguage('en');
  const item = adviceText(ADVICE.manager_as_mentor_horizontal);
  assert.equal(item.tone, 'warning');
  assert.deepEqual(item.pros, []);
  assert.deepEqual(item.cons.map((c) => c.source), ['Van der Heijden 1998', 'Van der Heijden 1998']);
  assert.deepEqual(item.sources, ['Van der Heijden 1998']);
  assert.match(item.cons[1].text, /valued employee/);
});

test('vertical and unsure show both sides, each with its source', () => {
  setLanguage('nl');
  for (const kind of ['manager_as_mentor_vertical', 'manager_as_mentor_unsure']) {
    const item = adviceText(ADVICE[kind]);
    assert.equal(item.tone, 'tradeoff');
    assert.deepEqual(item.pros.map((c) => c.point), ['frequent_contact', 'raises_and_promotion']);
    assert.deepEqual(item.cons.map((c) => c.point), ['department_before_career', 'holds_back_valued_employee']);
    assert.deepEqual(item.sources, ['Burke & McKeen 1997', 'Scandura & Schriesheim 1994', 'Van der Heijden 1998']);
  }
  assert.equal(considerationText({ point: 'raises_and_promotion', source: 'Scandura & Schriesheim 1994' }).text,
    dictionaries.nl['choice.point.raises_and_promotion']);
  for (const point of POINTS) assert.ok(dictionaries.en[`choice.point.${point}`], point);
});

test('a fresh graduate hears that a coach fits the first years, with the source, and that a mentor is still possible', () => {
  for (const lang of ['nl', 'en']) {
    setLanguage(lang);
    const item = adviceText(ADVICE.coaching_fits_first_years);
    assert.match(item.text, /\(Van der Sluis 2000\)/);
    assert.deepEqual(item.sources, ['Van der Sluis 2000']);
    assert.equal(item.tone, 'info');
  }
  setLanguage('en');
  assert.match(adviceText(ADVICE.coaching_fits_first_years).text, /never blocks/);
});

test('the informal mentor is named, or described when the name is unknown', () => {
  setLanguage('en');
  const named = adviceText(ADVICE.keep_informal_mentor, { informalMentorName: 'Zoë Çelik' });
  assert.match(named.text, /Zoë Çelik/);
  assert.equal(named.informal, true);
  assert.match(adviceText(ADVICE.keep_informal_mentor).text, /your informal mentor/);
  setLanguage('nl');
  assert.match(adviceText(ADVICE.formalise_informal_mentor, { informalMentorName: 'Jan' }).text, /Jan/);
});

test('advice of a kind this UI does not know is still shown, never dropped', () => {
  setLanguage('en');
  const items = adviceTexts({ warnings: [{ kind: 'mentor_on_leave' }, ADVICE.mentor_in_reporting_line] });
  assert.equal(items.length, 2);
  assert.equal(items[0].tone, 'caution');
  assert.match(items[1].text, /mentor_on_leave/);
  assert.deepEqual(adviceTexts(null), []);
});

test('the clearest warning comes first, even when the core lists it under an alternative', () => {
  // A first choice that only brings the coaching note, and the manager as the alternative.
  const kinds = adviceTexts({ warnings: [ADVICE.coaching_fits_first_years, ADVICE.keep_informal_mentor,
    ADVICE.manager_as_mentor_horizontal] }).map((item) => item.kind);
  assert.deepEqual(kinds, ['manager_as_mentor_horizontal', 'keep_informal_mentor', 'coaching_fits_first_years']);
});

test('the motivation counts sentences and characters as the core does', () => {
  // The cases of rules.rs a_motivation_needs_a_couple_of_sentences.
  for (const short of ['', '   ', 'Lijkt me leuk.', 'Ok. Prima. Goed!', 'Zij kent de weg naar boven']) {
    assert.equal(motivationCheck(short).enough, false, short);
  }
  for (const enough of [
    'Ik wil leiding geven. Zij heeft dat zelf geleerd.',
    'Ik wil leiding geven\nzij heeft dat zelf geleerd',
    'Ik zoek iemand die de weg naar een leidinggevende functie kent en daar eerlijk over vertelt',
  ]) {
    assert.equal(motivationCheck(enough).enough, true, enough);
  }
  assert.equal(sentenceCount('Ok. Prima. Goed!'), 0);
  assert.equal(sentenceCount('Ik wil groeien. Zij kan helpen?'), 2);
  assert.equal(motivationCheck('  Zoë 👋  ').chars, 5);
  const long = motivationCheck('a'.repeat(MAX_MOTIVATION_CHARS + 1));
  assert.deepEqual([long.tooLong, long.over, long.enough], [true, 1, false]);
  setLanguage('en');
  assert.equal(motivationCounterText(motivationCheck('Kort.')), '5 of 80 characters, or 0 of 2 sentences');
  assert.match(motivationCounterText(motivationCheck('Ik wil leiding geven. Zij heeft dat zelf geleerd.')), /^Long enough/);
  assert.match(motivationCounterText(long), /1 too many/);
});

test('statuses are translated, and an unknown one is shown as it is', () => {
  for (const lang of ['nl', 'en']) {
    setLanguage(lang);
    for (const status of CHOICE_STATUSES) assert.equal(statusText(status), dictionaries[lang][`choice.status.${status}`]);
  }
  setLanguage('nl');
  assert.equal(statusText('approved'), 'Goedgekeurd');
  assert.equal(statusText('paused'), 'paused');
});

test('a flagged choice tells HR why', () => {
  setLanguage('en');
  assert.equal(flagText({ flaggedForHr: false }), null);
  const flagged = { flaggedForHr: true, confirmedManagerWarning: true, advice: { warnings: [ADVICE.manager_as_mentor_horizontal] } };
  assert.match(flagText(flagged), /own manager.*Van der Heijden 1998.*confirmed/);
  assert.equal(flagText({ flaggedForHr: true, advice: { warnings: [] } }), dictionaries.en['choices.flag.other']);
});

test('every error code of the choice commands has a translation in both languages', () => {
  for (const code of CHOICE_ERROR_CODES) {
    for (const lang of ['nl', 'en']) {
      setLanguage(lang);
      assert.equal(errorText(code), dictionaries[lang][`error.${code}`], `${lang}:${code}`);
    }
  }
});

test('the keys the choice screens build from values exist', () => {
  const keys = [
    ...[0, 1, 2].map((rank) => `choice.rank.${rank}`),
    ...['pros', 'cons', 'why'].map((side) => `choice.side.${side}`),
    ...[1, 2].map((step) => `choice.steps.${step}`),
    ...['look', 'star', 'compare', 'choose'].flatMap((step) => [`choice.how.${step}.title`, `choice.how.${step}.text`]),
    ...['yours', 'all'].map((group) => `choice.group.${group}`),
    ...['role', 'department', 'expertise', 'topics', 'languages', 'meeting', 'career', 'places', 'reasons']
      .map((row) => `compare.row.${row}`),
    ...['direct_manager', 'higher_up'].map((relation) => `compare.relation.${relation}`),
    ...ADVICE_KINDS.flatMap((kind) => [`choice.advice.${kind}.title`, `choice.advice.${kind}.text`]),
  ];
  for (const key of keys) {
    assert.ok(key in dictionaries.en && key in dictionaries.nl, key);
  }
});

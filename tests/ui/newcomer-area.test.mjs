// Run with: node --test tests/ui/
// The pure parts of the newcomer area (ui/views/newcomer/): who is listed first on "who are
// you?", orientation progress and what to read next, the intake sent to save_intake, the search
// query, the reporting-line group of the suggestions, and the texts the screens build from the
// contract's values (notes/contract-4.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { errorText, loadDictionaries, setLanguage } from '../../ui/lib/i18n.js';
import { badgeView, TABS } from '../../ui/views/newcomer/area.js';
import { longDate, recentFirst } from '../../ui/views/newcomer/identify.js';
import {
  AMBITIONS, draftFrom, fold, intakeFrom, languageChoices, MEETING_CHOICES, PHASES, vocabularyMatch,
} from '../../ui/views/newcomer/intake.js';
import { nextChapterId, progressFacts } from '../../ui/views/newcomer/orientation.js';
import { PAGE_SIZE, PLACES_CHOICES, searchQuery } from '../../ui/views/newcomer/search.js';
import { splitByRelation } from '../../ui/views/newcomer/suggestions.js';

const UI = fileURLToPath(new URL('../../ui/', import.meta.url));
const readDictionary = (lang) => JSON.parse(readFileSync(join(UI, 'i18n', `${lang}.json`), 'utf8'));
const nl = readDictionary('nl');
const en = readDictionary('en');
await loadDictionaries(readDictionary);

test('"who are you?" lists recent starters first and leaves out people who left', () => {
  const people = [
    { id: 1, name: 'Anna', startDate: '2019-05-01' },
    { id: 2, name: 'Bram', startDate: null },
    { id: 3, name: 'Çelik', startDate: '2025-09-01' },
    { id: 4, name: 'Daan', startDate: '2025-09-01' },
    { id: 5, name: 'Eva', startDate: '2025-10-01', leftOn: '2025-10-20' },
    { id: 6, name: 'Aart', startDate: null },
  ];
  assert.deepEqual(recentFirst(people).map((p) => p.id), [3, 4, 1, 6, 2]);
  assert.equal(longDate('2025-03-03', 'nl'), '3 maart 2025');
  assert.equal(longDate('2025-03-03', 'en'), '3 March 2025');
  assert.equal(longDate(null, 'en'), null);
  assert.equal(longDate('March', 'en'), null);
});

const chapters = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, title: id.toUpperCase(), minutes: i + 2 }));

test('orientation progress: chapters read, minutes left, where to continue', () => {
  assert.deepEqual(progressFacts(chapters, { read: ['a', 'c'], lastChapter: 'c' }), {
    total: 4, read: 2, allRead: false, minutesLeft: 3 + 5, minutesTotal: 14, firstUnread: 'b', last: 'c',
  });
  // A read id the app no longer knows counts for nothing; a stale lastChapter is ignored.
  const stale = progressFacts(chapters, { read: ['gone'], lastChapter: 'gone' });
  assert.equal(stale.read, 0);
  assert.equal(stale.last, null);
  assert.equal(progressFacts(chapters, { read: ['a', 'b', 'c', 'd'], lastChapter: null }).allRead, true);
  assert.equal(progressFacts([], { read: [], lastChapter: null }).allRead, false);
});

test('after a chapter comes the next unread one, wrapping round to an earlier one', () => {
  assert.equal(nextChapterId(chapters, 'a', ['a']), 'b');
  assert.equal(nextChapterId(chapters, 'a', ['a', 'b']), 'c');
  assert.equal(nextChapterId(chapters, 'd', ['c', 'd']), 'a');
  assert.equal(nextChapterId(chapters, 'b', ['a', 'b', 'c', 'd']), null);
  assert.equal(nextChapterId(chapters, 'c', ['a', 'b', 'd']), null);
});

const view = {
  saved: false,
  intake: { phase: 'early_career', ambition: 'unsure', topics: ['Omgevingswet'], preferredLanguage: 'nl',
    meetingMode: null, department: 'Beheer', managerId: 7, informalMentor: null },
  managerName: 'Jan de Vries',
  informalMentorName: null,
};

test('the intake round-trips through the form\'s draft', () => {
  const draft = draftFrom(view);
  assert.deepEqual(draft.manager, { id: 7, name: 'Jan de Vries' });
  assert.equal(draft.hasInformal, false);
  assert.deepEqual(intakeFrom(draft), view.intake);
  // "Yes" with a person sends the person; "No" sends null even when someone was picked before.
  const withInformal = { ...draft, hasInformal: true, informal: { id: 12, name: 'Zoë' }, department: '  Beleid ', manager: null };
  assert.deepEqual(intakeFrom(withInformal), { ...view.intake, department: 'Beleid', managerId: null, informalMentor: 12 });
  assert.equal(intakeFrom({ ...withInformal, hasInformal: false }).informalMentor, null);
  assert.equal(intakeFrom({ ...draft, meetingMode: '', preferredLanguage: '' }).meetingMode, null);
  assert.equal(intakeFrom({ ...draft, meetingMode: '', preferredLanguage: '' }).preferredLanguage, null);
});

test('topics come from the vocabulary only, matched without regard to case or accents', () => {
  const vocabulary = ['Omgevingswet', 'Waterkwaliteit', 'Water management', 'Privé en werk'];
  assert.equal(fold('  Çelik '), 'celik');
  assert.equal(vocabularyMatch('omgevingswet', vocabulary), 'Omgevingswet');
  assert.equal(vocabularyMatch('prive', vocabulary), 'Privé en werk');
  assert.equal(vocabularyMatch('water', vocabulary), null, 'two tags contain "water": no guess');
  assert.equal(vocabularyMatch('kwal', vocabulary), 'Waterkwaliteit');
  assert.equal(vocabularyMatch('Astrology', vocabulary), null);
  assert.equal(vocabularyMatch('  ', vocabulary), null);
});

test('preferred languages: ours, the newcomer\'s, the mentors\', and the chosen one, once each', () => {
  assert.deepEqual(languageChoices({ personLanguages: ['en', 'tr'], mentorLanguages: ['de', 'nl'], chosen: 'fr' }),
    ['nl', 'en', 'tr', 'de', 'fr']);
  assert.deepEqual(languageChoices(), ['nl', 'en']);
});

test('the search query: blank filters are null and at least one free place is asked', () => {
  assert.deepEqual(searchQuery({ text: ' zoe ', expertise: '', department: 'Beheer', language: '', minPlaces: 2 }),
    { text: 'zoe', expertise: null, department: 'Beheer', language: null, minPlaces: 2, limit: PAGE_SIZE });
  assert.equal(searchQuery({ minPlaces: 0 }).minPlaces, 1);
  assert.equal(searchQuery({ limit: 96 }).limit, 96);
  assert.equal(searchQuery({ minPlaces: 'x' }).minPlaces, 1);
  assert.deepEqual(PLACES_CHOICES, [1, 2, 3]);
});

test('the reporting line is a group of its own after everyone else, in the core\'s order', () => {
  const s = (id, relation = null) => ({ card: { id }, score: 0, reasons: [], relation });
  const { ranked, reportingLine } = splitByRelation([s(1, 'direct_manager'), s(2), s(3, 'higher_up'), s(4)]);
  assert.deepEqual(ranked.map((x) => x.card.id), [2, 4]);
  assert.deepEqual(reportingLine.map((x) => x.card.id), [1, 3]);
});

test('the tabs carry small marks of progress, worded in the current language', () => {
  assert.deepEqual(TABS.map((tab) => tab.name), ['orientation', 'intake', 'suggestions', 'search', 'shortlist', 'compare', 'choice']);
  setLanguage('en');
  assert.deepEqual(badgeView('orientation', { read: 3, total: 6, allRead: false }),
    { short: '3/6', done: false, label: '3 of 6 chapters read' });
  assert.equal(badgeView('orientation', { read: 6, total: 6, allRead: true }).done, true);
  assert.equal(badgeView('shortlist', { count: 2 }).label, '2 on your shortlist');
  assert.equal(badgeView('choice', { status: 'submitted' }).short, 'sent');
  setLanguage('nl');
  assert.equal(badgeView('orientation', { read: 3, total: 6, allRead: false }).label, '3 van de 6 hoofdstukken gelezen');
  assert.equal(badgeView('choice', { status: 'approved' }).label, 'je mentor is bevestigd');
  assert.equal(badgeView('compare', { count: 3 }).label, '3 om te vergelijken');
});

test('every text the newcomer screens build from contract values exists in both languages', () => {
  const keys = [
    ...['orientation', 'intake', 'suggestions', 'search', 'shortlist', 'compare', 'choice'].map((tab) => `newcomer.tab.${tab}`),
    ...['submitted', 'approved'].map((status) => `newcomer.tab.choice.${status}`),
    ...PHASES.flatMap((phase) => [`newcomer.intake.phase.${phase}`, `newcomer.intake.phase.${phase}.text`]),
    ...AMBITIONS.flatMap((ambition) => [`newcomer.intake.ambition.${ambition}`, `newcomer.intake.ambition.${ambition}.text`]),
    ...[...MEETING_CHOICES, 'none'].map((mode) => `newcomer.intake.meeting.${mode}`),
    ...AMBITIONS.map((ambition) => `newcomer.suggestions.reportingLine.${ambition}`),
    ...['vertical', 'horizontal'].map((direction) => `newcomer.profile.move.${direction}`),
    'newcomer.intake.informal.missing',
  ];
  for (const key of keys) {
    assert.ok(key in en, `en:${key}`);
    assert.ok(key in nl, `nl:${key}`);
  }
  for (const plural of ['newcomer.card.places', 'newcomer.search.count', 'newcomer.suggestions.count',
    'newcomer.orientation.minutes', 'newcomer.orientation.minutesLeft', 'newcomer.identify.results',
    'newcomer.search.filter.places', 'newcomer.reason.sharedTopics']) {
    for (const form of ['one', 'other']) assert.ok(`${plural}.${form}` in en && `${plural}.${form}` in nl, `${plural}.${form}`);
  }
});

test('the error codes of the intake, orientation, notes and search are translated', () => {
  for (const code of ['intake.unknown_topic', 'intake.unknown_person', 'orientation.unknown_chapter', 'note.too_long',
    'search.too_few_places']) {
    for (const [lang, dict] of [['nl', nl], ['en', en]]) {
      setLanguage(lang);
      assert.equal(errorText(code), dict[`error.${code}`], `${lang}:${code}`);
    }
  }
});

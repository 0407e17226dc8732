// The words of a mentor choice (notes/contract-4.md): the advice the confirmation screen repeats,
// each with the article's sources, the status of a choice, and the motivation rule. Pure apart
// from reading the current language, so node can test it. The core decides which advice
// applies (domain/src/matching/rules.rs); this only puts it into plain words.

import { t } from '../../lib/i18n.js';

/** Every Advice kind the core sends, weightiest first as the core orders them. */
export const ADVICE_KINDS = [
  'manager_as_mentor_horizontal', 'manager_as_mentor_vertical', 'manager_as_mentor_unsure',
  'mentor_in_reporting_line', 'keep_informal_mentor', 'formalise_informal_mentor', 'coaching_fits_first_years',
];

/** The considerations of having one's manager as mentor (rules.rs Point). */
export const POINTS = ['frequent_contact', 'raises_and_promotion', 'department_before_career', 'holds_back_valued_employee'];

export const CHOICE_STATUSES = ['submitted', 'approved', 'declined', 'expired', 'withdrawn'];
export const CHOICE_KINDS = ['mentor', 'formalise_informal'];

// Mirrors the core (rules.rs MIN_MOTIVATION_CHARS, MIN_MOTIVATION_SENTENCES, MAX_MOTIVATION_CHARS):
// "at least a couple of sentences" is 80 characters, or two sentences of a few words each.
export const MIN_MOTIVATION_CHARS = 80;
export const MIN_MOTIVATION_SENTENCES = 2;
export const MAX_MOTIVATION_CHARS = 2000;
const MIN_WORDS_PER_SENTENCE = 3;

/** How the advice looks: a clear warning, trade-offs to weigh, a milder caution, or information. */
const TONES = {
  manager_as_mentor_horizontal: 'warning',
  manager_as_mentor_vertical: 'tradeoff',
  manager_as_mentor_unsure: 'tradeoff',
  mentor_in_reporting_line: 'caution',
  keep_informal_mentor: 'info',
  formalise_informal_mentor: 'info',
  coaching_fits_first_years: 'info',
};

/** "Van der Heijden 1998" → "(Van der Heijden 1998)": how a source follows a sentence. */
export function cite(source) {
  return t('choice.cite', { source: String(source ?? '') });
}

/** A consideration as { text, source }: the point in words and the article's source for it. */
export function considerationText(consideration) {
  const point = String(consideration?.point ?? '');
  return {
    point,
    text: POINTS.includes(point) ? t(`choice.point.${point}`) : point,
    source: String(consideration?.source ?? ''),
  };
}

/**
 * One Advice in plain words: { kind, tone, title, text, pros, cons, sources, informal }.
 * `names` supplies what the Advice only names by id: { informalMentorName }.
 * An advice kind this version does not know is still shown, never dropped.
 */
export function adviceText(advice, { informalMentorName = null } = {}) {
  const kind = String(advice?.kind ?? '');
  const pros = (advice?.pros ?? []).map(considerationText);
  const cons = (advice?.cons ?? []).map(considerationText);
  const name = informalMentorName || t('choice.advice.informalFallbackName');
  const known = ADVICE_KINDS.includes(kind);
  const source = advice?.source ? String(advice.source) : null;
  const params = { name, source: source ?? '' };
  return {
    kind,
    tone: TONES[kind] ?? 'info',
    title: known ? t(`choice.advice.${kind}.title`, params) : t('choice.advice.unknown.title'),
    text: known ? t(`choice.advice.${kind}.text`, params) : t('choice.advice.unknown.text', { kind }),
    pros,
    cons,
    sources: unique([...pros, ...cons].map((c) => c.source).concat(source ? [source] : []).filter(Boolean)),
    informal: kind === 'keep_informal_mentor' || kind === 'formalise_informal_mentor',
  };
}

/**
 * Every advice of a ChoiceAdvice in words, the weightiest first. The core orders the advice per
 * pick, so an alternative's warning can follow a first choice's lighter note; a clear warning
 * belongs on top. Kinds this UI does not know come last, in the core's order.
 */
export function adviceTexts(choiceAdvice, names = {}) {
  const rank = (item) => {
    const at = ADVICE_KINDS.indexOf(item.kind);
    return at < 0 ? ADVICE_KINDS.length : at;
  };
  return (choiceAdvice?.warnings ?? []).map((advice) => adviceText(advice, names))
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i)
    .map(({ item }) => item);
}

/** Why HR should look at a flagged choice, in words; null when it is not flagged. */
export function flagText(record) {
  if (!record?.flaggedForHr) return null;
  const horizontal = (record.advice?.warnings ?? []).some((a) => a.kind === 'manager_as_mentor_horizontal');
  const reason = horizontal ? t('choices.flag.managerHorizontal') : t('choices.flag.other');
  return record.confirmedManagerWarning ? `${reason} ${t('choices.flag.confirmed')}` : reason;
}

/** The status of a ChoiceRecord as shown: "Submitted", "Declined", …; unknown values as they are. */
export function statusText(status) {
  return CHOICE_STATUSES.includes(status) ? t(`choice.status.${status}`) : String(status ?? '');
}

/**
 * Sentences of at least three words, ended by . ! ? or a line break, or by the end of the text:
 * the same count as the core's, so the counter and the core agree.
 */
export function sentenceCount(text) {
  return String(text ?? '').split(/[.!?\n]/)
    .filter((sentence) => sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= MIN_WORDS_PER_SENTENCE)
    .length;
}

/**
 * Where a motivation stands against the rule: { chars, sentences, enough, tooLong, over }.
 * Characters count as a reader counts them, after trimming, like the core.
 */
export function motivationCheck(text) {
  const trimmed = String(text ?? '').trim();
  const chars = [...trimmed].length;
  const sentences = sentenceCount(trimmed);
  const tooLong = chars > MAX_MOTIVATION_CHARS;
  return {
    chars,
    sentences,
    tooLong,
    over: tooLong ? chars - MAX_MOTIVATION_CHARS : 0,
    enough: !tooLong && (chars >= MIN_MOTIVATION_CHARS || sentences >= MIN_MOTIVATION_SENTENCES),
  };
}

/** The counter under the motivation, in words. */
export function motivationCounterText(check) {
  if (check.tooLong) return t('choice.motivation.tooLong', { chars: check.chars, max: MAX_MOTIVATION_CHARS, over: check.over });
  if (check.enough) return t('choice.motivation.enough', { chars: check.chars, max: MAX_MOTIVATION_CHARS });
  return t('choice.motivation.progress', {
    chars: check.chars, minChars: MIN_MOTIVATION_CHARS,
    sentences: check.sentences, minSentences: MIN_MOTIVATION_SENTENCES,
  });
}

function unique(values) {
  return [...new Set(values)];
}

// The mentor profile between the form and the core (notes/contract-3.md): lists of tags, years,
// career moves, CV entries, screening answers and the completeness preview. Pure, so node can
// test it; the core stays the judge of every rule, this only prepares what is sent.

/** A suggestion, not a rule: longer profiles are allowed (the core refuses past 2000) but newcomers skim. */
export const BIO_SUGGESTED_MAX = 600;
/** Mirrors the core (domain/src/profile.rs MIN_BIO_CHARS): a shorter bio says too little to choose on. */
export const MIN_BIO_CHARS = 80;

/** The completeness keys of the contract, in the order the checklist shows them. */
export const COMPLETENESS_KEYS = ['bio', 'expertise', 'topics', 'languages', 'meeting', 'career_path', 'cv', 'photo'];
/** Nice to have, not needed to publish (some people prefer no photo). */
export const OPTIONAL_KEYS = ['photo'];

export const MEETING_MODES = ['in_person', 'online', 'either'];
export const MEETING_FREQUENCIES = ['weekly', 'fortnightly', 'monthly', 'quarterly'];
export const DIRECTIONS = ['vertical', 'horizontal'];
export const CV_KINDS = ['position', 'education', 'achievement'];
export const SCREENING_CHECKS = ['careerGoalsMet', 'knowsOrganisation', 'motivated', 'hasTime', 'managerAgrees'];
export const SCREENING_DECISIONS = ['approve', 'decline', 'postpone'];

/** Characters as a reader counts them (an emoji or "é" is one), after trimming like the core. */
export function charCount(text) {
  return [...String(text ?? '').trim()].length;
}

/** Collapses inner whitespace and trims, like the core does to tags and topics. */
export function tidy(text) {
  return String(text ?? '').split(/\s+/).filter(Boolean).join(' ');
}

/**
 * Adds tags to a list: trimmed, blanks dropped, and a tag that differs only in case from one
 * already there is that tag (the first spelling wins, as in the core). "A, B" adds two.
 */
export function addTags(list, text) {
  const result = [...list];
  for (const raw of String(text ?? '').split(',')) {
    const tag = tidy(raw);
    if (tag && !result.some((seen) => seen.toLocaleLowerCase() === tag.toLocaleLowerCase())) result.push(tag);
  }
  return result;
}

/** The vocabulary's own spelling for a typed tag ("omgevingswet" → "Omgevingswet"), else the typed text. */
export function vocabularySpelling(tag, vocabulary) {
  const lower = tag.toLocaleLowerCase();
  return vocabulary.find((name) => name.toLocaleLowerCase() === lower) ?? tag;
}

/** '' → null, ' 2004 ' → 2004, anything that is not a whole number → NaN (the caller decides). */
export function parseYear(text) {
  const trimmed = String(text ?? '').trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isInteger(value) ? value : NaN;
}

const blank = (values, names) => names.every((name) => String(values[name] ?? '').trim() === '');

/** A career move row as typed → the contract's CareerMove; null for a row left entirely empty. */
export function careerMoveFrom(values) {
  if (blank(values, ['year', 'fromRole', 'toRole', 'fromDepartment', 'toDepartment'])) return null;
  return {
    year: parseYear(values.year),
    fromRole: String(values.fromRole ?? ''),
    toRole: String(values.toRole ?? ''),
    fromDepartment: String(values.fromDepartment ?? ''),
    toDepartment: String(values.toDepartment ?? ''),
    direction: DIRECTIONS.includes(values.direction) ? values.direction : 'vertical',
  };
}

/** A CV row as typed → the contract's CvEntry; null for a row left entirely empty. */
export function cvEntryFrom(values) {
  if (blank(values, ['title', 'organisation', 'fromYear', 'toYear', 'description'])) return null;
  return {
    kind: CV_KINDS.includes(values.kind) ? values.kind : 'position',
    title: String(values.title ?? ''),
    organisation: String(values.organisation ?? ''),
    fromYear: parseYear(values.fromYear),
    toYear: parseYear(values.toYear),
    description: String(values.description ?? ''),
  };
}

/** The fields of a move or entry that hold a year the UI could not read, for pointing at them. */
export function badYears(item, names) {
  return names.filter((name) => Number.isNaN(item?.[name]));
}

/** Screening answers: the core's true/false/null ⇄ the form's "yes"/"no"/"". */
export function checkValue(check) {
  return check === true ? 'yes' : check === false ? 'no' : '';
}

export function checkFrom(value) {
  return value === 'yes' ? true : value === 'no' ? false : null;
}

/** A list's length, or a number as it is. */
const count = (value) => (Array.isArray(value) ? value.length : Number(value ?? 0));

/**
 * A preview of the core's completeness (domain/src/profile.rs) while HR types, so the checklist
 * follows the form before it is saved. The core's own verdict replaces it after every save and
 * is the one that decides whether a profile can be published.
 */
export function previewCompleteness(facts) {
  const done = {
    bio: charCount(facts.bio) >= MIN_BIO_CHARS,
    expertise: count(facts.expertise) > 0,
    topics: count(facts.topics) > 0,
    languages: count(facts.languages) > 0,
    meeting: Boolean(facts.meetingMode && facts.meetingFrequency),
    career_path: count(facts.careerPath) > 0,
    cv: count(facts.cv) > 0,
    photo: Boolean(facts.hasPhoto),
  };
  const missing = COMPLETENESS_KEYS.filter((key) => !done[key] && !OPTIONAL_KEYS.includes(key));
  const suggested = COMPLETENESS_KEYS.filter((key) => !done[key] && OPTIONAL_KEYS.includes(key));
  const filled = COMPLETENESS_KEYS.length - missing.length - suggested.length;
  return {
    percent: Math.floor((filled * 100) / COMPLETENESS_KEYS.length),
    missing,
    suggested,
    publishable: missing.length === 0,
  };
}

/** How many of the eight items are filled, for "5/8" on a card. */
export function filledCount(completeness) {
  const open = (completeness?.missing?.length ?? 0) + (completeness?.suggested?.length ?? 0);
  return Math.max(0, COMPLETENESS_KEYS.length - open);
}

/** List rows carry no hasPhoto; a photo is there when the checklist does not ask for one. */
export function hasPhotoIn(profile) {
  if (typeof profile?.hasPhoto === 'boolean') return profile.hasPhoto;
  const c = profile?.completeness;
  return Boolean(c) && !c.missing?.includes('photo') && !c.suggested?.includes('photo');
}

/** Places a mentor still has for newcomers; never negative, even if capacity was lowered. */
export function placesLeft(profile) {
  return Math.max(0, Number(profile?.capacity ?? 0) - Number(profile?.activeMentees ?? 0));
}

/** "nl" → "Nederlands" / "Dutch", in the UI's language; unknown codes stay as they are. */
export function languageName(code, uiLanguage) {
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code);
    if (!name || name.toLowerCase() === String(code).toLowerCase()) return String(code);
    return name.charAt(0).toLocaleUpperCase(uiLanguage) + name.slice(1);
  } catch {
    return String(code);
  }
}

/** A safe default name for "Save a copy…" of the original CV. */
export function cvCopyName(fileName, mentorName) {
  if (fileName && /\.(pdf|docx)$/i.test(fileName)) return fileName;
  const base = tidy(mentorName).replace(/[^\p{L}\p{N} _-]+/gu, '').replace(/\s+/g, '-') || 'cv';
  return `${base}-cv.pdf`;
}

// Translations. Pure: no DOM globals, so node can test it. The dictionaries are flat JSON files
// (i18n/nl.json, i18n/en.json); flat keys make "both files have the same keys" a one-line check.

export const LANGUAGES = ['nl', 'en'];
const FALLBACK = 'en';

let dictionaries = {};
let current = FALLBACK;

/** Fetches both dictionaries. `load(lang)` is injectable so tests can read the files from disk. */
export async function loadDictionaries(load = fetchDictionary) {
  const loaded = await Promise.all(LANGUAGES.map(async (lang) => [lang, await load(lang)]));
  useDictionaries(Object.fromEntries(loaded));
}

async function fetchDictionary(lang) {
  // Resolved against this module, not the page, so it works wherever index.html lives.
  const response = await fetch(new URL(`../i18n/${lang}.json`, import.meta.url));
  if (!response.ok) throw new Error(`i18n/${lang}.json: HTTP ${response.status}`);
  return response.json();
}

export function useDictionaries(dicts) {
  dictionaries = dicts;
}

/**
 * The language to start in: the user's remembered choice first, else the OS locale
 * (any "nl…" means Dutch), else English.
 */
export function pickLanguage(remembered, osLanguages = []) {
  if (LANGUAGES.includes(remembered)) return remembered;
  const list = Array.isArray(osLanguages) ? osLanguages : [osLanguages];
  // The first language in the user's list that we offer wins; Dutch is the only non-default.
  for (const tag of list) {
    const base = String(tag ?? '').toLowerCase().split(/[-_]/)[0];
    if (base === 'nl') return 'nl';
    if (base === 'en') return 'en';
  }
  return FALLBACK;
}

export function setLanguage(lang) {
  current = LANGUAGES.includes(lang) ? lang : FALLBACK;
}

export function getLanguage() {
  return current;
}

export function has(key, lang = current) {
  return typeof dictionaries[lang]?.[key] === 'string';
}

/** "Hallo {name}" + {name: "Zoë"} → "Hallo Zoë". Unknown placeholders stay visible, to be noticed. */
export function interpolate(template, params = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, name) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole);
}

/** Translates `key`; a missing key falls back to English, then to the key itself. */
export function t(key, params) {
  const template = dictionaries[current]?.[key] ?? dictionaries[FALLBACK]?.[key] ?? key;
  return interpolate(template, params);
}

/** Plural-aware: uses `key.zero` (if present) for 0, `key.one` for 1, else `key.other`; {count} is set. */
export function tCount(key, count, params = {}) {
  const form = count === 0 && has(`${key}.zero`) ? 'zero' : count === 1 ? 'one' : 'other';
  return t(`${key}.${form}`, { count, ...params });
}

/** The user-facing text for an error code from the core; unknown codes get a generic text with the code. */
export function errorText(code) {
  const key = `error.${code}`;
  return has(key) || has(key, FALLBACK) ? t(key) : t('error.unknown', { code: String(code) });
}

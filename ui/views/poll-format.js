// Small formatting helpers shared by the poll and import screens. Pure apart from reading the
// current language, so node can test them.

import { getLanguage } from '../lib/i18n.js';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' };

function locale() {
  return LOCALES[getLanguage()] ?? 'en-GB';
}

/** "2026-03-04" → "4 mrt 2026" / "4 Mar 2026"; anything that is not an ISO date is shown as is. */
export function formatDate(iso) {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso));
  if (!match) return String(iso);
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

export function formatNumber(value) {
  return new Intl.NumberFormat(locale()).format(Number(value) || 0);
}

/** A whole percentage; 0 when there is nothing to divide by. */
export function percent(part, whole) {
  return whole > 0 ? Math.round((part * 100) / whole) : 0;
}

/** The file name at the end of a path, with / or \ as separator. */
export function baseName(path) {
  const text = String(path ?? '');
  return text.split(/[\\/]/).filter(Boolean).pop() ?? text;
}

/** A title made safe to use in a file name: "Peiling voorjaar 2026" → "peiling-voorjaar-2026". */
export function fileSlug(text, fallback = 'export') {
  const slug = String(text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}

/** A count or a list: how many. Lets views accept either shape from the core. */
export function countOf(value) {
  if (Array.isArray(value)) return value.length;
  const number = Number(value);
  return Number.isFinite(number) ? number : 0;
}

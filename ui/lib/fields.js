// Turning what people type into the values the core expects, and back. Pure, so node can test it.

/** "nl, en" or "nl en" → ["nl", "en"]. The core validates each code and explains mistakes. */
export function splitCodes(text) {
  return String(text ?? '').split(/[\s,;]+/).filter(Boolean);
}

/** "Project management, Omgevingswet," → ["Project management", "Omgevingswet"]; tags may hold spaces. */
export function splitTags(text) {
  return String(text ?? '').split(',').map((tag) => tag.trim()).filter(Boolean);
}

export function joinList(items) {
  return (items ?? []).join(', ');
}

/** '' → null, '2004' → 2004, anything that is not a whole number → NaN (the caller decides). */
export function optionalInteger(text) {
  const trimmed = String(text ?? '').trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isInteger(value) ? value : NaN;
}

export function optionalText(text) {
  const trimmed = String(text ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

/** The first `max` characters, cut at a word boundary, with an ellipsis when shortened. */
export function excerpt(text, max = 140) {
  const clean = String(text ?? '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** "Zoë van der Berg" → "ZB": first letter of the first and the last word. */
export function initials(name) {
  const words = String(name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]][0];
  const last = words.length > 1 ? [...words[words.length - 1]][0] : '';
  return (first + last).toUpperCase();
}

/** Sorts by name the way a Dutch reader expects (diacritics and case do not push names apart). */
export function byName(a, b) {
  return a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' });
}

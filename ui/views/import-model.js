// The employee import's data, read defensively from preview_employee_import's answer. Pure (no
// DOM), so node can test it.
//
// The command answers { proposal, mapping, preview } (src-tauri/src/commands/import.rs):
// proposal = how the file was read (encoding, delimiter, headers, mapping proposed from the
// headers, ignored, rowCount, sample, problems of the proposed mapping), mapping = the mapping the
// preview used, preview = { problems, toAdd, toUpdate, unchanged, missing }.
// notes/contract-3.md describes a flat variant ({mapping, headers, ignored, problems, preview:
// {added, updated, unchanged, missing: Person[]}}); that spelling is accepted too.

/** The fields in the order the mapping table shows them; unknown keys from the core follow. */
export const FIELD_ORDER = [
  'name', 'firstName', 'infix', 'lastName', 'email', 'employeeNumber', 'department', 'jobTitle',
  'manager', 'startDate', 'careerStartYear', 'languages',
];

/** Fields the core needs a column for. The name may instead come from first + last name. */
export const REQUIRED_FIELDS = ['email', 'employeeNumber'];
export const NAME_FIELDS = ['name', 'firstName', 'lastName'];

const list = (value) => (Array.isArray(value) ? value : []);
const text = (value) => (value === null || value === undefined ? '' : String(value));

export function normalisePreview(raw) {
  const source = raw && typeof raw === 'object' ? raw : {};
  const proposal = source.proposal && typeof source.proposal === 'object' ? source.proposal : source;
  const nested = source.preview && typeof source.preview === 'object';
  const inner = nested ? source.preview : source;
  const headers = list(proposal.headers).map(text);
  const added = inner.toAdd ?? inner.added;
  const updated = inner.toUpdate ?? inner.updated;
  // The preview checks the mapping it used; the proposal's problems are about the proposed
  // mapping, which HR may have corrected since, so they only count when there is no preview.
  const problems = nested ? mergeProblems(inner.problems, proposal === source ? source.problems : [])
    : mergeProblems(source.problems);
  return {
    headers,
    mapping: normaliseMapping(source.mapping ?? proposal.mapping, headers),
    ignored: list(proposal.ignored).map((column) => (typeof column === 'number' ? column : headers.indexOf(text(column))))
      .filter((column) => column >= 0),
    sample: list(proposal.sample).map((row) => list(row).map(text)),
    rowCount: Number.isFinite(proposal.rowCount) ? proposal.rowCount : null,
    encoding: typeof proposal.encoding === 'string' ? proposal.encoding : null,
    delimiter: typeof proposal.delimiter === 'string' ? proposal.delimiter : null,
    problems,
    toAdd: list(added).map(addedPerson),
    addCount: Array.isArray(added) ? added.length : count(added),
    toUpdate: list(updated).map(updatedPerson),
    updateCount: Array.isArray(updated) ? updated.length : count(updated),
    unchanged: Array.isArray(inner.unchanged) ? inner.unchanged.length : count(inner.unchanged),
    missing: list(inner.missing).map(missingPerson).filter((person) => person.personId !== null),
  };
}

/**
 * The mapping as { field: column index | null }. The core sends indices into `headers`; a
 * header text is turned into its index, so the UI always works with indices.
 */
export function normaliseMapping(mapping, headers = []) {
  const result = {};
  const source = mapping && typeof mapping === 'object' ? mapping : {};
  for (const key of orderedFields(source)) {
    const value = source[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
      result[key] = value;
    } else if (typeof value === 'string' && headers.includes(value)) {
      result[key] = headers.indexOf(value);
    } else {
      result[key] = null;
    }
  }
  return result;
}

/** The mapping's keys: the known fields in their order, then any the core added. */
export function orderedFields(mapping) {
  const keys = Object.keys(mapping ?? {});
  const known = FIELD_ORDER.filter((key) => keys.includes(key));
  return [...known, ...keys.filter((key) => !FIELD_ORDER.includes(key))];
}

/** Is this field one the file must have a column for (given the rest of the mapping)? */
export function isRequired(field, mapping) {
  if (REQUIRED_FIELDS.includes(field)) return true;
  const split = mapping?.firstName != null || mapping?.lastName != null;
  if (field === 'name') return !split;
  if (field === 'firstName' || field === 'lastName') return split && mapping?.name == null;
  return false;
}

/** The first non-empty value of a column in the sample rows, to show next to the mapping. */
export function sampleValue(sample, column) {
  if (column === null || column === undefined) return '';
  for (const row of sample ?? []) {
    const value = text(row?.[column]).trim();
    if (value) return value;
  }
  return '';
}

/** Problems sorted by line, each once (the proposal and the preview may both report one). */
export function mergeProblems(...lists) {
  const seen = new Set();
  const merged = [];
  for (const problem of lists.flatMap(list)) {
    const item = { line: Number(problem?.line) || 0, code: text(problem?.code), detail: text(problem?.detail) };
    const key = `${item.line}\u0000${item.code}\u0000${item.detail}`;
    if (!seen.has(key)) {
      seen.add(key);
      merged.push(item);
    }
  }
  return merged.sort((a, b) => a.line - b.line);
}

/** HR's decisions for everyone missing, in the shape apply_employee_import takes. */
export function decisionsFor(missing, chosen) {
  return missing.map((person) => ({
    personId: person.personId,
    decision: chosen.get(person.personId) === 'mark_left' ? 'mark_left' : 'keep',
  }));
}

function count(value) {
  const number = Number(value);
  return Number.isFinite(number) ? number : 0;
}

function addedPerson(row) {
  return {
    line: Number(row?.line) || null,
    name: text(row?.name),
    employeeNumber: text(row?.employeeNumber),
    email: text(row?.email),
    department: text(row?.department),
    jobTitle: text(row?.jobTitle),
  };
}

function updatedPerson(row) {
  return {
    line: Number(row?.line) || null,
    personId: row?.personId ?? row?.id ?? null,
    name: text(row?.name),
    employeeNumber: text(row?.employeeNumber),
    changes: list(row?.changes).map((change) => ({
      field: text(change?.field),
      old: text(change?.old ?? change?.before),
      new: text(change?.new ?? change?.after),
    })),
  };
}

function missingPerson(person) {
  const id = person?.personId ?? person?.id;
  return {
    personId: typeof id === 'number' ? id : null,
    name: text(person?.name),
    employeeNumber: text(person?.employeeNumber),
    email: text(person?.email),
    department: text(person?.department),
    jobTitle: text(person?.jobTitle),
  };
}

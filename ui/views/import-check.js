// Step 2 of the employee import: the column mapping HR confirms or corrects, every problem with
// its line, and what applying would do: who is added, who changes (old → new), how many stay
// as they are, and who is missing from the file (HR decides per person; nobody is deleted).

import { h } from '../lib/dom.js';
import { has, t, tCount } from '../lib/i18n.js';
import { problemList } from './import-problems.js';
import { isRequired, orderedFields, sampleValue } from './import-model.js';
import { baseName, formatNumber } from './poll-format.js';
import { icon } from './icons.js';
import { avatar } from './widgets.js';

/** Rows of the add and update lists shown before "Show all": a 20,000-row file stays quick. */
export const SHOWN_ROWS = 50;

export function fieldLabel(field) {
  return has(`import.field.${field}`) ? t(`import.field.${field}`) : field;
}

/** The file bar: which file, how it was read, and the actions on it. */
export function fileBar({ path, preview, checking, onRestart, onRecheck }) {
  const facts = [
    preview.encoding ? encodingLabel(preview.encoding) : null,
    preview.delimiter ? delimiterLabel(preview.delimiter) : null,
    preview.rowCount !== null ? tCount('import.rows', preview.rowCount, { count: formatNumber(preview.rowCount) }) : null,
  ].filter(Boolean);
  return h('div', { class: 'import-file-bar' },
    h('span', { class: 'import-file-icon', 'aria-hidden': 'true' }, icon('file')),
    h('div', { class: 'import-file-text' },
      h('p', { class: 'import-file-name', title: path }, baseName(path)),
      h('p', { class: 'muted small' }, facts.join(' · '))),
    h('p', { id: 'import-status', class: 'import-status small', role: 'status' }, checking ? t('pi.checking') : ''),
    h('button', { id: 'import-recheck', type: 'button', class: 'button', disabled: checking, onclick: onRecheck },
      icon('refresh'), h('span', {}, t('import.recheck'))),
    h('button', { id: 'import-restart', type: 'button', class: 'button button-quiet', disabled: checking, onclick: onRestart },
      t('import.otherFile')));
}

function encodingLabel(encoding) {
  return has(`import.encoding.${encoding}`) ? t(`import.encoding.${encoding}`) : encoding;
}

function delimiterLabel(delimiter) {
  return has(`import.delimiter.${delimiter}`) ? t(`import.delimiter.${delimiter}`) : delimiter;
}

/** One select per field of the mapping, listing the file's headers plus "not in file". */
export function mappingPanel({ preview, mapping, onChange }) {
  const headers = preview.headers;
  const fields = orderedFields(mapping);
  const used = new Set(Object.values(mapping).filter((column) => column !== null));
  const ignored = headers.map((header, column) => ({ header, column })).filter(({ column }) => !used.has(column));
  return h('section', { id: 'import-mapping-panel', class: 'pi-panel', 'aria-labelledby': 'import-mapping-title' },
    h('div', { class: 'pi-panel-head' },
      h('div', {},
        h('h3', { id: 'import-mapping-title', class: 'pi-panel-title' }, icon('table'), h('span', {}, t('import.mapping.title'))),
        h('p', { class: 'muted small' }, t('import.mapping.intro')))),
    h('div', { class: 'table-card' },
      h('table', { id: 'import-mapping', class: 'table import-mapping-table' },
        h('caption', { class: 'visually-hidden' }, t('import.mapping.caption')),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col', class: 'import-col-field' }, t('import.mapping.field')),
          h('th', { scope: 'col', class: 'import-col-column' }, t('import.mapping.column')),
          h('th', { scope: 'col', class: 'import-col-example' }, t('import.mapping.example')))),
        h('tbody', {}, fields.map((field) => mappingRow(field))))),
    h('p', { class: 'muted small import-name-hint' }, t('import.mapping.nameHint')),
    ignored.length
      ? h('p', { class: 'small import-ignored' }, h('strong', {}, t('import.mapping.ignored')), ' ',
        ignored.map(({ header, column }) => h('span', { class: 'pi-tag' }, header || t('import.mapping.columnN', { n: column + 1 }))))
      : null);

  function mappingRow(field) {
    const id = `import-map-${field}`;
    const select = h('select', { id, 'data-field': field, onchange: () => onChange(field, select.value === '' ? null : Number(select.value)) },
      h('option', { value: '' }, t('import.mapping.notInFile')),
      headers.map((header, column) => h('option', { value: String(column) },
        header ? header : t('import.mapping.columnN', { n: column + 1 }))));
    select.value = mapping[field] === null || mapping[field] === undefined ? '' : String(mapping[field]);
    const required = isRequired(field, mapping);
    const missing = required && mapping[field] == null;
    if (missing) select.setAttribute('aria-invalid', 'true');
    const example = sampleValue(preview.sample, mapping[field]);
    return h('tr', { 'data-mapping-field': field, class: mapping[field] == null ? 'import-unmapped' : null },
      h('th', { scope: 'row' },
        h('label', { for: id }, fieldLabel(field)),
        required ? h('span', { class: 'pi-required' }, t('import.mapping.required')) : null),
      h('td', {}, select),
      h('td', { class: 'import-example' }, example
        ? h('span', { class: 'import-sample' }, example)
        : h('span', { class: 'muted' }, mapping[field] == null ? '' : t('import.mapping.emptySample'))));
  }
}

/** The problems, or a reassurance that there are none. */
export function problemsPanel(problems) {
  return h('div', { id: 'import-problems', 'data-count': problems.length },
    problems.length
      ? problemList({ id: 'import-problem-list', problems, intro: t('import.problems.intro') })
      : h('p', { class: 'pi-callout pi-callout-success' }, icon('check'), h('span', {}, t('import.problems.none'))));
}

/** The four figures of what applying would do. */
export function summaryTiles(preview, markedLeft) {
  return h('dl', { id: 'import-summary', class: 'pi-stats import-stats' },
    tile('add', preview.addCount, null),
    tile('update', preview.updateCount, null),
    tile('unchanged', preview.unchanged, null),
    tile('missing', preview.missing.length, preview.missing.length
      ? tCount('import.summary.markedLeft', markedLeft, { count: formatNumber(markedLeft) }) : null));
}

function tile(name, value, note) {
  return h('div', { class: `pi-stat import-stat-${name}${Number(value) === 0 ? ' is-zero' : ''}`, 'data-stat': name },
    h('dt', {}, t(`import.summary.${name}`)),
    h('dd', {}, h('span', { class: 'pi-stat-value' }, formatNumber(value)),
      note ? h('span', { class: 'pi-stat-note' }, note) : null));
}

/** The people the import would add. */
export function addedPanel(preview, { showAll, onShowAll }) {
  if (preview.addCount === 0) return null;
  const rows = showAll ? preview.toAdd : preview.toAdd.slice(0, SHOWN_ROWS);
  return h('section', { id: 'import-added', class: 'pi-panel', 'aria-labelledby': 'import-added-title' },
    h('h3', { id: 'import-added-title', class: 'pi-panel-title' }, icon('plus'),
      h('span', {}, tCount('import.added.title', preview.addCount, { count: formatNumber(preview.addCount) }))),
    rows.length ? h('div', { class: 'table-card' },
      h('table', { class: 'table import-people-table' },
        h('caption', { class: 'visually-hidden' }, t('import.added.caption')),
        h('thead', {}, h('tr', {},
          ['line', 'name', 'employeeNumber', 'department', 'jobTitle'].map((column) =>
            h('th', { scope: 'col', class: `import-col-${column}` }, t(`import.col.${column}`))))),
        h('tbody', {}, rows.map((person) => h('tr', { 'data-added': person.employeeNumber },
          h('td', { class: 'muted' }, person.line ?? ''),
          h('td', {}, h('div', { class: 'person-name' }, person.name), h('div', { class: 'muted small' }, person.email)),
          h('td', {}, person.employeeNumber),
          h('td', {}, person.department || h('span', { class: 'muted' }, '—')),
          h('td', {}, person.jobTitle || h('span', { class: 'muted' }, '—'))))))) : null,
    showMore(preview.toAdd.length, rows.length, onShowAll));
}

/** The people the import would change, each change as old → new. */
export function updatedPanel(preview, { showAll, onShowAll }) {
  if (preview.updateCount === 0) return null;
  const rows = showAll ? preview.toUpdate : preview.toUpdate.slice(0, SHOWN_ROWS);
  return h('section', { id: 'import-updated', class: 'pi-panel', 'aria-labelledby': 'import-updated-title' },
    h('h3', { id: 'import-updated-title', class: 'pi-panel-title' }, icon('edit'),
      h('span', {}, tCount('import.updated.title', preview.updateCount, { count: formatNumber(preview.updateCount) }))),
    h('ul', { class: 'import-update-list' }, rows.map((person) => h('li', { class: 'import-update', 'data-updated': person.employeeNumber },
      h('div', { class: 'import-update-who' },
        avatar(person.name, 'avatar avatar-sm'),
        h('span', { class: 'person-name' }, person.name),
        h('span', { class: 'muted small' }, [person.employeeNumber, person.line ? t('pi.problems.line', { line: person.line }) : null]
          .filter(Boolean).join(' · '))),
      h('dl', { class: 'import-changes' }, person.changes.map((change) => h('div', { class: 'import-change', 'data-field': change.field },
        h('dt', {}, fieldLabel(change.field)),
        h('dd', {},
          value(change.old, 'import-old'),
          h('span', { class: 'import-arrow', 'aria-label': t('import.updated.becomes') }, '→'),
          value(change.new, 'import-new')))))))),
    showMore(preview.toUpdate.length, rows.length, onShowAll));
}

function value(text, className) {
  return text === '' ? h('span', { class: `${className} import-empty` }, t('import.updated.empty')) : h('span', { class: className }, text);
}

function showMore(total, shown, onShowAll) {
  if (total <= shown) return null;
  return h('p', { class: 'pi-more' },
    h('button', { type: 'button', class: 'button button-quiet', onclick: onShowAll },
      t('import.showAll', { count: formatNumber(total) })));
}

/** Everyone missing from the file, each with keep / mark as left (default keep, never delete). */
export function missingPanel(preview, { decisions, onDecide, onDecideAll }) {
  const missing = preview.missing;
  return h('section', { id: 'import-missing', class: 'pi-panel', 'aria-labelledby': 'import-missing-title', 'data-count': missing.length },
    h('div', { class: 'pi-panel-head' },
      h('div', {},
        h('h3', { id: 'import-missing-title', class: 'pi-panel-title' }, icon('userMinus'),
          h('span', {}, tCount('import.missing.title', missing.length, { count: formatNumber(missing.length) }))),
        h('p', { class: 'muted small' }, missing.length ? t('import.missing.intro') : t('import.missing.none'))),
      missing.length > 1 ? h('div', { class: 'import-bulk' },
        h('button', { id: 'import-keep-all', type: 'button', class: 'button button-small', onclick: () => onDecideAll('keep') },
          t('import.missing.keepAll')),
        h('button', { id: 'import-leave-all', type: 'button', class: 'button button-small', onclick: () => onDecideAll('mark_left') },
          t('import.missing.leaveAll'))) : null),
    missing.length ? h('div', { class: 'table-card' },
      h('table', { class: 'table import-missing-table' },
        h('caption', { class: 'visually-hidden' }, t('import.missing.caption')),
        h('thead', {}, h('tr', {},
          ['name', 'employeeNumber', 'department', 'decision'].map((column) =>
            h('th', { scope: 'col', class: `import-col-${column}` }, t(`import.col.${column}`))))),
        h('tbody', {}, missing.map((person) => missingRow(person))))) : null);

  function missingRow(person) {
    const id = `import-missing-${person.personId}`;
    const select = h('select', { id, 'data-missing-person': person.personId,
      onchange: () => {
        onDecide(person.personId, select.value);
        select.closest('tr')?.classList.toggle('import-leaving', select.value === 'mark_left');
      } },
    h('option', { value: 'keep' }, t('import.missing.keep')),
    h('option', { value: 'mark_left' }, t('import.missing.markLeft')));
    select.value = decisions.get(person.personId) === 'mark_left' ? 'mark_left' : 'keep';
    return h('tr', { 'data-missing-row': person.personId, class: select.value === 'mark_left' ? 'import-leaving' : null },
      h('td', {}, h('div', { class: 'person-cell' }, avatar(person.name, 'avatar avatar-sm'),
        h('div', {}, h('div', { class: 'person-name' }, person.name),
          h('div', { class: 'muted small' }, person.jobTitle || person.email)))),
      h('td', {}, person.employeeNumber),
      h('td', {}, person.department || h('span', { class: 'muted' }, '—')),
      h('td', {}, h('label', { for: id, class: 'visually-hidden' }, t('import.missing.decisionFor', { name: person.name })), select));
  }
}

/** The sentence above Apply; kept current while HR changes decisions. */
export function applySummary(preview, markedLeft) {
  if (preview.problems.length) return tCount('import.apply.blocked', preview.problems.length, { count: formatNumber(preview.problems.length) });
  if (preview.addCount + preview.updateCount + markedLeft === 0) return t('import.apply.nothing');
  return t('import.apply.summary', {
    added: formatNumber(preview.addCount),
    updated: formatNumber(preview.updateCount),
    markedLeft: formatNumber(markedLeft),
  });
}

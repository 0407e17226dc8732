// Repeating rows of the mentor profile: the career path (moves marked vertical or horizontal,
// which matching needs later) and the structured CV. Each row's inputs carry a `name`, so tests
// and the read-out find them the same way: `.career-move [name=toRole]`, `.cv-entry [name=title]`.

import { h, replace } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { careerMoveFrom, CV_KINDS, cvEntryFrom, DIRECTIONS } from '../lib/profile.js';
import { icon } from './icons.js';

const YEAR_RANGE = { min: 1950, max: 2100 };
let serial = 0;

function small(label, control) {
  return h('div', { class: 'row-field' }, h('label', { for: control.id }, label), control);
}

function textInput(name, value, attrs = {}) {
  return h('input', { id: `${name}-${serial}`, name, type: 'text', autocomplete: 'off', value: value ?? '', ...attrs });
}

function yearInput(name, value) {
  return h('input', { id: `${name}-${serial}`, name, type: 'number', inputmode: 'numeric', step: 1, ...YEAR_RANGE,
    class: 'year-input', value: value ?? '', placeholder: t('rows.yearPlaceholder') });
}

/** Reads a row's named controls; a number input with unreadable text reports NaN, not "". */
function values(row) {
  const out = {};
  for (const control of row.querySelectorAll('[name]')) {
    out[control.name] = control.type === 'number' && control.validity?.badInput ? 'x' : control.value;
  }
  return out;
}

/**
 * The shared shape of both editors: a list, an Add button, an empty note, and read/locate.
 * `build(item, index)` makes one <li>; `convert(values)` turns it into a contract object.
 */
function rowEditor({ id, addId, addLabel, emptyText, items, build, convert, counts, onChange }) {
  const list = h('ol', { id, class: 'row-list' });
  const empty = h('p', { class: 'rows-empty' }, icon('info'), h('span', {}, emptyText));
  const add = h('button', { id: addId, type: 'button', class: 'button button-small', onclick: () => addRow(null, true) },
    icon('plus'), h('span', {}, addLabel));
  const element = h('div', { class: 'row-editor' }, list, empty, add);
  list.addEventListener('input', () => onChange?.());
  list.addEventListener('change', () => onChange?.());

  function addRow(item, focus) {
    serial += 1;
    const row = build(item);
    row.append(h('button', { type: 'button', class: 'icon-button row-remove', 'data-remove-row': '',
      'aria-label': t('rows.remove'), title: t('rows.remove'),
      onclick: () => { row.remove(); renumber(); onChange?.(); add.focus(); } },
    icon('trash')));
    list.append(row);
    renumber();
    if (focus) {
      row.querySelector('input, select')?.focus();
      onChange?.();
    }
  }

  function renumber() {
    const rows = [...list.children];
    rows.forEach((row, index) => row.setAttribute('aria-label', t('rows.rowLabel', { n: index + 1 })));
    empty.hidden = rows.length > 0;
    list.hidden = rows.length === 0;
  }

  replace(list);
  for (const item of items) addRow(item, false);
  renumber();

  return {
    element,
    /** { items } ready to send, or { badControl } for a year that is not a whole number. */
    read() {
      const result = [];
      for (const row of list.children) {
        const item = convert(values(row));
        if (item === null) continue;
        const bad = [...row.querySelectorAll('input[type=number]')].find((input) => Number.isNaN(item[input.name]));
        if (bad) return { badControl: bad };
        result.push(item);
      }
      return { items: result };
    },
    rows: () => [...list.children],
    /** Rows the core would count (a move needs its new role, an entry its title), for the checklist. */
    count: () => [...list.children].map((row) => convert(values(row))).filter((item) => item !== null && counts(item)).length,
  };
}

/** A control in the first row that breaks `test(values)`, for pointing at a refused save. */
function firstMatching(rows, test, controlName) {
  for (const row of rows) {
    const v = values(row);
    if (test(v)) return row.querySelector(`[name="${controlName(v)}"]`);
  }
  return null;
}

const outOfRange = (text) => text.trim() !== '' && (Number(text) < YEAR_RANGE.min || Number(text) > YEAR_RANGE.max);

export function careerEditor({ moves, departments = [], onChange }) {
  const listId = 'career-department-list';
  const editor = rowEditor({
    id: 'career-moves',
    addId: 'career-add',
    addLabel: t('career.add'),
    emptyText: t('career.empty'),
    items: moves,
    convert: careerMoveFrom,
    counts: (move) => move.toRole.trim() !== '',
    onChange,
    build: (move) => {
      const direction = h('select', { id: `direction-${serial}`, name: 'direction' },
        DIRECTIONS.map((value) => h('option', { value }, t(`career.direction.${value}`))));
      direction.value = move?.direction ?? 'vertical';
      const row = h('li', { class: 'career-move row-card' },
        h('div', { class: 'career-grid' },
          h('div', { class: 'cell-year' }, small(t('career.year'), yearInput('year', move?.year))),
          h('div', { class: 'cell-from' },
            small(t('career.fromRole'), textInput('fromRole', move?.fromRole, { placeholder: t('career.fromRole.placeholder') })),
            small(t('career.fromDepartment'), textInput('fromDepartment', move?.fromDepartment, { list: listId }))),
          h('div', { class: 'cell-arrow', 'aria-hidden': 'true' }, icon('arrow')),
          h('div', { class: 'cell-to' },
            small(t('career.toRole'), textInput('toRole', move?.toRole, { placeholder: t('career.toRole.placeholder') })),
            small(t('career.toDepartment'), textInput('toDepartment', move?.toDepartment, { list: listId }))),
          h('div', { class: 'cell-direction' }, small(t('career.direction'), direction),
            h('p', { class: 'direction-hint hint' }))));
      const hint = row.querySelector('.direction-hint');
      const explain = () => {
        replace(hint, icon(direction.value === 'horizontal' ? 'sideways' : 'up', 'icon icon-xs'),
          t(`career.direction.${direction.value}.hint`));
        row.dataset.direction = direction.value;
      };
      direction.addEventListener('change', explain);
      explain();
      return row;
    },
  });
  editor.element.prepend(h('datalist', { id: listId }, departments.map((name) => h('option', { value: name }))));
  editor.locate = (code) => {
    const rows = editor.rows();
    if (code === 'profile.career_move_without_role') {
      return firstMatching(rows, (v) => careerMoveFrom(v) !== null && !v.toRole.trim(), () => 'toRole');
    }
    if (code === 'profile.implausible_year') return firstMatching(rows, (v) => outOfRange(v.year), () => 'year');
    return null;
  };
  return editor;
}

export function cvEditor({ entries, onChange }) {
  const editor = rowEditor({
    id: 'cv-entries',
    addId: 'cv-add',
    addLabel: t('cv.add'),
    emptyText: t('cv.empty'),
    items: entries,
    convert: cvEntryFrom,
    counts: (entry) => entry.title.trim() !== '',
    onChange,
    build: (entry) => {
      const kind = h('select', { id: `kind-${serial}`, name: 'kind' },
        CV_KINDS.map((value) => h('option', { value }, t(`cv.kind.${value}`))));
      kind.value = entry?.kind ?? 'position';
      const title = textInput('title', entry?.title);
      const organisation = textInput('organisation', entry?.organisation);
      const placeholders = () => {
        title.placeholder = t(`cv.title.placeholder.${kind.value}`);
        organisation.placeholder = t(`cv.organisation.placeholder.${kind.value}`);
      };
      kind.addEventListener('change', placeholders);
      placeholders();
      const description = h('textarea', { id: `description-${serial}`, name: 'description', rows: 2,
        value: entry?.description ?? '', placeholder: t('cv.description.placeholder') });
      return h('li', { class: 'cv-entry row-card' },
        h('div', { class: 'cv-grid' },
          h('div', { class: 'cell-kind' }, small(t('cv.kind'), kind)),
          h('div', { class: 'cell-title' }, small(t('cv.title'), title)),
          h('div', { class: 'cell-organisation' }, small(t('cv.organisation'), organisation)),
          h('div', { class: 'cell-years' },
            small(t('cv.fromYear'), yearInput('fromYear', entry?.fromYear)),
            h('span', { class: 'year-dash', 'aria-hidden': 'true' }, '–'),
            small(t('cv.toYear'), yearInput('toYear', entry?.toYear))),
          h('div', { class: 'cell-description' }, small(t('cv.description'), description))));
    },
  });
  editor.locate = (code) => {
    const rows = editor.rows();
    if (code === 'profile.cv_entry_without_title') {
      return firstMatching(rows, (v) => cvEntryFrom(v) !== null && !v.title.trim(), () => 'title');
    }
    if (code === 'profile.cv_entry_ends_before_start') {
      return firstMatching(rows, (v) => v.fromYear.trim() && v.toYear.trim() && Number(v.toYear) < Number(v.fromYear),
        () => 'toYear');
    }
    if (code === 'profile.implausible_year') {
      return firstMatching(rows, (v) => outOfRange(v.fromYear) || outOfRange(v.toYear),
        (v) => (outOfRange(v.fromYear) ? 'fromYear' : 'toYear'));
    }
    return null;
  };
  return editor;
}

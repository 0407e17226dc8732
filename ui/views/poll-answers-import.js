// Importing poll answers from a CSV file (typically the exported invitation list, filled in).
// The file is checked first; every problem is listed with its line, and nothing is applied
// while there is any problem.

import * as api from '../api.js';
import { h, replace } from '../lib/dom.js';
import { errorText, t, tCount } from '../lib/i18n.js';
import { errorArea, openDialog, showError } from './dialog.js';
import { problemList } from './import-problems.js';
import { mergeProblems } from './import-model.js';
import { ANSWERS, topicsText } from './poll-answer-form.js';
import { baseName, countOf, formatNumber } from './poll-format.js';
import { icon } from './icons.js';

const CSV_FILTERS = () => [{ name: t('pi.filter.csv'), extensions: ['csv', 'txt'] }];
const SHOWN_ROWS = 100;

/** Reads preview_poll_answers' answer, whether `rows` is a list or a count. */
export function normaliseAnswersPreview(raw) {
  const rows = raw?.rows ?? raw?.answers ?? [];
  return {
    rows: Array.isArray(rows) ? rows : [],
    rowCount: countOf(rows),
    problems: mergeProblems(raw?.problems),
  };
}

/** Events up: onApplied({ updated }). */
export function openAnswersImport({ round, onApplied }) {
  let path = '';
  let preview = null;
  let busy = false;

  const pathInput = h('input', { id: 'poll-answers-path', type: 'text', autocomplete: 'off', spellcheck: 'false',
    placeholder: t('pi.pathPlaceholder') });
  const choose = h('button', { id: 'poll-answers-choose', type: 'button', class: 'button', onclick: chooseFile },
    icon('file'), h('span', {}, t('pi.chooseFile')));
  const check = h('button', { id: 'poll-answers-preview', type: 'button', class: 'button', onclick: () => checkFile(pathInput.value) },
    t('pi.check'));
  const result = h('div', { id: 'poll-answers-result', class: 'pi-dialog-result', 'aria-live': 'polite' });
  const error = errorArea('poll-answers-error');
  const apply = h('button', { id: 'poll-answers-apply', type: 'button', class: 'button button-primary', disabled: true,
    onclick: applyAnswers }, t('poll.answersImport.apply'));
  const cancel = h('button', { id: 'poll-answers-cancel', type: 'button', class: 'button', onclick: () => dialog.close() },
    t('poll.answersImport.cancel'));

  const body = h('div', { class: 'dialog-form' },
    h('div', { class: 'dialog-body' },
      h('p', { class: 'dialog-intro' }, t('poll.answersImport.intro')),
      h('ul', { class: 'pi-format-list small' },
        h('li', {}, t('poll.answersImport.formatColumns')),
        h('li', {}, t('poll.answersImport.formatAnswers')),
        h('li', {}, t('poll.answersImport.formatOptional')),
        h('li', {}, t('poll.answersImport.formatFile'))),
      h('div', { class: 'pi-file-row' },
        choose,
        h('span', { class: 'muted small' }, t('pi.or')),
        h('div', { class: 'pi-path' },
          h('label', { for: 'poll-answers-path', class: 'visually-hidden' }, t('pi.pathLabel')),
          pathInput),
        check),
      result),
    error,
    h('footer', { class: 'dialog-footer' }, h('span', { class: 'spacer' }), cancel, apply));
  pathInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      checkFile(pathInput.value);
    }
  });

  const dialog = openDialog({ id: 'poll-answers-dialog', title: t('poll.answersImport.title'), subtitle: round.title, body });
  choose.focus();

  async function chooseFile() {
    let picked;
    try {
      picked = await api.pickFile({ filters: CSV_FILTERS() });
    } catch (failure) {
      showError(error, errorText(failure.code));
      return;
    }
    if (!picked) return;
    pathInput.value = picked;
    await checkFile(picked);
  }

  async function checkFile(candidate) {
    const next = String(candidate ?? '').trim();
    showError(error, '');
    if (!next) {
      showError(error, t('pi.pathMissing'));
      pathInput.focus();
      return;
    }
    path = next;
    preview = null;
    setBusy(true);
    replace(result, h('p', { class: 'loading' }, t('pi.checking')));
    try {
      preview = normaliseAnswersPreview(await api.previewPollAnswers(round.id, path));
      renderPreview();
    } catch (failure) {
      replace(result);
      showError(error, errorText(failure.code));
    } finally {
      setBusy(false);
    }
  }

  function renderPreview() {
    const problems = preview.problems;
    replace(result,
      h('p', { class: 'pi-file-chip' }, icon('file'), h('span', { class: 'pi-file-name' }, baseName(path)),
        // With problems the core lists no rows, so a count would only say "0".
        problems.length ? null : h('span', { class: 'muted small' }, tCount('poll.answersImport.rows', preview.rowCount))),
      h('div', { id: 'poll-answers-problems', 'data-count': problems.length },
        problems.length
          ? problemList({ id: 'poll-answers-problem-list', problems, intro: t('poll.answersImport.problemsIntro') })
          : h('p', { class: 'pi-callout pi-callout-success' }, icon('check'),
            h('span', {}, tCount('poll.answersImport.ready', preview.rowCount)))),
      !problems.length && preview.rows.length ? rowsTable(preview.rows) : null);
  }

  function rowsTable(rows) {
    const shown = rows.slice(0, SHOWN_ROWS);
    // The core's preview rows have line, name, answer and hours; topics only if it sends them.
    const columns = ['line', 'name', 'answer', 'hours', rows.some((row) => topicsText(row.topics).trim()) ? 'topics' : null]
      .filter(Boolean);
    const cell = {
      line: (row) => h('td', { class: 'muted' }, row.line ?? ''),
      name: (row) => h('td', {}, row.name ?? row.employeeNumber ?? row.email ?? ''),
      answer: (row) => h('td', {}, ANSWERS.includes(row.answer) ? t(`poll.answer.${row.answer}`) : ''),
      hours: (row) => h('td', {}, row.hoursPerMonth == null ? h('span', { class: 'muted' }, '—')
        : t('poll.hoursValue', { hours: formatNumber(row.hoursPerMonth) })),
      topics: (row) => h('td', { class: 'small' }, topicsText(row.topics)),
    };
    return h('div', { class: 'table-card pi-scroll' },
      h('table', { class: 'table pi-table' },
        h('caption', { class: 'visually-hidden' }, t('poll.answersImport.tableCaption')),
        h('thead', {}, h('tr', {},
          columns.map((column) => h('th', { scope: 'col', class: `pi-col-${column}` }, t(`poll.answersImport.col.${column}`))))),
        h('tbody', {}, shown.map((row) => h('tr', { 'data-answer-line': row.line ?? null }, columns.map((column) => cell[column](row)))))),
      rows.length > shown.length
        ? h('p', { class: 'pi-more small muted' }, tCount('pi.andMore', rows.length - shown.length)) : null);
  }

  async function applyAnswers() {
    if (!preview || preview.problems.length) return;
    showError(error, '');
    setBusy(true);
    try {
      const outcome = await api.applyPollAnswers(round.id, path);
      dialog.close();
      onApplied?.({ updated: countOf(outcome?.updated ?? outcome) });
    } catch (failure) {
      showError(error, errorText(failure.code));
      // The file may have changed since the check: show what is wrong with it now.
      if (String(failure.code).startsWith('import.')) await checkFile(path);
    } finally {
      setBusy(false);
    }
  }

  function setBusy(value) {
    busy = value;
    if (busy) body.setAttribute('aria-busy', 'true'); else body.removeAttribute('aria-busy');
    for (const button of [choose, check]) button.disabled = busy;
    apply.disabled = busy || !preview || preview.problems.length > 0;
    apply.textContent = preview && !preview.problems.length
      ? tCount('poll.answersImport.applyCount', preview.rowCount, { count: formatNumber(preview.rowCount) })
      : t('poll.answersImport.apply');
  }
}

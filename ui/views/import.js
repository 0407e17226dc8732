// Importing employees from the HR system's CSV export, in three steps: choose the file, check
// the columns and what would change, see what was done. Nothing changes before "Apply", a file
// with any problem cannot be applied, and people missing from the file are never deleted.

import * as api from '../api.js';
import { h, replace } from '../lib/dom.js';
import { errorText, t, tCount } from '../lib/i18n.js';
import { debounce, latestOnly } from '../lib/timing.js';
import { errorArea, showError } from './dialog.js';
import {
  addedPanel, applySummary, fileBar, mappingPanel, missingPanel, problemsPanel, summaryTiles, updatedPanel,
} from './import-check.js';
import { decisionsFor, normalisePreview } from './import-model.js';
import { formatNumber } from './poll-format.js';
import { icon } from './icons.js';

const STEPS = ['choose', 'check', 'done'];
const RECHECK_DELAY_MS = 300;
/** Codes that mean the file or the database changed since the check: check again and show why. */
const STALE_CODES = ['import.invalid', 'import.not_missing'];

/** Events up: onShowPeople() for the link to the people list after an import (optional). */
export function createImportView({ onShowPeople } = {}) {
  const state = {
    step: 'choose',
    path: '',
    pathInput: '',
    preview: null,
    mapping: null,
    decisions: new Map(),
    checking: false,
    applying: false,
    // { code } from the core, or { text } said here; one per place it is shown.
    chooseError: null,
    checkError: null,
    applyError: null,
    staleNote: false,
    result: null,
    showAll: { added: false, updated: false },
  };
  const element = h('section', { id: 'import-view', class: 'view pi-view', 'aria-labelledby': 'import-view-title' });
  const stepSlot = h('div', { class: 'import-step' });
  const fetchPreview = latestOnly((path, mapping) => api.previewEmployeeImport(path, mapping));
  const recheckLater = debounce(() => check(state.path, state.mapping), RECHECK_DELAY_MS);
  let applySummaryText = null;
  let applyButton = null;

  // ---------- Rendering ----------

  function render() {
    replace(element,
      h('header', { class: 'view-header' },
        h('div', {},
          h('h1', { id: 'import-view-title' }, t('import.title')),
          h('p', { class: 'view-subtitle' }, t('import.subtitle')))),
      stepper(),
      stepSlot);
    renderStep();
  }

  function stepper() {
    const currentIndex = STEPS.indexOf(state.step);
    return h('ol', { class: 'pi-stepper', 'aria-label': t('import.steps.label') },
      STEPS.map((step, index) => h('li', {
        class: index < currentIndex ? 'pi-stepper-item is-done' : index === currentIndex ? 'pi-stepper-item is-current' : 'pi-stepper-item',
        'aria-current': index === currentIndex ? 'step' : null,
      },
      h('span', { class: 'pi-stepper-mark', 'aria-hidden': 'true' }, index < currentIndex ? icon('check') : String(index + 1)),
      h('span', { class: 'pi-stepper-label' }, t(`import.steps.${step}`)))));
  }

  function renderStep() {
    // Keep the focus where HR was working (a mapping select, a decision) across a redraw.
    const focusedId = element.contains(document.activeElement) ? document.activeElement.id : null;
    if (state.step === 'choose') replace(stepSlot, chooseStep());
    else if (state.step === 'check') replace(stepSlot, checkStep());
    else replace(stepSlot, doneStep());
    if (focusedId) document.getElementById(focusedId)?.focus();
  }

  function goTo(step) {
    state.step = step;
    render();
    document.getElementById(`import-${step}-heading`)?.focus();
  }

  // ---------- Step 1: choose ----------

  function chooseStep() {
    const error = errorArea('import-error');
    if (state.chooseError) showError(error, failureText(state.chooseError));
    const pathInput = h('input', { id: 'import-path', type: 'text', autocomplete: 'off', spellcheck: 'false',
      value: state.pathInput, placeholder: t('pi.pathPlaceholder'),
      oninput: () => { state.pathInput = pathInput.value; },
      onkeydown: (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          check(pathInput.value, null);
        }
      } });
    return h('div', { id: 'import-step-choose', class: 'import-choose' },
      h('section', { class: 'pi-panel import-drop', 'aria-labelledby': 'import-choose-heading', 'aria-busy': state.checking ? 'true' : null },
        h('span', { class: 'import-drop-icon', 'aria-hidden': 'true' }, icon('upload', 'icon icon-lg')),
        h('h2', { id: 'import-choose-heading', tabindex: '-1' }, t('import.choose.title')),
        h('p', { class: 'muted' }, t('import.choose.text')),
        h('button', { id: 'import-choose', type: 'button', class: 'button button-primary button-large', disabled: state.checking,
          onclick: chooseFile }, icon('file'), h('span', {}, t('pi.chooseFile'))),
        h('div', { class: 'pi-divider' }, h('span', {}, t('import.choose.orPath'))),
        h('div', { class: 'pi-file-row' },
          h('div', { class: 'pi-path' },
            h('label', { for: 'import-path', class: 'visually-hidden' }, t('pi.pathLabel')),
            pathInput),
          h('button', { id: 'import-preview', type: 'button', class: 'button', disabled: state.checking,
            onclick: () => check(pathInput.value, null) }, t('import.choose.preview'))),
        h('p', { class: 'import-status small', role: 'status' }, state.checking ? t('pi.checking') : ''),
        error),
      formatHelp());
  }

  function formatHelp() {
    const headers = ['naam', 'e-mail', 'personeelsnummer', 'afdeling', 'functie', 'leidinggevende', 'in dienst sinds', 'loopbaan gestart'];
    return h('aside', { class: 'pi-panel import-format', 'aria-labelledby': 'import-format-title' },
      h('h3', { id: 'import-format-title', class: 'pi-panel-title' }, t('import.format.title')),
      h('ul', { class: 'pi-format-list' },
        h('li', {}, h('strong', {}, t('import.format.encodingLabel')), ' ', t('import.format.encoding')),
        h('li', {}, h('strong', {}, t('import.format.delimiterLabel')), ' ', t('import.format.delimiter')),
        h('li', {}, h('strong', {}, t('import.format.headersLabel')), ' ', t('import.format.headers'))),
      h('ul', { class: 'import-header-chips', 'aria-label': t('import.format.headersLabel') },
        headers.map((header) => h('li', { class: 'chip' }, header))),
      h('p', { class: 'small muted' }, t('import.format.headerNotes')),
      h('p', { class: 'small import-example-label' }, t('import.format.example')),
      h('pre', { class: 'import-example-file' },
        'personeelsnummer;naam;e-mail;afdeling;…\n',
        '10042;Jan de Vries;jan@example.nl;Beleid;…\n',
        '10043;Fatima El Amrani;fatima@example.nl;ICT;…'),
      h('p', { class: 'pi-callout' }, icon('lock'), h('span', {}, t('import.format.safe'))));
  }

  async function chooseFile() {
    let path;
    try {
      path = await api.pickFile({ filters: [{ name: t('pi.filter.csv'), extensions: ['csv', 'txt'] }] });
    } catch (error) {
      state.chooseError = error;
      renderStep();
      return;
    }
    if (!path) return;
    state.pathInput = path;
    await check(path, null);
  }

  // ---------- Step 2: check ----------

  /** Previews `path` with `mapping` (null: let the core propose one). */
  async function check(path, mapping) {
    const target = String(path ?? '').trim();
    if (!target) {
      state.chooseError = { text: t('pi.pathMissing') };
      renderStep();
      document.getElementById('import-path')?.focus();
      return;
    }
    const fresh = target !== state.path || state.step !== 'check';
    state.checking = true;
    state.chooseError = null;
    state.checkError = null;
    state.applyError = null;
    renderStep();
    try {
      const { result, stale } = await fetchPreview(target, mapping);
      if (stale) return;
      const preview = normalisePreview(result);
      state.path = target;
      state.preview = preview;
      state.mapping = { ...preview.mapping };
      // Decisions stay for people who are still missing; everyone else starts at "keep".
      const stillMissing = new Set(preview.missing.map((person) => person.personId));
      state.decisions = fresh ? new Map() : new Map([...state.decisions].filter(([id]) => stillMissing.has(id)));
      if (fresh) state.showAll = { added: false, updated: false };
      state.checking = false;
      if (state.step !== 'check') goTo('check');
      else renderStep();
    } catch (error) {
      state.checking = false;
      if (state.step === 'check') {
        state.checkError = error;
        renderStep();
      } else {
        state.chooseError = error;
        renderStep();
        document.getElementById('import-path')?.focus();
      }
    }
  }

  function failureText(failure) {
    return failure.text ?? errorText(failure.code);
  }

  function checkStep() {
    const preview = state.preview;
    const markedLeft = countMarked();
    const refusedWhole = preview.problems.length > 0 && preview.addCount + preview.updateCount + preview.unchanged
      + preview.missing.length === 0;
    const applyError = errorArea('import-apply-error');
    if (state.applyError) showError(applyError, failureText(state.applyError));
    applySummaryText = h('p', { id: 'import-apply-summary', class: 'import-apply-text' }, applySummary(preview, markedLeft));
    applyButton = h('button', { id: 'import-apply', type: 'button', class: 'button button-primary button-large',
      disabled: preview.problems.length > 0 || state.checking || state.applying || state.checkError !== null, onclick: apply,
      'aria-describedby': 'import-apply-summary' }, icon('check'), h('span', {}, t('import.apply')));
    return h('div', { id: 'import-step-check', class: 'import-check', 'aria-busy': state.checking ? 'true' : null },
      h('h2', { id: 'import-check-heading', class: 'visually-hidden', tabindex: '-1' }, t('import.steps.check')),
      fileBar({ path: state.path, preview, checking: state.checking, onRestart: () => restart(), onRecheck: () => check(state.path, state.mapping) }),
      state.checkError ? h('p', { id: 'import-check-error', class: 'pi-callout pi-callout-danger', role: 'alert' }, icon('alert'),
        h('span', {}, failureText(state.checkError))) : null,
      state.staleNote ? h('p', { class: 'pi-callout pi-callout-warning', role: 'alert' }, icon('alert'),
        h('span', {}, t('import.staleNote'))) : null,
      mappingPanel({ preview, mapping: state.mapping, onChange: changeMapping }),
      problemsPanel(preview.problems),
      // A file refused as a whole (a required column missing) has nothing to compare yet.
      refusedWhole ? null : [
        summaryTiles(preview, markedLeft),
        addedPanel(preview, { showAll: state.showAll.added, onShowAll: () => { state.showAll.added = true; renderStep(); } }),
        updatedPanel(preview, { showAll: state.showAll.updated, onShowAll: () => { state.showAll.updated = true; renderStep(); } }),
        preview.unchanged > 0 ? h('p', { id: 'import-unchanged', class: 'pi-callout' }, icon('check'),
          h('span', {}, tCount('import.unchanged', preview.unchanged, { count: formatNumber(preview.unchanged) }))) : null,
        missingPanel(preview, { decisions: state.decisions, onDecide: decide, onDecideAll: decideAll }),
      ],
      h('div', { class: 'import-apply-bar' },
        h('div', { class: 'import-apply-info' }, applySummaryText, applyError),
        applyButton));
  }

  function changeMapping(field, column) {
    state.mapping = { ...state.mapping, [field]: column };
    state.staleNote = false;
    // Apply waits for the check of the corrected mapping.
    if (applyButton) applyButton.disabled = true;
    recheckLater();
  }

  function countMarked() {
    return [...state.decisions.values()].filter((decision) => decision === 'mark_left').length;
  }

  function decide(personId, decision) {
    state.decisions.set(personId, decision);
    refreshApplyText();
  }

  function decideAll(decision) {
    for (const person of state.preview.missing) state.decisions.set(person.personId, decision);
    renderStep();
  }

  function refreshApplyText() {
    const markedLeft = countMarked();
    if (applySummaryText) replace(applySummaryText, applySummary(state.preview, markedLeft));
    const note = element.querySelector('.import-stat-missing .pi-stat-note');
    if (note) note.textContent = tCount('import.summary.markedLeft', markedLeft, { count: formatNumber(markedLeft) });
  }

  function restart({ focus = true } = {}) {
    state.preview = null;
    state.mapping = null;
    state.path = '';
    state.chooseError = null;
    state.checkError = null;
    state.applyError = null;
    state.staleNote = false;
    state.result = null;
    state.decisions = new Map();
    if (focus) goTo('choose');
    else {
      state.step = 'choose';
      render();
    }
  }

  async function apply() {
    if (!state.preview || state.preview.problems.length || state.checking) return;
    state.applying = true;
    state.applyError = null;
    state.staleNote = false;
    applyButton.disabled = true;
    replace(applyButton, icon('check'), h('span', {}, t('import.applying')));
    try {
      const result = await api.applyEmployeeImport(state.path, state.mapping, decisionsFor(state.preview.missing, state.decisions));
      state.applying = false;
      state.result = {
        added: Number(result?.added) || 0,
        updated: Number(result?.updated) || 0,
        unchanged: Number(result?.unchanged) || 0,
        markedLeft: Number(result?.markedLeft) || 0,
      };
      goTo('done');
    } catch (error) {
      state.applying = false;
      if (STALE_CODES.includes(error.code)) {
        // The file or the people changed since the check: check again and show what is wrong now.
        state.staleNote = true;
        await check(state.path, state.mapping);
      } else {
        state.applyError = error;
        renderStep();
      }
    }
  }

  // ---------- Step 3: done ----------

  function doneStep() {
    const result = state.result ?? { added: 0, updated: 0, unchanged: 0, markedLeft: 0 };
    return h('section', { id: 'import-result', class: 'pi-panel import-result', 'aria-labelledby': 'import-done-heading' },
      h('span', { class: 'import-result-icon', 'aria-hidden': 'true' }, icon('check', 'icon icon-lg')),
      h('h2', { id: 'import-done-heading', tabindex: '-1' }, t('import.done.title')),
      h('p', { id: 'import-result-summary', class: 'import-result-summary' }, t('import.done.summary', {
        added: formatNumber(result.added),
        updated: formatNumber(result.updated),
        unchanged: formatNumber(result.unchanged),
        markedLeft: formatNumber(result.markedLeft),
      })),
      h('dl', { class: 'pi-stats import-stats' },
        ['added', 'updated', 'unchanged', 'markedLeft'].map((name) => h('div', {
          class: `pi-stat import-stat-${name}${result[name] === 0 ? ' is-zero' : ''}`, 'data-stat': name },
          h('dt', {}, t(`import.done.${name}`)),
          h('dd', {}, h('span', { class: 'pi-stat-value' }, formatNumber(result[name])))))),
      h('p', { class: 'muted small' }, t('import.done.again')),
      h('div', { class: 'import-result-actions' },
        onShowPeople ? h('button', { id: 'import-view-people', type: 'button', class: 'button button-primary', onclick: onShowPeople },
          icon('people'), h('span', {}, t('import.done.viewPeople'))) : null,
        h('button', { id: 'import-check-again', type: 'button', class: 'button', onclick: () => check(state.path, state.mapping) },
          icon('refresh'), h('span', {}, t('import.done.checkAgain'))),
        h('button', { id: 'import-again', type: 'button', class: 'button button-quiet', onclick: () => restart() },
          t('import.done.another'))));
  }

  /** Entering the screen again after a finished import starts a new one; otherwise HR continues. */
  function enter() {
    if (state.step === 'done') restart({ focus: false });
  }

  return { element, render, enter };
}

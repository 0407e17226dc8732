// The organisation's own vocabulary of expertise tags. HR adds tags, renames them (every profile
// follows) and merges two that mean the same ("Projectleiding" into "Projectmanagement").

import * as api from '../api.js';
import { h, replace } from '../lib/dom.js';
import { errorText, t, tCount } from '../lib/i18n.js';
import { tidy } from '../lib/profile.js';
import { icon } from './icons.js';
import { showToast } from './toast.js';
import { emptyState, searchBox, showLoadState } from './widgets.js';

export function createExpertiseView() {
  const state = { tags: null, loadError: null, query: '', renaming: null, merge: { from: '', into: '' }, confirming: false };
  const element = h('section', { id: 'expertise-view', class: 'view', 'aria-labelledby': 'expertise-title' });
  const count = h('p', { id: 'tags-count', class: 'count', 'aria-live': 'polite' });
  const results = h('div', { class: 'results' });
  const error = h('p', { id: 'tags-error', class: 'inline-error banner-error', role: 'alert', hidden: true });
  const mergeBox = h('aside', { class: 'side-card merge-card', 'aria-labelledby': 'tag-merge-title' });
  const addName = h('input', { id: 'tag-add-name', type: 'text', autocomplete: 'off', placeholder: t('expertise.add.placeholder') });

  async function refresh() {
    try {
      state.tags = await api.listTags();
      state.loadError = null;
    } catch (failure) {
      state.loadError = failure;
    }
    renderResults();
    renderMerge();
  }

  function render() {
    addName.placeholder = t('expertise.add.placeholder');
    replace(element,
      h('header', { class: 'view-header' },
        h('div', {},
          h('h1', { id: 'expertise-title' }, t('expertise.title')),
          h('p', { class: 'view-subtitle' }, t('expertise.subtitle')))),
      h('form', { class: 'add-row', novalidate: true, onsubmit: add },
        h('label', { for: 'tag-add-name', class: 'visually-hidden' }, t('expertise.add.label')),
        h('span', { class: 'add-row-icon', 'aria-hidden': 'true' }, icon('tag')),
        addName,
        h('button', { id: 'tag-add', type: 'submit', class: 'button button-primary' }, icon('plus'),
          h('span', {}, t('expertise.add.button')))),
      error,
      h('div', { class: 'split' },
        h('div', { class: 'split-main' },
          h('div', { class: 'toolbar' },
            searchBox({ id: 'tags-search', label: t('expertise.search.label'), placeholder: t('expertise.search.placeholder'),
              value: state.query, onInput: (value) => { state.query = value; renderResults(); } }),
            count),
          results),
        mergeBox));
    renderResults();
    renderMerge();
  }

  function showError(failure, control = null) {
    error.textContent = failure ? (typeof failure === 'string' ? failure : errorText(failure.code)) : '';
    error.hidden = !failure;
    for (const marked of element.querySelectorAll('[aria-invalid]')) marked.removeAttribute('aria-invalid');
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      control.focus();
    }
  }

  function visibleTags() {
    const query = state.query.trim().toLocaleLowerCase();
    return (state.tags ?? []).filter((tag) => !query || tag.name.toLocaleLowerCase().includes(query));
  }

  function renderResults() {
    if (showLoadState(results, { error: state.loadError, loading: state.tags === null, count })) return;
    const tags = visibleTags();
    count.textContent = tCount('expertise.count', state.tags.length);
    if (state.tags.length === 0) {
      replace(results, emptyState({ iconName: 'tag', title: t('expertise.empty.title'), text: t('expertise.empty.text') }));
      return;
    }
    if (tags.length === 0) {
      replace(results, emptyState({ iconName: 'search', title: t('expertise.noResults.title'), text: t('expertise.noResults.text') }));
      return;
    }
    const most = Math.max(1, ...state.tags.map((tag) => tag.mentors));
    replace(results, h('div', { class: 'table-card' },
      h('table', { class: 'table tag-table' },
        h('caption', { class: 'visually-hidden' }, t('expertise.tableCaption')),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col', class: 'col-tag' }, t('expertise.col.name')),
          h('th', { scope: 'col', class: 'col-usage' }, t('expertise.col.usage')),
          h('th', { scope: 'col', class: 'col-tag-actions' }, h('span', { class: 'visually-hidden' }, t('expertise.col.actions'))))),
        h('tbody', {}, tags.map((tag) => row(tag, most))))));
  }

  function row(tag, most) {
    const usage = h('div', { class: 'usage' },
      h('span', { class: 'usage-bar', 'aria-hidden': 'true' }, h('span', { class: 'usage-fill' })),
      h('span', { class: tag.mentors ? 'usage-text' : 'usage-text muted' },
        tag.mentors ? tCount('expertise.usage', tag.mentors) : t('expertise.unused')));
    usage.querySelector('.usage-fill').style.width = `${Math.round((tag.mentors / most) * 100)}%`;
    if (state.renaming === tag.id) {
      const input = h('input', { id: `tag-rename-${tag.id}`, type: 'text', class: 'tag-rename-input', value: tag.name,
        'aria-label': t('expertise.rename.label', { name: tag.name }),
        onkeydown: (event) => { if (event.key === 'Escape') { event.preventDefault(); event.stopPropagation(); stopRename(tag.id); } } });
      queueMicrotask(() => { input.focus(); input.select(); });
      return h('tr', { 'data-tag-id': tag.id, class: 'row-editing' },
        h('td', { colspan: 2 },
          h('form', { class: 'rename-form', novalidate: true, onsubmit: (event) => { event.preventDefault(); rename(tag, input); } },
            input,
            h('button', { type: 'submit', class: 'button button-primary button-small', 'data-save-rename': tag.id },
              t('expertise.rename.save')),
            h('button', { type: 'button', class: 'button button-small', onclick: () => stopRename(tag.id) },
              t('expertise.rename.cancel')))),
        h('td', { class: 'col-tag-actions' }));
    }
    return h('tr', { 'data-tag-id': tag.id },
      h('td', {}, h('span', { class: 'tag-name' }, icon('tag', 'icon icon-sm'), h('span', {}, tag.name))),
      h('td', {}, usage),
      h('td', { class: 'col-tag-actions' },
        h('button', { type: 'button', class: 'icon-button', 'data-rename-tag': tag.id,
          'aria-label': t('expertise.rename.label', { name: tag.name }), title: t('expertise.rename'),
          onclick: () => { state.renaming = tag.id; showError(null); renderResults(); } }, icon('edit')),
        h('button', { type: 'button', class: 'icon-button', 'data-merge-tag': tag.id,
          'aria-label': t('expertise.merge.fromLabel', { name: tag.name }), title: t('expertise.merge.short'),
          onclick: () => { state.merge.from = String(tag.id); state.confirming = false; renderMerge();
            document.getElementById('tag-merge-into')?.focus(); } }, icon('merge'))));
  }

  function stopRename(id) {
    state.renaming = null;
    renderResults();
    element.querySelector(`[data-rename-tag="${id}"]`)?.focus();
  }

  function renderMerge() {
    const tags = state.tags ?? [];
    const byId = (id) => tags.find((tag) => String(tag.id) === String(id));
    if (!byId(state.merge.from)) state.merge.from = '';
    if (!byId(state.merge.into)) state.merge.into = '';
    const choose = (id, value, placeholder, exclude, onChange) => {
      const select = h('select', { id, onchange: (event) => { onChange(event.target.value); state.confirming = false; renderMerge(); } },
        h('option', { value: '' }, placeholder),
        tags.filter((tag) => String(tag.id) !== exclude).map((tag) =>
          h('option', { value: String(tag.id) }, `${tag.name} (${tag.mentors})`)));
      select.value = value;
      return select;
    };
    const from = byId(state.merge.from);
    const into = byId(state.merge.into);
    const ready = Boolean(from && into);
    replace(mergeBox,
      h('h2', { id: 'tag-merge-title' }, icon('merge'), h('span', {}, t('expertise.merge.title'))),
      h('p', { class: 'muted small' }, t('expertise.merge.text')),
      h('div', { class: 'field' }, h('label', { for: 'tag-merge-from' }, t('expertise.merge.from')),
        choose('tag-merge-from', state.merge.from, t('expertise.merge.choose'), state.merge.into, (v) => { state.merge.from = v; }),
        h('p', { class: 'hint' }, t('expertise.merge.fromHint'))),
      h('div', { class: 'merge-arrow', 'aria-hidden': 'true' }, icon('arrow')),
      h('div', { class: 'field' }, h('label', { for: 'tag-merge-into' }, t('expertise.merge.into')),
        choose('tag-merge-into', state.merge.into, t('expertise.merge.choose'), state.merge.from, (v) => { state.merge.into = v; }),
        h('p', { class: 'hint' }, t('expertise.merge.intoHint'))),
      state.confirming && ready
        ? h('div', { class: 'merge-confirm', role: 'group', 'aria-labelledby': 'tag-merge-question' },
          h('p', { id: 'tag-merge-question' }, tCount('expertise.merge.question', from.mentors, { from: from.name, into: into.name })),
          h('div', { class: 'merge-buttons' },
            h('button', { id: 'tag-merge-confirm', type: 'button', class: 'button button-primary', onclick: () => merge(from, into) },
              t('expertise.merge.confirm')),
            h('button', { id: 'tag-merge-cancel', type: 'button', class: 'button',
              onclick: () => { state.confirming = false; renderMerge(); document.getElementById('tag-merge')?.focus(); } },
            t('expertise.merge.cancel'))))
        : h('button', { id: 'tag-merge', type: 'button', class: 'button', disabled: !ready,
          onclick: () => { state.confirming = true; renderMerge(); document.getElementById('tag-merge-confirm')?.focus(); } },
        icon('merge'), h('span', {}, t('expertise.merge.button'))));
  }

  async function add(event) {
    event.preventDefault();
    const name = tidy(addName.value);
    if (!name) {
      showError(t('expertise.emptyName'), addName);
      return;
    }
    await run(async () => {
      const tag = await api.addTag(name);
      addName.value = '';
      showToast(t('expertise.added', { name: tag.name }));
      await refresh();
      addName.focus();
    }, addName);
  }

  async function rename(tag, input) {
    const name = tidy(input.value);
    if (!name) {
      showError(t('expertise.emptyName'), input);
      return;
    }
    if (name === tag.name) {
      stopRename(tag.id);
      return;
    }
    await run(async () => {
      const renamed = await api.renameTag(tag.id, name);
      state.renaming = null;
      showToast(t('expertise.renamed', { from: tag.name, to: renamed.name }));
      await refresh();
      element.querySelector(`[data-rename-tag="${renamed.id}"]`)?.focus();
    }, input);
  }

  async function merge(from, into) {
    await run(async () => {
      const merged = await api.mergeTags(from.id, into.id);
      state.merge = { from: '', into: '' };
      state.confirming = false;
      showToast(t('expertise.merged', { from: from.name, into: merged.name }));
      await refresh();
    }, null);
  }

  async function run(task, control) {
    showError(null);
    try {
      await task();
    } catch (failure) {
      showError(failure, control?.isConnected ? control : null);
    }
  }

  return { element, render, enter: refresh };
}

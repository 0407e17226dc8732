// A list of short texts as removable chips with a text box to add more: expertise tags (with the
// organisation's vocabulary as suggestions) and topics. Enter, the Add button, or a comma-separated
// list all work; whatever is still in the box when the form is saved counts too.

import { h, replace } from '../lib/dom.js';
import { addTags } from '../lib/profile.js';
import { t } from '../lib/i18n.js';
import { icon } from './icons.js';

const MAX_SUGGESTIONS = 6;

/**
 * `suggestions`: [{ name, mentors }] from list_tags, or [] for free text.
 * `normalise(tag)` may map a typed tag to the vocabulary's spelling.
 * Events up: onChange(values) after every add or remove.
 */
export function chipInput({ id, label, hint, values = [], suggestions = [], placeholder = '', normalise = (tag) => tag,
  onChange }) {
  let items = [...values];
  const hintId = `${id}-hint`;
  const list = h('ul', { class: 'chips chip-list', id: `${id}-chips`, 'aria-label': label });
  const input = h('input', { id, type: 'text', autocomplete: 'off', placeholder, 'aria-describedby': hintId,
    list: suggestions.length ? `${id}-list` : null,
    onkeydown: (event) => {
      if (event.key === 'Enter' && input.value.trim()) {
        event.preventDefault();
        commit();
      }
    },
    oninput: (event) => {
      // Picking from the datalist replaces the text in one go: take it as chosen.
      if (event.inputType === 'insertReplacementText' || (event.inputType === undefined && isSuggestion(input.value))) {
        commit();
      } else {
        renderSuggestions();
      }
    } });
  const add = h('button', { id: `${id}-add`, type: 'button', class: 'button button-small', onclick: () => { commit(); input.focus(); } },
    icon('plus'), h('span', {}, t('chips.add')));
  const suggestionRow = h('div', { class: 'chip-suggestions' });
  const element = h('div', { class: 'field field-wide' },
    h('label', { for: id }, label),
    h('div', { class: 'chip-input' }, list, h('div', { class: 'chip-entry' }, input, add)),
    suggestions.length
      ? h('datalist', { id: `${id}-list` }, suggestions.map((tag) => h('option', { value: tag.name })))
      : null,
    suggestionRow,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null);

  function isSuggestion(text) {
    return suggestions.some((tag) => tag.name === text);
  }

  function commit() {
    const typed = input.value;
    if (!typed.trim()) return;
    const next = addTags(items, typed.split(',').map((tag) => normalise(tag.trim())).join(','));
    input.value = '';
    input.removeAttribute('aria-invalid');
    if (next.length !== items.length) {
      items = next;
      renderChips();
      onChange?.(items);
    }
    renderSuggestions();
  }

  function remove(index) {
    items = items.filter((_, i) => i !== index);
    renderChips();
    renderSuggestions();
    onChange?.(items);
    input.focus();
  }

  function renderChips() {
    replace(list, items.map((item, index) => h('li', { class: 'chip chip-removable' },
      h('span', {}, item),
      h('button', { type: 'button', class: 'chip-remove', 'aria-label': t('chips.remove', { name: item }),
        title: t('chips.remove', { name: item }), onclick: () => remove(index) }, icon('close', 'icon icon-xs')))));
    list.hidden = items.length === 0;
  }

  /** A few clickable vocabulary tags: matches for what is typed, else the most used ones. */
  function renderSuggestions() {
    if (!suggestions.length) return;
    const typed = input.value.trim().toLocaleLowerCase();
    const chosen = new Set(items.map((item) => item.toLocaleLowerCase()));
    const open = suggestions.filter((tag) => !chosen.has(tag.name.toLocaleLowerCase()));
    const shown = (typed
      ? open.filter((tag) => tag.name.toLocaleLowerCase().includes(typed))
      : [...open].sort((a, b) => b.mentors - a.mentors || a.name.localeCompare(b.name))
    ).slice(0, MAX_SUGGESTIONS);
    replace(suggestionRow, shown.length === 0 ? null : [
      h('span', { class: 'chip-suggestions-label' }, typed ? t('chips.matching') : t('chips.popular')),
      shown.map((tag) => h('button', { type: 'button', class: 'chip chip-suggestion',
        onclick: () => { input.value = tag.name; commit(); input.focus(); } }, icon('plus', 'icon icon-xs'), tag.name)),
    ]);
  }

  renderChips();
  renderSuggestions();

  return {
    element,
    input,
    /** Everything chosen, including text still in the box. */
    values() {
      commit();
      return [...items];
    },
    count: () => items.length + (input.value.trim() ? 1 : 0),
  };
}

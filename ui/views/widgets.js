// Building blocks shared by the views: labelled fields, status badges, empty and loading states.

import { h, replace } from '../lib/dom.js';
import { initials } from '../lib/fields.js';
import { errorText, t } from '../lib/i18n.js';
import { icon } from './icons.js';

/**
 * A labelled form field. The hint is tied to the control with aria-describedby so screen
 * readers read it along with the label.
 */
export function field({ label, control, hint, required = false, wide = false }) {
  const hintId = hint ? `${control.id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  if (required) control.setAttribute('aria-required', 'true');
  return h('div', { class: wide ? 'field field-wide' : 'field' },
    h('label', { for: control.id }, label,
      required ? h('span', { class: 'required' }, ' (', t('person.required'), ')') : null),
    control,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null);
}

export function statusBadge(status) {
  return h('span', { class: `badge badge-${status}` }, t(`status.${status}`));
}

export function avatar(name, className = 'avatar') {
  return h('span', { class: className, 'aria-hidden': 'true' }, initials(name));
}

export function emptyState({ iconName, title, text, action }) {
  return h('div', { class: 'empty-state' },
    h('div', { class: 'empty-icon' }, icon(iconName, 'icon icon-lg')),
    h('h2', {}, title),
    h('p', {}, text),
    action ?? null);
}

/**
 * Until its data is there, a view shows why instead of the content: the load error (announced,
 * as it ends the wait) or the loading line. The count is emptied too, so no total stands next to
 * a list that is not shown. Returns whether it drew one, so the caller stops:
 * `if (showLoadState(results, { error: state.error, loading: state.mentors === null, count })) return;`
 */
export function showLoadState(container, { error, loading, count = null }) {
  if (!error && !loading) return false;
  if (count) count.textContent = '';
  replace(container, error
    ? h('p', { class: 'load-error', role: 'alert' }, errorText(error.code))
    : h('p', { class: 'loading' }, t('app.loading')));
  return true;
}

/** A search box with a visible icon and a screen-reader label. */
export function searchBox({ id, label, placeholder, value, onInput }) {
  return h('div', { class: 'search' },
    h('label', { for: id, class: 'visually-hidden' }, label),
    icon('search', 'icon search-icon'),
    h('input', { id, type: 'search', placeholder, value, autocomplete: 'off', spellcheck: 'false',
      oninput: (event) => onInput(event.target.value) }));
}

export function primaryButton({ id, label, iconName = 'plus', onClick }) {
  return h('button', { id, type: 'button', class: 'button button-primary', onclick: onClick },
    icon(iconName), h('span', {}, label));
}

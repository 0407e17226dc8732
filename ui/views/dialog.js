// Modal dialogs on the native <dialog>: showModal() makes the rest of the page inert (focus stays
// inside) and Escape closes it. Each dialog is built fresh and removed on close, so no stale
// values survive between openings.

import { h } from '../lib/dom.js';
import { errorText, t } from '../lib/i18n.js';
import { icon } from './icons.js';

export function openDialog({ id, title, subtitle, body, footer, className = '', onClose }) {
  const titleId = `${id}-title`;
  const returnFocus = document.activeElement;
  const dialog = h('dialog', { id, class: `dialog ${className}`.trim(), 'aria-labelledby': titleId },
    h('header', { class: 'dialog-header' },
      h('div', {},
        h('h2', { id: titleId }, title),
        subtitle ? h('p', { class: 'dialog-subtitle' }, subtitle) : null),
      h('button', { type: 'button', class: 'icon-button', 'aria-label': t('common.close'),
        onclick: () => dialog.close() }, icon('close'))),
    body,
    footer);
  dialog.addEventListener('close', () => {
    dialog.remove();
    onClose?.();
    if (returnFocus?.isConnected) returnFocus.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** The error line of a form; role=alert makes screen readers announce it when filled. */
export function errorArea(id) {
  return h('p', { id, class: 'form-error', role: 'alert', hidden: true });
}

export function showError(area, text) {
  area.textContent = text;
  area.hidden = !text;
}

/**
 * Shows the translated text for a failed command and, when the code points at one field, marks
 * that field invalid and moves focus there so it can be corrected straight away.
 * `fieldsByCode` maps error codes to controls; previous marks are cleared first.
 */
export function showFailure(area, failure, fieldsByCode = {}) {
  for (const control of Object.values(fieldsByCode)) control.removeAttribute('aria-invalid');
  if (!failure) {
    showError(area, '');
    return;
  }
  showError(area, errorText(failure.code));
  const control = fieldsByCode[failure.code];
  if (control) {
    control.setAttribute('aria-invalid', 'true');
    control.focus();
  }
}

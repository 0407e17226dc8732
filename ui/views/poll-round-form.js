// Opening a new poll round: a title and the invitation text that goes out by mail merge.

import * as api from '../api.js';
import { h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { errorArea, openDialog, showFailure } from './dialog.js';
import { field } from './widgets.js';

/** Events up: onOpened(round). */
export function openRoundForm({ onOpened }) {
  const title = h('input', { id: 'poll-title', type: 'text', autocomplete: 'off', maxlength: 200,
    placeholder: t('poll.form.titlePlaceholder') });
  const invitation = h('textarea', { id: 'poll-invitation', rows: 9, placeholder: t('poll.form.invitationPlaceholder') });
  const example = h('button', { id: 'poll-invitation-example', type: 'button', class: 'button button-quiet pi-inline-button',
    onclick: () => {
      invitation.value = t('poll.form.invitationExample');
      invitation.focus();
      invitation.setSelectionRange(0, 0);
      invitation.scrollTop = 0;
    } }, t('poll.form.useExample'));
  const error = errorArea('poll-round-error');
  const save = h('button', { id: 'poll-round-save', type: 'submit', class: 'button button-primary' }, t('poll.form.open'));
  const cancel = h('button', { id: 'poll-round-cancel', type: 'button', class: 'button', onclick: () => dialog.close() },
    t('poll.form.cancel'));
  const fieldsByCode = { 'poll.empty_title': title };

  const form = h('form', { id: 'poll-round-form', class: 'dialog-form', novalidate: true, onsubmit: submit },
    h('div', { class: 'dialog-body' },
      h('p', { class: 'dialog-intro' }, t('poll.form.intro')),
      h('div', { class: 'field-grid' },
        field({ label: t('poll.form.title'), control: title, required: true, wide: true, hint: t('poll.form.titleHint') }),
        h('div', { class: 'field field-wide' },
          h('div', { class: 'pi-label-row' },
            h('label', { for: 'poll-invitation' }, t('poll.form.invitation')),
            example),
          invitation,
          h('p', { class: 'hint', id: 'poll-invitation-hint' }, t('poll.form.invitationHint'))))),
    error,
    h('footer', { class: 'dialog-footer' }, h('span', { class: 'spacer' }), cancel, save));
  invitation.setAttribute('aria-describedby', 'poll-invitation-hint');

  const dialog = openDialog({ id: 'poll-round-dialog', title: t('poll.form.heading'), body: form, className: 'dialog-narrow' });
  title.focus();

  async function submit(event) {
    event.preventDefault();
    showFailure(error, null, fieldsByCode);
    if (!title.value.trim()) {
      showFailure(error, { code: 'poll.empty_title' }, fieldsByCode);
      return;
    }
    save.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      const round = await api.openPollRound({ title: title.value, invitation: invitation.value });
      dialog.close();
      onOpened?.(round);
    } catch (failure) {
      showFailure(error, failure, fieldsByCode);
    } finally {
      save.disabled = false;
      form.removeAttribute('aria-busy');
    }
  }
}

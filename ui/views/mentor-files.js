// The photo and the original CV file of a mentor. These are saved at once, apart from the form:
// the dialog only picks a path, the core reads, checks and stores the file and answers with the
// new MentorDetail. For tests (and for HR who prefer typing) each also takes a typed path.

import * as api from '../api.js';
import { h, replace } from '../lib/dom.js';
import { errorText, t } from '../lib/i18n.js';
import { cvCopyName } from '../lib/profile.js';
import { icon } from './icons.js';
import { forgetPhoto, portrait } from './portrait.js';

const PHOTO_FILTERS = () => [{ name: t('photo.filter'), extensions: ['jpg', 'jpeg', 'png', 'JPG', 'JPEG', 'PNG'] }];
const CV_FILTERS = () => [{ name: t('cvFile.filter'), extensions: ['pdf', 'docx', 'PDF', 'DOCX'] }];

/** The line under a panel that says what went wrong, in the user's language. */
function inlineError(id) {
  return h('p', { id, class: 'inline-error', role: 'alert', hidden: true });
}

function setError(area, failure) {
  area.textContent = failure ? errorText(failure.code) : '';
  area.hidden = !failure;
  // The panel sits low in a scrolling editor; an error below the fold would go unseen.
  if (failure) area.scrollIntoView({ block: 'nearest' });
}

/**
 * "Saved." next to the panel. A toast would sit under the modal editor (the dialog is in the
 * top layer), so the confirmation stays where HR is looking.
 */
function inlineDone(id) {
  return h('p', { id, class: 'inline-done', role: 'status', hidden: true });
}

function setDone(area, text) {
  replace(area, text ? [icon('check', 'icon icon-sm'), h('span', {}, text)] : null);
  area.hidden = !text;
}

/** "…or type a file path": small, for tests and keyboard users. */
function pathEntry({ id, label, applyLabel, onApply }) {
  const input = h('input', { id: `${id}-path`, type: 'text', autocomplete: 'off', spellcheck: 'false',
    class: 'path-input', placeholder: t('files.pathPlaceholder'),
    onkeydown: (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        apply.click();
      }
    } });
  const apply = h('button', { id: `${id}-apply`, type: 'button', class: 'button button-small',
    onclick: () => { if (input.value.trim()) onApply(input.value.trim(), input); } }, applyLabel);
  return h('div', { class: 'path-entry' }, h('label', { for: input.id }, label), input, apply);
}

/**
 * Replaces the action buttons with "Are you sure? [Remove] [Keep]" until answered; the first
 * button keeps its id prefix so tests can answer: `${id}-confirm`.
 */
function confirmInline(actions, { id, question, confirmLabel, onConfirm }) {
  const previous = [...actions.childNodes];
  const back = () => { replace(actions, previous); actions.querySelector(`#${id}`)?.focus(); };
  const yes = h('button', { id: `${id}-confirm`, type: 'button', class: 'button button-danger button-small',
    onclick: async () => { back(); await onConfirm(); } }, icon('trash'), h('span', {}, confirmLabel));
  replace(actions, h('span', { class: 'confirm-question', role: 'status' }, question), yes,
    h('button', { id: `${id}-keep`, type: 'button', class: 'button button-small', onclick: back }, t('files.keep')));
  yes.focus();
}

async function busy(buttons, task) {
  for (const button of buttons) button.disabled = true;
  try {
    return await task();
  } finally {
    for (const button of buttons) if (button.isConnected) button.disabled = false;
  }
}

/** Events up: onChanged(detail) after the photo was set or removed. */
export function photoPanel({ mentor, onChanged }) {
  let detail = mentor;
  const error = inlineError('mentor-photo-error');
  const done = inlineDone('mentor-photo-status');
  const frame = h('div', { id: 'mentor-photo-preview', class: 'photo-frame' });
  const status = h('p', { class: 'photo-status' });
  const actions = h('div', { class: 'file-actions' });
  const element = h('div', { class: 'photo-panel' },
    frame,
    h('div', { class: 'photo-side' },
      status,
      actions,
      h('p', { class: 'hint' }, t('photo.rules')),
      pathEntry({ id: 'mentor-photo', label: t('files.typePath'), applyLabel: t('files.usePath'),
        onApply: (path, input) => setPhoto(path, input) }),
      done,
      error));

  function render() {
    replace(frame, portrait({ id: detail.id, name: detail.name, hasPhoto: detail.hasPhoto, size: 'xl', lazy: false }));
    status.textContent = detail.hasPhoto ? t('photo.present') : t('photo.none');
    const choose = h('button', { id: 'mentor-photo-choose', type: 'button', class: 'button button-small',
      onclick: () => pick(choose) }, icon('camera'), h('span', {}, t(detail.hasPhoto ? 'photo.replace' : 'photo.choose')));
    const remove = detail.hasPhoto
      ? h('button', { id: 'mentor-photo-remove', type: 'button', class: 'button button-small button-quiet-danger',
        onclick: () => confirmInline(actions, { id: 'mentor-photo-remove', question: t('photo.removeQuestion'),
          confirmLabel: t('photo.remove'), onConfirm: removePhoto }) }, icon('trash'), h('span', {}, t('photo.remove')))
      : null;
    replace(actions, choose, remove);
  }

  async function pick(button) {
    setError(error, null);
    setDone(done, '');
    try {
      // The button stays disabled while the dialog is open, so a double click opens one dialog.
      await busy([button], async () => {
        const path = await api.pickFile({ filters: PHOTO_FILTERS() });
        if (path) await setPhoto(path);
      });
    } catch (failure) {
      setError(error, failure);
    }
  }

  async function setPhoto(path, input) {
    setError(error, null);
    setDone(done, '');
    input?.removeAttribute('aria-invalid');
    try {
      const next = await api.setMentorPhoto(detail.id, path);
      forgetPhoto(detail.id);
      if (input) input.value = '';
      changed(next);
      setDone(done, t('photo.saved', { name: detail.name }));
    } catch (failure) {
      setError(error, failure);
      input?.setAttribute('aria-invalid', 'true');
    }
  }

  async function removePhoto() {
    setError(error, null);
    setDone(done, '');
    try {
      const next = await api.removeMentorPhoto(detail.id);
      forgetPhoto(detail.id);
      changed(next);
      setDone(done, t('photo.removed', { name: detail.name }));
    } catch (failure) {
      setError(error, failure);
    }
  }

  function changed(next) {
    detail = { ...detail, ...next };
    render();
    onChanged?.(next);
  }

  render();
  return { element };
}

/** Events up: onChanged(detail) after a CV file was attached or removed. */
export function cvFilePanel({ mentor, onChanged }) {
  let detail = mentor;
  const error = inlineError('mentor-cv-error');
  const done = inlineDone('mentor-cv-status');
  const name = h('div', { class: 'file-name' });
  const actions = h('div', { class: 'file-actions' });
  const element = h('div', { class: 'file-panel' },
    h('div', { class: 'file-box' }, name, actions),
    h('p', { class: 'hint' }, t('cvFile.rules')),
    pathEntry({ id: 'mentor-cv', label: t('files.typePath'), applyLabel: t('files.usePath'),
      onApply: (path, input) => attach(path, input) }),
    done,
    error);

  function render() {
    const has = Boolean(detail.cvFileName);
    replace(name, h('span', { class: 'file-icon' }, icon('file')),
      h('span', { id: 'mentor-cv-name', class: has ? 'file-title' : 'file-title muted' },
        has ? detail.cvFileName : t('cvFile.none')));
    const choose = h('button', { id: 'mentor-cv-attach', type: 'button', class: 'button button-small',
      onclick: () => pick(choose) }, icon('upload'), h('span', {}, t(has ? 'cvFile.replace' : 'cvFile.attach')));
    const save = has
      ? h('button', { id: 'mentor-cv-export', type: 'button', class: 'button button-small', onclick: () => exportCopy(save) },
        icon('download'), h('span', {}, t('cvFile.saveCopy')))
      : null;
    const remove = has
      ? h('button', { id: 'mentor-cv-remove', type: 'button', class: 'button button-small button-quiet-danger',
        onclick: () => confirmInline(actions, { id: 'mentor-cv-remove', question: t('cvFile.removeQuestion'),
          confirmLabel: t('cvFile.remove'), onConfirm: removeFile }) }, icon('trash'), h('span', {}, t('cvFile.remove')))
      : null;
    replace(actions, choose, save, remove);
  }

  async function pick(button) {
    setError(error, null);
    setDone(done, '');
    try {
      await busy([button], async () => {
        const path = await api.pickFile({ filters: CV_FILTERS() });
        if (path) await attach(path);
      });
    } catch (failure) {
      setError(error, failure);
    }
  }

  async function attach(path, input) {
    setError(error, null);
    setDone(done, '');
    input?.removeAttribute('aria-invalid');
    try {
      const next = await api.setCvFile(detail.id, path);
      if (input) input.value = '';
      changed(next);
      setDone(done, t('cvFile.saved', { file: next.cvFileName ?? '' }));
    } catch (failure) {
      setError(error, failure);
      input?.setAttribute('aria-invalid', 'true');
    }
  }

  async function exportCopy(button) {
    setError(error, null);
    setDone(done, '');
    try {
      await busy([button], async () => {
        const path = await api.pickSavePath({ defaultPath: cvCopyName(detail.cvFileName, detail.name), filters: CV_FILTERS() });
        if (!path) return;
        await api.exportCvFile(detail.id, path);
        setDone(done, t('cvFile.exported', { path }));
      });
    } catch (failure) {
      setError(error, failure);
    }
  }

  async function removeFile() {
    setError(error, null);
    setDone(done, '');
    try {
      changed(await api.removeCvFile(detail.id));
      setDone(done, t('cvFile.removed'));
    } catch (failure) {
      setError(error, failure);
    }
  }

  function changed(next) {
    detail = { ...detail, ...next };
    render();
    onChanged?.(next);
  }

  render();
  return { element };
}

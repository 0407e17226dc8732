// HR's side of self-chosen matches: the newcomers' choices (list_choices), open ones first and
// flagged ones (the manager as mentor with a horizontal ambition) on top with why. HR approves
// one of the picks, which starts the mentorship, or declines with a reason the newcomer reads.

import * as api from '../api.js';
import { h, replace } from '../lib/dom.js';
import { errorText, t, tCount } from '../lib/i18n.js';
import { openDialog } from './dialog.js';
import { icon } from './icons.js';
import { adviceView } from './newcomer/choose.js';
import { datesLine, statusBadge } from './newcomer/choice.js';
import { flagText } from './newcomer/advice-text.js';
import { showToast } from './toast.js';
import { avatar, emptyState, showLoadState } from './widgets.js';

export function createChoicesView() {
  const state = { choices: null, error: null, showDecided: false };
  const element = h('section', { id: 'choices-view', class: 'view ch-view', 'aria-labelledby': 'choices-title' });
  const count = h('p', { id: 'choices-count', class: 'count', 'aria-live': 'polite' });
  const results = h('div', { class: 'results' });

  async function refresh() {
    try {
      state.choices = await api.listChoices({ openOnly: !state.showDecided });
      state.error = null;
    } catch (failure) {
      state.error = failure;
    }
    renderResults();
  }

  function render() {
    const toggle = h('input', { id: 'choices-show-decided', type: 'checkbox', checked: state.showDecided,
      onchange: (event) => { state.showDecided = event.target.checked; refresh(); } });
    replace(element,
      h('header', { class: 'view-header' },
        h('div', {},
          h('h1', { id: 'choices-title' }, t('choices.title')),
          h('p', { class: 'view-subtitle' }, t('choices.subtitle')))),
      h('div', { class: 'toolbar ch-toolbar' },
        h('label', { class: 'ch-check', for: 'choices-show-decided' }, toggle, h('span', {}, t('choices.showDecided'))),
        count),
      results);
    renderResults();
  }

  function renderResults() {
    if (showLoadState(results, { error: state.error, loading: state.choices === null, count })) return;
    const open = state.choices.filter((record) => record.status === 'submitted').length;
    count.textContent = tCount('choices.count', open);
    if (state.choices.length === 0) {
      replace(results, emptyState({ iconName: 'mentor',
        title: t(state.showDecided ? 'choices.empty.allTitle' : 'choices.empty.title'), text: t('choices.empty.text') }));
      return;
    }
    // The core orders open ones first, flagged first among them; decided ones follow.
    replace(results, h('ul', { class: 'ch-hr-list', 'aria-label': t('choices.listLabel') },
      state.choices.map((record) => h('li', {}, choiceCard(record)))));
  }

  function choiceCard(record) {
    const formalise = record.kind === 'formalise_informal';
    const open = record.status === 'submitted';
    const flag = open ? flagText(record) : null;
    return h('article', { class: `card ch-hr-choice${flag ? ' ch-flagged' : ''}${open ? '' : ' ch-decided'}`,
      'data-choice-id': record.id, 'aria-labelledby': `choices-${record.id}-title` },
    h('header', { class: 'ch-hr-head' },
      avatar(record.newcomerName),
      h('div', { class: 'ch-hr-heading' },
        h('h2', { id: `choices-${record.id}-title`, class: 'card-title' }, record.newcomerName),
        h('p', { class: 'muted small' }, t(formalise ? 'choices.kind.formalise' : 'choices.kind.mentor'), ' · ', datesLine(record))),
      statusBadge(record, `choices-status-${record.id}`)),
    flag ? h('div', { class: 'ch-flag', id: `choices-flag-${record.id}` }, icon('alert'),
      h('div', {}, h('strong', {}, t('choices.flag.title')), h('p', {}, flag))) : null,
    decision(record),
    formalise
      ? h('p', { class: 'ch-informal' }, icon('people', 'icon icon-sm'),
        t('choices.informal', { name: record.informalMentor?.name ?? '', newcomer: record.newcomerName }))
      : picksTable(record),
    record.motivation?.trim()
      ? h('figure', { class: 'ch-quote' },
        h('figcaption', { class: 'ch-label' }, t(formalise ? 'choices.note' : 'choices.motivation')),
        h('blockquote', {}, record.motivation))
      : null,
    record.advice?.warnings?.length
      ? h('details', { class: 'ch-advice-details' },
        h('summary', {}, t('choices.adviceSeen', { name: record.newcomerName })),
        adviceView(record.advice, { names: { informalMentorName: record.informalMentor?.name ?? null } }))
      : h('p', { class: 'muted small' }, t('choices.noAdvice')),
    open ? h('footer', { class: 'ch-record-foot' },
      h('button', { id: `choices-decline-${record.id}`, type: 'button', class: 'button', onclick: () => decline(record) },
        icon('close', 'icon icon-sm'), h('span', {}, t('choices.decline'))),
      h('button', { id: `choices-approve-${record.id}`, type: 'button', class: 'button button-primary', onclick: () => approve(record) },
        icon('check', 'icon icon-sm'), h('span', {}, t('choices.approve')))) : null);
  }

  function picksTable(record) {
    return h('ol', { class: 'ch-hr-picks', 'aria-label': t('choices.picks') }, (record.picks ?? []).map((pick, rank) => h('li', {
      class: record.approvedMentorId === pick.mentorId ? 'ch-hr-pick ch-approved' : 'ch-hr-pick', 'data-mentor-id': pick.mentorId },
    h('span', { class: 'ch-rank' }, t(`choice.rank.${rank}`)),
    h('div', { class: 'ch-hr-pick-who' },
      h('p', { class: 'ch-pick-name' }, pick.name),
      h('p', { class: 'muted small' }, [pick.jobTitle, pick.department].filter(Boolean).join(' · '))),
    // Places matter while HR still decides; afterwards they say nothing about this choice.
    record.status === 'submitted' ? placesText(record, pick, rank) : null)));
  }

  /**
   * Free places of a pick. An open first choice holds a place with its mentor until HR decides
   * (the view mentor_places), so that pick says so instead of counting its own place as taken.
   */
  function placesText(record, pick, rank) {
    if (record.status === 'submitted' && rank === 0) {
      return h('span', { class: 'places-badge ch-places' }, icon('lock', 'icon icon-xs'), t('choices.placeHeld'));
    }
    const places = Number(pick.placesAvailable) || 0;
    return h('span', { class: places > 0 ? 'places-badge ch-places' : 'ch-places ch-places-none' },
      places > 0 ? tCount('pool.places', places) : t('choices.full'));
  }

  function decision(record) {
    if (record.status === 'approved') {
      const name = record.picks?.find((pick) => pick.mentorId === record.approvedMentorId)?.name ?? record.informalMentor?.name ?? '';
      return h('p', { class: 'ch-decision ch-decision-approved' }, icon('check', 'icon icon-sm'), t('choices.approvedWith', { name }));
    }
    if (record.status === 'declined') {
      return h('figure', { class: 'ch-quote ch-decline-reason' },
        h('figcaption', { class: 'ch-label' }, t('choices.declineReason')),
        h('blockquote', {}, record.declineReason));
    }
    return null;
  }

  // ---- Decisions ----

  function approve(record) {
    const formalise = record.kind === 'formalise_informal';
    const picks = record.picks ?? [];
    // The first pick holds its place while the choice is open, so it is the natural default.
    const radios = picks.map((pick, rank) => h('input', { type: 'radio', name: 'choices-approve-pick',
      id: `choices-approve-pick-${pick.mentorId}`, value: String(pick.mentorId), checked: rank === 0 }));
    const confirm = h('button', { id: 'choices-approve-confirm', type: 'button', class: 'button button-primary', onclick: send },
      icon('check', 'icon icon-sm'), h('span', {}, t(formalise ? 'choices.approveDialog.formaliseConfirm' : 'choices.approveDialog.confirm')));
    const error = h('p', { id: 'choices-approve-error', class: 'form-error', role: 'alert', hidden: true });
    const dialog = openDialog({
      id: 'choices-approve-dialog',
      title: t(formalise ? 'choices.approveDialog.formaliseTitle' : 'choices.approveDialog.title'),
      subtitle: record.newcomerName,
      className: 'dialog-narrow',
      body: h('div', { class: 'dialog-form' },
        h('div', { class: 'dialog-body' },
          formalise
            ? h('p', {}, t('choices.approveDialog.formaliseText', { name: record.informalMentor?.name ?? '', newcomer: record.newcomerName }))
            : h('fieldset', { class: 'form-section' },
              h('legend', {}, t('choices.approveDialog.legend')),
              h('ul', { class: 'ch-radio-list' }, picks.map((pick, rank) => h('li', {},
                h('label', { class: 'ch-radio', for: radios[rank].id }, radios[rank],
                  h('span', { class: 'ch-rank' }, t(`choice.rank.${rank}`)),
                  h('span', { class: 'ch-radio-who' }, h('strong', {}, pick.name),
                    h('span', { class: 'muted small' }, [pick.jobTitle, pick.department].filter(Boolean).join(' · ')),
                    placesText(record, pick, rank))))))),
          h('p', { class: 'hint' }, t('choices.approveDialog.hint'))),
        error,
        h('footer', { class: 'dialog-footer' }, h('span', { class: 'spacer' }),
          h('button', { id: 'choices-approve-cancel', type: 'button', class: 'button', onclick: () => dialog.close() }, t('choices.cancel')),
          confirm)),
    });
    (radios.find((radio) => radio.checked) ?? confirm).focus();

    async function send() {
      const picked = radios.find((radio) => radio.checked);
      const mentorId = formalise ? null : Number(picked?.value);
      confirm.disabled = true;
      try {
        const saved = await api.approveChoice(record.id, mentorId);
        dialog.close();
        const name = saved.picks?.find((pick) => pick.mentorId === saved.approvedMentorId)?.name ?? saved.informalMentor?.name ?? '';
        showToast(t('choices.approved', { newcomer: saved.newcomerName ?? record.newcomerName, name }));
        await refresh();
      } catch (failure) {
        error.textContent = errorText(failure.code);
        error.hidden = false;
        confirm.disabled = false;
      }
    }
  }

  function decline(record) {
    const reason = h('textarea', { id: 'choices-decline-reason', rows: 4, 'aria-required': 'true',
      'aria-describedby': 'choices-decline-reason-hint', placeholder: t('choices.declineDialog.placeholder'),
      oninput: () => reason.removeAttribute('aria-invalid') });
    const confirm = h('button', { id: 'choices-decline-confirm', type: 'button', class: 'button button-danger', onclick: send },
      t('choices.declineDialog.confirm'));
    const error = h('p', { id: 'choices-decline-error', class: 'form-error', role: 'alert', hidden: true });
    const dialog = openDialog({
      id: 'choices-decline-dialog',
      title: t('choices.declineDialog.title'),
      subtitle: record.newcomerName,
      className: 'dialog-narrow',
      body: h('div', { class: 'dialog-form' },
        h('div', { class: 'dialog-body' },
          h('div', { class: 'field' },
            h('label', { for: 'choices-decline-reason' }, t('choices.declineDialog.label'),
              h('span', { class: 'required' }, ' (', t('person.required'), ')')),
            reason,
            h('p', { class: 'hint', id: 'choices-decline-reason-hint' }, t('choices.declineDialog.hint')))),
        error,
        h('footer', { class: 'dialog-footer' }, h('span', { class: 'spacer' }),
          h('button', { id: 'choices-decline-cancel', type: 'button', class: 'button', onclick: () => dialog.close() }, t('choices.cancel')),
          confirm)),
    });
    reason.focus();

    async function send() {
      if (!reason.value.trim()) {
        fail({ code: 'choice.decline_needs_reason' });
        return;
      }
      confirm.disabled = true;
      try {
        const saved = await api.declineChoice(record.id, reason.value);
        dialog.close();
        showToast(t('choices.declined', { newcomer: saved.newcomerName ?? record.newcomerName }));
        await refresh();
      } catch (failure) {
        fail(failure);
        confirm.disabled = false;
      }
    }

    function fail(failure) {
      error.textContent = errorText(failure.code);
      error.hidden = false;
      if (failure.code === 'choice.decline_needs_reason') {
        reason.setAttribute('aria-invalid', 'true');
        reason.focus();
      }
    }
  }

  return { element, render, enter: refresh };
}

// The newcomer's choices (list_my_choices, newest first): where each stands, what was chosen and
// why, and the advice shown at the time. An open choice can be withdrawn. Without any choice
// the tab explains how choosing works and leads to the suggestions.

import * as api from '../../api.js';
import { h, replace } from '../../lib/dom.js';
import { errorText, t } from '../../lib/i18n.js';
import { openDialog } from '../dialog.js';
import { icon } from '../icons.js';
import { formatDate } from '../poll-format.js';
import { portrait } from '../portrait.js';
import { showToast } from '../toast.js';
import { statusText } from './advice-text.js';
import { adviceView } from './choose.js';
import { tabHeader } from './tab-header.js';

export function createChoiceTab(ctx) {
  const state = { choices: null, error: null, intake: null };
  const element = h('section', { id: 'choice-tab', class: 'newcomer-tab ch-tab', 'aria-labelledby': 'choice-tab-title' });

  async function enter() {
    try {
      const [choices, intake] = await Promise.all([
        api.listMyChoices(ctx.personId),
        // Only for the informal mentor's name in the advice shown at the time.
        api.getIntake(ctx.personId).catch(() => null),
      ]);
      state.choices = choices;
      state.intake = intake;
      state.error = null;
    } catch (failure) {
      state.error = failure;
    }
    render();
  }

  /** The informal mentor an advice names, by name: from the choice itself, else from the intake. */
  function informalName(record) {
    if (record.informalMentor?.name) return record.informalMentor.name;
    const id = (record.advice?.warnings ?? []).find((a) => a.informalMentor != null)?.informalMentor;
    return id != null && state.intake?.intake?.informalMentor === id ? state.intake.informalMentorName ?? null : null;
  }

  function render() {
    replace(element,
      tabHeader({ titleId: 'choice-tab-title', title: t('choice.tab.title'), subtitle: t('choice.tab.subtitle'),
        focusable: true }),
      body());
  }

  function body() {
    if (state.error) return h('p', { class: 'load-error', role: 'alert' }, errorText(state.error.code));
    if (state.choices === null) return h('p', { class: 'loading' }, t('app.loading'));
    if (state.choices.length === 0) {
      return h('div', { class: 'ch-empty-wrap' },
        tabEmpty({ id: 'choice-empty', iconName: 'mentor', title: t('choice.empty.title'), text: t('choice.empty.text'),
          actions: [h('button', { id: 'choice-to-suggestions', type: 'button', class: 'button button-primary',
            onclick: () => ctx.go('suggestions') }, h('span', {}, t('choice.empty.action')), icon('arrow'))] }),
        howItWorks());
    }
    // "Choose again" only while there is neither a choice waiting for HR nor a mentor.
    const settled = state.choices.some((record) => record.status === 'submitted' || record.status === 'approved');
    return h('div', { class: 'ch-records' },
      settled ? null : h('div', { id: 'choice-new', class: 'ch-callout' }, icon('info'),
        h('p', {}, t('choice.again.text')),
        h('button', { type: 'button', class: 'button', onclick: () => ctx.go('shortlist') }, t('choice.again.action'))),
      h('ul', { class: 'ch-record-list', 'aria-label': t('choice.list.label') },
        state.choices.map((record) => h('li', {}, recordCard(record)))));
  }

  function recordCard(record) {
    const formalise = record.kind === 'formalise_informal';
    return h('article', { class: `ch-record ch-record-${record.status}`, 'data-choice-id': record.id,
      'aria-labelledby': `choice-record-${record.id}-title` },
    h('header', { class: 'ch-record-head' },
      h('div', {},
        h('h3', { id: `choice-record-${record.id}-title`, class: 'ch-record-title' },
          t(formalise ? 'choice.record.formaliseTitle' : 'choice.record.title')),
        h('p', { class: 'muted small' }, datesLine(record))),
      statusBadge(record, `choice-status-${record.id}`)),
    h('p', { class: 'ch-status-text' }, statusExplanation(record)),
    record.status === 'declined' && record.declineReason
      ? h('figure', { class: 'ch-quote ch-decline-reason' },
        h('figcaption', { class: 'ch-label' }, t('choice.record.hrReason')),
        h('blockquote', {}, record.declineReason))
      : null,
    formalise
      ? h('p', { class: 'ch-informal' }, icon('people', 'icon icon-sm'),
        t('choice.record.informal', { name: record.informalMentor?.name ?? t('choice.advice.informalFallbackName') }))
      : picksList(record),
    record.motivation?.trim()
      ? h('figure', { class: 'ch-quote' },
        h('figcaption', { class: 'ch-label' }, t(formalise ? 'choice.record.note' : 'choice.record.motivation')),
        h('blockquote', {}, record.motivation))
      : null,
    record.advice?.warnings?.length
      ? h('details', { class: 'ch-advice-details' },
        h('summary', {}, t('choice.record.advice')),
        adviceView(record.advice, { names: { informalMentorName: informalName(record) } }))
      : null,
    record.status === 'submitted'
      ? h('footer', { class: 'ch-record-foot' },
        h('button', { id: `choice-withdraw-${record.id}`, type: 'button', class: 'button button-quiet-danger',
          onclick: () => confirmWithdraw(record) }, icon('close', 'icon icon-sm'), h('span', {}, t('choice.withdraw'))))
      : null);
  }

  function picksList(record) {
    return h('ol', { class: 'ch-record-picks', 'aria-label': t('choice.record.picks') }, (record.picks ?? []).map((pick, rank) => {
      const approved = record.approvedMentorId === pick.mentorId;
      return h('li', { class: approved ? 'ch-record-pick ch-approved' : 'ch-record-pick', 'data-mentor-id': pick.mentorId },
        h('span', { class: 'ch-rank' }, t(`choice.rank.${rank}`)),
        // A pick does not say whether there is a photo; asking costs one call, cached per session.
        portrait({ id: pick.mentorId, name: pick.name, hasPhoto: true, size: 'sm' }),
        h('div', {},
          h('p', { class: 'ch-pick-name' }, pick.name),
          h('p', { class: 'muted small' }, [pick.jobTitle, pick.department].filter(Boolean).join(' · '))),
        approved ? h('span', { class: 'ch-approved-tag' }, icon('check', 'icon icon-xs'), t('choice.record.yourMentor')) : null);
    }));
  }

  function statusExplanation(record) {
    const approvedName = record.picks?.find((pick) => pick.mentorId === record.approvedMentorId)?.name
      ?? record.informalMentor?.name ?? '';
    switch (record.status) {
      case 'submitted': return t(record.kind === 'formalise_informal' ? 'choice.explain.submittedFormalise'
        : 'choice.explain.submitted', { date: formatDate(record.expiresOn) });
      case 'approved': return t('choice.explain.approved', { name: approvedName });
      case 'declined': return t('choice.explain.declined');
      case 'expired': return t('choice.explain.expired', { date: formatDate(record.expiresOn) });
      case 'withdrawn': return t('choice.explain.withdrawn');
      default: return '';
    }
  }

  function confirmWithdraw(record) {
    const confirm = h('button', { id: 'choice-withdraw-confirm', type: 'button', class: 'button button-danger', onclick: withdraw },
      t('choice.withdrawDialog.confirm'));
    const error = h('p', { id: 'choice-withdraw-error', class: 'form-error', role: 'alert', hidden: true });
    const dialog = openDialog({
      id: 'choice-withdraw-dialog',
      title: t('choice.withdrawDialog.title'),
      className: 'dialog-narrow',
      body: h('div', { class: 'dialog-form' },
        h('div', { class: 'dialog-body' }, h('p', {},
          t(record.kind === 'formalise_informal' ? 'choice.withdrawDialog.textFormalise' : 'choice.withdrawDialog.text'))),
        error,
        h('footer', { class: 'dialog-footer' }, h('span', { class: 'spacer' }),
          h('button', { id: 'choice-withdraw-cancel', type: 'button', class: 'button', onclick: () => dialog.close() },
            t('choice.withdrawDialog.cancel')),
          confirm)),
    });
    document.getElementById('choice-withdraw-cancel')?.focus();

    async function withdraw() {
      confirm.disabled = true;
      try {
        await api.withdrawChoice(ctx.personId, record.id);
        dialog.close();
        showToast(t('choice.withdrawn'));
        ctx.refreshProgress?.();
        await enter();
        document.getElementById('choice-tab-title')?.focus();
      } catch (failure) {
        error.textContent = errorText(failure.code);
        error.hidden = false;
        confirm.disabled = false;
      }
    }
  }

  return { element, render, enter };
}

/** The status of a choice as a badge; the text is the translated status. */
export function statusBadge(record, id = null) {
  return h('span', { id, class: `badge ch-status ch-status-${record.status}` }, statusText(record.status));
}

export function datesLine(record) {
  const parts = [t('choice.dates.submitted', { date: formatDate(record.submittedOn) })];
  if (record.decidedOn) {
    parts.push(t(record.status === 'withdrawn' ? 'choice.dates.withdrawn' : 'choice.dates.decided', { date: formatDate(record.decidedOn) }));
  }
  else if (record.status === 'submitted') parts.push(t('choice.dates.expires', { date: formatDate(record.expiresOn) }));
  return parts.join(' · ');
}

function howItWorks() {
  return h('ol', { class: 'ch-how' }, ['look', 'star', 'compare', 'choose'].map((step, index) => h('li', {},
    h('span', { class: 'ch-how-number', 'aria-hidden': 'true' }, String(index + 1)),
    h('div', {}, h('strong', {}, t(`choice.how.${step}.title`)), h('p', { class: 'muted small' }, t(`choice.how.${step}.text`))))));
}


/** An empty tab: what is missing and the way on; its title sits under the tab's own heading. */
export function tabEmpty({ id, iconName, title, text, actions = [] }) {
  return h('div', { id, class: 'empty-state newcomer-prompt ch-empty' },
    h('div', { class: 'empty-icon' }, icon(iconName, 'icon icon-lg')),
    h('h3', {}, title),
    h('p', {}, text),
    actions.length ? h('div', { class: 'ch-actions ch-actions-center' }, actions) : null);
}

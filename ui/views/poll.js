// The recruitment poll (peiling): HR asks experienced colleagues whether they would mentor as a
// side task next to their job. Rounds on the left; the chosen round on the right with its
// overview, the selection of invitees and everyone's answer. Answers are for HR only.

import * as api from '../api.js';
import { h, replace } from '../lib/dom.js';
import { excerpt } from '../lib/fields.js';
import { errorText, t, tCount } from '../lib/i18n.js';
import { latestOnly } from '../lib/timing.js';
import { openDialog } from './dialog.js';
import { openAnswerForm, topicsText } from './poll-answer-form.js';
import { openAnswersImport } from './poll-answers-import.js';
import { miniBar, pollOverview, roundParts } from './poll-chart.js';
import { baseName, countOf, fileSlug, formatDate, formatNumber } from './poll-format.js';
import { icon } from './icons.js';
import { openRoundForm } from './poll-round-form.js';
import { createInviteePanel, defaultFilter } from './poll-select.js';
import { showToast } from './toast.js';
import { emptyState, primaryButton } from './widgets.js';

const ANSWER_FILTERS = ['all', 'interested', 'not_interested', 'no_answer'];

/** Events up: onShowMentors() for the toast after someone became a mentor candidate (optional). */
export function createPollView({ onShowMentors } = {}) {
  const state = {
    rounds: null,
    error: null,
    selectedId: null,
    invitees: null,
    inviteesError: null,
    departments: [],
    filter: defaultFilter(),
    answerFilter: 'all',
    /** null: "Select invitees" opens by itself while a round has no invitees. */
    selectOpen: null,
  };
  const element = h('section', { id: 'poll-view', class: 'view pi-view', 'aria-labelledby': 'poll-view-title' });
  const roundsSlot = h('nav', { class: 'poll-rounds', 'aria-labelledby': 'poll-rounds-title' });
  const detailSlot = h('div', { id: 'poll-detail', class: 'poll-detail', 'aria-live': 'off' });
  const fetchInvitees = latestOnly((roundId) => api.listInvitees(roundId));
  let overviewSlot = null;
  let inviteesSlot = null;
  let panel = null;

  const selected = () => state.rounds?.find((round) => round.id === state.selectedId) ?? null;

  // ---------- Loading ----------

  async function enter() {
    const [rounds, departments] = await Promise.allSettled([api.listPollRounds(), api.listDepartments()]);
    state.departments = departments.status === 'fulfilled' ? departments.value : [];
    if (rounds.status === 'rejected') {
      state.error = rounds.reason;
      state.rounds = null;
      render();
      return;
    }
    state.error = null;
    state.rounds = rounds.value;
    if (!selected()) state.selectedId = state.rounds[0]?.id ?? null;
    state.invitees = null;
    render();
    await loadInvitees();
  }

  async function loadInvitees() {
    const round = selected();
    if (!round) return;
    try {
      const { result, stale } = await fetchInvitees(round.id);
      if (stale) return;
      state.invitees = result;
      state.inviteesError = null;
    } catch (error) {
      state.invitees = null;
      state.inviteesError = error;
    }
    renderInvitees();
    panel?.update(invitedIds());
  }

  /** After answers or invitations: new counts for the list and the overview, new rows. */
  async function refreshRound() {
    try {
      state.rounds = await api.listPollRounds();
    } catch (error) {
      showToast(errorText(error.code), { tone: 'error' });
    }
    renderRounds();
    renderOverview();
    await loadInvitees();
  }

  const invitedIds = () => new Set((state.invitees ?? []).map((invitee) => invitee.personId));

  // ---------- Rendering ----------

  function render() {
    replace(element,
      h('header', { class: 'view-header' },
        h('div', {},
          h('h1', { id: 'poll-view-title' }, t('poll.title')),
          h('p', { class: 'view-subtitle' }, t('poll.subtitle'))),
        primaryButton({ id: 'poll-new', label: t('poll.new'), onClick: newRound })),
      hrOnlyNote(),
      body());
  }

  function body() {
    if (state.error) return h('p', { class: 'load-error', role: 'alert' }, errorText(state.error.code));
    if (state.rounds === null) return h('p', { class: 'loading' }, t('app.loading'));
    if (state.rounds.length === 0) {
      return h('div', { class: 'poll-empty' },
        emptyState({ iconName: 'mentor', title: t('poll.empty.title'), text: t('poll.empty.text'),
          action: h('button', { type: 'button', class: 'button', onclick: newRound }, icon('plus'), h('span', {}, t('poll.new'))) }),
        steps());
    }
    renderRounds();
    renderDetail();
    return h('div', { class: 'poll-layout' }, roundsSlot, detailSlot);
  }

  function hrOnlyNote() {
    return h('p', { id: 'poll-hr-only', class: 'pi-hr-only' }, icon('lock'),
      h('strong', {}, t('poll.hrOnly')), h('span', {}, t('poll.hrOnlyText')));
  }

  /** How a poll works, for the first visit. */
  function steps() {
    return h('ol', { class: 'pi-steps-explained' },
      ['open', 'invite', 'answers', 'screen'].map((step, index) => h('li', {},
        h('span', { class: 'pi-step-number', 'aria-hidden': 'true' }, String(index + 1)),
        h('div', {}, h('strong', {}, t(`poll.how.${step}.title`)), h('p', { class: 'muted small' }, t(`poll.how.${step}.text`))))));
  }

  function renderRounds() {
    if (!state.rounds?.length) return;
    replace(roundsSlot,
      h('h2', { id: 'poll-rounds-title', class: 'pi-section-title' }, t('poll.rounds'),
        h('span', { class: 'pi-count-pill' }, formatNumber(state.rounds.length))),
      h('ul', { class: 'poll-round-list' }, state.rounds.map((round) => h('li', {}, roundItem(round)))));
  }

  function roundItem(round) {
    const parts = roundParts(round);
    const current = round.id === state.selectedId;
    return h('button', { type: 'button', class: 'poll-round', 'data-round-id': round.id,
      'aria-current': current ? 'true' : null, onclick: () => select(round.id) },
    h('span', { class: 'poll-round-top' },
      h('span', { class: 'poll-round-title' }, round.title),
      roundStatus(round)),
    h('span', { class: 'poll-round-dates small muted' }, datesText(round)),
    miniBar(round),
    h('span', { class: 'poll-round-counts small' },
      tCount('poll.count.invited', parts.invited, { count: formatNumber(parts.invited) }), ' · ',
      tCount('poll.count.answered', parts.answered, { count: formatNumber(parts.answered) }), ' · ',
      h('span', { class: 'poll-round-interested' }, tCount('poll.count.interested', parts.interested, { count: formatNumber(parts.interested) }))));
  }

  function roundStatus(round) {
    return round.closedOn
      ? h('span', { class: 'badge badge-retired' }, t('poll.status.closed'))
      : h('span', { class: 'badge badge-approved' }, t('poll.status.open'));
  }

  function datesText(round) {
    return round.closedOn
      ? t('poll.dates.closed', { opened: formatDate(round.openedOn), closed: formatDate(round.closedOn) })
      : t('poll.dates.open', { opened: formatDate(round.openedOn) });
  }

  function renderDetail() {
    const round = selected();
    panel = null;
    if (!round) {
      replace(detailSlot, h('p', { class: 'muted' }, t('poll.pickRound')));
      return;
    }
    overviewSlot = h('div', { class: 'poll-overview-slot' });
    inviteesSlot = h('section', { id: 'poll-invitees', class: 'pi-panel poll-invitees', 'aria-labelledby': 'poll-invitees-title' });
    const closed = Boolean(round.closedOn);
    replace(detailSlot,
      h('article', { class: 'poll-round-detail', 'data-selected-round': round.id, 'aria-labelledby': 'poll-round-heading' },
        h('header', { class: 'poll-detail-header' },
          h('div', { class: 'poll-detail-heading' },
            h('h2', { id: 'poll-round-heading', tabindex: '-1' }, round.title),
            h('p', { class: 'poll-detail-meta muted small' }, roundStatus(round), icon('calendar', 'icon icon-sm'),
              h('span', {}, datesText(round)))),
          closed ? null : h('button', { id: 'poll-close', type: 'button', class: 'button', onclick: confirmClose },
            icon('stop'), h('span', {}, t('poll.close')))),
        round.invitation?.trim()
          ? h('details', { class: 'poll-invitation' },
            h('summary', {}, t('poll.invitationText')),
            h('p', { class: 'poll-invitation-text' }, round.invitation))
          : null,
        overviewSlot,
        closed
          ? h('p', { class: 'pi-callout', id: 'poll-closed-note' }, icon('lock'), h('span', {}, t('poll.closedNote', { date: formatDate(round.closedOn) })))
          : selectPanel(round),
        inviteesSlot));
    renderOverview();
    renderInvitees();
  }

  /**
   * "Select invitees" folds away once people are invited, so the answers come first; it opens
   * by itself for a round without invitees, and stays as HR last left it.
   */
  function selectPanel(round) {
    panel = createInviteePanel({
      round,
      departments: state.departments,
      filter: state.filter,
      invitedIds: invitedIds(),
      onInvited: async (added) => {
        showToast(tCount('poll.invited', added, { count: formatNumber(added) }));
        if (state.selectOpen === null) details.open = false;
        await refreshRound();
        document.getElementById('poll-invitees-title')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      },
    });
    const details = h('details', { id: 'poll-select-details', class: 'poll-select-details',
      open: state.selectOpen ?? Number(round.invited) === 0 },
    h('summary', { id: 'poll-select-toggle' },
      h('span', { class: 'pi-panel-title' }, icon('filter'), h('span', {}, t('poll.select.title'))),
      h('span', { class: 'muted small poll-select-summary' }, t('poll.select.summary'))),
    panel.element);
    details.addEventListener('toggle', () => { state.selectOpen = details.open; });
    return details;
  }

  function renderOverview() {
    const round = selected();
    if (!round || !overviewSlot) return;
    replace(overviewSlot, pollOverview(round));
  }

  function renderInvitees() {
    const round = selected();
    if (!round || !inviteesSlot) return;
    const all = state.invitees ?? [];
    const shown = state.answerFilter === 'all' ? all : all.filter((invitee) => invitee.answer === state.answerFilter);
    const counts = Object.fromEntries(ANSWER_FILTERS.map((value) =>
      [value, value === 'all' ? all.length : all.filter((invitee) => invitee.answer === value).length]));
    const filter = h('select', { id: 'poll-answer-filter', onchange: (event) => {
      state.answerFilter = event.target.value;
      renderInvitees();
      document.getElementById('poll-answer-filter')?.focus();
    } }, ANSWER_FILTERS.map((value) => h('option', { value },
      `${value === 'all' ? t('poll.invitees.filterAll') : t(`poll.answer.${value}`)} (${formatNumber(counts[value])})`)));
    filter.value = state.answerFilter;
    const nobody = Number(round.invited) === 0 && all.length === 0;
    replace(inviteesSlot,
      h('div', { class: 'pi-panel-head' },
        h('div', {},
          h('h3', { id: 'poll-invitees-title', class: 'pi-panel-title' }, icon('people'),
            h('span', {}, t('poll.invitees.title')),
            state.invitees ? h('span', { class: 'pi-count-pill' }, formatNumber(all.length)) : null),
          h('p', { class: 'muted small' }, t('poll.invitees.intro'))),
        h('div', { class: 'poll-actions' },
          h('button', { id: 'poll-export', type: 'button', class: 'button button-small', disabled: nobody,
            title: nobody ? t('poll.export.nobody') : t('poll.export.hint'), onclick: exportList },
          icon('download'), h('span', {}, t('poll.export'))),
          h('button', { id: 'poll-import-answers', type: 'button', class: 'button button-small', disabled: nobody,
            title: nobody ? t('poll.export.nobody') : null, onclick: importAnswers },
          icon('upload'), h('span', {}, t('poll.importAnswers'))))),
      all.length ? h('div', { class: 'poll-invitees-toolbar' },
        h('label', { for: 'poll-answer-filter' }, t('poll.invitees.filterLabel')), filter) : null,
      inviteesBody(all, shown));
  }

  function inviteesBody(all, shown) {
    if (state.inviteesError) return h('p', { class: 'load-error', role: 'alert' }, errorText(state.inviteesError.code));
    if (state.invitees === null) return h('p', { class: 'loading' }, t('app.loading'));
    if (all.length === 0) {
      return h('div', { class: 'pi-empty-inline' }, icon('send', 'icon icon-lg'),
        h('p', {}, selected()?.closedOn ? t('poll.invitees.noneClosed') : t('poll.invitees.none')));
    }
    if (shown.length === 0) return h('p', { class: 'pi-empty-line muted' }, t('poll.invitees.noneForFilter'));
    return h('div', { class: 'table-card pi-table-card' },
      h('table', { class: 'table poll-table' },
        h('caption', { class: 'visually-hidden' }, t('poll.invitees.caption')),
        h('thead', {}, h('tr', {},
          ['name', 'department', 'answer', 'hours', 'answered'].map((column) =>
            h('th', { scope: 'col', class: `poll-col-${column}` }, t(`poll.col.${column}`))),
          h('th', { scope: 'col', class: 'poll-col-actions' }, h('span', { class: 'visually-hidden' }, t('poll.col.actions'))))),
        h('tbody', { onclick: (event) => {
          if (event.target.closest('button')) return;
          const row = event.target.closest('tr[data-invitee-id]');
          if (row) recordAnswer(Number(row.dataset.inviteeId));
        } }, shown.map(inviteeRow))));
  }

  function inviteeRow(invitee) {
    const topics = topicsText(invitee.topics).trim();
    return h('tr', { 'data-invitee-id': invitee.personId, 'data-answer': invitee.answer },
      h('td', {}, h('div', { class: 'person-name' }, invitee.name),
        h('div', { class: 'muted small poll-job' }, invitee.jobTitle || invitee.email)),
      h('td', {}, invitee.department || h('span', { class: 'muted' }, '—')),
      h('td', {}, answerBadge(invitee.answer),
        topics ? h('div', { class: 'poll-topics small muted', title: topics }, excerpt(topics, 70)) : null),
      h('td', { class: 'poll-col-hours' }, invitee.hoursPerMonth == null
        ? h('span', { class: 'muted' }, '—')
        : t('poll.hoursValue', { hours: formatNumber(invitee.hoursPerMonth) })),
      h('td', {}, invitee.answeredOn ? formatDate(invitee.answeredOn) : h('span', { class: 'muted' }, '—')),
      h('td', { class: 'poll-col-actions' },
        h('button', { type: 'button', class: 'button button-small', 'data-record-answer': invitee.personId,
          'aria-label': t('poll.recordAnswerFor', { name: invitee.name }), onclick: () => recordAnswer(invitee.personId) },
        icon('edit'), h('span', {}, t('poll.recordAnswer')))));
  }

  function answerBadge(answer) {
    const value = ['interested', 'not_interested', 'no_answer'].includes(answer) ? answer : 'no_answer';
    return h('span', { class: `badge pi-answer pi-answer-${value}` }, t(`poll.answer.${value}`));
  }

  // ---------- Actions ----------

  async function select(id) {
    if (id === state.selectedId) return;
    state.selectedId = id;
    state.invitees = null;
    state.inviteesError = null;
    state.answerFilter = 'all';
    state.selectOpen = null;
    renderRounds();
    renderDetail();
    element.querySelector(`button[data-round-id="${Number(id)}"]`)?.focus();
    await loadInvitees();
  }

  function newRound() {
    openRoundForm({
      onOpened: async (round) => {
        showToast(t('poll.opened', { title: round.title }));
        state.selectedId = round.id;
        await enter();
        document.getElementById('poll-round-heading')?.focus();
      },
    });
  }

  function recordAnswer(personId) {
    const round = selected();
    const invitee = state.invitees?.find((item) => item.personId === personId);
    if (!round || !invitee) return;
    openAnswerForm({
      round,
      invitee,
      onSaved: async (saved, { becameInterested }) => {
        if (becameInterested) {
          showToast(t('poll.answer.savedInterested', { name: saved.name ?? invitee.name }), onShowMentors
            ? { action: { label: t('common.viewMentors'), onClick: onShowMentors } } : {});
        } else {
          showToast(t('poll.answer.saved', { name: saved.name ?? invitee.name }));
        }
        await refreshRound();
        element.querySelector(`button[data-record-answer="${Number(personId)}"]`)?.focus();
      },
    });
  }

  async function exportList() {
    const round = selected();
    if (!round) return;
    let path;
    try {
      path = await api.pickSavePath({
        defaultPath: `${fileSlug(round.title, 'peiling')}-${fileSlug(t('poll.export.fileSuffix'), 'list')}.csv`,
        filters: [{ name: t('pi.filter.csv'), extensions: ['csv'] }],
      });
    } catch (error) {
      showToast(errorText(error.code), { tone: 'error' });
      return;
    }
    if (!path) return;
    try {
      const rows = countOf(await api.exportInvitations(round.id, path));
      showToast(tCount('poll.exported', rows, { count: formatNumber(rows), file: baseName(path) }));
    } catch (error) {
      showToast(errorText(error.code), { tone: 'error' });
    }
  }

  function importAnswers() {
    const round = selected();
    if (!round) return;
    openAnswersImport({
      round,
      onApplied: async ({ updated }) => {
        showToast(tCount('poll.answersImported', updated, { count: formatNumber(updated) }), onShowMentors
          ? { action: { label: t('common.viewMentors'), onClick: onShowMentors } } : {});
        await refreshRound();
      },
    });
  }

  function confirmClose() {
    const round = selected();
    if (!round) return;
    const confirm = h('button', { id: 'poll-close-confirm', type: 'button', class: 'button button-primary', onclick: close },
      t('poll.closeDialog.confirm'));
    const error = h('p', { id: 'poll-close-error', class: 'form-error', role: 'alert', hidden: true });
    const dialog = openDialog({
      id: 'poll-close-dialog',
      title: t('poll.closeDialog.title'),
      subtitle: round.title,
      className: 'dialog-narrow',
      body: h('div', { class: 'dialog-form' },
        h('div', { class: 'dialog-body' }, h('p', {}, t('poll.closeDialog.text'))),
        error,
        h('footer', { class: 'dialog-footer' }, h('span', { class: 'spacer' }),
          h('button', { id: 'poll-close-cancel', type: 'button', class: 'button', onclick: () => dialog.close() }, t('poll.closeDialog.cancel')),
          confirm)),
    });
    confirm.focus();

    async function close() {
      confirm.disabled = true;
      try {
        await api.closePollRound(round.id);
        dialog.close();
        showToast(t('poll.closed', { title: round.title }));
        await enter();
        document.getElementById('poll-round-heading')?.focus();
      } catch (failure) {
        error.textContent = errorText(failure.code);
        error.hidden = false;
        confirm.disabled = false;
      }
    }
  }

  return { element, render, enter };
}

// Suggestions: the approved mentors with a free place, ranked by the core on the newcomer's
// intake, each with its reasons in plain words. Similarity comes first, since it predicts the
// quality of a mentoring relationship best (Eby et al. 2013). The newcomer's own manager and
// people higher up in their reporting line are never silently ranked first: they follow in a
// group of their own, with the reason why (Van der Heijden 1998).

import * as api from '../../api.js';
import { h, replace } from '../../lib/dom.js';
import { t, tCount } from '../../lib/i18n.js';
import { icon } from '../icons.js';
import { emptyState, showLoadState } from '../widgets.js';
import { mentorCard, syncMarks } from './mentor-card.js';
import { tabHeader } from './tab-header.js';

/** The suggestions in two groups: everyone else in ranked order, then the reporting line. */
export function splitByRelation(suggestions) {
  return {
    ranked: suggestions.filter((item) => !item.relation),
    reportingLine: suggestions.filter((item) => item.relation),
  };
}

export function createSuggestionsTab(ctx) {
  const state = { view: null, intake: null, error: null };
  const element = h('section', { id: 'suggestions', class: 'newcomer-tab suggestions', 'aria-labelledby': 'suggestions-title' });
  const body = h('div', { class: 'suggestions-body' });
  ctx.marks.subscribe(() => syncMarks(element, ctx.marks));

  async function enter() {
    try {
      const [view, intake] = await Promise.all([
        api.suggestMentors(ctx.personId),
        api.getIntake(ctx.personId).catch(() => null),
      ]);
      state.view = view;
      state.intake = intake?.intake ?? null;
      state.error = null;
    } catch (failure) {
      state.error = failure;
    }
    draw();
  }

  function render() {
    replace(element,
      tabHeader({ titleId: 'suggestions-title', title: t('newcomer.suggestions.title'),
        subtitle: t('newcomer.suggestions.subtitle') }),
      body);
    draw();
  }

  function draw() {
    if (showLoadState(body, { error: state.error, loading: state.view === null })) return;
    if (!state.view.intakeSaved) {
      replace(body, h('div', { id: 'suggestions-need-intake', class: 'empty-state newcomer-prompt' },
        h('div', { class: 'empty-icon' }, icon('user', 'icon icon-lg')),
        h('h3', {}, t('newcomer.suggestions.needIntake.title')),
        h('p', {}, t('newcomer.suggestions.needIntake.text')),
        h('button', { id: 'suggestions-to-intake', type: 'button', class: 'button button-primary',
          onclick: () => ctx.go('intake') }, h('span', {}, t('newcomer.suggestions.needIntake.button')), icon('arrow'))));
      return;
    }
    const suggestions = state.view.suggestions ?? [];
    if (suggestions.length === 0) {
      replace(body, emptyState({ iconName: 'mentor', title: t('newcomer.suggestions.empty.title'),
        text: t('newcomer.suggestions.empty.text'),
        action: h('button', { type: 'button', class: 'button', onclick: () => ctx.go('search') },
          icon('search'), h('span', {}, t('newcomer.suggestions.empty.search'))) }));
      return;
    }
    const { ranked, reportingLine } = splitByRelation(suggestions);
    const ambition = state.intake?.ambition ?? null;
    const topics = state.intake?.topics ?? [];
    const cards = (items) => h('ul', { class: 'card-grid newcomer-grid' },
      items.map((item) => h('li', {}, mentorCard({ ctx, card: item.card, reasons: item.reasons, relation: item.relation,
        ambition, highlight: topics, idPrefix: 'suggestion-card' }))));
    replace(body,
      h('div', { class: 'suggestions-intro' },
        h('p', { id: 'suggestions-count', class: 'muted', 'aria-live': 'polite' },
          tCount('newcomer.suggestions.count', suggestions.length)),
        h('button', { id: 'suggestions-change-intake', type: 'button', class: 'button button-quiet button-small',
          onclick: () => ctx.go('intake') }, icon('edit'), h('span', {}, t('newcomer.suggestions.changeAnswers')))),
      ranked.length ? h('section', { 'aria-label': t('newcomer.suggestions.listLabel') }, cards(ranked)) : null,
      reportingLine.length
        ? h('section', { id: 'suggestions-reporting-line', class: 'reporting-line-group',
          'aria-labelledby': 'suggestions-reporting-line-title' },
        h('div', { class: 'reporting-line-explainer' },
          h('span', { class: 'explainer-icon' }, icon('people')),
          h('div', {},
            h('h3', { id: 'suggestions-reporting-line-title' }, t('newcomer.suggestions.reportingLine.title')),
            h('p', {}, t('newcomer.suggestions.reportingLine.text')),
            h('p', { class: 'muted small' }, t(`newcomer.suggestions.reportingLine.${ambition ?? 'unsure'}`)))),
        cards(reportingLine))
        : null);
  }

  return { element, render, enter };
}

// The newcomer area: where someone new orients themself and picks a mentor, at their own pace.
// First "who are you?", then a header with their name and a row of tabs: orientation, about
// you, suggestions, all mentors, shortlist, compare and my choice. Every tab module exports
// create<Name>Tab(ctx) → { element, render(), enter() }; ctx carries the newcomer and the ways
// to move around the area (notes/contract-4.md; the ctx shape is shared with the tabs of the
// shortlist, compare and choice).

import * as api from '../../api.js';
import { h, replace } from '../../lib/dom.js';
import { errorText, getLanguage, t } from '../../lib/i18n.js';
import { icon } from '../icons.js';
import { showToast } from '../toast.js';
import { avatar } from '../widgets.js';
import { createChoiceTab } from './choice.js';
import { startChoice } from './choose.js';
import { createCompareTab } from './compare.js';
import { createIdentify } from './identify.js';
import { createIntakeTab } from './intake.js';
import { createMarks } from './marks.js';
import { createOrientationTab, loadChapters, progressFacts } from './orientation.js';
import { openMentorProfile } from './profile.js';
import { createSearchTab } from './search.js';
import { createShortlistTab } from './shortlist.js';
import { createSuggestionsTab } from './suggestions.js';

export const TABS = [
  { name: 'orientation', create: createOrientationTab },
  { name: 'intake', create: createIntakeTab },
  { name: 'suggestions', create: createSuggestionsTab },
  { name: 'search', create: createSearchTab },
  { name: 'shortlist', create: createShortlistTab },
  { name: 'compare', create: createCompareTab },
  { name: 'choice', create: createChoiceTab },
];
const TAB_NAMES = TABS.map((tab) => tab.name);

/** Open choices show their state on the "My choice" tab. */
const CHOICE_BADGES = ['submitted', 'approved'];

/**
 * { element, render(), enter(), openFor(personId) }. openFor lets HR open the area for someone
 * from the People view; it works before or after the shell shows this view.
 */
export function createNewcomerView() {
  const state = { person: null, loading: false, tab: 'orientation', ctx: null, tabs: {}, badges: {} };
  const element = h('section', { id: 'newcomer-view', class: 'view newcomer-view' });
  const identify = createIdentify({ onPick: (person) => open(person) });
  let panel = null;
  let tablist = null;
  /** Bumped for every person opened, so a slow answer for the previous person is dropped. */
  let session = 0;

  function render() {
    if (state.loading) {
      replace(element, h('p', { class: 'loading' }, t('app.loading')));
      return;
    }
    if (!state.person) {
      replace(element, identify.element);
      identify.render();
      return;
    }
    renderArea();
  }

  function enter() {
    if (state.loading) return;
    if (!state.person) {
      identify.enter();
      return;
    }
    refreshProgress();
    tab(state.tab).enter();
  }

  function renderArea() {
    const person = state.person;
    tablist = h('div', { class: 'newcomer-tabs', role: 'tablist', 'aria-label': t('newcomer.tabs.label'),
      onkeydown: onTabKey },
    TABS.map(({ name }) => h('button', { id: `newcomer-tab-${name}`, type: 'button', role: 'tab',
      class: 'newcomer-tab-button', 'aria-selected': String(name === state.tab), 'aria-controls': 'newcomer-panel',
      tabindex: name === state.tab ? '0' : '-1', 'data-tab': name, onclick: () => select(name) },
    h('span', {}, t(`newcomer.tab.${name}`)),
    badge(name))));
    panel = h('div', { id: 'newcomer-panel', class: 'newcomer-panel', role: 'tabpanel', tabindex: '-1',
      'aria-labelledby': `newcomer-tab-${state.tab}` });
    replace(element,
      h('header', { class: 'newcomer-header' },
        avatar(person.name, 'avatar avatar-xl'),
        h('div', { class: 'newcomer-who' },
          h('p', { class: 'overline' }, t('newcomer.area.overline')),
          h('h1', { id: 'newcomer-name', tabindex: '-1' }, person.name),
          h('p', { class: 'muted' }, [person.jobTitle, person.department].filter(Boolean).join(' · '))),
        h('button', { id: 'newcomer-switch', type: 'button', class: 'link-button', onclick: switchPerson },
          t('newcomer.area.notYou'))),
      tablist,
      panel);
    const current = tab(state.tab);
    replace(panel, current.element);
    current.render();
  }

  /** A tab's small mark, worded now, so it follows a language switch. */
  function badge(name) {
    const facts = state.badges[name];
    if (!facts) return null;
    const view = badgeView(name, facts);
    return h('span', { class: `tab-badge${view.done ? ' tab-badge-done' : ''}`, title: view.label },
      view.done ? icon('check', 'icon icon-xs') : null,
      view.short ? h('span', { 'aria-hidden': 'true' }, view.short) : null,
      h('span', { class: 'visually-hidden' }, `(${view.label})`));
  }

  function drawBadges() {
    if (!tablist) return;
    for (const button of tablist.querySelectorAll('[role=tab]')) {
      button.querySelector('.tab-badge')?.remove();
      const next = badge(button.dataset.tab);
      if (next) button.append(next);
    }
  }

  /** The tab's module, made once per newcomer so its state survives switching tabs. */
  function tab(name) {
    state.tabs[name] ??= TABS.find((item) => item.name === name).create(state.ctx);
    return state.tabs[name];
  }

  function select(name, { focusPanel = false } = {}) {
    if (!TAB_NAMES.includes(name) || !state.person) return;
    state.tab = name;
    if (!tablist) return;
    for (const button of tablist.querySelectorAll('[role=tab]')) {
      const on = button.dataset.tab === name;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
    }
    panel.setAttribute('aria-labelledby', `newcomer-tab-${name}`);
    const next = tab(name);
    replace(panel, next.element);
    next.render();
    next.enter();
    document.getElementById('main')?.scrollTo?.({ top: 0 });
    if (focusPanel) panel.focus({ preventScroll: true });
  }

  /** Arrow keys, Home and End move along the tabs and open the one reached (WAI-ARIA tabs). */
  function onTabKey(event) {
    const at = TAB_NAMES.indexOf(state.tab);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TAB_NAMES.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const name = TAB_NAMES[(to + TAB_NAMES.length) % TAB_NAMES.length];
    select(name);
    document.getElementById(`newcomer-tab-${name}`)?.focus();
  }

  /** Small marks on the tabs: chapters read, intake saved, mentors in the comparison, an open choice. */
  async function refreshProgress() {
    const person = state.person;
    if (!person) return;
    const mine = session;
    const { marks } = state.ctx;
    const badges = { ...await progressBadges(person), ...markBadges(marks) };
    if (mine !== session) return;
    state.badges = badges;
    drawBadges();
  }

  /** The marks that come from what is stored; never fails, a mark that cannot be read is left out. */
  async function progressBadges(person) {
    const [chapters, progress, intake, choices] = await Promise.allSettled([
      loadChapters(getLanguage()),
      api.getOrientationProgress(person.id),
      api.getIntake(person.id),
      api.listMyChoices(person.id),
    ]);
    const badges = {};
    if (chapters.status === 'fulfilled' && progress.status === 'fulfilled') {
      const f = progressFacts(chapters.value, progress.value);
      badges.orientation = { read: f.read, total: f.total, allRead: f.allRead };
    }
    if (intake.status === 'fulfilled' && intake.value.saved) badges.intake = { saved: true };
    const open = choices.status === 'fulfilled' ? (choices.value ?? []).find((choice) => CHOICE_BADGES.includes(choice.status)) : null;
    if (open) badges.choice = { status: open.status };
    return badges;
  }

  /** Mentors on the shortlist and in the comparison, straight from the marks. */
  function markBadges(marks) {
    const starred = marks.starred().length;
    const comparing = marks.compareIds().length;
    return {
      shortlist: starred > 0 ? { count: starred } : null,
      compare: comparing > 0 ? { count: comparing } : null,
    };
  }

  async function open(person) {
    const mine = ++session;
    state.loading = true;
    if (element.isConnected) render();
    const marks = createMarks(person.id);
    // The tabs are drawn with their marks at once: marks arriving later would push the tabs
    // aside under the pointer.
    const progress = progressBadges(person);
    try {
      await marks.load();
    } catch (failure) {
      // The area still works; stars and notes show as empty until the next load.
      showToast(errorText(failure.code), { tone: 'error' });
    }
    const badges = { ...await progress, ...markBadges(marks) };
    if (mine !== session) return;
    state.person = person;
    state.tab = 'orientation';
    state.tabs = {};
    state.badges = badges;
    state.ctx = {
      personId: person.id,
      person,
      marks,
      go: (name) => select(name, { focusPanel: true }),
      openProfile: (mentorId) => openMentorProfile(state.ctx, mentorId),
      choose: (mentorId) => startChoice(state.ctx, mentorId),
      refreshProgress,
    };
    marks.subscribe(() => {
      state.badges = { ...state.badges, ...markBadges(marks) };
      drawBadges();
    });
    state.loading = false;
    if (element.isConnected) {
      render();
      tab(state.tab).enter();
      document.getElementById('newcomer-name')?.focus();
    }
  }

  /** For HR: open the area for someone from the People view. */
  async function openFor(personId) {
    const mine = ++session;
    state.loading = true;
    if (element.isConnected) render();
    try {
      const person = await api.getPerson(personId);
      if (mine !== session) return;
      await open(person);
    } catch (failure) {
      if (mine !== session) return;
      state.loading = false;
      showToast(errorText(failure.code), { tone: 'error' });
      if (element.isConnected) {
        render();
        enter();
      }
    }
  }

  function switchPerson() {
    session += 1;
    state.person = null;
    state.ctx = null;
    state.tabs = {};
    state.badges = {};
    tablist = null;
    panel = null;
    render();
    identify.enter();
    identify.focus();
  }

  return { element, render, enter, openFor };
}

/** What a tab's mark shows: a short text, a check when done, and a label for screen readers. */
export function badgeView(name, facts) {
  switch (name) {
    case 'orientation':
      return { short: facts.allRead ? null : `${facts.read}/${facts.total}`, done: facts.allRead,
        label: t('newcomer.orientation.readCount', { read: facts.read, total: facts.total }) };
    case 'intake':
      return { done: true, label: t('newcomer.tab.intakeDone') };
    case 'shortlist':
      return { short: String(facts.count), label: t('newcomer.tab.starred', { count: facts.count }) };
    case 'compare':
      return { short: String(facts.count), label: t('newcomer.tab.comparing', { count: facts.count }) };
    case 'choice':
      return { done: facts.status === 'approved', short: facts.status === 'approved' ? null : t('newcomer.tab.choice.submittedShort'),
        label: t(`newcomer.tab.choice.${facts.status}`) };
    default:
      return { label: '' };
  }
}

// Boots the UI: texts and startup state in parallel, then the welcome (first start on an empty
// database) or the app itself.

import * as api from './api.js';
import { h, replace } from './lib/dom.js';
import { errorText, getLanguage, loadDictionaries, pickLanguage, setLanguage, t } from './lib/i18n.js';
import { createBookletView } from './views/booklet.js';
import { createExpertiseView } from './views/expertise.js';
import { createChoicesView } from './views/choices.js';
import { createImportView } from './views/import.js';
import { createMentorsView } from './views/mentors.js';
import { createNewcomerView } from './views/newcomer/area.js';
import { createPeopleView } from './views/people.js';
import { createPollView } from './views/poll.js';
import { createPoolView } from './views/pool.js';
import { createShell } from './views/shell.js';
import { showToast } from './views/toast.js';
import { createWelcome } from './views/welcome.js';

const root = document.getElementById('app');
/** What fills the window now: { element, render() } — render() redraws it in the current language. */
let screen = null;

async function boot() {
  const [texts, startup] = await Promise.allSettled([loadDictionaries(), api.startupState()]);
  if (texts.status === 'rejected') {
    // Without dictionaries nothing can be translated; say it in both languages.
    console.error(texts.reason);
    replace(root, h('div', { class: 'boot-error', role: 'alert' },
      h('h1', {}, 'Mentorpool'),
      h('p', { lang: 'nl' }, 'De teksten van de app konden niet worden geladen.'),
      h('p', { lang: 'en' }, 'The app could not load its texts.')));
    return;
  }
  const state = startup.status === 'fulfilled' ? startup.value : null;
  // The core reads the OS locale itself, because WebKit's navigator.languages does not follow it everywhere.
  setLanguage(pickLanguage(state?.language ?? null, [...(state?.osLocales ?? []), ...navigator.languages]));
  syncDocument();
  if (state === null) {
    mount(bootError(startup.reason));
  } else if (state.isEmpty && !state.welcomeDone) {
    mount(createWelcome({ dataDir: state.dataDir, onLanguageChange: changeLanguage, onDone: enterApp }));
  } else {
    enterApp({ demo: null });
  }
}

function enterApp({ demo }) {
  const mentors = createMentorsView();
  let shell = null;
  const newcomer = createNewcomerView();
  const people = createPeopleView({
    onMadeCandidate: (profile) => showToast(t('person.madeCandidate', { name: profile.name }), {
      action: { label: t('common.viewMentors'), onClick: () => shell.show('mentors') },
    }),
    onOpenNewcomer: (personId) => {
      newcomer.openFor(personId);
      shell.show('newcomer');
    },
  });
  const choices = createChoicesView();
  const expertise = createExpertiseView();
  const pool = createPoolView();
  const booklet = createBookletView();
  const poll = createPollView({ onShowMentors: () => shell.show('mentors') });
  const employeeImport = createImportView({ onShowPeople: () => shell.show('people') });
  shell = createShell({
    views: { people, import: employeeImport, poll, mentors, expertise, pool, booklet, choices, newcomer },
    onLanguageChange: changeLanguage,
  });
  mount(shell);
  shell.show('people');
  if (demo) showToast(t('welcome.demoLoaded', { people: demo.people, mentors: demo.mentors }));
}

function mount(next) {
  screen = next;
  replace(root, next.element);
  next.render?.();
  root.removeAttribute('aria-busy');
}

/** Switches at once, keeps the current view and focus, then remembers the choice in the core. */
async function changeLanguage(lang) {
  const focusedId = document.activeElement?.id;
  setLanguage(lang);
  syncDocument();
  screen?.render();
  if (focusedId) document.getElementById(focusedId)?.focus();
  try {
    await api.setLanguage(getLanguage());
  } catch (error) {
    showToast(errorText(error.code), { tone: 'error' });
  }
}

function syncDocument() {
  document.documentElement.lang = getLanguage();
  document.title = t('app.title');
}

function bootError(error) {
  const element = h('div', { class: 'boot-error', role: 'alert' });
  return {
    element,
    render: () => replace(element,
      h('h1', {}, t('boot.errorTitle')),
      h('p', {}, errorText(error?.code)),
      h('button', { type: 'button', class: 'button button-primary', onclick: () => boot() }, t('boot.retry'))),
  };
}

boot();

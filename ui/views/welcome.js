// First start on an empty database: load the demo organisation or start empty.

import * as api from '../api.js';
import { h, replace } from '../lib/dom.js';
import { errorText, t } from '../lib/i18n.js';
import { errorArea, showError } from './dialog.js';
import { icon } from './icons.js';
import { languageSelect } from './language-select.js';

/** Events up: onDone({ demo }) where demo is load_demo's {people, mentors} or null. */
export function createWelcome({ dataDir, onLanguageChange, onDone }) {
  const element = h('div', { id: 'welcome', class: 'welcome' });
  let busy = null; // 'demo' | 'empty' while a command runs
  let failure = null;

  function render() {
    const error = errorArea('welcome-error');
    showError(error, failure ? errorText(failure.code) : '');
    replace(element,
      h('header', { class: 'welcome-top' },
        h('div', { class: 'brand' },
          h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, icon('mentor')),
          h('p', { id: 'app-title', class: 'brand-name' }, t('app.title'))),
        languageSelect({ onChange: onLanguageChange })),
      h('main', { class: 'welcome-card', 'aria-busy': busy ? 'true' : null },
        h('h1', {}, t('welcome.title')),
        h('p', { class: 'welcome-intro' }, t('welcome.intro')),
        h('div', { class: 'choices', role: 'group', 'aria-label': t('welcome.choices') },
          choice({ id: 'welcome-demo', iconName: 'building', title: t('welcome.demo.title'),
            text: t('welcome.demo.text'), note: t('welcome.demo.note'), onClick: loadDemo, primary: true }),
          choice({ id: 'welcome-empty', iconName: 'start', title: t('welcome.empty.title'),
            text: t('welcome.empty.text'), note: t('welcome.empty.note'), onClick: startEmpty })),
        h('p', { class: 'welcome-status', role: 'status' },
          busy === 'demo' ? t('welcome.loadingDemo') : busy === 'empty' ? t('welcome.starting') : ''),
        error,
        dataDir ? h('p', { class: 'welcome-privacy' }, icon('lock'), h('span', {}, t('welcome.privacy', { dir: dataDir }))) : null));
  }

  function choice({ id, iconName, title, text, note, onClick, primary = false }) {
    return h('button', { id, type: 'button', class: primary ? 'choice choice-primary' : 'choice',
      disabled: busy !== null, onclick: onClick },
    h('span', { class: 'choice-icon' }, icon(iconName, 'icon icon-lg')),
    h('span', { class: 'choice-title' }, title),
    h('span', { class: 'choice-text' }, text),
    h('span', { class: 'choice-note' }, note, icon('arrow', 'icon choice-arrow')));
  }

  async function run(kind, command) {
    busy = kind;
    failure = null;
    render();
    try {
      const result = await command();
      onDone({ demo: kind === 'demo' ? result : null });
    } catch (error) {
      busy = null;
      failure = error;
      render();
      document.getElementById(`welcome-${kind}`)?.focus();
    }
  }

  const loadDemo = () => run('demo', api.loadDemo);
  const startEmpty = () => run('empty', api.startEmpty);

  return { element, render };
}

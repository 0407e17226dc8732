// The app frame: sidebar with the app name, navigation and the language switch; the current
// view in the main area.

import { h, replace } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { languageSelect } from './language-select.js';
import { icon } from './icons.js';

const NAV = [
  { name: 'people', id: 'nav-people', iconName: 'people', label: 'nav.people' },
  { name: 'import', id: 'nav-import', iconName: 'upload', label: 'nav.import' },
  { name: 'poll', id: 'nav-poll', iconName: 'poll', label: 'nav.poll' },
  { name: 'mentors', id: 'nav-mentors', iconName: 'mentor', label: 'nav.mentors' },
  { name: 'expertise', id: 'nav-expertise', iconName: 'tag', label: 'nav.expertise' },
  { name: 'pool', id: 'nav-pool', iconName: 'eye', label: 'nav.pool' },
  { name: 'booklet', id: 'nav-booklet', iconName: 'book', label: 'nav.booklet' },
  { name: 'choices', id: 'nav-choices', iconName: 'inbox', label: 'nav.choices' },
  // The newcomer's own area, set apart from HR's screens.
  { name: 'newcomer', id: 'nav-newcomer', iconName: 'compass', label: 'nav.newcomer', section: 'nav.forNewcomers' },
];

/**
 * `views` maps a name from NAV to { element, render(), enter() }; a NAV entry without a view
 * is left out of the menu.
 */
export function createShell({ views, onLanguageChange }) {
  let current = 'people';
  const sidebar = h('aside', { class: 'sidebar' });
  const main = h('main', { id: 'main', class: 'main', tabindex: '-1' });
  const element = h('div', { class: 'shell' }, sidebar, main);

  function renderSidebar() {
    replace(sidebar,
      h('div', { class: 'brand' },
        h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, icon('mentor')),
        h('div', {},
          h('p', { id: 'app-title', class: 'brand-name' }, t('app.title')),
          h('p', { class: 'brand-tagline' }, t('app.tagline')))),
      h('nav', { class: 'nav', 'aria-label': t('nav.label') },
        h('ul', {}, NAV.filter((item) => views[item.name]).map((item) => h('li', {},
          item.section ? h('p', { class: 'nav-section' }, t(item.section)) : null,
          h('button', { id: item.id, type: 'button', class: 'nav-item',
            'aria-current': item.name === current ? 'page' : null, onclick: () => show(item.name) },
          icon(item.iconName), h('span', {}, t(item.label))))))),
      h('div', { class: 'sidebar-footer' }, languageSelect({ onChange: onLanguageChange })));
  }

  /** Shows a view and reloads its data, so a view is never stale after working in another one. */
  function show(name) {
    current = name;
    renderSidebar();
    replace(main, views[name].element);
    main.scrollTop = 0;
    views[name].render();
    views[name].enter();
  }

  /** After a language change: new labels everywhere, same view, same search. */
  function render() {
    renderSidebar();
    views[current].render();
  }

  return { element, render, show };
}

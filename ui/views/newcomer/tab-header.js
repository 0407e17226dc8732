// The heading every tab of the newcomer area opens with: its title, a line on what the tab is
// for, and optionally something at the right (the reading progress, a link on to compare).

import { h } from '../../lib/dom.js';

/** `focusable`: the title takes the focus after an action replaces the tab's content. */
export function tabHeader({ titleId, title, subtitle, focusable = false }, aside = null) {
  return h('header', { class: 'tab-header' },
    h('div', {},
      h('h2', { id: titleId, tabindex: focusable ? '-1' : null }, title),
      h('p', { class: 'tab-subtitle' }, subtitle)),
    aside);
}

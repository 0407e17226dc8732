// Short confirmations after an action ("… is toegevoegd"). The live region stays in the page
// and only its content changes, which is what screen readers reliably announce.

import { h, replace } from '../lib/dom.js';
import { icon } from './icons.js';

let timer;

function region() {
  let el = document.getElementById('toast-region');
  if (!el) {
    el = h('div', { id: 'toast-region', class: 'toast-region', role: 'status', 'aria-live': 'polite' });
    document.body.append(el);
  }
  return el;
}

export function showToast(message, { action, tone = 'success' } = {}) {
  clearTimeout(timer);
  replace(region(), h('div', { class: `toast toast-${tone}` },
    icon(tone === 'success' ? 'check' : 'close', 'icon toast-icon'),
    h('span', { class: 'toast-text' }, message),
    action ? h('button', { type: 'button', class: 'toast-action', onclick: () => { hideToast(); action.onClick(); } },
      action.label) : null));
  // Longer when there is something to click.
  timer = setTimeout(hideToast, action ? 9000 : 5000);
}

export function hideToast() {
  clearTimeout(timer);
  region().replaceChildren();
}

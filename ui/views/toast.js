// Short confirmations after an action ("… is toegevoegd"). The live region stays in the page
// and only its content changes, which is what screen readers reliably announce. It is a manual
// popover, so showing it puts it in the top layer above an open modal dialog, not behind it.

import { h, replace } from '../lib/dom.js';
import { icon } from './icons.js';

let timer;

function region() {
  let el = document.getElementById('toast-region');
  if (!el) {
    el = h('div', { id: 'toast-region', class: 'toast-region', role: 'status', 'aria-live': 'polite', popover: 'manual' });
    document.body.append(el);
  }
  return el;
}

export function showToast(message, { action, tone = 'success' } = {}) {
  clearTimeout(timer);
  const host = region();
  // Showing again moves it above whatever entered the top layer since.
  if (isOpenPopover(host)) host.hidePopover();
  if (typeof host.showPopover === 'function') host.showPopover();
  replace(host, h('div', { class: `toast toast-${tone}` },
    icon(tone === 'success' ? 'check' : 'close', 'icon toast-icon'),
    h('span', { class: 'toast-text' }, message),
    action ? h('button', { type: 'button', class: 'toast-action', onclick: () => { hideToast(); action.onClick(); } },
      action.label) : null));
  // Longer when there is something to click.
  timer = setTimeout(hideToast, action ? 9000 : 5000);
}

export function hideToast() {
  clearTimeout(timer);
  const host = region();
  host.replaceChildren();
  if (isOpenPopover(host)) host.hidePopover();
}

/** Engines without the Popover API would throw on the selector; they just keep the old stacking. */
function isOpenPopover(el) {
  return typeof el.showPopover === 'function' && el.matches(':popover-open');
}

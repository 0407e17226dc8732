// A mentor's photo, or their initials while there is none (or while it loads). Photos come from
// mentor_photo as data: URLs of ~600 px JPEGs; a list loads one only when its card scrolls into
// view, and keeps it for the session so paging back and forth costs no second call.

import * as api from '../api.js';
import { h, replace } from '../lib/dom.js';
import { initials } from '../lib/fields.js';

/** mentor id → Promise<string|null>; forgotten when HR changes or removes the photo. */
const cache = new Map();

export function loadPhoto(id) {
  if (!cache.has(id)) {
    const pending = api.mentorPhoto(id).catch(() => null);
    cache.set(id, pending);
    // A failed load is not remembered, so the next look tries again.
    pending.then((url) => { if (url === null && cache.get(id) === pending) cache.delete(id); });
  }
  return cache.get(id);
}

export function forgetPhoto(id) {
  cache.delete(id);
}

let observer = null;
const waiting = new WeakMap();

function whenVisible(element, show) {
  if (typeof IntersectionObserver !== 'function') {
    show();
    return;
  }
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      waiting.get(entry.target)?.();
      waiting.delete(entry.target);
    }
  }, { rootMargin: '200px' });
  waiting.set(element, show);
  observer.observe(element);
}

/**
 * The round picture of a mentor. `size` is 'sm' (lists), 'md' (cards) or 'lg' (the editor).
 * `lazy` waits until the element is on screen before asking the core for the photo.
 */
export function portrait({ id, name, hasPhoto, size = 'md', lazy = true }) {
  const element = h('span', { class: `portrait portrait-${size}`, 'aria-hidden': 'true' },
    h('span', { class: 'portrait-initials' }, initials(name)));
  if (hasPhoto) {
    const show = () => loadPhoto(id).then((url) => {
      if (url) replace(element, h('img', { src: url, alt: '', decoding: 'async', draggable: 'false' }));
    });
    if (lazy) whenVisible(element, show);
    else show();
  }
  return element;
}

// How complete a mentor profile is: a bar and a checklist in the editor, a slim bar on a card.
// The keys and the publishable verdict come from the core (or, while typing, its preview).

import { h, replace } from '../lib/dom.js';
import { t, tCount } from '../lib/i18n.js';
import { COMPLETENESS_KEYS, filledCount } from '../lib/profile.js';
import { icon } from './icons.js';

function stateOf(key, completeness) {
  if (completeness.missing.includes(key)) return 'missing';
  if (completeness.suggested.includes(key)) return 'suggested';
  return 'done';
}

function bar(percent, className, label) {
  return h('div', { class: className, role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100,
    'aria-valuenow': percent, 'aria-label': label },
  h('span', { class: 'meter-fill' }));
}

/** Sets the fill width without inline style attributes (the CSP forbids them): a CSSOM property. */
function fill(element, percent) {
  const span = element.querySelector('.meter-fill');
  if (span) span.style.width = `${Math.max(0, Math.min(100, percent))}%`;
}

/**
 * The editor's checklist. `onJump(key)` scrolls to the section that fills an item.
 * Returns { element, update(completeness) }.
 */
export function completenessPanel({ onJump }) {
  const element = h('section', { id: 'mentor-completeness', class: 'completeness', 'aria-labelledby': 'mentor-completeness-title' });

  function update(completeness) {
    const verdict = completeness.publishable
      ? h('p', { class: 'completeness-verdict verdict-ok' }, icon('check', 'icon icon-sm'), t('completeness.publishable'))
      : h('p', { class: 'completeness-verdict verdict-open' }, tCount('completeness.notPublishable', completeness.missing.length));
    const meter = bar(completeness.percent, 'meter', t('completeness.label'));
    replace(element,
      h('div', { class: 'completeness-head' },
        h('h3', { id: 'mentor-completeness-title' }, t('completeness.title')),
        h('span', { id: 'mentor-completeness-percent', class: 'completeness-percent' }, `${completeness.percent}%`)),
      meter,
      verdict,
      h('ul', { class: 'completeness-list' }, COMPLETENESS_KEYS.map((key) => {
        const state = stateOf(key, completeness);
        const text = t(`completeness.item.${key}`);
        const mark = icon(state === 'done' ? 'check' : state === 'suggested' ? 'star' : 'circle', 'icon icon-sm');
        const stateText = h('span', { class: 'visually-hidden' }, `: ${t(`completeness.state.${state}`)}`);
        return h('li', { class: `completeness-item item-${state}`, 'data-completeness-key': key, 'data-state': state },
          state === 'done'
            ? h('span', { class: 'completeness-row' }, mark, h('span', {}, text), stateText)
            : h('button', { type: 'button', class: 'completeness-row', onclick: () => onJump?.(key) },
              mark, h('span', {}, text), stateText,
              h('span', { class: 'completeness-tag' }, t(`completeness.state.${state}`))));
      })));
    fill(meter, completeness.percent);
  }

  return { element, update };
}

/** "5/8" with a slim bar, for a mentor card; the title lists what is missing. */
export function completenessBadge(completeness) {
  if (!completeness) return null;
  const filled = filledCount(completeness);
  const missing = completeness.missing.map((key) => t(`completeness.item.${key}`));
  const title = missing.length
    ? t('completeness.cardMissing', { items: missing.join(', ') })
    : t('completeness.publishable');
  const meter = bar(completeness.percent, `meter meter-slim ${completeness.publishable ? 'meter-ok' : ''}`.trim(),
    t('completeness.label'));
  const element = h('span', { class: 'completeness-badge', title },
    meter,
    h('span', { class: 'completeness-count' },
      h('span', { class: 'visually-hidden' }, `${t('completeness.label')}: `),
      t('completeness.count', { filled, total: COMPLETENESS_KEYS.length })));
  fill(meter, completeness.percent);
  return element;
}

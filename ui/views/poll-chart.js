// The round overview: four figures and a stacked bar of who answered what. The bar is drawn
// with divs whose widths are set through the CSSOM (allowed by the CSP, unlike style
// attributes); screen readers get the same numbers as a sentence instead.

import { h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { formatNumber, percent } from './poll-format.js';

/** The parts of a round's bar, in the order they are drawn. */
export function roundParts(round) {
  const invited = Math.max(0, Number(round?.invited) || 0);
  const interested = Math.max(0, Number(round?.interested) || 0);
  const notInterested = Math.max(0, Number(round?.notInterested) || 0);
  const answered = Math.max(Number(round?.answered) || 0, interested + notInterested);
  return { invited, answered, interested, notInterested, noAnswer: Math.max(0, invited - answered) };
}

/** "12 of 30 invited colleagues answered (40%): 8 interested, 4 not interested; 18 have not answered yet." */
export function roundSummary(round) {
  const parts = roundParts(round);
  if (parts.invited === 0) return t('poll.overview.nobodyInvited');
  return t('poll.overview.summary', {
    answered: formatNumber(parts.answered),
    invited: formatNumber(parts.invited),
    percent: percent(parts.answered, parts.invited),
    interested: formatNumber(parts.interested),
    notInterested: formatNumber(parts.notInterested),
    noAnswer: formatNumber(parts.noAnswer),
  });
}

export function pollOverview(round) {
  const parts = roundParts(round);
  const summaryId = 'poll-overview-summary';
  return h('section', { id: 'poll-overview', class: 'pi-panel poll-overview', 'aria-labelledby': 'poll-overview-title' },
    h('h3', { id: 'poll-overview-title', class: 'pi-panel-title' }, t('poll.overview.title')),
    h('dl', { class: 'pi-stats' },
      stat('invited', parts.invited, null),
      stat('answered', parts.answered, parts.invited ? t('poll.overview.ofInvited', { percent: percent(parts.answered, parts.invited) }) : null),
      stat('interested', parts.interested, parts.answered ? t('poll.overview.ofAnswered', { percent: percent(parts.interested, parts.answered) }) : null),
      stat('notInterested', parts.notInterested, parts.answered ? t('poll.overview.ofAnswered', { percent: percent(parts.notInterested, parts.answered) }) : null)),
    stackedBar(parts, summaryId),
    h('p', { id: summaryId, class: 'poll-summary small' }, roundSummary(round)));
}

function stat(name, value, note) {
  return h('div', { class: `pi-stat pi-stat-${name}${Number(value) === 0 ? ' is-zero' : ''}` },
    h('dt', {}, t(`poll.overview.${name}`)),
    h('dd', {}, h('span', { class: 'pi-stat-value' }, formatNumber(value)),
      note ? h('span', { class: 'pi-stat-note' }, note) : null));
}

function stackedBar(parts, summaryId) {
  const segments = [
    ['interested', parts.interested],
    ['notInterested', parts.notInterested],
    ['noAnswer', parts.noAnswer],
  ];
  const bar = h('div', { class: 'poll-bar', 'aria-hidden': 'true' });
  for (const [name, value] of segments) {
    if (value <= 0) continue;
    const segment = h('div', { class: `poll-bar-segment poll-bar-${name}`, title: `${t(`poll.legend.${name}`)}: ${formatNumber(value)}` });
    segment.style.width = `${(value * 100) / parts.invited}%`;
    bar.append(segment);
  }
  return h('figure', { class: 'poll-chart', 'aria-describedby': summaryId },
    parts.invited > 0 ? bar : h('div', { class: 'poll-bar poll-bar-empty', 'aria-hidden': 'true' }),
    h('figcaption', { class: 'poll-legend' }, segments.map(([name, value]) =>
      h('span', { class: 'poll-legend-item' },
        h('span', { class: `poll-legend-swatch poll-bar-${name}`, 'aria-hidden': 'true' }),
        `${t(`poll.legend.${name}`)} `, h('strong', {}, formatNumber(value))))));
}

/** A thin bar for the list of rounds: interested / not interested / no answer. */
export function miniBar(round) {
  const parts = roundParts(round);
  const bar = h('div', { class: 'poll-bar poll-bar-mini', 'aria-hidden': 'true' });
  if (parts.invited === 0) {
    bar.classList.add('poll-bar-empty');
    return bar;
  }
  for (const [name, value] of [['interested', parts.interested], ['notInterested', parts.notInterested], ['noAnswer', parts.noAnswer]]) {
    if (value <= 0) continue;
    const segment = h('div', { class: `poll-bar-segment poll-bar-${name}` });
    segment.style.width = `${(value * 100) / parts.invited}%`;
    bar.append(segment);
  }
  return bar;
}

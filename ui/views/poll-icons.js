// Extra line icons for the poll and import screens, drawn like views/icons.js (24×24, stroke,
// decorative and hidden from screen readers). Any other name (file, upload, download, calendar,
// alert, lock, …) is passed on to more-icons.js, which passes its unknown names on to icons.js,
// so every screen draws the same icon the same way.

import { icon as baseIcon } from './more-icons.js';

const SVG = 'http://www.w3.org/2000/svg';

const SHAPES = {
  // A speech bubble with a question mark: asking colleagues (peilen).
  poll: [['path', { d: 'M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.6A8 8 0 1 1 21 12z' }],
    ['path', { d: 'M10.2 9.5a2 2 0 1 1 2.8 1.8c-.6.3-1 .8-1 1.4v.3M12 16h.01' }]],
  table: [['rect', { x: 3, y: 4, width: 18, height: 16, rx: 2 }], ['path', { d: 'M3 10h18M9 10v10' }]],
  send: [['path', { d: 'M21 3 10 14' }], ['path', { d: 'M21 3 14.5 21l-4.5-7-7-4.5z' }]],
  filter: [['path', { d: 'M4 5h16l-6 7.5V19l-4 1.5v-8z' }]],
  stop: [['circle', { cx: 12, cy: 12, r: 9 }], ['path', { d: 'M9.5 9.5h5v5h-5z' }]],
  userMinus: [['circle', { cx: 10, cy: 8, r: 4 }], ['path', { d: 'M3 21v-1a6 6 0 0 1 6-6h2a6 6 0 0 1 6 6v1M16 11h6' }]],
  refresh: [['path', { d: 'M20 12a8 8 0 1 1-2.4-5.7' }], ['path', { d: 'M20 4v5h-5' }]],
};

export function icon(name, className = 'icon') {
  if (!SHAPES[name]) return baseIcon(name, className);
  const svg = document.createElementNS(SVG, 'svg');
  for (const [key, value] of Object.entries({
    viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8,
    'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', focusable: 'false', class: className,
  })) svg.setAttribute(key, String(value));
  for (const [tag, attrs] of SHAPES[name]) {
    const shape = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs)) shape.setAttribute(key, String(value));
    svg.append(shape);
  }
  return svg;
}

// Small line icons, built as SVG nodes (no markup strings). All are decorative: the text next
// to them carries the meaning, so they are hidden from screen readers.

const SVG = 'http://www.w3.org/2000/svg';

const SHAPES = {
  people: [['circle', { cx: 9, cy: 8, r: 4 }], ['path', { d: 'M2 21v-1a6 6 0 0 1 6-6h2a6 6 0 0 1 6 6v1' }],
    ['path', { d: 'M16 4.3a4 4 0 0 1 0 7.4' }], ['path', { d: 'M22 21v-1a6 6 0 0 0-3.5-5.5' }]],
  mentor: [['circle', { cx: 12, cy: 8, r: 5 }], ['path', { d: 'M8.6 12 7 22l5-3 5 3-1.6-10' }]],
  search: [['circle', { cx: 11, cy: 11, r: 7 }], ['path', { d: 'm20 20-4-4' }]],
  plus: [['path', { d: 'M12 5v14M5 12h14' }]],
  edit: [['path', { d: 'M4 20h4L19 9l-4-4L4 16z' }], ['path', { d: 'm13.5 6.5 4 4' }]],
  globe: [['circle', { cx: 12, cy: 12, r: 9 }], ['path', { d: 'M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18' }]],
  seats: [['circle', { cx: 12, cy: 7, r: 3.5 }], ['path', { d: 'M5 21v-2a5 5 0 0 1 5-5h4a5 5 0 0 1 5 5v2' }]],
  building: [['rect', { x: 4, y: 3, width: 16, height: 18, rx: 2 }],
    ['path', { d: 'M9 7h1M14 7h1M9 11h1M14 11h1M9 15h1M14 15h1M10 21v-3h4v3' }]],
  start: [['path', { d: 'M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9z' }], ['path', { d: 'M14 3v6h6M12 12v6M9 15h6' }]],
  lock: [['rect', { x: 5, y: 11, width: 14, height: 10, rx: 2 }], ['path', { d: 'M8 11V7a4 4 0 0 1 8 0v4' }]],
  check: [['path', { d: 'm5 12 5 5L20 7' }]],
  close: [['path', { d: 'M6 6l12 12M18 6 6 18' }]],
  arrow: [['path', { d: 'M5 12h14M13 6l6 6-6 6' }]],
};

export function icon(name, className = 'icon') {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [key, value] of Object.entries({
    viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8,
    'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', focusable: 'false', class: className,
  })) svg.setAttribute(key, String(value));
  for (const [tag, attrs] of SHAPES[name] ?? []) {
    const shape = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs)) shape.setAttribute(key, String(value));
    svg.append(shape);
  }
  return svg;
}

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
  // Mentor pool screens.
  camera: [['path', { d: 'M4 8h3l2-3h6l2 3h3v11H4z' }], ['circle', { cx: 12, cy: 13, r: 3.5 }]],
  file: [['path', { d: 'M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9z' }], ['path', { d: 'M14 3v6h6M8 13h8M8 17h5' }]],
  download: [['path', { d: 'M12 4v11M7 10l5 5 5-5M5 20h14' }]],
  upload: [['path', { d: 'M12 16V5M7 10l5-5 5 5M5 20h14' }]],
  trash: [['path', { d: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3' }]],
  shield: [['path', { d: 'M12 3 5 6v6c0 4.5 3 7.5 7 9 4-1.5 7-4.5 7-9V6z' }], ['path', { d: 'm9 12 2 2 4-4' }]],
  tag: [['path', { d: 'M3 12V4h8l10 10-8 8z' }], ['circle', { cx: 7.5, cy: 8.5, r: 1.5 }]],
  eye: [['path', { d: 'M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z' }], ['circle', { cx: 12, cy: 12, r: 3 }]],
  up: [['path', { d: 'M12 20V5M6 11l6-6 6 6' }]],
  sideways: [['path', { d: 'M4 9h15M15 5l4 4-4 4M20 15H5M9 11l-4 4 4 4' }]],
  merge: [['path', { d: 'M6 4v5a5 5 0 0 0 5 5h7M14 10l4 4-4 4M6 20v-6' }]],
  calendar: [['rect', { x: 4, y: 5, width: 16, height: 15, rx: 2 }], ['path', { d: 'M4 10h16M9 3v4M15 3v4' }]],
  chat: [['path', { d: 'M5 5h14v10H9l-4 4z' }]],
  info: [['circle', { cx: 12, cy: 12, r: 9 }], ['path', { d: 'M12 11v6M12 7.5v.5' }]],
  alert: [['path', { d: 'M12 4 2.5 20h19z' }], ['path', { d: 'M12 10v4.5M12 17.5v.5' }]],
  circle: [['circle', { cx: 12, cy: 12, r: 8 }]],
  star: [['path', { d: 'm12 4 2.4 5 5.4.6-4 3.7 1.1 5.3L12 16l-4.9 2.6 1.1-5.3-4-3.7 5.4-.6z' }]],
  route: [['circle', { cx: 6, cy: 18, r: 2.5 }], ['circle', { cx: 18, cy: 6, r: 2.5 }], ['path', { d: 'M8.5 18H15a3 3 0 0 0 0-6H9a3 3 0 0 1 0-6h6.5' }]],
  user: [['circle', { cx: 12, cy: 8, r: 4 }], ['path', { d: 'M4 21v-1a7 7 0 0 1 7-7h2a7 7 0 0 1 7 7v1' }]],
  // Poll and import screens; the poll is a speech bubble with a question mark (peilen).
  // A speech bubble with a question mark: asking colleagues (peilen).
  poll: [['path', { d: 'M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.6A8 8 0 1 1 21 12z' }],
    ['path', { d: 'M10.2 9.5a2 2 0 1 1 2.8 1.8c-.6.3-1 .8-1 1.4v.3M12 16h.01' }]],
  table: [['rect', { x: 3, y: 4, width: 18, height: 16, rx: 2 }], ['path', { d: 'M3 10h18M9 10v10' }]],
  send: [['path', { d: 'M21 3 10 14' }], ['path', { d: 'M21 3 14.5 21l-4.5-7-7-4.5z' }]],
  filter: [['path', { d: 'M4 5h16l-6 7.5V19l-4 1.5v-8z' }]],
  stop: [['circle', { cx: 12, cy: 12, r: 9 }], ['path', { d: 'M9.5 9.5h5v5h-5z' }]],
  userMinus: [['circle', { cx: 10, cy: 8, r: 4 }], ['path', { d: 'M3 21v-1a6 6 0 0 1 6-6h2a6 6 0 0 1 6 6v1M16 11h6' }]],
  refresh: [['path', { d: 'M20 12a8 8 0 1 1-2.4-5.7' }], ['path', { d: 'M20 4v5h-5' }]],
  // The newcomer area and HR's inbox of choices.
  compass: [['circle', { cx: 12, cy: 12, r: 9 }], ['path', { d: 'm15.5 8.5-2 5-5 2 2-5z' }]],
  inbox: [['path', { d: 'M4 13 6.5 5h11L20 13v6H4z' }], ['path', { d: 'M4 13h4.5l1.5 2.5h4l1.5-2.5H20' }]],
  // The profile booklet: an open book.
  book: [['path', { d: 'M12 6.5C10 5 7 4.6 3.5 5v13c3.5-.4 6.5 0 8.5 1.5 2-1.5 5-1.9 8.5-1.5V5C17 4.6 14 5 12 6.5z' }], ['path', { d: 'M12 6.5v13' }]],
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

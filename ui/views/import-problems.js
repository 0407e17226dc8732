// The list of problems found in an imported file, each with its line number, the translated
// text of its code and the offending value. Shared by the employee import and the poll answers.

import { h } from '../lib/dom.js';
import { errorText, has, t, tCount } from '../lib/i18n.js';
import { formatNumber } from './poll-format.js';
import { icon } from './icons.js';

/** How many problems are listed before "and N more"; a broken 20,000-line file stays readable. */
const SHOWN = 200;

export function problemList({ id, problems, intro }) {
  const shown = problems.slice(0, SHOWN);
  const more = problems.length - shown.length;
  return h('section', { id, class: 'pi-problems', role: 'alert', 'aria-labelledby': `${id}-title` },
    h('header', { class: 'pi-problems-header' },
      icon('alert', 'icon pi-problems-icon'),
      h('div', {},
        h('h3', { id: `${id}-title` }, tCount('pi.problems.title', problems.length)),
        h('p', { class: 'small' }, intro ?? t('pi.problems.intro')))),
    h('ol', { class: 'pi-problem-list' }, shown.map(problemItem)),
    more > 0 ? h('p', { class: 'pi-problems-more small' }, tCount('pi.problems.more', more)) : null);
}

function problemItem(problem) {
  const detail = detailText(problem);
  return h('li', { class: 'pi-problem', 'data-line': problem.line, 'data-code': problem.code },
    h('span', { class: 'pi-line' }, problem.line > 0 ? t('pi.problems.line', { line: formatNumber(problem.line) })
      : t('pi.problems.file')),
    h('span', { class: 'pi-problem-text' },
      errorText(problem.code),
      detail ? h('span', { class: 'pi-problem-detail' }, ' ', h('q', {}, detail)) : null));
}

/** A missing column names the field in `detail`; show the field's label rather than its key. */
function detailText(problem) {
  const detail = String(problem.detail ?? '').trim();
  if (!detail) return '';
  if (problem.code === 'import.missing_column' && has(`import.field.${detail}`)) return t(`import.field.${detail}`);
  const mapped = /^(\w+) → (\d+)$/.exec(detail);
  if (problem.code === 'import.invalid_mapping' && mapped && has(`import.field.${mapped[1]}`)) {
    return t('pi.problems.columnNumber', { field: t(`import.field.${mapped[1]}`), column: mapped[2] });
  }
  return detail;
}

// The profile booklet (profielboekje): HR makes a designed PDF of the approved mentors' public
// profiles, to print or hand out. The core picks the profiles and lays out the pages; this view
// only asks which mentors, in which language, with which cover, and where the file goes. The
// export runs in the core off the UI thread; its stages arrive as events for the progress bar.

import * as api from '../api.js';
import { h, replace } from '../lib/dom.js';
import { errorText, getLanguage, LANGUAGES, t, tCount } from '../lib/i18n.js';
import { icon } from './icons.js';
import { baseName, formatNumber } from './poll-format.js';
import { showToast } from './toast.js';
import { emptyState, showLoadState } from './widgets.js';

const KINDS = ['all', 'department', 'expertise', 'mentors'];
const LOGO_FILTERS = () => [{ name: t('booklet.logoFilter'), extensions: ['png', 'jpg', 'jpeg', 'PNG', 'JPG', 'JPEG'] }];
const PDF_FILTERS = () => [{ name: t('booklet.pdfFilter'), extensions: ['pdf', 'PDF'] }];
/** The stages the core reports, in words. */
const STAGE_TEXT = {
  reading: () => t('booklet.stage.reading'),
  preparing: () => t('booklet.stage.preparing'),
  typesetting: () => t('booklet.stage.typesetting'),
  writing_pdf: () => t('booklet.stage.writingPdf'),
};

const sameName = (a, b) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
const byName = (a, b) => a.localeCompare(b, getLanguage());

/** "Waterketen" with its approved mentors counted, for the department and expertise lists. */
function tally(names) {
  const counts = new Map();
  for (const name of names) {
    const known = [...counts.keys()].find((key) => sameName(key, name));
    counts.set(known ?? name, (counts.get(known ?? name) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => byName(a.name, b.name));
}

/** The typed or picked target always ends in .pdf. */
export function withPdfExtension(path) {
  const trimmed = String(path ?? '').trim();
  if (!trimmed || /\.pdf$/i.test(trimmed)) return trimmed;
  return `${trimmed}.pdf`;
}

/** A file name for the save dialog: the title, or the selection, without characters no OS accepts. */
export function suggestedFileName(base) {
  const clean = String(base ?? '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim();
  return `${clean || 'booklet'}.pdf`;
}

function formatSize(bytes) {
  const locale = getLanguage() === 'nl' ? 'nl-NL' : 'en-GB';
  if (bytes < 1024 * 1024) {
    return `${new Intl.NumberFormat(locale).format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}

export function createBookletView() {
  const state = {
    /** Who a booklet can show, as the core decides (approved and still working here). */
    mentors: null,
    error: null,
    kind: 'all',
    department: '',
    expertise: '',
    picked: new Set(),
    /** null: the UI's language, until HR picks one. */
    language: null,
    /** null until the stored name is read. */
    organisation: null,
    title: '',
    logoPath: null,
    pdfA: false,
    path: '',
    /** { fraction, stage } while an export runs. */
    job: null,
    stopping: false,
    result: null,
    failure: null,
    cancelled: false,
    revealFailure: null,
  };
  const element = h('section', { id: 'booklet-view', class: 'view booklet-view', 'aria-labelledby': 'booklet-title' });
  const content = h('div', { class: 'booklet-content' });
  // Parts that change while HR works, updated in place so focus and typed text stay put.
  let form = null;
  let summary = null;
  let exportSlot = null;
  let logoBox = null;
  let pickedCount = null;
  let pathInput = null;
  const areas = {};

  const bookletLanguage = () => state.language ?? getLanguage();

  // ---------- Loading ----------

  async function enter() {
    try {
      const [mentors, defaults] = await Promise.all([api.listBookletMentors(), api.bookletDefaults()]);
      // HR's own edit wins over the stored name while the view stays open.
      if (state.organisation === null) state.organisation = defaults.organisation;
      state.mentors = mentors;
      state.error = null;
    } catch (failure) {
      state.error = failure;
    }
    if (state.mentors) {
      const ids = new Set(state.mentors.map((mentor) => mentor.id));
      state.picked = new Set([...state.picked].filter((id) => ids.has(id)));
      const departments = tally(state.mentors.map((mentor) => mentor.department));
      if (!departments.some((item) => item.name === state.department)) state.department = departments[0]?.name ?? '';
      const expertise = tally(state.mentors.flatMap((mentor) => mentor.expertise));
      if (!expertise.some((item) => item.name === state.expertise)) state.expertise = expertise[0]?.name ?? '';
    }
    renderContent();
  }

  // ---------- Rendering ----------

  function render() {
    replace(element,
      h('header', { class: 'view-header' },
        h('div', {},
          h('h1', { id: 'booklet-title' }, t('booklet.title')),
          h('p', { class: 'view-subtitle' }, t('booklet.subtitle')))),
      h('div', { id: 'booklet-explainer', class: 'explainer' },
        h('span', { class: 'explainer-icon' }, icon('book')),
        h('div', {},
          h('p', {}, h('strong', {}, t('booklet.explainer.title'))),
          h('ul', {},
            h('li', {}, icon('check', 'icon icon-xs'), t('booklet.explainer.contents')),
            h('li', {}, icon('check', 'icon icon-xs'), t('booklet.explainer.approved')),
            h('li', {}, icon('lock', 'icon icon-xs'), t('booklet.explainer.private'))))),
      content);
    renderContent();
  }

  function renderContent() {
    if (showLoadState(content, { error: state.error, loading: state.mentors === null })) return;
    if (state.mentors.length === 0) {
      replace(content, emptyState({ iconName: 'book', title: t('booklet.empty.title'), text: t('booklet.empty.text') }));
      return;
    }
    form = h('fieldset', { class: 'booklet-form' },
      h('legend', { class: 'visually-hidden' }, t('booklet.title')),
      selectionPanel(),
      coverPanel());
    summary = h('p', { id: 'booklet-summary', class: 'booklet-summary', 'aria-live': 'polite' });
    exportSlot = h('div', { class: 'booklet-export-slot' });
    replace(content, h('div', { class: 'booklet-layout' },
      form,
      h('aside', { class: 'pi-panel booklet-export', 'aria-labelledby': 'booklet-export-title' },
        h('h2', { id: 'booklet-export-title', class: 'pi-panel-title' }, icon('download'), t('booklet.export.title')),
        summary,
        targetField(),
        exportSlot)));
    updateSelection();
    renderLogo();
    renderExport();
  }

  function panel(id, iconName, title, ...body) {
    return h('section', { class: 'pi-panel booklet-panel', 'aria-labelledby': `${id}-title` },
      h('h2', { id: `${id}-title`, class: 'pi-panel-title' }, icon(iconName), title),
      ...body);
  }

  // Which mentors: all, one department, one expertise or a hand-picked list.
  function selectionPanel() {
    const departments = tally(state.mentors.map((mentor) => mentor.department));
    const expertise = tally(state.mentors.flatMap((mentor) => mentor.expertise));
    const option = (kind, label, extra) => h('div', { class: 'booklet-choice' },
      h('label', { class: 'booklet-radio' },
        h('input', { id: `booklet-kind-${kind}`, type: 'radio', name: 'booklet-kind', value: kind,
          checked: state.kind === kind, onchange: () => { state.kind = kind; updateSelection(); } }),
        h('span', {}, label)),
      extra ?? null);

    areas.department = h('div', { class: 'booklet-sub' },
      h('label', { for: 'booklet-department', class: 'visually-hidden' }, t('booklet.kind.department')),
      h('select', { id: 'booklet-department', onchange: (event) => { state.department = event.target.value; updateSelection(); } },
        departments.map((item) => h('option', { value: item.name, selected: item.name === state.department },
          `${item.name} (${formatNumber(item.count)})`))));
    areas.expertise = h('div', { class: 'booklet-sub' },
      h('label', { for: 'booklet-expertise', class: 'visually-hidden' }, t('booklet.kind.expertise')),
      h('select', { id: 'booklet-expertise', onchange: (event) => { state.expertise = event.target.value; updateSelection(); } },
        expertise.map((item) => h('option', { value: item.name, selected: item.name === state.expertise },
          `${item.name} (${formatNumber(item.count)})`))));
    areas.mentors = h('div', { class: 'booklet-sub' }, mentorChecklist());

    return panel('booklet-which', 'people', t('booklet.which'),
      h('div', { class: 'booklet-choices', role: 'radiogroup', 'aria-labelledby': 'booklet-which-title' },
        option('all', t('booklet.kind.all', { count: formatNumber(state.mentors.length) })),
        option('department', t('booklet.kind.department'), areas.department),
        option('expertise', t('booklet.kind.expertise'), areas.expertise),
        option('mentors', t('booklet.kind.mentors'), areas.mentors)));
  }

  function mentorChecklist() {
    pickedCount = h('span', { id: 'booklet-picked-count', class: 'booklet-picked-count' });
    const rows = [...state.mentors].sort((a, b) => byName(a.name, b.name)).map((mentor) => {
      const box = h('input', { type: 'checkbox', id: `booklet-mentor-${mentor.id}`, 'data-mentor-id': mentor.id,
        checked: state.picked.has(mentor.id),
        onchange: (event) => {
          if (event.target.checked) state.picked.add(mentor.id);
          else state.picked.delete(mentor.id);
          updateSelection();
        } });
      return h('li', { class: 'booklet-mentor', 'data-search': `${mentor.name} ${mentor.department} ${mentor.jobTitle}`.toLowerCase() },
        h('label', { for: box.id }, box,
          h('span', { class: 'booklet-mentor-text' },
            h('span', { class: 'booklet-mentor-name' }, mentor.name),
            h('span', { class: 'muted small' }, [mentor.jobTitle, mentor.department].filter(Boolean).join(' · ')))));
    });
    const list = h('ul', { id: 'booklet-mentor-list', class: 'booklet-mentor-list', 'aria-label': t('booklet.kind.mentors') }, rows);
    const filter = h('input', { id: 'booklet-mentor-filter', type: 'search', autocomplete: 'off', spellcheck: 'false',
      placeholder: t('booklet.filterPlaceholder'),
      oninput: (event) => {
        const words = event.target.value.toLowerCase().split(/\s+/).filter(Boolean);
        for (const row of rows) row.hidden = !words.every((word) => row.dataset.search.includes(word));
      } });
    const clear = h('button', { id: 'booklet-picked-clear', type: 'button', class: 'button button-small button-quiet',
      onclick: () => {
        state.picked.clear();
        for (const box of list.querySelectorAll('input[type=checkbox]')) box.checked = false;
        updateSelection();
      } }, t('booklet.clearPicked'));
    return h('div', { class: 'booklet-checklist' },
      h('div', { class: 'booklet-checklist-head' },
        h('label', { for: filter.id, class: 'visually-hidden' }, t('booklet.filterPlaceholder')),
        filter, pickedCount, clear),
      list);
  }

  function coverPanel() {
    const languages = h('div', { class: 'booklet-segments', role: 'radiogroup', 'aria-labelledby': 'booklet-language-label' },
      LANGUAGES.map((lang) => h('label', { class: 'booklet-segment' },
        h('input', { id: `booklet-lang-${lang}`, type: 'radio', name: 'booklet-language', value: lang,
          checked: bookletLanguage() === lang, onchange: () => { state.language = lang; } }),
        h('span', {}, t(`language.${lang}`)))));
    const organisation = h('input', { id: 'booklet-organisation', type: 'text', value: state.organisation ?? '',
      maxlength: '120', autocomplete: 'organization', 'aria-describedby': 'booklet-organisation-hint',
      oninput: (event) => { state.organisation = event.target.value; } });
    const title = h('input', { id: 'booklet-title-input', type: 'text', value: state.title, maxlength: '120',
      autocomplete: 'off', placeholder: t('booklet.titlePlaceholder'),
      oninput: (event) => { state.title = event.target.value; } });
    logoBox = h('div', { id: 'booklet-logo', class: 'file-box booklet-logo' });
    const pdfA = h('input', { id: 'booklet-pdfa', type: 'checkbox', checked: state.pdfA,
      'aria-describedby': 'booklet-pdfa-hint', onchange: (event) => { state.pdfA = event.target.checked; } });

    return panel('booklet-cover', 'edit', t('booklet.cover'),
      h('div', { class: 'field' },
        h('p', { id: 'booklet-language-label', class: 'field-label' }, t('booklet.language')),
        languages,
        h('p', { class: 'hint' }, t('booklet.languageHint'))),
      h('div', { class: 'field' },
        h('label', { for: organisation.id }, t('booklet.organisationLabel')),
        organisation,
        h('p', { class: 'hint', id: 'booklet-organisation-hint' }, t('booklet.organisationHint'))),
      h('div', { class: 'field' },
        h('label', { for: title.id }, t('booklet.titleLabel'), h('span', { class: 'required' }, ` (${t('booklet.optional')})`)),
        title),
      h('div', { class: 'field' },
        h('p', { class: 'field-label' }, t('booklet.logo'), h('span', { class: 'required' }, ` (${t('booklet.optional')})`)),
        logoBox,
        h('p', { class: 'hint' }, t('booklet.logoHint'))),
      h('div', { class: 'booklet-archive' },
        h('label', { class: 'booklet-check' }, pdfA, h('span', {}, t('booklet.pdfA'))),
        h('p', { id: 'booklet-pdfa-hint', class: 'hint' }, t('booklet.pdfAHint'))));
  }

  function renderLogo() {
    if (!logoBox) return;
    const has = Boolean(state.logoPath);
    const choose = h('button', { id: 'booklet-logo-choose', type: 'button', class: 'button button-small',
      onclick: () => pickLogo(choose) }, icon('upload'), h('span', {}, t(has ? 'booklet.logoReplace' : 'booklet.logoChoose')));
    const remove = has
      ? h('button', { id: 'booklet-logo-remove', type: 'button', class: 'button button-small button-quiet-danger',
        onclick: () => { state.logoPath = null; renderLogo(); document.getElementById('booklet-logo-choose')?.focus(); } },
      icon('trash'), h('span', {}, t('booklet.logoRemove')))
      : null;
    replace(logoBox,
      h('div', { class: 'file-name' },
        h('span', { class: 'file-icon' }, icon('camera')),
        h('span', { id: 'booklet-logo-name', class: has ? 'file-title' : 'file-title muted', title: state.logoPath ?? null },
          has ? baseName(state.logoPath) : t('booklet.noLogo'))),
      h('div', { class: 'file-actions' }, choose, remove));
  }

  function targetField() {
    pathInput = h('input', { id: 'booklet-path', type: 'text', value: state.path, autocomplete: 'off', spellcheck: 'false',
      placeholder: t('booklet.pathPlaceholder'), 'aria-describedby': 'booklet-path-hint',
      oninput: (event) => { state.path = event.target.value; event.target.removeAttribute('aria-invalid'); },
      onkeydown: (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          exportNow();
        }
      } });
    const choose = h('button', { id: 'booklet-path-choose', type: 'button', class: 'button button-small',
      onclick: () => pickTarget(choose) }, icon('file'), h('span', {}, t('booklet.choosePath')));
    return h('div', { class: 'field booklet-target' },
      h('div', { class: 'booklet-target-head' }, h('label', { for: pathInput.id }, t('booklet.saveAs')), choose),
      pathInput,
      h('p', { id: 'booklet-path-hint', class: 'hint' }, t('booklet.pathHint')));
  }

  /** The mentors the current choice puts in the booklet, as far as the UI can tell. */
  function selectedCount() {
    switch (state.kind) {
      case 'department': return state.mentors.filter((mentor) => sameName(mentor.department, state.department)).length;
      case 'expertise': return state.mentors.filter((mentor) => mentor.expertise.some((tag) => sameName(tag, state.expertise))).length;
      case 'mentors': return state.picked.size;
      default: return state.mentors.length;
    }
  }

  function updateSelection() {
    if (!form) return;
    for (const kind of KINDS.slice(1)) {
      const active = state.kind === kind;
      areas[kind].hidden = !active;
      for (const control of areas[kind].querySelectorAll('select, input, button')) control.disabled = !active;
    }
    pickedCount.textContent = tCount('booklet.picked', state.picked.size, { count: formatNumber(state.picked.size) });
    const count = selectedCount();
    let text;
    if (count === 0) text = state.kind === 'mentors' ? t('booklet.summary.pickSome') : t('booklet.summary.none');
    else if (count === 1) text = t('booklet.summary.single');
    else text = t('booklet.summary.many', { count: formatNumber(count) });
    summary.textContent = text;
    summary.classList.toggle('booklet-summary-empty', count === 0);
    const exportButton = document.getElementById('booklet-export');
    if (exportButton) exportButton.disabled = count === 0 || Boolean(state.job);
  }

  function renderExport() {
    if (!exportSlot) return;
    const running = Boolean(state.job);
    form.disabled = running;
    pathInput.disabled = running;
    const chooseButton = document.getElementById('booklet-path-choose');
    if (chooseButton) chooseButton.disabled = running;
    const exportButton = h('button', { id: 'booklet-export', type: 'button', class: 'button button-primary booklet-export-button',
      disabled: running || selectedCount() === 0, onclick: exportNow }, icon('download'), h('span', {}, t('booklet.exportButton')));
    replace(exportSlot,
      exportButton,
      running ? progressBox() : null,
      !running && state.result ? doneBox(state.result) : null,
      !running && state.cancelled
        ? h('p', { id: 'booklet-cancelled', class: 'booklet-note', role: 'status' }, icon('info', 'icon icon-sm'), h('span', {}, t('booklet.cancelled')))
        : null,
      h('p', { id: 'booklet-error', class: 'inline-error', role: 'alert', hidden: !state.failure },
        state.failure ? errorText(state.failure.code) : ''));
    updateProgress();
  }

  function progressBox() {
    return h('div', { id: 'booklet-progress', class: 'booklet-progress' },
      h('p', { id: 'booklet-stage', class: 'booklet-stage', 'aria-live': 'polite' }),
      h('div', { id: 'booklet-progress-bar', class: 'meter booklet-meter', role: 'progressbar', 'aria-labelledby': 'booklet-stage',
        'aria-valuemin': '0', 'aria-valuemax': '100' }, h('span', { class: 'meter-fill' })),
      h('button', { id: 'booklet-cancel', type: 'button', class: 'button button-small', disabled: state.stopping, onclick: cancel },
        icon('close'), h('span', {}, t('booklet.cancel'))));
  }

  function updateProgress() {
    const bar = document.getElementById('booklet-progress-bar');
    if (!state.job || !bar) return;
    // A sliver even at the start, so the bar reads as a bar.
    const percent = Math.round(Math.max(0.03, Math.min(1, Number(state.job.fraction) || 0)) * 100);
    bar.setAttribute('aria-valuenow', String(percent));
    bar.dataset.stage = state.job.stage;
    bar.querySelector('.meter-fill').style.width = `${percent}%`;
    const stage = document.getElementById('booklet-stage');
    if (stage) stage.textContent = state.stopping ? t('booklet.stopping') : (STAGE_TEXT[state.job.stage] ?? STAGE_TEXT.reading)();
  }

  function doneBox(result) {
    const revealFailed = state.revealFailure
      ? h('p', { id: 'booklet-reveal-failed', class: 'booklet-reveal-failed', role: 'alert' },
        icon('alert', 'icon icon-sm'), h('span', {}, revealFailureText(state.revealFailure, result.path)))
      : null;
    return h('div', { id: 'booklet-done', class: 'booklet-done', role: 'status' },
      h('span', { class: 'booklet-done-icon' }, icon('check')),
      h('div', { class: 'booklet-done-text' },
        h('p', { class: 'booklet-done-title' }, t('booklet.done')),
        h('p', { id: 'booklet-done-facts', class: 'small' }, factsText(result)),
        h('p', { id: 'booklet-done-path', class: 'booklet-done-path small muted' }, result.path),
        h('button', { id: 'booklet-reveal', type: 'button', class: 'button button-small', onclick: (event) => reveal(result.path, event.currentTarget) },
          icon('eye'), h('span', {}, t('booklet.reveal'))),
        revealFailed));
  }

  function factsText(result) {
    return [
      tCount('booklet.pages', result.pages, { count: formatNumber(result.pages) }),
      formatSize(result.bytes),
      tCount('booklet.mentors', result.mentors, { count: formatNumber(result.mentors) }),
    ].join(' · ');
  }

  function revealFailureText(failure, path) {
    if (failure.code === 'booklet.reveal_failed') return t('booklet.revealFailed', { path });
    return errorText(failure.code);
  }

  // ---------- Actions ----------

  async function pickLogo(button) {
    button.disabled = true;
    try {
      const path = await api.pickFile({ filters: LOGO_FILTERS() });
      if (path) state.logoPath = path;
    } catch (failure) {
      showToast(errorText(failure.code), { tone: 'error' });
    } finally {
      button.disabled = false;
    }
    renderLogo();
    document.getElementById('booklet-logo-choose')?.focus();
  }

  function defaultFileName() {
    const base = state.title.trim()
      || (state.kind === 'department' && state.department ? `${t('booklet.fileName')} ${state.department}` : '')
      || (state.kind === 'expertise' && state.expertise ? `${t('booklet.fileName')} ${state.expertise}` : '')
      || t('booklet.fileName');
    return suggestedFileName(base);
  }

  async function pickTarget(button) {
    button.disabled = true;
    try {
      const path = await api.pickSavePath({ defaultPath: state.path.trim() || defaultFileName(), filters: PDF_FILTERS() });
      if (path) {
        state.path = withPdfExtension(path);
        pathInput.value = state.path;
        pathInput.removeAttribute('aria-invalid');
        showPathEnd();
      }
    } catch (failure) {
      showToast(errorText(failure.code), { tone: 'error' });
    } finally {
      button.disabled = Boolean(state.job);
    }
  }

  /** A long path shows its end: the file name is what HR checks. */
  function showPathEnd() {
    pathInput.scrollLeft = pathInput.scrollWidth;
  }

  function request() {
    const selection = {
      all: { kind: 'all' },
      department: { kind: 'department', name: state.department },
      expertise: { kind: 'expertise', name: state.expertise },
      mentors: { kind: 'mentors', ids: [...state.picked] },
    }[state.kind];
    return { selection, language: bookletLanguage(), title: state.title.trim() || null,
      organisation: (state.organisation ?? '').trim() || null, pdfA: state.pdfA, logoPath: state.logoPath };
  }

  async function exportNow() {
    if (state.job || selectedCount() === 0) return;
    const path = withPdfExtension(pathInput.value);
    if (!path) {
      state.failure = { code: 'booklet.no_path' };
      state.result = null;
      state.cancelled = false;
      renderExport();
      pathInput.setAttribute('aria-invalid', 'true');
      pathInput.focus();
      return;
    }
    state.path = path;
    pathInput.value = path;
    pathInput.removeAttribute('aria-invalid');
    showPathEnd();
    Object.assign(state, { job: { fraction: 0, stage: 'reading' }, stopping: false, result: null, failure: null, cancelled: false, revealFailure: null });
    renderExport();
    let unlisten = null;
    try {
      unlisten = await api.onBookletProgress((progress) => {
        if (!state.job || !progress) return;
        state.job = progress;
        updateProgress();
      });
    } catch {
      // Without events the bar keeps its first stage; the export itself still runs.
    }
    try {
      state.result = await api.exportBooklet(request(), path);
    } catch (failure) {
      if (failure.code === 'booklet.cancelled') state.cancelled = true;
      else state.failure = failure;
    } finally {
      unlisten?.();
      state.job = null;
      state.stopping = false;
    }
    if (element.isConnected) {
      renderExport();
      updateSelection();
      (document.getElementById('booklet-reveal') ?? document.getElementById('booklet-export'))?.focus();
    } else if (state.result) {
      // HR went on to another screen meanwhile: say it is done there.
      const { path: written } = state.result;
      showToast(t('booklet.doneToast', { facts: factsText(state.result) }), {
        action: { label: t('booklet.reveal'), onClick: () => reveal(written) },
      });
    } else if (state.failure) {
      showToast(errorText(state.failure.code), { tone: 'error' });
    }
  }

  async function cancel() {
    state.stopping = true;
    const button = document.getElementById('booklet-cancel');
    if (button) button.disabled = true;
    updateProgress();
    try {
      await api.cancelBooklet();
    } catch (failure) {
      state.stopping = false;
      if (button) button.disabled = false;
      showToast(errorText(failure.code), { tone: 'error' });
    }
  }

  async function reveal(path, button) {
    if (button) button.disabled = true;
    state.revealFailure = null;
    try {
      await api.revealBooklet(path);
    } catch (failure) {
      state.revealFailure = failure;
      if (!element.isConnected) showToast(revealFailureText(failure, path), { tone: 'error' });
    } finally {
      if (button?.isConnected) button.disabled = false;
    }
    if (element.isConnected && state.result) renderExport();
  }

  return { element, render, enter };
}

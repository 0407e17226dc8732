// The orientation: six short chapters a newcomer reads at their own pace (mentoring is not
// coaching, how a relationship comes about, the triangle, the manager as mentor, career phases,
// choosing). The text comes from the core in the UI's language and is plain text, rendered
// through text nodes only. Progress is saved per chapter, and the chapter last opened is
// remembered, so someone can stop and continue days later where they left off.

import * as api from '../../api.js';
import { h, replace } from '../../lib/dom.js';
import { errorText, getLanguage, t, tCount } from '../../lib/i18n.js';
import { icon } from '../icons.js';
import { showToast } from '../toast.js';
import { showLoadState } from '../widgets.js';
import { tabHeader } from './tab-header.js';

/** language → Promise<Chapter[]>; the text is part of the app, so one load per language is enough. */
const chapterCache = new Map();

export function loadChapters(lang) {
  if (!chapterCache.has(lang)) {
    const pending = api.orientation(lang);
    chapterCache.set(lang, pending);
    pending.catch(() => { if (chapterCache.get(lang) === pending) chapterCache.delete(lang); });
  }
  return chapterCache.get(lang);
}

/**
 * What the progress line and the welcome-back prompt need: how many chapters are read, the
 * minutes still to read, the first unread chapter and the one last opened (if it still exists).
 */
export function progressFacts(chapters, progress) {
  const read = new Set(progress?.read ?? []);
  const known = chapters.filter((chapter) => read.has(chapter.id));
  const unread = chapters.filter((chapter) => !read.has(chapter.id));
  const last = chapters.find((chapter) => chapter.id === progress?.lastChapter) ?? null;
  return {
    total: chapters.length,
    read: known.length,
    allRead: chapters.length > 0 && unread.length === 0,
    minutesLeft: unread.reduce((sum, chapter) => sum + Number(chapter.minutes ?? 0), 0),
    minutesTotal: chapters.reduce((sum, chapter) => sum + Number(chapter.minutes ?? 0), 0),
    firstUnread: unread[0]?.id ?? null,
    last: last?.id ?? null,
  };
}

/** The chapter to read after `currentId`: the next unread one after it, else the first unread one, else null. */
export function nextChapterId(chapters, currentId, readIds) {
  const read = new Set(readIds ?? []);
  const at = chapters.findIndex((chapter) => chapter.id === currentId);
  const after = chapters.slice(at + 1).find((chapter) => !read.has(chapter.id) && chapter.id !== currentId);
  return after?.id ?? chapters.find((chapter) => !read.has(chapter.id) && chapter.id !== currentId)?.id ?? null;
}

export function createOrientationTab(ctx) {
  const state = { lang: null, chapters: null, progress: null, open: null, error: null, busy: false };
  const element = h('section', { id: 'orientation', class: 'newcomer-tab orientation', 'aria-labelledby': 'orientation-title' });
  const summary = h('div', { class: 'orientation-progress', id: 'orientation-progress' });
  const nav = h('nav', { class: 'chapter-nav', 'aria-labelledby': 'orientation-chapters-title' });
  const reader = h('div', { class: 'reader', id: 'orientation-reader' });

  async function load() {
    const lang = getLanguage();
    try {
      const [chapters, progress] = await Promise.all([loadChapters(lang),
        state.progress ?? api.getOrientationProgress(ctx.personId)]);
      // A language switch while loading: the newer load draws.
      if (lang !== getLanguage()) return;
      state.lang = lang;
      state.chapters = chapters;
      state.progress = progress;
      state.error = null;
    } catch (failure) {
      state.error = failure;
    }
    draw();
  }

  /** Redraws in the current language; the chapters are fetched again when the language changed. */
  function render() {
    replace(element,
      tabHeader({ titleId: 'orientation-title', title: t('newcomer.orientation.title'),
        subtitle: t('newcomer.orientation.subtitle') }, summary),
      h('div', { class: 'orientation-layout' }, nav, reader));
    if (state.lang !== null && state.lang !== getLanguage()) {
      load();
    } else {
      draw();
    }
  }

  async function enter() {
    try {
      state.progress = await api.getOrientationProgress(ctx.personId);
    } catch (failure) {
      state.error = failure;
    }
    await load();
  }

  function draw() {
    if (showLoadState(reader, { error: state.error, loading: state.chapters === null || state.progress === null })) {
      replace(summary);
      replace(nav);
      return;
    }
    drawSummary();
    drawNav();
    drawReader();
  }

  function facts() {
    return progressFacts(state.chapters, state.progress);
  }

  function drawSummary() {
    const f = facts();
    const percent = f.total ? Math.round((f.read * 100) / f.total) : 0;
    replace(summary,
      h('p', { class: 'orientation-count', 'aria-live': 'polite' },
        f.allRead ? icon('check', 'icon icon-sm') : null,
        h('span', {}, t('newcomer.orientation.readCount', { read: f.read, total: f.total }))),
      h('div', { class: `meter${f.allRead ? ' meter-ok' : ''}`, role: 'progressbar', 'aria-valuemin': 0,
        'aria-valuemax': f.total, 'aria-valuenow': f.read,
        'aria-valuetext': t('newcomer.orientation.readCount', { read: f.read, total: f.total }),
        'aria-label': t('newcomer.orientation.progressLabel') },
      h('span', { class: 'meter-fill' })),
      f.allRead ? null : h('p', { class: 'muted small' }, tCount('newcomer.orientation.minutesLeft', f.minutesLeft)));
    // The width is set as a property, not a style attribute (the CSP forbids inline styles).
    summary.querySelector('.meter-fill').style.width = `${percent}%`;
  }

  function drawNav() {
    const read = new Set(state.progress.read);
    replace(nav,
      h('h3', { id: 'orientation-chapters-title', class: 'chapter-nav-title' }, t('newcomer.orientation.chapters')),
      h('ol', { class: 'chapter-list' }, state.chapters.map((chapter, index) => {
        const done = read.has(chapter.id);
        return h('li', {},
          h('button', { id: `orientation-chapter-${chapter.id}`, type: 'button',
            class: `chapter-item${done ? ' chapter-read' : ''}`, 'aria-current': state.open === chapter.id ? 'true' : null,
            'data-chapter': chapter.id, onclick: () => openChapter(chapter.id) },
          h('span', { class: 'chapter-mark', 'aria-hidden': 'true' }, done ? icon('check', 'icon icon-sm') : String(index + 1)),
          h('span', { class: 'chapter-text' },
            h('span', { class: 'chapter-title' }, chapter.title),
            h('span', { class: 'chapter-summary' }, chapter.summary),
            h('span', { class: 'chapter-meta' },
              tCount('newcomer.orientation.minutes', Number(chapter.minutes ?? 0)),
              ' · ',
              done ? t('newcomer.orientation.state.read') : t('newcomer.orientation.state.unread')))));
      })));
  }

  function drawReader() {
    const chapter = state.chapters.find((item) => item.id === state.open);
    replace(reader, chapter ? chapterView(chapter) : welcome());
  }

  /** Before a chapter is opened: where to start, or where to continue. */
  function welcome() {
    const f = facts();
    const titleOf = (id) => state.chapters.find((chapter) => chapter.id === id)?.title ?? '';
    if (f.allRead) {
      return h('div', { class: 'reader-welcome' },
        h('span', { class: 'reader-welcome-icon' }, icon('check', 'icon icon-lg')),
        h('h3', {}, t('newcomer.orientation.done.title')),
        h('p', {}, t('newcomer.orientation.done.text')),
        h('div', { class: 'button-row' },
          h('button', { id: 'orientation-to-intake', type: 'button', class: 'button button-primary',
            onclick: () => ctx.go('intake') }, h('span', {}, t('newcomer.orientation.done.intake')), icon('arrow')),
          h('button', { id: 'orientation-to-suggestions', type: 'button', class: 'button',
            onclick: () => ctx.go('suggestions') }, t('newcomer.orientation.done.suggestions'))));
    }
    if (f.last || f.read > 0) {
      const target = f.last && !state.progress.read.includes(f.last)
        ? f.last
        : (f.last && nextChapterId(state.chapters, f.last, state.progress.read)) || f.firstUnread;
      return h('div', { class: 'reader-welcome' },
        h('span', { class: 'reader-welcome-icon' }, icon('route', 'icon icon-lg')),
        h('h3', {}, t('newcomer.orientation.welcomeBack.title', { name: firstName(ctx.person?.name) })),
        h('p', {}, t('newcomer.orientation.welcomeBack.text', { read: f.read, total: f.total })),
        h('button', { id: 'orientation-continue', type: 'button', class: 'button button-primary',
          onclick: () => openChapter(target) },
        h('span', {}, t('newcomer.orientation.continue', { chapter: titleOf(target) })), icon('arrow')));
    }
    return h('div', { class: 'reader-welcome' },
      h('span', { class: 'reader-welcome-icon' }, icon('route', 'icon icon-lg')),
      h('h3', {}, t('newcomer.orientation.start.title', { name: firstName(ctx.person?.name) })),
      h('p', {}, t('newcomer.orientation.start.text', { total: f.total, minutes: f.minutesTotal })),
      h('p', { class: 'muted small' }, t('newcomer.orientation.start.sources')),
      h('button', { id: 'orientation-start', type: 'button', class: 'button button-primary',
        onclick: () => openChapter(state.chapters[0].id) },
      h('span', {}, t('newcomer.orientation.start.button', { chapter: titleOf(state.chapters[0]?.id) })), icon('arrow')));
  }

  function chapterView(chapter) {
    const index = state.chapters.indexOf(chapter);
    const done = state.progress.read.includes(chapter.id);
    const next = nextChapterId(state.chapters, chapter.id, state.progress.read);
    const following = state.chapters[index + 1] ?? null;
    const previous = state.chapters[index - 1] ?? null;
    return h('article', { class: 'chapter', 'aria-labelledby': 'orientation-chapter-title', 'data-chapter': chapter.id },
      h('p', { class: 'overline' },
        t('newcomer.orientation.chapterOf', { n: index + 1, total: state.chapters.length }), ' · ',
        tCount('newcomer.orientation.minutes', Number(chapter.minutes ?? 0))),
      h('h3', { id: 'orientation-chapter-title', class: 'chapter-heading', tabindex: '-1' }, chapter.title),
      chapter.summary ? h('p', { class: 'chapter-lead' }, chapter.summary) : null,
      h('div', { class: 'chapter-body' }, (chapter.blocks ?? []).map(chapterBlock)),
      (chapter.sources ?? []).length
        ? h('section', { class: 'chapter-sources', 'aria-labelledby': 'orientation-sources-title' },
          h('h4', { id: 'orientation-sources-title' }, t('newcomer.orientation.sources')),
          h('ul', {}, chapter.sources.map((source) => h('li', {}, sourceLine(source)))))
        : null,
      h('footer', { class: 'chapter-footer' },
        previous ? h('button', { id: 'orientation-previous', type: 'button', class: 'button button-quiet',
          onclick: () => openChapter(previous.id) }, t('newcomer.orientation.previous')) : null,
        h('span', { class: 'spacer' }),
        done
          ? [
            h('span', { class: 'chapter-done' }, icon('check', 'icon icon-sm'), t('newcomer.orientation.isRead')),
            h('button', { id: 'orientation-mark-unread', type: 'button', class: 'button button-quiet',
              disabled: state.busy, onclick: () => markRead(chapter.id, false) }, t('newcomer.orientation.markUnread')),
            following ? h('button', { id: 'orientation-next', type: 'button', class: 'button button-primary',
              onclick: () => openChapter(following.id) }, h('span', {}, t('newcomer.orientation.next')), icon('arrow')) : null,
          ]
          : h('button', { id: 'orientation-mark-read', type: 'button', class: 'button button-primary', disabled: state.busy,
            onclick: () => markRead(chapter.id, true) },
          icon('check'), h('span', {}, next ? t('newcomer.orientation.markRead') : t('newcomer.orientation.markReadLast')))));
  }

  async function openChapter(id) {
    state.open = id;
    drawNav();
    drawReader();
    // After "continue" at the bottom of a long chapter, the next one starts in view.
    if (reader.getBoundingClientRect().top < 0) reader.scrollIntoView({ block: 'start' });
    document.getElementById('orientation-chapter-title')?.focus({ preventScroll: true });
    try {
      state.progress = await api.openChapter(ctx.personId, id);
    } catch (failure) {
      showToast(errorText(failure.code), { tone: 'error' });
    }
  }

  async function markRead(id, read) {
    if (state.busy) return;
    state.busy = true;
    try {
      state.progress = await api.markChapterRead(ctx.personId, id, read);
      state.busy = false;
      ctx.refreshProgress();
      drawSummary();
      if (!read) {
        drawNav();
        drawReader();
        document.getElementById('orientation-mark-read')?.focus();
        return;
      }
      const next = nextChapterId(state.chapters, id, state.progress.read);
      if (next) {
        await openChapter(next);
      } else {
        // Everything read: the welcome shows what comes next.
        state.open = null;
        drawNav();
        drawReader();
        reader.querySelector('h3')?.setAttribute('tabindex', '-1');
        reader.querySelector('h3')?.focus();
      }
    } catch (failure) {
      state.busy = false;
      showToast(errorText(failure.code), { tone: 'error' });
      drawReader();
    }
  }

  return { element, render, enter };
}

/** One block of a chapter. Plain text only; an unknown kind (a newer core) is left out. */
export function chapterBlock(block) {
  switch (block?.kind) {
    case 'paragraph':
      return h('p', {}, block.text);
    case 'list':
      return h('ul', { class: 'chapter-list-block' }, (block.items ?? []).map((item) => h('li', {}, item)));
    case 'table':
      return h('div', { class: 'chapter-table-wrap' },
        h('table', { class: 'chapter-table' },
          block.caption ? h('caption', {}, block.caption) : null,
          h('thead', {}, h('tr', {}, (block.head ?? []).map((cell) => h('th', { scope: 'col' }, cell)))),
          h('tbody', {}, (block.rows ?? []).map((row) => h('tr', {},
            row.map((cell, index) => (index === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))))))));
    case 'note':
      return h('aside', { class: 'chapter-note' }, icon('info', 'icon chapter-note-icon'), h('p', {}, block.text));
    case 'quote':
      return h('figure', { class: 'chapter-quote' },
        h('blockquote', {}, h('p', {}, block.text)),
        block.source ? h('figcaption', {}, block.source) : null);
    default:
      return null;
  }
}

/** A source's full reference; its short key only leads when the reference does not start with the same author. */
export function sourceLine({ key = '', text = '' } = {}) {
  const author = String(key).trim().split(/[\s,]+/)[0] ?? '';
  return author && !String(text).trim().startsWith(author) ? `${key}: ${text}` : text || key;
}

function firstName(name) {
  return String(name ?? '').trim().split(/\s+/)[0] ?? '';
}

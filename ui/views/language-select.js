// The language switch. Language names are written in their own language, so they read the
// same whichever language is active.

import { h } from '../lib/dom.js';
import { getLanguage, LANGUAGES, t } from '../lib/i18n.js';
import { icon } from './icons.js';

export function languageSelect({ onChange }) {
  const select = h('select', { id: 'language-select', onchange: (event) => onChange(event.target.value) },
    LANGUAGES.map((lang) => h('option', { value: lang, lang }, t(`language.${lang}`))));
  select.value = getLanguage();
  return h('div', { class: 'language' },
    h('label', { for: 'language-select' }, icon('globe'), h('span', {}, t('language.label'))),
    select);
}

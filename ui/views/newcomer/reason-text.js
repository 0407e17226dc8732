// Why a mentor is suggested, in plain words: the core's typed Reason (notes/contract-4.md) →
// one translated sentence such as "Shares 3 of your topics: A, B and C". Pure: no DOM, so node
// can test every kind in both languages.

import { getLanguage, t, tCount } from '../../lib/i18n.js';
import { languageName } from '../../lib/profile.js';

export const REASON_KINDS = ['informal_mentor', 'shared_topics', 'horizontal_move', 'vertical_move', 'other_department',
  'speaks_language', 'same_meeting_mode'];
export const RELATIONS = ['direct_manager', 'higher_up'];

/** "A", "A and B", "A, B and C" in the UI's language ("A, B en C"). */
export function joinWords(words, lang = getLanguage()) {
  const list = (words ?? []).map(String).filter((word) => word.trim() !== '');
  try {
    // British English, like the rest of the app's texts: "A, B and C" without the serial comma.
    return new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { style: 'long', type: 'conjunction' }).format(list);
  } catch {
    return list.join(', ');
  }
}

const filled = (text) => typeof text === 'string' && text.trim() !== '';
const same = (a, b) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The two ends of a career move to name: the departments when both are known and differ, else
 * the roles, else whatever end is known. A move need not name its departments (contract-4).
 */
export function moveEnds({ fromDepartment = '', toDepartment = '', fromRole = '', toRole = '' } = {}) {
  if (filled(fromDepartment) && filled(toDepartment) && !same(fromDepartment, toDepartment)) {
    return { from: fromDepartment.trim(), to: toDepartment.trim() };
  }
  if (filled(fromRole) && filled(toRole)) return { from: fromRole.trim(), to: toRole.trim() };
  const to = [toDepartment, toRole].find(filled);
  return { from: null, to: to ? to.trim() : null };
}

/**
 * One reason as a sentence, or null for a kind this UI does not know (a newer core).
 * `ambition` (the newcomer's: vertical / horizontal / unsure) makes a career move personal:
 * "…, as you'd like to" when it matches the ambition, "…: one of the roads you could take"
 * when the newcomer is not sure yet; without it the move is only described.
 */
export function reasonText(reason, { ambition = null } = {}) {
  switch (reason?.kind) {
    case 'informal_mentor':
      return t('newcomer.reason.informalMentor');
    case 'shared_topics': {
      const topics = reason.topics ?? [];
      return tCount('newcomer.reason.sharedTopics', Number(reason.count ?? topics.length), { topics: joinWords(topics) });
    }
    case 'horizontal_move':
      return moveText('horizontal', reason, ambition, reason.yourDepartment === true);
    case 'vertical_move':
      return moveText('vertical', reason, ambition, false);
    case 'other_department':
      return filled(reason.department)
        ? t('newcomer.reason.otherDepartment', { department: reason.department.trim() })
        : t('newcomer.reason.otherDepartment.unnamed');
    case 'speaks_language':
      return t('newcomer.reason.speaksLanguage', { language: languageName(reason.language, getLanguage()) });
    case 'same_meeting_mode':
      return ['in_person', 'online', 'either'].includes(reason.mode)
        ? t(`newcomer.reason.meetingMode.${reason.mode}`)
        : null;
    default:
      return null;
  }
}

/** How the move relates to what the newcomer wants: 'match', 'unsure' or 'plain'. */
function fit(direction, ambition) {
  if (ambition === direction) return 'match';
  return ambition === 'unsure' ? 'unsure' : 'plain';
}

function moveText(direction, reason, ambition, yourDepartment) {
  const { from, to } = moveEnds(reason);
  const shape = from && to ? 'fromTo' : to ? 'to' : 'bare';
  const sentence = t(`newcomer.reason.${direction}.${shape}.${fit(direction, ambition)}`, { from, to });
  return yourDepartment ? t('newcomer.reason.yourDepartment', { sentence }) : sentence;
}

/** All reasons of a suggestion as sentences, unknown kinds left out. */
export function reasonTexts(reasons, options) {
  return (reasons ?? []).map((reason) => reasonText(reason, options)).filter(Boolean);
}

/** "This is your direct manager" / "Higher up in your reporting line", or null. */
export function relationText(relation) {
  return RELATIONS.includes(relation) ? t(`newcomer.relation.${relation}`) : null;
}

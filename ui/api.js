// The only file that talks to the Rust core. One function per IPC command of the contract
// (notes/contract.md); every rejection becomes an AppError with a `code` the UI translates.

import { AppError, toAppError } from './lib/errors.js';

async function call(command, args) {
  const invoke = window.__TAURI__?.core?.invoke;
  if (typeof invoke !== 'function') {
    throw new AppError('app.internal', 'The Tauri IPC bridge is not available');
  }
  try {
    return await invoke(command, args);
  } catch (raw) {
    const error = toAppError(raw);
    // The English message is for logs only; the UI shows a translation of `code`.
    console.warn(`${command} failed: ${error.code}: ${error.message}`);
    throw error;
  }
}

export const startupState = () => call('startup_state');
export const loadDemo = () => call('load_demo');
export const startEmpty = () => call('start_empty');
export const setLanguage = (language) => call('set_language', { language });

export const listPeople = ({ query = '' } = {}) => call('list_people', { query });
export const getPerson = (id) => call('get_person', { id });
export const addPerson = (input) => call('add_person', { input });
export const updatePerson = (id, input) => call('update_person', { id, input });
export const listDepartments = () => call('list_departments');

export const listMentors = ({ query = '', status = null } = {}) => call('list_mentors', { query, status });
export const makeMentorCandidate = (personId) => call('make_mentor_candidate', { personId });
export const updateMentor = (id, input) => call('update_mentor', { id, input });
export const setMentorStatus = (id, status) => call('set_mentor_status', { id, status });

// Issue 3 (notes/contract-3.md): the full mentor profile, photo and CV file, screening, the
// expertise vocabulary and the pool as newcomers see it.
export const getMentor = (id) => call('get_mentor', { id });
export const mentorPhoto = (id) => call('mentor_photo', { id });
export const setMentorPhoto = (id, path) => call('set_mentor_photo', { id, path });
export const removeMentorPhoto = (id) => call('remove_mentor_photo', { id });
export const setCvFile = (id, path) => call('set_cv_file', { id, path });
export const removeCvFile = (id) => call('remove_cv_file', { id });
export const exportCvFile = (id, path) => call('export_cv_file', { id, path });

export const getScreening = (mentorId) => call('get_screening', { mentorId });
export const saveScreening = (mentorId, input) => call('save_screening', { mentorId, input });

export const listTags = () => call('list_tags');
export const addTag = (name) => call('add_tag', { name });
export const renameTag = (id, name) => call('rename_tag', { id, name });
export const mergeTags = (from, into) => call('merge_tags', { from, into });

export const listAvailableMentors = () => call('list_available_mentors');

// File dialogs (tauri-plugin-dialog). They only pick a path; the commands above read or write
// the file, so the checks stay in the core. Both resolve to a path string, or null when the
// user cancels.

/** filters: [{ name, extensions: ['jpg', 'png'] }] */
export async function pickFile({ filters = [] } = {}) {
  const picked = await dialogCall('open', { multiple: false, directory: false, filters });
  return pathOf(Array.isArray(picked) ? picked[0] : picked);
}

export async function pickSavePath({ defaultPath, filters = [] } = {}) {
  return pathOf(await dialogCall('save', { defaultPath, filters }));
}

async function dialogCall(name, options) {
  const fn = window.__TAURI__?.dialog?.[name];
  if (typeof fn !== 'function') throw new AppError('app.internal', 'The file dialog is not available');
  try {
    return await fn(options);
  } catch (raw) {
    const error = toAppError(raw);
    console.warn(`dialog.${name} failed: ${error.code}: ${error.message}`);
    throw error;
  }
}

/** The dialog plugin gives a string path; older versions gave { path }. */
function pathOf(picked) {
  if (picked === null || picked === undefined) return null;
  if (typeof picked === 'string') return picked;
  return typeof picked.path === 'string' ? picked.path : null;
}
// ---- Recruitment poll (notes/contract-3.md) ----
export const listPollRounds = () => call('list_poll_rounds');
export const openPollRound = ({ title, invitation }) => call('open_poll_round', { input: { title, invitation } });
export const closePollRound = (id) => call('close_poll_round', { id });
export const previewInvitees = (filter) => call('preview_invitees', { filter });
export const inviteToPoll = (roundId, personIds) => call('invite_to_poll', { roundId, personIds });
export const listInvitees = (roundId) => call('list_invitees', { roundId });
export const recordPollAnswer = (roundId, personId, input) => call('record_poll_answer', { roundId, personId, input });
export const exportInvitations = (roundId, path) => call('export_invitations', { roundId, path });
export const previewPollAnswers = (roundId, path) => call('preview_poll_answers', { roundId, path });
export const applyPollAnswers = (roundId, path) => call('apply_poll_answers', { roundId, path });

// ---- Employee import (notes/contract-3.md) ----
/** `mapping` null lets the core propose one from the headers; afterwards send HR's corrected mapping. */
export const previewEmployeeImport = (path, mapping = null) => call('preview_employee_import', { path, mapping });
export const applyEmployeeImport = (path, mapping, decisions) => call('apply_employee_import', { path, mapping, decisions });

// ---- Issue 4: the newcomer area (notes/contract-4.md) ----
// Orientation and its progress, the intake, suggestions with reasons, search and public profiles.
/** language: the UI's, "nl" or "en"; the chapters come back in it. */
export const orientation = (language) => call('orientation', { language });
export const getOrientationProgress = (personId) => call('get_orientation_progress', { personId });
export const openChapter = (personId, chapter) => call('open_chapter', { personId, chapter });
export const markChapterRead = (personId, chapter, read = true) => call('mark_chapter_read', { personId, chapter, read });
export const getIntake = (personId) => call('get_intake', { personId });
export const saveIntake = (personId, intake) => call('save_intake', { personId, intake });
export const suggestMentors = (personId) => call('suggest_mentors', { personId });
/** query: { text, expertise, department, language, minPlaces } */
export const searchMentors = (query) => call('search_mentors', { query });
export const searchFacets = () => call('search_facets');
/** A PublicProfile, or null when the mentor is no longer visible to newcomers (full or paused). */
export const getPublicProfile = (id) => call('get_public_profile', { id });

// ---- Issue 4: choices (notes/contract-4.md) ----
// The newcomer's shortlist and notes, compare, the choice with its advice, and HR's decision.
export const listMarks = (personId) => call('list_marks', { personId });
export const setStar = (personId, mentorId, starred) => call('set_star', { personId, mentorId, starred });
export const saveMentorNote = (personId, mentorId, note) => call('save_mentor_note', { personId, mentorId, note });
export const compareMentors = (personId, mentorIds) => call('compare_mentors', { personId, mentorIds });
/** picks: [first, ...alternatives], mentor ids in rank order. */
export const adviseChoice = (personId, picks) => call('advise_choice', { personId, picks });
/** choice: { first, alternatives, motivation, confirmedManagerWarning } */
export const submitChoice = (personId, choice) => call('submit_choice', { personId, choice });
export const requestFormaliseInformal = (personId, note) => call('request_formalise_informal', { personId, note });
export const listMyChoices = (personId) => call('list_my_choices', { personId });
export const withdrawChoice = (personId, choiceId) => call('withdraw_choice', { personId, choiceId });
export const listChoices = ({ openOnly = true } = {}) => call('list_choices', { openOnly });
export const approveChoice = (choiceId, mentorId) => call('approve_choice', { choiceId, mentorId });
export const declineChoice = (choiceId, reason) => call('decline_choice', { choiceId, reason });

// ---- Issue 5: the profile booklet ----
/**
 * request: { selection: {kind: 'all'} | {kind: 'department', name} | {kind: 'expertise', name} |
 * {kind: 'mentors', ids}, language: 'nl'|'en', title: string|null, pdfA: bool, logoPath: string|null };
 * path: the PDF to write (from pickSavePath, or typed). Resolves to { path, pages, bytes, mentors }.
 */
/** Approved mentors still working here (full ones too): who a booklet can show. */
export const listBookletMentors = () => call('list_booklet_mentors');
/** { organisation }: what the booklet view starts from. */
export const bookletDefaults = () => call('booklet_defaults');
export const exportBooklet = (request, path) => call('export_booklet', { request, path });
/** Asks the running export to stop (it then rejects with booklet.cancelled); false when none runs. */
export const cancelBooklet = () => call('cancel_booklet');
export const revealBooklet = (path) => call('reveal_booklet', { path });

/**
 * Calls onProgress({ fraction, stage }) for every step of a booklet export; resolves to a
 * function that stops listening.
 */
export async function onBookletProgress(onProgress) {
  const listen = window.__TAURI__?.event?.listen;
  if (typeof listen !== 'function') throw new AppError('app.internal', 'Tauri events are not available');
  try {
    return await listen('booklet-progress', (event) => onProgress(event.payload));
  } catch (raw) {
    const error = toAppError(raw);
    console.warn(`listening to booklet-progress failed: ${error.code}: ${error.message}`);
    throw error;
  }
}

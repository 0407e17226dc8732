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

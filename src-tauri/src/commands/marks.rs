//! A newcomer's private shortlist and notes.

use crate::{state::AppState, IpcError};
use mentorpool_domain::{MentorId, PersonId};
use mentorpool_store::marks::{self, Mark};
use tauri::State;

#[tauri::command]
pub async fn list_marks(state: State<'_, AppState>, person_id: PersonId) -> Result<Vec<Mark>, IpcError> {
    state.read(move |db| marks::list(db, person_id)).await
}

#[tauri::command]
pub async fn set_star(
    state: State<'_, AppState>,
    person_id: PersonId,
    mentor_id: MentorId,
    starred: bool,
) -> Result<Vec<Mark>, IpcError> {
    state
        .write(move |tx| marks::set_star(tx, person_id, mentor_id, starred))
        .await
}

#[tauri::command]
pub async fn save_mentor_note(
    state: State<'_, AppState>,
    person_id: PersonId,
    mentor_id: MentorId,
    note: String,
) -> Result<Vec<Mark>, IpcError> {
    state
        .write(move |tx| marks::save_note(tx, person_id, mentor_id, &note))
        .await
}

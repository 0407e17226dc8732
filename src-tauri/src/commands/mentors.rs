use crate::{state::AppState, IpcError};
use mentorpool_domain::{MentorDetail, MentorId, MentorInput, MentorProfile, MentorStatus, PersonId};
use mentorpool_store::mentors::{self, MentorFilter};
use tauri::State;

#[tauri::command]
pub async fn list_mentors(
    state: State<'_, AppState>,
    query: String,
    status: Option<MentorStatus>,
) -> Result<Vec<MentorProfile>, IpcError> {
    state
        .read(move |db| mentors::list(db, &MentorFilter { query, status }))
        .await
}

#[tauri::command]
pub async fn get_mentor(state: State<'_, AppState>, id: MentorId) -> Result<MentorDetail, IpcError> {
    state.read(move |db| mentors::detail(db, id)).await
}

#[tauri::command]
pub async fn make_mentor_candidate(state: State<'_, AppState>, person_id: PersonId) -> Result<MentorProfile, IpcError> {
    state.write(move |tx| mentors::make_candidate(tx, person_id)).await
}

#[tauri::command]
pub async fn update_mentor(
    state: State<'_, AppState>,
    id: MentorId,
    input: MentorInput,
) -> Result<MentorDetail, IpcError> {
    state.write(move |tx| mentors::edit(tx, id, input)).await
}

#[tauri::command]
pub async fn set_mentor_status(
    state: State<'_, AppState>,
    id: MentorId,
    status: MentorStatus,
) -> Result<MentorProfile, IpcError> {
    state.write(move |tx| mentors::change_status(tx, id, status)).await
}

use crate::{state::AppState, IpcError};
use chrono::Local;
use mentorpool_domain::screening::{Screening, ScreeningInput};
use mentorpool_domain::MentorId;
use mentorpool_store::screening;
use tauri::State;

#[tauri::command]
pub async fn get_screening(state: State<'_, AppState>, mentor_id: MentorId) -> Result<Screening, IpcError> {
    state.read(move |db| screening::get(db, mentor_id)).await
}

#[tauri::command]
pub async fn save_screening(
    state: State<'_, AppState>,
    mentor_id: MentorId,
    input: ScreeningInput,
) -> Result<Screening, IpcError> {
    state
        .write(move |tx| screening::save(tx, mentor_id, input, Local::now().date_naive()))
        .await
}

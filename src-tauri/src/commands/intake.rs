use crate::{state::AppState, IpcError};
use mentorpool_domain::matching::Intake;
use mentorpool_domain::PersonId;
use mentorpool_store::newcomers::{self, IntakeView};
use tauri::State;

#[tauri::command]
pub async fn get_intake(state: State<'_, AppState>, person_id: PersonId) -> Result<IntakeView, IpcError> {
    state.read(move |db| newcomers::get_intake(db, person_id)).await
}

#[tauri::command]
pub async fn save_intake(
    state: State<'_, AppState>,
    person_id: PersonId,
    intake: Intake,
) -> Result<IntakeView, IpcError> {
    state
        .write(move |tx| newcomers::save_intake(tx, person_id, intake))
        .await
}

use crate::{state::AppState, IpcError};
use mentorpool_domain::orientation::{self, Chapter};
use mentorpool_domain::{PersonId, UiLanguage};
use mentorpool_store::newcomers::{self, Progress};
use tauri::State;

#[tauri::command]
pub fn orientation(language: UiLanguage) -> Vec<Chapter> {
    orientation::chapters(language)
}

#[tauri::command]
pub async fn get_orientation_progress(state: State<'_, AppState>, person_id: PersonId) -> Result<Progress, IpcError> {
    state.read(move |db| newcomers::progress(db, person_id)).await
}

#[tauri::command]
pub async fn open_chapter(
    state: State<'_, AppState>,
    person_id: PersonId,
    chapter: String,
) -> Result<Progress, IpcError> {
    state
        .write(move |tx| newcomers::open_chapter(tx, person_id, &chapter))
        .await
}

#[tauri::command]
pub async fn mark_chapter_read(
    state: State<'_, AppState>,
    person_id: PersonId,
    chapter: String,
    read: bool,
) -> Result<Progress, IpcError> {
    state
        .write(move |tx| newcomers::mark_chapter_read(tx, person_id, &chapter, read))
        .await
}

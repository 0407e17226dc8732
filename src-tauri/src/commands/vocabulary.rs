use crate::{state::AppState, IpcError};
use mentorpool_store::vocabulary::{self, Tag};
use tauri::State;

#[tauri::command]
pub async fn list_tags(state: State<'_, AppState>) -> Result<Vec<Tag>, IpcError> {
    state.read(vocabulary::tags).await
}

#[tauri::command]
pub async fn add_tag(state: State<'_, AppState>, name: String) -> Result<Tag, IpcError> {
    state.write(move |tx| vocabulary::add(tx, &name)).await
}

#[tauri::command]
pub async fn rename_tag(state: State<'_, AppState>, id: i64, name: String) -> Result<Tag, IpcError> {
    state.write(move |tx| vocabulary::rename(tx, id, &name)).await
}

#[tauri::command]
pub async fn merge_tags(state: State<'_, AppState>, from: i64, into: i64) -> Result<Tag, IpcError> {
    state.write(move |tx| vocabulary::merge(tx, from, into)).await
}

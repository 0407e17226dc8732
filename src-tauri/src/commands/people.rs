use crate::{state::AppState, IpcError};
use mentorpool_domain::{Person, PersonId, PersonInput};
use mentorpool_store::people;
use tauri::State;

#[tauri::command]
pub async fn list_people(state: State<'_, AppState>, query: String) -> Result<Vec<Person>, IpcError> {
    state.read(move |db| people::search(db, &query)).await
}

#[tauri::command]
pub async fn get_person(state: State<'_, AppState>, id: PersonId) -> Result<Person, IpcError> {
    state.read(move |db| people::get(db, id)).await
}

#[tauri::command]
pub async fn add_person(state: State<'_, AppState>, input: PersonInput) -> Result<Person, IpcError> {
    state.write(move |tx| people::add(tx, input)).await
}

#[tauri::command]
pub async fn update_person(state: State<'_, AppState>, id: PersonId, input: PersonInput) -> Result<Person, IpcError> {
    state.write(move |tx| people::edit(tx, id, input)).await
}

#[tauri::command]
pub async fn list_departments(state: State<'_, AppState>) -> Result<Vec<String>, IpcError> {
    state.read(people::departments).await
}

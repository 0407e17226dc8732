use crate::{state::AppState, IpcError};
use mentorpool_store::public::{self, PublicProfile};
use tauri::State;

/// The pool as newcomers will see it: approved mentors with a free place, public fields only.
#[tauri::command]
pub async fn list_available_mentors(state: State<'_, AppState>) -> Result<Vec<PublicProfile>, IpcError> {
    state.read(public::available_mentors).await
}

//! Finding a mentor: suggestions with reasons, search, one public profile, and compare.

use crate::{state::AppState, IpcError};
use mentorpool_domain::{MentorId, PersonId};
use mentorpool_store::public::{self, PublicProfile};
use mentorpool_store::search::{self, SearchFacets, SearchQuery, SearchResults};
use mentorpool_store::suggestions::{self, ComparedMentor, SuggestionsView};
use tauri::State;

#[tauri::command]
pub async fn suggest_mentors(state: State<'_, AppState>, person_id: PersonId) -> Result<SuggestionsView, IpcError> {
    state.read(move |db| suggestions::suggest(db, person_id)).await
}

#[tauri::command]
pub async fn search_mentors(state: State<'_, AppState>, query: SearchQuery) -> Result<SearchResults, IpcError> {
    state.read(move |db| search::search(db, &query)).await
}

#[tauri::command]
pub async fn search_facets(state: State<'_, AppState>) -> Result<SearchFacets, IpcError> {
    state.read(search::facets).await
}

#[tauri::command]
pub async fn get_public_profile(state: State<'_, AppState>, id: MentorId) -> Result<Option<PublicProfile>, IpcError> {
    state.read(move |db| public::profile(db, id)).await
}

#[tauri::command]
pub async fn compare_mentors(
    state: State<'_, AppState>,
    person_id: PersonId,
    mentor_ids: Vec<MentorId>,
) -> Result<Vec<ComparedMentor>, IpcError> {
    state
        .read(move |db| suggestions::compare(db, person_id, &mentor_ids))
        .await
}

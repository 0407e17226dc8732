use crate::{state::AppState, IpcError};
use chrono::Local;
use mentorpool_domain::poll::{Invitee, InviteeFilter, PollAnswerInput, PollRound, PollRoundId, PollRoundInput};
use mentorpool_domain::{Person, PersonId};
use mentorpool_store::poll;
use tauri::State;

#[tauri::command]
pub async fn list_poll_rounds(state: State<'_, AppState>) -> Result<Vec<PollRound>, IpcError> {
    state.read(poll::rounds).await
}

#[tauri::command]
pub async fn open_poll_round(state: State<'_, AppState>, input: PollRoundInput) -> Result<PollRound, IpcError> {
    state
        .write(move |tx| poll::open_round(tx, input, Local::now().date_naive()))
        .await
}

#[tauri::command]
pub async fn close_poll_round(state: State<'_, AppState>, id: PollRoundId) -> Result<PollRound, IpcError> {
    state
        .write(move |tx| poll::close_round(tx, id, Local::now().date_naive()))
        .await
}

#[tauri::command]
pub async fn preview_invitees(state: State<'_, AppState>, filter: InviteeFilter) -> Result<Vec<Person>, IpcError> {
    state
        .read(move |db| poll::matching_people(db, &filter, Local::now().date_naive()))
        .await
}

#[tauri::command]
pub async fn invite_to_poll(
    state: State<'_, AppState>,
    round_id: PollRoundId,
    person_ids: Vec<PersonId>,
) -> Result<usize, IpcError> {
    state.write(move |tx| poll::invite(tx, round_id, &person_ids)).await
}

#[tauri::command]
pub async fn list_invitees(state: State<'_, AppState>, round_id: PollRoundId) -> Result<Vec<Invitee>, IpcError> {
    state.read(move |db| poll::invitees(db, round_id)).await
}

#[tauri::command]
pub async fn record_poll_answer(
    state: State<'_, AppState>,
    round_id: PollRoundId,
    person_id: PersonId,
    input: PollAnswerInput,
) -> Result<Invitee, IpcError> {
    state
        .write(move |tx| poll::record_answer(tx, round_id, person_id, input, Local::now().date_naive()))
        .await
}

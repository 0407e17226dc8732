//! Choosing a mentor (the newcomer) and deciding on the choice (HR).

use crate::{state::AppState, IpcError};
use chrono::Local;
use mentorpool_domain::matching::{Choice, ChoiceAdvice};
use mentorpool_domain::{ChoiceId, MentorId, PersonId};
use mentorpool_store::choices::{self, ChoiceRecord};
use tauri::State;

#[tauri::command]
pub async fn advise_choice(
    state: State<'_, AppState>,
    person_id: PersonId,
    picks: Vec<MentorId>,
) -> Result<ChoiceAdvice, IpcError> {
    state
        .read(move |db| choices::advise(db, person_id, &picks, Local::now().date_naive()))
        .await
}

#[tauri::command]
pub async fn submit_choice(
    state: State<'_, AppState>,
    person_id: PersonId,
    choice: Choice,
) -> Result<ChoiceRecord, IpcError> {
    state
        .write(move |tx| choices::submit(tx, person_id, choice, Local::now().date_naive()))
        .await
}

#[tauri::command]
pub async fn request_formalise_informal(
    state: State<'_, AppState>,
    person_id: PersonId,
    note: String,
) -> Result<ChoiceRecord, IpcError> {
    state
        .write(move |tx| choices::request_formalise_informal(tx, person_id, &note, Local::now().date_naive()))
        .await
}

#[tauri::command]
pub async fn list_my_choices(state: State<'_, AppState>, person_id: PersonId) -> Result<Vec<ChoiceRecord>, IpcError> {
    state
        .read(move |db| choices::list_mine(db, person_id, Local::now().date_naive()))
        .await
}

#[tauri::command]
pub async fn withdraw_choice(
    state: State<'_, AppState>,
    person_id: PersonId,
    choice_id: ChoiceId,
) -> Result<ChoiceRecord, IpcError> {
    state
        .write(move |tx| choices::withdraw(tx, person_id, choice_id, Local::now().date_naive()))
        .await
}

#[tauri::command]
pub async fn list_choices(state: State<'_, AppState>, open_only: bool) -> Result<Vec<ChoiceRecord>, IpcError> {
    state
        .read(move |db| choices::list_for_hr(db, open_only, Local::now().date_naive()))
        .await
}

#[tauri::command]
pub async fn approve_choice(
    state: State<'_, AppState>,
    choice_id: ChoiceId,
    mentor_id: Option<MentorId>,
) -> Result<ChoiceRecord, IpcError> {
    state
        .write(move |tx| choices::approve(tx, choice_id, mentor_id, Local::now().date_naive()))
        .await
}

#[tauri::command]
pub async fn decline_choice(
    state: State<'_, AppState>,
    choice_id: ChoiceId,
    reason: String,
) -> Result<ChoiceRecord, IpcError> {
    state
        .write(move |tx| choices::decline(tx, choice_id, &reason, Local::now().date_naive()))
        .await
}

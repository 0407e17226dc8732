use crate::picked_file::{self, read};
use crate::{state::AppState, IpcError};
use chrono::Local;
use mentorpool_domain::poll::PollRoundId;
use mentorpool_exchange::employees::{self, ColumnMapping, Inspection, MissingDecision, Summary};
use mentorpool_exchange::poll_csv::{self, AnswersPreview};
use mentorpool_store::{poll, write};
use std::path::PathBuf;
use tauri::State;

/// What the file holds and what importing it would do; nothing is written.
#[tauri::command]
pub async fn preview_employee_import(
    state: State<'_, AppState>,
    path: PathBuf,
    mapping: Option<ColumnMapping>,
) -> Result<Inspection, IpcError> {
    let bytes = read(&path)?;
    state
        .with_connection(move |db| Ok(employees::inspect(db, &bytes, mapping, Local::now().date_naive())?))
        .await
}

#[tauri::command]
pub async fn apply_employee_import(
    state: State<'_, AppState>,
    path: PathBuf,
    mapping: ColumnMapping,
    decisions: Vec<MissingDecision>,
) -> Result<Summary, IpcError> {
    let bytes = read(&path)?;
    state
        .with_connection(move |db| {
            Ok(employees::apply(
                db,
                &bytes,
                &mapping,
                &decisions,
                Local::now().date_naive(),
            )?)
        })
        .await
}

/// Writes the round's invitation list for a mail merge; returns how many people are on it.
#[tauri::command]
pub async fn export_invitations(
    state: State<'_, AppState>,
    round_id: PollRoundId,
    path: PathBuf,
) -> Result<usize, IpcError> {
    let invitees = state.read(move |db| poll::invitees(db, round_id)).await?;
    picked_file::write(&path, &poll_csv::invitation_csv(&invitees))?;
    Ok(invitees.len())
}

#[tauri::command]
pub async fn preview_poll_answers(
    state: State<'_, AppState>,
    round_id: PollRoundId,
    path: PathBuf,
) -> Result<AnswersPreview, IpcError> {
    let bytes = read(&path)?;
    state
        .with_connection(move |db| Ok(poll_csv::preview_answers(db, round_id, &bytes)?))
        .await
}

#[tauri::command]
pub async fn apply_poll_answers(
    state: State<'_, AppState>,
    round_id: PollRoundId,
    path: PathBuf,
) -> Result<usize, IpcError> {
    let bytes = read(&path)?;
    state
        .with_connection(move |db| {
            Ok(write(db, |tx| {
                poll_csv::apply_answers(tx, round_id, &bytes, Local::now().date_naive())
            })?)
        })
        .await
}

//! Photos and CV files: the dialog in the UI only picks a path; reading, checking and storing
//! happen here and in the core.

use crate::picked_file::{self, read};
use crate::{state::AppState, IpcError};
use base64::Engine;
use mentorpool_domain::{MentorDetail, MentorId};
use mentorpool_store::mentor_files::{self, CvFile};
use mentorpool_store::{mentors, write};
use std::path::PathBuf;
use tauri::State;

#[tauri::command]
pub async fn mentor_photo(state: State<'_, AppState>, id: MentorId) -> Result<Option<String>, IpcError> {
    let jpeg = state.read(move |db| mentor_files::photo(db, id)).await?;
    Ok(jpeg.map(|bytes| {
        format!(
            "data:image/jpeg;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(bytes)
        )
    }))
}

#[tauri::command]
pub async fn set_mentor_photo(
    state: State<'_, AppState>,
    id: MentorId,
    path: PathBuf,
) -> Result<MentorDetail, IpcError> {
    state
        .with_connection(move |db| {
            let photo = mentorpool_media::prepare_photo(&read(&path)?)?;
            Ok(write(db, |tx| {
                mentor_files::set_photo(tx, id, &photo.jpeg, photo.width, photo.height)?;
                mentors::detail(tx, id)
            })?)
        })
        .await
}

#[tauri::command]
pub async fn remove_mentor_photo(state: State<'_, AppState>, id: MentorId) -> Result<MentorDetail, IpcError> {
    state
        .write(move |tx| mentor_files::remove_photo(tx, id).and_then(|()| mentors::detail(tx, id)))
        .await
}

#[tauri::command]
pub async fn set_cv_file(state: State<'_, AppState>, id: MentorId, path: PathBuf) -> Result<MentorDetail, IpcError> {
    state
        .with_connection(move |db| {
            let bytes = read(&path)?;
            let raw_name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let file_name = mentorpool_media::safe_file_name(&raw_name)?;
            let kind = mentorpool_media::check_cv_file(&file_name, &bytes)?;
            let file = CvFile {
                file_name,
                media_type: kind.media_type().to_string(),
                bytes,
            };
            Ok(write(db, |tx| {
                mentor_files::set_cv_file(tx, id, &file)?;
                mentors::detail(tx, id)
            })?)
        })
        .await
}

#[tauri::command]
pub async fn remove_cv_file(state: State<'_, AppState>, id: MentorId) -> Result<MentorDetail, IpcError> {
    state
        .write(move |tx| mentor_files::remove_cv_file(tx, id).and_then(|()| mentors::detail(tx, id)))
        .await
}

/// Saves the original CV back out where HR chose in the save dialog.
#[tauri::command]
pub async fn export_cv_file(state: State<'_, AppState>, id: MentorId, path: PathBuf) -> Result<(), IpcError> {
    let file = state.read(move |db| mentor_files::cv_file(db, id)).await?;
    let file = file.ok_or_else(|| IpcError::new("cv.none", "this mentor has no CV file"))?;
    picked_file::write(&path, &file.bytes)
}

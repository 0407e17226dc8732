//! The profile booklet from the window. HR picks the mentors, the language, the cover and the
//! file; the export reads the profiles under the database lock, lets go of it, and renders on a
//! worker thread while it reports its stages as `booklet-progress` events. One export runs at a
//! time and can be cancelled; the file it wrote can be shown in the file manager.

use crate::{picked_file, state::AppState, IpcError};
use chrono::Local;
use mentorpool_booklet::BookletStage;
use mentorpool_domain::{MentorId, MentorProfile, UiLanguage};
use mentorpool_exchange::booklet::{self as booklet_export, BookletRequest};
use mentorpool_store::booklet_source::{self, BookletSelection};
use mentorpool_store::settings;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use tauri::{AppHandle, Emitter, State};

/// The event the UI listens to while a booklet is made: [`Progress`].
pub const PROGRESS_EVENT: &str = "booklet-progress";

/// Which approved mentors, as the UI sends it: `{kind: "all"}`, `{kind: "department", name}`,
/// `{kind: "expertise", name}` or `{kind: "mentors", ids}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum SelectionArg {
    All,
    Department { name: String },
    Expertise { name: String },
    Mentors { ids: Vec<MentorId> },
}

impl From<SelectionArg> for BookletSelection {
    fn from(selection: SelectionArg) -> Self {
        match selection {
            SelectionArg::All => Self::All,
            SelectionArg::Department { name } => Self::Department(name),
            SelectionArg::Expertise { name } => Self::Expertise(name),
            SelectionArg::Mentors { ids } => Self::Mentors(ids),
        }
    }
}

/// What HR chose in the booklet view. The logo is a path the dialog picked; it is read here.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportRequest {
    selection: SelectionArg,
    language: UiLanguage,
    /// The language's default title when null or blank.
    title: Option<String>,
    /// The organisation's name for the cover; remembered for the next booklet. The stored
    /// name when null or blank.
    #[serde(default)]
    organisation: Option<String>,
    pdf_a: bool,
    logo_path: Option<PathBuf>,
}

impl ExportRequest {
    fn into_request(self, logo: Option<Vec<u8>>) -> BookletRequest {
        BookletRequest {
            selection: self.selection.into(),
            language: self.language,
            title: self
                .title
                .map(|title| title.trim().to_string())
                .filter(|title| !title.is_empty()),
            // Stored by the command before the booklet is read.
            organisation: None,
            logo,
            pdf_a: self.pdf_a,
        }
    }
}

/// What the UI tells HR when the booklet is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportedBooklet {
    pub path: PathBuf,
    pub pages: usize,
    pub bytes: usize,
    pub mentors: usize,
}

/// One `booklet-progress` event: the share done (0–1) and the stage that just started
/// (`reading`, `preparing`, `typesetting`, `writing_pdf`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progress {
    pub fraction: f32,
    pub stage: &'static str,
}

impl Progress {
    const READING: Self = Self {
        fraction: 0.0,
        stage: "reading",
    };

    fn of(stage: BookletStage) -> Self {
        let name = match stage {
            BookletStage::Preparing => "preparing",
            BookletStage::Typesetting => "typesetting",
            BookletStage::WritingPdf => "writing_pdf",
        };
        Self {
            fraction: stage.fraction_done(),
            stage: name,
        }
    }
}

/// Managed state: the cancel flag of the export that runs now (at most one), and the files
/// exported in this session, the only ones `reveal_booklet` shows.
#[derive(Debug, Default)]
pub struct BookletJobs {
    running: Mutex<Option<Arc<AtomicBool>>>,
    exported: Mutex<HashSet<PathBuf>>,
}

impl BookletJobs {
    fn start(&self) -> Result<RunningExport<'_>, IpcError> {
        let mut running = lock(&self.running);
        if running.is_some() {
            return Err(IpcError::new("booklet.busy", "a booklet is being made already"));
        }
        let cancel = Arc::new(AtomicBool::new(false));
        *running = Some(Arc::clone(&cancel));
        Ok(RunningExport { jobs: self, cancel })
    }

    /// Asks the running export to stop; false when none runs.
    fn cancel(&self) -> bool {
        match lock(&self.running).as_ref() {
            Some(cancel) => {
                cancel.store(true, Ordering::Relaxed);
                true
            }
            None => false,
        }
    }

    fn remember(&self, path: PathBuf) {
        lock(&self.exported).insert(path);
    }

    fn was_exported(&self, path: &Path) -> bool {
        lock(&self.exported).contains(path)
    }
}

/// Frees the slot when the export ends, however it ends.
struct RunningExport<'a> {
    jobs: &'a BookletJobs,
    cancel: Arc<AtomicBool>,
}

impl Drop for RunningExport<'_> {
    fn drop(&mut self) {
        *lock(&self.jobs.running) = None;
    }
}

/// Nothing guarded here can be left half-changed by a panic, so a poisoned lock is still sound.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[tauri::command]
pub async fn export_booklet(
    app: AppHandle,
    state: State<'_, AppState>,
    jobs: State<'_, BookletJobs>,
    request: ExportRequest,
    path: PathBuf,
) -> Result<ExportedBooklet, IpcError> {
    if !path.is_absolute() {
        return Err(IpcError::new(
            "booklet.path_not_absolute",
            format!("{} is not a full path", path.display()),
        ));
    }
    let job = jobs.start()?;
    report(&app, Progress::READING);
    if let Some(name) = request
        .organisation
        .clone()
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
    {
        state
            .write(move |tx| settings::set(tx, settings::ORGANISATION_NAME, &name))
            .await?;
    }
    let logo = match request.logo_path.clone() {
        Some(logo_path) => Some(blocking(move || read_logo(&logo_path)).await??),
        None => None,
    };
    let request = request.into_request(logo);
    let today = Local::now().date_naive();
    // The database lock is held only while the profiles are read, not during the render.
    let input = state
        .with_connection(move |db| Ok(booklet_export::booklet_input(db, request, today)?))
        .await?;
    let mentors = input.mentors.len();
    let cancel = Arc::clone(&job.cancel);
    let out = path.clone();
    let booklet = blocking(move || {
        booklet_export::export(
            &input,
            &out,
            &mut |stage: BookletStage| report(&app, Progress::of(stage)),
            &cancel,
        )
    })
    .await??;
    jobs.remember(path.clone());
    Ok(ExportedBooklet {
        path,
        pages: booklet.layout.pages,
        bytes: booklet.pdf.len(),
        mentors,
    })
}

/// The mentors a booklet can show, for the view's counts and its hand-picked list.
#[tauri::command]
pub async fn list_booklet_mentors(state: State<'_, AppState>) -> Result<Vec<MentorProfile>, IpcError> {
    state.read(booklet_source::candidates).await
}

/// What the booklet view fills in before HR changes anything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BookletDefaults {
    organisation: String,
}

#[tauri::command]
pub async fn booklet_defaults(state: State<'_, AppState>) -> Result<BookletDefaults, IpcError> {
    state
        .read(|db| settings::get(db, settings::ORGANISATION_NAME))
        .await
        .map(|name| BookletDefaults {
            organisation: name.unwrap_or_default(),
        })
}

/// True when an export was running and has been asked to stop; it then fails with
/// `booklet.cancelled` and leaves no file behind.
#[tauri::command]
pub fn cancel_booklet(jobs: State<'_, BookletJobs>) -> bool {
    jobs.cancel()
}

/// Shows a booklet exported in this session in the file manager.
#[tauri::command]
pub async fn reveal_booklet(jobs: State<'_, BookletJobs>, path: PathBuf) -> Result<(), IpcError> {
    if !jobs.was_exported(&path) {
        return Err(IpcError::new(
            "booklet.not_exported",
            format!("{} was not exported in this session", path.display()),
        ));
    }
    if !path.is_file() {
        return Err(IpcError::new(
            "booklet.file_missing",
            format!("{} is no longer there", path.display()),
        ));
    }
    blocking(move || {
        tauri_plugin_opener::reveal_item_in_dir(&path)
            .map_err(|err| IpcError::new("booklet.reveal_failed", format!("{}: {err}", path.display())))
    })
    .await?
}

fn report(app: &AppHandle, progress: Progress) {
    if let Err(err) = app.emit(PROGRESS_EVENT, progress) {
        // Only the progress bar misses a step; the export itself goes on.
        eprintln!("mentorpool: booklet progress could not be reported: {err}");
    }
}

async fn blocking<T, F>(work: F) -> Result<T, IpcError>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|err| IpcError::internal(format!("booklet worker stopped: {err}")))
}

fn read_logo(path: &Path) -> Result<Vec<u8>, IpcError> {
    Ok(booklet_export::checked_logo(picked_file::read(path)?)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn request(value: serde_json::Value) -> ExportRequest {
        serde_json::from_value(value).expect("a valid request")
    }

    #[test]
    fn the_ui_request_becomes_a_booklet_request() {
        let picked = request(json!({
            "selection": {"kind": "mentors", "ids": [3, 5]},
            "language": "en",
            "title": "  Meet our mentors ",
            "pdfA": true,
            "logoPath": null,
        }))
        .into_request(None);
        assert_eq!(
            picked.selection,
            BookletSelection::Mentors(vec![MentorId::new(3), MentorId::new(5)])
        );
        assert_eq!(picked.language, UiLanguage::En);
        assert_eq!(picked.title.as_deref(), Some("Meet our mentors"));
        assert!(picked.pdf_a);

        let department = request(json!({
            "selection": {"kind": "department", "name": "Waterketen"},
            "language": "nl", "title": "   ", "pdfA": false, "logoPath": "/tmp/logo.png",
        }));
        assert_eq!(department.logo_path.as_deref(), Some(Path::new("/tmp/logo.png")));
        let department = department.into_request(None);
        assert_eq!(department.selection, BookletSelection::Department("Waterketen".into()));
        assert_eq!(department.title, None, "a blank title means the default one");

        let expertise: SelectionArg =
            serde_json::from_value(json!({"kind": "expertise", "name": "Asset management"})).unwrap();
        assert_eq!(
            BookletSelection::from(expertise),
            BookletSelection::Expertise("Asset management".into())
        );
        let all: SelectionArg = serde_json::from_value(json!({"kind": "all"})).unwrap();
        assert_eq!(BookletSelection::from(all), BookletSelection::All);
        assert!(serde_json::from_value::<SelectionArg>(json!({"kind": "everyone"})).is_err());
    }

    #[test]
    fn one_export_at_a_time_and_cancel_reaches_only_the_running_one() {
        let jobs = BookletJobs::default();
        assert!(!jobs.cancel(), "nothing runs yet");
        let first = jobs.start().unwrap();
        assert_eq!(jobs.start().err().map(|err| err.code), Some("booklet.busy"));
        assert!(jobs.cancel());
        assert!(first.cancel.load(Ordering::Relaxed));
        drop(first);
        let second = jobs.start().unwrap();
        assert!(
            !second.cancel.load(Ordering::Relaxed),
            "an earlier cancel does not stop the next export"
        );
    }

    #[test]
    fn progress_events_name_the_stage() {
        let json = serde_json::to_value(Progress::of(BookletStage::Typesetting)).unwrap();
        assert_eq!(json["stage"], "typesetting");
        assert!(json["fraction"].as_f64().unwrap() > 0.0);
        assert_eq!(Progress::of(BookletStage::WritingPdf).stage, "writing_pdf");
        assert_eq!(Progress::READING.fraction, 0.0);
    }

    #[test]
    fn only_exported_files_are_revealed() {
        let jobs = BookletJobs::default();
        let path = PathBuf::from("/tmp/boekje.pdf");
        assert!(!jobs.was_exported(&path));
        jobs.remember(path.clone());
        assert!(jobs.was_exported(&path));
    }

    #[test]
    fn a_logo_that_cannot_be_read_is_a_translated_error() {
        let missing = std::env::temp_dir().join(format!("mentorpool-no-logo-{}.png", std::process::id()));
        assert_eq!(read_logo(&missing).err().map(|err| err.code), Some("file.unreadable"));
    }
}

use crate::{state::AppState, IpcError};
use chrono::Local;
use mentorpool_demo::DemoSummary;
use mentorpool_domain::UiLanguage;
use mentorpool_store::settings::{self, Welcome};
use serde::Serialize;
use tauri::State;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StartupState {
    #[serde(flatten)]
    welcome: Welcome,
    data_dir: String,
    /// The OS's preferred languages, such as `nl-NL`; the UI follows them until the user chooses.
    os_locales: Vec<String>,
}

#[tauri::command]
pub async fn startup_state(state: State<'_, AppState>) -> Result<StartupState, IpcError> {
    let data_dir = state.data_dir().path().display().to_string();
    let os_locales = sys_locale::get_locales().collect();
    state.read(settings::welcome).await.map(|welcome| StartupState {
        welcome,
        data_dir,
        os_locales,
    })
}

#[tauri::command]
pub async fn load_demo(state: State<'_, AppState>) -> Result<DemoSummary, IpcError> {
    state
        .with_connection(|db| Ok(mentorpool_demo::load(db, Local::now().date_naive())?))
        .await
}

#[tauri::command]
pub async fn start_empty(state: State<'_, AppState>) -> Result<(), IpcError> {
    state.write(|tx| settings::finish_welcome(tx)).await
}

#[tauri::command]
pub async fn set_language(state: State<'_, AppState>, language: UiLanguage) -> Result<(), IpcError> {
    state.write(move |tx| settings::set_language(tx, language)).await
}

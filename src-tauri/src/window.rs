//! The desktop window: open the data dir, then hand the UI its commands.

use crate::focus_handover::{answer_focus_requests, ask_holder_to_focus};
use crate::startup_message::startup_message;
use crate::{cli, commands, state::AppState};
use mentorpool_store::{choices, StoreError};
use std::path::PathBuf;
use std::process::ExitCode;
use tauri::{WebviewUrl, WebviewWindowBuilder};
use tauri_plugin_dialog::{DialogExt, MessageDialogKind};

const MAIN_WINDOW: &str = "main";

pub fn open(data_dir: Option<PathBuf>) -> ExitCode {
    let state = match cli::open_data_dir(data_dir) {
        Ok((dir, mut conn)) => {
            expire_overdue_choices(&mut conn);
            AppState::new(dir, conn)
        }
        Err(StoreError::DataDirInUse(path)) if ask_holder_to_focus(&path) => {
            println!(
                "Mentorpool is already open on {}; it has been brought to the front.",
                path.display()
            );
            return ExitCode::SUCCESS;
        }
        Err(err) => return refuse_to_start(&err),
    };
    let data_dir = state.data_dir().path().to_path_buf();
    let outcome = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .manage(commands::BookletJobs::default())
        .invoke_handler(commands::handler())
        .setup(move |app| {
            WebviewWindowBuilder::new(app, MAIN_WINDOW, WebviewUrl::default())
                .title("Mentorpool")
                .inner_size(1280.0, 800.0)
                .min_inner_size(960.0, 600.0)
                .build()?;
            answer_focus_requests(app.handle().clone(), data_dir, MAIN_WINDOW);
            Ok(())
        })
        .run(tauri::generate_context!());
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("mentorpool: the window could not start: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Choices HR did not decide on in time stop holding a mentor's place. Every choice write does
/// this too; doing it at start-up keeps the places newcomers see right from the first screen.
/// A failure here only delays that, so the window still opens.
fn expire_overdue_choices(conn: &mut mentorpool_store::Connection) {
    let today = chrono::Local::now().date_naive();
    if let Err(err) = mentorpool_store::write(conn, |tx| choices::expire_overdue(tx, today)) {
        eprintln!("mentorpool: overdue mentor choices could not be marked expired: {err}");
    }
}

/// Someone who started the app from a menu sees no terminal, so the reason it cannot start
/// (another Mentorpool on the same data, a network folder, a newer database) also appears in
/// a message box.
fn refuse_to_start(err: &StoreError) -> ExitCode {
    eprintln!("mentorpool: {err}");
    let (title, message) = startup_message(err);
    let shown = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            let handle = app.handle().clone();
            app.dialog()
                .message(message)
                .title(title)
                .kind(MessageDialogKind::Error)
                .show(move |_| handle.exit(1));
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(err) = shown {
        eprintln!("mentorpool: could not show the message: {err}");
    }
    ExitCode::FAILURE
}

//! A second start on a data dir that a window already holds brings that window to the front
//! instead of failing. It works through a request file in the data dir, because the OS lock
//! is per data dir while D-Bus based single-instance plugins are per app and absent on
//! headless machines.

use std::fs;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};
use tauri::{AppHandle, Manager};

const REQUEST_FILE: &str = "mentorpool.focus-request";
const POLL: Duration = Duration::from_millis(400);
/// How long a second start waits for the first to answer; a CLI command holding the lock never does.
const ANSWER_WITHIN: Duration = Duration::from_secs(3);

/// Asks the window that holds `data_dir` to come to the front. True when it answered.
pub fn ask_holder_to_focus(data_dir: &Path) -> bool {
    let request = request_path(data_dir);
    if fs::write(&request, b"focus").is_err() {
        return false;
    }
    let asked = Instant::now();
    while asked.elapsed() < ANSWER_WITHIN {
        if !request.exists() {
            return true;
        }
        thread::sleep(POLL);
    }
    // Nobody answered: take the request back so a later window does not act on it.
    let _ = fs::remove_file(&request);
    false
}

/// Answers focus requests for as long as the app runs.
pub fn answer_focus_requests(app: AppHandle, data_dir: PathBuf, window_label: &'static str) {
    let request = request_path(&data_dir);
    // A request left behind by a crashed second start is not a request for us.
    let _ = fs::remove_file(&request);
    thread::spawn(move || loop {
        thread::sleep(POLL);
        if fs::remove_file(&request).is_ok() {
            if let Some(window) = app.get_webview_window(window_label) {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        }
    });
}

fn request_path(data_dir: &Path) -> PathBuf {
    data_dir.join(REQUEST_FILE)
}

//! End-to-end tests of the real Mentorpool window, driven through tauri-driver and WebKitWebDriver.
//!
//! They need an X display, tauri-driver and WebKitWebDriver, and the app built from this tree; the
//! README's test command provides all of that:
//!
//! ```text
//! cargo build -p mentorpool
//! xvfb-run -a -s "-screen 0 1280x800x24" cargo test -p mentorpool-tests --test e2e -- --test-threads=1
//! ```
//!
//! Screenshots of each step land in target/e2e-screens/ (and `<test>-failure.png` when one fails).

mod harness;
mod newcomer_steps;

mod decline_and_withdraw;
mod expired_choice;
mod export_booklet;
mod fresh_graduate;
mod import_employees;
mod informal_mentor;
mod language;
mod manager_as_mentor;
mod newcomer_journey;
mod persistence;
mod poll_round;
mod refused_photo;
mod screen_and_publish;
mod search_and_notes;
mod second_start;
mod validation;
mod welcome_demo;

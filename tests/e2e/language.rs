//! The language follows the OS locale at first, switches at once when the user picks another
//! one, and the choice is remembered in the data dir across restarts.

use crate::harness::{stored_setting, tr, App, E2eTest};

#[test]
fn the_chosen_language_applies_at_once_and_is_remembered() {
    let mut test = E2eTest::start("language");
    // The harness starts the app with LANG=C.UTF-8 and LANGUAGE=en: an English OS.
    let app = test.launch();
    app.wait_for_boot();
    app.click("#welcome-empty");
    app.wait_gone("#welcome");
    assert_labels(&app, "en");
    assert_eq!(app.value("#language-select"), "en");
    app.screenshot("1-english");

    app.select("#language-select", "nl");
    assert_labels(&app, "nl");
    app.screenshot("2-dutch");
    // The UI switches before the core has stored the choice; closing the app in between would
    // lose it, so wait until it is in the data dir (a person takes longer than that to quit).
    let data_dir = test.data_dir().to_path_buf();
    app.wait_until("the language choice is stored in the data dir", |app| {
        let stored = stored_setting(&data_dir, mentorpool_store::settings::LANGUAGE);
        app.note(format!("stored: {stored:?}"));
        Ok((stored.as_deref() == Some("nl")).then_some(()))
    });
    app.close();

    // The OS is still English, but the remembered choice wins.
    let app = test.launch();
    app.wait_for_boot();
    assert_labels(&app, "nl");
    assert_eq!(app.value("#language-select"), "nl");
    app.screenshot("3-dutch-after-restart");
    app.close();
}

/// The app title, the navigation and the people view's heading are in `lang`, and the page says
/// so (`<html lang>`, for screen readers and hyphenation).
fn assert_labels(app: &App, lang: &str) {
    app.wait_for_text("#nav-people", &tr(lang, "nav.people"));
    app.wait_for_text("#nav-mentors", &tr(lang, "nav.mentors"));
    app.wait_for_text("#app-title", &tr(lang, "app.title"));
    app.wait_for_text("#people-title", &tr(lang, "people.title"));
    let page_lang = app.script("return document.documentElement.lang", Vec::new());
    assert_eq!(
        page_lang.as_str(),
        Some(lang),
        "<html lang> does not match the language shown"
    );
}

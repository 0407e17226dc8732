//! A newcomer browses all mentors in the real window: the search finds names typed without
//! their accents, the filters narrow the list, the profile shows the career path as a timeline,
//! and a private note is saved as it is typed.

use crate::harness::{tr, App, E2eTest};
use crate::newcomer_steps::{mentor_ids, open_area_as};
use mentorpool_domain::PersonId;
use mentorpool_store::{marks, DATABASE_FILE};
use std::path::Path;

const NEWCOMER: &str = "Anaïs van Vliet";
const NOTE: &str = "Vragen naar haar overstap van Financiën; ze weet hoe je een team achter je krijgt.";

#[test]
fn a_newcomer_searches_without_accents_filters_reads_a_profile_and_keeps_a_private_note() {
    let mut test = E2eTest::start("search_and_notes");
    let app = test.launch();
    app.open_demo();
    open_area_as(&app, NEWCOMER, "anais");
    app.click("#newcomer-tab-search");
    app.wait_for("#mentor-search-text");
    let everyone = app.wait_until("the result count", |app| Ok(count_shown(app)));
    assert!(everyone > 10, "the search starts with only {everyone} mentors");

    // Names typed the way people type them on a laptop, without their accents.
    for (typed, name) in [
        ("ozturk", "Hatice Öztürk"),
        ("yilmaz", "Emre Yılmaz"),
        ("noel", "Noël Brouwer"),
    ] {
        app.type_into("#mentor-search-text", typed);
        wait_for_names(&app, |names| names.first().map(String::as_str) == Some(name));
    }
    app.screenshot("1-found-without-accents");

    // Filters: a department, then at least three free places.
    app.erase("#mentor-search-text");
    wait_for_count(&app, everyone);
    app.select("#mentor-search-department", "Financiën");
    let finance = wait_for_names(&app, |names| !names.is_empty() && names.len() < everyone);
    assert!(
        finance.contains(&"Hatice Öztürk".to_string()),
        "Financiën without Hatice Öztürk: {finance:?}"
    );
    for id in mentor_ids(&app, "search-card-") {
        let department = app.text(&format!("#search-card-{id} .card-heading .muted"));
        assert_eq!(department, "Financiën", "a card outside Financiën");
    }
    app.screenshot("2-department");
    app.click("#mentor-search-clear");
    wait_for_count(&app, everyone);
    app.select("#mentor-search-places", "3");
    wait_for_names(&app, |names| !names.is_empty() && names.len() < everyone);
    for id in mentor_ids(&app, "search-card-") {
        let badge = app.text(&format!("#search-card-{id} .places-badge"));
        let places = number_in(&badge).unwrap_or_else(|| panic!("no number in {badge:?}"));
        assert!(places >= 3, "a mentor with {places} free places under \"at least 3\"");
    }
    app.click("#mentor-search-clear");
    wait_for_count(&app, everyone);

    // The profile: the career path as a timeline, and a private note saved while typing.
    app.type_into("#mentor-search-text", "ozturk");
    wait_for_names(&app, |names| names == ["Hatice Öztürk"]);
    let mentor = mentor_ids(&app, "search-card-")[0];
    app.click(&format!("#profile-open-{mentor}"));
    app.wait_for("#newcomer-profile-dialog .profile-timeline .timeline-item");
    app.type_into(&format!("#profile-note-{mentor}"), NOTE);
    app.wait_for_text(
        &format!("#profile-note-{mentor}-status"),
        &tr("en", "newcomer.profile.note.saved"),
    );
    app.screenshot("3-profile-with-note");
    assert_eq!(stored_note(test.data_dir(), NEWCOMER, mentor).as_deref(), Some(NOTE));
    app.close();
}

/// The number the result count shows, once it shows one ("No mentors found" has none).
fn count_shown(app: &App) -> Option<usize> {
    number_in(&app.text("#mentor-search-count"))
}

fn number_in(text: &str) -> Option<usize> {
    text.split_whitespace().find_map(|word| word.parse().ok())
}

fn wait_for_count(app: &App, expected: usize) {
    app.wait_until(&format!("the result count is {expected}"), |app| {
        Ok((count_shown(app) == Some(expected)).then_some(()))
    });
}

/// Waits until the names on the result cards satisfy `done`, and returns them.
fn wait_for_names(app: &App, done: impl Fn(&[String]) -> bool) -> Vec<String> {
    app.wait_until("the search results", |app| {
        let names = app.script(
            "return [...document.querySelectorAll('[id^=\"search-card-\"] .card-title')].map((e) => e.textContent)",
            vec![],
        );
        let names: Vec<String> = serde_json::from_value(names).unwrap_or_default();
        app.note(format!("{names:?}"));
        Ok(done(&names).then_some(names))
    })
}

/// The note as the app stored it, read from the database the way the app reads it.
fn stored_note(data_dir: &Path, newcomer: &str, mentor: i64) -> Option<String> {
    let conn =
        rusqlite::Connection::open_with_flags(data_dir.join(DATABASE_FILE), rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .ok()?;
    let person: PersonId = conn
        .query_row("SELECT id FROM person WHERE name = ?1", [newcomer], |row| row.get(0))
        .ok()?;
    marks::list(&conn, person)
        .ok()?
        .into_iter()
        .find(|mark| mark.mentor_id.get() == mentor)
        .map(|mark| mark.note)
}

//! What HR enters survives a restart: a person with a name full of diacritics and punctuation,
//! made a mentor candidate, is still there after the app is closed and started again.

use crate::harness::{tr, App, E2eTest};

const NAME: &str = "Zoë 't Hart-Çelik";
const EMAIL: &str = "zoe.thart-celik@example.org";
const EMPLOYEE_NUMBER: &str = "E2E-0042";
const DEPARTMENT: &str = "Beleid & Advies";

#[test]
fn a_person_and_a_mentor_candidate_survive_a_restart() {
    let mut test = E2eTest::start("persistence");
    let app = test.launch();
    app.wait_for_boot();
    app.click("#welcome-empty");
    app.wait_gone("#welcome");

    app.click("#nav-people");
    app.wait_for("#people-view");
    app.click("#person-add");
    app.wait_for("#person-form");
    app.type_into("#person-name", NAME);
    app.type_into("#person-email", EMAIL);
    app.type_into("#person-employee-number", EMPLOYEE_NUMBER);
    app.type_into("#person-department", DEPARTMENT);
    app.screenshot("1-form");
    app.click("#person-save");
    app.wait_gone("#person-form");
    wait_for_person_row(&app);
    app.screenshot("2-added");

    open_person_and_check_fields(&app);
    app.click("#person-make-mentor");
    app.wait_gone("#person-form");

    app.click("#nav-mentors");
    wait_for_candidate_card(&app);
    app.screenshot("3-candidate");
    app.close();
    assert!(
        test.data_dir().join(mentorpool_store::DATABASE_FILE).is_file(),
        "the app did not store its database in the --data-dir it was given ({})",
        test.data_dir().display()
    );

    // Restart on the same data dir: straight into the app, everything still there.
    let app = test.launch();
    app.wait_for_boot();
    assert!(
        !app.is_visible("#welcome"),
        "the welcome came back after a restart on a data dir with data"
    );
    app.wait_for("#people-view");
    wait_for_person_row(&app);
    assert_eq!(
        app.count("tr[data-person-id]"),
        1,
        "exactly the one person added before the restart"
    );
    app.screenshot("4-restarted-people");
    open_person_and_check_fields(&app);
    app.click("#person-cancel");
    app.wait_gone("#person-form");
    app.click("#nav-mentors");
    wait_for_candidate_card(&app);
    assert_eq!(
        app.count("[data-mentor-id]"),
        1,
        "exactly the one mentor candidate made before the restart"
    );
    app.screenshot("5-restarted-mentors");
    app.close();
}

/// The people list shows the person's row, with name and department.
fn wait_for_person_row(app: &App) {
    app.wait_until(&format!("the people list shows {NAME}"), |app| {
        let rows = app.texts("tr[data-person-id]")?;
        app.note(format!("rows: {rows:?}"));
        Ok(rows
            .iter()
            .any(|row| row.contains(NAME) && row.contains(DEPARTMENT))
            .then_some(()))
    });
}

/// Opens the (only) person in the form: what comes back from the database is exactly what was typed.
fn open_person_and_check_fields(app: &App) {
    app.click("tr[data-person-id] button[data-edit-person]");
    app.wait_for("#person-form");
    assert_eq!(app.value("#person-name"), NAME);
    assert_eq!(app.value("#person-email"), EMAIL);
    assert_eq!(app.value("#person-employee-number"), EMPLOYEE_NUMBER);
    assert_eq!(app.value("#person-department"), DEPARTMENT);
}

/// The mentors list shows the person as a candidate.
fn wait_for_candidate_card(app: &App) {
    app.wait_for("#mentors-view");
    // Compared without case: a badge may be styled in capitals, and WebDriver reads text as shown.
    let candidate = tr("en", "status.candidate").to_lowercase();
    app.wait_until(&format!("the mentors list shows {NAME} as {candidate:?}"), |app| {
        let cards = app.texts("[data-mentor-id]")?;
        app.note(format!("cards: {cards:?}"));
        Ok(cards
            .iter()
            .any(|card| card.contains(NAME) && card.to_lowercase().contains(&candidate))
            .then_some(()))
    });
}

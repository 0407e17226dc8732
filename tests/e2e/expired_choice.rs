//! A choice HR left undecided past its date expires: after a restart the newcomer sees it as
//! expired and may choose again, HR has nothing left to decide, and the mentor's place is free.

use crate::harness::{tr, E2eTest};
use crate::newcomer_steps::{mentor_ids, open_area_as};
use mentorpool_domain::matching::CHOICE_VALID_DAYS;
use mentorpool_store::DATABASE_FILE;
use rusqlite::Connection;
use std::path::Path;

/// A demo newcomer whose choice waits for HR.
const NEWCOMER: &str = "Yassine El Idrissi";

#[test]
fn an_undecided_choice_expires_and_frees_the_place() {
    let mut test = E2eTest::start("expired_choice");
    let app = test.launch();
    app.open_demo();
    app.wait_for("#people-view");
    app.close();

    // Forty days pass without HR deciding.
    let (choice, mentor) = backdate_open_choice(test.data_dir(), 40);
    let places_before = places_available(test.data_dir(), mentor);

    let app = test.launch();
    app.wait_for_boot();
    open_area_as(&app, NEWCOMER, "yassine");
    app.click("#newcomer-tab-choice");
    app.wait_for_text(&format!("#choice-status-{choice}"), &tr("en", "choice.status.expired"));
    app.wait_for("#choice-new");
    assert!(
        mentor_ids(&app, "choice-withdraw-").is_empty(),
        "an expired choice can still be withdrawn"
    );
    app.screenshot("1-expired");

    app.click("#nav-choices");
    app.wait_for("#choices-view");
    app.wait_for_text("#choices-count", &tr("en", "choices.count.zero"));
    app.close();

    assert_eq!(
        stored_status(test.data_dir(), choice),
        "expired",
        "the start-up did not store the expiry"
    );
    assert_eq!(
        places_available(test.data_dir(), mentor),
        places_before + 1,
        "the place the choice held is not free again"
    );
}

fn database(data_dir: &Path) -> Connection {
    Connection::open(data_dir.join(DATABASE_FILE)).expect("the app's database opens")
}

/// Moves the newcomer's open choice `days` into the past; returns it and its first pick.
fn backdate_open_choice(data_dir: &Path, days: i64) -> (i64, i64) {
    let conn = database(data_dir);
    let (choice, mentor): (i64, i64) = conn
        .query_row(
            "SELECT c.id, k.mentor_id FROM mentor_choice c
               JOIN person p ON p.id = c.newcomer_id
               JOIN mentor_choice_pick k ON k.choice_id = c.id AND k.rank = 0
              WHERE p.name = ?1 AND c.status = 'submitted'",
            [NEWCOMER],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .expect("the demo has an open choice");
    conn.execute(
        "UPDATE mentor_choice SET submitted_on = date('now', ?2), expires_on = date('now', ?3) WHERE id = ?1",
        rusqlite::params![
            choice,
            format!("-{days} days"),
            format!("-{} days", days - i64::from(CHOICE_VALID_DAYS))
        ],
    )
    .expect("the choice is backdated");
    (choice, mentor)
}

fn stored_status(data_dir: &Path, choice: i64) -> String {
    database(data_dir)
        .query_row("SELECT status FROM mentor_choice WHERE id = ?1", [choice], |row| {
            row.get(0)
        })
        .expect("the choice is stored")
}

fn places_available(data_dir: &Path, mentor: i64) -> i64 {
    database(data_dir)
        .query_row(
            "SELECT places_available FROM mentor_places WHERE mentor_id = ?1",
            [mentor],
            |row| row.get(0),
        )
        .expect("the mentor has places")
}

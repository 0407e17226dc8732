//! First start on an empty data dir: the welcome offers the demo organisation, and loading it fills
//! the mentor pool.

use crate::harness::{tr, E2eTest};

#[test]
fn the_welcome_loads_the_demo_organisation_with_its_mentor_pool() {
    let mut test = E2eTest::start("welcome_demo");
    let app = test.launch();

    app.wait_for_boot();
    app.wait_for("#welcome");
    app.wait_for_text("#welcome h1", &tr("en", "welcome.title"));
    app.screenshot("1-welcome");

    app.click("#welcome-demo");
    app.wait_gone("#welcome");
    app.wait_for("#people-view");
    app.wait_until("the demo people are listed", |app| {
        Ok((app.count("tr[data-person-id]") > 0).then_some(()))
    });
    app.screenshot("2-people");

    app.click("#nav-mentors");
    app.wait_for("#mentors-view");
    app.select("#mentors-status-filter", "all");
    let names = app.wait_until("at least 30 demo mentors are listed", |app| {
        let cards = app.texts("[data-mentor-id]")?;
        app.note(format!("{} mentor cards", cards.len()));
        Ok((cards.len() >= 30).then_some(cards))
    });
    let count_text = app.text("#mentors-count");
    assert!(
        count_text.contains(&names.len().to_string()),
        "#mentors-count says {count_text:?}, but {} cards are shown",
        names.len()
    );
    // The demo is a Dutch organisation: some names carry diacritics (ë, é, ç, ...), and they must
    // come through the database, IPC and WebKit intact.
    assert!(
        names
            .iter()
            .any(|card| card.chars().any(|c| c.is_alphabetic() && !c.is_ascii())),
        "no mentor card shows a non-ASCII letter; cards: {names:#?}"
    );
    app.screenshot("3-mentors");
    app.close();
}

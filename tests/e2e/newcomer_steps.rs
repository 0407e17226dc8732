//! Steps the newcomer journeys share: opening the newcomer area as someone, the intake, and
//! reading what the area shows.

use crate::harness::{tr, App};
use serde_json::{json, Value};

/// A motivation of a couple of sentences, as the choice asks for.
pub const MOTIVATION: &str = "Ik wil de organisatie van binnenuit leren kennen en mijn vak verbreden. \
                              Deze mentor heeft die stap zelf gezet en kan me helpen mijn eigen weg te vinden.";

/// Opens the newcomer area from the sidebar and picks `name` from "Who are you?", typing
/// `search` (without diacritics, as people type on a laptop) to find them.
pub fn open_area_as(app: &App, name: &str, search: &str) {
    app.click("#nav-newcomer");
    if app.is_visible("#newcomer-switch") {
        app.click("#newcomer-switch");
    }
    app.type_into("#newcomer-search-person", search);
    // Until the search answers, the list shows the recent starters, who move when the matches
    // replace them: a click in between lands where the person no longer is.
    let matches_heading = ["en", "nl"].map(|lang| tr(lang, "newcomer.identify.matches"));
    let button = app.wait_until(&format!("{name} among the matches for {search:?}"), |app| {
        let id = app.script(
            "const heading = document.getElementById('newcomer-people-heading')?.textContent;
            if (!arguments[1].includes(heading)) return null;
            return [...document.querySelectorAll('[id^=\"newcomer-person-\"]')]
                .find((b) => b.textContent.includes(arguments[0]))?.id ?? null",
            vec![json!(name), json!(matches_heading)],
        );
        Ok(id.as_str().map(String::from))
    });
    app.click(&format!("#{button}"));
    app.wait_for_text("#newcomer-name", name);
}

/// Fills in "About you" with a career phase, an ambition and topics from the vocabulary, and
/// saves it.
pub fn save_intake(app: &App, phase: &str, ambition: &str, topics: &[&str]) {
    app.click("#newcomer-tab-intake");
    app.wait_for("#intake-form");
    app.click(&format!("label[for=\"intake-phase-{phase}\"]"));
    app.click(&format!("label[for=\"intake-ambition-{ambition}\"]"));
    for topic in topics {
        app.type_into("#intake-topics", topic);
        app.press_enter("#intake-topics");
    }
    app.click("#intake-save");
    app.wait_for("#intake-to-suggestions");
}

/// The mentor ids of the elements whose id starts with `prefix` and ends in the mentor id, in
/// page order.
pub fn mentor_ids(app: &App, prefix: &str) -> Vec<i64> {
    let ids = app.script(
        "return [...document.querySelectorAll(`[id^=\"${arguments[0]}\"]`)]
            .map((e) => Number(e.id.slice(arguments[0].length)))
            .filter((n) => Number.isInteger(n) && n > 0)",
        vec![json!(prefix)],
    );
    ids.as_array()
        .map(|list| list.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default()
}

/// Waits for the suggestions and returns the suggested mentors' ids, best first.
pub fn suggested_mentors(app: &App) -> Vec<i64> {
    app.click("#newcomer-tab-suggestions");
    app.wait_until("suggestions", |app| {
        let ids = mentor_ids(app, "suggestion-card-");
        Ok((!ids.is_empty()).then_some(ids))
    })
}

/// Writes the motivation in the open choice dialog and goes on to the confirmation screen.
pub fn motivate_and_continue(app: &App) {
    app.wait_for("#choice-dialog");
    app.type_into("#choice-motivation", MOTIVATION);
    app.click("#choice-next");
    app.wait_for("#choice-submit");
}

/// After submitting: the choice tab shows the choice with status "Submitted"; returns its id.
pub fn submitted_choice(app: &App) -> i64 {
    app.wait_for("#choice-tab");
    let id = app.wait_until("a choice on the choice tab", |app| {
        Ok(mentor_ids(app, "choice-status-").first().copied())
    });
    app.wait_for_text(&format!("#choice-status-{id}"), &tr("en", "choice.status.submitted"));
    id
}

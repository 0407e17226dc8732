//! The newcomer's whole journey in the real window: orientation, "About you", suggestions
//! with reasons, a shortlist of two, compare, and a choice with a motivation, status
//! "Submitted". After a restart the progress, the shortlist and the choice are all still there.

use crate::harness::{tr, E2eTest};
use crate::newcomer_steps::{
    mentor_ids, motivate_and_continue, open_area_as, save_intake, submitted_choice, suggested_mentors,
};

/// A featured demo newcomer at the start: no intake, nothing read, no choice.
const NEWCOMER: &str = "Anaïs van Vliet";

#[test]
fn a_newcomer_orients_shortlists_compares_and_chooses_and_it_survives_a_restart() {
    let mut test = E2eTest::start("newcomer_journey");
    let app = test.launch();
    app.open_demo();
    open_area_as(&app, NEWCOMER, "anais");
    app.screenshot("1-area");

    // Orientation: read the first two chapters; each is marked read and the next opens.
    app.click("#orientation-start");
    app.wait_for("#orientation-mark-read");
    app.wait_for_text("#orientation-chapter-title", &chapter_title(0));
    app.screenshot("2-chapter");
    app.click("#orientation-mark-read");
    app.wait_for_text("#orientation-chapter-title", &chapter_title(1));
    app.click("#orientation-mark-read");
    app.wait_for_text("#orientation-chapter-title", &chapter_title(2));

    // About you: early career, wants to broaden sideways, two topics from the vocabulary.
    save_intake(
        &app,
        "early_career",
        "horizontal",
        &["Juridisch advies", "Omgevingswet"],
    );
    app.screenshot("3-intake");

    // Suggestions with reasons in plain words.
    let suggested = suggested_mentors(&app);
    assert!(suggested.len() >= 5, "only {} suggestions", suggested.len());
    let reasons = app
        .texts(&format!("#suggestion-card-{} .reason", suggested[0]))
        .unwrap_or_default();
    assert!(!reasons.is_empty(), "the best suggestion gives no reasons");
    app.screenshot("4-suggestions");

    // A shortlist of two, and both side by side.
    let (first, second) = (suggested[0], suggested[1]);
    for mentor in [first, second] {
        app.click(&format!("#star-{mentor}"));
        app.wait_for(&format!("#star-{mentor}[aria-pressed=\"true\"]"));
        app.click(&format!("#compare-toggle-{mentor}"));
        app.wait_for(&format!("#compare-toggle-{mentor}[aria-pressed=\"true\"]"));
    }
    app.click("#newcomer-tab-shortlist");
    app.wait_for(&format!("#shortlist-item-{first}"));
    app.wait_for(&format!("#shortlist-item-{second}"));
    app.click("#newcomer-tab-compare");
    app.wait_for(&format!("#compare-column-{first}"));
    app.wait_for(&format!("#compare-column-{second}"));
    assert!(
        !app.texts(&format!("#compare-column-{first} .reason"))
            .unwrap_or_default()
            .is_empty(),
        "compare shows no reasons"
    );
    app.screenshot("5-compare");

    // Choose the first, with a motivation; the confirmation screen, then "Submitted".
    app.click(&format!("#compare-choose-{first}"));
    motivate_and_continue(&app);
    app.screenshot("6-confirm");
    app.click("#choice-submit");
    let choice = submitted_choice(&app);
    app.screenshot("7-submitted");
    app.close();

    // After a restart everything is where the newcomer left it.
    let app = test.launch();
    app.wait_for_boot();
    open_area_as(&app, NEWCOMER, "van vliet");
    app.wait_for_text("#newcomer-tab-orientation .tab-badge", "2/6");
    app.click("#newcomer-tab-shortlist");
    app.wait_for(&format!("#shortlist-item-{first}"));
    assert_eq!(
        mentor_ids(&app, "shortlist-item-").len(),
        2,
        "the shortlist lost or gained a mentor"
    );
    app.click("#newcomer-tab-choice");
    app.wait_for_text(
        &format!("#choice-status-{choice}"),
        &tr("en", "choice.status.submitted"),
    );
    app.screenshot("8-after-restart");
    app.close();
}

fn chapter_title(index: usize) -> String {
    let chapters = mentorpool_domain::orientation::chapters(mentorpool_domain::UiLanguage::En);
    chapters[index].title.clone()
}

//! A newcomer who wants to broaden sideways chooses their own manager as mentor: the manager
//! is listed last with the rule's explanation, the confirmation screen warns with the article's
//! reasons, the choice cannot be sent without ticking that it was read, and HR sees it flagged.

use crate::harness::{tr, E2eTest};
use crate::newcomer_steps::{
    mentor_ids, motivate_and_continue, open_area_as, save_intake, submitted_choice, suggested_mentors,
};

/// A featured demo newcomer whose direct manager, Linh Nguyen, is an approved mentor with room.
const NEWCOMER: &str = "Daniël Ruiz";
const MANAGER: &str = "Linh Nguyen";

#[test]
fn choosing_the_manager_with_a_horizontal_ambition_needs_an_explicit_confirmation() {
    let mut test = E2eTest::start("manager_as_mentor");
    let app = test.launch();
    app.open_demo();
    open_area_as(&app, NEWCOMER, "daniel ruiz");
    save_intake(&app, "early_career", "horizontal", &["Data & analyse"]);

    // The manager is not ranked first: last, in a group of their own that says why.
    let suggested = suggested_mentors(&app);
    app.wait_for("#suggestions-reporting-line");
    let manager = suggested
        .iter()
        .copied()
        .find(|id| app.text(&format!("#suggestion-card-{id} .card-title")) == MANAGER)
        .expect("the manager is among the suggestions");
    assert_eq!(suggested.last(), Some(&manager), "the manager is not listed last");
    assert!(
        app.text("#suggestions-reporting-line").contains(MANAGER),
        "the manager is not in the reporting-line group"
    );
    app.screenshot("1-manager-last");

    // Choosing the manager: a clear warning with the reasons and their source.
    app.click(&format!("#choose-{manager}"));
    motivate_and_continue(&app);
    app.wait_for("#advice-manager_as_mentor_horizontal");
    let warning = app.text("#advice-manager_as_mentor_horizontal");
    assert!(
        warning.contains("Van der Heijden 1998"),
        "the warning cites no source: {warning}"
    );
    app.screenshot("2-warning");

    // Not without the explicit confirmation.
    app.click("#choice-submit");
    app.wait_for_text("#choice-error", &tr("en", "error.choice.confirmation_required"));
    assert!(
        mentor_ids(&app, "choice-status-").is_empty(),
        "a choice was sent without the confirmation"
    );
    app.click("#choice-confirm-manager");
    app.click("#choice-submit");
    let choice = submitted_choice(&app);
    app.screenshot("3-submitted");

    // HR sees the choice flagged.
    app.click("#nav-choices");
    app.wait_for("#choices-view");
    app.wait_for(&format!("#choices-flag-{choice}"));
    app.screenshot("4-flagged-for-hr");
    app.close();
}

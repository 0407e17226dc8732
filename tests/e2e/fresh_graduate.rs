//! A fresh graduate sees the advice that a coach fits the first years best (Van der Sluis
//! 2000), in "About you" and again when choosing, and can still go on with a mentor.

use crate::harness::E2eTest;
use crate::newcomer_steps::{motivate_and_continue, open_area_as, save_intake, submitted_choice, suggested_mentors};

/// A featured demo newcomer in her traineeship.
const NEWCOMER: &str = "Zoë Çelik";

#[test]
fn a_fresh_graduate_gets_the_coaching_advice_and_may_still_choose_a_mentor() {
    let mut test = E2eTest::start("fresh_graduate");
    let app = test.launch();
    app.open_demo();
    open_area_as(&app, NEWCOMER, "zoe celik");

    app.click("#newcomer-tab-intake");
    app.wait_for("#intake-form");
    app.click("label[for=\"intake-phase-fresh_graduate\"]");
    app.wait_for("#intake-coach-note .intake-note");
    assert!(app.text("#intake-coach-note").contains("Van der Sluis 2000"));
    app.screenshot("1-intake-advice");
    save_intake(&app, "fresh_graduate", "unsure", &["Waterkwaliteit"]);

    let suggested = suggested_mentors(&app);
    app.click(&format!("#choose-{}", suggested[0]));
    motivate_and_continue(&app);
    app.wait_for("#advice-coaching_fits_first_years");
    assert!(app
        .text("#advice-coaching_fits_first_years")
        .contains("Van der Sluis 2000"));
    app.screenshot("2-coaching-advice");

    // The advice never blocks: no confirmation is asked and the choice goes through.
    assert!(!app.is_visible("#choice-confirm-manager"));
    app.click("#choice-submit");
    submitted_choice(&app);
    app.screenshot("3-submitted");
    app.close();
}

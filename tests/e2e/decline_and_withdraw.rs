//! HR declines a newcomer's choice, and must say why; the newcomer reads the reason, chooses
//! again, and withdraws that choice.

use crate::harness::{tr, E2eTest};
use crate::newcomer_steps::{mentor_ids, motivate_and_continue, open_area_as, suggested_mentors};

/// A demo newcomer whose choice waits for HR.
const NEWCOMER: &str = "Yassine El Idrissi";
const REASON: &str = "Deze mentor gaat in maart voor een half jaar met verlof; kies gerust opnieuw.";

#[test]
fn hr_declines_with_a_reason_the_newcomer_reads_and_a_new_choice_can_be_withdrawn() {
    let mut test = E2eTest::start("decline_and_withdraw");
    let app = test.launch();
    app.open_demo();

    // HR: the open choice, declined; first without a reason, which is refused.
    app.click("#nav-choices");
    app.wait_for("#choices-view");
    let open = app.wait_until(&format!("{NEWCOMER}'s open choice"), |app| {
        Ok(mentor_ids(app, "choices-decline-").first().copied())
    });
    assert!(
        app.text(&format!("#choices-{open}-title")).contains(NEWCOMER),
        "the open choice is not {NEWCOMER}'s"
    );
    app.click(&format!("#choices-decline-{open}"));
    app.click("#choices-decline-confirm");
    app.wait_for_text("#choices-decline-error", &tr("en", "error.choice.decline_needs_reason"));
    app.type_into("#choices-decline-reason", REASON);
    app.click("#choices-decline-confirm");
    app.wait_gone(&format!("#choices-decline-{open}"));
    app.click("label[for=\"choices-show-decided\"]");
    app.wait_for_text(&format!("#choices-status-{open}"), &tr("en", "choice.status.declined"));
    app.screenshot("1-hr-declined");

    // The newcomer reads why.
    open_area_as(&app, NEWCOMER, "yassine");
    app.click("#newcomer-tab-choice");
    app.wait_for_text(&format!("#choice-status-{open}"), &tr("en", "choice.status.declined"));
    let reason = app.text(&format!("[data-choice-id=\"{open}\"] .ch-decline-reason blockquote"));
    assert_eq!(reason, REASON);
    app.screenshot("2-newcomer-reads-the-reason");

    // A new choice, and then withdrawn: its place is free again, the declined one stays on record.
    let suggested = suggested_mentors(&app);
    app.click(&format!("#choose-{}", suggested[0]));
    motivate_and_continue(&app);
    app.click("#choice-submit");
    app.wait_for("#choice-tab");
    let again = app.wait_until("the new choice", |app| {
        Ok(mentor_ids(app, "choice-withdraw-").first().copied())
    });
    app.wait_for_text(&format!("#choice-status-{again}"), &tr("en", "choice.status.submitted"));
    app.click(&format!("#choice-withdraw-{again}"));
    app.click("#choice-withdraw-confirm");
    app.wait_for_text(&format!("#choice-status-{again}"), &tr("en", "choice.status.withdrawn"));
    app.wait_for_text(&format!("#choice-status-{open}"), &tr("en", "choice.status.declined"));
    assert_eq!(
        mentor_ids(&app, "choice-withdraw-").len(),
        0,
        "a withdrawn choice can still be withdrawn"
    );
    app.screenshot("3-withdrawn");

    // HR no longer has anything to decide.
    // The view redraws from its last data before it reloads; the withdrawn choice only shows after.
    app.click("#nav-choices");
    app.wait_for_text(
        &format!("#choices-status-{again}"),
        &tr("en", "choice.status.withdrawn"),
    );
    app.wait_for_text("#choices-count", &tr("en", "choices.count.zero"));
    assert!(
        mentor_ids(&app, "choices-decline-").is_empty(),
        "HR can still decide a withdrawn choice"
    );
    app.close();
}

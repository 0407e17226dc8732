//! A newcomer who already has an informal mentor is warned, when choosing from the pool, not to
//! give up a relationship that works, and asks HR to formalise it instead; HR approves, which
//! starts the mentorship with the informal mentor.

use crate::harness::{tr, App, E2eTest};
use crate::newcomer_steps::{mentor_ids, motivate_and_continue, open_area_as, suggested_mentors};
use serde_json::json;

const NEWCOMER: &str = "Anaïs van Vliet";
/// A long-serving colleague in her department who is not a mentor in the pool.
const INFORMAL_MENTOR: &str = "Jan-Willem van der Veen";
const NOTE: &str = "Jan-Willem begeleidt me al sinds mijn eerste week bij de inspecties.";

#[test]
fn a_newcomer_with_an_informal_mentor_asks_hr_to_formalise_it_and_hr_approves() {
    let mut test = E2eTest::start("informal_mentor");
    let app = test.launch();
    app.open_demo();
    open_area_as(&app, NEWCOMER, "anais");

    // About you, with the informal mentor found by a name typed without care for capitals.
    app.click("#newcomer-tab-intake");
    app.wait_for("#intake-form");
    app.click("label[for=\"intake-phase-early_career\"]");
    app.click("label[for=\"intake-ambition-vertical\"]");
    app.click("label[for=\"intake-informal-yes\"]");
    app.type_into("#intake-informal-person", "jan-willem");
    let option = option_named(&app, "intake-informal-person-option-", INFORMAL_MENTOR, "jan-willem");
    app.click(&format!("#{option}"));
    // The chosen name is an ellipsised span WebKitWebDriver calls hidden; its Change button is not.
    app.wait_for("#intake-informal-person-change");
    let picked = app.script(
        "return document.getElementById('intake-informal-person-value')?.textContent ?? null",
        vec![],
    );
    assert_eq!(picked.as_str(), Some(INFORMAL_MENTOR));
    app.click("#intake-save");
    app.wait_for("#intake-to-suggestions");
    app.screenshot("1-intake-informal");

    // Choosing from the pool: the advice to keep the informal mentor, and the offer instead.
    let suggested = suggested_mentors(&app);
    app.click(&format!("#choose-{}", suggested[0]));
    motivate_and_continue(&app);
    let advice = app.text("#advice-keep_informal_mentor");
    assert!(
        advice.contains(INFORMAL_MENTOR),
        "the advice does not name the informal mentor: {advice}"
    );
    app.screenshot("2-keep-informal-advice");
    app.click("#choice-formalise");
    app.type_into("#choice-formalise-note", NOTE);
    app.click("#choice-formalise-send");

    // The request is what was sent, not a mentor from the pool.
    app.wait_for("#choice-tab");
    let request = app.wait_until("the request on the choice tab", |app| {
        Ok(mentor_ids(app, "choice-status-").first().copied())
    });
    app.wait_for_text(
        &format!("#choice-status-{request}"),
        &tr("en", "choice.status.submitted"),
    );
    app.wait_for_text(
        &format!("#choice-record-{request}-title"),
        &tr("en", "choice.record.formaliseTitle"),
    );
    assert_eq!(
        mentor_ids(&app, "choice-status-").len(),
        1,
        "a choice from the pool was sent as well"
    );
    app.screenshot("3-request-submitted");

    // HR approves the request: the informal mentor becomes her mentor.
    app.click("#nav-choices");
    app.wait_for("#choices-view");
    let card = app.text(&format!("[data-choice-id=\"{request}\"]"));
    assert!(
        card.contains(&tr("en", "choices.kind.formalise")) && card.contains(INFORMAL_MENTOR) && card.contains(NOTE),
        "HR's card does not show the request: {card}"
    );
    app.click(&format!("#choices-approve-{request}"));
    app.click("#choices-approve-confirm");
    app.wait_gone(&format!("#choices-approve-{request}"));
    app.click("label[for=\"choices-show-decided\"]");
    app.wait_for_text(
        &format!("#choices-status-{request}"),
        &tr("en", "choice.status.approved"),
    );
    app.screenshot("4-hr-approved");

    // The newcomer reads the outcome.
    open_area_as(&app, NEWCOMER, "anais");
    app.click("#newcomer-tab-choice");
    app.wait_for_text(
        &format!("#choice-status-{request}"),
        &tr("en", "choice.status.approved"),
    );
    let outcome = app.text(&format!("[data-choice-id=\"{request}\"] .ch-status-text"));
    assert!(
        outcome.contains(INFORMAL_MENTOR),
        "the outcome does not name the mentor: {outcome}"
    );
    app.screenshot("5-newcomer-sees-approval");
    app.close();
}

/// The id of the option button among those whose id starts with `prefix` that names `name`,
/// once every option answers all of `typed` (a pause while typing shows the options for a part
/// of it first, which the full answer then replaces).
fn option_named(app: &App, prefix: &str, name: &str, typed: &str) -> String {
    app.wait_until(&format!("{name} among the options for {typed:?}"), |app| {
        let id = app.script(
            "const options = [...document.querySelectorAll(`[id^=\"${arguments[0]}\"]`)];
            if (!options.every((b) => b.textContent.toLowerCase().includes(arguments[2]))) return null;
            return options.find((b) => b.textContent.includes(arguments[1]))?.id ?? null",
            vec![json!(prefix), json!(name), json!(typed.to_lowercase())],
        );
        Ok(id.as_str().map(String::from))
    })
}

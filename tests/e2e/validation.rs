//! A person the core refuses is explained in the user's language, right in the form, and nothing
//! is stored.

use crate::harness::{tr, translations, E2eTest};
use serde_json::Value;

#[test]
fn invalid_people_are_refused_with_a_translated_explanation() {
    let mut test = E2eTest::start("validation");
    let app = test.launch();
    app.wait_for_boot();
    app.click("#welcome-empty");
    app.wait_gone("#welcome");
    app.click("#nav-people");
    app.wait_for("#people-view");
    app.click("#person-add");
    app.wait_for("#person-form");

    // Everything valid except the empty name.
    app.type_into("#person-email", "zoe@example.org");
    app.type_into("#person-employee-number", "E2E-0001");
    app.click("#person-save");
    let empty_name = tr("en", "error.person.empty_name");
    app.wait_for_text("#person-form-error", &empty_name);
    assert_human("error.person.empty_name", &empty_name);
    app.screenshot("1-empty-name");

    // A name now, but an e-mail address without a domain.
    app.type_into("#person-name", "Zoë 't Hart-Çelik");
    app.type_into("#person-email", "zoe@");
    app.click("#person-save");
    let invalid_email = tr("en", "error.person.invalid_email");
    app.wait_for_text("#person-form-error", &invalid_email);
    assert_human("error.person.invalid_email", &invalid_email);
    // The form keeps what was typed, so it can be corrected.
    assert_eq!(app.value("#person-name"), "Zoë 't Hart-Çelik");
    assert_eq!(app.value("#person-email"), "zoe@");
    app.screenshot("2-invalid-email");

    app.click("#person-cancel");
    app.wait_gone("#person-form");
    let none = people_count_text(0);
    app.wait_for_text("#people-count", &none);
    assert_eq!(
        app.count("tr[data-person-id]"),
        0,
        "a refused person must not be stored"
    );
    app.screenshot("3-nobody");
    app.close();
}

/// The text is a sentence for people: not empty, not a code, not the core's English log message.
fn assert_human(key: &str, text: &str) {
    assert!(!text.trim().is_empty(), "ui/i18n/en.json has an empty text for {key}");
    assert!(
        !text.contains("person."),
        "the text for {key} looks like an error code: {text:?}"
    );
}

/// "0 people" as the UI's tCount("people.count", 0) writes it: the `.zero` form if the dictionary
/// has one, else `.other`, with {count} filled in.
fn people_count_text(count: usize) -> String {
    let en = translations("en");
    let form = match count {
        0 if en.contains_key("people.count.zero") => "zero",
        1 => "one",
        _ => "other",
    };
    match en.get(&format!("people.count.{form}")) {
        Some(Value::String(text)) => text.replace("{count}", &count.to_string()),
        _ => panic!("ui/i18n/en.json has no text for people.count.{form}"),
    }
}

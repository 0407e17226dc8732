//! A recruitment poll round in the real window, on the demo organisation: HR opens a round,
//! selects experienced colleagues who are not mentors yet, invites them, and records two answers;
//! the overview counts them, and the colleague who is interested is now a mentor candidate.

use std::path::Path;

use chrono::Local;
use mentorpool_domain::poll::InviteeFilter;
use mentorpool_domain::Person;
use serde_json::json;

use crate::harness::{tr, App, E2eTest};

const TITLE: &str = "Peiling mentoren najaar";
const INVITATION: &str = "Beste collega, wil jij een nieuwe collega op weg helpen? Laat het ons weten vóór 1 december.";
const MIN_EXPERIENCE: i32 = 20;
const MOTIVATION: &str = "Ik had zelf een mentor die me de weg wees; dat wil ik teruggeven.";
const TOPICS: &str = "Je weg vinden in de organisatie, Omgevingswet";

#[test]
fn a_poll_round_invites_records_answers_and_makes_a_candidate() {
    let mut test = E2eTest::start("poll_round");
    let app = test.launch();
    app.open_demo();

    // Open a round.
    app.click("#nav-poll");
    app.wait_for("#poll-view");
    app.click("#poll-new");
    app.wait_for("#poll-round-form");
    app.type_into("#poll-title", TITLE);
    app.type_into("#poll-invitation", INVITATION);
    app.screenshot("1-new-round");
    app.click("#poll-round-save");
    app.wait_gone("#poll-round-dialog");
    app.wait_for_text("#poll-round-heading", TITLE);
    app.wait_for_text("#poll-overview-summary", &tr("en", "poll.overview.nobodyInvited"));

    // Select: at least 20 years of experience, not a mentor yet.
    let expected = expected_invitees(test.data_dir());
    assert!(
        expected.len() >= 2,
        "the demo has too few colleagues with {MIN_EXPERIENCE}+ years who are not mentors: {expected:?}"
    );
    app.wait_for("#poll-select");
    app.type_into("#poll-filter-experience", &MIN_EXPERIENCE.to_string());
    let not_mentor = app.script(
        "return document.querySelector('#poll-filter-not-mentor').checked;",
        Vec::new(),
    );
    if not_mentor != json!(true) {
        app.click("#poll-filter-not-mentor");
    }
    let matches = tr("en", "poll.select.matches.other").replace("{count}", &expected.len().to_string());
    app.wait_until(&format!("the preview shows {matches:?}, ready to invite"), |app| {
        let count = app.texts("#poll-match-count")?;
        let ready = app.script(
            "return document.querySelector('#poll-invite').dataset.count;",
            Vec::new(),
        );
        app.note(format!("count {count:?}, invite button for {ready}"));
        Ok(
            (count.first().is_some_and(|text| text.contains(&matches)) && ready == json!(expected.len().to_string()))
                .then_some(()),
        )
    });
    // textContent: WebKitWebDriver reads text styled to end in an ellipsis (overflow: hidden) as empty.
    let shown = app.script(
        "return [...document.querySelectorAll('#poll-matches .pi-match-name')].map((name) => name.textContent);",
        Vec::new(),
    );
    let shown: Vec<String> = serde_json::from_value(shown).expect("a list of names");
    assert!(
        !shown.is_empty() && shown.iter().all(|name| expected.iter().any(|(_, n)| n == name)),
        "the preview lists someone the filter leaves out: {shown:?}"
    );
    app.script(
        "document.querySelector('#poll-select').scrollIntoView({ block: 'start' });",
        Vec::new(),
    );
    app.screenshot("2-selection");

    app.click("#poll-invite");
    app.wait_until("the invitees table lists everyone invited", |app| {
        let rows = app.count("#poll-invitees tr[data-invitee-id]");
        app.note(format!("{rows} rows"));
        Ok((rows == expected.len()).then_some(()))
    });
    assert_overview(&app, expected.len(), 0, 0, 0);
    app.screenshot("3-invited");

    // Two answers: one interested colleague (a name with diacritics if there is one), one not.
    let (interested_id, interested) = expected
        .iter()
        .find(|(_, name)| !name.is_ascii())
        .unwrap_or(&expected[0])
        .clone();
    let (declined_id, declined) = expected
        .iter()
        .find(|(id, _)| *id != interested_id)
        .expect("a second invitee")
        .clone();

    app.click(&format!("button[data-record-answer=\"{interested_id}\"]"));
    app.wait_for("#answer-form");
    assert!(
        app.text("#answer-dialog .dialog-subtitle").contains(&interested),
        "the answer form is not about {interested}"
    );
    app.select("#answer-value", "interested");
    app.wait_for("#answer-candidate-note");
    app.type_into("#answer-hours", "6");
    app.type_into("#answer-motivation", MOTIVATION);
    app.type_into("#answer-topics", TOPICS);
    app.screenshot("4-answer");
    app.click("#answer-save");
    app.wait_gone("#answer-dialog");
    app.wait_for_text(
        "#toast-region .toast-text",
        &tr("en", "poll.answer.savedInterested").replace("{name}", &interested),
    );
    assert_answer(&app, interested_id, "interested", Some(6));

    app.click(&format!("button[data-record-answer=\"{declined_id}\"]"));
    app.wait_for("#answer-form");
    app.select("#answer-value", "not_interested");
    app.click("#answer-save");
    app.wait_gone("#answer-dialog");
    assert_answer(&app, declined_id, "not_interested", None);

    assert_overview(&app, expected.len(), 2, 1, 1);
    let counts = app.text(".poll-round[aria-current=true] .poll-round-counts");
    assert!(
        counts.contains(&tr("en", "poll.count.interested.one")),
        "the round in the list says {counts:?}"
    );
    app.script(
        "document.querySelector('#poll-overview').scrollIntoView({ block: 'start' });",
        Vec::new(),
    );
    app.screenshot("5-overview");

    // The interested colleague is a mentor candidate now; the one who declined is not.
    app.click("#nav-mentors");
    app.wait_for("#mentors-view");
    app.select("#mentors-status-filter", "candidate");
    let candidate = tr("en", "status.candidate").to_lowercase();
    app.wait_until(&format!("{interested} is listed as a candidate"), |app| {
        let cards = app.texts("[data-mentor-id]")?;
        app.note(format!("cards: {cards:?}"));
        // Every card a candidate: the list before the filter answered may hold them too.
        let only_candidates = cards.iter().all(|card| card.to_lowercase().contains(&candidate));
        let listed = cards.iter().any(|card| card.contains(&interested));
        Ok((only_candidates && listed).then_some(()))
    });
    let titles = app.texts("[data-mentor-id] .card-title").unwrap_or_default();
    assert!(
        !titles.iter().any(|title| title.trim() == declined),
        "{declined} declined but became a candidate"
    );
    app.screenshot("6-candidate");
    app.close();
}

/// Who the filter selects, as the core computes it for today: (person id, name), by name.
fn expected_invitees(data_dir: &Path) -> Vec<(i64, String)> {
    let path = data_dir.join(mentorpool_store::DATABASE_FILE);
    let conn = rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap_or_else(|e| panic!("cannot open {}: {e}", path.display()));
    let filter = InviteeFilter {
        min_experience_years: Some(MIN_EXPERIENCE),
        min_years_in_organisation: None,
        department: None,
        exclude_mentors: true,
    };
    let people: Vec<Person> = mentorpool_store::poll::matching_people(&conn, &filter, Local::now().date_naive())
        .expect("the demo's colleagues matching the filter");
    let mut people: Vec<(i64, String)> = people.into_iter().map(|p| (p.id.get(), p.name)).collect();
    people.sort_by(|a, b| a.1.cmp(&b.1));
    people
}

/// The overview's four figures.
fn assert_overview(app: &App, invited: usize, answered: usize, interested: usize, not_interested: usize) {
    let wanted = [invited, answered, interested, not_interested].map(|n| n.to_string());
    app.wait_until(&format!("the overview shows {wanted:?}"), |app| {
        let mut seen = Vec::new();
        for name in ["invited", "answered", "interested", "notInterested"] {
            seen.push(
                app.texts(&format!("#poll-overview .pi-stat-{name} .pi-stat-value"))?
                    .first()
                    .cloned()
                    .unwrap_or_default(),
            );
        }
        app.note(format!("{seen:?}"));
        Ok((seen == wanted).then_some(()))
    });
}

/// The invitee's row shows the answer (and the hours).
fn assert_answer(app: &App, person_id: i64, answer: &str, hours: Option<u32>) {
    let row = format!("#poll-invitees tr[data-invitee-id=\"{person_id}\"]");
    let label = tr("en", &format!("poll.answer.{answer}"));
    app.wait_until(&format!("the row of {person_id} says {label:?}"), |app| {
        let state = app.script(
            "const row = document.querySelector(arguments[0]);
             return row ? [row.dataset.answer, row.innerText] : null;",
            vec![json!(row)],
        );
        app.note(state.to_string());
        let ok = state[0] == json!(answer)
            && state[1].as_str().is_some_and(|text| {
                text.contains(&label)
                    && hours
                        .is_none_or(|h| text.contains(&tr("en", "poll.hoursValue").replace("{hours}", &h.to_string())))
            });
        Ok(ok.then_some(()))
    });
}

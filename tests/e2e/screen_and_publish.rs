//! The article's procedure for one candidate, in the real window: HR screens a demo candidate
//! critically and approves them, completes the profile (photo, topics, meeting preference, career
//! move, CV entries, bio) and publishes it; the mentor then appears in the pool newcomers see, and
//! is still approved and in the pool after a restart.

use std::fs;
use std::path::{Path, PathBuf};

use image::{ImageFormat, Rgb, RgbImage};
use serde_json::{json, Value};

use crate::harness::{tr, App, E2eTest};

/// A demo candidate whose screening has not started and whose profile lacks topics, a meeting
/// preference, a career path and a CV (see src-tauri/crates/demo/src/mentors.rs).
const CANDIDATE: &str = "Gijs van Beek";
const BIO: &str = "Gijs ontwerpt stuwen, duikers en bruggen. Hij leert starters doorvragen bij de beheerder \
                   die er later mee werkt, ook als ze bang zijn dom over te komen – dát maakt een ontwerp goed.";
const TOPIC: &str = "Doorvragen bij beheerders";
const CAREER_FROM: &str = "Senior ontwerper";
const CAREER_TO: &str = "Adviseur civiele techniek";
const CV_POSITION: &str = "Ontwerper kunstwerken";
const CV_ACHIEVEMENT: &str = "Vispassage Stuw Hoogeveen opgeleverd";
const SCREENING_CHECKS: [&str; 5] = [
    "#screening-career-goals-met",
    "#screening-knows-organisation",
    "#screening-motivated",
    "#screening-has-time",
    "#screening-manager-agrees",
];

#[test]
fn a_screened_and_completed_candidate_is_published_to_the_pool() {
    let mut test = E2eTest::start("screen_and_publish");
    let files = tempfile::Builder::new()
        .prefix("mentorpool-e2e-files-")
        .tempdir()
        .expect("create a temp dir for the test's files");
    // A path with spaces and an apostrophe, as HR's folders have them.
    let photo = write_photo(&files.path().join("Pasfoto's HR").join("gijs van beek.jpg"));

    let app = test.launch();
    app.open_demo();
    app.click("#nav-mentors");
    app.wait_for("#mentors-view");
    let id = mentor_id(&app, CANDIDATE);
    assert_mentor_status(&app, id, "candidate");
    app.click(&format!("[data-mentor-id=\"{id}\"] .card-link"));
    app.wait_for("#mentor-dialog");
    app.wait_for_text("#mentor-dialog-title", CANDIDATE);
    app.screenshot("1-editor");

    // The critical screening: all five points met, approved with a reason.
    for check in SCREENING_CHECKS {
        app.select(check, "yes");
    }
    app.select("#screening-decision", "approve");
    app.type_into(
        "#screening-reason",
        "Voldoet aan alle vijf punten; zijn leidinggevende steunt het van harte.",
    );
    app.click("#screening-save");
    app.wait_for_text("#screening-status", &tr("en", "screening.saved"));
    // Approved, but the profile is not complete yet: no publishing, and the offer says so.
    app.wait_for("#screening-complete-profile");
    assert!(
        !app.is_visible("#screening-publish"),
        "publishing was offered for a profile without topics, meeting preference, career path and CV"
    );
    app.screenshot("2-screened");

    // The photo, stored at once (the dialog only picks a path; a test types it).
    app.type_into("#mentor-photo-path", &photo.display().to_string());
    app.click("#mentor-photo-apply");
    app.wait_for_text(
        "#mentor-photo-status",
        &tr("en", "photo.saved").replace("{name}", CANDIDATE),
    );
    app.wait_for("#mentor-photo-preview img");
    assert!(
        !app.is_visible("#mentor-photo-error"),
        "a photo error is shown after the photo was saved"
    );

    // The rest of the profile.
    app.type_into("#mentor-bio", BIO);
    app.type_into("#mentor-topics", TOPIC);
    app.click("#mentor-topics-add");
    app.wait_until(&format!("the topic {TOPIC:?} is a chip"), |app| {
        let chips = app.texts("#mentor-topics-chips .chip")?;
        app.note(format!("chips: {chips:?}"));
        Ok(chips.iter().any(|chip| chip.contains(TOPIC)).then_some(()))
    });
    app.select("#mentor-meeting-mode", "either");
    app.select("#mentor-meeting-frequency", "monthly");

    app.click("#career-add");
    let career = "#career-moves .career-move:last-child";
    app.type_into(&format!("{career} [name=year]"), "2020");
    app.type_into(&format!("{career} [name=fromRole]"), CAREER_FROM);
    app.type_into(&format!("{career} [name=toRole]"), CAREER_TO);
    app.select(&format!("{career} [name=direction]"), "horizontal");

    app.click("#cv-add");
    let cv = "#cv-entries .cv-entry:last-child";
    app.select(&format!("{cv} [name=kind]"), "position");
    app.type_into(&format!("{cv} [name=title]"), CV_POSITION);
    app.type_into(&format!("{cv} [name=organisation]"), "Ingenieursbureau Polder & Kust");
    app.type_into(&format!("{cv} [name=fromYear]"), "2015");
    app.type_into(&format!("{cv} [name=toYear]"), "2020");
    app.click("#cv-add");
    app.select(&format!("{cv} [name=kind]"), "achievement");
    app.type_into(&format!("{cv} [name=title]"), CV_ACHIEVEMENT);
    app.type_into(&format!("{cv} [name=fromYear]"), "2023");
    app.screenshot("3-profile");

    // Back to the screening through the section index, as HR would. (It also ends the edit of the
    // last year field: its change event re-renders the publish offer, and a click on "Publish now"
    // that itself causes that change is lost, see the report.)
    app.click(".editor-index .index-item[data-section=screening]");

    // Everything required is there now: the checklist says so and the screening offers to publish.
    app.wait_for_text("#mentor-completeness-percent", "100%");
    app.wait_for_text(
        "#mentor-completeness .completeness-verdict",
        &tr("en", "completeness.publishable"),
    );
    app.wait_for("#screening-publish");
    app.screenshot("4-ready");
    app.click("#screening-publish");
    app.wait_gone("#mentor-dialog");
    app.wait_for_text(
        "#toast-region .toast-text",
        &tr("en", "mentor.published").replace("{name}", CANDIDATE),
    );
    assert_mentor_status(&app, id, "approved");
    app.screenshot("5-approved");

    app.click("#nav-pool");
    assert_in_pool(&app, id);
    app.screenshot("6-pool");
    app.close();

    // What newcomers see survives a restart: still approved, still in the pool, photo and all.
    assert_stored_photo(test.data_dir(), id);
    let app = test.launch();
    app.wait_for_boot();
    app.click("#nav-mentors");
    app.wait_for("#mentors-view");
    assert_mentor_status(&app, id, "approved");
    app.click("#nav-pool");
    assert_in_pool(&app, id);
    app.click(&format!("[data-pool-mentor-id=\"{id}\"] .card-link"));
    app.wait_for("#pool-profile-dialog");
    app.wait_for("#pool-profile-dialog .portrait img");
    let profile = app.text("#pool-profile-dialog");
    for expected in [BIO, TOPIC, CAREER_TO, CV_POSITION, CV_ACHIEVEMENT] {
        assert!(
            profile.contains(expected),
            "the public profile after the restart lacks {expected:?}:\n{profile}"
        );
    }
    app.screenshot("7-restarted-profile");
    app.close();
}

/// A 1200×1500 JPEG portrait: larger than the app stores, so it must be scaled down.
fn write_photo(path: &Path) -> PathBuf {
    let dir = path.parent().expect("the photo has a folder");
    fs::create_dir_all(dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    let image = RgbImage::from_fn(1200, 1500, |x, y| {
        let ring = ((x as i64 - 600).pow(2) + (y as i64 - 600).pow(2)) < 330 * 330;
        if ring {
            Rgb([225, 180, 150])
        } else {
            Rgb([(x / 5) as u8, 120, (y / 6) as u8])
        }
    });
    image
        .save_with_format(path, ImageFormat::Jpeg)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    path.to_path_buf()
}

/// The id of the mentor card with `name` in the mentors list.
fn mentor_id(app: &App, name: &str) -> i64 {
    app.select("#mentors-status-filter", "all");
    app.wait_until(&format!("the mentors list shows {name}"), |app| {
        let found = app.script(
            "const card = [...document.querySelectorAll('[data-mentor-id]')]
                 .find((card) => card.querySelector('.card-title')?.textContent.trim() === arguments[0]);
             return card ? Number(card.dataset.mentorId) : null;",
            vec![json!(name)],
        );
        app.note(format!("card id: {found}"));
        Ok(found.as_i64())
    })
}

/// The mentors list (all statuses) shows mentor `id` with the badge for `status`.
fn assert_mentor_status(app: &App, id: i64, status: &str) {
    app.select("#mentors-status-filter", "all");
    // Compared without case: a badge may be styled in capitals, and WebDriver reads text as shown.
    let badge = tr("en", &format!("status.{status}")).to_lowercase();
    let card = format!("[data-mentor-id=\"{id}\"]");
    app.wait_until(&format!("mentor {id} is listed as {badge:?}"), |app| {
        let texts = app.texts(&format!("{card} .card-footer"))?;
        app.note(format!("card footer: {texts:?}"));
        Ok(texts
            .first()
            .is_some_and(|text| text.to_lowercase().contains(&badge))
            .then_some(()))
    });
}

/// The pool newcomers see shows mentor `id` under the candidate's name, with the new bio.
fn assert_in_pool(app: &App, id: i64) {
    app.wait_for("#pool-view");
    let card = format!("[data-pool-mentor-id=\"{id}\"]");
    app.wait_until(&format!("the pool shows {CANDIDATE}"), |app| {
        let texts = app.texts(&card)?;
        app.note(format!("pool card: {texts:?}"));
        Ok(texts
            .first()
            .is_some_and(|text| text.contains(CANDIDATE) && text.contains(TOPIC))
            .then_some(()))
    });
    let listed = app.script(
        "return [...document.querySelectorAll('[data-pool-mentor-id]')].map((card) => card.querySelector('.card-title').textContent.trim());",
        Vec::new(),
    );
    let names: Vec<&str> = listed
        .as_array()
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    assert_eq!(
        names.iter().filter(|name| **name == CANDIDATE).count(),
        1,
        "{CANDIDATE} is in the pool once; pool: {names:?}"
    );
    let count = app.text("#pool-count");
    assert!(
        count.contains(&names.len().to_string()),
        "#pool-count says {count:?}, but {} mentors are shown",
        names.len()
    );
}

/// The app stored a re-encoded JPEG no larger than its standard size, not the 1200×1500 original.
fn assert_stored_photo(data_dir: &Path, id: i64) {
    let path = data_dir.join(mentorpool_store::DATABASE_FILE);
    let conn = rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap_or_else(|e| panic!("cannot open {}: {e}", path.display()));
    let (jpeg, width, height): (Vec<u8>, i64, i64) = conn
        .query_row(
            "SELECT jpeg, width, height FROM mentor_photo WHERE mentor_id = ?1",
            [id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .unwrap_or_else(|e| panic!("no stored photo for mentor {id}: {e}"));
    assert!(jpeg.starts_with(&[0xFF, 0xD8]), "the stored photo is not a JPEG");
    assert!(
        width < 1200 && height < 1500 && width * 5 == height * 4,
        "the photo was not scaled down keeping its aspect: {width}×{height}"
    );
}

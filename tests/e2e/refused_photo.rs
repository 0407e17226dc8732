//! A photo the core refuses is explained in the user's language, right under the photo, and nothing
//! is stored: a text file that only calls itself .jpg, and a tiny PNG whose header claims
//! 60000 × 60000 pixels (a decompression bomb).

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::harness::{tr, App, E2eTest};

/// A demo candidate without a photo (the demo has no photos).
const MENTOR: &str = "Wouter Jacobs";
const PNG_MAGIC: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1A, b'\n'];

#[test]
fn a_refused_photo_is_explained_in_the_users_language_and_not_stored() {
    let mut test = E2eTest::start("refused_photo");
    let files = tempfile::Builder::new()
        .prefix("mentorpool-e2e-files-")
        .tempdir()
        .expect("create a temp dir for the test's files");
    let not_an_image = files.path().join("photo.jpg");
    fs::write(&not_an_image, "Dit is geen foto, alleen tekst met een .jpg-naam.\n")
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", not_an_image.display()));
    let bomb = write(&files.path().join("pasfoto.png"), &png_header_only(60_000, 60_000));
    assert!(
        fs::metadata(&bomb).map(|m| m.len()).unwrap_or(u64::MAX) < 100,
        "the bomb is tiny"
    );

    let app = test.launch();
    app.open_demo();
    app.click("#nav-mentors");
    app.wait_for("#mentors-view");
    let id = mentor_id(&app, MENTOR);
    open_editor(&app, id);

    try_photo(&app, &not_an_image);
    app.wait_for_text("#mentor-photo-error", &tr("en", "error.photo.not_an_image"));
    assert_nothing_stored(&app, &not_an_image);
    show_error(&app);
    app.screenshot("1-not-an-image");

    try_photo(&app, &bomb);
    app.wait_for_text("#mentor-photo-error", &tr("en", "error.photo.too_many_pixels"));
    assert_nothing_stored(&app, &bomb);
    show_error(&app);
    app.screenshot("2-too-many-pixels");

    // A refused photo left nothing to save: the editor closes without asking.
    app.click("#mentor-cancel");
    app.wait_gone("#mentor-dialog");

    // The same refusal in Dutch, once the user has switched.
    app.select("#language-select", "nl");
    app.wait_for_text("#nav-mentors", &tr("nl", "nav.mentors"));
    open_editor(&app, id);
    try_photo(&app, &bomb);
    app.wait_for_text("#mentor-photo-error", &tr("nl", "error.photo.too_many_pixels"));
    assert_nothing_stored(&app, &bomb);
    show_error(&app);
    app.screenshot("3-dutch");
    app.click("#mentor-cancel");
    app.wait_gone("#mentor-dialog");
    app.close();

    let path = test.data_dir().join(mentorpool_store::DATABASE_FILE);
    let conn = rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap_or_else(|e| panic!("cannot open {}: {e}", path.display()));
    let photos: i64 = conn
        .query_row("SELECT count(*) FROM mentor_photo", [], |row| row.get(0))
        .expect("count the stored photos");
    assert_eq!(photos, 0, "a refused photo was stored");
}

fn write(path: &Path, bytes: &[u8]) -> PathBuf {
    fs::write(path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    path.to_path_buf()
}

fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    let length = u32::try_from(data.len()).expect("a small chunk");
    [&length.to_be_bytes()[..], kind, data, &crc.finalize().to_be_bytes()].concat()
}

/// A valid PNG stream whose header claims `width`×`height` RGB pixels, with an empty IDAT.
fn png_header_only(width: u32, height: u32) -> Vec<u8> {
    let ihdr = [&width.to_be_bytes()[..], &height.to_be_bytes(), &[8, 2, 0, 0, 0]].concat();
    let empty_zlib = [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01];
    [
        PNG_MAGIC.to_vec(),
        png_chunk(b"IHDR", &ihdr),
        png_chunk(b"IDAT", &empty_zlib),
        png_chunk(b"IEND", &[]),
    ]
    .concat()
}

/// The id of the mentor card with `name` in the mentors list.
fn mentor_id(app: &App, name: &str) -> i64 {
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

fn open_editor(app: &App, id: i64) {
    app.click(&format!("[data-mentor-id=\"{id}\"] .card-link"));
    app.wait_for("#mentor-dialog");
    app.wait_for_text("#mentor-dialog-title", MENTOR);
    app.wait_for("#mentor-photo-preview .portrait");
}

/// Types the path of `file` as the photo (the file dialog only picks a path) and applies it.
fn try_photo(app: &App, file: &Path) {
    app.type_into("#mentor-photo-path", &file.display().to_string());
    app.click("#mentor-photo-apply");
}

/// Scrolls the photo error into the middle of the editor for the screenshot: the editor does not
/// do so itself, and below the path entry it sits under the fold (see the report).
fn show_error(app: &App) {
    app.script(
        "document.querySelector('#mentor-photo-error').scrollIntoView({ block: 'center' });",
        Vec::new(),
    );
}

/// The editor still shows the initials and no "saved", and keeps the refused path, marked, to correct.
fn assert_nothing_stored(app: &App, file: &Path) {
    assert_eq!(
        app.count("#mentor-photo-preview img"),
        0,
        "a refused photo is shown in the preview"
    );
    assert!(
        app.is_visible("#mentor-photo-preview .portrait-initials"),
        "the preview no longer shows the initials"
    );
    assert!(
        !app.is_visible("#mentor-photo-status"),
        "a refused photo is reported as saved: {:?}",
        app.text("#mentor-photo-status")
    );
    assert_eq!(app.value("#mentor-photo-path"), file.display().to_string());
    let invalid = app.script(
        "return document.querySelector('#mentor-photo-path').getAttribute('aria-invalid');",
        Vec::new(),
    );
    assert_eq!(invalid.as_str(), Some("true"), "the refused path is not marked invalid");
    assert_eq!(
        app.script(
            "return document.querySelector('[data-completeness-key=photo]').dataset.state;",
            Vec::new()
        )
        .as_str(),
        Some("suggested"),
        "the checklist counts a refused photo"
    );
}

//! HR makes the profile booklet in the real window: one department's mentors, then all approved
//! mentors, written to a folder whose name has a space and an apostrophe. The PDF is checked with
//! poppler's pdfinfo and pdftotext; a cancelled export leaves no file behind; "Show in folder"
//! either works or says where the file is.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{tr, App, E2eTest};

/// A debug build lays out the demo booklet in seconds; the bound leaves room for a loaded machine.
const EXPORT_WAIT: Duration = Duration::from_secs(180);
const LOOK: Duration = Duration::from_millis(200);

#[test]
fn hr_exports_the_profile_booklet_from_the_window() {
    let mut test = E2eTest::start("export_booklet");
    let files = tempfile::Builder::new()
        .prefix("mentorpool-e2e-booklet-")
        .tempdir()
        .expect("create a temp dir for the booklets");
    // A folder name with a space and an apostrophe, as HR's folders have them.
    let folder = files.path().join("HR's boekjes 2026");
    fs::create_dir_all(&folder).expect("create the target folder");

    let app = test.launch();
    app.open_demo();
    app.click("#nav-booklet");
    app.wait_for("#booklet-view");
    app.wait_for_text("#booklet-title", &tr("en", "booklet.title"));
    app.wait_for("#booklet-kind-all");
    app.screenshot("1-view");

    // One department: the one with the most approved mentors, so the booklet has a contents page.
    app.click("#booklet-kind-department");
    let (department, expected_mentors) = largest_department(&app);
    assert!(expected_mentors >= 2, "no department has two approved mentors");
    app.select("#booklet-department", &department);
    app.wait_until("the summary counts the department's mentors", |app| {
        let summary = app.texts("#booklet-summary")?.join("");
        app.note(format!("{summary:?}"));
        Ok(summary.contains(&expected_mentors.to_string()).then_some(()))
    });
    let department_pdf = folder.join(format!("Boekje {department}.pdf"));
    app.type_into("#booklet-path", &department_pdf.display().to_string());
    app.screenshot("2-department");
    let started = Instant::now();
    app.click("#booklet-export");
    wait_for_export(&app, &department_pdf);
    let took = started.elapsed();
    eprintln!("export_booklet: {department} ({expected_mentors} mentors) exported in {took:?}");
    let pages = check_pdf(&department_pdf);
    assert!(pages > 2, "the department's booklet has {pages} pages");
    let facts = app.text("#booklet-done-facts");
    assert!(
        facts.contains(&format!("{pages} pages")) && facts.contains(&format!("{expected_mentors} mentors")),
        "the done message says {facts:?}; pdfinfo counts {pages} pages for {expected_mentors} mentors"
    );
    let text = pdf_text(&department_pdf);
    assert!(
        text.contains(&department),
        "the booklet does not name the department {department:?}"
    );
    app.screenshot("3-department-done");

    // One hand-picked mentor: a single-profile PDF.
    app.click("#booklet-kind-mentors");
    app.click("#booklet-mentor-list input[type=checkbox]");
    app.wait_for_text("#booklet-summary", &tr("en", "booklet.summary.single"));
    let single_pdf = folder.join("Eén mentor.pdf");
    app.type_into("#booklet-path", &single_pdf.display().to_string());
    app.screenshot("4-hand-picked");
    app.click("#booklet-export");
    wait_for_export(&app, &single_pdf);
    let pages = check_pdf(&single_pdf);
    assert!(pages >= 2, "the single-profile booklet has {pages} pages");
    assert!(
        app.text("#booklet-done-facts").contains("1 mentor"),
        "the done message does not say one mentor"
    );

    // All approved mentors, typed without .pdf: the view adds it. Meanwhile HR works on elsewhere
    // (the export holds no database lock while it lays out the pages).
    app.click("#booklet-kind-all");
    let all_label = app.text("label:has(#booklet-kind-all)");
    let all_mentors = number_in(&all_label);
    let all_pdf = folder.join("Alle mentoren.pdf");
    app.type_into("#booklet-path", &folder.join("Alle mentoren").display().to_string());
    let started = Instant::now();
    app.click("#booklet-export");
    app.click("#nav-mentors");
    app.wait_until("the mentors are listed during the export", |app| {
        Ok((app.count("[data-mentor-id]") > 0).then_some(()))
    });
    app.click("#nav-booklet");
    wait_for_export(&app, &all_pdf);
    let took = started.elapsed();
    eprintln!("export_booklet: all {all_mentors} approved mentors exported in {took:?}");
    assert_eq!(app.value("#booklet-path"), all_pdf.display().to_string());
    let pages = check_pdf(&all_pdf);
    assert!(
        pages >= all_mentors + 2,
        "{pages} pages for {all_mentors} mentors, a cover and the contents"
    );
    app.screenshot("5-all-done");

    // "Show in folder": under Xvfb there is usually no file manager; then the message says
    // where the file is instead.
    app.click("#booklet-reveal");
    app.wait_until("revealing the booklet has finished", |app| {
        Ok(app.find("#booklet-reveal:enabled")?.map(|_| ()))
    });
    if app.is_visible("#booklet-reveal-failed") {
        let message = app.text("#booklet-reveal-failed");
        assert!(
            message.contains(&all_pdf.display().to_string()),
            "the failed reveal does not say where the booklet is: {message:?}"
        );
    }
    app.screenshot("6-reveal");

    // Cancelled at once: no file and no partial file remain. (A fast machine may finish first.)
    let cancelled_pdf = folder.join("Geannuleerd.pdf");
    app.type_into("#booklet-path", &cancelled_pdf.display().to_string());
    app.click("#booklet-export");
    app.screenshot("7-progress");
    let asked = app.script(
        "const cancel = document.getElementById('booklet-cancel'); if (cancel) cancel.click(); return Boolean(cancel);",
        Vec::new(),
    );
    let outcome = wait_for_outcome(&app, &cancelled_pdf);
    match outcome {
        Outcome::Cancelled => {
            assert!(
                !cancelled_pdf.exists(),
                "a cancelled export left {}",
                cancelled_pdf.display()
            );
            app.screenshot("8-cancelled");
        }
        Outcome::Done => eprintln!("export_booklet: the export finished before the cancel (asked: {asked})"),
    }
    let leftovers: Vec<PathBuf> = fs::read_dir(&folder)
        .expect("list the target folder")
        .map(|entry| entry.expect("a folder entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "part"))
        .collect();
    assert!(leftovers.is_empty(), "partial files left behind: {leftovers:?}");

    // The same view in Dutch.
    app.select("#language-select", "nl");
    app.wait_for_text("#booklet-title", &tr("nl", "booklet.title"));
    app.wait_for_text("#nav-booklet", &tr("nl", "nav.booklet"));
    app.screenshot("9-dutch");
    app.close();
}

/// The department option with the most mentors, as "(n)" in its label says.
fn largest_department(app: &App) -> (String, usize) {
    let options = app.script(
        "return [...document.querySelectorAll('#booklet-department option')].map((o) => [o.value, o.textContent]);",
        Vec::new(),
    );
    let options = options.as_array().cloned().unwrap_or_default();
    options
        .iter()
        .filter_map(|option| match option.as_array().map(Vec::as_slice) {
            Some([Value::String(value), Value::String(label)]) => Some((value.clone(), number_in(label))),
            _ => None,
        })
        .max_by_key(|(_, count)| *count)
        .unwrap_or_else(|| panic!("the department list is empty: {options:?}"))
}

/// The number in "All approved mentors (31)" or "Waterketen (4)".
fn number_in(label: &str) -> usize {
    let inside = label
        .rsplit_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .map(|(number, _)| number.trim().to_string())
        .unwrap_or_default();
    inside
        .parse()
        .unwrap_or_else(|_| panic!("no count in parentheses in {label:?}"))
}

enum Outcome {
    Done,
    Cancelled,
}

/// Waits until the done message names `path`; fails at once on an error message.
fn wait_for_export(app: &App, path: &Path) {
    match wait_for_outcome(app, path) {
        Outcome::Done => {}
        Outcome::Cancelled => panic!("the export of {} was cancelled", path.display()),
    }
}

fn wait_for_outcome(app: &App, path: &Path) -> Outcome {
    let expected = path.display().to_string();
    let deadline = Instant::now() + EXPORT_WAIT;
    loop {
        if app.texts("#booklet-done-path").unwrap_or_default().contains(&expected) {
            return Outcome::Done;
        }
        if app.count("#booklet-cancelled") > 0 {
            return Outcome::Cancelled;
        }
        let errors: Vec<String> = app
            .texts("#booklet-error")
            .unwrap_or_default()
            .into_iter()
            .filter(|text| !text.trim().is_empty())
            .collect();
        if !errors.is_empty() {
            app.screenshot("export-error");
            panic!("exporting {expected} failed: {errors:?}");
        }
        assert!(
            Instant::now() < deadline,
            "exporting {expected} took more than {EXPORT_WAIT:?}"
        );
        std::thread::sleep(LOOK);
    }
}

/// Checks that `path` is a PDF poppler can read, and returns its page count.
fn check_pdf(path: &Path) -> usize {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("the booklet {} is missing: {e}", path.display()));
    assert!(bytes.starts_with(b"%PDF-"), "{} is not a PDF", path.display());
    let info = poppler("pdfinfo", path, &[]);
    info.lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|pages| pages.trim().parse().ok())
        .unwrap_or_else(|| panic!("pdfinfo gives no page count for {}:\n{info}", path.display()))
}

fn pdf_text(path: &Path) -> String {
    poppler("pdftotext", path, &["-"])
}

fn poppler(tool: &str, path: &Path, extra: &[&str]) -> String {
    let output = Command::new(tool)
        .arg(path)
        .args(extra)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {tool} (poppler-utils, installed by .ci/install-deps): {e}"));
    assert!(
        output.status.success(),
        "{tool} refused {}: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

//! Importing the HR system's CSV export in the real window: a Windows-1252 file with Dutch headers,
//! semicolons, CRLF and a quoted field is previewed (columns recognised, the five people to add
//! listed), applied, and the people list shows them with their managers. A second file with a
//! duplicate employee number is refused with the translated problem and its line, Apply stays
//! disabled, and nothing changes; the first file applied again changes nothing either.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::harness::{tr, translations, App, E2eTest};

/// (name, e-mail, employee number, department, job title, manager as written in the file).
const PEOPLE: [(&str, &str, &str, &str, &str, &str); 5] = [
    (
        "Renée van der Laan",
        "renee.vanderlaan@waterschap.example",
        "20001",
        "Beheer & Onderhoud",
        "hoofd beheer",
        "",
    ),
    // Manager by employee number; a job title with the delimiter in it, quoted.
    (
        "Joël Bakker",
        "joel.bakker@waterschap.example",
        "20002",
        "Beheer & Onderhoud",
        "opzichter; kunstwerken",
        "20001",
    ),
    // Manager by e-mail address.
    (
        "Zoë Maréchal",
        "zoe.marechal@waterschap.example",
        "20003",
        "Beheer & Onderhoud",
        "beheerder",
        "renee.vanderlaan@waterschap.example",
    ),
    (
        "François de Groot",
        "francois.degroot@waterschap.example",
        "20004",
        "Beleid & Strategie",
        "beleidsadviseur",
        "20001",
    ),
    // A manager below the top, and a job title with quotes in it.
    (
        "Inge Jansen-Müller",
        "inge.jansen-muller@waterschap.example",
        "20005",
        "Beleid & Strategie",
        "adviseur \"klimaat\"",
        "20004",
    ),
];
/// In dienst sinds (dd-mm-jjjj and ISO) and loopbaan gestart, per person.
const DATES: [(&str, &str); 5] = [
    ("01-09-2008", "1996"),
    ("15-03-2015", "2009"),
    ("2019-11-01", "2014"),
    ("01-02-2021", "2003"),
    ("01-06-2022", "2022"),
];
/// The manager's name each person should end up with.
const MANAGERS: [&str; 5] = [
    "",
    "Renée van der Laan",
    "Renée van der Laan",
    "Renée van der Laan",
    "François de Groot",
];
/// The header as the HR system writes it (case differs from the app's list on purpose).
const HEADER: &str = "Naam;e-mail;personeelsnummer;afdeling;functie;Leidinggevende;in dienst sinds;loopbaan gestart";
const DUPLICATE_NAME: &str = "Noë Dubbel";

#[test]
fn an_hr_export_is_previewed_applied_and_a_faulty_one_refused() {
    let mut test = E2eTest::start("import_employees");
    let files = tempfile::Builder::new()
        .prefix("mentorpool-e2e-files-")
        .tempdir()
        .expect("create a temp dir for the test's files");
    let export = write(&files.path().join("export personeel.csv"), &windows_1252(&export_csv()));
    let faulty = write(&files.path().join("export met fout.csv"), &faulty_csv());

    let app = test.launch();
    app.wait_for_boot();
    app.click("#welcome-empty");
    app.wait_gone("#welcome");

    // Step 1: the path (the file dialog only picks one; a test types it).
    app.click("#nav-import");
    app.wait_for("#import-view");
    app.type_into("#import-path", &export.display().to_string());
    app.screenshot("1-choose");
    app.click("#import-preview");

    // Step 2: how the file was read, the columns and who would be added.
    app.wait_for("#import-step-check");
    app.wait_for("#import-mapping");
    let read_as = app.text(".import-file-text");
    for expected in [
        tr("en", "import.encoding.windows1252"),
        tr("en", "import.delimiter.semicolon"),
        tr("en", "import.rows.other").replace("{count}", "5"),
    ] {
        assert!(
            read_as.contains(&expected),
            "the file bar says {read_as:?}, not {expected:?}"
        );
    }
    for (field, column) in [
        ("name", "0"),
        ("email", "1"),
        ("employeeNumber", "2"),
        ("department", "3"),
        ("jobTitle", "4"),
        ("manager", "5"),
        ("startDate", "6"),
        ("careerStartYear", "7"),
    ] {
        assert_eq!(
            app.value(&format!("#import-map-{field}")),
            column,
            "the column proposed for {field}"
        );
    }
    assert_eq!(
        app.script(
            "return document.querySelector('#import-problems').dataset.count;",
            Vec::new()
        ),
        json!("0")
    );
    app.wait_for_text(
        "#import-added-title",
        &tr("en", "import.added.title.other").replace("{count}", "5"),
    );
    let rows = app.wait_until("the preview lists the five people to add", |app| {
        let rows = app.texts("#import-added tr[data-added]")?;
        app.note(format!("rows: {rows:?}"));
        Ok((rows.len() == PEOPLE.len()).then_some(rows))
    });
    for (index, (name, email, number, department, job_title, _)) in PEOPLE.iter().enumerate() {
        let row = &rows[index];
        let line = (index + 2).to_string();
        for expected in [&line, *name, *email, *number, *department, *job_title] {
            assert!(row.contains(expected), "preview row {row:?} lacks {expected:?}");
        }
    }
    app.screenshot("2-preview");

    // Step 3: applied, all five added.
    app.click("#import-apply");
    app.wait_for("#import-result");
    app.wait_for_text("#import-result-summary", &done_summary(5, 0, 0, 0));
    app.screenshot("3-done");

    app.click("#import-view-people");
    app.wait_for("#people-view");
    assert_people(&app);
    app.screenshot("4-people");
    check_person_details(&app);

    // A second export: UTF-8 with BOM and commas, with an employee number twice.
    app.click("#nav-import");
    app.wait_for("#import-step-choose");
    app.type_into("#import-path", &faulty.display().to_string());
    app.click("#import-preview");
    app.wait_for("#import-step-check");
    let read_as = app.text(".import-file-text");
    for expected in [tr("en", "import.encoding.utf8Bom"), tr("en", "import.delimiter.comma")] {
        assert!(
            read_as.contains(&expected),
            "the file bar says {read_as:?}, not {expected:?}"
        );
    }
    let problem = "#import-problems .pi-problem[data-code=\"import.duplicate_employee_number\"]";
    app.wait_for(problem);
    let text = app.text(problem);
    for expected in [
        tr("en", "pi.problems.line").replace("{line}", "7"),
        tr("en", "error.import.duplicate_employee_number"),
        String::from("20003"),
    ] {
        assert!(
            text.contains(&expected),
            "the problem reads {text:?}, without {expected:?}"
        );
    }
    assert_eq!(
        app.texts("#import-problems .pi-problem")
            .map(|problems| problems.len())
            .ok(),
        Some(1),
        "exactly one problem in the faulty file"
    );
    app.wait_for_text("#import-problem-list-title", &tr("en", "pi.problems.title.one"));
    assert_eq!(
        app.script("return document.querySelector('#import-apply').disabled;", Vec::new()),
        json!(true),
        "Apply must stay disabled while the file has a problem"
    );
    app.wait_for_text("#import-apply-summary", &tr("en", "import.apply.blocked.one"));
    show(&app, "#import-problems");
    app.screenshot("5-duplicate");

    // The first export again, after the refused one: everyone is already up to date, and applying
    // it changes nothing.
    app.click("#import-restart");
    app.wait_for("#import-step-choose");
    app.type_into("#import-path", &export.display().to_string());
    app.click("#import-preview");
    app.wait_for("#import-step-check");
    app.wait_for_text(
        "#import-unchanged",
        &tr("en", "import.unchanged.other").replace("{count}", "5"),
    );
    app.wait_for_text("#import-apply-summary", &tr("en", "import.apply.nothing"));
    assert_eq!(app.count("#import-added"), 0, "nobody is to be added a second time");
    app.click("#import-apply");
    app.wait_for_text("#import-result-summary", &done_summary(0, 0, 5, 0));
    app.screenshot("6-again");

    // Still the five: nobody from the refused file, nobody twice.
    app.click("#nav-people");
    app.wait_for("#people-view");
    assert_people(&app);
    app.close();
}

/// The first export as text, with CRLF line ends.
fn export_csv() -> String {
    let mut lines = vec![HEADER.to_owned()];
    for ((name, email, number, department, job_title, manager), (since, career)) in PEOPLE.iter().zip(DATES) {
        lines.push(
            [
                *name,
                email,
                number,
                department,
                &csv_field(job_title, ';'),
                manager,
                since,
                career,
            ]
            .join(";"),
        );
    }
    lines.join("\r\n") + "\r\n"
}

/// The faulty export: UTF-8 with BOM, commas, the same people and a sixth with 20003 again (line 7).
fn faulty_csv() -> Vec<u8> {
    let mut lines = vec![HEADER.replace(';', ",")];
    for ((name, email, number, department, job_title, manager), (since, career)) in PEOPLE.iter().zip(DATES) {
        lines.push(
            [
                *name,
                email,
                number,
                &csv_field(department, ','),
                &csv_field(job_title, ','),
                manager,
                since,
                career,
            ]
            .join(","),
        );
    }
    lines.push(format!(
        "{DUPLICATE_NAME},noe.dubbel@waterschap.example,20003,Beleid,adviseur,20004,01-01-2024,2020"
    ));
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend((lines.join("\r\n") + "\r\n").into_bytes());
    bytes
}

/// A CSV field, quoted (with doubled quotes) when it holds the delimiter or a quote.
fn csv_field(value: &str, delimiter: char) -> String {
    if value.contains(delimiter) || value.contains('"') {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

/// Windows-1252 bytes of `text`, which holds only ASCII and Latin-1 letters (U+00A0..U+00FF are
/// the same code points in both).
fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match u8::try_from(u32::from(c)) {
            Ok(byte) if !(0x80..0xA0).contains(&byte) => byte,
            _ => panic!("{c:?} is not written the same in Windows-1252 and Latin-1"),
        })
        .collect()
}

fn write(path: &Path, bytes: &[u8]) -> PathBuf {
    fs::write(path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    path.to_path_buf()
}

/// "Added 5, updated 0, …" as the done step writes it.
fn done_summary(added: usize, updated: usize, unchanged: usize, marked_left: usize) -> String {
    tr("en", "import.done.summary")
        .replace("{added}", &added.to_string())
        .replace("{updated}", &updated.to_string())
        .replace("{unchanged}", &unchanged.to_string())
        .replace("{markedLeft}", &marked_left.to_string())
}

/// The people list shows exactly the five, each with job title, department and manager.
fn assert_people(app: &App) {
    let count = match translations("en").get("people.count.other") {
        Some(serde_json::Value::String(text)) => text.replace("{count}", "5"),
        _ => panic!("ui/i18n/en.json has no text for people.count.other"),
    };
    app.wait_for_text("#people-count", &count);
    // Each row as [name, job title, department, manager], as shown.
    let rows: Vec<[String; 4]> = app.wait_until("the people list shows the five imported people", |app| {
        let rows = app.script(
            "return [...document.querySelectorAll('tr[data-person-id]')].map((row) => {
                 const cells = [...row.cells].map((cell) => cell.innerText.trim());
                 return [row.querySelector('.person-name').innerText.trim(), cells[1], cells[2], cells[3]];
             });",
            Vec::new(),
        );
        let rows: Vec<[String; 4]> =
            serde_json::from_value(rows.clone()).unwrap_or_else(|e| panic!("unexpected people rows {rows}: {e}"));
        app.note(format!("rows: {rows:?}"));
        Ok((rows.len() == PEOPLE.len()).then_some(rows))
    });
    for ((name, _, _, department, job_title, _), manager) in PEOPLE.iter().zip(MANAGERS) {
        let manager = if manager.is_empty() { "—" } else { manager };
        let expected = [*name, *job_title, *department, manager].map(String::from);
        assert!(
            rows.contains(&expected),
            "the people list has no row {expected:?}: {rows:#?}"
        );
    }
}

/// The dates and the career start came through: Zoë's form shows them (ISO in the file).
fn check_person_details(app: &App) {
    let id = app.script(
        "const row = [...document.querySelectorAll('tr[data-person-id]')]
             .find((row) => row.querySelector('.person-name')?.textContent.includes(arguments[0]));
         return row ? Number(row.dataset.personId) : null;",
        vec![json!(PEOPLE[2].0)],
    );
    let id = id.as_i64().unwrap_or_else(|| panic!("no row for {}", PEOPLE[2].0));
    app.click(&format!("button[data-edit-person=\"{id}\"]"));
    app.wait_for("#person-form");
    assert_eq!(app.value("#person-name"), PEOPLE[2].0);
    assert_eq!(app.value("#person-employee-number"), PEOPLE[2].2);
    assert_eq!(app.value("#person-start-date"), "2019-11-01");
    assert_eq!(app.value("#person-career-start-year"), "2014");
    let manager = app.script(
        "const select = document.querySelector('#person-manager');
         return select.options[select.selectedIndex].textContent;",
        Vec::new(),
    );
    assert!(
        manager.as_str().is_some_and(|text| text.contains(MANAGERS[2])),
        "Zoë's manager is {manager}, not {}",
        MANAGERS[2]
    );
    app.click("#person-cancel");
    app.wait_gone("#person-form");
}

/// Scrolls `css` into view for the screenshot.
fn show(app: &App, css: &str) {
    app.script(
        "document.querySelector(arguments[0]).scrollIntoView({ block: 'center' });",
        vec![json!(css)],
    );
}

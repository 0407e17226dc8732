//! `mentorpool import-employees` as HR's IT department runs it: every encoding and delimiter
//! Excel and HR systems write, every malformed case refused with the database byte for byte
//! as it was, and a second import of the same file changing nothing. The files are made here,
//! in a temporary dir, from one set of people.

use mentorpool_tests::{mentorpool, text_of};
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

const HEADER: [&str; 9] = [
    "Personeelsnummer",
    "Naam",
    "E-mail",
    "Afdeling",
    "Functie",
    "Leidinggevende",
    "In dienst sinds",
    "Loopbaan gestart",
    "Talen",
];

/// One organisation: accents from Windows-1252's range, an apostrophe, values with every
/// delimiter and a quote in them, managers by number and by e-mail, after their reports.
const PEOPLE: [[&str; 9]; 5] = [
    [
        "2001",
        "Zoë Çelik",
        "zoe.celik@waterschap.nl",
        "Beleid",
        "Adviseur; water, bodem",
        "henk.ozturk@waterschap.nl",
        "01-02-2021",
        "2019",
        "nl, en",
    ],
    [
        "2002",
        "Jan 't Hart",
        "jan.thart@waterschap.nl",
        "Team \"Dijken\"",
        "Dijkwerker",
        "2003",
        "2015-09-01",
        "2008",
        "nl",
    ],
    [
        "2003",
        "Henk Öztürk",
        "henk.ozturk@waterschap.nl",
        "Beleid",
        "Teamleider",
        "2005",
        "3-4-2012",
        "2001",
        "nl, tr",
    ],
    [
        "2004",
        "Anaïs Noël",
        "anais.noel@waterschap.nl",
        "Financiën",
        "Controller",
        "2005",
        "15-06-2018",
        "2010",
        "fr, nl",
    ],
    [
        "2005",
        "François Bakker-Ëvers",
        "francois.bakker@waterschap.nl",
        "Directie",
        "Directeur",
        "",
        "01-01-2000",
        "1990",
        "",
    ],
];

#[derive(Clone, Copy, Debug)]
enum Encoding {
    Utf8Bom,
    Utf8,
    Windows1252,
}

fn quoted(cell: &str, delimiter: char) -> String {
    if cell.contains([delimiter, '"', ',', ';', '\t', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// The rows as a CSV file with CRLF line ends.
fn csv(rows: &[Vec<String>], delimiter: char, encoding: Encoding) -> Vec<u8> {
    let mut text = String::new();
    for row in rows {
        let cells: Vec<String> = row.iter().map(|cell| quoted(cell, delimiter)).collect();
        text.push_str(&cells.join(&delimiter.to_string()));
        text.push_str("\r\n");
    }
    match encoding {
        Encoding::Utf8 => text.into_bytes(),
        Encoding::Utf8Bom => [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
        Encoding::Windows1252 => text
            .chars()
            .map(|c| {
                let code = u32::from(c);
                // Latin-1 and Windows-1252 agree outside 0x80..0xA0, which these names avoid.
                assert!(
                    code < 0x80 || (0xA0..=0xFF).contains(&code),
                    "{c} is not in the test's Windows-1252 subset"
                );
                code as u8
            })
            .collect(),
    }
}

fn table(people: &[[&str; 9]]) -> Vec<Vec<String>> {
    std::iter::once(&HEADER)
        .chain(people)
        .map(|row| row.iter().map(|cell| cell.to_string()).collect())
        .collect()
}

fn standard_file(dir: &Path) -> PathBuf {
    write(dir, "medewerkers.csv", csv(&table(&PEOPLE), ';', Encoding::Utf8Bom))
}

fn write(dir: &Path, name: &str, bytes: Vec<u8>) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    path
}

fn import(data_dir: &Path, file: &Path, extra: &[&str]) -> Output {
    let mut args = vec![OsStr::new("import-employees"), file.as_os_str()];
    args.extend(extra.iter().map(OsStr::new));
    mentorpool(data_dir, &args)
}

fn database(data_dir: &Path) -> PathBuf {
    data_dir.join(mentorpool_store::DATABASE_FILE)
}

/// Every person as stored, with their manager's employee number and languages, by number.
fn stored_people(data_dir: &Path) -> Vec<Vec<String>> {
    let conn = rusqlite::Connection::open(database(data_dir)).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT p.employee_number, p.name, p.email, p.department, p.job_title,
                    coalesce(boss.employee_number, ''), coalesce(p.start_date, ''),
                    coalesce(p.career_start_year, ''), coalesce(p.left_on, ''),
                    coalesce((SELECT group_concat(code, ',' ORDER BY code) FROM person_language
                              WHERE person_id = p.id), '')
             FROM person p LEFT JOIN person boss ON boss.id = p.manager_id
             ORDER BY p.employee_number",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |row| {
            (0..10).map(|i| row.get::<_, rusqlite::types::Value>(i)).collect()
        })
        .unwrap()
        .map(|row: rusqlite::Result<Vec<rusqlite::types::Value>>| {
            row.unwrap()
                .into_iter()
                .map(|value| match value {
                    rusqlite::types::Value::Text(text) => text,
                    rusqlite::types::Value::Integer(n) => n.to_string(),
                    other => format!("{other:?}"),
                })
                .collect()
        })
        .collect();
    rows
}

/// The database file's bytes, once every connection is closed (nothing waits in a WAL).
fn database_bytes(data_dir: &Path) -> Vec<u8> {
    let wal = data_dir.join(format!("{}-wal", mentorpool_store::DATABASE_FILE));
    assert!(
        fs::metadata(&wal).map_or(true, |m| m.len() == 0),
        "the WAL was checkpointed when the last connection closed"
    );
    fs::read(database(data_dir)).unwrap()
}

fn expected_people() -> Vec<Vec<String>> {
    let rows = [
        [
            "2001",
            "Zoë Çelik",
            "zoe.celik@waterschap.nl",
            "Beleid",
            "Adviseur; water, bodem",
            "2003",
            "2021-02-01",
            "2019",
            "",
            "en,nl",
        ],
        [
            "2002",
            "Jan 't Hart",
            "jan.thart@waterschap.nl",
            "Team \"Dijken\"",
            "Dijkwerker",
            "2003",
            "2015-09-01",
            "2008",
            "",
            "nl",
        ],
        [
            "2003",
            "Henk Öztürk",
            "henk.ozturk@waterschap.nl",
            "Beleid",
            "Teamleider",
            "2005",
            "2012-04-03",
            "2001",
            "",
            "nl,tr",
        ],
        [
            "2004",
            "Anaïs Noël",
            "anais.noel@waterschap.nl",
            "Financiën",
            "Controller",
            "2005",
            "2018-06-15",
            "2010",
            "",
            "fr,nl",
        ],
        [
            "2005",
            "François Bakker-Ëvers",
            "francois.bakker@waterschap.nl",
            "Directie",
            "Directeur",
            "",
            "2000-01-01",
            "1990",
            "",
            "",
        ],
    ];
    rows.iter()
        .map(|row| row.iter().map(|c| c.to_string()).collect())
        .collect()
}

#[test]
fn every_encoding_and_delimiter_imports_the_same_people() {
    let files = tempfile::tempdir().unwrap();
    for encoding in [Encoding::Utf8Bom, Encoding::Utf8, Encoding::Windows1252] {
        for delimiter in [';', ',', '\t'] {
            let variant = format!("{encoding:?} {delimiter:?}");
            let bytes = csv(&table(&PEOPLE), delimiter, encoding);
            assert!(
                bytes.windows(2).filter(|w| w == b"\r\n").count() >= 6,
                "{variant}: CRLF"
            );
            let file = write(files.path(), "export.csv", bytes);
            let data_dir = tempfile::tempdir().unwrap();
            let out = import(data_dir.path(), &file, &[]);
            assert!(out.status.success(), "{variant}: {}", text_of(&out.stderr));
            assert_eq!(text_of(&out.stdout), "added 5, updated 0, unchanged 0\n", "{variant}");
            let stored = stored_people(data_dir.path());
            assert_eq!(stored, expected_people(), "{variant}");
            assert!(
                stored.iter().flatten().all(|cell| !cell.contains('\u{feff}')),
                "{variant}: no BOM character anywhere"
            );
        }
    }
}

#[test]
fn a_bom_never_sticks_to_the_first_header() {
    // Employee number first: had the BOM stayed on its header, the column would not be found.
    let files = tempfile::tempdir().unwrap();
    let data_dir = tempfile::tempdir().unwrap();
    let file = standard_file(files.path());
    assert!(fs::read(&file).unwrap().starts_with(b"\xEF\xBB\xBFPersoneelsnummer;"));
    let out = import(data_dir.path(), &file, &["--dry-run"]);
    assert!(out.status.success(), "{}", text_of(&out.stderr));
}

#[test]
fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let files = tempfile::tempdir().unwrap();
    let data_dir = tempfile::tempdir().unwrap();
    let file = standard_file(files.path());
    assert!(import(data_dir.path(), &file, &[]).status.success());
    let before = database_bytes(data_dir.path());
    let again = import(data_dir.path(), &file, &[]);
    assert!(again.status.success(), "{}", text_of(&again.stderr));
    assert_eq!(text_of(&again.stdout), "added 0, updated 0, unchanged 5\n");
    assert!(database_bytes(data_dir.path()) == before, "not a byte changed");
}

#[test]
fn a_dry_run_shows_the_figures_and_writes_nothing() {
    let files = tempfile::tempdir().unwrap();
    let data_dir = tempfile::tempdir().unwrap();
    assert!(import(data_dir.path(), &standard_file(files.path()), &[])
        .status
        .success());
    let before = database_bytes(data_dir.path());

    let mut people = PEOPLE;
    people[1][4] = "Senior dijkwerker";
    let newcomer = [
        "2006",
        "Sanne de Jong",
        "sanne.dejong@waterschap.nl",
        "Beleid",
        "Adviseur",
        "2003",
        "",
        "",
        "nl",
    ];
    let mut rows = table(&people);
    rows.push(newcomer.iter().map(|c| c.to_string()).collect());
    let file = write(files.path(), "nieuw.csv", csv(&rows, ';', Encoding::Utf8));
    let out = import(data_dir.path(), &file, &["--dry-run"]);
    assert!(out.status.success(), "{}", text_of(&out.stderr));
    assert_eq!(text_of(&out.stdout), "dry run: added 1, updated 1, unchanged 4\n");
    assert!(database_bytes(data_dir.path()) == before, "a dry run writes nothing");

    let out = import(data_dir.path(), &file, &[]);
    assert_eq!(text_of(&out.stdout), "added 1, updated 1, unchanged 4\n");
    assert_eq!(stored_people(data_dir.path())[1][4], "Senior dijkwerker");
}

#[test]
fn people_missing_from_the_file_are_kept_and_counted() {
    let files = tempfile::tempdir().unwrap();
    let data_dir = tempfile::tempdir().unwrap();
    assert!(import(data_dir.path(), &standard_file(files.path()), &[])
        .status
        .success());
    // Anaïs is no longer in the export.
    let people: Vec<[&str; 9]> = PEOPLE.iter().filter(|p| p[0] != "2004").copied().collect();
    let file = write(files.path(), "zonder.csv", csv(&table(&people), ',', Encoding::Utf8));
    let out = import(data_dir.path(), &file, &[]);
    assert!(out.status.success(), "{}", text_of(&out.stderr));
    let stdout = text_of(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], "added 0, updated 0, unchanged 4");
    assert!(lines[1].starts_with("missing from the file: 1"), "{stdout}");
    assert_eq!(stored_people(data_dir.path()), expected_people(), "kept as they were");
}

/// A malformed file: exit 1, each problem on stderr with its line, nothing on stdout, and the
/// database byte for byte as it was.
fn refused(name: &str, rows: &[Vec<String>], expected: &[&str]) {
    refused_bytes(name, csv(rows, ';', Encoding::Utf8Bom), expected);
}

fn refused_bytes(name: &str, bytes: Vec<u8>, expected: &[&str]) {
    let files = tempfile::tempdir().unwrap();
    let data_dir = tempfile::tempdir().unwrap();
    assert!(import(data_dir.path(), &standard_file(files.path()), &[])
        .status
        .success());
    let before = database_bytes(data_dir.path());
    let file = write(files.path(), "fout.csv", bytes);
    for extra in [&[][..], &["--dry-run"][..]] {
        let out = import(data_dir.path(), &file, extra);
        let stderr = text_of(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name} {extra:?}: {stderr}");
        assert_eq!(text_of(&out.stdout), "", "{name} {extra:?}");
        for line in expected {
            assert!(
                stderr.lines().any(|l| l == *line),
                "{name} {extra:?}: expected `{line}` in\n{stderr}"
            );
        }
        let reported = stderr.lines().filter(|l| l.starts_with("line ")).count();
        assert_eq!(
            reported,
            expected.len(),
            "{name} {extra:?}: every problem, once\n{stderr}"
        );
        assert!(
            database_bytes(data_dir.path()) == before,
            "{name} {extra:?}: database unchanged"
        );
    }
}

fn with(changes: &[(usize, usize, &str)]) -> Vec<Vec<String>> {
    let mut rows = table(&PEOPLE);
    for &(row, column, value) in changes {
        rows[row][column] = value.to_string();
    }
    rows
}

#[test]
fn a_missing_required_column_is_refused() {
    let rows: Vec<Vec<String>> = table(&PEOPLE).into_iter().map(|row| row[1..].to_vec()).collect();
    refused(
        "no employee number",
        &rows,
        &["line 1: a required column is missing (employeeNumber)"],
    );
}

#[test]
fn a_repeated_employee_number_is_refused() {
    refused(
        "duplicate",
        &with(&[(4, 0, "2001")]),
        &["line 5: this employee number appears more than once in the file (2001)"],
    );
}

#[test]
fn an_unknown_manager_is_refused() {
    refused(
        "unknown manager",
        &with(&[(2, 5, "9999"), (3, 5, "nobody@waterschap.nl")]),
        &[
            "line 3: the manager is neither in the file nor in the database (9999)",
            "line 4: the manager is neither in the file nor in the database (nobody@waterschap.nl)",
        ],
    );
}

#[test]
fn a_management_cycle_is_refused() {
    // The director now reports to Zoë, who reports (through Henk) to the director.
    refused(
        "cycle",
        &with(&[(5, 5, "2001")]),
        &[
            "line 2: this manager makes a management cycle (henk.ozturk@waterschap.nl)",
            "line 4: this manager makes a management cycle (2005)",
            "line 6: this manager makes a management cycle (2001)",
        ],
    );
}

#[test]
fn a_person_managing_themselves_is_refused() {
    refused(
        "self",
        &with(&[(5, 5, "2005")]),
        &["line 6: a person cannot be their own manager (2005)"],
    );
}

#[test]
fn malformed_values_are_all_refused_at_once() {
    refused(
        "values",
        &with(&[
            (1, 2, "zoe.celik@waterschap"),
            (2, 6, "31-02-2015"),
            (3, 7, "tweeduizend"),
            (4, 7, "1850"),
            (5, 1, " "),
        ]),
        &[
            "line 2: the e-mail address is not valid (zoe.celik@waterschap)",
            "line 3: the date cannot be read (use dd-mm-yyyy or yyyy-mm-dd) (31-02-2015)",
            "line 4: the career start year is not a plausible year (tweeduizend)",
            "line 5: the career start year is not a plausible year (1850)",
            "line 6: the name is empty (2005)",
        ],
    );
}

#[test]
fn a_file_that_is_not_csv_text_is_refused() {
    refused_bytes(
        "broken UTF-8 after a BOM",
        b"\xEF\xBB\xBFPersoneelsnummer;Naam\r\n1;\xFF\xFE\r\n".to_vec(),
        &["line 2: the file cannot be read as CSV (not valid UTF-8)"],
    );
    refused_bytes(
        "empty",
        Vec::new(),
        &["line 1: the file cannot be read as CSV (the file is empty)"],
    );
}

#[test]
fn a_row_with_a_shifted_column_is_refused() {
    let mut rows = table(&PEOPLE);
    rows[3].push("extra".into());
    refused(
        "extra field",
        &rows,
        &["line 4: this line has another number of fields than the header (10 instead of 9)"],
    );
}

#[test]
fn a_file_that_does_not_exist_is_a_clear_error() {
    let data_dir = tempfile::tempdir().unwrap();
    let out = import(data_dir.path(), Path::new("/nonexistent/medewerkers.csv"), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text_of(&out.stderr).contains("cannot read /nonexistent/medewerkers.csv"),
        "{}",
        text_of(&out.stderr)
    );
}

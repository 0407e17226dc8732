//! `mentorpool booklet`: the demo organisation's profile booklet, read back with poppler's
//! `pdftotext` and `pdfinfo` the way a newcomer's PDF viewer would see it.

use mentorpool_tests::{mentorpool, text_of};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const ORGANISATION: &str = "Waterschap Lage Landen";
const SCREENING_CANARY: &str = "CANARY-SCREENING-5d81";
const DECISION_CANARY: &str = "CANARY-DECISION-0b7e";
const POLL_CANARY: &str = "CANARY-POLL-c4a9";
const CHOICE_CANARY: &str = "CANARY-CHOICE-71f3";

fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|err| panic!("{tool} is missing ({err}): .ci/install-deps installs poppler-utils"));
    assert!(out.status.success(), "{tool} {args:?}: {}", text_of(&out.stderr));
    text_of(&out.stdout)
}

/// The text of one page, or of all pages with `None`.
fn pdf_text(pdf: &Path, page: Option<usize>) -> String {
    let pdf = pdf.to_str().unwrap();
    match page {
        Some(page) => {
            let page = page.to_string();
            poppler("pdftotext", &["-enc", "UTF-8", "-f", &page, "-l", &page, pdf, "-"])
        }
        None => poppler("pdftotext", &["-enc", "UTF-8", pdf, "-"]),
    }
}

fn page_count(pdf: &Path) -> usize {
    let info = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
    info.lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// A data dir with the demo organisation, and a canary in every private field the profiles
/// sit next to: HR's screening notes and decisions, poll answers and newcomers' choices.
fn demo_with_canaries() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let demo = mentorpool(dir.path(), &["demo"]);
    assert!(demo.status.success(), "{}", text_of(&demo.stderr));
    let conn = rusqlite::Connection::open(dir.path().join(mentorpool_store::DATABASE_FILE)).unwrap();
    let screened = conn
        .execute(
            "UPDATE screening SET notes = notes || ' ' || ?1, decision_reason = decision_reason || ' ' || ?2",
            [SCREENING_CANARY, DECISION_CANARY],
        )
        .unwrap();
    let polled = conn
        .execute(
            "UPDATE poll_invitee SET motivation = ?1, topics = ?1 WHERE answer = 'interested'",
            [POLL_CANARY],
        )
        .unwrap();
    conn.execute("UPDATE mentor_choice SET motivation = ?1", [CHOICE_CANARY])
        .unwrap();
    assert!(screened > 0 && polled > 0, "the demo has screenings and poll answers");
    dir
}

/// The names of the mentors a booklet of everyone must show, from the database itself.
fn approved_mentors(data_dir: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(data_dir.join(mentorpool_store::DATABASE_FILE)).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT p.name FROM mentor m JOIN person p ON p.id = m.person_id
              WHERE m.status = 'approved' AND p.left_on IS NULL ORDER BY p.name",
        )
        .unwrap();
    let names = stmt
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<Vec<String>, _>>()
        .unwrap();
    names
}

fn emails(data_dir: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(data_dir.join(mentorpool_store::DATABASE_FILE)).unwrap();
    let mut stmt = conn.prepare("SELECT email FROM person").unwrap();
    let emails = stmt
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<Vec<String>, _>>()
        .unwrap();
    emails
}

/// The page the contents gives for each name, from the contents page laid out as it looks:
/// in each of its two columns a name, the dotted leader (a drawn line) and the page number.
fn contents_pages(pdf: &Path, contents_page: usize, names: &[String]) -> BTreeMap<usize, String> {
    let page = contents_page.to_string();
    let contents = poppler(
        "pdftotext",
        &[
            "-layout",
            "-enc",
            "UTF-8",
            "-f",
            &page,
            "-l",
            &page,
            pdf.to_str().unwrap(),
            "-",
        ],
    );
    let mut starts = BTreeMap::new();
    for name in names {
        let number: String = contents
            .lines()
            .find_map(|line| {
                let (_, after) = line.split_once(name.as_str())?;
                after
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
                    .then_some(after)
            })
            .unwrap_or_else(|| panic!("{name} has no page number in the contents:\n{contents}"))
            .trim_start()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let page: usize = number.parse().unwrap();
        assert!(
            starts.insert(page, name.clone()).is_none(),
            "two mentors start on page {page}"
        );
    }
    starts
}

#[test]
fn the_demo_booklet_shows_every_approved_mentor_and_nothing_private() {
    let dir = demo_with_canaries();
    let pdf = dir.path().join("profielboekje.pdf");
    let out = mentorpool(
        dir.path(),
        &[
            "booklet",
            "--out",
            pdf.to_str().unwrap(),
            "--lang",
            "nl",
            "--organisation",
            ORGANISATION,
        ],
    );
    assert!(out.status.success(), "{}", text_of(&out.stderr));
    let report = text_of(&out.stdout);

    let names = approved_mentors(dir.path());
    assert!(names.len() >= 20, "{names:?}");
    assert!(
        names.iter().any(|name| !name.is_ascii()),
        "the demo has names with diacritics to check"
    );
    let all = pdf_text(&pdf, None);
    for name in &names {
        assert!(all.contains(name.as_str()), "{name} is missing or garbled");
    }
    for private in [SCREENING_CANARY, DECISION_CANARY, POLL_CANARY, CHOICE_CANARY] {
        assert!(!all.contains(private), "{private} is in the booklet");
    }
    for email in emails(dir.path()) {
        assert!(!all.contains(&email), "{email} is in the booklet");
    }

    // Cover, then the contents, then one section per mentor, each starting on the page the
    // contents gives and carrying the mentor's name on every page after the first.
    let pages = page_count(&pdf);
    let cover = pdf_text(&pdf, Some(1));
    assert!(cover.contains("Onze mentoren") && !cover.contains("Inhoud"), "{cover}");
    let contents = pdf_text(&pdf, Some(2));
    assert!(contents.contains("Inhoud"), "{contents}");
    let starts = contents_pages(&pdf, 2, &names);
    let first_mentor_page = *starts.keys().next().unwrap();
    let contents_pages = first_mentor_page - 2;
    let mut mentor_pages = 0;
    let section_ends = starts.keys().skip(1).copied().chain([pages + 1]);
    for ((&start, name), end) in starts.iter().zip(section_ends) {
        assert!(
            pdf_text(&pdf, Some(start)).contains(name.as_str()),
            "{name} is not on page {start}"
        );
        for page in start + 1..end {
            let continued = format!("{name} · vervolg");
            assert!(
                pdf_text(&pdf, Some(page)).contains(&continued),
                "page {page} is not {name}'s"
            );
        }
        mentor_pages += end - start;
    }
    assert_eq!(pages, 1 + contents_pages + mentor_pages);
    assert!(
        report.contains(&format!(
            "{pages} pages (cover 1, contents {contents_pages}, mentors {mentor_pages} for {} mentors)",
            names.len()
        )),
        "{report}"
    );

    let info = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(info.contains(&format!("Author:          {ORGANISATION}")), "{info}");
    let bytes = fs::read(&pdf).unwrap();
    assert!(
        bytes.windows(9).any(|w| w == b"/Lang(nl)"),
        "the document language is Dutch"
    );
}

#[test]
fn an_english_booklet_of_one_department_replaces_the_old_file_in_one_step() {
    let dir = tempfile::tempdir().unwrap();
    assert!(mentorpool(dir.path(), &["demo"]).status.success());
    let pdf = dir.path().join("booklet.pdf");
    fs::write(&pdf, b"an older booklet").unwrap();
    let out = mentorpool(
        dir.path(),
        &[
            "booklet",
            "--out",
            pdf.to_str().unwrap(),
            "--lang",
            "en",
            "--department",
            "watersystemen",
        ],
    );
    assert!(out.status.success(), "{}", text_of(&out.stderr));
    let all = pdf_text(&pdf, None);
    assert!(all.contains("Contents") && all.contains("places free"), "{all}");
    assert!(!all.contains("Inhoud") && !all.contains("plaatsen vrij"));
    let bytes = fs::read(&pdf).unwrap();
    assert!(
        bytes.windows(9).any(|w| w == b"/Lang(en)"),
        "the document language is English"
    );
    let left_over: Vec<PathBuf> = fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.to_string_lossy().ends_with(".part"))
        .collect();
    assert!(left_over.is_empty(), "{left_over:?}");
}

#[test]
fn what_cannot_be_made_exits_1_with_a_clear_message_and_writes_nothing() {
    let empty = tempfile::tempdir().unwrap();
    let pdf = empty.path().join("booklet.pdf");
    let out = mentorpool(empty.path(), &["booklet", "--out", pdf.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text_of(&out.stderr).contains("no approved mentors"),
        "{}",
        text_of(&out.stderr)
    );
    assert!(!pdf.exists());

    let demo = tempfile::tempdir().unwrap();
    assert!(mentorpool(demo.path(), &["demo"]).status.success());
    let pdf = demo.path().join("booklet.pdf");
    let out = mentorpool(
        demo.path(),
        &["booklet", "--out", pdf.to_str().unwrap(), "--department", "Kantine"],
    );
    assert_eq!(out.status.code(), Some(1));
    let message = text_of(&out.stderr);
    assert!(
        message.contains("no department called \"Kantine\"") && message.contains("Watersystemen"),
        "{message}"
    );

    // A folder that cannot exist, because a file is in its place: refused even for root.
    let blocked = demo.path().join("not-a-folder");
    fs::write(&blocked, b"").unwrap();
    let out = mentorpool(
        demo.path(),
        &["booklet", "--out", blocked.join("booklet.pdf").to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text_of(&out.stderr).contains("cannot write the booklet"),
        "{}",
        text_of(&out.stderr)
    );
    assert!(!pdf.exists());
}

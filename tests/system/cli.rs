//! The CLI on the same binary as the window.

use mentorpool_store::{DataDir, SCHEMA_VERSION};
use mentorpool_tests::{app_binary, mentorpool, text_of};
use std::path::Path;
use std::process::Command;

#[test]
fn version_is_printed() {
    let out = Command::new(app_binary()).arg("--version").output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        text_of(&out.stdout).trim(),
        format!("mentorpool {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn demo_then_check_succeeds_and_a_second_demo_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let demo = mentorpool(dir.path(), &["demo"]);
    assert!(demo.status.success(), "{}", text_of(&demo.stderr));
    assert!(text_of(&demo.stdout).contains("mentors"), "{}", text_of(&demo.stdout));

    let check = mentorpool(dir.path(), &["check"]);
    assert!(
        check.status.success(),
        "{}{}",
        text_of(&check.stdout),
        text_of(&check.stderr)
    );
    assert!(text_of(&check.stdout).starts_with("ok:"), "{}", text_of(&check.stdout));

    let db = dir.path().join(mentorpool_store::DATABASE_FILE);
    let counts = || {
        let conn = rusqlite::Connection::open(&db).unwrap();
        let people: i64 = conn.query_row("SELECT count(*) FROM person", [], |r| r.get(0)).unwrap();
        let mentors: i64 = conn.query_row("SELECT count(*) FROM mentor", [], |r| r.get(0)).unwrap();
        (people, mentors)
    };
    let before = counts();
    assert!(before.0 >= 150 && before.1 >= 30, "{before:?}");

    let again = mentorpool(dir.path(), &["demo"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        text_of(&again.stderr).contains("already holds data"),
        "{}",
        text_of(&again.stderr)
    );
    assert_eq!(counts(), before);
}

#[test]
fn check_fails_on_a_database_from_a_newer_app() {
    let dir = tempfile::tempdir().unwrap();
    let conn = rusqlite::Connection::open(dir.path().join(mentorpool_store::DATABASE_FILE)).unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    drop(conn);
    let out = mentorpool(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text_of(&out.stderr).contains("newer Mentorpool"),
        "{}",
        text_of(&out.stderr)
    );
}

#[test]
fn a_data_dir_in_use_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let _held = DataDir::acquire(dir.path()).unwrap();
    let out = mentorpool(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text_of(&out.stderr).contains("already using"),
        "{}",
        text_of(&out.stderr)
    );
}

#[test]
fn another_data_dir_can_be_used_at_the_same_time() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let _held = DataDir::acquire(a.path()).unwrap();
    assert!(mentorpool(b.path(), &["check"]).status.success());
}

#[test]
fn a_network_share_is_refused() {
    let out = mentorpool(Path::new("//fileserver/hr/mentorpool"), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text_of(&out.stderr).contains("network"), "{}", text_of(&out.stderr));
}

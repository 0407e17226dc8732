use mentorpool_store::{open, StoreError, SCHEMA_VERSION};
use std::fs;

#[test]
fn an_empty_file_is_migrated_to_the_current_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite3");
    let conn = open(&path).unwrap();
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for table in [
        "expertise_tag",
        "mentor",
        "mentor_expertise",
        "person",
        "person_language",
        "setting",
    ] {
        assert!(tables.contains(&table.to_string()), "{table} missing from {tables:?}");
    }
    drop(conn);
    // Opening again finds nothing to do and keeps the data.
    let again = open(&path).unwrap();
    assert!(mentorpool_store::check(&again).unwrap().is_healthy());
}

#[test]
fn a_database_from_a_newer_app_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); INSERT INTO future VALUES (1);")
            .unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 5).unwrap();
    }
    let before = fs::read(&path).unwrap();
    let err = open(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::SchemaTooNew { found, supported } if found == SCHEMA_VERSION + 5 && supported == SCHEMA_VERSION)
    );
    assert_eq!(err.code(), "store.schema_too_new");
    assert!(err.to_string().contains("newer Mentorpool"), "{err}");
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "the file must be byte-for-byte unchanged"
    );
    assert!(
        !dir.path().join("db.sqlite3-wal").exists(),
        "no WAL switch on a refused file"
    );
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite3");
    let garbage = b"Dit is geen database maar een boodschappenlijstje.\n".repeat(100);
    fs::write(&path, &garbage).unwrap();
    let err = open(&path).unwrap_err();
    assert_eq!(err.code(), "store.not_a_database");
    assert_eq!(fs::read(&path).unwrap(), garbage);
}

/// A database as version 1 of the schema left it (the demo organisation, made by the release
/// that introduced it) is upgraded in place and keeps every row.
#[test]
fn a_version_1_database_is_upgraded_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite3");
    fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/schema-v1-demo.sqlite3"),
        &path,
    )
    .unwrap();
    let conn = open(&path).unwrap();
    let report = mentorpool_store::check(&conn).unwrap();
    assert!(report.is_healthy(), "{report}");
    assert_eq!(mentorpool_store::people::count(&conn).unwrap(), 196);
    let mentors = mentorpool_store::mentors::list(&conn, &Default::default()).unwrap();
    assert_eq!(mentors.len(), 43);
    assert!(mentors.iter().any(|m| m.name == "Zoë Çelik" || !m.expertise.is_empty()));

    // The search index (version 4) is built from the profiles already there: every mentor a
    // newcomer can choose is found by their name, typed without diacritics.
    let available = mentorpool_store::public::available_mentors(&conn).unwrap();
    assert!(available.len() > 20);
    for mentor in &available {
        let query = mentorpool_store::search::SearchQuery {
            text: mentorpool_domain::fold_for_search(&mentor.name),
            ..Default::default()
        };
        let hits = mentorpool_store::search::matching_ids(&conn, &query).unwrap();
        assert!(hits.contains(&mentor.id), "{} not found after the upgrade", mentor.name);
    }
}

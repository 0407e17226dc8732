use crate::{migrations, StoreError};
use mentorpool_domain::fold_for_search;
use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use std::path::Path;
use std::time::Duration;

/// Long enough to ride out a checkpoint or a CLI command on the same file, short enough that
/// a stuck lock surfaces as an error instead of a frozen window.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Opens (or creates) the database at `path`, sets every pragma and brings the schema up to
/// date. A database from a newer Mentorpool, or a file that is not a database, is refused
/// before anything is written to it.
pub fn open(path: &Path) -> Result<Connection, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags)?;
    configure(&mut conn).map_err(|err| match err {
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::NotADatabase => {
            StoreError::NotADatabase(path.to_path_buf())
        }
        other => other,
    })?;
    Ok(conn)
}

/// A private in-memory database with the full schema, for tests and benchmarks.
pub fn open_in_memory() -> Result<Connection, StoreError> {
    let mut conn = Connection::open_in_memory()?;
    configure(&mut conn)?;
    Ok(conn)
}

fn configure(conn: &mut Connection) -> Result<(), StoreError> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    register_fold(conn)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "trusted_schema", false)?;
    // Checked before WAL is switched on, because that would already rewrite the file header.
    migrations::refuse_newer_schema(conn)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    migrations::migrate(conn)
}

/// `mentorpool_fold(text)`: the domain's search folding, for the search index's triggers. SQLite's
/// own folding drops accents but keeps letters such as 'ı', 'ł' and 'ø', so "yilmaz" would not
/// find "Yılmaz"; the index holds text folded exactly as the user's query is. Registered before
/// the migrations run, and innocuous so the schema may use it with `trusted_schema` off.
fn register_fold(conn: &Connection) -> Result<(), StoreError> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC | FunctionFlags::SQLITE_INNOCUOUS;
    conn.create_scalar_function("mentorpool_fold", 1, flags, |ctx| {
        Ok(ctx.get::<Option<String>>(0)?.map(|text| fold_for_search(&text)))
    })?;
    Ok(())
}

/// Runs one user action in one IMMEDIATE transaction: it takes the write lock up front, so
/// two writers never both read and then collide on upgrade. Commits on `Ok`, rolls back on
/// `Err` (by dropping the transaction).
pub fn write<T, E>(conn: &mut Connection, action: impl FnOnce(&Transaction) -> Result<T, E>) -> Result<T, E>
where
    E: From<StoreError>,
{
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| E::from(StoreError::from(e)))?;
    let value = action(&tx)?;
    tx.commit().map_err(|e| E::from(StoreError::from(e)))?;
    Ok(value)
}

/// True when nobody and nothing has been entered yet: the moment to offer the demo.
pub fn is_empty(conn: &Connection) -> Result<bool, StoreError> {
    let any: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM person) OR EXISTS (SELECT 1 FROM mentor)",
        [],
        |row| row.get(0),
    )?;
    Ok(!any)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pragma_is_set_on_a_file_database() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open(&dir.path().join("db.sqlite3")).unwrap();
        let text = |name: &str| conn.pragma_query_value(None, name, |r| r.get::<_, String>(0)).unwrap();
        let number = |name: &str| conn.pragma_query_value(None, name, |r| r.get::<_, i64>(0)).unwrap();
        assert_eq!(text("journal_mode"), "wal");
        assert_eq!(number("synchronous"), 2, "FULL");
        assert_eq!(number("foreign_keys"), 1);
        assert_eq!(number("trusted_schema"), 0);
        assert_eq!(number("busy_timeout"), 5000);
    }

    #[test]
    fn a_new_database_is_empty() {
        assert!(is_empty(&open_in_memory().unwrap()).unwrap());
    }

    #[test]
    fn write_rolls_back_when_the_action_fails() {
        let mut conn = open_in_memory().unwrap();
        let result: Result<(), StoreError> = write(&mut conn, |tx| {
            tx.execute("INSERT INTO setting (key, value) VALUES ('a', 'b')", [])?;
            Err(StoreError::NoDataDir)
        });
        assert!(result.is_err());
        let count: i64 = conn
            .query_row("SELECT count(*) FROM setting", [], |r| r.get(0))
            .unwrap();
        assert_eq!(count, 0);
    }
}

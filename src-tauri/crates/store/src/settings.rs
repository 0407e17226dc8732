//! Small per-data-dir preferences, such as the chosen language.

use crate::StoreError;
use rusqlite::{Connection, OptionalExtension};

pub const LANGUAGE: &str = "ui.language";
pub const WELCOME_DONE: &str = "ui.welcome_done";

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    Ok(conn.query_row("SELECT value FROM setting WHERE key = ?1", [key], |row| row.get(0)).optional()?)
}

pub fn set(conn: &Connection, key: &str, value: &str) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_setting_is_stored_and_replaced() {
        let conn = crate::open_in_memory().unwrap();
        assert_eq!(get(&conn, LANGUAGE).unwrap(), None);
        set(&conn, LANGUAGE, "nl").unwrap();
        set(&conn, LANGUAGE, "en").unwrap();
        assert_eq!(get(&conn, LANGUAGE).unwrap().as_deref(), Some("en"));
    }
}

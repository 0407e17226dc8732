//! Small per-data-dir preferences, such as the chosen language.

use crate::StoreError;
use mentorpool_domain::UiLanguage;
use rusqlite::{Connection, OptionalExtension};

pub const LANGUAGE: &str = "ui.language";
pub const WELCOME_DONE: &str = "ui.welcome_done";
/// The organisation's name, as the booklet's cover shows it.
pub const ORGANISATION_NAME: &str = "organisation.name";

/// What the window needs to know before it shows anything.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Welcome {
    pub is_empty: bool,
    pub welcome_done: bool,
    pub language: Option<UiLanguage>,
}

pub fn welcome(conn: &Connection) -> Result<Welcome, StoreError> {
    Ok(Welcome {
        is_empty: crate::is_empty(conn)?,
        welcome_done: get(conn, WELCOME_DONE)?.is_some(),
        language: get(conn, LANGUAGE)?.as_deref().and_then(UiLanguage::parse),
    })
}

/// Remembers that the user chose to start with an empty organisation.
pub fn finish_welcome(conn: &Connection) -> Result<(), StoreError> {
    set(conn, WELCOME_DONE, "empty")
}

pub fn set_language(conn: &Connection, language: UiLanguage) -> Result<(), StoreError> {
    set(conn, LANGUAGE, language.as_str())
}

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row("SELECT value FROM setting WHERE key = ?1", [key], |row| row.get(0))
        .optional()?)
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

    #[test]
    fn the_welcome_is_offered_until_answered() {
        let conn = crate::open_in_memory().unwrap();
        let fresh = welcome(&conn).unwrap();
        assert!(fresh.is_empty && !fresh.welcome_done && fresh.language.is_none());
        finish_welcome(&conn).unwrap();
        set_language(&conn, UiLanguage::Nl).unwrap();
        let answered = welcome(&conn).unwrap();
        assert!(answered.welcome_done);
        assert_eq!(answered.language, Some(UiLanguage::Nl));
    }
}

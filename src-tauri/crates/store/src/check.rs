use crate::{migrations, StoreError, SCHEMA_VERSION};
use rusqlite::Connection;
use std::fmt;

/// What `mentorpool check` reports about a database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckReport {
    /// `integrity_check`'s findings; empty when it answered "ok".
    pub integrity_problems: Vec<String>,
    pub foreign_key_violations: usize,
    pub schema_version: i64,
}

impl CheckReport {
    pub fn is_healthy(&self) -> bool {
        self.integrity_problems.is_empty() && self.foreign_key_violations == 0 && self.schema_version == SCHEMA_VERSION
    }
}

impl fmt::Display for CheckReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let integrity = match self.integrity_problems.first() {
            None => "ok".to_string(),
            Some(first) => format!("{} problem(s), first: {first}", self.integrity_problems.len()),
        };
        write!(
            f,
            "{}: integrity {integrity}; foreign keys {}; schema version {} of {SCHEMA_VERSION}",
            if self.is_healthy() { "ok" } else { "NOT OK" },
            match self.foreign_key_violations {
                0 => "ok".to_string(),
                n => format!("{n} violation(s)"),
            },
            self.schema_version,
        )
    }
}

/// Reads only; runs SQLite's own checks and compares the schema version with this app's.
pub fn check(conn: &Connection) -> Result<CheckReport, StoreError> {
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let integrity_problems: Vec<String> = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter(|line| line != "ok")
        .collect();
    let foreign_key_violations = conn
        .prepare("PRAGMA foreign_key_check")?
        .query_map([], |_| Ok(()))?
        .count();
    Ok(CheckReport {
        integrity_problems,
        foreign_key_violations,
        schema_version: migrations::schema_version(conn)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_database_is_healthy() {
        let report = check(&crate::open_in_memory().unwrap()).unwrap();
        assert!(report.is_healthy(), "{report}");
        assert!(report.to_string().starts_with("ok:"));
    }

    #[test]
    fn a_dangling_manager_is_reported() {
        let conn = crate::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", false).unwrap();
        conn.execute(
            "INSERT INTO person (name, email, employee_number, manager_id, search_key, created_at, updated_at)
             VALUES ('A', 'a@x.nl', '1', 99, 'a', '', '')",
            [],
        )
        .unwrap();
        let report = check(&conn).unwrap();
        assert_eq!(report.foreign_key_violations, 1);
        assert!(!report.is_healthy());
        assert!(report.to_string().starts_with("NOT OK"));
    }
}

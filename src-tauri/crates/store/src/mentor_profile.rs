//! The parts of a mentor profile kept in their own tables: topics offered, the career path and
//! the structured CV. Each save replaces the whole list, in the order HR gave it.

use crate::StoreError;
use mentorpool_domain::profile::{CareerMove, CvEntry, CvEntryKind, MoveDirection};
use mentorpool_domain::MentorId;
use rusqlite::{params, Connection};

pub(crate) fn replace_topics(conn: &Connection, mentor: MentorId, topics: &[String]) -> Result<(), StoreError> {
    conn.execute("DELETE FROM mentor_topic WHERE mentor_id = ?1", [mentor])?;
    let mut insert =
        conn.prepare_cached("INSERT INTO mentor_topic (mentor_id, position, topic) VALUES (?1, ?2, ?3)")?;
    for (position, topic) in (0_i64..).zip(topics) {
        insert.execute(params![mentor, position, topic])?;
    }
    Ok(())
}

pub(crate) fn topics(conn: &Connection, mentor: MentorId) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT topic FROM mentor_topic WHERE mentor_id = ?1 ORDER BY position")?;
    let topics = stmt.query_map([mentor], |row| row.get(0))?.collect::<Result<_, _>>()?;
    Ok(topics)
}

pub(crate) fn replace_career_path(conn: &Connection, mentor: MentorId, moves: &[CareerMove]) -> Result<(), StoreError> {
    conn.execute("DELETE FROM career_move WHERE mentor_id = ?1", [mentor])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO career_move (mentor_id, position, year, from_role, to_role, from_department, to_department, direction)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (position, mv) in (0_i64..).zip(moves) {
        insert.execute(params![
            mentor,
            position,
            mv.year,
            mv.from_role,
            mv.to_role,
            mv.from_department,
            mv.to_department,
            mv.direction.as_str()
        ])?;
    }
    Ok(())
}

pub(crate) fn career_path(conn: &Connection, mentor: MentorId) -> Result<Vec<CareerMove>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT year, from_role, to_role, from_department, to_department, direction
         FROM career_move WHERE mentor_id = ?1 ORDER BY position",
    )?;
    let moves = stmt
        .query_map([mentor], |row| {
            let direction: String = row.get(5)?;
            Ok(CareerMove {
                year: row.get(0)?,
                from_role: row.get(1)?,
                to_role: row.get(2)?,
                from_department: row.get(3)?,
                to_department: row.get(4)?,
                direction: MoveDirection::parse(&direction).ok_or_else(|| bad_text(5, &direction))?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(moves)
}

pub(crate) fn replace_cv(conn: &Connection, mentor: MentorId, entries: &[CvEntry]) -> Result<(), StoreError> {
    conn.execute("DELETE FROM cv_entry WHERE mentor_id = ?1", [mentor])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO cv_entry (mentor_id, position, kind, title, organisation, from_year, to_year, description)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (position, entry) in (0_i64..).zip(entries) {
        insert.execute(params![
            mentor,
            position,
            entry.kind.as_str(),
            entry.title,
            entry.organisation,
            entry.from_year,
            entry.to_year,
            entry.description
        ])?;
    }
    Ok(())
}

pub(crate) fn cv(conn: &Connection, mentor: MentorId) -> Result<Vec<CvEntry>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT kind, title, organisation, from_year, to_year, description
         FROM cv_entry WHERE mentor_id = ?1 ORDER BY position",
    )?;
    let entries = stmt
        .query_map([mentor], |row| {
            let kind: String = row.get(0)?;
            Ok(CvEntry {
                kind: CvEntryKind::parse(&kind).ok_or_else(|| bad_text(0, &kind))?,
                title: row.get(1)?,
                organisation: row.get(2)?,
                from_year: row.get(3)?,
                to_year: row.get(4)?,
                description: row.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(entries)
}

/// A text column holding a value the CHECK constraint should have kept out.
pub(crate) fn bad_text(column: usize, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        column,
        rusqlite::types::Type::Text,
        format!("unexpected '{value}'").into(),
    )
}

//! A newcomer's private marks on mentors (`mentor_mark`): a star puts a mentor on the
//! shortlist, and a note is for the newcomer alone. Unstarring keeps the note; a mark with
//! neither is removed.

use crate::cards::{self, MentorCard};
use crate::newcomers::{ensure_person, ensure_row};
use crate::StoreError;
use chrono::Utc;
use mentorpool_domain::matching::tidy_note;
use mentorpool_domain::{DomainError, MentorId, PersonId};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Mark {
    pub mentor_id: MentorId,
    /// Shown even when the card is gone, so the newcomer knows whose place ran out.
    pub name: String,
    pub starred: bool,
    pub note: String,
    /// `None` once newcomers may no longer see the mentor (full, paused): the mark stays, so a
    /// shortlisted mentor never silently disappears, but nothing else of them is shown.
    pub card: Option<MentorCard>,
}

/// The newcomer's marks: starred first, then by the mentor's name.
pub fn list(conn: &Connection, person: PersonId) -> Result<Vec<Mark>, StoreError> {
    ensure_person(conn, person)?;
    let mut stmt = conn.prepare_cached(
        "SELECT k.mentor_id, k.starred_at IS NOT NULL, k.note, p.name
           FROM mentor_mark k
           JOIN mentor m ON m.id = k.mentor_id
           JOIN person p ON p.id = m.person_id
          WHERE k.person_id = ?1
          ORDER BY k.starred_at IS NULL, p.name COLLATE NOCASE, k.mentor_id",
    )?;
    let marks: Vec<(MentorId, bool, String, String)> = stmt
        .query_map([person], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    let ids: Vec<MentorId> = marks.iter().map(|(id, ..)| *id).collect();
    let mut visible: HashMap<MentorId, MentorCard> = cards::cards_for(conn, &ids)?
        .into_iter()
        .map(|card| (card.id, card))
        .collect();
    Ok(marks
        .into_iter()
        .map(|(mentor_id, starred, note, name)| Mark {
            mentor_id,
            name,
            starred,
            note,
            card: visible.remove(&mentor_id),
        })
        .collect())
}

/// Stars or unstars a mentor; returns all the newcomer's marks.
pub fn set_star(conn: &Connection, person: PersonId, mentor: MentorId, starred: bool) -> Result<Vec<Mark>, StoreError> {
    let marked = current(conn, person, mentor)?;
    let note = marked.as_ref().map(|(_, note)| note.clone()).unwrap_or_default();
    write(conn, person, mentor, marked.is_some(), starred, &note)?;
    list(conn, person)
}

/// Saves the newcomer's note on a mentor, trimmed; an empty note removes it. Returns all the
/// newcomer's marks.
pub fn save_note(conn: &Connection, person: PersonId, mentor: MentorId, note: &str) -> Result<Vec<Mark>, StoreError> {
    let note = tidy_note(note)?;
    let marked = current(conn, person, mentor)?;
    let starred = marked.as_ref().is_some_and(|(starred, _)| *starred);
    write(conn, person, mentor, marked.is_some(), starred, &note)?;
    list(conn, person)
}

/// The star and note on `mentor` now, if marked.
fn current(conn: &Connection, person: PersonId, mentor: MentorId) -> Result<Option<(bool, String)>, StoreError> {
    ensure_person(conn, person)?;
    Ok(conn
        .prepare_cached("SELECT starred_at IS NOT NULL, note FROM mentor_mark WHERE person_id = ?1 AND mentor_id = ?2")?
        .query_row(params![person, mentor], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Stores the mark, or removes it when it has neither star nor note. A new mark needs a
/// mentor newcomers can see now; one made earlier (`marked`) stays editable after the mentor
/// became full.
fn write(
    conn: &Connection,
    person: PersonId,
    mentor: MentorId,
    marked: bool,
    starred: bool,
    note: &str,
) -> Result<(), StoreError> {
    if !starred && note.is_empty() {
        conn.prepare_cached("DELETE FROM mentor_mark WHERE person_id = ?1 AND mentor_id = ?2")?
            .execute(params![person, mentor])?;
        return Ok(());
    }
    if !marked && cards::places_if_visible(conn, mentor)?.is_none() {
        return Err(DomainError::UnknownMentor.into());
    }
    ensure_row(conn, person)?;
    conn.prepare_cached(
        "INSERT INTO mentor_mark (person_id, mentor_id, starred_at, note, updated_at)
         VALUES (?1, ?2, CASE WHEN ?3 THEN ?5 END, ?4, ?5)
         ON CONFLICT (person_id, mentor_id) DO UPDATE SET
             starred_at = CASE WHEN ?3 THEN coalesce(starred_at, ?5) END,
             note = ?4,
             updated_at = ?5",
    )?
    .execute(params![person, mentor, starred, note, Utc::now().to_rfc3339()])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentors;
    use crate::newcomer_fixtures::{approved_mentor, person};
    use mentorpool_domain::MentorStatus;

    fn ids(marks: &[Mark]) -> Vec<MentorId> {
        marks.iter().map(|m| m.mentor_id).collect()
    }

    #[test]
    fn starred_mentors_come_first_then_by_name() {
        let conn = crate::open_in_memory().unwrap();
        let me = person(&conn, "Nieuw");
        let anne = approved_mentor(&conn, "Anne", 2);
        let bram = approved_mentor(&conn, "Bram", 2);
        let cem = approved_mentor(&conn, "Cem", 2);
        set_star(&conn, me, cem, true).unwrap();
        save_note(&conn, me, anne, "Vragen naar de Omgevingswet").unwrap();
        let marks = set_star(&conn, me, bram, true).unwrap();
        assert_eq!(ids(&marks), [bram, cem, anne]);
        assert_eq!(marks[2].note, "Vragen naar de Omgevingswet");
        assert!(marks[0].starred && !marks[2].starred);
        assert_eq!(marks[0].card.as_ref().map(|c| c.name.as_str()), Some("Bram"));
        assert_eq!(list(&conn, me).unwrap(), marks);
        let json = serde_json::to_value(&marks[0]).unwrap();
        assert_eq!(json["mentorId"], bram.get());
        assert_eq!(json["card"]["name"], "Bram");
    }

    #[test]
    fn unstarring_keeps_the_note_and_a_mark_with_neither_goes() {
        let conn = crate::open_in_memory().unwrap();
        let me = person(&conn, "Nieuw");
        let anne = approved_mentor(&conn, "Anne", 2);
        set_star(&conn, me, anne, true).unwrap();
        save_note(&conn, me, anne, "  Klinkt goed  ").unwrap();
        let marks = set_star(&conn, me, anne, false).unwrap();
        assert_eq!((marks[0].starred, marks[0].note.as_str()), (false, "Klinkt goed"));
        assert!(save_note(&conn, me, anne, "   ").unwrap().is_empty());
        assert!(
            set_star(&conn, me, anne, false).unwrap().is_empty(),
            "unstarring nothing is fine"
        );
        assert_eq!(
            save_note(&conn, me, anne, &"x".repeat(2001)).unwrap_err().code(),
            "note.too_long"
        );
    }

    #[test]
    fn a_shortlisted_mentor_who_became_full_stays_listed_without_a_card() {
        let conn = crate::open_in_memory().unwrap();
        let me = person(&conn, "Nieuw");
        let anne = approved_mentor(&conn, "Anne", 1);
        let bram = approved_mentor(&conn, "Bram", 2);
        set_star(&conn, me, anne, true).unwrap();
        set_star(&conn, me, bram, true).unwrap();
        mentors::edit(&conn, anne, crate::test_support::complete_profile(0)).unwrap();
        mentors::set_status(&conn, bram, MentorStatus::Paused).unwrap();
        let marks = list(&conn, me).unwrap();
        assert_eq!(ids(&marks), [anne, bram]);
        assert!(marks.iter().all(|m| m.card.is_none() && m.starred));
        let marks = save_note(&conn, me, anne, "Later nog eens kijken").unwrap();
        assert_eq!(marks[0].note, "Later nog eens kijken", "an earlier mark stays editable");
        assert_eq!(
            serde_json::to_value(&marks[0]).unwrap()["card"],
            serde_json::Value::Null
        );
    }

    #[test]
    fn only_a_mentor_newcomers_can_see_is_marked_anew() {
        let conn = crate::open_in_memory().unwrap();
        let me = person(&conn, "Nieuw");
        let full = approved_mentor(&conn, "Anne", 0);
        let candidate = mentors::create_candidate(&conn, person(&conn, "Bram")).unwrap();
        for hidden in [full, candidate, MentorId::new(999)] {
            assert_eq!(
                set_star(&conn, me, hidden, true).unwrap_err().code(),
                "mentor.not_found"
            );
            assert_eq!(
                save_note(&conn, me, hidden, "x").unwrap_err().code(),
                "mentor.not_found"
            );
        }
        assert_eq!(
            set_star(&conn, PersonId::new(999), full, true).unwrap_err().code(),
            "person.not_found"
        );
        assert_eq!(list(&conn, PersonId::new(999)).unwrap_err().code(), "person.not_found");
    }
}

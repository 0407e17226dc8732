//! The newcomer: their intake and their orientation progress. The `newcomer` row is made by
//! the first write, so looking around leaves nothing behind; the intake's topics are tags of
//! the expertise vocabulary (`intake_topic`) and chapters read are in `orientation_read`.

use crate::mentor_profile::bad_text;
use crate::{people, StoreError};
use chrono::{Datelike, Local, Utc};
use mentorpool_domain::matching::{fold_key, Ambition, CareerPhase, Intake, Newcomer};
use mentorpool_domain::orientation::CHAPTER_IDS;
use mentorpool_domain::profile::MeetingMode;
use mentorpool_domain::{DomainError, LanguageCode, PersonId};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

/// The intake as the form shows it: saved, or pre-filled from HR's data until it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IntakeView {
    pub saved: bool,
    pub intake: Intake,
    pub manager_name: Option<String>,
    pub informal_mentor_name: Option<String>,
}

/// Where a newcomer is in the orientation, so they can stop and go on days later.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// Chapter ids, in reading order.
    pub read: Vec<String>,
    pub last_chapter: Option<String>,
}

pub fn get_intake(conn: &Connection, person: PersonId) -> Result<IntakeView, StoreError> {
    let (saved, intake) = intake_or_prefilled(conn, person)?;
    let name = |id: Option<PersonId>| id.map(|id| people::get(conn, id).map(|p| p.name)).transpose();
    Ok(IntakeView {
        saved,
        manager_name: name(intake.manager_id)?,
        informal_mentor_name: name(intake.informal_mentor)?,
        intake,
    })
}

/// Validates and saves the newcomer's intake. Manager and informal mentor must be people in
/// HR's data; topics must be tags of the expertise vocabulary (case and accents aside), and
/// are kept in the vocabulary's spelling.
pub fn save_intake(conn: &Connection, person: PersonId, intake: Intake) -> Result<IntakeView, StoreError> {
    ensure_person(conn, person)?;
    let intake = intake.validate(person)?;
    for named in [intake.manager_id, intake.informal_mentor].into_iter().flatten() {
        if !person_exists(conn, named)? {
            return Err(DomainError::UnknownIntakePerson(named).into());
        }
    }
    let tags = vocabulary_tags(conn, &intake.topics)?;
    ensure_row(conn, person)?;
    conn.prepare_cached(
        "UPDATE newcomer SET phase = ?2, ambition = ?3, preferred_language = ?4, meeting_mode = ?5,
                department = ?6, manager_id = ?7, informal_mentor_id = ?8, intake_saved_at = ?9
          WHERE person_id = ?1",
    )?
    .execute(params![
        person,
        intake.phase.as_str(),
        intake.ambition.as_str(),
        intake.preferred_language.as_ref().map(LanguageCode::as_str),
        intake.meeting_mode.map(MeetingMode::as_str),
        intake.department,
        intake.manager_id,
        intake.informal_mentor,
        Utc::now().to_rfc3339(),
    ])?;
    conn.prepare_cached("DELETE FROM intake_topic WHERE person_id = ?1")?
        .execute([person])?;
    let mut insert =
        conn.prepare_cached("INSERT INTO intake_topic (person_id, tag_id, position) VALUES (?1, ?2, ?3)")?;
    for (position, tag) in (0_i64..).zip(tags) {
        insert.execute(params![person, tag, position])?;
    }
    get_intake(conn, person)
}

/// The newcomer as ranking and the choice rules see them, once they saved an intake: the
/// intake and HR's reporting line.
pub fn newcomer(conn: &Connection, person: PersonId) -> Result<Option<Newcomer>, StoreError> {
    ensure_person(conn, person)?;
    saved_intake(conn, person)?
        .map(|intake| Ok(Newcomer::new(person, intake, reporting_line(conn, person)?)?))
        .transpose()
}

/// The newcomer with their saved intake, or with the pre-filled one, and whether it is saved.
pub(crate) fn newcomer_or_prefilled(conn: &Connection, person: PersonId) -> Result<(bool, Newcomer), StoreError> {
    let (saved, intake) = intake_or_prefilled(conn, person)?;
    Ok((saved, Newcomer::new(person, intake, reporting_line(conn, person)?)?))
}

/// HR's reporting line above `person`: their manager, the manager's manager, and so on up.
/// A loop in HR's data (which `people` refuses, but an old import might hold) ends the line
/// where it would repeat.
pub fn reporting_line(conn: &Connection, person: PersonId) -> Result<Vec<PersonId>, StoreError> {
    let mut manager_of = conn.prepare_cached("SELECT manager_id FROM person WHERE id = ?1")?;
    let mut line = Vec::new();
    let mut current = person;
    while let Some(manager) = manager_of
        .query_row([current], |row| row.get::<_, Option<PersonId>>(0))
        .optional()?
        .flatten()
    {
        if manager == person || line.contains(&manager) {
            break;
        }
        line.push(manager);
        current = manager;
    }
    Ok(line)
}

pub fn progress(conn: &Connection, person: PersonId) -> Result<Progress, StoreError> {
    ensure_person(conn, person)?;
    let last_chapter: Option<String> = conn
        .prepare_cached("SELECT last_chapter FROM newcomer WHERE person_id = ?1")?
        .query_row([person], |row| row.get(0))
        .optional()?
        .flatten();
    let mut stmt = conn.prepare_cached("SELECT chapter FROM orientation_read WHERE person_id = ?1")?;
    let read: Vec<String> = stmt.query_map([person], |row| row.get(0))?.collect::<Result<_, _>>()?;
    Ok(Progress {
        read: CHAPTER_IDS
            .iter()
            .filter(|id| read.iter().any(|r| r == *id))
            .map(|id| id.to_string())
            .collect(),
        last_chapter,
    })
}

/// Remembers the chapter the newcomer opened, to reopen it next time.
pub fn open_chapter(conn: &Connection, person: PersonId, chapter: &str) -> Result<Progress, StoreError> {
    let chapter = known_chapter(chapter)?;
    ensure_row(conn, person)?;
    conn.prepare_cached("UPDATE newcomer SET last_chapter = ?2 WHERE person_id = ?1")?
        .execute(params![person, chapter])?;
    progress(conn, person)
}

/// Marks a chapter read or unread; reading it again keeps the first time it was read.
pub fn mark_chapter_read(
    conn: &Connection,
    person: PersonId,
    chapter: &str,
    read: bool,
) -> Result<Progress, StoreError> {
    let chapter = known_chapter(chapter)?;
    ensure_row(conn, person)?;
    if read {
        conn.prepare_cached(
            "INSERT INTO orientation_read (person_id, chapter, read_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (person_id, chapter) DO NOTHING",
        )?
        .execute(params![person, chapter, Utc::now().to_rfc3339()])?;
    } else {
        conn.prepare_cached("DELETE FROM orientation_read WHERE person_id = ?1 AND chapter = ?2")?
            .execute(params![person, chapter])?;
    }
    progress(conn, person)
}

/// `person.not_found` unless the person exists.
pub(crate) fn ensure_person(conn: &Connection, person: PersonId) -> Result<(), StoreError> {
    if person_exists(conn, person)? {
        Ok(())
    } else {
        Err(DomainError::UnknownPerson.into())
    }
}

/// Makes the `newcomer` row on the newcomer's first write.
pub(crate) fn ensure_row(conn: &Connection, person: PersonId) -> Result<(), StoreError> {
    ensure_person(conn, person)?;
    conn.prepare_cached("INSERT INTO newcomer (person_id) VALUES (?1) ON CONFLICT (person_id) DO NOTHING")?
        .execute([person])?;
    Ok(())
}

fn person_exists(conn: &Connection, person: PersonId) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1)")?
        .query_row([person], |row| row.get(0))?)
}

fn intake_or_prefilled(conn: &Connection, person: PersonId) -> Result<(bool, Intake), StoreError> {
    let hr = people::get(conn, person)?;
    Ok(match saved_intake(conn, person)? {
        Some(intake) => (true, intake),
        None => (false, Intake::prefilled(&hr, Local::now().year())),
    })
}

fn saved_intake(conn: &Connection, person: PersonId) -> Result<Option<Intake>, StoreError> {
    type Row = (
        String,
        String,
        Option<String>,
        Option<String>,
        String,
        Option<PersonId>,
        Option<PersonId>,
    );
    let row: Option<Row> = conn
        .prepare_cached(
            "SELECT phase, ambition, preferred_language, meeting_mode, department, manager_id, informal_mentor_id
               FROM newcomer WHERE person_id = ?1 AND intake_saved_at IS NOT NULL",
        )?
        .query_row([person], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })
        .optional()?;
    let Some((phase, ambition, language, mode, department, manager_id, informal_mentor)) = row else {
        return Ok(None);
    };
    let topics: Vec<String> = conn
        .prepare_cached(
            "SELECT t.name FROM intake_topic it JOIN expertise_tag t ON t.id = it.tag_id
              WHERE it.person_id = ?1 ORDER BY it.position",
        )?
        .query_map([person], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(Some(Intake {
        phase: CareerPhase::parse(&phase).ok_or_else(|| bad_text(0, &phase))?,
        ambition: Ambition::parse(&ambition).ok_or_else(|| bad_text(1, &ambition))?,
        topics,
        preferred_language: language.as_deref().map(LanguageCode::parse).transpose()?,
        meeting_mode: mode
            .map(|m| MeetingMode::parse(&m).ok_or_else(|| bad_text(3, &m)))
            .transpose()?,
        department,
        manager_id,
        informal_mentor,
    }))
}

/// The vocabulary's tag for each topic, each tag once: the exact name if there is one, else
/// the first whose name folds the same ("financien" is "Financiën").
fn vocabulary_tags(conn: &Connection, topics: &[String]) -> Result<Vec<i64>, StoreError> {
    if topics.is_empty() {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare_cached("SELECT id, name FROM expertise_tag ORDER BY id")?;
    let vocabulary: Vec<(i64, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut tags: Vec<i64> = Vec::with_capacity(topics.len());
    for topic in topics {
        let key = fold_key(topic);
        let tag = vocabulary
            .iter()
            .find(|(_, name)| name == topic)
            .or_else(|| vocabulary.iter().find(|(_, name)| fold_key(name) == key))
            .map(|(id, _)| *id)
            .ok_or_else(|| DomainError::UnknownTopic(topic.clone()))?;
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    Ok(tags)
}

fn known_chapter(chapter: &str) -> Result<&'static str, StoreError> {
    CHAPTER_IDS
        .iter()
        .find(|id| **id == chapter)
        .copied()
        .ok_or_else(|| DomainError::UnknownChapter(chapter.to_string()).into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::newcomer_fixtures::{intake, person, person_managed_by};
    use crate::vocabulary;
    use mentorpool_domain::PersonInput;

    fn conn() -> Connection {
        crate::open_in_memory().unwrap()
    }

    fn rows(conn: &Connection, table: &str) -> i64 {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn an_unsaved_intake_is_pre_filled_from_hr_data_and_writes_nothing() {
        let conn = conn();
        let boss = person(&conn, "Anne de Vries");
        let this_year = Local::now().year();
        let input = PersonInput {
            name: "Zoë Çelik".into(),
            email: "zoe@waterschap.nl".into(),
            employee_number: "77".into(),
            department: "Financiën".into(),
            manager_id: Some(boss),
            career_start_year: Some(this_year - 1),
            languages: vec!["en".into(), "tr".into()],
            ..PersonInput::default()
        };
        let zoe = people::insert(&conn, &input.validate(this_year).unwrap()).unwrap();
        let view = get_intake(&conn, zoe).unwrap();
        assert!(!view.saved);
        assert_eq!(view.intake.phase, CareerPhase::FreshGraduate);
        assert_eq!(view.intake.ambition, Ambition::Unsure);
        assert_eq!(view.intake.department, "Financiën");
        assert_eq!(view.intake.manager_id, Some(boss));
        assert_eq!(view.manager_name.as_deref(), Some("Anne de Vries"));
        assert_eq!(view.intake.preferred_language, Some(LanguageCode::parse("en").unwrap()));
        assert_eq!(newcomer(&conn, zoe).unwrap(), None);
        assert_eq!(rows(&conn, "newcomer"), 0, "looking writes nothing");
        let json = serde_json::to_value(&view).unwrap();
        assert_eq!(json["intake"]["managerId"], boss.get());
        assert_eq!(json["managerName"], "Anne de Vries");
    }

    #[test]
    fn a_saved_intake_round_trips_with_topics_in_the_vocabularys_spelling() {
        let conn = conn();
        vocabulary::add(&conn, "Financiën & control").unwrap();
        vocabulary::add(&conn, "Omgevingswet").unwrap();
        let boss = person(&conn, "Anne de Vries");
        let friend = person(&conn, "Bram Bakker");
        let me = person_managed_by(&conn, "Cem Öztürk", Some(boss));
        let mine = Intake {
            phase: CareerPhase::MidCareer,
            ambition: Ambition::Horizontal,
            topics: vec![
                "omgevingswet".into(),
                "FINANCIEN & CONTROL".into(),
                "Omgevingswet".into(),
            ],
            preferred_language: Some(LanguageCode::parse("en").unwrap()),
            meeting_mode: Some(MeetingMode::Online),
            department: " Financiën ".into(),
            manager_id: Some(boss),
            informal_mentor: Some(friend),
        };
        let view = save_intake(&conn, me, mine.clone()).unwrap();
        assert!(view.saved);
        assert_eq!(view.intake.topics, ["Omgevingswet", "Financiën & control"]);
        assert_eq!(view.intake.department, "Financiën");
        assert_eq!(view.informal_mentor_name.as_deref(), Some("Bram Bakker"));
        assert_eq!(get_intake(&conn, me).unwrap(), view);
        let stored = newcomer(&conn, me).unwrap().unwrap();
        assert_eq!(stored.intake, view.intake);
        assert_eq!(stored.reporting_line, [boss]);

        let corrected = Intake {
            topics: vec![],
            informal_mentor: None,
            ..mine
        };
        let view = save_intake(&conn, me, corrected).unwrap();
        assert!(view.intake.topics.is_empty() && view.informal_mentor_name.is_none());
    }

    #[test]
    fn an_intake_names_only_known_topics_and_people() {
        let conn = conn();
        vocabulary::add(&conn, "Omgevingswet").unwrap();
        let me = person(&conn, "Cem Öztürk");
        let code = |intake: Intake| save_intake(&conn, me, intake).unwrap_err().code();
        assert_eq!(
            code(Intake {
                topics: vec!["Omgevingswet".into(), "Astrologie".into()],
                ..intake()
            }),
            "intake.unknown_topic"
        );
        assert_eq!(
            code(Intake {
                manager_id: Some(PersonId::new(999)),
                ..intake()
            }),
            "intake.unknown_person"
        );
        assert_eq!(
            code(Intake {
                informal_mentor: Some(PersonId::new(999)),
                ..intake()
            }),
            "intake.unknown_person"
        );
        assert_eq!(
            code(Intake {
                manager_id: Some(me),
                ..intake()
            }),
            "person.self_manager"
        );
        assert_eq!(rows(&conn, "newcomer"), 0, "nothing is written for a refused intake");
        assert_eq!(
            save_intake(&conn, PersonId::new(999), intake()).unwrap_err().code(),
            "person.not_found"
        );
        assert_eq!(
            get_intake(&conn, PersonId::new(999)).unwrap_err().code(),
            "person.not_found"
        );
    }

    #[test]
    fn the_reporting_line_goes_up_and_stops_at_a_loop() {
        let conn = conn();
        let top = person(&conn, "Directeur");
        let head = person_managed_by(&conn, "Hoofd", Some(top));
        let boss = person_managed_by(&conn, "Teamleider", Some(head));
        let me = person_managed_by(&conn, "Nieuw", Some(boss));
        assert_eq!(reporting_line(&conn, me).unwrap(), [boss, head, top]);
        assert!(reporting_line(&conn, top).unwrap().is_empty());
        // A loop above the newcomer, as an old import could have left it.
        conn.execute("UPDATE person SET manager_id = ?1 WHERE id = ?2", [boss, top])
            .unwrap();
        assert_eq!(reporting_line(&conn, me).unwrap(), [boss, head, top]);
        // A loop through the newcomer.
        conn.execute("UPDATE person SET manager_id = ?1 WHERE id = ?2", [me, top])
            .unwrap();
        assert_eq!(reporting_line(&conn, me).unwrap(), [boss, head, top]);
        save_intake(&conn, me, intake()).unwrap();
        assert_eq!(newcomer(&conn, me).unwrap().unwrap().reporting_line, [boss, head, top]);
    }

    #[test]
    fn progress_is_kept_per_chapter_with_the_last_one_opened() {
        let conn = conn();
        let me = person(&conn, "Cem Öztürk");
        assert_eq!(progress(&conn, me).unwrap(), Progress::default());
        assert_eq!(rows(&conn, "newcomer"), 0);
        mark_chapter_read(&conn, me, "triangle", true).unwrap();
        mark_chapter_read(&conn, me, "mentoring_vs_coaching", true).unwrap();
        mark_chapter_read(&conn, me, "triangle", true).unwrap();
        let now = open_chapter(&conn, me, "manager_as_mentor").unwrap();
        assert_eq!(now.read, ["mentoring_vs_coaching", "triangle"], "in reading order");
        assert_eq!(now.last_chapter.as_deref(), Some("manager_as_mentor"));
        let now = mark_chapter_read(&conn, me, "triangle", false).unwrap();
        assert_eq!(now.read, ["mentoring_vs_coaching"]);
        assert_eq!(progress(&conn, me).unwrap(), now, "kept for next time");
        assert_eq!(
            open_chapter(&conn, me, "astrology").unwrap_err().code(),
            "orientation.unknown_chapter"
        );
        assert_eq!(
            mark_chapter_read(&conn, me, "", true).unwrap_err().code(),
            "orientation.unknown_chapter"
        );
        assert_eq!(
            progress(&conn, PersonId::new(999)).unwrap_err().code(),
            "person.not_found"
        );
        assert_eq!(
            open_chapter(&conn, PersonId::new(999), "triangle").unwrap_err().code(),
            "person.not_found"
        );
        let json = serde_json::to_value(progress(&conn, me).unwrap()).unwrap();
        assert_eq!(json["lastChapter"], "manager_as_mentor");
    }
}

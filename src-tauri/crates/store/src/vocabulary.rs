//! The organisation's own vocabulary of expertise tags. HR adds, renames and merges tags in one
//! place, and every profile follows.

use crate::StoreError;
use mentorpool_domain::{fold_for_search, DomainError};
use rusqlite::{params, Connection, ErrorCode};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Tag {
    pub id: i64,
    pub name: String,
    /// How many mentor profiles use it.
    pub mentors: usize,
}

pub fn tags(conn: &Connection) -> Result<Vec<Tag>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.id, t.name, count(me.mentor_id) FROM expertise_tag t
         LEFT JOIN mentor_expertise me ON me.tag_id = t.id
         GROUP BY t.id ORDER BY t.name COLLATE NOCASE",
    )?;
    let tags = stmt
        .query_map([], |row| {
            Ok(Tag {
                id: row.get(0)?,
                name: row.get(1)?,
                mentors: usize::try_from(row.get::<_, i64>(2)?).unwrap_or(0),
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(tags)
}

pub fn add(conn: &Connection, name: &str) -> Result<Tag, StoreError> {
    let name = tidy(name)?;
    conn.execute("INSERT INTO expertise_tag (name) VALUES (?1)", [&name])
        .map_err(|e| duplicate(e, &name))?;
    tag(conn, conn.last_insert_rowid())
}

/// Renames a tag everywhere it is used. Only the case may change too ("omgevingswet" → "Omgevingswet").
pub fn rename(conn: &Connection, id: i64, name: &str) -> Result<Tag, StoreError> {
    let name = tidy(name)?;
    let changed = conn
        .execute("UPDATE expertise_tag SET name = ?2 WHERE id = ?1", params![id, name])
        .map_err(|e| duplicate(e, &name))?;
    if changed == 0 {
        return Err(DomainError::UnknownTag.into());
    }
    refresh_search_keys(conn, id)?;
    tag(conn, id)
}

/// Folds `from` into `into`: every mentor with `from` gets `into` (once), and `from` is gone.
pub fn merge(conn: &Connection, from: i64, into: i64) -> Result<Tag, StoreError> {
    if from == into {
        return Err(DomainError::MergeIntoItself.into());
    }
    tag(conn, from)?;
    tag(conn, into)?;
    // Mentors that already have both keep their position of `into`.
    conn.execute(
        "DELETE FROM mentor_expertise WHERE tag_id = ?1
           AND mentor_id IN (SELECT mentor_id FROM mentor_expertise WHERE tag_id = ?2)",
        params![from, into],
    )?;
    conn.execute(
        "UPDATE mentor_expertise SET tag_id = ?2 WHERE tag_id = ?1",
        params![from, into],
    )?;
    // Newcomers' intake topics move along too; the tag's deletion would cascade them away.
    conn.execute(
        "UPDATE OR IGNORE intake_topic SET tag_id = ?2 WHERE tag_id = ?1",
        params![from, into],
    )?;
    conn.execute("DELETE FROM intake_topic WHERE tag_id = ?1", [from])?;
    conn.execute("DELETE FROM expertise_tag WHERE id = ?1", [from])?;
    refresh_search_keys(conn, into)?;
    tag(conn, into)
}

fn tag(conn: &Connection, id: i64) -> Result<Tag, StoreError> {
    tags(conn)?
        .into_iter()
        .find(|t| t.id == id)
        .ok_or(DomainError::UnknownTag.into())
}

fn tidy(name: &str) -> Result<String, StoreError> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(DomainError::EmptyExpertise.into());
    }
    Ok(name)
}

fn duplicate(err: rusqlite::Error, name: &str) -> StoreError {
    match &err {
        rusqlite::Error::SqliteFailure(e, _) if e.code == ErrorCode::ConstraintViolation => {
            DomainError::DuplicateTag(name.to_string()).into()
        }
        _ => err.into(),
    }
}

/// Mentor search keys contain tag names, so a renamed or merged tag must be findable at once.
fn refresh_search_keys(conn: &Connection, tag: i64) -> Result<(), StoreError> {
    let mut affected = conn.prepare_cached(
        "SELECT m.id, m.bio,
                (SELECT group_concat(t.name, ' | ') FROM mentor_expertise x JOIN expertise_tag t ON t.id = x.tag_id
                  WHERE x.mentor_id = m.id),
                (SELECT group_concat(topic, ' | ') FROM mentor_topic WHERE mentor_id = m.id)
         FROM mentor m WHERE m.id IN (SELECT mentor_id FROM mentor_expertise WHERE tag_id = ?1)",
    )?;
    let rows: Vec<(i64, String, Option<String>, Option<String>)> = affected
        .query_map([tag], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    let mut update = conn.prepare_cached("UPDATE mentor SET search_key = ?2 WHERE id = ?1")?;
    for (id, bio, tags, topics) in rows {
        let key = fold_for_search(&format!(
            "{bio} | {} | {}",
            tags.unwrap_or_default(),
            topics.unwrap_or_default()
        ));
        update.execute(params![id, key])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentors::{self, MentorFilter};
    use crate::{newcomers, people};
    use mentorpool_domain::matching::Intake;
    use mentorpool_domain::{MentorInput, PersonInput};

    fn mentor_with(conn: &Connection, n: u32, tags: &[&str]) -> mentorpool_domain::MentorId {
        let person = PersonInput {
            name: format!("Mentor {n}"),
            email: format!("m{n}@waterschap.nl"),
            employee_number: n.to_string(),
            ..PersonInput::default()
        };
        let id = people::insert(conn, &person.validate(2026).unwrap()).unwrap();
        let profile = MentorInput {
            expertise: tags.iter().map(|t| t.to_string()).collect(),
            ..Default::default()
        };
        mentors::insert(
            conn,
            id,
            &profile.validate().unwrap(),
            mentorpool_domain::MentorStatus::Candidate,
        )
        .unwrap()
    }

    fn id_of(conn: &Connection, name: &str) -> i64 {
        tags(conn).unwrap().into_iter().find(|t| t.name == name).unwrap().id
    }

    #[test]
    fn tags_are_added_once_ignoring_case() {
        let conn = crate::open_in_memory().unwrap();
        add(&conn, "Omgevingswet").unwrap();
        assert_eq!(add(&conn, " omgevingswet ").unwrap_err().code(), "expertise.duplicate");
        assert_eq!(add(&conn, "  ").unwrap_err().code(), "mentor.empty_expertise");
    }

    #[test]
    fn a_rename_shows_on_every_profile_and_in_search() {
        let conn = crate::open_in_memory().unwrap();
        let a = mentor_with(&conn, 1, &["Projectmgmt"]);
        rename(&conn, id_of(&conn, "Projectmgmt"), "Projectmanagement").unwrap();
        assert_eq!(mentors::get(&conn, a).unwrap().expertise, ["Projectmanagement"]);
        let found = mentors::list(
            &conn,
            &MentorFilter {
                query: "projectmanagement".into(),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn merging_moves_newcomers_intake_topics_along() {
        use crate::newcomer_fixtures::{intake, newcomer_with};
        let conn = crate::open_in_memory().unwrap();
        mentor_with(&conn, 1, &["Omgevingsrecht", "Omgevingswet", "Waterkwaliteit"]);
        let only_old = newcomer_with(
            &conn,
            "Sanne",
            Intake {
                topics: vec!["Omgevingsrecht".into(), "Waterkwaliteit".into()],
                ..intake()
            },
        );
        let both = newcomer_with(
            &conn,
            "Tim",
            Intake {
                topics: vec!["Omgevingswet".into(), "Omgevingsrecht".into()],
                ..intake()
            },
        );
        merge(&conn, id_of(&conn, "Omgevingsrecht"), id_of(&conn, "Omgevingswet")).unwrap();
        let topics = |person| newcomers::get_intake(&conn, person).unwrap().intake.topics;
        assert_eq!(topics(only_old), ["Omgevingswet", "Waterkwaliteit"]);
        assert_eq!(topics(both), ["Omgevingswet"]);
    }

    #[test]
    fn merging_moves_every_mentor_and_removes_the_old_tag() {
        let conn = crate::open_in_memory().unwrap();
        let a = mentor_with(&conn, 1, &["Omgevingsrecht"]);
        let b = mentor_with(&conn, 2, &["Omgevingswet", "Omgevingsrecht"]);
        let merged = merge(&conn, id_of(&conn, "Omgevingsrecht"), id_of(&conn, "Omgevingswet")).unwrap();
        assert_eq!(merged.mentors, 2);
        assert_eq!(mentors::get(&conn, a).unwrap().expertise, ["Omgevingswet"]);
        assert_eq!(mentors::get(&conn, b).unwrap().expertise, ["Omgevingswet"]);
        assert_eq!(tags(&conn).unwrap().len(), 1);
        let id = id_of(&conn, "Omgevingswet");
        assert_eq!(merge(&conn, id, id).unwrap_err().code(), "expertise.merge_into_itself");
    }
}

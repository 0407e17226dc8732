//! The `mentor` table and its expertise tags: the mentor pool as HR keeps it.

use crate::people::like_pattern;
use crate::StoreError;
use crate::{mentor_files, mentor_profile, screening};
use chrono::Utc;
use mentorpool_domain::profile::{MeetingFrequency, MeetingMode, ProfileFacts};
use mentorpool_domain::screening::ScreeningDecision;
use mentorpool_domain::{
    fold_for_search, DomainError, MentorDetail, MentorId, MentorInput, MentorProfile, MentorStatus, PersonId,
    ValidMentor,
};
use rusqlite::{params, Connection, ErrorCode, OptionalExtension, Row};

const SELECT_MENTOR: &str = "
    SELECT m.id, m.person_id, p.name, p.email, p.department, p.job_title, m.status, m.bio, m.capacity,
           (SELECT group_concat(t.name, char(31) ORDER BY me.position)
              FROM mentor_expertise me JOIN expertise_tag t ON t.id = me.tag_id
             WHERE me.mentor_id = m.id),
           (SELECT count(*) FROM mentorship WHERE mentor_id = m.id AND ended_on IS NULL),
           length(m.bio),
           (SELECT count(*) FROM mentor_topic WHERE mentor_id = m.id),
           (SELECT count(*) FROM person_language WHERE person_id = m.person_id),
           m.meeting_mode IS NOT NULL AND m.meeting_frequency IS NOT NULL,
           (SELECT count(*) FROM career_move WHERE mentor_id = m.id),
           (SELECT count(*) FROM cv_entry WHERE mentor_id = m.id),
           EXISTS (SELECT 1 FROM mentor_photo WHERE mentor_id = m.id),
           m.meeting_mode, m.meeting_frequency
    FROM mentor m
    JOIN person p ON p.id = m.person_id";

/// Which mentors a list shows. The default shows everyone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MentorFilter {
    /// Matched against name, department, job title, bio and expertise, ignoring case and diacritics.
    pub query: String,
    pub status: Option<MentorStatus>,
}

/// Takes a person into the pool as a candidate with an empty profile.
pub fn create_candidate(conn: &Connection, person: PersonId) -> Result<MentorId, StoreError> {
    insert(
        conn,
        person,
        &MentorInput::default().validate()?,
        MentorStatus::Candidate,
    )
}

/// [`create_candidate`], returning the new profile.
pub fn make_candidate(conn: &Connection, person: PersonId) -> Result<MentorProfile, StoreError> {
    let id = create_candidate(conn, person)?;
    get(conn, id)
}

/// Validates an edit from HR, stores it and returns the profile.
pub fn edit(conn: &Connection, id: MentorId, input: MentorInput) -> Result<MentorDetail, StoreError> {
    update(conn, id, &input.validate()?)?;
    detail(conn, id)
}

/// [`set_status`], returning the profile.
pub fn change_status(conn: &Connection, id: MentorId, to: MentorStatus) -> Result<MentorProfile, StoreError> {
    set_status(conn, id, to)?;
    get(conn, id)
}

/// Adds a mentor profile with a given status; used by imports and the demo organisation.
pub fn insert(
    conn: &Connection,
    person: PersonId,
    mentor: &ValidMentor,
    status: MentorStatus,
) -> Result<MentorId, StoreError> {
    let exists: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1)", [person], |r| {
        r.get(0)
    })?;
    if !exists {
        return Err(DomainError::UnknownPerson.into());
    }
    let now = Utc::now().to_rfc3339();
    conn.execute(
        "INSERT INTO mentor (person_id, status, bio, capacity, search_key, created_at, updated_at,
                             meeting_mode, meeting_frequency)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8)",
        params![
            person,
            status.as_str(),
            mentor.bio(),
            mentor.capacity(),
            search_key(mentor),
            now,
            mentor.meeting_mode().map(MeetingMode::as_str),
            mentor.meeting_frequency().map(MeetingFrequency::as_str),
        ],
    )
    .map_err(|err| match &err {
        rusqlite::Error::SqliteFailure(e, _) if e.code == ErrorCode::ConstraintViolation => {
            StoreError::Domain(DomainError::AlreadyMentor)
        }
        _ => err.into(),
    })?;
    let id = MentorId::new(conn.last_insert_rowid());
    replace_parts(conn, id, mentor)?;
    Ok(id)
}

/// Replaces the profile text, expertise and capacity.
pub fn update(conn: &Connection, id: MentorId, mentor: &ValidMentor) -> Result<(), StoreError> {
    let changed = conn.execute(
        "UPDATE mentor SET bio = ?2, capacity = ?3, search_key = ?4, updated_at = ?5, meeting_mode = ?6,
                meeting_frequency = ?7
         WHERE id = ?1",
        params![
            id,
            mentor.bio(),
            mentor.capacity(),
            search_key(mentor),
            Utc::now().to_rfc3339(),
            mentor.meeting_mode().map(MeetingMode::as_str),
            mentor.meeting_frequency().map(MeetingFrequency::as_str),
        ],
    )?;
    if changed == 0 {
        return Err(DomainError::UnknownMentor.into());
    }
    replace_parts(conn, id, mentor)?;
    // A published profile must stay complete; an edit that breaks it is refused.
    let profile = get(conn, id)?;
    if profile.status == MentorStatus::Approved && !profile.completeness.publishable {
        return Err(DomainError::ProfileIncomplete(profile.completeness.missing.join(", ")).into());
    }
    Ok(())
}

fn replace_parts(conn: &Connection, id: MentorId, mentor: &ValidMentor) -> Result<(), StoreError> {
    replace_expertise(conn, id, mentor.expertise())?;
    mentor_profile::replace_topics(conn, id, mentor.topics())?;
    mentor_profile::replace_career_path(conn, id, mentor.career_path())?;
    mentor_profile::replace_cv(conn, id, mentor.cv())
}

/// Moves a mentor along the lifecycle; a move the lifecycle does not allow is refused. A
/// candidate is approved only after HR's screening decided so, and only a complete profile is
/// published.
pub fn set_status(conn: &Connection, id: MentorId, to: MentorStatus) -> Result<(), StoreError> {
    let profile = get(conn, id)?;
    let next = profile.status.transition_to(to)?;
    if next == MentorStatus::Approved && profile.status != MentorStatus::Approved {
        if profile.status == MentorStatus::Candidate
            && screening::get(conn, id)?.decision != Some(ScreeningDecision::Approve)
        {
            return Err(DomainError::NotScreenedForApproval.into());
        }
        if !profile.completeness.publishable {
            return Err(DomainError::ProfileIncomplete(profile.completeness.missing.join(", ")).into());
        }
    }
    conn.execute(
        "UPDATE mentor SET status = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, next.as_str(), Utc::now().to_rfc3339()],
    )?;
    Ok(())
}

pub fn get(conn: &Connection, id: MentorId) -> Result<MentorProfile, StoreError> {
    conn.query_row(&format!("{SELECT_MENTOR} WHERE m.id = ?1"), [id], read_mentor)
        .optional()?
        .ok_or(DomainError::UnknownMentor.into())
}

/// `mentor.not_found` unless the mentor exists; for tables that hang off a mentor.
pub fn ensure_exists(conn: &Connection, id: MentorId) -> Result<(), StoreError> {
    let exists: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM mentor WHERE id = ?1)", [id], |r| r.get(0))?;
    if exists {
        Ok(())
    } else {
        Err(DomainError::UnknownMentor.into())
    }
}

/// Everything HR edits of one mentor.
pub fn detail(conn: &Connection, id: MentorId) -> Result<MentorDetail, StoreError> {
    let (summary, meeting_mode, meeting_frequency) = conn
        .query_row(&format!("{SELECT_MENTOR} WHERE m.id = ?1"), [id], |row| {
            let mode: Option<String> = row.get(18)?;
            let frequency: Option<String> = row.get(19)?;
            Ok((read_mentor(row)?, mode, frequency))
        })
        .optional()?
        .ok_or(StoreError::Domain(DomainError::UnknownMentor))?;
    let languages = crate::people::get(conn, summary.person_id)?.languages;
    Ok(MentorDetail {
        topics: mentor_profile::topics(conn, id)?,
        meeting_mode: meeting_mode.as_deref().and_then(MeetingMode::parse),
        meeting_frequency: meeting_frequency.as_deref().and_then(MeetingFrequency::parse),
        career_path: mentor_profile::career_path(conn, id)?,
        cv: mentor_profile::cv(conn, id)?,
        languages,
        has_photo: mentor_files::photo(conn, id)?.is_some(),
        cv_file_name: mentor_files::cv_file_name(conn, id)?,
        summary,
    })
}

pub fn get_by_person(conn: &Connection, person: PersonId) -> Result<Option<MentorProfile>, StoreError> {
    Ok(conn
        .query_row(
            &format!("{SELECT_MENTOR} WHERE m.person_id = ?1"),
            [person],
            read_mentor,
        )
        .optional()?)
}

/// The mentors that match the filter, sorted by name.
pub fn list(conn: &Connection, filter: &MentorFilter) -> Result<Vec<MentorProfile>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT_MENTOR}
         WHERE (?1 IS NULL OR m.status = ?1)
           AND (p.search_key LIKE ?2 ESCAPE '\\' OR m.search_key LIKE ?2 ESCAPE '\\')
         ORDER BY p.name COLLATE NOCASE, m.id"
    ))?;
    let mentors = stmt
        .query_map(
            params![filter.status.map(MentorStatus::as_str), like_pattern(&filter.query)],
            read_mentor,
        )?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(mentors)
}

fn search_key(mentor: &ValidMentor) -> String {
    fold_for_search(&format!(
        "{} | {} | {}",
        mentor.bio(),
        mentor.expertise().join(" | "),
        mentor.topics().join(" | ")
    ))
}

/// Links the mentor to the given tags in order, adding tags the vocabulary lacks. A tag that
/// differs only in case from an existing one is that tag.
fn replace_expertise(conn: &Connection, id: MentorId, tags: &[String]) -> Result<(), StoreError> {
    conn.execute("DELETE FROM mentor_expertise WHERE mentor_id = ?1", [id])?;
    let mut add_tag =
        conn.prepare_cached("INSERT INTO expertise_tag (name) VALUES (?1) ON CONFLICT (name) DO NOTHING")?;
    let mut find_tag = conn.prepare_cached("SELECT id FROM expertise_tag WHERE name = ?1")?;
    let mut link =
        conn.prepare_cached("INSERT INTO mentor_expertise (mentor_id, tag_id, position) VALUES (?1, ?2, ?3)")?;
    for (position, tag) in (0_i64..).zip(tags) {
        add_tag.execute([tag])?;
        let tag_id: i64 = find_tag.query_row([tag], |row| row.get(0))?;
        link.execute(params![id, tag_id, position])?;
    }
    Ok(())
}

fn read_mentor(row: &Row<'_>) -> rusqlite::Result<MentorProfile> {
    let status: String = row.get(6)?;
    let status = MentorStatus::parse(&status).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(6, rusqlite::types::Type::Text, format!("status {status}").into())
    })?;
    let expertise: Vec<String> = row
        .get::<_, Option<String>>(9)?
        .map(|all| all.split('\u{1f}').map(str::to_string).collect())
        .unwrap_or_default();
    let count =
        |column: usize| -> rusqlite::Result<usize> { Ok(usize::try_from(row.get::<_, i64>(column)?).unwrap_or(0)) };
    let facts = ProfileFacts {
        bio_chars: count(11)?,
        expertise: expertise.len(),
        topics: count(12)?,
        languages: count(13)?,
        has_meeting_preference: row.get(14)?,
        career_moves: count(15)?,
        cv_entries: count(16)?,
        has_photo: row.get(17)?,
    };
    Ok(MentorProfile {
        id: row.get(0)?,
        person_id: row.get(1)?,
        name: row.get(2)?,
        email: row.get(3)?,
        department: row.get(4)?,
        job_title: row.get(5)?,
        status,
        allowed_statuses: status.reachable(),
        bio: row.get(7)?,
        capacity: row.get(8)?,
        expertise,
        active_mentees: row.get(10)?,
        completeness: facts.completeness(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people;
    use mentorpool_domain::PersonInput;

    fn person(conn: &Connection, name: &str, number: &str) -> PersonId {
        let input = PersonInput {
            name: name.into(),
            email: format!("p{number}@waterschap.nl"),
            employee_number: number.into(),
            department: "Watersystemen".into(),
            languages: vec!["nl".into()],
            ..PersonInput::default()
        };
        people::insert(conn, &input.validate(2026).unwrap()).unwrap()
    }

    fn profile(bio: &str, expertise: &[&str], capacity: i64) -> ValidMentor {
        MentorInput {
            bio: bio.into(),
            expertise: expertise.iter().map(|s| s.to_string()).collect(),
            capacity,
            ..MentorInput::default()
        }
        .validate()
        .unwrap()
    }

    #[test]
    fn a_person_becomes_a_candidate_with_default_capacity() {
        let conn = crate::open_in_memory().unwrap();
        let id = create_candidate(&conn, person(&conn, "Zoë Çelik", "1")).unwrap();
        let mentor = get(&conn, id).unwrap();
        assert_eq!(
            (mentor.status, mentor.capacity, mentor.name.as_str()),
            (MentorStatus::Candidate, 2, "Zoë Çelik")
        );
        assert_eq!(
            people::get(&conn, mentor.person_id).unwrap().mentor_status,
            Some(MentorStatus::Candidate)
        );
    }

    #[test]
    fn a_person_is_a_mentor_once() {
        let conn = crate::open_in_memory().unwrap();
        let p = person(&conn, "Zoë Çelik", "1");
        create_candidate(&conn, p).unwrap();
        assert_eq!(create_candidate(&conn, p).unwrap_err().code(), "mentor.already_mentor");
    }

    #[test]
    fn an_unknown_person_cannot_become_a_mentor() {
        let conn = crate::open_in_memory().unwrap();
        assert_eq!(
            create_candidate(&conn, PersonId::new(5)).unwrap_err().code(),
            "person.not_found"
        );
    }

    #[test]
    fn the_profile_keeps_expertise_in_order_and_shares_tags() {
        let conn = crate::open_in_memory().unwrap();
        let a = create_candidate(&conn, person(&conn, "Anne", "1")).unwrap();
        let b = create_candidate(&conn, person(&conn, "Bram", "2")).unwrap();
        update(
            &conn,
            a,
            &profile("Dertig jaar dijken.", &["Waterkwaliteit", "Omgevingswet"], 3),
        )
        .unwrap();
        update(&conn, b, &profile("", &["omgevingswet"], 1)).unwrap();
        assert_eq!(get(&conn, a).unwrap().expertise, ["Waterkwaliteit", "Omgevingswet"]);
        assert_eq!(
            get(&conn, b).unwrap().expertise,
            ["Omgevingswet"],
            "the vocabulary's spelling wins"
        );
        let tags: i64 = conn
            .query_row("SELECT count(*) FROM expertise_tag", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tags, 2);
    }

    #[test]
    fn edit_refuses_a_bad_capacity_and_keeps_the_old_profile() {
        let conn = crate::open_in_memory().unwrap();
        let id = make_candidate(&conn, person(&conn, "Anne", "1")).unwrap().id;
        let err = edit(
            &conn,
            id,
            MentorInput {
                capacity: 11,
                ..MentorInput::default()
            },
        )
        .unwrap_err();
        assert_eq!(err.code(), "mentor.capacity_out_of_range");
        assert_eq!(get(&conn, id).unwrap().capacity, 2);
    }

    #[test]
    fn only_a_screened_and_complete_profile_is_published() {
        let conn = crate::open_in_memory().unwrap();
        let id = create_candidate(&conn, person(&conn, "Anne", "1")).unwrap();
        let refused = change_status(&conn, id, MentorStatus::Approved).unwrap_err();
        assert_eq!(refused.code(), "mentor.not_screened");
        let today = crate::test_support::today();
        crate::screening::save(&conn, id, crate::test_support::screening_that_approves("ok"), today).unwrap();
        let refused = change_status(&conn, id, MentorStatus::Approved).unwrap_err();
        assert_eq!(refused.code(), "mentor.profile_incomplete");
        assert_eq!(get(&conn, id).unwrap().status, MentorStatus::Candidate);
        edit(&conn, id, crate::test_support::complete_profile(2)).unwrap();
        assert_eq!(
            change_status(&conn, id, MentorStatus::Approved).unwrap().status,
            MentorStatus::Approved
        );
        let emptied = edit(
            &conn,
            id,
            MentorInput {
                topics: Vec::new(),
                ..crate::test_support::complete_profile(2)
            },
        );
        assert_eq!(
            emptied.unwrap_err().code(),
            "mentor.profile_incomplete",
            "a published profile stays complete"
        );
    }

    #[test]
    fn status_follows_the_lifecycle() {
        let conn = crate::open_in_memory().unwrap();
        let id = create_candidate(&conn, person(&conn, "Anne", "1")).unwrap();
        assert_eq!(
            set_status(&conn, id, MentorStatus::Paused).unwrap_err().code(),
            "mentor.invalid_status_transition"
        );
        crate::test_support::publish(&conn, id);
        set_status(&conn, id, MentorStatus::Paused).unwrap();
        assert_eq!(get(&conn, id).unwrap().status, MentorStatus::Paused);
    }

    #[test]
    fn the_list_filters_on_status_and_text() {
        let conn = crate::open_in_memory().unwrap();
        let a = create_candidate(&conn, person(&conn, "Zoë Çelik", "1")).unwrap();
        let b = create_candidate(&conn, person(&conn, "Bram Bakker", "2")).unwrap();
        update(
            &conn,
            b,
            &profile("Veel ervaring met dijkversterking.", &["Projectmanagement"], 2),
        )
        .unwrap();
        crate::test_support::publish(&conn, a);
        let names = |filter: MentorFilter| {
            list(&conn, &filter)
                .unwrap()
                .into_iter()
                .map(|m| m.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(names(MentorFilter::default()), ["Bram Bakker", "Zoë Çelik"]);
        assert_eq!(
            names(MentorFilter {
                status: Some(MentorStatus::Approved),
                ..Default::default()
            }),
            ["Zoë Çelik"]
        );
        assert_eq!(
            names(MentorFilter {
                query: "zoe".into(),
                ..Default::default()
            }),
            ["Zoë Çelik"]
        );
        assert_eq!(
            names(MentorFilter {
                query: "DIJKVERSTERKING".into(),
                ..Default::default()
            }),
            ["Bram Bakker"]
        );
        assert_eq!(
            names(MentorFilter {
                query: "projectmanagement".into(),
                ..Default::default()
            }),
            ["Bram Bakker"]
        );
    }
}

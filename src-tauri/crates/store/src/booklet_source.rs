//! What the profile booklet prints: approved mentors' public profiles with their photos. Unlike
//! the newcomers' screens, a booklet also lists mentors who are full (it says so), because it
//! introduces the whole pool. Poll answers, screening notes, e-mail addresses and HR's other
//! internals are not in these types at all, so no booklet can print them.

use crate::cards::{self, IS_IN_POOL};
use crate::{mentor_files, mentors, StoreError};
pub use mentorpool_domain::BookletProfile;
use mentorpool_domain::{MentorId, MentorProfile, MentorStatus, PublicProfile};
use rusqlite::{params, Connection};
use std::collections::HashSet;

/// Which approved mentors a booklet shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BookletSelection {
    All,
    /// Mentors whose department has this name (ignoring case).
    Department(String),
    /// Mentors with this expertise tag (ignoring case).
    Expertise(String),
    /// A hand-picked list; one id makes a single-profile booklet. Ids of mentors who are not
    /// approved (any more) are left out.
    Mentors(Vec<MentorId>),
}

/// Everyone a booklet can show, as HR's mentor list shows them: approved mentors still working
/// here, full ones included, sorted by name.
pub fn candidates(conn: &Connection) -> Result<Vec<MentorProfile>, StoreError> {
    let in_pool: HashSet<MentorId> = conn
        .prepare_cached(&format!("SELECT m.id FROM mentor m WHERE {IS_IN_POOL}"))?
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    let approved = mentors::MentorFilter {
        status: Some(MentorStatus::Approved),
        ..Default::default()
    };
    let mut listed = mentors::list(conn, &approved)?;
    listed.retain(|mentor| in_pool.contains(&mentor.id));
    Ok(listed)
}

/// The approved mentors in `selection`, sorted by name. Mentors who left the organisation or
/// are paused are never in a booklet.
pub fn booklet_profiles(conn: &Connection, selection: &BookletSelection) -> Result<Vec<BookletProfile>, StoreError> {
    let (department, expertise, ids) = match selection {
        BookletSelection::All => (None, None, None),
        BookletSelection::Department(name) => (Some(name.trim()), None, None),
        BookletSelection::Expertise(tag) => (None, Some(tag.trim()), None),
        BookletSelection::Mentors(ids) => (None, None, Some(cards::json_ids(ids))),
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT m.id, mp.places_available, m.capacity
           FROM mentor m
           JOIN person p ON p.id = m.person_id
           JOIN mentor_places mp ON mp.mentor_id = m.id
          WHERE {IS_IN_POOL}
            AND (?1 IS NULL OR p.department = ?1 COLLATE NOCASE)
            AND (?2 IS NULL OR EXISTS (
                   SELECT 1 FROM mentor_expertise me JOIN expertise_tag t ON t.id = me.tag_id
                    WHERE me.mentor_id = m.id AND t.name = ?2))
            AND (?3 IS NULL OR m.id IN (SELECT value FROM json_each(?3)))
          ORDER BY p.name COLLATE NOCASE, m.id"
    ))?;
    let rows = stmt
        .query_map(params![department, expertise, ids], |row| {
            Ok((row.get::<_, MentorId>(0)?, row.get::<_, u32>(1)?, row.get::<_, u32>(2)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|(id, places_available, capacity)| {
            Ok(BookletProfile {
                profile: PublicProfile::from_detail(mentors::detail(conn, id)?, places_available),
                capacity,
                photo: mentor_files::photo(conn, id)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people;
    use crate::test_support::{approve_with_canaries, complete_profile, today, POLL_CANARY, SCREENING_CANARY};
    use mentorpool_domain::{PersonId, PersonInput};

    fn person(conn: &Connection, n: u32, name: &str, department: &str) -> PersonId {
        let input = PersonInput {
            name: name.into(),
            email: format!("canary{n}@waterschap.nl"),
            employee_number: format!("B{n}"),
            department: department.into(),
            job_title: "Adviseur".into(),
            languages: vec!["nl".into()],
            ..PersonInput::default()
        };
        people::insert(conn, &input.validate(2026).unwrap()).unwrap()
    }

    /// A person who answered the poll and was screened, both with canaries, then approved
    /// with a complete profile and `capacity` places.
    fn approved(conn: &Connection, n: u32, name: &str, department: &str, capacity: i64) -> MentorId {
        let person = person(conn, n, name, department);
        approve_with_canaries(conn, person, capacity)
    }

    fn names(profiles: &[BookletProfile]) -> Vec<&str> {
        profiles.iter().map(|p| p.profile.name.as_str()).collect()
    }

    #[test]
    fn a_booklet_never_carries_poll_answers_screening_notes_or_contact_details() {
        let conn = crate::open_in_memory().unwrap();
        let id = approved(&conn, 1, "Zoë Çelik", "Watersystemen", 2);
        mentor_files::set_photo(&conn, id, b"\xff\xd8\xffphoto", 10, 10).unwrap();
        let profiles = booklet_profiles(&conn, &BookletSelection::All).unwrap();
        let everything = format!("{profiles:?}");
        assert!(everything.contains("Zoë Çelik"), "the profile itself is there");
        for private in [POLL_CANARY, SCREENING_CANARY, "canary1@waterschap.nl", "Goedgekeurd"] {
            assert!(!everything.contains(private), "{private} leaked: {everything}");
        }
        assert_eq!(profiles[0].photo.as_deref(), Some(&b"\xff\xd8\xffphoto"[..]));
    }

    #[test]
    fn full_mentors_are_in_the_booklet_but_paused_candidates_and_leavers_are_not() {
        let conn = crate::open_in_memory().unwrap();
        approved(&conn, 1, "Anna", "Beleid", 2);
        approved(&conn, 2, "Bert", "Beleid", 0);
        let paused = approved(&conn, 3, "Cor", "Beleid", 2);
        mentors::set_status(&conn, paused, MentorStatus::Paused).unwrap();
        let leaver = approved(&conn, 4, "Dirk", "Beleid", 2);
        people::set_left_on(&conn, mentors::get(&conn, leaver).unwrap().person_id, Some(today())).unwrap();
        mentors::create_candidate(&conn, person(&conn, 5, "Eva", "Beleid")).unwrap();

        let profiles = booklet_profiles(&conn, &BookletSelection::All).unwrap();
        assert_eq!(names(&profiles), ["Anna", "Bert"]);
        let listed: Vec<String> = candidates(&conn).unwrap().into_iter().map(|m| m.name).collect();
        assert_eq!(listed, ["Anna", "Bert"], "the booklet view offers the same mentors");
        let places: Vec<(u32, u32)> = profiles
            .iter()
            .map(|p| (p.profile.places_available, p.capacity))
            .collect();
        assert_eq!(places, [(2, 2), (0, 0)]);
    }

    #[test]
    fn places_taken_by_active_mentorships_are_not_free() {
        let conn = crate::open_in_memory().unwrap();
        let id = approved(&conn, 1, "Anna", "Beleid", 2);
        let mentee = person(&conn, 2, "Nieuw", "Beleid");
        conn.execute(
            "INSERT INTO mentorship (mentor_id, mentee_id, origin, started_on) VALUES (?1, ?2, 'arranged', '2026-11-01')",
            params![id, mentee],
        )
        .unwrap();
        let profiles = booklet_profiles(&conn, &BookletSelection::All).unwrap();
        assert_eq!((profiles[0].profile.places_available, profiles[0].capacity), (1, 2));
    }

    #[test]
    fn a_selection_narrows_by_department_expertise_or_hand_picked_ids() {
        let conn = crate::open_in_memory().unwrap();
        let anna = approved(&conn, 1, "Anna", "Beleid", 2);
        let bert = approved(&conn, 2, "Bert", "Watersystemen", 2);
        let mut profile = complete_profile(2);
        profile.expertise = vec!["Peilbeheer".into()];
        mentors::edit(&conn, bert, profile).unwrap();

        let select = |selection| names(&booklet_profiles(&conn, &selection).unwrap()).join(",");
        assert_eq!(select(BookletSelection::Department(" watersystemen ".into())), "Bert");
        assert_eq!(select(BookletSelection::Department("Onbekend".into())), "");
        assert_eq!(select(BookletSelection::Expertise("PEILBEHEER".into())), "Bert");
        assert_eq!(select(BookletSelection::Expertise("Waterkwaliteit".into())), "Anna");
        assert_eq!(select(BookletSelection::Mentors(vec![bert, anna])), "Anna,Bert");
        assert_eq!(
            select(BookletSelection::Mentors(vec![anna, MentorId::new(999)])),
            "Anna"
        );
        assert_eq!(select(BookletSelection::Mentors(Vec::new())), "");
    }
}

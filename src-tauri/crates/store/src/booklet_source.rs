//! What the profile booklet prints: approved mentors' public profiles with their photos. Unlike
//! the newcomers' screens, a booklet also lists mentors who are full (it says so), because it
//! introduces the whole pool. Poll answers, screening notes, e-mail addresses and HR's other
//! internals are not in these types at all, so no booklet can print them.

use crate::{cards, mentor_files, mentors, StoreError};
use mentorpool_domain::profile::{CareerMove, CvEntry, MeetingFrequency, MeetingMode};
use mentorpool_domain::{LanguageCode, MentorId};
use rusqlite::{params, Connection};

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

/// One mentor's public profile as the booklet prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookletProfile {
    pub id: MentorId,
    pub name: String,
    pub job_title: String,
    pub department: String,
    pub bio: String,
    pub expertise: Vec<String>,
    pub topics: Vec<String>,
    pub meeting_mode: Option<MeetingMode>,
    pub meeting_frequency: Option<MeetingFrequency>,
    pub career_path: Vec<CareerMove>,
    pub cv: Vec<CvEntry>,
    pub languages: Vec<LanguageCode>,
    /// Free places today, from the `mentor_places` view (open first choices hold a place too).
    pub places_available: u32,
    pub capacity: u32,
    /// The stored JPEG.
    pub photo: Option<Vec<u8>>,
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
    let mut stmt = conn.prepare_cached(
        "SELECT m.id, mp.places_available, m.capacity
           FROM mentor m
           JOIN person p ON p.id = m.person_id
           JOIN mentor_places mp ON mp.mentor_id = m.id
          WHERE m.status = 'approved' AND p.left_on IS NULL
            AND (?1 IS NULL OR p.department = ?1 COLLATE NOCASE)
            AND (?2 IS NULL OR EXISTS (
                   SELECT 1 FROM mentor_expertise me JOIN expertise_tag t ON t.id = me.tag_id
                    WHERE me.mentor_id = m.id AND t.name = ?2))
            AND (?3 IS NULL OR m.id IN (SELECT value FROM json_each(?3)))
          ORDER BY p.name COLLATE NOCASE, m.id",
    )?;
    let rows = stmt
        .query_map(params![department, expertise, ids], |row| {
            Ok((row.get::<_, MentorId>(0)?, row.get::<_, u32>(1)?, row.get::<_, u32>(2)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|(id, places_available, capacity)| {
            let detail = mentors::detail(conn, id)?;
            let summary = detail.summary;
            Ok(BookletProfile {
                id,
                name: summary.name,
                job_title: summary.job_title,
                department: summary.department,
                bio: summary.bio,
                expertise: summary.expertise,
                topics: detail.topics,
                meeting_mode: detail.meeting_mode,
                meeting_frequency: detail.meeting_frequency,
                career_path: detail.career_path,
                cv: detail.cv,
                languages: detail.languages,
                places_available,
                capacity,
                photo: mentor_files::photo(conn, id)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{complete_profile, screening_that_approves, today};
    use crate::{people, poll, screening};
    use mentorpool_domain::poll::{PollAnswer, PollAnswerInput, PollRoundInput};
    use mentorpool_domain::{MentorStatus, PersonId, PersonInput};

    const POLL_CANARY: &str = "CANARY-BOOKLET-POLL-3e1d";
    const SCREENING_CANARY: &str = "CANARY-BOOKLET-SCREENING-8a2f";

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
        let round = poll::open_round(
            conn,
            PollRoundInput {
                title: format!("Peiling {n}"),
                invitation: String::new(),
            },
            today(),
        )
        .unwrap();
        poll::invite(conn, round.id, &[person]).unwrap();
        let answer = PollAnswerInput {
            answer: PollAnswer::Interested,
            hours_per_month: Some(4),
            motivation: POLL_CANARY.into(),
            topics: POLL_CANARY.into(),
        };
        poll::record_answer(conn, round.id, person, answer, today()).unwrap();
        let id = mentors::get_by_person(conn, person).unwrap().unwrap().id;
        screening::save(conn, id, screening_that_approves(SCREENING_CANARY), today()).unwrap();
        mentors::edit(conn, id, complete_profile(capacity)).unwrap();
        mentors::set_status(conn, id, MentorStatus::Approved).unwrap();
        id
    }

    fn names(profiles: &[BookletProfile]) -> Vec<&str> {
        profiles.iter().map(|p| p.name.as_str()).collect()
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
        let places: Vec<(u32, u32)> = profiles.iter().map(|p| (p.places_available, p.capacity)).collect();
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
        assert_eq!((profiles[0].places_available, profiles[0].capacity), (1, 2));
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

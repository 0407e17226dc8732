//! What newcomers may see of the mentor pool: approved mentors with room for another mentee,
//! and only their public profile (`PublicProfile`, which has no field for HR's internals).

use crate::{cards, mentors, StoreError};
use mentorpool_domain::MentorId;
pub use mentorpool_domain::PublicProfile;
use rusqlite::Connection;

/// The mentors a newcomer can choose from, sorted by name.
pub fn available_mentors(conn: &Connection) -> Result<Vec<PublicProfile>, StoreError> {
    cards::visible_cards(conn)?
        .into_iter()
        .map(|card| mentors::detail(conn, card.id).map(|d| PublicProfile::from_detail(d, card.places_available)))
        .collect()
}

/// One mentor's public profile, or `None` when newcomers may not see them (not approved, or full).
pub fn profile(conn: &Connection, id: MentorId) -> Result<Option<PublicProfile>, StoreError> {
    match cards::places_if_visible(conn, id)? {
        Some(places) => Ok(Some(PublicProfile::from_detail(mentors::detail(conn, id)?, places))),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::newcomer_fixtures::{choice, intake, newcomer_with, MOTIVATION};
    use crate::test_support::{approve_with_canaries, today, POLL_CANARY, SCREENING_CANARY};
    use crate::{choices, marks, people, suggestions};
    use mentorpool_domain::matching::Choice;
    use mentorpool_domain::{MentorStatus, PersonInput};

    const CHOICE_CANARY: &str = "CANARY-CHOICE-5d2e";
    const NOTE_CANARY: &str = "CANARY-NOTE-a41c";

    /// A person who answered the poll with the canary, was screened with the canary, and is
    /// then approved with a complete profile.
    fn approved_mentor(conn: &Connection, n: u32, capacity: i64) -> MentorId {
        let person = PersonInput {
            name: format!("Mentor {n}"),
            email: format!("m{n}@waterschap.nl"),
            employee_number: n.to_string(),
            languages: vec!["nl".into()],
            ..PersonInput::default()
        };
        let person = people::insert(conn, &person.validate(2026).unwrap()).unwrap();
        approve_with_canaries(conn, person, capacity)
    }

    #[test]
    fn newcomers_never_see_poll_answers_or_screening_notes() {
        let conn = crate::open_in_memory().unwrap();
        let id = approved_mentor(&conn, 1, 2);
        let everything =
            serde_json::to_string(&(available_mentors(&conn).unwrap(), profile(&conn, id).unwrap())).unwrap();
        assert!(everything.contains("Mentor 1"), "the profile itself is there");
        assert!(!everything.contains(POLL_CANARY), "poll answers leaked: {everything}");
        assert!(
            !everything.contains(SCREENING_CANARY),
            "screening notes leaked: {everything}"
        );
        assert!(
            !everything.contains("m1@waterschap.nl"),
            "contact goes through HR, not the profile"
        );
    }

    /// Everything a newcomer's screens show: the pool, profiles, cards, suggestions,
    /// comparisons and their own marks.
    #[test]
    fn other_newcomers_choices_and_notes_never_reach_what_a_newcomer_sees() {
        let conn = crate::open_in_memory().unwrap();
        let id = approved_mentor(&conn, 1, 3);
        let other_id = approved_mentor(&conn, 2, 2);
        let other = newcomer_with(&conn, "Ander", intake());
        marks::save_note(&conn, other, id, NOTE_CANARY).unwrap();
        let canary_choice = Choice {
            motivation: format!("{CHOICE_CANARY}. {MOTIVATION}"),
            ..choice(id, &[])
        };
        choices::submit(&conn, other, canary_choice, today()).unwrap();
        let me = newcomer_with(&conn, "Ik", intake());
        marks::set_star(&conn, me, id, true).unwrap();

        let everything = serde_json::to_string(&(
            available_mentors(&conn).unwrap(),
            profile(&conn, id).unwrap(),
            cards::visible_cards(&conn).unwrap(),
            cards::cards_for(&conn, &[id, other_id]).unwrap(),
            suggestions::suggest(&conn, me).unwrap(),
            suggestions::compare(&conn, me, &[id, other_id]).unwrap(),
            marks::list(&conn, me).unwrap(),
        ))
        .unwrap();
        assert!(everything.contains("Mentor 1") && everything.contains("Mentor 2"));
        for canary in [POLL_CANARY, SCREENING_CANARY, CHOICE_CANARY, NOTE_CANARY] {
            assert!(!everything.contains(canary), "{canary} leaked: {everything}");
        }
        assert!(!everything.contains("m1@waterschap.nl"));
    }

    #[test]
    fn an_open_first_choice_holds_a_place_until_it_is_withdrawn() {
        let conn = crate::open_in_memory().unwrap();
        let id = approved_mentor(&conn, 1, 2);
        let newcomer = newcomer_with(&conn, "Nieuw", intake());
        let submitted = choices::submit(&conn, newcomer, choice(id, &[]), today()).unwrap();
        assert_eq!(profile(&conn, id).unwrap().map(|p| p.places_available), Some(1));
        assert_eq!(available_mentors(&conn).unwrap()[0].places_available, 1);
        choices::withdraw(&conn, newcomer, submitted.id, today()).unwrap();
        assert_eq!(profile(&conn, id).unwrap().map(|p| p.places_available), Some(2));
    }

    #[test]
    fn only_approved_mentors_with_room_are_visible() {
        let conn = crate::open_in_memory().unwrap();
        let open = approved_mentor(&conn, 1, 2);
        let full = approved_mentor(&conn, 2, 0);
        let paused = approved_mentor(&conn, 3, 2);
        mentors::set_status(&conn, paused, MentorStatus::Paused).unwrap();
        let candidate_person = people::insert(
            &conn,
            &PersonInput {
                name: "Kandidaat".into(),
                email: "k@waterschap.nl".into(),
                employee_number: "9".into(),
                ..Default::default()
            }
            .validate(2026)
            .unwrap(),
        )
        .unwrap();
        let candidate = mentors::create_candidate(&conn, candidate_person).unwrap();
        let gone = approved_mentor(&conn, 4, 2);
        let gone_person = mentors::get(&conn, gone).unwrap().person_id;
        people::set_left_on(&conn, gone_person, chrono::NaiveDate::from_ymd_opt(2026, 10, 1)).unwrap();

        let visible: Vec<MentorId> = available_mentors(&conn).unwrap().iter().map(|p| p.id).collect();
        assert_eq!(visible, [open]);
        assert_eq!(profile(&conn, open).unwrap().map(|p| p.places_available), Some(2));
        for hidden in [full, paused, candidate, gone, MentorId::new(999)] {
            assert_eq!(profile(&conn, hidden).unwrap(), None);
        }
    }

    #[test]
    fn active_mentorships_take_places() {
        let conn = crate::open_in_memory().unwrap();
        let id = approved_mentor(&conn, 1, 1);
        let mentee = people::insert(
            &conn,
            &PersonInput {
                name: "Nieuw".into(),
                email: "n@waterschap.nl".into(),
                employee_number: "50".into(),
                ..Default::default()
            }
            .validate(2026)
            .unwrap(),
        )
        .unwrap();
        conn.execute(
            "INSERT INTO mentorship (mentor_id, mentee_id, origin, started_on) VALUES (?1, ?2, 'arranged', '2026-11-01')",
            rusqlite::params![id, mentee],
        )
        .unwrap();
        assert!(
            available_mentors(&conn).unwrap().is_empty(),
            "a full mentor is not offered"
        );
    }
}
